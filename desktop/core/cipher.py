"""Passphrase-encrypted cases: SQLCipher 4 through sqlcipher3, with its default settings (AES-256,
PBKDF2-HMAC-SHA512 with 256,000 iterations, an HMAC on every page).

SQLCipher keeps a file's salt in its first 16 bytes. The app chooses that salt: MAGIC, then 8 random
bytes, so an encrypted case is known as ours before any passphrase is asked (a file that is not ours
is never asked for one). It derives the key from the passphrase exactly as SQLCipher would and hands
it over raw with the salt; so `PRAGMA key = 'the passphrase'` in the sqlcipher tool opens the file too.

sqlcipher3 raises its own exception classes. `CipherConnection` turns them into the standard
library's (same class name, same SQLite error code), so sqlite-utils' fallbacks, the errors sorted
by code (sqlerrors.py) and every `except sqlite3.…` in the app work the same on both kinds of file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass

MAGIC = b"RCOcase\x01"      # the first half of an encrypted case's salt
SALT_SIZE = 16
KDF_ITERATIONS = 256_000     # SQLCipher 4's default
KEY_SIZE = 32
PAGE_SIZE = 65536            # as a plain case: fewest pages per 1 MiB chunk


def is_encrypted(head: bytes) -> bool:
    """Whether a file's first bytes are those of an encrypted case."""
    return head.startswith(MAGIC) and len(head) >= SALT_SIZE


@dataclass(frozen=True)
class CaseKey:
    """The raw key of an encrypted case and its salt: what a connection needs (and what a worker
    process is handed through its pipe, never the passphrase)."""

    key: bytes
    salt: bytes

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> "CaseKey":
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_SIZE)
        return cls(key, salt)

    @classmethod
    def new(cls, passphrase: str) -> "CaseKey":
        """A key for a new encrypted file, with a new salt."""
        return cls.derive(passphrase, MAGIC + os.urandom(SALT_SIZE - len(MAGIC)))

    def pragma_value(self) -> str:
        """The value of `PRAGMA key` / `ATTACH … KEY`: the raw key and the salt SQLCipher writes."""
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""

    def __repr__(self) -> str:  # never in a log or a traceback
        return "CaseKey(…)"


def driver():
    from sqlcipher3 import dbapi2  # loaded only for encrypted cases

    return dbapi2


def connect_raw(uri: str, *, uri_mode: bool, check_same_thread: bool, timeout: float, key: CaseKey | None):
    """A sqlcipher3 connection with the key applied (None: a plain file read through SQLCipher)."""
    conn = CipherConnection(driver().connect(uri, uri=uri_mode, check_same_thread=check_same_thread,
                                             timeout=timeout))
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message to give, not a log line
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
    return conn


def _stdlib(exc: BaseException) -> BaseException:
    """The standard library's exception of the same name and SQLite code."""
    kind = getattr(sqlite3, type(exc).__name__, sqlite3.DatabaseError)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.DatabaseError
    converted = kind(*exc.args)
    for attribute in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attribute):
            setattr(converted, attribute, getattr(exc, attribute))
    return converted


def _translated(call):
    def run(*args, **kwargs):
        try:
            return call(*args, **kwargs)
        except sqlite3.Error:
            raise
        except MemoryError as exc:
            # SQLCipher reports a page whose HMAC does not match as "out of memory" on some paths: it is
            # a changed or damaged page, and says so like any other.
            damaged = sqlite3.DatabaseError("a page of the encrypted file does not decrypt (changed or damaged)")
            damaged.sqlite_errorcode, damaged.sqlite_errorname = 11, "SQLITE_CORRUPT"
            raise damaged from exc
        except Exception as exc:
            if type(exc).__module__.startswith("sqlcipher3"):
                raise _stdlib(exc) from exc
            raise
    return run


class CipherCursor:
    def __init__(self, cursor):
        self._cursor = cursor

    def execute(self, *args):
        _translated(self._cursor.execute)(*args)
        return self

    def executemany(self, *args):
        _translated(self._cursor.executemany)(*args)
        return self

    def fetchone(self):
        return _translated(self._cursor.fetchone)()

    def fetchmany(self, *args):
        return _translated(self._cursor.fetchmany)(*args)

    def fetchall(self):
        return _translated(self._cursor.fetchall)()

    def __iter__(self):
        return self

    def __next__(self):
        return _translated(self._cursor.__next__)()

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class CipherConnection:
    """A sqlcipher3 connection that raises the standard library's exceptions."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, *args) -> CipherCursor:
        return CipherCursor(_translated(self._conn.execute)(*args))

    def executemany(self, *args) -> CipherCursor:
        return CipherCursor(_translated(self._conn.executemany)(*args))

    def executescript(self, script: str) -> CipherCursor:
        return CipherCursor(_translated(self._conn.executescript)(script))

    def cursor(self, *args) -> CipherCursor:
        return CipherCursor(self._conn.cursor(*args))

    def commit(self) -> None:
        _translated(self._conn.commit)()

    def rollback(self) -> None:
        _translated(self._conn.rollback)()

    def close(self) -> None:
        self._conn.close()

    def setlimit(self, category: int, limit: int) -> int:
        """sqlcipher3 cannot lower SQLite's limits (connection.py hardens plain files with them). An
        encrypted file opens only with its passphrase: a file the user's own app wrote, not one a stranger
        crafted, and every page's HMAC refuses a changed byte."""
        return -1

    def __enter__(self):
        self._conn.__enter__()
        return self

    def __exit__(self, *exc):
        return _translated(self._conn.__exit__)(*exc)

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __setattr__(self, name, value):
        if name == "_conn":
            object.__setattr__(self, name, value)
        else:
            setattr(self._conn, name, value)
