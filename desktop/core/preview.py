"""Pictures of evidence items for the screen: photos upright, PDF pages rendered, everything else a note.

Runs in a worker thread of the GUI (never the GUI thread) with its own read-only connection.
Decoding is bounded like the import's probe (desktop.core.images): an image past the pixel limit is refused rather
than decoded, and a file that cannot be read gives a plain note instead of an exception."""

from __future__ import annotations

import io
from dataclasses import dataclass

from desktop.core.case import Case
from desktop.core.errors import CaseError
from desktop.core.images import TOO_LARGE, UNREADABLE, open_untrusted
from desktop.core.probe import IMAGE_TYPES, detect_media_type
from desktop.core.read_notes import joined_text, note

# The longest side of a rendered picture: enough for 100 % on a large screen, bounded in memory.
MAX_SIDE = 4096
# PDF pages render at this many pixels per point (72 points an inch): about 144 dpi.
PDF_SCALE = 2.0
MAX_PDF_SCALE = 8.0
# Items larger than this are not read into memory for a preview.
MAX_PREVIEW_BYTES = 256 * 1024**2


@dataclass(frozen=True)
class Preview:
    """What the preview pane shows. `data` is PNG or JPEG bytes (empty when there is nothing to draw)."""

    kind: str                 # "image", "pdf" or "none"
    data: bytes = b""
    format: str = ""          # "png" or "jpeg"
    width: int = 0            # of the rendered picture
    height: int = 0
    source_width: int = 0     # of the original (image pixels, or the PDF page in points)
    source_height: int = 0
    page: int = 0             # 0-based
    page_count: int = 0
    note: str = ""            # why there is no picture, or what is odd about it (English)
    # The same as structured notes ({code, params, text}: see read_notes.py), for the reader's language.
    notes: tuple[dict, ...] = ()


def render_evidence(case: Case, evidence_id: int, *, page: int = 0, scale: float = PDF_SCALE,
                    max_side: int = MAX_SIDE) -> Preview:
    """The preview of a stored item (its bytes are read through the case, never from disk)."""
    item = case.evidence.get(evidence_id)
    media_type = item["media_type"] or ""
    if media_type not in IMAGE_TYPES and media_type != "application/pdf":
        return _none(*item["read_notes"])
    try:
        data = case.evidence.read_bytes(evidence_id, limit=MAX_PREVIEW_BYTES)
    except CaseError as exc:
        if exc.code == "evidence.damaged":
            return _none(note("preview.damaged", name=item["file_name"]))
        return Preview("none", note=exc.message)
    return render_bytes(data, media_type, page=page, scale=scale, max_side=max_side)


def render_bytes(data: bytes, media_type: str | None = None, *, page: int = 0, scale: float = PDF_SCALE,
                 max_side: int = MAX_SIDE) -> Preview:
    """The preview of some file content; the type comes from the content when not given."""
    media_type = media_type or detect_media_type(data[:8192])
    if media_type in IMAGE_TYPES:
        return _render_image(data, max_side)
    if media_type == "application/pdf":
        return _render_pdf(data, page, scale, max_side)
    return _none(note("preview.unsupported"))


def _render_image(data: bytes, max_side: int) -> Preview:
    from PIL import Image, ImageOps

    try:
        with open_untrusted(io.BytesIO(data)) as image:
            stored_size = image.size
            image.draft("RGB", (max_side, max_side))  # JPEG: decode at a reduced scale when that is enough
            image.load()
            upright = ImageOps.exif_transpose(image)
            turned = upright.size == (image.size[1], image.size[0]) and image.size[0] != image.size[1]
            source_width, source_height = (stored_size[1], stored_size[0]) if turned else stored_size
            picture = _displayable(upright)
    except TOO_LARGE:
        return _none(note("preview.image_too_large"))
    except UNREADABLE as exc:
        return _none(note("preview.image_unreadable", detail=_short(exc)))
    picture.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    encoded, fmt = _encode(picture)
    return Preview("image", encoded, fmt, picture.width, picture.height, source_width, source_height,
                   page_count=1)


def _displayable(image):
    if image.mode in ("RGB", "RGBA", "L"):
        return image.copy()
    if image.mode in ("LA", "PA", "P") or "transparency" in image.info:
        return image.convert("RGBA")
    return image.convert("RGB")


def _encode(picture) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    if picture.mode == "RGBA":
        picture.save(buffer, "PNG", compress_level=1)
        return buffer.getvalue(), "png"
    picture.save(buffer, "JPEG", quality=92)
    return buffer.getvalue(), "jpeg"


def _render_pdf(data: bytes, page: int, scale: float, max_side: int) -> Preview:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return _none(note("preview.pdf_password"))
        return _none(note("preview.pdf_unopenable", detail=_short(exc)))
    try:
        page_count = len(document)
        if page_count == 0:
            return _none(note("preview.pdf_no_pages"))
        page = max(0, min(page, page_count - 1))
        pdf_page = document[page]
        try:
            width, height = pdf_page.get_size()
            scale = max(0.1, min(scale, MAX_PDF_SCALE, max_side / max(width, height, 1)))
            bitmap = pdf_page.render(scale=scale, may_draw_forms=True)
            picture = bitmap.to_pil().convert("RGB")
        finally:
            pdf_page.close()
    except pdfium.PdfiumError as exc:
        return _none(note("preview.page_failed", page=page + 1, detail=_short(exc)), page=page,
                     page_count=page_count)
    finally:
        document.close()
    encoded, fmt = _encode(picture)
    return Preview("pdf", encoded, fmt, picture.width, picture.height, round(width), round(height),
                   page=page, page_count=page_count)


def _none(*notes: dict, **fields) -> Preview:
    """No picture, and why."""
    return Preview("none", note=joined_text(list(notes)), notes=notes, **fields)


def _short(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__)[:120]
