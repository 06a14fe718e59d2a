"""The case's own details: who, which clinic, what was bought and paid, what the user wants."""

from __future__ import annotations

from desktop.core import audit, search
from desktop.core.casefile import CaseFile
from desktop.core.changes import DETAILS, NOTHING, Changes
from desktop.core.clock import now_iso

DETAIL_FIELDS = (
    "title", "complainant_name", "complainant_phone", "complainant_address",
    "clinic_name", "clinic_address", "clinic_credit_code", "clinic_licence_no", "clinic_phone",
    "practitioner", "treatment", "treatment_dates", "amount_paid", "payment_method", "payment_refs",
    "demand_kind", "demand_amount", "refund_clause", "refund_clause_text", "first_aware_date", "notes",
)
_READ_ONLY_FIELDS = ("is_sample", "playbook_id", "created_at", "updated_at")


class CaseDetails:
    def __init__(self, file: CaseFile):
        self._file = file

    def get(self) -> dict:
        names = (*DETAIL_FIELDS, *_READ_ONLY_FIELDS)
        row = self._file.conn.execute(f"SELECT {', '.join(names)} FROM case_details WHERE id = 1").fetchone()
        return dict(zip(names, row))

    @property
    def title(self) -> str:
        return self._file.conn.execute("SELECT title FROM case_details WHERE id = 1").fetchone()[0]

    @property
    def playbook_id(self) -> str:
        return self._file.conn.execute("SELECT playbook_id FROM case_details WHERE id = 1").fetchone()[0]

    def update(self, changes: dict[str, str]) -> Changes:
        """Set some details; `previous` holds their values before (what an undo restores)."""
        unknown = set(changes) - set(DETAIL_FIELDS)
        if unknown:
            raise ValueError(f"unknown case fields: {sorted(unknown)}")
        if not changes:
            return NOTHING
        before = self.get()
        previous = {k: before[k] for k in changes}
        if previous == changes:
            return Changes.of(previous=previous)
        with self._file.transaction() as conn:
            assignments = ", ".join(f"{k} = ?" for k in changes)
            conn.execute(f"UPDATE case_details SET {assignments}, updated_at = ? WHERE id = 1",
                         [*(str(v) for v in changes.values()), now_iso()])
            search.reindex(conn, "case", 1)
            audit.append(conn, "case.edit", "case", {"fields": sorted(changes)})
        return Changes.of(updated={DETAILS: [1]}, previous=previous)
