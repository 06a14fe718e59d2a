"""An open case file: its path, its SQLite connection, whether it may be written, and the one
way to change it, `transaction()`. Every store writes through here."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from filelock import FileLock
from sqlite_utils import Database

from desktop.core import locking, sqlerrors
from desktop.core.cipher import CaseKey
from desktop.core.errors import CaseGone, CorruptCase, ReadOnlyMedium

CASE_SUFFIX = ".refundcase"


class CaseFile:
    """Not thread-safe: a worker thread opens its own connection (`Case.secondary`)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, lock: FileLock | None = None,
                 key: CaseKey | None = None):
        self.path = Path(path)
        self.key = key  # an encrypted case's key: other connections to it (worker threads, copies) need it
        self.conn: sqlite3.Connection | None = conn
        self.db = Database(conn, execute_plugins=False)
        self.read_only = read_only
        self._lock = lock
        self._identity = _identity(self.path)

    def still_there(self) -> bool:
        """Whether the path still leads to the file that was opened. A pulled stick, a moved or deleted
        file or folder: SQLite would go on writing to a file nobody can reach any more."""
        return self._identity is not None and _identity(self.path) == self._identity

    @property
    def closed(self) -> bool:
        return self.conn is None

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One change, all or nothing (nested ones are savepoints of the outer change); a full disk,
        a read-only medium or a vanished stick becomes a plain message."""
        if self.read_only:
            raise ReadOnlyMedium("This case is open read-only: changes cannot be saved.", str(self.path),
                                 code="read_only.opened")
        if not self.conn.in_transaction and not self.still_there():
            raise CaseGone(f"{self.path.name} can no longer be reached (was the USB stick removed, or the file or its "
                           "folder moved?). Everything saved before is in the file; this change was not saved.",
                           str(self.path), code="gone", name=self.path.name)
        try:
            with self.db.atomic():
                yield self.conn
        except sqlite3.Error as exc:
            sqlerrors.raise_plain(exc, self.path)

    def damaged(self, detail: str) -> CorruptCase:
        """The plain error for what opening cannot check: a row the case must have is missing, or a
        value holds what no version of the app writes (a letter's text that is not its fields)."""
        return CorruptCase.found(self.path, detail)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self._lock is not None:
            locking.release(self._lock)
            self._lock = None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino
