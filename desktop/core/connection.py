"""The one place where SQLite connections to case files are opened.

A passphrase-encrypted case is opened through sqlcipher3 (cipher.py), with the same settings and
the standard library's exceptions, so nothing above this module tells the two apart. Every connection is hardened for untrusted files and tuned for removable media:
rollback journal (WAL breaks on some FAT/exFAT sticks and leaves side files), synchronous=FULL
(a yanked stick or power cut loses at most the change in flight), temp_store=MEMORY (no temp
file in the host's temp folder).
"""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from desktop.core import cipher
from desktop.core.cipher import CaseKey
from desktop.core.errors import CorruptCase, NotACaseFile, ReadOnlyMedium, WrongPassphrase
from desktop.core.schema_check import check_schema, check_value_types, quoted

APPLICATION_ID = 0x52434F31  # "RCO1": Refund Case Organizer
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
BUSY_TIMEOUT_MS = 5000
# Lower limits for files we did not write ourselves: a hostile file cannot make us build huge values.
_LIMITS = {
    "SQLITE_LIMIT_LENGTH": 64 * 1024 * 1024,
    "SQLITE_LIMIT_SQL_LENGTH": 1_000_000,
    "SQLITE_LIMIT_COLUMN": 200,
    "SQLITE_LIMIT_EXPR_DEPTH": 200,
    "SQLITE_LIMIT_COMPOUND_SELECT": 50,
    "SQLITE_LIMIT_ATTACHED": 0,
    "SQLITE_LIMIT_TRIGGER_DEPTH": 20,
}


class DamagedText(CorruptCase, sqlite3.DatabaseError):
    """Text in the file that is not UTF-8: a value, or a name of the schema that SQLite quotes in an
    error. The app writes only UTF-8 and SQLite's checks never decode text, so this is damage found
    late. Both a plain error and a SQLite one, so that whatever handles a damaged page handles it too."""

    sqlite_errorcode = 11  # SQLITE_CORRUPT
    sqlite_errorname = "SQLITE_CORRUPT"


