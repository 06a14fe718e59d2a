"""Setting, changing or removing a case's passphrase: the case written anew beside itself, checked,
then put in place of the old one in one step (lifecycle.export does the writing)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core import audit
from desktop.core.case import Case
from desktop.core.cipher import CaseKey
from desktop.core.connection import connect, read_through_cipher
from desktop.core.errors import CaseError
from desktop.core.lifecycle import export, open_case
from desktop.core.verify import verify_case


def change_passphrase(path: str | os.PathLike, current: str | None, new: str | None) -> None:
    """Set (current None), change, or remove (new None) a case's passphrase. The case is written anew
    beside itself, encrypted with the new passphrase or plain; the new file is checked (every item
    against its SHA-256, the history log, the structure, the counts) and only then replaces the old,
    in one step. Until then the old file stands untouched."""
    path = Path(path)
    case = open_case(path, passphrase=current)  # the lock, and whatever a crash left, first
    temporary = path.with_name(f".{path.name}.rekey")
    try:
        key = CaseKey.new(new) if new is not None else None
        # A plain file is read through SQLCipher to be exported.
        source = case.file.conn if case.file.key is not None else read_through_cipher(path)
        try:
            export(source, temporary, key)
        finally:
            if source is not case.file.conn:
                source.close()
        what = "removed" if key is None else ("set" if case.file.key is None else "changed")
        _note_in(temporary, key, "case.passphrase", {"passphrase": what})
        _check_copy(case, temporary, key)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        case.close()


def _note_in(path: Path, key: CaseKey | None, action: str, detail: dict) -> None:
    written = Case.over(path, connect(path, read_only=False, key=key), False, key=key)
    try:
        with written.file.transaction() as conn:
            audit.append(conn, action, "case", detail)
    finally:
        written.close()


def _check_copy(original: Case, copy_path: Path, key: CaseKey | None) -> None:
    """The new file of a passphrase change opens with the new key and holds everything the old one does."""
    copy = open_case(copy_path, read_only=True, key=key)
    try:
        report = verify_case(copy)
        counts = [(c.evidence.count(), len(c.evidence.list(trashed=True)), c.timeline.count(), len(c.letters.list()),
                   len(c.audit_entries())) for c in (original, copy)]
        if not report.ok or counts[1][:4] != counts[0][:4] or counts[1][4] != counts[0][4] + 1:
            raise CaseError(f"The new copy of {original.path.name} did not check out; the case was left as it was.",
                            str(original.path), code="passphrase.copy_failed", name=original.path.name)
    finally:
        copy.close()
