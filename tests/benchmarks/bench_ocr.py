"""Benchmark (not a test): reading the text in pictures, as the app reads it (reading.read_items, one
worker process of its own). Prints, for each set, pictures read per second once the worker has its
engine loaded, the worker's first call (its start and the engine's load), and the worker's peak
memory (VmHWM: peak resident set) beside the same worker's peak before it read anything:

- the sample case's pictures and scans (what the app reads of it unasked: 5 pictures, 2 scanned PDFs);
- 10 chat screenshots as a phone takes them (1080x2340 PNG, Chinese text in bubbles);
- 3 photos of a document on a table, 12 MP (4000x3000 JPEG from a camera), read as the user asks.

Run: .venv/bin/python tests/benchmarks/bench_ocr.py   (or `make bench`, which runs every benchmark)
The drawn pictures are kept in .pytest_cache/bench-ocr/ between runs. Figures depend on the machine."""

from __future__ import annotations

import os
import random
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".pytest_cache" / "bench-ocr"
sys.path.insert(0, str(ROOT))

from desktop.core import reading  # noqa: E402
from desktop.core.importer import import_paths  # noqa: E402
from desktop.core.lifecycle import create_case, open_case  # noqa: E402
from desktop.core.paths import resources_dir  # noqa: E402
from desktop.core.probe_pool import ProbePool  # noqa: E402
from desktop.core.sample import build_sample_case  # noqa: E402

FONTS = resources_dir() / "fonts"
LINES = [
    "你好，我打完鼻子一周了，还是又红又肿，摸着有硬块，正常吗？", "亲，个体差异哦，一般两周内会消的，多冰敷～",
    "已经快一个月了还是没消，我想退掉还没做的光子嫩肤，可以吗？", "套餐是优惠价，做了一次就不能退的哦。",
    "合同第七条写了没开始的疗程可以退款。", "您可以来店里再看看，医生会给您复诊。", "我已经付了¥19,800.00，收据还在。",
    "2026年06月15日签的合同，写明十五个工作日内退还余款。", "The clinic promised a full refund within 7 days.",
    "请于收到本函之日起十五日内书面答复。", "注射部位持续红肿、出现硬结，至今未愈。", "好的，我们会向主管反映您的情况。",
]


def _draw_text(draw, xy, text: str, size: int, fill) -> None:
    """The shipped Chinese font has no Latin letters or digits: DejaVu Sans draws those."""
    from PIL import ImageFont

    x, y = xy
    for char in text:
        name = "DroidSansFallbackFull.ttf" if ord(char) >= 0x2E80 else "DejaVuSans.ttf"
        font = ImageFont.truetype(str(FONTS / name), size)
        draw.text((x, y), char, font=font, fill=fill)
        x += draw.textlength(char, font=font)


def _wrapped(text: str, per_line: int) -> list[str]:
    """Chinese breaks anywhere; English between words (a Latin letter is about half as wide)."""
    if text.isascii():
        return textwrap.wrap(text, per_line * 2 - 2)
    return [text[i:i + per_line] for i in range(0, len(text), per_line)]


def chat_screenshots(count: int = 10) -> list[Path]:
    from PIL import Image, ImageDraw

    folder = CACHE / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(3)
    shots = []
    for index in range(count):
        path = folder / f"Screenshot_2026-07-{index + 1:02}.png"
        shots.append(path)
        if path.exists():
            continue
        image = Image.new("RGB", (1080, 2340), (237, 237, 237))
        draw = ImageDraw.Draw(image)
        draw.rectangle([0, 0, 1080, 250], fill=(247, 247, 247))
        _draw_text(draw, (60, 70), "12:4" + str(index % 10), 40, (20, 20, 20))
        _draw_text(draw, (300, 160), "悦颜诊所客服小周", 48, (20, 20, 20))
        y = 320
        while y < 2100:
            mine = rng.random() < 0.5
            lines = _wrapped(rng.choice(LINES), 15)
            height = len(lines) * 64 + 44
            left = 1080 - 180 - 720 if mine else 180
            draw.rounded_rectangle([left, y, left + 720, y + height], radius=16,
                                   fill=(149, 236, 105) if mine else (255, 255, 255))
            avatar = 1080 - 150 if mine else 30
            draw.rounded_rectangle([avatar, y, avatar + 120, y + 120], radius=14,
                                   fill=(90, 140, 200) if mine else (220, 150, 170))
            for number, line in enumerate(lines):
                _draw_text(draw, (left + 30, y + 22 + number * 64), line, 44, (20, 20, 20))
            y += max(height, 120) + 50
        image.save(path, "PNG")
    return shots


