"""The case file: identity, version, journal, bad files, locking, migrations."""

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing

import pytest

from desktop.core import schema
from desktop.core.connection import APPLICATION_ID
from desktop.core.errors import CaseLocked, CorruptCase, NewerVersion, NotACaseFile, ReadOnlyMedium
from desktop.core.lifecycle import create_case, open_case, save_copy


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_case_identifies_itself_and_is_one_file(tmp_path):
    case = create_case(tmp_path / "mine", "我的案件")
    path = case.path
    assert path.name == "mine.refundcase"
    pragmas = {p: case.file.conn.execute(f"PRAGMA {p}").fetchone()[0]
               for p in ("application_id", "user_version", "journal_mode", "synchronous", "temp_store",
                         "trusted_schema", "cell_size_check", "mmap_size")}
    assert pragmas == {"application_id": APPLICATION_ID, "user_version": schema.schema_version_of_code(),
                       "journal_mode": "delete", "synchronous": 2, "temp_store": 2, "trusted_schema": 0,
                       "cell_size_check": 1, "mmap_size": 0}
    assert case.title == "我的案件"
    assert len(case.checklist.list()) >= 10
    case.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.refundcase"]


def test_creating_over_an_existing_file_is_refused(tmp_path):
    create_case(tmp_path / "a.refundcase").close()
    before = digest(tmp_path / "a.refundcase")
    with pytest.raises(Exception, match="already exists"):
        create_case(tmp_path / "a.refundcase")
    assert digest(tmp_path / "a.refundcase") == before


@pytest.mark.parametrize("kind", ["empty", "text", "truncated_header", "other_sqlite", "truncated", "corrupt",
                                  "missing", "folder"])
