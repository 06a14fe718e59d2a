"""Reading the text in a picture or a scanned PDF: runs in a worker process only.

rapidocr (PP-OCRv6 Chinese/English detection and recognition models, inside its wheel: nothing is
downloaded) on onnxruntime. It loads OpenCV, which must never be imported in the window's process
(cv2 points Qt at plugins of its own), so every import of it is inside a function here, and only a
worker process calls them. The engine is loaded once per worker and kept.

A PDF page with a text layer keeps its own text (it is the document's, not machine-read); a page
without one is rendered and read. Boxes are four corner points as fractions of the upright page, so
the preview can draw them at any size."""

from __future__ import annotations

import io
import logging

from desktop.core.images import TOO_LARGE, UNREADABLE, open_untrusted
from desktop.core.probe import IMAGE_TYPES, detect_media_type
from desktop.core.read_notes import note

PDF_DPI = 200
MAX_PDF_PAGES = 60      # a longer scan is read up to here; the note says so
MAX_SIDE = 2400         # the engine shrinks a larger picture to 2,000 px anyway
DETECTOR_SIDE = 1280    # the longest side the text detector looks at
MACHINE, DOCUMENT = "ocr", "pdf-text"  # where a page's lines come from
# A camera photo is read only when the detector finds text enough for a document or a receipt: a
# few boxes (a sign, a T-shirt) in a photo of a face or a room are not worth the wait, nor the noise.
DOCUMENT_MIN_BOXES = 6
DOCUMENT_MIN_AREA = 0.03  # of the picture, covered by text boxes

_engine = None


def _load():
    global _engine
    if _engine is None:
        from rapidocr import RapidOCR  # OpenCV, onnxruntime: in this worker only

        logging.getLogger("RapidOCR").setLevel(logging.ERROR)  # "no text found" is an answer, not a warning
        # The detector sees the picture with its longest side at most 1,280 px (its default scales the
        # shortest side to 736, so a photo went in at 2,000 px): the worker's peak memory falls by about
        # a third and reading takes about 40% less time, with the same text on screenshots, receipts and
        # document photos (tests/core/test_ocr_accuracy.py, tests/benchmarks/bench_ocr.py).
        _engine = RapidOCR(params={"Global.log_level": "error", "Det.limit_type": "max",
                                   "Det.limit_side_len": DETECTOR_SIDE})
    return _engine


def engine_name() -> str:
    from importlib.metadata import version

    return f"rapidocr {version('rapidocr')} (PP-OCRv6 small, onnxruntime {version('onnxruntime')})"


def read_content(data: bytes, detect_first: bool = False) -> dict:
    """{engine, pages: [{page, source, lines: [{text, box, confidence}]}], notes}. Never raises for a bad
    file: what could not be read goes into notes. `detect_first` (a camera's photo): read the text only
    if the detector finds a document's worth of it."""
    media_type = detect_media_type(data[:8192])
    result: dict = {"engine": engine_name(), "pages": [], "notes": []}
    try:
        if media_type in IMAGE_TYPES:
            page = _read_image(data, detect_first)
            if page is None:
                result["notes"].append(note("text.photo_not_read"))
            else:
                result["pages"].append(page)
        elif media_type == "application/pdf":
            _read_pdf(data, result)
    except TOO_LARGE:
        result["notes"].append(note("image.decompression_bomb"))
    except UNREADABLE as exc:
        result["notes"].append(note("image.unreadable", detail=str(exc)[:120]))
    return result


def _read_image(data: bytes, detect_first: bool) -> dict | None:
    from PIL import ImageOps

    with open_untrusted(io.BytesIO(data)) as image:
        upright = ImageOps.exif_transpose(image).convert("RGB")
    upright.thumbnail((MAX_SIDE, MAX_SIDE))
    if detect_first and not _looks_like_a_document(upright):
        return None
    return {"page": 0, "source": MACHINE, "lines": _recognise(upright)}


def _looks_like_a_document(picture) -> bool:
    import numpy

    found = _load()(numpy.asarray(picture)[:, :, ::-1], use_det=True, use_cls=False, use_rec=False)
    boxes = found.boxes if found.boxes is not None else []
    width, height = picture.size
    area = sum(_polygon_area(box) for box in boxes) / float(width * height)
    return len(boxes) >= DOCUMENT_MIN_BOXES and area >= DOCUMENT_MIN_AREA


def _polygon_area(points) -> float:
    """Shoelace formula over the box's corners."""
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, list(points[1:]) + [points[0]]):
        total += float(x1) * float(y2) - float(x2) * float(y1)
    return abs(total) / 2


def _read_pdf(data: bytes, result: dict) -> None:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        locked = "password" in str(exc).lower()
        result["notes"].append(note("pdf.password") if locked else note("pdf.unopenable", detail=str(exc)[:120]))
        return
    try:
        if len(document) > MAX_PDF_PAGES:
            result["notes"].append(note("text.pages_limited", pages=MAX_PDF_PAGES))
        for number in range(min(len(document), MAX_PDF_PAGES)):
            page = document[number]
            own = page.get_textpage().get_text_range().strip()
            if own:
                lines = [{"text": line.strip(), "box": None, "confidence": None}
                         for line in own.splitlines() if line.strip()]
                result["pages"].append({"page": number, "source": DOCUMENT, "lines": lines})
                continue
            width, height = page.get_size()
            scale = min(PDF_DPI / 72, MAX_SIDE / max(width, height, 1))
            picture = page.render(scale=scale).to_pil().convert("RGB")
            result["pages"].append({"page": number, "source": MACHINE, "lines": _recognise(picture)})
    finally:
        document.close()


def _recognise(picture) -> list[dict]:
    import numpy

    width, height = picture.size
    # The engine takes OpenCV's BGR order; the steps are named each time because the engine keeps the
    # last call's choice (the detector alone, in _looks_like_a_document) for the next.
    found = _load()(numpy.asarray(picture)[:, :, ::-1], use_det=True, use_cls=True, use_rec=True)
    if found.boxes is None:
        return []
    lines = []
    for box, text, score in zip(found.boxes, found.txts, found.scores):
        corners = [round(float(value) / (width if axis == 0 else height), 5)
                   for point in box for axis, value in enumerate(point)]
        lines.append({"text": str(text), "box": corners, "confidence": round(float(score), 4)})
    return lines
