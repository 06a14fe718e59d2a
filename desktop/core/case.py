"""Opening, creating and closing case files, and the case's own details."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout
from sqlite_utils import Database

from desktop.core import audit, search
from desktop.core.clock import now_iso
from desktop.core.connection import configure_new, connect, connect_new, quick_check, read_header
from desktop.core.errors import CaseError, CaseLocked, CorruptCase, NewerVersion, NotEnoughSpace, ReadOnlyMedium
from desktop.core.playbook import DEFAULT_PLAYBOOK
from desktop.core.schema import migrate, schema_version_of_code

CASE_SUFFIX = ".refundcase"
DETAIL_FIELDS = (
    "title", "complainant_name", "complainant_phone", "complainant_address",
    "clinic_name", "clinic_address", "clinic_credit_code", "clinic_licence_no", "clinic_phone",
    "practitioner", "treatment", "treatment_dates", "amount_paid", "payment_method", "payment_refs",
    "demand_kind", "demand_amount", "refund_clause", "refund_clause_text", "first_aware_date", "notes",
)


class Case:
    """An open case file. Not thread-safe: a worker thread opens its own with `secondary()`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool, lock: FileLock | None):
        from desktop.core.checklist import Checklist
        from desktop.core.evidence import EvidenceStore
        from desktop.core.timeline import Timeline

        self.path = path
        self.conn = conn
        self.db = Database(conn, execute_plugins=False)
        self.read_only = read_only
        self._lock = lock
        self.evidence = EvidenceStore(self)
        self.timeline = Timeline(self)
        self.checklist = Checklist(self)

    # -- lifetime -------------------------------------------------------------------------
    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        if self._lock is not None:
            _release(self._lock)
            self._lock = None

    def __enter__(self) -> "Case":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def secondary(self, read_only: bool = False) -> "Case":
        """Another connection to the same file, for a worker thread of this process (it shares our lock)."""
        conn = connect(self.path, read_only=read_only or self.read_only, check_same_thread=False)
        return Case(self.path, conn, read_only or self.read_only, None)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # -- transactions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One change, all or nothing; disk-full and read-only errors become plain messages."""
        if self.read_only:
            raise ReadOnlyMedium("This case is open read-only: changes cannot be saved.", str(self.path),
                                 code="read_only.opened")
        try:
            with self.db.atomic():
                yield self.conn
        except sqlite3.OperationalError as exc:
            raise translate_sqlite_error(exc, self.path) from exc

    # -- details --------------------------------------------------------------------------
    def details(self) -> dict:
        row = self.conn.execute(f"SELECT {', '.join(DETAIL_FIELDS)}, is_sample, playbook_id, created_at, updated_at "
                                "FROM case_details WHERE id = 1").fetchone()
        names = [*DETAIL_FIELDS, "is_sample", "playbook_id", "created_at", "updated_at"]
        return dict(zip(names, row))

    @property
    def title(self) -> str:
        return self.conn.execute("SELECT title FROM case_details WHERE id = 1").fetchone()[0]

    @property
    def playbook_id(self) -> str:
        return self.conn.execute("SELECT playbook_id FROM case_details WHERE id = 1").fetchone()[0]

    def update_details(self, changes: dict[str, str]) -> dict[str, str]:
        """Set some details; returns their previous values (what an undo needs)."""
        unknown = set(changes) - set(DETAIL_FIELDS)
        if unknown:
            raise ValueError(f"unknown case fields: {sorted(unknown)}")
        if not changes:
            return {}
        before = self.details()
        previous = {k: before[k] for k in changes}
        if previous == changes:
            return previous
        with self.transaction() as conn:
            assignments = ", ".join(f"{k} = ?" for k in changes)
            conn.execute(f"UPDATE case_details SET {assignments}, updated_at = ? WHERE id = 1",
                         [*(str(v) for v in changes.values()), now_iso()])
            search.reindex(conn, "case", 1)
            audit.append(conn, "case.edit", "case", {"fields": sorted(changes)})
        return previous

    def search(self, query: str, limit: int = 200) -> list[search.Hit]:
        return search.search(self.conn, query, limit)

    def save_copy(self, destination: Path) -> None:
        """A consistent copy through SQLite's backup API, written beside the destination then renamed."""
        destination = Path(destination)
        write_backup(self.conn, destination)
        if not self.read_only:
            with self.transaction() as conn:
                audit.append(conn, "case.copy", str(destination.name), {"to": str(destination)})

    def audit_entries(self, limit: int | None = None) -> list[dict]:
        return audit.entries(self.conn, limit)


