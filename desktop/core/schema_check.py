"""A case file's schema compared with the one this version of the app makes at the file's version.

SQLite's quick_check finds damaged pages, not a damaged schema: a changed byte in the text of a
CREATE statement still parses, and then a query fails on a column that is not there, or a hostile
file brings tables, views or triggers of its own. The expected schema of a version is what the
migrations up to that version make, replayed once on an empty database in memory."""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from desktop.core import schema
from desktop.core.errors import CorruptCase

# An object of the schema as sqlite_master lists it: type, name, table, CREATE statement.
SchemaObject = tuple[str, str, str, str | None]
UNEXPECTED = "its structure is not what this version of the app expects"
# What a column of each declared type may hold. SQLite does not hold these tables to their declared
# types (they are not STRICT), so one changed bit turns a text into a blob of the same length, and a
# hostile file can put a text where a size goes; the app's code relies on the types.
_STORAGE = {"TEXT": "'text', 'null'", "INTEGER": "'integer', 'null'"}


@cache
def expected_schema(version: int) -> frozenset[SchemaObject] | None:
    """What the migrations make up to `version`; None for a version no migration reaches.
    Version 0 is a file made ours (its application id) before any migration ran: empty."""
    names = schema.migration_names()
    if not 0 <= version <= len(names):
        return None
    if version == 0:
        return frozenset()
    conn = sqlite3.connect(":memory:")
    try:
        schema.migrate(Database(conn, execute_plugins=False),
                       stop_before=names[version] if version < len(names) else None)
        return frozenset(_objects(conn))
    finally:
        conn.close()


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file whose schema differs from its version's: an object missing, changed or added.
    A trigger that was dropped is allowed: every query still works without one, and `verify`
    reports what was changed while it was gone (the content's SHA-256, the audit chain)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    expected = expected_schema(version)
    found = _objects(conn)
    if expected is None or not found <= expected or {o for o in expected - found if o[0] != "trigger"}:
        raise CorruptCase.found(path, UNEXPECTED)


def check_value_types(conn: sqlite3.Connection, path: Path, table: str) -> None:
    """Refuse a table (of the expected schema) holding a value its column's declared type does not
    allow (a NULL in a NOT NULL column is integrity_check's to find)."""
    tests = [f"typeof({quoted(column)}) NOT IN ({_STORAGE[declared]})"
             for _, column, declared, *_ in conn.execute(f"PRAGMA table_info({quoted(table)})")
             if declared in _STORAGE]
    if tests and conn.execute(f"SELECT 1 FROM {quoted(table)} WHERE {' OR '.join(tests)} LIMIT 1").fetchone():
        raise CorruptCase.found(path, f"a value in its table {table} is not of its column's type")


def quoted(name: str) -> str:
    """An identifier (a table or column name) quoted for SQL."""
    return '"' + name.replace('"', '""') + '"'


def _objects(conn: sqlite3.Connection) -> set[SchemaObject]:
    return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
