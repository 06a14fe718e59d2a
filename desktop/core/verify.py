"""Verification: every stored item's content against its recorded SHA-256, and the audit chain."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable

from desktop.core.case import Case


@dataclass
class VerifyReport:
    checked: int = 0
    mismatched: list[dict] = field(default_factory=list)  # id, file_name, recorded, actual
    audit_entries: int = 0
    audit_broken_at: int | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.mismatched and self.audit_broken_at is None and not self.cancelled


def verify_case(case: Case, *, progress: Callable[[int, int], None] | None = None,
                is_cancelled: Callable[[], bool] = lambda: False) -> VerifyReport:
    report = VerifyReport()
    items = case.evidence.integrity_rows()
    for index, (evidence_id, file_name, recorded, size, blob_hash) in enumerate(items):
        if is_cancelled():
            report.cancelled = True
            return report
        if progress:
            progress(index, len(items))
        digest, actual_size = hashlib.sha256(), 0
        for chunk in case.evidence.iter_content(evidence_id):
            digest.update(chunk)
            actual_size += len(chunk)
        actual = digest.hexdigest()
        report.checked += 1
        if actual != recorded or blob_hash != recorded or actual_size != size:
            report.mismatched.append({"id": evidence_id, "file_name": file_name, "recorded": recorded,
                                      "actual": actual})
    chain = case.audit_chain()
    report.audit_entries, report.audit_broken_at = chain.entries, chain.broken_at
    if progress:
        progress(len(items), len(items))
    return report
