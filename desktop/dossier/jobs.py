"""Work on one exhibit's content, run in a worker process that the pool bounds in time.

Each job reads the stored bytes, recomputes their SHA-256 (the export re-verifies every exhibit)
and, for a picture, writes an upright, downscaled JPEG; for a PDF, writes its pages scaled onto A4
pages. Decoders and pypdf have hung or crashed on crafted files: a worker may die, the app not.
This module imports neither reportlab nor Qt, to keep the workers quick to start."""

from __future__ import annotations

import hashlib
import io

_cases: dict[str, object] = {}


def _open(case_path: str, key=None):
    """One read-only connection per worker process, reused by its jobs (no quick_check per job:
    the exporting process already opened and checked the file). An encrypted case's key arrives with
    the job, through the pool's pipe: never an environment variable, a command line or a file."""
    case = _cases.get(case_path)
    if case is None:
        from desktop.core.lifecycle import reopen_read_only

        case = _cases[case_path] = reopen_read_only(case_path, key)
    return case


# What a job reports as the hash of content it could not read back (a damaged page in the file): it
# matches no recorded hash, so the export names the exhibit as no longer matching.
UNREADABLE = "unreadable"


def prepare_exhibit(case_path: str, key, evidence_id: int, kind: str, out_path: str, params: dict) -> dict:
    """Hash the stored content; for 'photo' and 'pdf' also write what the dossier draws."""
    import sqlite3

    case = _open(case_path, key)
    try:
        if kind == "file":
            return {"sha256": case.evidence.recompute_hash(evidence_id)}
        digest = hashlib.sha256()
        buffer = io.BytesIO()
        for chunk in case.evidence.iter_content(evidence_id):
            digest.update(chunk)
            buffer.write(chunk)
    except sqlite3.DatabaseError:
        return {"sha256": UNREADABLE, "error": "unreadable"}
    result: dict = {"sha256": digest.hexdigest()}
    buffer.seek(0)
    if kind == "photo":
        result.update(shrink_photo(buffer, out_path, **params))
    elif kind == "pdf":
        result.update(normalise_pdf(buffer, out_path, **params))
    return result


def shrink_photo(source, out_path: str, box_width_in: float, box_height_in: float, dpi: int,
                 quality: int) -> dict:
    """An upright JPEG at `dpi` for the largest size the picture can be drawn in the box."""
    from PIL import Image, ImageOps

    from desktop.core.images import TOO_LARGE, UNREADABLE, open_untrusted

    try:
        with open_untrusted(source) as image:
            orientation = _orientation(image)
            turned = orientation in (5, 6, 7, 8)
            width, height = image.size
            upright_w, upright_h = (height, width) if turned else (width, height)
            scale = min(box_width_in * dpi / upright_w, box_height_in * dpi / upright_h, 1.0)
            target = (max(1, round(upright_w * scale)), max(1, round(upright_h * scale)))
            # JPEG: decode at 1/2, 1/4 or 1/8 scale straight away, down to about 95 % of the target.
            stored = (target[1], target[0]) if turned else target
            image.draft("RGB", (int(stored[0] * 0.95), int(stored[1] * 0.95)))
            image.load()
            try:
                upright = ImageOps.exif_transpose(image)
            except Exception:  # malformed EXIF: the picture as stored is better than none
                upright = image
            upright = _flatten(upright)
            if upright.width > target[0]:
                upright = upright.resize(target, Image.Resampling.BICUBIC, reducing_gap=2.0)
            upright.save(out_path, "JPEG", quality=quality)
            return {"image": out_path, "width": upright.width, "height": upright.height}
    except TOO_LARGE:
        return {"error": "image_too_large"}
    except UNREADABLE:
        return {"error": "unreadable"}


def _orientation(image) -> int | None:
    try:
        value = image.getexif().get(0x0112)
    except Exception:
        return None
    return value if isinstance(value, int) else None


def _flatten(image):
    """RGB or greyscale for JPEG; transparency goes onto white (screenshots, stickers)."""
    from PIL import Image

    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode in ("I;16", "I", "F"):
        return image.convert("L")
    return image.convert("RGB")


def normalise_pdf(source, out_path: str, page_width: float, page_height: float,
                  box: tuple[float, float, float, float]) -> dict:
    """Each page of the evidence scaled into `box` on a page of the dossier's size, upright.
    Returns the page count and where each page landed, or an error key."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(source, strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # AES without its optional dependency, damaged encryption dictionary
                opened = 0
            if not opened:
                return {"error": "password"}
        writer = PdfWriter()
        placed = []
        box_x, box_y, box_w, box_h = box
        for page in reader.pages:
            crop = page.cropbox
            width, height = float(crop.width), float(crop.height)
            if width <= 0 or height <= 0:
                raise ValueError("page without a size")
            # /Rotate turns the page clockwise for display: turn the content instead, so it stands upright.
            rotation = int(page.get("/Rotate", 0) or 0) % 360
            shown_w, shown_h = (height, width) if rotation in (90, 270) else (width, height)
            upright = Transformation().translate(-float(crop.left), -float(crop.bottom)).rotate(-rotation)
            upright = upright.translate(*{0: (0, 0), 90: (0, width), 180: (width, height),
                                          270: (height, 0)}.get(rotation, (0, 0)))
            scale = min(box_w / shown_w, box_h / shown_h)
            left = box_x + (box_w - shown_w * scale) / 2
            bottom = box_y + box_h - shown_h * scale  # top-aligned, under the stamp
            transform = upright.scale(scale).translate(left, bottom)
            target = writer.add_blank_page(page_width, page_height)
            target.merge_transformed_page(page, transform)
            placed.append((left, bottom, shown_w * scale, shown_h * scale))
        if not placed:
            return {"error": "unreadable"}
        with open(out_path, "wb") as out:
            writer.write(out)
        return {"pdf": out_path, "pages": len(placed), "placed": placed}
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError):
        return {"error": "unreadable"}

