"""Opening a case checks its structure against the one the app makes at the file's version: a damaged
CREATE statement that SQLite still parses, an object a hostile file added, a version in the header that
is not the schema's, a value not of its column's type, a name that is not UTF-8, the search index's
settings. Each is refused before anything reads or writes the file, as one plain message."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3

import pytest
from sqlite_utils import Database

from desktop.cli.main import main as cli_main
from desktop.core import schema
from desktop.core.clock import now_iso
from desktop.core.connection import configure_new, connect_new
from desktop.core.errors import CaseError, CorruptCase
from desktop.core.lifecycle import create_case, open_case


@pytest.fixture
def path(tmp_path):
    made = tmp_path / "case.refundcase"
    with create_case(made, "结构 structure") as case:
        case.timeline.add("2026-03-02", "寄出要求函", kind="demand")
    return made


def edited(path, *statements, params=()) -> None:
    """Change the file as a hostile program would, through SQLite itself."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA writable_schema=ON")
        for statement in statements:
            conn.execute(statement, params)
        conn.commit()


def refused(path, *texts) -> CorruptCase:
    """Opened both ways, refused plainly both times; the file and its folder as they were."""
    before, listing = hashlib.sha256(path.read_bytes()).digest(), sorted(path.parent.iterdir())
    for read_only in (True, False):
        with pytest.raises(CorruptCase) as error:
            open_case(path, read_only=read_only)
        assert path.name in str(error.value) and all(text in str(error.value) for text in texts), error.value
    assert hashlib.sha256(path.read_bytes()).digest() == before and sorted(path.parent.iterdir()) == listing
    return error.value


def one_error_line(capsys, *argv) -> str:
    assert cli_main(list(map(str, argv))) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert captured.out == "" and len(lines) == 1 and lines[0].startswith("error: "), captured
    return lines[0]


def test_a_column_renamed_in_its_create_statement_is_refused_not_queried(path, capsys):
    """What a tester's changed bytes did: the file passed quick_check, then a query failed with
    'no such column: prev_hash'."""
    edited(path, "UPDATE sqlite_master SET sql = replace(sql, 'prev_hash', 'prev_hasx') WHERE name = 'audit_log'")
    error = refused(path, "structure is not what this version of the app expects")
    assert error.code == "corrupt.check"
    for command in ("info", "verify"):
        assert "case.refundcase is damaged" in one_error_line(capsys, command, path)
    assert "case.refundcase is damaged" in one_error_line(capsys, "search", path, "要求函")


@pytest.mark.parametrize("statement", [
    "CREATE VIEW extra AS SELECT 1",
    "CREATE TABLE extra(x)",
    "CREATE TRIGGER extra AFTER INSERT ON events BEGIN SELECT 1; END",
    "DROP INDEX events_when",
])
def test_an_object_added_or_an_index_dropped_is_refused(path, statement):
    edited(path, statement)
    refused(path, "structure is not what")


def test_a_dropped_trigger_still_opens_and_verify_reports_what_was_changed(path):
    """A trigger protects against the app's own mistakes; what someone changed while it was gone is
    found by verify (here the audit chain), so the case opens to say so."""
    edited(path, "DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET detail = '{}' WHERE id = 1")
    with open_case(path, read_only=True) as case:
        assert case.audit_chain().broken_at == 1


def test_a_version_in_the_header_that_is_not_the_schemas_is_refused_not_migrated(path):
    """Before, a lowered version had a writable open back the file up beside it and migrate it again."""
    edited(path, "PRAGMA user_version = 3")
    refused(path, "structure is not what")


@pytest.mark.parametrize("version", range(1, schema.schema_version_of_code()))
def test_an_older_case_is_checked_against_its_own_versions_schema(tmp_path, version):
    path = tmp_path / "old.refundcase"
    with contextlib.closing(connect_new(path)) as conn:
        configure_new(conn)
        stop = schema.migration_names()[version]
        assert len(schema.migrate(Database(conn, execute_plugins=False), stop_before=stop)) == version
        conn.execute("INSERT INTO case_details(id, title, created_at, updated_at) VALUES (1, 'old', ?, ?)",
                     [now_iso(), now_iso()])
        conn.commit()
    with pytest.raises(CaseError) as older:
        open_case(path, read_only=True)
    assert older.value.code == "older_version"  # its structure passed: only its version stops a read-only open
    with open_case(path) as case:
        assert case.schema_version == schema.schema_version_of_code() and case.title == "old"


@pytest.mark.parametrize("statement, params", [
    ("UPDATE evidence SET size = 'large' WHERE id = 1", ()),
    ("UPDATE events SET title = CAST(title AS BLOB)", ()),  # one bit of a record's header: the same bytes
    ("UPDATE steps SET position = 2.5 WHERE id = 1", ()),
])
def test_a_value_not_of_its_columns_type_is_refused(path, probe_pool, statement, params):
    from desktop.core.importer import import_paths
    from tests.helpers import PHOTOS

    with open_case(path) as case:
        import_paths(case, [PHOTOS / "Canon_40D.jpg"], pool=probe_pool)
    edited(path, "DROP TRIGGER evidence_identity_immutable", statement)
    refused(path, "a value in its table", "is not of its column's type")


def test_a_name_that_is_not_utf8_is_refused_plainly(path, capsys):
    """SQLite quotes the damaged statement in its message, which Python cannot decode: that was a
    UnicodeDecodeError out of the command line."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'").fetchone()[0]
    damaged = sql.encode().replace(b"TRIGGER", b"TR\xfdGGER")
    edited(path, "UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'audit_log_no_update'",
           params=[damaged])
    error = refused(path, "damaged and cannot be read")
    assert isinstance(error, sqlite3.DatabaseError)  # a damaged file to what handles damage, too
    assert "case.refundcase is damaged" in one_error_line(capsys, "info", path)


def test_damaged_search_index_settings_are_refused_at_opening(path, capsys):
    """FTS5 reports a damaged setting as an SQL error, not as damage: it would have been a traceback
    from `search`."""
    edited(path, "UPDATE search_index_config SET v = 0 WHERE k = 'version'")
    refused(path, "fts5")
    assert "case.refundcase is damaged" in one_error_line(capsys, "search", path, "要求函")
