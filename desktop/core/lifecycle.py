"""A case file's life: opening (checked, migrated after a backup, recovered after a crash),
creating, reopening read-only for another process, and consistent copies."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from desktop import __version__
from desktop.core import audit, blobs, cipher, locking, search, sqlerrors
from desktop.core.case import Case
from desktop.core.casefile import CASE_SUFFIX
from desktop.core.checklist import instantiate_steps
from desktop.core.cipher import CaseKey
from desktop.core.clock import now_iso
from desktop.core.connection import (
    APPLICATION_ID,
    check_structure,
    configure_new,
    connect,
    connect_new,
    header_of,
    read_header,
)
from desktop.core.errors import CaseError, CorruptCase, NewerVersion, PassphraseNeeded, ReadOnlyMedium
from desktop.core.playbook import DEFAULT_PLAYBOOK
from desktop.core.schema import migrate, schema_version_of_code

__all__ = ["CASE_SUFFIX", "open_case", "create_case", "reopen_read_only", "save_copy", "write_backup"]


def open_case(path: str | os.PathLike, *, read_only: bool = False, passphrase: str | None = None,
              key: CaseKey | None = None) -> Case:
    """Open a case file (an encrypted one with its passphrase, or the key already derived from it).
    Anything wrong is raised as a CaseError with a plain message; a file that is not ours, newer,
    locked with a passphrase not given, or damaged is never modified."""
    path = Path(path)
    header = read_header(path)
    if header.encrypted and key is None:
        if passphrase is None:
            raise PassphraseNeeded(f"{path.name} is locked with a passphrase: enter it to open the case.", str(path),
                                   code="passphrase.needed", name=path.name)
        key = CaseKey.derive(passphrase, header.salt)
    if not header.encrypted:
        key = None
        _check_version(path, header.user_version)
    if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise ReadOnlyMedium(
            f"{path.name} is on a read-only disk or in a folder the app cannot write to. "
            "Copy it to a writable folder to work on it, or open it read-only to read and export.",
            str(path), code="read_only.medium", name=path.name,
        )
    _finish_what_a_crash_left(path, key)
    lock = None if read_only else locking.acquire(path)
    conn = None
    try:
        conn = connect(path, read_only=read_only, check_same_thread=False, key=key)
        if header.encrypted:
            header = header_of(conn, path)
            _check_version(path, header.user_version)
        check_structure(conn, path)
        if header.user_version < schema_version_of_code():
            if read_only:
                raise CaseError(f"{path.name} is from an older version; open it for writing once to upgrade it "
                                "(from a read-only disk, copy it to a writable folder first).",
                                str(path), code="older_version", name=path.name)
            conn.close()
            conn = None
            backup_before_migration(path, header.user_version, key)
            conn = connect(path, read_only=False, check_same_thread=False, key=key)
            migrate(Database(conn, execute_plugins=False))
        case = Case.over(path, conn, read_only, lock, key)
        if not read_only:
            _recover_after_crash(case)
        return case
    except sqlite3.DatabaseError as exc:
        _abandon(conn, lock)
        translated = sqlerrors.translate(exc, path)
        if isinstance(translated, CaseError):
            raise translated from exc
        raise CorruptCase.unreadable(path, exc) from exc
    except BaseException:
        _abandon(conn, lock)
        raise


def _check_version(path: Path, user_version: int) -> None:
    code_version = schema_version_of_code()
    if user_version > code_version:
        raise NewerVersion(
            f"{path.name} was saved by a newer version of Refund Case Organizer (case format {user_version}; "
            f"this version reads up to {code_version}). Update the app to open it; the file was not changed.",
            str(path), code="newer_version", name=path.name, file_version=str(user_version),
            app_version=str(code_version),
        )


def is_locked_with_passphrase(path: str | os.PathLike) -> bool:
    """Whether a file is an encrypted case (read from its first bytes; nothing is asked or changed)."""
    return read_header(Path(path)).encrypted


def _abandon(conn: sqlite3.Connection | None, lock) -> None:
    if conn is not None:
        conn.close()
    if lock is not None:
        locking.release(lock)


def reopen_read_only(path: str | os.PathLike, key: CaseKey | None = None) -> Case:
    """Another read-only connection to a case file that this export or window already opened and
    checked (in another process, so `Case.secondary` is out of reach; an encrypted case's key comes
    through that process's pipe). The header and integrity checks of `open_case` are skipped."""
    path = Path(path)
    return Case.over(path, connect(path, read_only=True, key=key), True, key=key)


def _finish_what_a_crash_left(path: Path, key: CaseKey | None = None) -> None:
    """Before any read, read-only ones included: a `-journal` beside a case nobody holds open is what
    a crash, a power cut or a pulled stick left in the middle of a change. Take the lock, let SQLite
    roll the change back, clear the rest and note it, so the case reads as it was before that change
    and stands as one file again. A case open elsewhere keeps its journal: it is that writer's own."""
    journal = journal_path(path)
    if not journal.exists():
        _clear_stale_lock(path)
        return
    hot = journal.stat().st_size > 0
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        if hot:
            raise ReadOnlyMedium(
                f"{path.name} was not closed properly (a crash, or the disk was removed during a change), and it "
                f"is on a read-only disk or in a folder the app cannot write to, so the unfinished change cannot "
                f"be undone here. Copy {path.name} together with {journal.name} into a writable folder and open "
                "it there.", str(path), code="read_only.hot_journal", name=path.name, journal=journal.name)
        return  # an empty journal is no change at all: SQLite ignores it
    try:
        lock = locking.acquire(path)
    except CaseError:
        return  # open in another window or program: its journal is live, and SQLite's locks handle it
    case = None
    try:
        case = Case.over(path, connect(path, read_only=False, check_same_thread=False, key=key), False, lock, key)
        case.file.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SQLite rolls back here
        _recover_after_crash(case, journal_found=True)
    except sqlite3.DatabaseError as exc:
        raise CorruptCase.unreadable(path, exc) from exc
    finally:
        if case is not None:
            case.close()  # and the lock with it: its file goes
        else:
            locking.release(lock)


def journal_path(path: Path) -> Path:
    return Path(str(path) + "-journal")


def _clear_stale_lock(path: Path) -> None:
    """A `.lock` a crashed process left, held by nobody, goes; one held by a live process stays."""
    if not locking.lock_path(path).exists() or not os.access(path.parent, os.W_OK):
        return
    try:
        locking.release(locking.acquire(path))
    except CaseError:
        pass


def _recover_after_crash(case: Case, journal_found: bool = False) -> None:
    """After a crash or a yanked stick SQLite has already rolled back a hot journal on open. What may
    remain: a journal that was not hot (killed before it was written), which stays beside the case
    until the next write, and content of a big import that never got its hash. Clear both, and
    note it in the audit log, so the closed case is one file again and holds only finished evidence."""
    leftover_journal = journal_found or journal_path(case.path).exists()
    if not leftover_journal and not blobs.count_unfinished(case.file.conn):
        return
    with case.file.transaction() as conn:
        discarded = blobs.discard_unfinished(conn)
        audit.append(conn, "case.recovered", "case",
                     {"note": "the case was not closed properly last time; unfinished changes were discarded",
                      "unfinished_imports_discarded": discarded})


def backup_before_migration(path: Path, version: int, key: CaseKey | None = None) -> Path:
    backup = path.with_name(f"{path.stem}.backup-v{version}{path.suffix}")
    source = connect(path, read_only=True, key=key)
    try:
        write_backup(source, backup, key)
    finally:
        source.close()
    return backup


@contextlib.contextmanager
def _built_beside(destination: Path, temporary: Path, key: CaseKey | None = None) -> Iterator[sqlite3.Connection]:
    """A new database file that appears complete or not at all: built under a temporary name
    beside the destination, renamed into place when the block ends, removed if it fails."""
    temporary.unlink(missing_ok=True)
    try:
        conn = connect_new(temporary, key)
        try:
            yield conn
        finally:
            conn.close()
        os.replace(temporary, destination)
    except sqlite3.Error as exc:
        temporary.unlink(missing_ok=True)
        sqlerrors.raise_plain(exc, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_backup(source: sqlite3.Connection, destination: Path, key: CaseKey | None = None) -> None:
    """A consistent copy of an open database (an encrypted one stays encrypted, with the same key); a
    partial copy never stands at the destination."""
    temporary = destination.with_name(f".{destination.name}.partial")
    try:
        if key is None:
            with _built_beside(destination, temporary) as target:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
        else:  # SQLite's backup copies pages as they are: an encrypted file is copied through SQLCipher
            export(source, temporary, key)
            os.replace(temporary, destination)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CaseError(f"The copy could not be written to {destination}: {exc.strerror or exc}.",
                        code="copy_failed", location=str(destination), detail=str(exc.strerror or exc)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def export(source, target: Path, key: CaseKey | None) -> None:
    """Every table, index, trigger and row of an open case (`source`, a SQLCipher connection: an
    encrypted case's, or a plain file's read through SQLCipher) into a new file, encrypted with `key`
    or plain, through SQLCipher's sqlcipher_export; the same format version and settings."""
    target.unlink(missing_ok=True)
    version = source.execute("PRAGMA main.user_version").fetchone()[0]
    value = key.pragma_value() if key is not None else "''"
    try:
        source.execute(f"ATTACH DATABASE {_literal(str(target))} AS target KEY {value}")
        try:
            size = "cipher_page_size" if key is not None else "page_size"
            source.execute(f"PRAGMA target.{size} = {cipher.PAGE_SIZE}")
            source.execute("PRAGMA target.auto_vacuum = INCREMENTAL")  # before any table is made
            source.execute("SELECT sqlcipher_export('target')")
            source.execute(f"PRAGMA target.user_version = {int(version)}")
            source.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
            source.execute("PRAGMA target.journal_mode = DELETE")
        finally:
            source.execute("DETACH DATABASE target")
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        sqlerrors.raise_plain(exc, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def save_copy(case: Case, destination: str | os.PathLike) -> None:
    """A consistent copy of an open case (Save a copy as…; an encrypted case's copy opens with the same
    passphrase), logged in the case when it can be written."""
    destination = Path(destination)
    write_backup(case.file.conn, destination, case.file.key)
    if not case.read_only:
        with case.file.transaction() as conn:
            audit.append(conn, "case.copy", str(destination.name), {"to": str(destination)})


def create_case(path: str | os.PathLike, title: str = "", *, playbook_id: str = DEFAULT_PLAYBOOK,
                is_sample: bool = False, passphrase: str | None = None) -> Case:
    """Create a new case file, complete or not at all: built beside the target, then renamed; with a
    passphrase, encrypted from its first byte."""
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
    key = CaseKey.new(passphrase) if passphrase is not None else None
    with _built_beside(path, path.with_name(f".{path.name}.creating"), key) as conn:
        configure_new(conn)
        db = Database(conn, execute_plugins=False)
        migrate(db)
        now = now_iso()
        with db.atomic():
            conn.execute("INSERT INTO case_details(id, title, playbook_id, is_sample, created_at, updated_at) "
                         "VALUES (1, ?, ?, ?, ?, ?)", [title, playbook_id, int(is_sample), now, now])
            conn.execute("INSERT INTO meta(key, value) VALUES ('created_with', ?)", [__version__])
            search.reindex(conn, "case", 1)
            instantiate_steps(conn, playbook_id)
            audit.append(conn, "case.create", "case", {"title": title, "playbook": playbook_id,
                                                        "encrypted": key is not None})
    return open_case(path, key=key)

