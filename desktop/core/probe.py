"""Read what a file is, and make its thumbnail. Both run in worker processes (see probe_pool.py):
a hostile or broken file may hang or crash a decoder, and must take only the worker with it.

The import reads only what a file's header says (type, EXIF, size, pages) and the small picture a
camera embeds in its EXIF: that costs milliseconds. Decoding the whole picture for a thumbnail is
most of the work, so it happens after the import, from the stored content (`make_thumbnail`)."""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

import filetype
from PIL import Image
from PIL.ExifTags import IFD

from desktop.core.images import TOO_LARGE, UNREADABLE, open_untrusted
from desktop.core.read_notes import note

THUMB_MAX = 320
THUMB_QUALITY = 82

EXIF_IFD = 0x8769
TAG_ORIENTATION = 0x0112
TAG_MODEL = 0x0110
TAG_MAKE = 0x010F
TAG_DATETIME = 0x0132
TAG_DATETIME_ORIGINAL = 0x9003
TAG_OFFSET_TIME_ORIGINAL = 0x9011

TAG_THUMB_OFFSET = 0x0201  # JPEGInterchangeFormat: where the embedded JPEG starts
TAG_THUMB_LENGTH = 0x0202  # JPEGInterchangeFormatLength
EXIF_PREFIX = b"Exif\x00\x00"
# How a picture stored in sensor orientation is turned upright, by EXIF orientation (as exif_transpose does).
TRANSPOSE = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
             5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
             8: Image.Transpose.ROTATE_90}

IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp",
               "image/heic", "image/heif", "image/avif"}


@dataclass
class ProbeResult:
    media_type: str = "application/octet-stream"
    captured_at: str | None = None
    captured_offset: str | None = None
    camera_model: str | None = None
    orientation: int | None = None
    width: int | None = None
    height: int | None = None
    page_count: int | None = None
    notes: list[dict] = field(default_factory=list)  # {code, params, text}: see read_notes.py
    thumbnail: bytes | None = None
    thumb_width: int | None = None
    thumb_height: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def detect_media_type(head: bytes) -> str:
    """From the content, never the extension."""
    if not head:
        return "application/x-empty"
    kind = filetype.guess(head)
    if kind is not None:
        mime = kind.mime
        return "image/heic" if mime in {"image/heif", "image/heic"} else mime
    if b"\x00" not in head[:4096]:
        try:
            head[:4096].decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError as exc:
            if exc.start > 4090:  # cut inside a multi-byte character at the sample's end
                return "text/plain"
    return "application/octet-stream"


def probe_file(path: str) -> dict:
    """Everything the import stores about a file besides its bytes, read from its header (and the
    EXIF thumbnail, if the camera embedded one). Never raises for a bad file: what could not be read
    goes into notes."""
    result = ProbeResult()
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        result.notes.append(note("file.unreadable", detail=exc.strerror or exc))
        return result.to_dict()
    result.media_type = detect_media_type(head)
    if result.media_type == "application/x-empty":
        result.notes.append(note("file.empty"))
    elif result.media_type in IMAGE_TYPES:
        _probe_image(Path(path), result)
    elif result.media_type == "application/pdf":
        _probe_pdf(Path(path), result)
    return result.to_dict()


def _probe_image(path: Path, result: ProbeResult) -> None:
    try:
        with open_untrusted(path) as image:
            _read_exif(image, result)
            width, height = image.size
            # Store the size as the picture is seen: orientations 5-8 turn it a quarter.
            turned = result.orientation in (5, 6, 7, 8)
            result.width, result.height = (height, width) if turned else (width, height)
            _exif_thumbnail(image, result)
    except TOO_LARGE:
        result.notes.append(note("image.decompression_bomb"))
    except UNREADABLE as exc:
        result.notes.append(note("image.unreadable", detail=_short(exc)))


def _exif_thumbnail(image, result: ProbeResult) -> None:
    """The small JPEG a camera embeds in its EXIF (IFD1), turned upright: the picture the grid shows
    until the background pass has made one from the whole picture."""
    raw = image.info.get("exif")
    if not raw:  # also spares Pillow a decode of a whole PNG in search of EXIF
        return
    try:
        ifd1 = image.getexif().get_ifd(IFD.IFD1)
        offset, length = int(ifd1.get(TAG_THUMB_OFFSET) or 0), int(ifd1.get(TAG_THUMB_LENGTH) or 0)
    except Exception:  # malformed EXIF: no embedded picture to use, the full one comes later
        return
    if not offset or not length:
        return
    start = offset + (len(EXIF_PREFIX) if raw.startswith(EXIF_PREFIX) else 0)
    data = raw[start:start + length]
    if not data.startswith(b"\xff\xd8"):
        return
    try:
        with open_untrusted(io.BytesIO(data)) as small:
            small.load()
            upright = small.transpose(TRANSPOSE[result.orientation]) if result.orientation in TRANSPOSE else small
            _store_thumbnail(upright, result)
    except (TOO_LARGE, UNREADABLE):
        return


