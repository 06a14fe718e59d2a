"""Importing files and folders into the evidence store.

Each file is stored completely with its hash, or not at all. Files share a commit in batches (at
most BATCH_BYTES or BATCH_SECONDS of work, each file a savepoint of it), so a power cut loses at
most one batch and the same import run again stores what is missing and names the rest as already
there. A file above STAGE_ABOVE goes in over several commits of its own. Content streams in 1 MiB
chunks, so memory stays flat whatever the file's size. Reading what a file is (type, EXIF, pages)
runs in worker processes beside the hashing, each bounded in time; thumbnails are made after the
import (thumbnails.py), so they never hold it up."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from desktop.core import audit, blobs, space
from desktop.core.blobs import Cancelled
from desktop.core.case import Case
from desktop.core.changes import EVIDENCE, Changes
from desktop.core.clock import now_iso
from desktop.core.errors import CaseError
from desktop.core.probe import detect_media_type
from desktop.core.probe_pool import ProbePool
from desktop.core.read_notes import dumps, joined_text, note, recognise_notes

STAGE_ABOVE = 64 * 1024 * 1024   # files above this size are stored over several commits
STAGE_BATCH = 32 * 1024 * 1024
# One commit's bound for smaller files: a commit costs a few disk flushes, so fewer of them make the
# import nearly as fast as copying; the write lock is still held for under a second.
BATCH_BYTES = 64 * 1024 * 1024
BATCH_SECONDS = 0.5
SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class ImportOutcome:
    path: str
    status: str  # stored, duplicate, refused, cancelled
    evidence_id: int | None = None
    sha256: str | None = None
    reason: str = ""  # English; for a stored item, the note of what could not be read
    # Why a file was refused, a duplicate or cancelled, for an interface to say in the user's language
    # (desktop/ui/error_text.py); params are the preformatted values the reason mentions.
    reason_code: str = ""
    reason_params: dict[str, str] = field(default_factory=dict)
    # For a stored item, the notes of what could not be read ({code, params, text}: see read_notes.py).
    notes: list[dict] = field(default_factory=list)

    def line(self) -> str:
        if self.status == "stored":
            note = f" (note: {self.reason})" if self.reason else ""
            return f"stored     #{self.evidence_id:<5} {self.path}{note}"
        if self.status == "duplicate":
            return f"duplicate  {self.path}  (same content as evidence {self.evidence_id})"
        return f"{self.status:<10} {self.path}  ({self.reason})"


@dataclass(frozen=True)
class ImportProgress:
    """Where an import stands: files and bytes done of all, the file being read, and time so far."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str
    elapsed: float

    @property
    def seconds_left(self) -> float | None:
        """An estimate from the pace so far; None until there is a pace to go by."""
        if self.elapsed < 1.0 or self.bytes_done <= 0:
            return None
        return (self.bytes_total - self.bytes_done) * self.elapsed / self.bytes_done


ProgressCallback = Callable[[ImportProgress], None]


def stored_changes(outcomes: Iterable[ImportOutcome]) -> Changes:
    """What an import changed, for the views: the items it stored."""
    return Changes.of(added={EVIDENCE: [o.evidence_id for o in outcomes if o.status == "stored"]})


def expand_paths(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[ImportOutcome]]:
    """Files to import, folders walked in name order; what cannot be imported is reported."""
    files: list[Path] = []
    refused: list[ImportOutcome] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, names in os.walk(path, onerror=lambda e: refused.append(
                    _refused(e.filename, "folder_unreadable", f"folder unreadable: {e.strerror}",
                             detail=str(e.strerror)))):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in sorted(names)
                             if not n.startswith(".") and n not in SKIPPED_NAMES)
        elif path.exists():
            files.append(path)
        else:
            refused.append(_refused(path, "missing", "no such file"))
    return files, refused


def import_paths(case: Case, paths: Iterable[str | os.PathLike], *,
                 progress: ProgressCallback | None = None,
                 is_cancelled: Callable[[], bool] = lambda: False,
                 pool: ProbePool | None = None,
                 fstype: str | None = None) -> list[ImportOutcome]:
    """Import files and folders. Raises NotEnoughSpace before storing anything if they cannot fit;
    a disk that fills up anyway stops the import with what finished kept."""
    files, outcomes = expand_paths(paths)
    candidates: list[tuple[Path, int]] = []
    for path in files:
        refusal = _refusal(path)
        if refusal:
            outcomes.append(refusal)
        else:
            candidates.append((path, path.stat().st_size))
    if candidates:
        space.check_room(case.path, [size for _, size in candidates], fstype=fstype)
    own_pool = pool is None
    pool = pool or ProbePool()
    try:
        outcomes.extend(_Run(case, candidates, pool, progress, is_cancelled).all())
    finally:
        if own_pool:
            pool.close()
    return outcomes


