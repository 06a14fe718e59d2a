"""Benchmark: export the dossier of a case with 300 camera photos (3-5 MB each) and 10 multi-page PDFs.

Prints the export time beside img2pdf on the same photos in the same run, the PDF's size per photo
page, and the peak memory (RSS) of the exporting process and of its worker processes.
Targets: within 3x img2pdf's time; under 0.6 MB per photo page at standard quality; under 400 MB.

Run: `python tests/benchmarks/bench_dossier.py` (or through pytest with -s). Not part of `make test`."""

from __future__ import annotations

import io
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
FIXTURE_PHOTOS = ROOT.parent / "shared" / "fixtures" / "evidence" / "photos"

PHOTOS = 300
PDFS = 10
BASES = ["mobile_jolla.jpg", "gps_DSCN0010.jpg", "gps_DSCN0021.jpg", "orientation_landscape_1.jpg",
         "orientation_portrait_1.jpg", "scan_BSG1.tiff"]


def make_photos(folder: Path) -> list[Path]:
    """12 different 12-megapixel pictures (some stored sideways with EXIF orientation 6), then 300
    files made unique by a comment segment, so each has its own SHA-256 as real photos would."""
    from PIL import Image

    bases = []
    for n in range(12):
        with Image.open(FIXTURE_PHOTOS / BASES[n % len(BASES)]) as source:
            picture = source.convert("RGB").resize((4032, 3024), Image.Resampling.BICUBIC)
        noise = Image.effect_noise(picture.size, 60).convert("RGB")  # sensor grain: makes 3-5 MB files
        picture = Image.blend(picture, noise, 0.06 + 0.008 * n)
        exif = Image.Exif()
        if n % 4 == 3:
            picture = picture.rotate(90, expand=True)  # stored sideways, shown upright by orientation 6
            exif[0x0112] = 6
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=92, exif=exif)
        bases.append(buffer.getvalue())
    paths = []
    for n in range(PHOTOS):
        data = bases[n % len(bases)]
        comment = f"benchmark photo {n}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        path = folder / f"IMG_{n:04d}.jpg"
        path.write_bytes(data[:2] + segment + data[2:])
        paths.append(path)
    return paths


def make_pdfs(folder: Path) -> list[Path]:
    from reportlab.pdfgen.canvas import Canvas

    from desktop.dossier import fonts

    fonts.register()
    paths = []
    for n in range(PDFS):
        path = folder / f"record-{n}.pdf"
        canvas = Canvas(str(path), initialFontName=fonts.LATIN)
        for page in range(6 + n * 2):
            canvas.setFont(fonts.LATIN, 11)
            for line in range(45):
                canvas.drawString(60, 780 - line * 16, f"Record {n}, page {page + 1}, line {line + 1}: treatment notes")
            canvas.showPage()
        canvas.save()
        paths.append(path)
    return paths


class PeakMemory:
    """Samples the RSS of this process and of its children while running."""

    def __init__(self):
        import psutil

        self.process = psutil.Process()
        self.peak_self = self.peak_children = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        import psutil

        while not self._stop.is_set():
            self.peak_self = max(self.peak_self, self.process.memory_info().rss)
            total = 0
            for child in self.process.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    pass
            self.peak_children = max(self.peak_children, total)
            self._stop.wait(0.01)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run(folder: Path) -> dict:
    import img2pdf

    from desktop.core.importer import import_paths
    from desktop.core.lifecycle import create_case
    from desktop.dossier.build import DossierOptions, build_dossier

    started = time.perf_counter()
    photos = make_photos(folder)
    pdfs = make_pdfs(folder)
    photo_bytes = sum(p.stat().st_size for p in photos)
    print(f"made {len(photos)} photos ({photo_bytes / len(photos) / 1e6:.1f} MB each on average) and "
          f"{len(pdfs)} PDFs in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    case_path = folder / "bench.refundcase"
    with create_case(case_path, "基准测试 Benchmark case") as case:
        outcomes = import_paths(case, photos + pdfs)
    assert all(o.status == "stored" for o in outcomes)
    print(f"imported them in {time.perf_counter() - started:.0f} s")

    results = {}
    for quality in ("standard", "high"):
        out = folder / f"dossier-{quality}.pdf"
        with PeakMemory() as memory:
            started = time.perf_counter()
            result = build_dossier(case_path, out, DossierOptions(lang="zh", quality=quality))
            elapsed = time.perf_counter() - started
        results[quality] = (result, elapsed, memory.peak_self, memory.peak_children)
    peak_self_lifetime = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB -> MB (Linux)

    started = time.perf_counter()
    with open(folder / "img2pdf.pdf", "wb") as handle:
        img2pdf.convert([str(p) for p in photos], outputstream=handle)
    img2pdf_time = time.perf_counter() - started

    print()
    print(f"img2pdf, same {len(photos)} photos:        {img2pdf_time:6.1f} s   "
          f"{(folder / 'img2pdf.pdf').stat().st_size / 1e6:7.1f} MB")
    for quality, (result, elapsed, peak_self, peak_children) in results.items():
        print(f"dossier export ({quality:8}):     {elapsed:6.1f} s   {result.size / 1e6:7.1f} MB   "
              f"{result.pages} pages, {result.exhibits} exhibits, "
              f"{result.size / len(photos) / 1e6:.2f} MB per photo page (whole file / photos), "
              f"{elapsed / img2pdf_time:.1f}x img2pdf")
        print(f"    peak RSS while exporting: exporting process {peak_self / 1e6:.0f} MB, "
              f"worker processes together {peak_children / 1e6:.0f} MB")
    print(f"peak RSS of this process over the whole run before img2pdf (incl. making and importing): "
          f"{peak_self_lifetime:.0f} MB")
    standard = results["standard"]
    return {"export_s": standard[1], "img2pdf_s": img2pdf_time, "mb_per_photo": standard[0].size / len(photos) / 1e6,
            "peak_mb": standard[2] / 1e6}


def test_bench_dossier(tmp_path):
    figures = run(tmp_path)
    assert figures["mb_per_photo"] < 0.6
    assert figures["peak_mb"] < 400


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="bench-dossier-") as temporary:
        figures = run(Path(temporary))
    ok = figures["export_s"] <= 3 * figures["img2pdf_s"] and figures["mb_per_photo"] < 0.6 and figures["peak_mb"] < 400
    print("targets met" if ok else "targets NOT met")
    sys.exit(0 if ok else 1)