def make_thumbnail(data: bytes) -> dict:
    """The thumbnail of stored content, upright ({thumbnail, thumb_width, thumb_height, notes}); what
    could not be read goes into notes. Runs in a worker process, after the import."""
    result = ProbeResult(media_type=detect_media_type(data[:8192]))
    if result.media_type in IMAGE_TYPES:
        _thumbnail_of_image(data, result)
    elif result.media_type == "application/pdf":
        _probe_pdf(data, result, render=True)
    return {"thumbnail": result.thumbnail, "thumb_width": result.thumb_width, "thumb_height": result.thumb_height,
            "notes": result.notes}


def _thumbnail_of_image(data: bytes, result: ProbeResult) -> None:
    from PIL import ImageOps

    try:
        with open_untrusted(io.BytesIO(data)) as image:
            width, height = image.size
            # JPEG: decode at the smallest 1/2-1/8 scale whose longer side still covers the
            # thumbnail; the entropy decoding that remains is most of the work.
            longer = max(width, height, 1)
            image.draft("RGB", (THUMB_MAX * width // longer, THUMB_MAX * height // longer))
            image.load()
            _store_thumbnail(ImageOps.exif_transpose(image), result)
    except TOO_LARGE:
        result.notes.append(note("image.decompression_bomb"))
    except UNREADABLE as exc:
        result.notes.append(note("image.unreadable", detail=_short(exc)))


def _read_exif(image, result: ProbeResult) -> None:
    if image.format == "PNG" and "exif" not in image.info:
        return  # Pillow would decode the whole picture to look for EXIF after it; screenshots have none
    try:
        exif = image.getexif()
    except Exception as exc:  # malformed EXIF comes in every shape; the picture itself may be fine
        result.notes.append(note("exif.unreadable", detail=_short(exc)))
        return
    try:
        orientation = exif.get(TAG_ORIENTATION)
        if isinstance(orientation, int) and 1 <= orientation <= 8:
            result.orientation = orientation
        model = exif.get(TAG_MODEL)
        make = exif.get(TAG_MAKE)
        if isinstance(model, str) and model.strip():
            model = model.strip("\x00 ")
            make = make.strip("\x00 ") if isinstance(make, str) else ""
            result.camera_model = model if not make or model.startswith(make.split()[0]) else f"{make} {model}"
        sub = exif.get_ifd(EXIF_IFD)
        original = sub.get(TAG_DATETIME_ORIGINAL) or exif.get(TAG_DATETIME)
        captured = parse_exif_datetime(original)
        if original and captured is None:
            result.notes.append(note("exif.time_unreadable", value=repr(str(original)[:40])))
        if captured:
            result.captured_at = captured
            offset = sub.get(TAG_OFFSET_TIME_ORIGINAL)
            if isinstance(offset, str) and _valid_offset(offset.strip("\x00 ")):
                result.captured_offset = offset.strip("\x00 ")
    except Exception as exc:
        result.notes.append(note("exif.partly_unreadable", detail=_short(exc)))


def parse_exif_datetime(value) -> str | None:
    """EXIF writes 'YYYY:MM:DD HH:MM:SS'; return ISO 8601 (no offset) or None."""
    if not isinstance(value, str):
        return None
    text = value.strip("\x00 ")
    for pattern in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M"):
        try:
            moment = datetime.strptime(text, pattern)
        except ValueError:
            continue
        if moment.year < 1970:
            return None
        return moment.isoformat()
    return None


def _valid_offset(text: str) -> bool:
    return len(text) == 6 and text[0] in "+-" and text[3] == ":" and text[1:3].isdigit() and text[4:].isdigit()


def _probe_pdf(source, result: ProbeResult, render: bool = False) -> None:
    """Its page count (the import), or its first page as a thumbnail (after the import)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            result.notes.append(note("pdf.password"))
        else:
            result.notes.append(note("pdf.unopenable", detail=_short(exc)))
        return
    try:
        result.page_count = len(document)
        if render and result.page_count:
            page = document[0]
            width, height = page.get_size()
            scale = min(THUMB_MAX * 1.5 / max(width, height, 1), 4.0)
            bitmap = page.render(scale=scale)
            _store_thumbnail(bitmap.to_pil(), result)
    except Exception as exc:
        result.notes.append(note("pdf.render_failed", detail=_short(exc)))
    finally:
        document.close()


def _store_thumbnail(image, result: ProbeResult) -> None:
    image = image.convert("RGB") if image.mode not in ("RGB", "L") else image
    image.thumbnail((THUMB_MAX, THUMB_MAX))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=THUMB_QUALITY, optimize=True)
    result.thumbnail = buffer.getvalue()
    result.thumb_width, result.thumb_height = image.size


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:120]