def test_bad_files_get_a_clear_error_and_stay_untouched(tmp_path, kind):
    target = tmp_path / "bad.refundcase"
    good = tmp_path / "good.refundcase"
    create_case(good, "good").close()
    expected = NotACaseFile
    if kind == "empty":
        target.write_bytes(b"")
    elif kind == "text":
        target.write_text("just some notes, not a database\n" * 10)
    elif kind == "truncated_header":
        target.write_bytes(good.read_bytes()[:50])
    elif kind == "other_sqlite":
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()
        conn.close()
    elif kind == "truncated":
        data = good.read_bytes()
        target.write_bytes(data[: len(data) // 3])
        expected = CorruptCase
    elif kind == "corrupt":
        data = bytearray(good.read_bytes())
        page = 65536
        for offset in range(page, len(data), page):  # scribble over every page but the header's
            data[offset + 8: offset + 400] = os.urandom(392)
        target.write_bytes(bytes(data))
        expected = CorruptCase
    elif kind == "folder":
        target.mkdir()
    before = digest(target) if target.is_file() else None
    with pytest.raises(expected) as error:
        open_case(target)
    message = str(error.value)
    assert "bad.refundcase" in message or str(target) in message
    assert "Traceback" not in message
    if before is not None:
        assert digest(target) == before
    leftovers = {p.name for p in tmp_path.iterdir()} - {"good.refundcase", "bad.refundcase"}
    assert leftovers == set()


def test_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.refundcase"
    create_case(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={schema.schema_version_of_code() + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerVersion, match="newer version"):
        open_case(path)
    assert digest(path) == before


def test_migrations_apply_from_a_blank_file_in_one_transaction_each(tmp_path):
    conn = sqlite3.connect(tmp_path / "blank.db")
    from sqlite_utils import Database

    applied = schema.migrate(Database(conn))
    assert applied == [m.name for m in schema.migrations._migrations]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(applied)
    assert schema.migrate(Database(conn)) == []
    conn.close()


def test_an_older_case_is_backed_up_then_migrated(tmp_path):
    from sqlite_utils import Database

    from desktop.core.connection import configure_new

    path = tmp_path / "old.refundcase"
    conn = sqlite3.connect(path)
    configure_new(conn)
    conn.commit()
    conn.close()  # a version-0 case file: ours, but no migration applied yet
    case = open_case(path)
    assert case.schema_version == schema.schema_version_of_code()
    case.close()
    backup = tmp_path / "old.backup-v0.refundcase"
    assert backup.exists() and digest(backup) != digest(path)
    with closing(sqlite3.connect(backup)) as old:  # the backup is the file as it was: ours, version 0, empty
        assert old.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert old.execute("PRAGMA user_version").fetchone()[0] == 0
    assert Database(sqlite3.connect(backup)).table_names() == []


def test_a_second_process_is_told_the_case_is_open_elsewhere(tmp_path):
    path = tmp_path / "shared.refundcase"
    create_case(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            sys.path.insert(0, {str(os.getcwd())!r})
            from desktop.core.lifecycle import open_case
            case = open_case({str(path)!r})
            print("open", flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(CaseLocked, match="already open"):
            open_case(path)
        with open_case(path, read_only=True) as reader:  # reading is still allowed
            assert reader.title == "shared"
    finally:
        holder.kill()
        holder.wait()
    # The killed holder left its lock file behind: a stale lock is taken over.
    assert (tmp_path / "shared.refundcase.lock").exists()
    with open_case(path) as case:
        assert case.title == "shared"
    assert not (tmp_path / "shared.refundcase.lock").exists()


def test_opening_twice_in_one_process_is_refused(case):
    with pytest.raises(CaseLocked):
        open_case(case.path)


def test_read_only_medium_is_a_plain_message(tmp_path, monkeypatch):
    path = tmp_path / "c.refundcase"
    create_case(path).close()
    real_access = os.access
    # A read-only stick: the app may read but not write (simulated: tests run as root, which ignores modes).
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode & os.W_OK else real_access(p, mode))
    before = digest(path)
    with pytest.raises(ReadOnlyMedium, match="read-only"):
        open_case(path)
    with open_case(path, read_only=True) as case:
        assert case.read_only and case.title == "c"
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.refundcase"]


def test_read_only_case_refuses_changes_plainly(case):
    path = case.path
    case.close()
    with open_case(path, read_only=True) as reader:
        with pytest.raises(ReadOnlyMedium):
            reader.details.update({"title": "x"})


def test_save_a_copy_is_consistent(case, tmp_path):
    case.details.update({"clinic_name": "美丽诊所"})
    copy = tmp_path / "copy.refundcase"
    save_copy(case, copy)
    with open_case(copy, read_only=True) as other:
        assert other.details.get()["clinic_name"] == "美丽诊所"


def test_case_details_round_trip_and_audit(case):
    changes = case.details.update({"clinic_name": "某某医疗美容诊所", "amount_paid": "12800.00",
                                   "demand_kind": "full_refund", "first_aware_date": "2026-03-02"})
    assert changes.previous["clinic_name"] == "" and changes.updated_ids("details") == {1}
    details = case.details.get()
    assert details["clinic_name"] == "某某医疗美容诊所" and details["demand_kind"] == "full_refund"
    assert case.audit_entries()[-1]["action"] == "case.edit"
    with pytest.raises(ValueError):
        case.details.update({"no_such_field": "x"})


def test_audit_log_is_append_only_and_chained(case):
    from desktop.core.audit import verify_chain

    case.details.update({"title": "t2"})
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        case.file.conn.execute("UPDATE audit_log SET action = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        case.file.conn.execute("DELETE FROM audit_log")
    case.file.conn.rollback()
    assert verify_chain(case.file.conn).intact
    # Someone who drops the triggers and edits an entry breaks the chain.
    case.file.conn.execute("DROP TRIGGER audit_log_no_update")
    case.file.conn.execute("UPDATE audit_log SET detail = '{}' WHERE id = 1")
    case.file.conn.commit()
    report = verify_chain(case.file.conn)
    assert not report.intact and report.broken_at == 1


def test_disk_full_leaves_the_case_as_it_was(case, tmp_path):
    from desktop.core.errors import NotEnoughSpace
    from desktop.core.importer import import_paths

    big = tmp_path / "video.bin"
    big.write_bytes(os.urandom(3 * 1024 * 1024))
    pages = case.file.conn.execute("PRAGMA page_count").fetchone()[0]
    case.file.conn.execute(f"PRAGMA max_page_count={pages + 20}")  # the disk 'fills' after ~300 KB
    with pytest.raises(NotEnoughSpace, match="disk is full"):
        import_paths(case, [big], fstype="ext4")
    case.file.conn.execute("PRAGMA max_page_count=4294967294")
    assert case.evidence.count() == 0
    assert case.file.conn.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 0
    assert case.file.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_room_is_checked_before_an_import(case, tmp_path):
    from desktop.core import space
    from desktop.core.errors import NotEnoughSpace

    with pytest.raises(NotEnoughSpace, match="free space"):
        space.check_room(case.path, [50 * 1024**2], free=10 * 1024**2, fstype="ext4")
    with pytest.raises(NotEnoughSpace, match="FAT32"):
        space.check_room(case.path, [3 * 1024**3, 1024**3], free=100 * 1024**3, fstype="vfat")
    space.check_room(case.path, [3 * 1024**3], free=100 * 1024**3, fstype="exfat")
    assert space.filesystem_type(tmp_path) != ""


def test_no_temporary_file_is_left_anywhere(case, tmp_path):
    from desktop.core.importer import import_paths
    from tests.helpers import PHOTOS

    import_paths(case, [PHOTOS / "Canon_40D.jpg"])
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["test.refundcase", "test.refundcase.lock"]
