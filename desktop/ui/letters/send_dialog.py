"""Mark a letter sent: when, how, its tracking number and the receipt. The letter is then kept
exactly as sent, and the timeline gets the event that moves the deadlines (a demand, a complaint,
a mediation request). A demand counts from the day it arrived: asked for here, or added later."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.vocab import BODIES, EVENT_KINDS, SEND_METHODS, label
from desktop.ui.common.date_edit import OptionalDateEdit
from desktop.ui.common.dates import from_qdate, to_qdate


class SendDialog(QDialog):
    def __init__(self, *, lang: str, event_kind: str | None, event_body: str, reply_by: date | None,
                 receipts: list[tuple[int, str]], step_title: str | None, online: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark the letter sent"))
        self._event_kind = event_kind
        intro = QLabel(self.tr("Once marked sent, the letter is kept exactly as it was sent and can no longer be "
                               "changed. (Undo takes the marking back.)"))
        intro.setWordWrap(True)
        self.sent_on = QDateEdit(QDate.currentDate())
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("yyyy-MM-dd")
        self.sent_on.setMaximumDate(QDate.currentDate())
        self.method = QComboBox()
        for key, pair in SEND_METHODS.items():
            self.method.addItem(label(SEND_METHODS, key, lang), key)
        self.method.setCurrentIndex(self.method.findData("online-form" if online else "registered-post"))
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("for example the EMS or courier number, or the complaint number"))
        self.receipt = QComboBox()
        self.receipt.addItem(self.tr("None yet"), None)
        for evidence_id, text in receipts:
            self.receipt.addItem(text, evidence_id)
        receipt_hint = self._hint(self.tr("A photo or scan of the postal receipt, the delivery record or the "
                                          "confirmation page. Import it on the Evidence page first; you can also "
                                          "link it to the timeline event later."))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Sent on"), self.sent_on)
        form.addRow(self.tr("How"), self.method)
        form.addRow(self.tr("Tracking number"), self.tracking)
        form.addRow(self.tr("Receipt"), self.receipt)
        form.addRow(receipt_hint)
        self.arrived_on: OptionalDateEdit | None = None
        self.reply_by: QDateEdit | None = None
        if event_kind == "demand":
            self.arrived_on = OptionalDateEdit()
            self.arrived_on.set_not_set_text(self.tr("not known yet"))
            self.reply_by = QDateEdit(to_qdate(reply_by) if reply_by else QDate.currentDate().addDays(15))
            self.reply_by.setCalendarPopup(True)
            self.reply_by.setDisplayFormat("yyyy-MM-dd")
            form.addRow(self.tr("It arrived on"), self.arrived_on)
            form.addRow(self._hint(self.tr("A demand counts from the day it arrived. Until you add that day "
                                               "(from the delivery tracking), the app counts from the day it was "
                                               "sent and says so with the deadlines.")))
            form.addRow(self.tr("Reply asked for by"), self.reply_by)
        self.mark_step = QCheckBox(self.tr("Mark the step “{step}” done").format(step=step_title or ""))
        self.mark_step.setChecked(bool(step_title))
        self.mark_step.setVisible(bool(step_title))
        recorded = QLabel(self._recorded_text(lang, event_body) if event_kind else
                          self.tr("Nothing is added to the timeline for this letter: add an event there if the "
                                  "sending matters to your case."))
        recorded.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark sent"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(recorded)
        layout.addWidget(self.mark_step)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(560)

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return hint

    def _recorded_text(self, lang: str, body: str) -> str:
        what = label(EVENT_KINDS, self._event_kind, lang)
        if body:
            what = f"{what} · {label(BODIES, body, lang)}"
        return self.tr("The timeline gets the event “{what}” on the day sent, and the deadlines follow it.") \
            .format(what=what)

    def sent(self) -> dict:
        """What the letter records: {sent_on, method, tracking_no, receipt_evidence_id}."""
        return {"sent_on": from_qdate(self.sent_on.date()).isoformat(), "method": self.method.currentData(),
                "tracking_no": self.tracking.text().strip(), "receipt_evidence_id": self.receipt.currentData()}

    def arrived(self) -> str | None:
        return self.arrived_on.value() if self.arrived_on else None

    def reply_date(self) -> str | None:
        return from_qdate(self.reply_by.date()).isoformat() if self.reply_by else None


class ArrivalDialog(QDialog):
    """When a demand that was sent arrived: the day its deadlines count from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("When did it arrive?"))
        self.day = OptionalDateEdit()
        self.day.set_value(date.today().isoformat())
        hint = QLabel(self.tr("The day the clinic received the demand, from the delivery tracking or the signed "
                              "receipt. The deadlines then count from that day."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(self.tr("It arrived on"), self.day)
        form.addRow(self.buttons)
        form.setSizeConstraint(QFormLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(460)
