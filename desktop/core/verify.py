"""Checking a case: every stored item's content against its recorded SHA-256, the audit chain, and
SQLite's quick_check of the whole file (opening a case checks every table but the content's)."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from typing import Callable

from desktop.core.case import Case
from desktop.core.connection import quick_check
from desktop.core.errors import CorruptCase


UNREADABLE = "unreadable"  # what `actual` says when the content could not be read back at all


@dataclass
class VerifyReport:
    checked: int = 0
    mismatched: list[dict] = field(default_factory=list)  # id, file_name, recorded, actual
    audit_entries: int = 0
    audit_broken_at: int | None = None
    structure: str = "ok"  # SQLite's quick_check of the whole file: "ok", or what it found
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return (not self.mismatched and self.audit_broken_at is None and self.structure == "ok"
                and not self.cancelled)


# Stages a progress callback hears: reading every item's content, then the file's structure.
CONTENT, STRUCTURE = "content", "structure"
MIB = 1024 * 1024


def verify_case(case: Case, *, progress: Callable[[int, int, str], None] | None = None,
                is_cancelled: Callable[[], bool] = lambda: False, structure: bool = True) -> VerifyReport:
    """Progress goes by MiB of content read (done, total, stage)."""
    report = VerifyReport()
    items = case.evidence.integrity_rows()
    total = max(1, sum(row[3] for row in items) // MIB)
    done = 0
    for evidence_id, file_name, recorded, size, blob_hash in items:
        if is_cancelled():
            report.cancelled = True
            return report
        if progress:
            progress(min(done // MIB, total), total, CONTENT)
        done += size
        digest, actual_size = hashlib.sha256(), 0
        try:
            for chunk in case.evidence.iter_content(evidence_id):
                digest.update(chunk)
                actual_size += len(chunk)
            actual = digest.hexdigest()
        except sqlite3.DatabaseError:  # a damaged page holding its content: named, and the check goes on
            actual = UNREADABLE
        report.checked += 1
        if actual != recorded or blob_hash != recorded or actual_size != size:
            report.mismatched.append({"id": evidence_id, "file_name": file_name, "recorded": recorded,
                                      "actual": actual})
    try:
        chain = case.audit_chain()
        report.audit_entries, report.audit_broken_at = chain.entries, chain.broken_at
    except sqlite3.DatabaseError as exc:  # a damaged page of the log: the structure says so below
        report.structure = f"the history log cannot be read ({exc})"
        structure = False
    if structure:
        if progress:
            progress(total, total, STRUCTURE)
        report.structure = _whole_file_check(case)
    return report


def _whole_file_check(case: Case) -> str:
    try:
        quick_check(case.file.conn, case.path, encrypted=case.encrypted)
    except CorruptCase as exc:
        return exc.params["detail"]
    return "ok"
