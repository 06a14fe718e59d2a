"""SQLite errors sorted by their result code, never by the wording of their message (which
differs between SQLite versions and drivers), and turned into errors a user can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NoReturn

from desktop.core.errors import CaseError, CaseLocked, CorruptCase, NotEnoughSpace, ReadOnlyMedium

# Primary result codes (https://sqlite.org/rescode.html); extended codes keep these in their low byte.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26

_CLASSES = {
    SQLITE_FULL: "full",
    SQLITE_READONLY: "read_only",
    SQLITE_BUSY: "busy",
    SQLITE_LOCKED: "busy",
    SQLITE_IOERR: "io",
    SQLITE_CANTOPEN: "io",
    SQLITE_CORRUPT: "corrupt",
    SQLITE_NOTADB: "corrupt",
}


def classify(exc: BaseException) -> str | None:
    """'full', 'read_only', 'busy', 'io' or 'corrupt'; None for anything else (a bug, most likely)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    return _CLASSES.get(code & 0xFF)


def translate(exc: sqlite3.Error, path: Path) -> CaseError | sqlite3.Error:
    """The plain error for `exc` on the case at `path`, or `exc` itself when it is not one a user can fix."""
    path = Path(path)
    if isinstance(exc, CaseError):
        return exc  # plain already (connection.DamagedText is both)
    kind = classify(exc)
    if kind == "full":
        return NotEnoughSpace("The disk is full: the change was not saved, and the case is as it was before.",
                              str(path), code="disk_full", name=path.name)
    if kind == "read_only":
        return ReadOnlyMedium(f"{path.name} cannot be written (read-only disk or file): the change was not saved.",
                              str(path), code="read_only.write", name=path.name)
    if kind == "busy":
        return CaseLocked(f"{path.name} is busy in another program; try again in a moment.", str(path),
                          code="locked.busy", name=path.name)
    if kind == "io":
        return CaseError(f"Reading or writing {path.name} failed (was the USB stick removed?). "
                         "The last change was not saved.", str(path), code="io_error", name=path.name)
    if kind == "corrupt":
        return CorruptCase.unreadable(path, exc)
    return exc


def raise_plain(exc: sqlite3.Error, path: Path) -> NoReturn:
    """Raise the plain error for `exc` (call it in the `except` block), or `exc` itself."""
    translated = translate(exc, path)
    if translated is exc:
        raise exc
    raise translated from exc
