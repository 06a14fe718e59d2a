"""SQLite errors are sorted by their result code, never by the words of their message: each class
is produced for real where this machine allows, and named in the user's terms."""

import sqlite3

import pytest

from desktop.core import sqlerrors
from desktop.core.errors import CaseError, CaseLocked, CorruptCase, NotEnoughSpace, ReadOnlyMedium


def _fill_up(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages}")  # the disk is "full" after the next page
    conn.execute("INSERT INTO t VALUES (zeroblob(100000))")


def _write_read_only(path):
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.commit()
    sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True).execute("INSERT INTO t VALUES (1)")


def _write_while_another_writes(path):
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t(x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0)
    other.execute("INSERT INTO t VALUES (1)")


def _io_error(path):
    # A pulled stick gives SQLITE_IOERR_* from the VFS, which no portable test can cause; this is that
    # error as the driver raises it (extended code SQLITE_IOERR_WRITE), with a message that would
    # mislead any wording-based guess.
    error = sqlite3.OperationalError("database or disk is full?")
    error.sqlite_errorcode, error.sqlite_errorname = 778, "SQLITE_IOERR_WRITE"
    raise error


def _read_damaged(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(b"x" * 500,)] * 50)
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096:4096 + 12] = b"\xff" * 12  # the table's root page no longer says what kind of page it is
    path.write_bytes(bytes(data))
    sqlite3.connect(path).execute("SELECT count(*), sum(length(x)) FROM t").fetchone()


@pytest.mark.parametrize("cause, kind, error_type, code", [
    (_fill_up, "full", NotEnoughSpace, "disk_full"),
    (_write_read_only, "read_only", ReadOnlyMedium, "read_only.write"),
    (_write_while_another_writes, "busy", CaseLocked, "locked.busy"),
    (_io_error, "io", CaseError, "io_error"),
    (_read_damaged, "corrupt", CorruptCase, "corrupt"),
])
def test_each_class_of_sqlite_error_becomes_its_plain_message(tmp_path, cause, kind, error_type, code):
    path = tmp_path / "c.refundcase"
    with pytest.raises(sqlite3.Error) as raised:
        cause(path)
    assert sqlerrors.classify(raised.value) == kind
    plain = sqlerrors.translate(raised.value, path)
    assert type(plain) is error_type and plain.code == code and plain.params["name"] == "c.refundcase"


def test_other_errors_are_left_as_they_are_for_the_crash_report(tmp_path):
    conn = sqlite3.connect(tmp_path / "c.refundcase")
    with pytest.raises(sqlite3.Error) as raised:
        conn.execute("SELECT * FROM no_such_table")
    assert sqlerrors.classify(raised.value) is None
    assert sqlerrors.translate(raised.value, tmp_path / "c.refundcase") is raised.value
    assert sqlerrors.classify(ValueError("disk is full")) is None