class _Run:
    """One import's files, in batches that share a commit; big files on their own."""

    def __init__(self, case: Case, candidates: list[tuple[Path, int]], pool: ProbePool,
                 progress: ProgressCallback | None, is_cancelled: Callable[[], bool]):
        self.case, self.candidates, self.pool = case, candidates, pool
        self.progress, self.is_cancelled = progress, is_cancelled
        self.futures = [pool.submit(str(path)) for path, _ in candidates]
        self.outcomes: list[ImportOutcome] = []
        self.bytes_total = sum(size for _, size in candidates)
        self.bytes_done, self.stopped = 0, False
        self.started = time.monotonic()

    def all(self) -> list[ImportOutcome]:
        count, index = len(self.candidates), 0
        while index < count and not self.stopped:
            if self.candidates[index][1] > STAGE_ABOVE:
                index += self._one(index, staged=True)
                continue
            with self.case.file.transaction():
                batch_started, batch_bytes = time.monotonic(), 0
                while (index < count and self.candidates[index][1] <= STAGE_ABOVE and batch_bytes < BATCH_BYTES
                       and time.monotonic() - batch_started < BATCH_SECONDS):
                    if not self._one(index, staged=False):
                        break
                    batch_bytes += self.candidates[index][1]
                    index += 1
        if self.stopped:
            self.pool.cancel_pending(self.futures[index:])
            self.outcomes.extend(_cancelled(path) for path, _ in self.candidates[index:])
        self._report(count if not self.stopped else index, "")
        return self.outcomes

    def _one(self, index: int, staged: bool) -> bool:
        """Import one file; False when the user stopped (the file in progress is not kept)."""
        path, size = self.candidates[index]
        if self.is_cancelled():
            self.stopped = True
            return False
        self._report(index, path.name)
        future = self.futures[index]
        try:
            self.outcomes.append(_import_one(self.case, path, lambda: self.pool.result(future), self.is_cancelled,
                                             staged))
        except Cancelled:
            self.stopped = True
            return False
        self.bytes_done += size
        return True

    def _report(self, files_done: int, current: str) -> None:
        if self.progress:
            self.progress(ImportProgress(files_done, len(self.candidates), self.bytes_done, self.bytes_total,
                                         current, time.monotonic() - self.started))


def _refused(path: str | os.PathLike, code: str, reason: str, **params: str) -> ImportOutcome:
    return ImportOutcome(str(path), "refused", reason=reason, reason_code=code, reason_params=params)


def _cancelled(path: Path) -> ImportOutcome:
    return ImportOutcome(str(path), "cancelled", reason="import cancelled", reason_code="cancelled")


def _refusal(path: Path) -> ImportOutcome | None:
    try:
        info = path.stat()
    except OSError as exc:
        return _refused(path, "unreadable", f"cannot be read: {exc.strerror or exc}", detail=str(exc.strerror or exc))
    if not stat.S_ISREG(info.st_mode):
        return _refused(path, "not_regular", "not a regular file")
    if info.st_size == 0:
        return _refused(path, "empty", "empty file (0 bytes): there is nothing to keep")
    if not os.access(path, os.R_OK):
        return _refused(path, "permission", "permission denied")
    return None


