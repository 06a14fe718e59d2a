"""Reading the text in the case's pictures and scans: which items, and the pass that reads them, one
at a time in a worker process of their own (OCR takes about 300 MB and a second or two a picture;
one worker leaves the other core to the window).

Read without asking: screenshots and scans (pictures no camera took), photographed documents and
receipts (by their category), and PDF pages without text. A camera's photo of people or places is
read only when the user asks for it; any item can be read on request, again if it was read."""

from __future__ import annotations

from typing import Callable

from desktop.core.case import Case
from desktop.core.changes import Changes
from desktop.core.errors import CaseError
from desktop.core.ocr_engine import read_content
from desktop.core.probe import IMAGE_TYPES
from desktop.core.probe_pool import ProbePool
from desktop.core.read_notes import note

# Categories whose pictures are of text, whatever took them.
DOCUMENT_CATEGORIES = {"contract", "payment_record", "invoice", "consent_form", "medical_record", "chat",
                       "advertising", "licence", "correspondence"}
PHOTO_CATEGORIES = {"photo_before", "photo_after"}
READ_TIMEOUT_S = 180.0
MAX_BYTES = 60 * 1024**2  # a larger picture or scan is not read


def reading_pool() -> ProbePool:
    """One worker for reading; started when first used."""
    return ProbePool(workers=1, timeout=READ_TIMEOUT_S)


READ, DETECT_FIRST = "read", "detect first"


def unasked(item: dict) -> str | None:
    """How an item is read without being asked: READ; DETECT_FIRST (a camera's photo, read if the
    detector finds a document in it); or None (not at all: photos marked before/after, recordings…)."""
    media_type = item["media_type"] or ""
    if media_type == "application/pdf":
        return READ
    if media_type not in IMAGE_TYPES or item["category"] in PHOTO_CATEGORIES:
        return None
    if item["category"] in DOCUMENT_CATEGORIES or not item["camera_model"]:
        return READ
    return DETECT_FIRST


def wanted(item: dict) -> bool:
    """Whether the pass looks at an item without being asked."""
    return unasked(item) is not None


def can_read(item: dict) -> bool:
    """Whether there is anything to read in an item when the user asks (pictures and PDFs)."""
    return (item["media_type"] or "") in IMAGE_TYPES or item["media_type"] == "application/pdf"


def to_read(case: Case, ids: list[int] | None = None) -> list[int]:
    """The items the pass reads: those not read yet that it reads unasked, or exactly `ids`."""
    if ids is not None:
        known = {item["id"]: item for item in case.evidence.list()}
        return [i for i in ids if i in known and can_read(known[i])]
    unread = set(case.text.unread())
    return [item["id"] for item in case.evidence.list() if item["id"] in unread and wanted(item)]


def _not_read(kind: str, params: dict) -> dict:
    """What a reader that timed out or died gives, said as reading (the pool's own notes are the import's)."""
    if kind == "timeout":
        said = note("text.timeout", seconds=params["seconds"])
    else:
        said = note("text.failed", reason=f"exit code {params['exit_code']}" if kind == "crashed" else params["error"])
    return {"engine": "", "pages": [], "notes": [said]}


def read_items(case: Case, pool: ProbePool, ids: list[int], *, progress: Callable[[int, int, str], None] | None = None,
               is_cancelled: Callable[[], bool] = lambda: False,
               stored: Callable[[Changes], None] | None = None, asked: bool = False) -> int:
    """Read these items, storing each as soon as it is read; returns how many were read. Stops between
    items when cancelled. `asked`: the user named them, so a camera's photo is read whatever it shows."""
    done = 0
    for index, evidence_id in enumerate(ids):
        if is_cancelled():
            break
        item = case.evidence.get(evidence_id)
        if progress:
            progress(index, len(ids), item["title"] or item["file_name"])
        try:
            data = case.evidence.read_bytes(evidence_id, limit=MAX_BYTES)
        except CaseError as exc:  # too large, or damaged (named by Check the case file): nothing to read
            result = {"engine": "", "pages": [], "notes": [note("content.unreadable", detail=exc.message)]}
        else:
            detect_first = not asked and unasked(item) == DETECT_FIRST
            result = pool.result(pool.submit_call(read_content, data, detect_first), failed=_not_read)
        changes = case.text.store(evidence_id, result)
        done += 1
        if stored is not None:
            stored(changes)
    if progress:
        progress(done, len(ids), "")
    return done