def _text_reader(path: Path):
    """The connection's text_factory. sqlite3's own raises an OperationalError without SQLite's error
    code for a text that is not UTF-8: a bug, to anything that sorts errors by their code."""
    def decoded(raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DamagedText.unreadable(path, "a text in it is not valid UTF-8") from None
    return decoded


def _unreadable_message(path: Path, exc: UnicodeDecodeError) -> DamagedText:
    """sqlite3 decodes SQLite's error message strictly: one quoting a damaged statement of the schema
    ("malformed database schema (…) - near …", a byte that is not UTF-8 in the word) arrives as a
    UnicodeDecodeError instead, and loses its error code."""
    message = exc.object.decode("utf-8", "replace") if isinstance(exc.object, bytes) else str(exc)
    return DamagedText.unreadable(path, message)


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int  # -1 for an encrypted case: its header is read once it is opened with its key
    page_size: int
    salt: bytes = b""  # an encrypted case's salt (its first 16 bytes); empty for a plain one

    @property
    def encrypted(self) -> bool:
        return bool(self.salt)


def read_header(path: Path) -> Header:
    """Identify a file from its first 100 bytes without letting SQLite touch it."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEADER_SIZE)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        raise NotACaseFile(f"There is no file at {path}.", str(path), code="not_a_case.missing",
                          location=str(path)) from None
    except IsADirectoryError:
        raise NotACaseFile(f"{path} is a folder, not a case file.", str(path), code="not_a_case.folder",
                          location=str(path)) from None
    except PermissionError:
        raise ReadOnlyMedium(f"The app is not allowed to read {path}.", str(path), code="permission.read",
                             location=str(path)) from None
    if size == 0:
        raise NotACaseFile(f"{path.name} is empty (0 bytes): it is not a case file.", str(path),
                          code="not_a_case.empty", name=path.name)
    if cipher.is_encrypted(head):
        if size < cipher.PAGE_SIZE:
            raise CorruptCase(f"{path.name} is truncated: it is shorter than one database page.", str(path),
                              code="corrupt.truncated", name=path.name)
        return Header(APPLICATION_ID, -1, cipher.PAGE_SIZE, head[:cipher.SALT_SIZE])
    if len(head) < HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        raise NotACaseFile(
            f"{path.name} is not a case file (it is not a SQLite database).", str(path),
            code="not_a_case.not_sqlite", name=path.name,
        )
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    user_version, application_id = struct.unpack(">i", head[60:64])[0], struct.unpack(">I", head[68:72])[0]
    if application_id != APPLICATION_ID:
        raise NotACaseFile(
            f"{path.name} is a database of another program, not a Refund Case Organizer case file.",
            str(path), code="not_a_case.other_program", name=path.name,
        )
    if size < page_size:
        raise CorruptCase(f"{path.name} is truncated: it is shorter than one database page.", str(path),
                          code="corrupt.truncated", name=path.name)
    return Header(application_id, user_version, page_size)


def _uri(path: Path, read_only: bool) -> str:
    return f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"


def connect(path: Path, *, read_only: bool, check_same_thread: bool = True,
            key: CaseKey | None = None) -> sqlite3.Connection:
    """Open a hardened connection (to an encrypted case with its key). Persistent settings (journal
    mode, page size) are set elsewhere, only once the file is known to be ours."""
    uri = _uri(path, read_only)
    try:
        if key is None:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=check_same_thread,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            conn = cipher.connect_raw(uri, uri_mode=True, check_same_thread=check_same_thread,
                                      timeout=BUSY_TIMEOUT_MS / 1000, key=key)
    except sqlite3.OperationalError as exc:
        if not read_only:
            raise ReadOnlyMedium(f"{path.name} cannot be opened for writing: {exc}.", str(path),
                                 code="read_only.open", name=path.name, detail=str(exc)) from exc
        raise NotACaseFile(f"{path.name} cannot be opened: {exc}.", str(path), code="not_a_case.cannot_open",
                           name=path.name, detail=str(exc)) from exc
    for name, value in _LIMITS.items():
        conn.setlimit(getattr(sqlite3, name), value)
    conn.text_factory = _text_reader(path)
    try:
        if key is not None:
            _check_key(conn, path)  # before any setting: some read the first page
        for pragma in (
            "trusted_schema=OFF",
            "cell_size_check=ON",
            "mmap_size=0",
            "temp_store=MEMORY",
            "foreign_keys=ON",
            "synchronous=FULL",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            conn.execute(f"PRAGMA {pragma}")
    except UnicodeDecodeError as exc:
        conn.close()
        raise _unreadable_message(path, exc) from None
    except BaseException:
        conn.close()  # the caller never got it
        raise
    return conn


def read_through_cipher(path: Path):
    """A plain case, already opened and checked, read through SQLCipher: what sqlcipher_export needs
    to write it anew encrypted (passphrase.py)."""
    return cipher.connect_raw(_uri(path, read_only=True), uri_mode=True, check_same_thread=True,
                              timeout=BUSY_TIMEOUT_MS / 1000, key=None)


def _check_key(conn, path: Path) -> None:
    """The first read of an encrypted file tells whether the key opens it: every page carries an HMAC."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == 26:  # SQLITE_NOTADB: page 1 does not decrypt
            raise WrongPassphrase(f"The passphrase does not open {path.name}. Check it and try again; nothing "
                                  "was changed.", str(path), code="passphrase.wrong", name=path.name) from None
        raise


def header_of(conn, path: Path) -> Header:
    """An encrypted case's header, read through its key: what read_header reads of a plain one."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id != APPLICATION_ID:
        raise NotACaseFile(f"{path.name} is a database of another program, not a Refund Case Organizer case file.",
                           str(path), code="not_a_case.other_program", name=path.name)
    return Header(application_id, conn.execute("PRAGMA user_version").fetchone()[0], cipher.PAGE_SIZE)


# The tables of stored content: nearly all of a case file. Opening a case does not read them through.
# Each item's SHA-256, checked whenever its content is read, exported or verified, guards the content;
# a thumbnail is a picture made from it, read only when shown (a damaged one shows as a placeholder
# and is made again). File › Check the case file checks both with the rest.
CONTENT_TABLES = ("blob_chunks", "thumbnails")


def check_structure(conn: sqlite3.Connection, path: Path) -> None:
    """The schema against the one the app expects at the file's version, then SQLite's integrity_check
    of every table and its indexes except the stored content and its pictures, and the types of their
    values: what opening a case needs, read without going through the whole file. integrity_check, not
    quick_check: quick_check sees pages but not records, and a damaged record would only show when a
    view reads it. All of it takes about 30 ms on a case of 2,000 items and 5,000 events (7 ms before)."""
    try:
        check_schema(conn, path)
        tables = conn.execute("SELECT name, coalesce(sql, '') LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master "
                              "WHERE type = 'table'").fetchall()
        for table, virtual in tables:
            if virtual:
                # FTS5 reads its settings when first used, and calls a damaged one an SQL error (not damage).
                conn.execute(f"SELECT rowid FROM {quoted(table)} LIMIT 1").fetchall()
            elif table not in CONTENT_TABLES:
                _report(conn.execute(f"PRAGMA integrity_check({quoted(table)})").fetchall(), path)
                check_value_types(conn, path, table)
    except UnicodeDecodeError as exc:
        raise _unreadable_message(path, exc) from None
    except CorruptCase:
        raise
    except sqlite3.DatabaseError as exc:
        raise CorruptCase.unreadable(path, exc) from exc


def quick_check(conn: sqlite3.Connection, path: Path, encrypted: bool = False) -> None:
    """SQLite's quick_check of the whole file, stored content included (File › Check the case file);
    of an encrypted one, every page's HMAC first (a changed byte anywhere)."""
    try:
        if encrypted and (problems := conn.execute("PRAGMA cipher_integrity_check").fetchall()):
            _report(problems, path)  # it lists only what it found
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise CorruptCase.unreadable(path, exc) from exc
    _report(rows, path)


def _report(rows: list, path: Path) -> None:
    if rows != [("ok",)]:
        raise CorruptCase.found(path, "; ".join(str(r[0]) for r in rows[:3]))


def connect_new(path: Path, key: CaseKey | None = None) -> sqlite3.Connection:
    """A connection that creates a file: a new case being built, a backup or a copy being written
    (encrypted with `key`)."""
    if key is not None:
        conn = cipher.connect_raw(str(path), uri_mode=False, check_same_thread=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                  key=key)
    else:
        conn = sqlite3.connect(path)
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def configure_new(conn: sqlite3.Connection) -> None:
    """Persistent settings for a file we are creating."""
    conn.execute("PRAGMA page_size=65536")  # fewest pages per 1 MiB chunk: the fastest import measured
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
