"""Benchmark (not a test): import 1 GB of photos, beside copying and hashing the same files.

Run: .venv/bin/python tests/benchmarks/bench_import.py [--gigabytes 1.0]
Prints the import time, the copy+hash time in the same run, their ratio (target: import within
1.5x), and the peak RSS of the importing process (target: under 300 MB)."""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".pytest_cache" / "bench-photos"

IMPORT_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
from desktop.core.lifecycle import create_case
from desktop.core.importer import import_paths


class MetadataOnly:
    # Stands in for the probe pool to measure storage and hashing alone (no thumbnails).
    def submit(self, path):
        return path

    def result(self, future):
        return {{"media_type": "image/jpeg"}}

    def cancel_pending(self, futures):
        pass


if __name__ == "__main__":
    start = time.perf_counter()
    case = create_case({case!r}, "benchmark")
    outcomes = import_paths(case, [{folder!r}], pool=MetadataOnly() if {store_only!r} else None)
    case.close()
    print(time.perf_counter() - start, sum(o.status == "stored" for o in outcomes))
"""


def make_photos(folder: Path, total_bytes: int) -> list[Path]:
    """Camera-like JPEGs of 3 to 5 MB (noisy content, so they compress like real photos)."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("*.jpg"))
    if sum(p.stat().st_size for p in existing) >= total_bytes:
        return _take(existing, total_bytes)
    rng = random.Random(7)
    size, index = 0, 0
    photos = []
    while size < total_bytes:
        path = folder / f"IMG_{index:04}.jpg"
        if not path.exists():
            width, height = rng.choice([(3264, 2448), (3000, 2000), (2448, 3264)])
            base = Image.effect_noise((width // 4, height // 4), rng.uniform(40, 80)).resize((width, height))
            noise = Image.frombytes("L", (width, height), os.urandom(width * height))
            image = Image.merge("RGB", (base, Image.blend(base, noise, 0.35), noise))
            image.save(path, "JPEG", quality=rng.choice([82, 86, 90]))
        photos.append(path)
        size += path.stat().st_size
        index += 1
    return photos


def _take(photos: list[Path], total_bytes: int) -> list[Path]:
    taken, size = [], 0
    for photo in photos:
        if size >= total_bytes:
            break
        taken.append(photo)
        size += photo.stat().st_size
    return taken


def copy_and_hash(photos: list[Path], target: Path) -> float:
    target.mkdir()
    start = time.perf_counter()
    for photo in photos:
        destination = target / photo.name
        shutil.copyfile(photo, destination)
        digest = hashlib.sha256()
        with open(photo, "rb") as handle:
            for chunk in iter(lambda: handle.read(1024 * 1024), b""):
                digest.update(chunk)
        digest.hexdigest()
    os.sync()
    return time.perf_counter() - start


def timed_import(folder: Path, case: Path, store_only: bool = False) -> tuple[float, int, int]:
    """Import in a child process; returns seconds, items stored and the child's peak RSS in bytes."""
    script = IMPORT_SCRIPT.format(root=str(ROOT), case=str(case), folder=str(folder), store_only=store_only)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    _, _, usage = os.wait4(process.pid, 0)
    seconds, stored = process.stdout.read().split()
    return float(seconds), int(stored), usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gigabytes", type=float, default=1.0)
    parser.add_argument("--big-file-gigabytes", type=int, default=2)
    args = parser.parse_args()
    total = int(args.gigabytes * 1024**3)
    photos = make_photos(CACHE, total)
    folder = Path(tempfile.mkdtemp(prefix="bench-import-src-", dir=ROOT / ".pytest_cache"))
    for photo in photos:
        os.link(photo, folder / photo.name)
    size = sum(p.stat().st_size for p in photos)
    with tempfile.TemporaryDirectory(dir=ROOT / ".pytest_cache") as work:
        work = Path(work)
        for photo in photos:  # warm the page cache so neither side pays for the first read
            photo.read_bytes()
        baseline = copy_and_hash(photos, work / "copy")
        seconds, stored, peak = timed_import(folder, work / "bench.refundcase")
        case_size = (work / "bench.refundcase").stat().st_size
        store_seconds, _, _ = timed_import(folder, work / "store-only.refundcase", store_only=True)
        video = folder / "long-call-recording.m4a"
        with open(video, "wb") as handle:  # one big file: memory must stay flat whatever its size
            handle.write(b"\x00\x00\x00\x20ftypM4A ")
            for _ in range(args.big_file_gigabytes * 1024):
                handle.write(os.urandom(1024 * 1024))
        big_dir = work / "big"
        big_dir.mkdir()
        os.replace(video, big_dir / video.name)
        big_seconds, _, big_peak = timed_import(big_dir, work / "big.refundcase")
    shutil.rmtree(folder)
    print(f"photos: {len(photos)} files, {size / 1024**2:.0f} MiB")
    print(f"copy + sha256:  {baseline:6.2f} s")
    print(f"import:         {seconds:6.2f} s  ({stored} stored; ratio {seconds / baseline:.2f}x, target <= 1.5x)")
    print(f"case file:      {case_size / 1024**2:.0f} MiB")
    print(f"  of which storage + hashing alone (no thumbnails): {store_seconds:6.2f} s "
          f"({store_seconds / baseline:.2f}x)")
    print(f"peak RSS of the importing process: {peak / 1024**2:.0f} MiB (target < 300 MiB)")
    print(f"one {args.big_file_gigabytes} GiB file: {big_seconds:.2f} s, peak RSS {big_peak / 1024**2:.0f} MiB")


if __name__ == "__main__":
    main()
