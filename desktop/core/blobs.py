"""Content storage: each stored file is a blob, its bytes in 1 MiB chunks (so a long video never
sits in memory whole), its SHA-256 written once when the content is complete, and its thumbnail.

A blob without a hash is content still being written (a big file goes in over several commits);
it is no evidence until it has one, and `discard_unfinished` removes what a crash leaves."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

from desktop.core.clock import now_iso

CHUNK_SIZE = 1024 * 1024


class Cancelled(Exception):
    """The user stopped the work; what was in progress is dropped."""


# Where a thumbnail came from: the picture a camera embeds in its EXIF (stored at import, shown
# first) or one made from the whole picture (the background pass). EXIF_ONLY: the whole picture
# could not be read, the camera's stays; NONE: no picture can be made.
EXIF, FULL, EXIF_ONLY, NONE = "exif", "full", "exif-only", "none"


@dataclass(frozen=True)
class Thumbnail:
    format: str
    width: int
    height: int
    data: bytes
    source: str = FULL


def new_blob(conn: sqlite3.Connection) -> int:
    return conn.execute("INSERT INTO blobs(size, stored_at) VALUES (0, ?)", [now_iso()]).lastrowid


class BlobWriter:
    """A file being streamed into chunks of one blob, hashed on the way."""

    def __init__(self, handle: BinaryIO, is_cancelled: Callable[[], bool]):
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

    def seal(self, conn: sqlite3.Connection) -> str:
        """Record the hash of the complete content; from now on it never changes (a trigger)."""
        sha256 = self.digest.hexdigest()
        conn.execute("UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?", [sha256, self.size, self.blob_id])
        return sha256


def find_by_hash(conn: sqlite3.Connection, sha256: str) -> int | None:
    """The evidence item that already holds this content, if any."""
    row = conn.execute("SELECT e.id FROM blobs b JOIN evidence e ON e.blob_id = b.id WHERE b.sha256 = ?",
                       [sha256]).fetchone()
    return row[0] if row else None


def iter_chunks(conn: sqlite3.Connection, blob_id: int) -> Iterator[bytes]:
    """The stored bytes, chunk by chunk, one row read at a time (bounded memory for any size)."""
    seq = -1
    while True:
        chunk = conn.execute("SELECT seq, data FROM blob_chunks WHERE blob_id = ? AND seq > ? ORDER BY seq LIMIT 1",
                             [blob_id, seq]).fetchone()
        if chunk is None:
            return
        seq = chunk[0]
        yield chunk[1]


def put_thumbnail(conn: sqlite3.Connection, blob_id: int, width: int, height: int, data: bytes,
                  source: str = FULL) -> None:
    """Store (or replace) a blob's thumbnail; source NONE with no data records that none can be made."""
    conn.execute("INSERT OR REPLACE INTO thumbnails(blob_id, format, width, height, data, source) "
                 "VALUES (?, ?, ?, ?, ?, ?)", [blob_id, "none" if source == NONE else "jpeg", width, height, data, source])


def set_picture_notes(conn: sqlite3.Connection, blob_id: int, notes: str) -> None:
    """What could not be read when its picture was made (JSON notes), after the import."""
    conn.execute("UPDATE blobs SET picture_notes = ? WHERE id = ?", [notes, blob_id])


def thumbnail(conn: sqlite3.Connection, blob_id: int) -> Thumbnail | None:
    """The picture to show for a blob, if it has one. A damaged page of pictures is none: opening
    leaves the thumbnails out of its check, and Check the case file names the damage."""
    try:
        row = conn.execute("SELECT format, width, height, data, source FROM thumbnails WHERE blob_id = ? "
                           "AND source != ?", [blob_id, NONE]).fetchone()
    except sqlite3.DatabaseError:
        return None
    return Thumbnail(*row) if row else None


def blobs_without_picture(conn: sqlite3.Connection, media_types: tuple[str, ...]) -> list[int]:
    """Blobs of these types that have no thumbnail made from the whole picture yet, nor a record that
    none can be made (the background pass's work list)."""
    marks = ", ".join("?" for _ in media_types)
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT e.blob_id FROM evidence e LEFT JOIN thumbnails t ON t.blob_id = e.blob_id "
        f"WHERE e.media_type IN ({marks}) AND (t.blob_id IS NULL OR t.source = ?) ORDER BY e.blob_id",
        [*media_types, EXIF])]


def delete(conn: sqlite3.Connection, blob_id: int) -> None:
    """Remove a blob for good, with its chunks and thumbnail (emptying the trash)."""
    conn.execute("DELETE FROM blob_chunks WHERE blob_id = ?", [blob_id])
    conn.execute("DELETE FROM thumbnails WHERE blob_id = ?", [blob_id])
    conn.execute("DELETE FROM text_lines WHERE blob_id = ?", [blob_id])
    conn.execute("DELETE FROM text_reads WHERE blob_id = ?", [blob_id])
    conn.execute("DELETE FROM blobs WHERE id = ?", [blob_id])


def delete_unfinished(conn: sqlite3.Connection, blob_ids: list[int]) -> None:
    for blob_id in blob_ids:
        conn.execute("DELETE FROM blob_chunks WHERE blob_id = ?", [blob_id])
        conn.execute("DELETE FROM blobs WHERE id = ? AND sha256 IS NULL", [blob_id])


def count_unfinished(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM blobs WHERE sha256 IS NULL").fetchone()[0]


def discard_unfinished(conn: sqlite3.Connection) -> int:
    """Remove content of imports that never finished (a crash while staging a big file)."""
    unfinished = [r[0] for r in conn.execute("SELECT id FROM blobs WHERE sha256 IS NULL")]
    delete_unfinished(conn, unfinished)
    return len(unfinished)