def translate_sqlite_error(exc: sqlite3.Error, path: Path) -> CaseError | sqlite3.Error:
    message = str(exc).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return NotEnoughSpace("The disk is full: the change was not saved, and the case is as it was before.",
                              str(path), code="disk_full", name=path.name)
    if "readonly" in message or "read-only" in message:
        return ReadOnlyMedium(f"{path.name} cannot be written (read-only disk or file): the change was not saved.",
                              str(path), code="read_only.write", name=path.name)
    if "locked" in message or "busy" in message:
        return CaseLocked(f"{path.name} is busy in another program; try again in a moment.", str(path),
                          code="locked.busy", name=path.name)
    if "disk i/o error" in message:
        return CaseError(f"Reading or writing {path.name} failed (was the USB stick removed?). "
                         "The last change was not saved.", str(path), code="io_error", name=path.name)
    return exc


def _lock_for(path: Path) -> FileLock:
    return FileLock(str(path) + ".lock", timeout=0)


def _acquire(path: Path) -> FileLock:
    lock = _lock_for(path)
    try:
        lock.acquire()
    except Timeout:
        raise CaseLocked(
            f"{path.name} is already open in another window or program. Close it there first.", str(path),
            code="locked", name=path.name,
        ) from None
    except OSError as exc:
        raise ReadOnlyMedium(f"The folder of {path.name} cannot be written ({exc.strerror or exc}).",
                             str(path), code="read_only.lock", name=path.name,
                             detail=str(exc.strerror or exc)) from None
    return lock


def _release(lock: FileLock) -> None:
    # A lock left by a crashed process holds no OS lock: the next open takes it over. On a clean
    # close we also remove the file, so a closed case is exactly one file.
    lock.release(force=True)
    with contextlib.suppress(OSError):
        os.unlink(lock.lock_file)


def open_case(path: str | os.PathLike, *, read_only: bool = False) -> Case:
    """Open a case file. Anything wrong is raised as a CaseError with a plain message;
    a file that is not ours, newer, or damaged is never modified."""
    path = Path(path)
    header = read_header(path)
    code_version = schema_version_of_code()
    if header.user_version > code_version:
        raise NewerVersion(
            f"{path.name} was saved by a newer version of Refund Case Organizer (case format {header.user_version}; "
            f"this version reads up to {code_version}). Update the app to open it; the file was not changed.",
            str(path), code="newer_version", name=path.name, file_version=str(header.user_version),
            app_version=str(code_version),
        )
    if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise ReadOnlyMedium(
            f"{path.name} is on a read-only disk or in a folder the app cannot write to. "
            "Copy it to a writable folder to work on it, or open it read-only to read and export.",
            str(path), code="read_only.medium", name=path.name,
        )
    lock = None if read_only else _acquire(path)
    conn = None
    try:
        conn = connect(path, read_only=read_only, check_same_thread=False)
        quick_check(conn, path)
        if header.user_version < code_version:
            if read_only:
                raise CaseError(f"{path.name} is from an older version; open it for writing once to upgrade it.",
                                str(path), code="older_version", name=path.name)
            conn.close()
            conn = None
            backup_before_migration(path, header.user_version)
            conn = connect(path, read_only=False, check_same_thread=False)
            migrate(Database(conn, execute_plugins=False))
        case = Case(path, conn, read_only, lock)
        if not read_only:
            _recover_after_crash(case)
        return case
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if lock is not None:
            _release(lock)
        translated = translate_sqlite_error(exc, path)
        if isinstance(translated, CaseError):
            raise translated from exc
        raise CorruptCase(f"{path.name} is damaged and cannot be read ({exc}).", str(path), code="corrupt",
                          name=path.name, detail=str(exc)) from exc
    except BaseException:
        if conn is not None:
            conn.close()
        if lock is not None:
            _release(lock)
        raise


