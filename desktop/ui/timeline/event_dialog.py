"""Add or edit one event: when (with how precisely it is known), what kind, what happened, and
which evidence shows it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.vocab import EVENT_KINDS, PRECISIONS, label
from desktop.ui.common.dates import parse_when
from desktop.ui.common.evidence_panel import ChoiceModel, evidence_choices
from desktop.ui.common.language import ui_language
from desktop.ui.session import CaseSession


class EventDialog(QDialog):
    """`values()` gives the event fields; `evidence_ids()` the items ticked as linked."""

    def __init__(self, session: CaseSession, event: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        lang = ui_language()
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("Add event"))
        event = event or {}

        self.precision = QComboBox()
        for key in PRECISIONS:
            self.precision.addItem(label(PRECISIONS, key, lang), key)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.kind = QComboBox()
        for key in EVENT_KINDS:
            self.kind.addItem(label(EVENT_KINDS, key, lang), key)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What happened, in a few words"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Details: who, where, what was said or done"))
        self.description.setTabChangesFocus(True)
        self.evidence_model = ChoiceModel(evidence_choices(session), set(event.get("evidence_ids", [])), self)
        self.evidence_list = QListView()
        self.evidence_list.setModel(self.evidence_model)
        self.evidence_list.setMinimumHeight(120)

        when_row = QHBoxLayout()
        when_row.addWidget(self.date, 1)
        when_row.addWidget(self.time)
        when_row.addWidget(self.precision, 1)
        form = QFormLayout()
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, when_row)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("De&scription:"), self.description)
        form.addRow(self.tr("&Linked evidence:"), self.evidence_list)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._fill(event)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.title.textChanged.connect(self._update_ok)
        self._precision_changed()
        self._update_ok()
        self.setTabOrder(self.date, self.time)
        self.setTabOrder(self.time, self.precision)
        self.setTabOrder(self.precision, self.kind)
        self.setTabOrder(self.kind, self.title)
        self.setTabOrder(self.title, self.description)
        self.setTabOrder(self.description, self.evidence_list)
        self.resize(520, 520)

    def _fill(self, event: dict) -> None:
        when = parse_when(event["occurred_at"]) if event.get("occurred_at") else datetime.now().replace(
            hour=12, minute=0)
        self.date.setDate(QDate(when.year, when.month, when.day))
        self.time.setTime(QTime(when.hour, when.minute))
        self.precision.setCurrentIndex(max(0, self.precision.findData(event.get("precision", "day"))))
        self.kind.setCurrentIndex(max(0, self.kind.findData(event.get("kind", "other"))))
        self.title.setText(event.get("title", ""))
        self.description.setPlainText(event.get("description", ""))

    def _precision_changed(self) -> None:
        precision = self.precision.currentData()
        self.time.setVisible(precision == "exact")
        self.date.setDisplayFormat("yyyy-MM" if precision == "month" else "yyyy-MM-dd")

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))

    def values(self) -> dict:
        picked = self.date.date()
        day = date(picked.year(), picked.month(), picked.day())
        precision = self.precision.currentData()
        if precision == "exact":
            t = self.time.time()
            when = datetime(day.year, day.month, day.day, t.hour(), t.minute()).isoformat(timespec="minutes")
        elif precision == "month":
            when = day.strftime("%Y-%m")
        else:
            when = day.isoformat()
        return {"occurred_at": when, "precision": precision, "kind": self.kind.currentData(),
                "title": self.title.text().strip(), "description": self.description.toPlainText().strip()}

    def evidence_ids(self) -> list[int]:
        return self.evidence_model.checked_ids()
