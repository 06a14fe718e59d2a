"""The case's own details: who, which clinic, what was bought and paid, what the user wants."""

from __future__ import annotations

from desktop.core import audit, search, vocab
from desktop.core.casefile import CaseFile
from desktop.core.changes import DETAILS, NOTHING, Changes
from desktop.core.clock import now_iso
from desktop.core.dates import first_date
from desktop.core.errors import CaseError
from desktop.core.playbook import is_known

DETAIL_FIELDS = (
    "title", "complainant_name", "complainant_phone", "complainant_address",
    "clinic_name", "clinic_address", "clinic_credit_code", "clinic_licence_no", "clinic_phone",
    "practitioner", "treatment", "treatment_dates", "contract_date", "amount_paid", "payment_method",
    "payment_channel", "payment_refs", "loan", "platform", "clinic_status",
    "licence_scope", "practitioner_qualified", "product_approved",
    "demand_kind", "demand_amount", "refund_clause", "refund_clause_text", "first_aware_date", "notes",
)
# Fields that hold one of a vocabulary's values ('' where the vocabulary allows it: not said yet).
CHOICES: dict[str, dict[str, tuple[str, str]]] = {
    "demand_kind": vocab.DEMAND_KINDS,
    "refund_clause": vocab.REFUND_CLAUSE,
    "payment_channel": vocab.PAYMENT_CHANNELS,
    "loan": vocab.YES_NO_UNSURE,
    "platform": vocab.YES_NO_UNSURE,
    "clinic_status": vocab.CLINIC_STATUS,
    "licence_scope": vocab.YES_NO_UNSURE,
    "practitioner_qualified": vocab.YES_NO_UNSURE,
    "product_approved": vocab.PRODUCT_APPROVAL,
}
# Fields a deadline is worked out from: a date the app can read, when not empty.
DATE_FIELDS = ("first_aware_date", "contract_date")
_READ_ONLY_FIELDS = ("is_sample", "playbook_id", "playbook_version", "created_at", "updated_at")


def check_value(field: str, value: str) -> None:
    """Refuse a value the field cannot hold, in plain words (the command line's `set`)."""
    if field not in DETAIL_FIELDS:
        raise CaseError(f"{field!r} is not a case detail (the details are: {', '.join(DETAIL_FIELDS)}).",
                        code="details.unknown_field", field=field)
    if field in CHOICES and value not in CHOICES[field]:
        allowed = ", ".join(key or "''" for key in CHOICES[field])
        raise CaseError(f"{value!r} is not a value of {field} (one of: {allowed}).", code="details.bad_choice",
                        field=field, value=value)
    if field in DATE_FIELDS and value and first_date(value) is None:
        raise CaseError(f"{value!r} is not a date for {field} (write it as YYYY-MM-DD).", code="details.bad_date",
                        field=field, value=value)


class CaseDetails:
    def __init__(self, file: CaseFile):
        self._file = file

    def get(self) -> dict:
        names = (*DETAIL_FIELDS, *_READ_ONLY_FIELDS)
        return dict(zip(names, self._row(*names)))

    @property
    def title(self) -> str:
        return self._row("title")[0]

    @property
    def playbook_id(self) -> str:
        """The playbook the case's steps come from: one this app has (the id names a file it reads)."""
        playbook_id = self._row("playbook_id")[0]
        if not is_known(playbook_id):
            raise self._file.damaged(
                f"it names a playbook this version of the app does not have: {playbook_id!r:.80}")
        return playbook_id

    @property
    def playbook_version(self) -> int:
        return self._row("playbook_version")[0]

    def _row(self, *names: str) -> tuple:
        row = self._file.conn.execute(f"SELECT {', '.join(names)} FROM case_details WHERE id = 1").fetchone()
        if row is None:  # every case has its one row of details from the start
            raise self._file.damaged("its case details are missing")
        return row

    def update(self, changes: dict[str, str]) -> Changes:
        """Set some details; `previous` holds their values before (what an undo restores)."""
        unknown = set(changes) - set(DETAIL_FIELDS)
        if unknown:
            raise ValueError(f"unknown case fields: {sorted(unknown)}")
        for field, value in changes.items():
            if field in CHOICES and value not in CHOICES[field]:
                raise ValueError(f"{value!r} is not a value of {field}")
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
