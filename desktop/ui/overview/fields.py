"""The case's details as a one-row model: a column per detail, each edit one undoable command."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.changes import DETAILS, Changes
from desktop.core.details import CHOICES, DETAIL_FIELDS
from desktop.ui.common.commands import EditDetailsCommand
from desktop.ui.session import CaseSession

MULTILINE_FIELDS = ("refund_clause_text", "notes")
CHOICE_FIELDS = CHOICES


def field_labels() -> dict[str, str]:
    """The form's label of every detail, in the current language."""
    return {
        "title": QCoreApplication.translate("CaseFields", "Case title"),
        "complainant_name": QCoreApplication.translate("CaseFields", "Your name"),
        "complainant_phone": QCoreApplication.translate("CaseFields", "Your phone"),
        "complainant_address": QCoreApplication.translate("CaseFields", "Your address"),
        "clinic_name": QCoreApplication.translate("CaseFields", "Clinic name"),
        "clinic_address": QCoreApplication.translate("CaseFields", "Clinic address"),
        "clinic_credit_code": QCoreApplication.translate("CaseFields", "Unified social credit code"),
        "clinic_licence_no": QCoreApplication.translate("CaseFields", "Medical institution licence no."),
        "clinic_phone": QCoreApplication.translate("CaseFields", "Clinic phone"),
        "practitioner": QCoreApplication.translate("CaseFields", "Doctor or practitioner"),
        "treatment": QCoreApplication.translate("CaseFields", "Treatment"),
        "treatment_dates": QCoreApplication.translate("CaseFields", "Treatment date(s)"),
        "amount_paid": QCoreApplication.translate("CaseFields", "Amount paid (yuan)"),
        "payment_method": QCoreApplication.translate("CaseFields", "Payment method"),
        "payment_refs": QCoreApplication.translate("CaseFields", "Payment references"),
        "demand_kind": QCoreApplication.translate("CaseFields", "What you want"),
        "demand_amount": QCoreApplication.translate("CaseFields", "Amount you ask for (yuan)"),
        "refund_clause": QCoreApplication.translate("CaseFields", "Refund clause in the contract"),
        "refund_clause_text": QCoreApplication.translate("CaseFields", "Wording of the refund clause"),
        "first_aware_date": QCoreApplication.translate("CaseFields", "Date you first knew something was wrong"),
        "notes": QCoreApplication.translate("CaseFields", "Notes"),
        "contract_date": QCoreApplication.translate("CaseFields", "Date of the contract"),
        "payment_channel": QCoreApplication.translate("CaseFields", "Paid through"),
        "loan": QCoreApplication.translate("CaseFields", "Paid with a treatment loan (医美贷)?"),
        "platform": QCoreApplication.translate("CaseFields", "Bought through a platform or after an advert?"),
        "clinic_status": QCoreApplication.translate("CaseFields", "Is the clinic still open?"),
        "licence_scope": QCoreApplication.translate(
            "CaseFields", "Medical-aesthetic department and the right subject in the licence's scope?"),
        "practitioner_qualified": QCoreApplication.translate(
            "CaseFields", "Doctor registered, with the chief-physician (主诊医师) qualification?"),
        "product_approved": QCoreApplication.translate("CaseFields", "Product (a filler, for example) approved?"),
    }


class CaseDetailsModel(QAbstractTableModel):
    """One row; a column per detail field. setData pushes an undoable, immediately saved edit."""

    def __init__(self, session: CaseSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._values = session.case.details.get()
        session.changed.connect(self._case_changed)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(DETAIL_FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return field_labels()[DETAIL_FIELDS[section]]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self._session.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return self._values.get(DETAIL_FIELDS[index.column()]) or ""

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._session.read_only:
            return False
        field = DETAIL_FIELDS[index.column()]
        value = "" if value is None else str(value)
        if value == (self._values.get(field) or ""):
            return False
        text = self.tr("Edit “{field}”").format(field=field_labels()[field])
        self._session.push(EditDetailsCommand(self._session, {field: value}, text))
        return True

    def value(self, field: str) -> str:
        return self._values.get(field) or ""

    def set_value(self, field: str, value: str) -> bool:
        return self.setData(self.index(0, DETAIL_FIELDS.index(field)), value)

    def _case_changed(self, changes: Changes) -> None:
        if changes.touches(DETAILS) and not self._session.case.closed:
            fresh = self._session.case.details.get()
            columns = [c for c, field in enumerate(DETAIL_FIELDS) if fresh[field] != self._values.get(field)]
            self._values = fresh
            if columns:
                self.dataChanged.emit(self.index(0, min(columns)), self.index(0, max(columns)))
