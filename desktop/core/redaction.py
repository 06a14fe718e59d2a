"""Redacting a picture: a copy with areas blacked out (a face, an ID number, a name) becomes a new
evidence item beside the original, which stays as it was, with its hash.

The areas are given in the upright picture's coordinates, as fractions of its width and height:
what the screen shows, whatever orientation the camera wrote in its EXIF. The copy carries none of
the original's metadata: a camera's EXIF holds the place it was taken and a small picture of the
whole scene, which would show what was blacked out."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Iterable

from PIL import Image, ImageDraw, ImageOps

from desktop.core import audit, blobs
from desktop.core.case import Case
from desktop.core.changes import EVENT, EVIDENCE, STEP, Changes
from desktop.core.clock import now_iso
from desktop.core.errors import CaseError
from desktop.core.images import TOO_LARGE, UNREADABLE, open_untrusted
from desktop.core.probe import IMAGE_TYPES, THUMB_MAX, THUMB_QUALITY

Box = tuple[float, float, float, float]  # left, top, right, bottom: fractions 0-1 of the upright picture
REDACTION = "redaction"  # the kind of derivation (evidence.derivation["kind"]) this module makes
JPEG_QUALITY = 90


def can_redact(item: dict) -> bool:
    """Whether an item is a picture this module can make a redacted copy of."""
    return item.get("media_type") in IMAGE_TYPES


def redact(case: Case, evidence_id: int, boxes: Iterable[Box], *, title: str | None = None) -> Changes:
    """Store a copy of a picture with the boxes filled black, as a new item made from the original
    (same category, dates and links to events and steps; title `title`, or the original's with
    "(redacted)"). One transaction, in the audit log. Returns `Changes` with the new item in
    `created`. A copy identical to an item already in the case is refused (code redaction.duplicate,
    its id in params)."""
    item = case.evidence.get(evidence_id)
    if not can_redact(item):
        raise CaseError(f"“{item['file_name']}” is not a picture: only pictures can be redacted.",
                        code="redaction.not_image", name=item["file_name"])
    areas = [area for area in map(_clamped, boxes) if area is not None]
    if not areas:
        raise CaseError("Draw at least one box over what should be hidden.", code="redaction.no_boxes")
    picture, kind = _blacked_out(case.evidence.read_bytes(evidence_id), areas, item["file_name"])
    content = _encoded(picture, kind)
    thumbnail = _thumbnail(picture)
    stem = Path(item["file_name"]).stem or "picture"
    record = {
        "sha256": None, "size": len(content), "file_name": f"{stem}-redacted.{'png' if kind == 'PNG' else 'jpg'}",
        "media_type": "image/png" if kind == "PNG" else "image/jpeg", "file_modified_at": None,
        # When the picture was taken is still when the original was; the copy's file holds no EXIF.
        "captured_at": item["captured_at"], "captured_offset": item["captured_offset"], "camera_model": None,
        "orientation": None, "width": picture.width, "height": picture.height, "page_count": None,
        "read_note": "", "read_notes": "[]", "imported_at": now_iso(),
        "title": title or f"{item['title'] or stem} (redacted)", "category": item["category"],
        "evidence_date": item["evidence_date"], "proves": item["proves"], "source": item["source"],
        "derived_from": evidence_id,
        "derivation": {"kind": REDACTION, "boxes": len(areas), "from_sha256": item["sha256"],
                       "from_file_name": item["file_name"]},
    }
    links = case.evidence.links(evidence_id)
    with case.file.transaction() as conn:
        writer = blobs.BlobWriter(io.BytesIO(content), lambda: False)
        writer.blob_id = blobs.new_blob(conn)
        writer.write(conn, until=None)
        existing = blobs.find_by_hash(conn, writer.digest.hexdigest())
        if existing is not None:  # raised inside the transaction: nothing of this copy is kept
            raise CaseError(f"An identical redacted copy is already in the case (evidence {existing}).",
                            code="redaction.duplicate", id=str(existing))
        record.update(blob_id=writer.blob_id, sha256=writer.seal(conn))
        created = case.evidence.add(record).created
        blobs.put_thumbnail(conn, writer.blob_id, thumbnail.width, thumbnail.height, _jpeg(thumbnail, THUMB_QUALITY))
        # It stands in for the original where the original is left out (private): it cites what it cites.
        for event_id in links["events"]:
            case.links.set(EVENT, event_id, EVIDENCE, [created])
        for step_id in links["steps"]:
            case.links.set(STEP, step_id, EVIDENCE, [created])
        audit.append(conn, "evidence.redact", f"evidence:{created}",
                     {"from": evidence_id, "from_sha256": item["sha256"], "sha256": record["sha256"],
                      "size": len(content), "file_name": record["file_name"], "boxes": len(areas)})
    return Changes.of(added={EVIDENCE: [created]}, updated={EVENT: links["events"], STEP: links["steps"]},
                      created=created)


def _clamped(box: Box) -> Box | None:
    """The box inside the picture, its corners in order; None for one with no area (a click, not a drag)."""
    if len(box) != 4 or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in box):
        return None
    x0, y0, x1, y1 = (min(max(float(v), 0.0), 1.0) for v in box)
    left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    return (left, top, right, bottom) if right > left and bottom > top else None


def _blacked_out(data: bytes, areas: list[Box], name: str) -> tuple[Image.Image, str]:
    """The upright picture with the areas filled black, and how to encode it: PNG for a PNG (lossless
    stays lossless), JPEG for anything else."""
    try:
        with open_untrusted(io.BytesIO(data)) as image:
            image.load()
            kind = "PNG" if image.format == "PNG" else "JPEG"
            picture = _drawable(ImageOps.exif_transpose(image), kind)
    except TOO_LARGE:
        raise CaseError(f"“{name}” is too large to open safely, so it cannot be redacted here.",
                        code="redaction.too_large", name=name) from None
    except UNREADABLE as exc:
        raise CaseError(f"“{name}” could not be read as a picture ({exc}).", code="redaction.unreadable",
                        name=name, detail=str(exc)) from None
    draw = ImageDraw.Draw(picture)
    width, height = picture.size
    black = (0, 0, 0, 255) if picture.mode == "RGBA" else (0, 0, 0)
    for left, top, right, bottom in areas:
        # Rounded outwards: a box never hides less than what was drawn on the screen.
        x0, y0 = math.floor(left * width), math.floor(top * height)
        x1, y1 = max(math.ceil(right * width), x0 + 1), max(math.ceil(bottom * height), y0 + 1)
        draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=black)
    return picture, kind


def _drawable(upright: Image.Image, kind: str) -> Image.Image:
    """A copy in RGB (RGBA for a PNG with transparency) with no metadata at all, not even what
    exif_transpose keeps of the EXIF."""
    has_alpha = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
    if kind == "PNG" and has_alpha:
        picture = upright.convert("RGBA")
    elif has_alpha:  # a transparent WebP or GIF as a JPEG: on white, as a viewer shows it
        picture = Image.new("RGB", upright.size, "white")
        picture.paste(upright.convert("RGBA"), mask=upright.convert("RGBA").getchannel("A"))
    else:
        picture = upright.convert("RGB")
    # Colours as they were (a profile of another colour space, CMYK or grey, no longer applies); nothing else.
    icc = upright.info.get("icc_profile") if upright.mode in ("RGB", "RGBA") else None
    picture.info = {"icc_profile": icc} if icc else {}
    return picture


def _encoded(picture: Image.Image, kind: str) -> bytes:
    buffer = io.BytesIO()
    icc = picture.info.get("icc_profile")
    extra = {"icc_profile": icc} if icc else {}
    if kind == "PNG":
        picture.save(buffer, "PNG", **extra)
    else:
        picture.save(buffer, "JPEG", quality=JPEG_QUALITY, **extra)
    return buffer.getvalue()


def _thumbnail(picture: Image.Image) -> Image.Image:
    """The grid's picture, made here from the copy (the thumbnails pass then has nothing to do)."""
    small = picture.convert("RGB")
    small.thumbnail((THUMB_MAX, THUMB_MAX))
    return small


def _jpeg(picture: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
