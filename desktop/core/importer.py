"""Importing files and folders into the evidence store.

Each file is one transaction: stored completely with its hash, or not at all. Content streams in
1 MiB chunks, so memory stays flat whatever the file's size. Probing (media type, EXIF, thumbnail)
runs in worker processes in parallel with the hashing, each bounded in time."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from desktop.core import audit, search, space
from desktop.core.clock import now_iso
from desktop.core.errors import CaseError
from desktop.core.probe import detect_media_type
from desktop.core.probe_pool import ProbePool
from desktop.core.read_notes import dumps, joined_text, note, recognise_notes

if TYPE_CHECKING:
    from desktop.core.case import Case

CHUNK_SIZE = 1024 * 1024
STAGE_ABOVE = 64 * 1024 * 1024   # files above this size are stored over several commits
STAGE_BATCH = 32 * 1024 * 1024
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


ProgressCallback = Callable[[int, int, str], None]  # files done, files in all, current file


class Cancelled(Exception):
    pass


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


def import_paths(case: "Case", paths: Iterable[str | os.PathLike], *,
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
        futures = [pool.submit(str(path)) for path, _ in candidates]
        for index, ((path, _size), future) in enumerate(zip(candidates, futures)):
            if is_cancelled():
                pool.cancel_pending(futures[index:])
                outcomes.extend(_cancelled(p) for p, _ in candidates[index:])
                break
            if progress:
                progress(index, len(candidates), path.name)
            try:
                outcomes.append(_import_one(case, path, lambda f=future: pool.result(f), is_cancelled))
            except Cancelled:
                pool.cancel_pending(futures[index:])
                outcomes.extend(_cancelled(p) for p, _ in candidates[index:])
                break
        else:
            if progress:
                progress(len(candidates), len(candidates), "")
    finally:
        if own_pool:
            pool.close()
    return outcomes


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


def _import_one(case: "Case", path: Path, probe: Callable[[], dict], is_cancelled: Callable[[], bool]) -> ImportOutcome:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        return _refused(path, "unreadable", f"cannot be read: {exc.strerror or exc}", detail=str(exc.strerror or exc))
    with handle:
        info = os.fstat(handle.fileno())
        content = _Content(handle, is_cancelled)
        staged = info.st_size > STAGE_ABOVE
        try:
            if staged:
                _stage(case, content)
            with case.transaction() as conn:
                if not staged:
                    content.blob_id = _new_blob(conn)
                    content.write(conn, until=None)
                sha256 = content.digest.hexdigest()
                existing = conn.execute("SELECT e.id FROM blobs b JOIN evidence e ON e.blob_id = b.id "
                                        "WHERE b.sha256 = ?", [sha256]).fetchone()
                if existing:
                    raise _Duplicate(existing[0], sha256)
                conn.execute("UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?", [sha256, content.size, content.blob_id])
                probed = probe()
                evidence_id, notes = _insert_evidence(conn, content.blob_id, sha256, content.size, path, info,
                                                     content.head, probed)
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


class _Content:
    """A file being streamed into blob chunks, hashed on the way."""

    def __init__(self, handle, is_cancelled: Callable[[], bool]):
        self.handle, self.is_cancelled = handle, is_cancelled
        self.blob_id: int | None = None
        self.digest = hashlib.sha256()
        self.size, self.seq, self.head, self.finished = 0, 0, b"", False

    def write(self, conn: sqlite3.Connection, until: int | None) -> None:
        """Store chunks until the file ends, or until `until` more bytes are written."""
        written = 0
        while until is None or written < until:
            if self.is_cancelled():
                raise Cancelled()
            chunk = self.handle.read(CHUNK_SIZE)
            if not chunk:
                self.finished = True
                return
            if self.seq == 0:
                self.head = chunk[:8192]
            self.digest.update(chunk)
            conn.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (?, ?, ?)", [self.blob_id, self.seq, chunk])
            self.seq += 1
            self.size += len(chunk)
            written += len(chunk)


def _new_blob(conn: sqlite3.Connection) -> int:
    return conn.execute("INSERT INTO blobs(size, stored_at) VALUES (0, ?)", [now_iso()]).lastrowid


def _stage(case: "Case", content: _Content) -> None:
    """A big file goes in over several commits, so no single transaction holds the case's write lock
    (and blocks the window's reads) for long. Until the final commit gives it a hash, the staged
    content is no evidence; `discard_unfinished` removes what a crash leaves."""
    with case.transaction() as conn:
        content.blob_id = _new_blob(conn)
    while not content.finished:
        with case.transaction() as conn:
            content.write(conn, until=STAGE_BATCH)


def _discard_staged(case: "Case", content: _Content, staged: bool) -> None:
    if not staged or content.blob_id is None:
        return
    try:
        with case.transaction() as conn:
            _delete_unhashed(conn, [content.blob_id])
    except Exception:  # the disk may be full or gone: the next open clears it (discard_unfinished)
        pass


def _delete_unhashed(conn: sqlite3.Connection, blob_ids: list[int]) -> None:
    for blob_id in blob_ids:
        conn.execute("DELETE FROM blob_chunks WHERE blob_id = ?", [blob_id])
        conn.execute("DELETE FROM blobs WHERE id = ? AND sha256 IS NULL", [blob_id])


def discard_unfinished(conn: sqlite3.Connection) -> int:
    """Remove content of imports that never finished (a crash while staging a big file)."""
    unfinished = [r[0] for r in conn.execute("SELECT id FROM blobs WHERE sha256 IS NULL")]
    _delete_unhashed(conn, unfinished)
    return len(unfinished)


class _Duplicate(Exception):
    def __init__(self, evidence_id: int, sha256: str):
        self.evidence_id, self.sha256 = evidence_id, sha256


def _insert_evidence(conn: sqlite3.Connection, blob_id: int, sha256: str, size: int, path: Path,
                     info: os.stat_result, head: bytes, probed: dict) -> tuple[int, list[dict]]:
    """Insert the item and its thumbnail; returns its id and the notes of what could not be read."""
    media_type = probed.get("media_type") or detect_media_type(head)
    if media_type == "application/octet-stream":
        media_type = detect_media_type(head)  # the probe failed or timed out: the header still tells
    notes: list[dict] = []
    for raw in probed.get("notes") or []:
        # A probe passed in by a caller may still give plain English notes: they get their codes here.
        notes.extend([raw] if isinstance(raw, dict) else recognise_notes(raw))
    if media_type == "application/octet-stream" and not notes:
        notes.append(note("type.unrecognised"))
    order = conn.execute("SELECT coalesce(max(exhibit_order), 0) + 1 FROM evidence").fetchone()[0]
    modified = datetime.fromtimestamp(info.st_mtime).astimezone().isoformat(timespec="seconds")
    captured = probed.get("captured_at")
    evidence_date = captured + probed["captured_offset"] if captured and probed.get("captured_offset") else captured
    evidence_id = conn.execute(
        "INSERT INTO evidence(blob_id, sha256, size, file_name, media_type, file_modified_at, captured_at, "
        "captured_offset, camera_model, orientation, width, height, page_count, read_note, read_notes, imported_at, "
        "title, category, evidence_date, exhibit_order) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [blob_id, sha256, size, path.name, media_type, modified, captured, probed.get("captured_offset"),
         probed.get("camera_model"), probed.get("orientation"), probed.get("width"), probed.get("height"),
         probed.get("page_count"), joined_text(notes), dumps(notes), now_iso(), path.stem, _default_category(media_type),
         evidence_date, order],
    ).lastrowid
    if probed.get("thumbnail"):
        conn.execute("INSERT INTO thumbnails(blob_id, format, width, height, data) VALUES (?, 'jpeg', ?, ?, ?)",
                     [blob_id, probed["thumb_width"], probed["thumb_height"], probed["thumbnail"]])
    search.reindex(conn, "evidence", evidence_id)
    return evidence_id, notes


def _default_category(media_type: str) -> str:
    return "call_recording" if media_type.startswith("audio/") else "other"


__all__ = ["ImportOutcome", "import_paths", "expand_paths", "CaseError"]