def document_photos(count: int = 3) -> list[Path]:
    """A sheet of paper with a contract's text, slightly turned, on a noisy table, from a camera."""
    from PIL import ExifTags, Image, ImageDraw

    folder = CACHE / "photos"
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(5)
    photos = []
    for index in range(count):
        path = folder / f"IMG_{index + 1:04}.jpg"
        photos.append(path)
        if path.exists():
            continue
        width, height = 4000, 3000
        table = Image.effect_noise((width // 8, height // 8), 60).resize((width, height)).convert("RGB")
        table = Image.blend(table, Image.new("RGB", (width, height), (150, 110, 80)), 0.6)
        paper = Image.new("RGB", (2200, 2800), (246, 244, 238))
        draw = ImageDraw.Draw(paper)
        _draw_text(draw, (520, 140), "医疗美容服务合同", 110, (10, 10, 10))
        y = 400
        for line in (rng.choice(LINES) for _ in range(24)):
            for piece in _wrapped(line, 22):
                _draw_text(draw, (160, y), piece, 76, (30, 30, 30))
                y += 100
                if y > 2650:
                    break
            if y > 2650:
                break
        paper = paper.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(150, 110, 80))
        table.paste(paper, ((width - paper.width) // 2, max(0, (height - paper.height) // 2)))
        exif = table.getexif()
        exif[ExifTags.Base.Make], exif[ExifTags.Base.Model] = "Benchmark", "12 MP camera"
        table.save(path, "JPEG", quality=90, exif=exif)
    return photos


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set so far (Linux: VmHWM)."""
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024


def measure(case_path: Path, ids: list[int] | None, asked: bool) -> dict:
    """Read the items in a fresh worker: its idle peak, the first item (the engine's load with it), then
    the rest, timed."""
    with open_case(case_path) as case, reading.reading_pool() as pool:
        ids = ids if ids is not None else [item["id"] for item in case.evidence.list()]
        worker = pool.result(pool.submit_call(os.getpid))  # the worker, started, nothing loaded
        idle = peak_rss_mb(worker)
        start = time.perf_counter()
        reading.read_items(case, pool, ids[:1], asked=asked)
        first = time.perf_counter() - start
        start = time.perf_counter()
        reading.read_items(case, pool, ids[1:], asked=asked)
        rest = time.perf_counter() - start
        assert pool.result(pool.submit_call(os.getpid)) == worker, "the worker was restarted: peak unknown"
        peak = peak_rss_mb(worker)
        lines = sum(len(case.text.lines(i)) for i in ids)
    return {"count": len(ids), "first_s": first, "rest_s": rest, "per_s": (len(ids) - 1) / rest,
            "idle_mb": idle, "peak_mb": peak, "lines": lines}


def case_of(folder: Path, files: list[Path], pool: ProbePool) -> Path:
    path = folder / f"{files[0].parent.name}.refundcase"
    with create_case(path, "benchmark") as case:
        import_paths(case, files, pool=pool)
    return path


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("bench_ocr reads peak memory from /proc: Linux only")
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as temporary, ProbePool() as probes:
        folder = Path(temporary)
        sample = build_sample_case(folder / "sample.refundcase", pool=probes)
        with open_case(sample, read_only=True) as case:
            unasked = reading.to_read(case)
        sets = [
            ("sample case (pictures and scans)", sample, unasked, False),
            ("chat screenshots 1080x2340", case_of(folder, chat_screenshots(), probes), None, False),
            ("document photos 12 MP", case_of(folder, document_photos(), probes), None, True),
        ]
        print(f"reading the text in pictures: one worker, {os.cpu_count()} cores")
        print(f"  {'set':<34} {'items':>5} {'lines':>6} {'first (s)':>10} {'then /s':>8} {'worker idle':>12} "
              f"{'worker peak':>12}")
        for name, path, ids, asked in sets:
            figures = measure(path, ids, asked)
            print(f"  {name:<34} {figures['count']:>5} {figures['lines']:>6} {figures['first_s']:>10.2f} "
                  f"{figures['per_s']:>8.2f} {figures['idle_mb']:>9.0f} MB {figures['peak_mb']:>9.0f} MB",
                  flush=True)
    print("  first: the worker's first item, with the engine's load; then /s: the other items per second; "
          "peak: VmHWM")
    return 0


if __name__ == "__main__":  # the worker processes are spawned: they import this file without running it
    sys.exit(main())
