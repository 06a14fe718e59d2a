"""The thumbnails pass: after an import, and when a case opens with some still missing, a picture
is made from the whole of each stored image or PDF, in worker processes (a decoder may hang or
crash on a hostile file), from the content the case holds. Each is stored as soon as it is ready,
so the grid shows them as they come; the import itself stores only what the file's header says
and the small picture a camera embeds."""

from __future__ import annotations

import sqlite3
from collections import deque
from typing import Callable

from desktop.core import blobs
from desktop.core.case import Case
from desktop.core.changes import EVIDENCE, THUMBNAIL, Changes
from desktop.core.probe import IMAGE_TYPES, make_thumbnail
from desktop.core.probe_pool import ProbePool
from desktop.core.read_notes import dumps, note

PICTURE_TYPES = tuple(sorted(IMAGE_TYPES)) + ("application/pdf",)
MAX_BYTES = 100 * 1024**2  # a larger picture is kept without a thumbnail (its bytes go to a worker whole)


def pending(case: Case) -> list[int]:
    """Blobs still waiting for a picture made from their whole content."""
    return blobs.blobs_without_picture(case.file.conn, PICTURE_TYPES)


def make_missing(case: Case, pool: ProbePool, *, progress: Callable[[int, int, str], None] | None = None,
                 is_cancelled: Callable[[], bool] = lambda: False,
                 stored: Callable[[Changes], None] | None = None) -> int:
    """Make every missing thumbnail; returns how many pictures were stored. `stored` hears each one
    (the window updates the grid). Stops between pictures when cancelled."""
    work = pending(case)
    ahead = deque()
    made = 0
    queued = iter(work)
    for done in range(len(work)):
        while len(ahead) < 4 and (blob_id := next(queued, None)) is not None:  # a few jobs in flight
            ahead.append((blob_id, _submit(case, pool, blob_id)))
        if is_cancelled():
            for _, future in ahead:
                if not isinstance(future, dict):
                    future.cancel()
            break
        blob_id, future = ahead.popleft()
        result = pool.result(future) if not isinstance(future, dict) else future
        changes = _store(case, blob_id, result)
        made += bool(result.get("thumbnail"))
        if stored is not None:
            stored(changes)
        if progress:
            progress(done + 1, len(work), "")
    return made


def _submit(case: Case, pool: ProbePool, blob_id: int):
    """A worker's job for this blob, or (when there is nothing to send it) the result already."""
    size = case.file.conn.execute("SELECT size FROM blobs WHERE id = ?", [blob_id]).fetchone()[0]
    if size > MAX_BYTES:
        return {"notes": [note("picture.too_large")]}
    try:
        data = b"".join(blobs.iter_chunks(case.file.conn, blob_id))
    except sqlite3.DatabaseError as exc:  # a damaged page: Verify names the item; here it just has no picture
        return {"notes": [note("content.unreadable", detail=str(exc))]}
    return pool.submit_call(make_thumbnail, data)


def _store(case: Case, blob_id: int, result: dict) -> Changes:
    notes = result.get("notes") or []
    with case.file.transaction() as conn:
        existing = conn.execute("SELECT source FROM thumbnails WHERE blob_id = ?", [blob_id]).fetchone()
        if result.get("thumbnail"):
            blobs.put_thumbnail(conn, blob_id, result["thumb_width"], result["thumb_height"], result["thumbnail"],
                                blobs.FULL)
        elif existing and existing[0] == blobs.EXIF:  # the camera's small picture stays
            conn.execute("UPDATE thumbnails SET source = ? WHERE blob_id = ?", [blobs.EXIF_ONLY, blob_id])
        else:
            blobs.put_thumbnail(conn, blob_id, 0, 0, b"", blobs.NONE)
        if notes:
            blobs.set_picture_notes(conn, blob_id, dumps(notes))
        ids = [r[0] for r in conn.execute("SELECT id FROM evidence WHERE blob_id = ?", [blob_id])]
    # A note of what could not be read shows with the item, so the item itself changed too.
    return Changes.of(updated={THUMBNAIL: ids, EVIDENCE: ids if notes else []})
