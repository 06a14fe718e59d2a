"""A date that may be left unset."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from desktop.ui.common.dates import from_qdate, to_qdate

NOT_SET = QDate(2000, 1, 1)  # the minimum date, shown as the "not set" text


class OptionalDateEdit(QWidget):
    """A date that may be "not set": a check box turns it on (today) or off."""

    committed = Signal(object)  # ISO date text, or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NOT_SET)
        self.edit.setDate(NOT_SET)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._toggled)
        self.edit.editingFinished.connect(self._commit)
        self.edit.calendarWidget().clicked.connect(lambda _d: self._commit())
        self._loading = False

    def set_not_set_text(self, text: str) -> None:
        self.edit.setSpecialValueText(text)

    def value(self) -> str | None:
        if not self.check.isChecked() or self.edit.date() == NOT_SET:
            return None
        return from_qdate(self.edit.date()).isoformat()

    def set_value(self, iso: str | None) -> None:
        self._loading = True
        try:
            self.check.setChecked(bool(iso))
            self.edit.setEnabled(bool(iso))
            if iso:
                self.edit.setDate(to_qdate(date.fromisoformat(iso[:10])))
            else:
                self.edit.setDate(NOT_SET)
        finally:
            self._loading = False

    def _toggled(self, on: bool) -> None:
        if self._loading:
            return
        self.edit.setEnabled(on)
        self.edit.setDate(QDate.currentDate() if on else NOT_SET)
        self._commit()

    def _commit(self) -> None:
        if not self._loading:
            self.committed.emit(self.value())
