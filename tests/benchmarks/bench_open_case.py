"""How long a big case takes to open: 2,000 evidence items and 5,000 events.

Run with `make bench` (not part of `make test`). Builds the case once (kept between runs in the
temporary folder), then times open_case → the main window showing its first view, painted; and
the first visit to each of the other views."""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ITEMS = 2_000
EVENTS = 5_000
WORK = Path(tempfile.gettempdir()) / "refund-case-bench"
CASE = WORK / f"bench-{ITEMS}-{EVENTS}.refundcase"


def make_photos(folder: Path, count: int) -> list[Path]:
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    paths = []
    for n in range(count):
        path = folder / f"photo-{n:05d}.jpg"
        if not path.exists():
            image = Image.new("RGB", (160, 120), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
            ImageDraw.Draw(image).text((10, 50), f"evidence {n}", fill=(255, 255, 255))
            image.save(path, quality=80)
        paths.append(path)
    return paths


def build_case() -> None:
    from desktop.core.importer import import_paths
    from desktop.core.lifecycle import create_case
    from desktop.core.vocab import CATEGORIES, EVENT_KINDS

    photos = make_photos(WORK / "photos", ITEMS)
    building = CASE.with_name("building-" + CASE.name)
    building.unlink(missing_ok=True)
    started = time.perf_counter()
    case = create_case(building, "Benchmark 基准测试")
    try:
        with case.file.transaction():  # one commit for the whole import: the benchmark times opening, not this
            outcomes = import_paths(case, photos)
        ids = [o.evidence_id for o in outcomes if o.status == "stored"]
        assert len(ids) == ITEMS, f"only {len(ids)} of {ITEMS} photos imported"
        categories = list(CATEGORIES)
        with case.file.transaction():
            for n, evidence_id in enumerate(ids):
                case.evidence.update(evidence_id, {"category": categories[n % len(categories)],
                                                   "title": f"证据 {n} evidence"})
        kinds = list(EVENT_KINDS)
        first = date(2020, 1, 1)
        with case.file.transaction():
            for n in range(EVENTS):
                case.timeline.add((first + timedelta(days=n % 2000)).isoformat(), f"事件 {n} event",
                                  kind=kinds[n % len(kinds)], evidence_ids=[ids[n % ITEMS], ids[(n * 7) % ITEMS]])
            case.details.update({"first_aware_date": "2025-01-10", "treatment_dates": "2024-12-20"})
    finally:
        case.close()
    building.replace(CASE)
    print(f"built {CASE} in {time.perf_counter() - started:.1f} s ({CASE.stat().st_size / 1e6:.1f} MB)")


def measure(case_path: Path = CASE, first_view_only: bool = False) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app_setup import Languages, create_application
    from desktop.ui.main_window import CHECKLIST, EVIDENCE, TIMELINE, MainWindow
    from desktop.ui.settings import AppSettings

    os.environ["REFUND_CASE_DATA_DIR"] = str(WORK / "data")
    app = create_application([])
    languages = Languages(app)
    languages.apply("en")
    window = MainWindow(AppSettings(WORK / "data" / "settings.ini"), languages)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    figures = {}
    started = time.perf_counter()
    window.open_case_path(case_path)  # opens off the GUI thread; the window shows it when it is ready
    while window.session is None:
        QApplication.processEvents()
    window.grab()  # paint the first view, as the screen would
    figures["open → Overview shown"] = time.perf_counter() - started
    for name, page in () if first_view_only else (("Evidence", EVIDENCE), ("Timeline", TIMELINE), ("Checklist", CHECKLIST)):
        started = time.perf_counter()
        window.show_page(page)
        QApplication.processEvents()
        window.grab()
        figures[f"first switch to {name}"] = time.perf_counter() - started
    started = time.perf_counter()
    window.close_case()
    QApplication.processEvents()
    figures["close case"] = time.perf_counter() - started
    window.close()
    return figures


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--first-view":  # another benchmark's case (bench_import.py)
        seconds = measure(Path(sys.argv[2]), first_view_only=True)["open → Overview shown"]
        print(f"{seconds:.3f}")
        return 0
    WORK.mkdir(parents=True, exist_ok=True)
    if not CASE.exists():
        build_case()
    figures = measure()
    print(f"case with {ITEMS} evidence items and {EVENTS} events:")
    for name, seconds in figures.items():
        print(f"  {name:<28} {seconds * 1000:8.0f} ms")
    return 0


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the importer's probe workers are spawned
    sys.exit(main())