def reopen_read_only(path: str | os.PathLike) -> Case:
    """Another read-only connection to a case file that this export or window already opened and
    checked (in another process, so `Case.secondary` is out of reach). The header and integrity
    checks of `open_case` are skipped: on a large case they read the whole file."""
    path = Path(path)
    return Case(path, connect(path, read_only=True), True, None)


def _recover_after_crash(case: Case) -> None:
    """After a crash or a yanked stick SQLite has already rolled back a hot journal on open. What may
    remain: a journal that was not hot (killed before it was written), which stays beside the case
    until the next write, and content of a big import that never got its hash. Clear both, and
    note it in the audit log, so the closed case is one file again and holds only finished evidence."""
    from desktop.core.importer import discard_unfinished

    leftover_journal = Path(str(case.path) + "-journal").exists()
    unfinished = case.conn.execute("SELECT count(*) FROM blobs WHERE sha256 IS NULL").fetchone()[0]
    if not leftover_journal and not unfinished:
        return
    with case.transaction() as conn:
        discarded = discard_unfinished(conn)
        audit.append(conn, "case.recovered", "case",
                     {"note": "the case was not closed properly last time; unfinished changes were discarded",
                      "unfinished_imports_discarded": discarded})


def backup_before_migration(path: Path, version: int) -> Path:
    backup = path.with_name(f"{path.stem}.backup-v{version}{path.suffix}")
    source = connect(path, read_only=True)
    try:
        write_backup(source, backup)
    finally:
        source.close()
    return backup


def write_backup(source: sqlite3.Connection, destination: Path) -> None:
    """A consistent copy of an open database through SQLite's backup API: written beside the
    destination under a temporary name, then renamed, so a partial copy never stands there."""
    temporary = destination.with_name(f".{destination.name}.partial")
    try:
        target = connect_new(temporary)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        os.replace(temporary, destination)
    except sqlite3.OperationalError as exc:
        temporary.unlink(missing_ok=True)
        raise translate_sqlite_error(exc, destination) from exc
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CaseError(f"The copy could not be written to {destination}: {exc.strerror or exc}.",
                        code="copy_failed", location=str(destination), detail=str(exc.strerror or exc)) from exc


def create_case(path: str | os.PathLike, title: str = "", *, playbook_id: str = DEFAULT_PLAYBOOK,
                is_sample: bool = False) -> Case:
    """Create a new case file, complete or not at all: built beside the target, then renamed."""
    path = Path(path)
    if path.suffix != CASE_SUFFIX:
        path = path.with_name(path.name + CASE_SUFFIX)
    if path.exists():
        raise CaseError(f"{path.name} already exists; choose another name.", str(path), code="exists",
                        name=path.name)
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyMedium(f"The folder {path.parent} cannot be written.", str(path), code="read_only.folder",
                             folder=str(path.parent))
    title = title or path.stem
    temporary = path.with_name(f".{path.name}.creating")
    temporary.unlink(missing_ok=True)
    try:
        conn = connect_new(temporary)
        try:
            configure_new(conn)
            db = Database(conn, execute_plugins=False)
            migrate(db)
            now = now_iso()
            with db.atomic():
                conn.execute(
                    "INSERT INTO case_details(id, title, playbook_id, is_sample, created_at, updated_at) "
                    "VALUES (1, ?, ?, ?, ?, ?)", [title, playbook_id, int(is_sample), now, now])
                conn.execute("INSERT INTO meta(key, value) VALUES ('created_with', ?)", [_app_version()])
                search.reindex(conn, "case", 1)
                from desktop.core.checklist import instantiate_steps

                instantiate_steps(conn, playbook_id)
                audit.append(conn, "case.create", "case", {"title": title, "playbook": playbook_id})
        finally:
            conn.close()
        os.replace(temporary, path)
    except sqlite3.OperationalError as exc:
        temporary.unlink(missing_ok=True)
        raise translate_sqlite_error(exc, path) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return open_case(path)


def _app_version() -> str:
    from desktop import __version__

    return __version__