def _import_one(case: Case, path: Path, probe: Callable[[], dict], is_cancelled: Callable[[], bool],
                staged: bool) -> ImportOutcome:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        return _refused(path, "unreadable", f"cannot be read: {exc.strerror or exc}", detail=str(exc.strerror or exc))
    with handle:
        info = os.fstat(handle.fileno())
        content = blobs.BlobWriter(handle, is_cancelled)
        staged = staged and info.st_size > STAGE_ABOVE
        try:
            if staged:
                _stage(case, content)
            with case.file.transaction() as conn:
                if not staged:
                    content.blob_id = blobs.new_blob(conn)
                    content.write(conn, until=None)
                existing = blobs.find_by_hash(conn, content.digest.hexdigest())
                if existing:
                    raise _Duplicate(existing, content.digest.hexdigest())
                sha256 = content.seal(conn)
                evidence_id, notes = _add_evidence(case, conn, content, path, info, probe())
                audit.append(conn, "evidence.import", f"evidence:{evidence_id}",
                             {"file_name": path.name, "sha256": sha256, "size": content.size})
        except _Duplicate as dup:
            _discard_staged(case, content, staged)
            return ImportOutcome(str(path), "duplicate", evidence_id=dup.evidence_id, sha256=dup.sha256,
                                 reason="identical content is already in the case", reason_code="duplicate",
                                 reason_params={"id": str(dup.evidence_id)})
        except OSError as exc:
            _discard_staged(case, content, staged)
            return _refused(path, "read_failed", f"reading failed part-way: {exc.strerror or exc}",
                            detail=str(exc.strerror or exc))
        except BaseException:
            _discard_staged(case, content, staged)
            raise
    return ImportOutcome(str(path), "stored", evidence_id=evidence_id, sha256=sha256, reason=joined_text(notes),
                         notes=notes)


def _stage(case: Case, content: blobs.BlobWriter) -> None:
    """A big file goes in over several commits, so no single transaction holds the case's write lock
    (and blocks the window's reads) for long. Until the final commit gives it a hash, the staged
    content is no evidence; `blobs.discard_unfinished` removes what a crash leaves."""
    with case.file.transaction() as conn:
        content.blob_id = blobs.new_blob(conn)
    while not content.finished:
        with case.file.transaction() as conn:
            content.write(conn, until=STAGE_BATCH)


def _discard_staged(case: Case, content: blobs.BlobWriter, staged: bool) -> None:
    if not staged or content.blob_id is None:
        return
    try:
        with case.file.transaction() as conn:
            blobs.delete_unfinished(conn, [content.blob_id])
    except Exception:  # the disk may be full or gone: the next open clears it (discard_unfinished)
        pass


class _Duplicate(Exception):
    def __init__(self, evidence_id: int, sha256: str):
        self.evidence_id, self.sha256 = evidence_id, sha256


def _add_evidence(case: Case, conn: sqlite3.Connection, content: blobs.BlobWriter, path: Path,
                  info: os.stat_result, probed: dict) -> tuple[int, list[dict]]:
    """Add the item and its thumbnail from what the probe read; returns its id and the notes of what
    could not be read."""
    media_type = probed.get("media_type") or detect_media_type(content.head)
    if media_type == "application/octet-stream":
        media_type = detect_media_type(content.head)  # the probe failed or timed out: the header still tells
    notes: list[dict] = []
    for raw in probed.get("notes") or []:
        # A probe passed in by a caller may still give plain English notes: they get their codes here.
        notes.extend([raw] if isinstance(raw, dict) else recognise_notes(raw))
    if media_type == "application/octet-stream" and not notes:
        notes.append(note("type.unrecognised"))
    captured = probed.get("captured_at")
    offset = probed.get("captured_offset")
    record = {
        "blob_id": content.blob_id, "sha256": content.digest.hexdigest(), "size": content.size,
        "file_name": path.name, "media_type": media_type,
        "file_modified_at": datetime.fromtimestamp(info.st_mtime).astimezone().isoformat(timespec="seconds"),
        "captured_at": captured, "captured_offset": offset, "camera_model": probed.get("camera_model"),
        "orientation": probed.get("orientation"), "width": probed.get("width"), "height": probed.get("height"),
        "page_count": probed.get("page_count"), "read_note": joined_text(notes), "read_notes": dumps(notes),
        "imported_at": now_iso(), "title": path.stem, "category": _default_category(media_type),
        "evidence_date": captured + offset if captured and offset else captured,
    }
    evidence_id = case.evidence.add(record).created
    if probed.get("thumbnail"):  # the camera's own small picture: shown until the full one is made
        blobs.put_thumbnail(conn, content.blob_id, probed["thumb_width"], probed["thumb_height"], probed["thumbnail"],
                            blobs.EXIF)
    return evidence_id, notes


def _default_category(media_type: str) -> str:
    return "call_recording" if media_type.startswith("audio/") else "other"


__all__ = ["Cancelled", "ImportOutcome", "ImportProgress", "import_paths", "expand_paths", "stored_changes",
           "CaseError"]
