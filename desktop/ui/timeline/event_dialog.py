"""Add or edit one event: when (with how precisely it is known), what kind, what happened, and
which evidence shows it. Some kinds ask for more, because a deadline depends on it: when a demand
arrived and the reply date it set; who received a complaint or a mediation request; where a
settlement was signed; and, for a settlement offer, the questions to answer before signing it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.checks import ANSWERS, SETTLEMENT_QUESTIONS, answer_label
from desktop.core.vocab import (
    BODIES,
    COMPLAINT_BODIES,
    EVENT_KIND_EFFECTS,
    EVENT_KINDS,
    MEDIATION_BODIES,
    PRECISIONS,
    label,
)
from desktop.ui.common.date_edit import OptionalDateEdit
from desktop.ui.common.dates import parse_when
from desktop.ui.common.evidence_panel import ChoiceModel, evidence_choices
from desktop.ui.common.language import ui_language
from desktop.ui.session import CaseSession

# Who can receive an event of each kind ('' first: not said).
BODIES_FOR_KIND = {"complaint": COMPLAINT_BODIES, "mediation-request": MEDIATION_BODIES,
                   "settlement-signed": MEDIATION_BODIES}


class SettlementCheck(QGroupBox):
    """The questions to answer before signing a settlement, with the answers kept on the offer."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Before you sign: check the offer"))
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        intro = QLabel(self.tr("A signed settlement is a binding contract: it can be undone only for fraud, coercion "
                               "or gross unfairness, through a court, within a year. Answer what you can; the app "
                               "shows what is missing or worrying before you mark the offer accepted."))
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow(intro)
        for question in SETTLEMENT_QUESTIONS:
            editor: QWidget
            if question.kind == "yes_no":
                editor = QComboBox()
                for key in ANSWERS["yes_no"]:
                    editor.addItem(answer_label(key, lang), key)
            elif question.kind == "date":
                editor = OptionalDateEdit()
                editor.set_not_set_text(self.tr("not set"))
            else:
                editor = QLineEdit()
            caption = QLabel(question.text(lang))
            caption.setWordWrap(True)
            form.addRow(caption, editor)
            self.editors[question.key] = editor

    def answers(self) -> dict:
        values = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                values[key] = editor.currentData() or ""
            elif isinstance(editor, OptionalDateEdit):
                values[key] = editor.value() or ""
            else:
                values[key] = editor.text().strip()
        return {key: value for key, value in values.items() if value}

    def set_answers(self, answers: dict) -> None:
        for key, editor in self.editors.items():
            value = str(answers.get(key) or "")
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, OptionalDateEdit):
                editor.set_value(value or None)
            else:
                editor.setText(value)


class EventDialog(QDialog):
    """`values()` gives the event fields; `evidence_ids()` the items ticked as linked."""

    def __init__(self, session: CaseSession, event: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = ui_language()
        self.setWindowTitle(self.tr("Edit event") if event and "id" in event else self.tr("Add event"))
        event = event or {}
        self._build_fields(session, event)
        self._build_layout()
        self._fill(event)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.title.textChanged.connect(self._update_ok)
        self._precision_changed()
        self._kind_changed()
        self._update_ok()
        self.resize(600, 640)

    def _build_fields(self, session: CaseSession, event: dict) -> None:
        lang = self._lang
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
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.effect.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.arrived = OptionalDateEdit()
        self.reply_by = OptionalDateEdit()
        for edit in (self.arrived, self.reply_by):
            edit.set_not_set_text(self.tr("not known"))
        self.body = QComboBox()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What happened, in a few words"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Details: who, where, what was said or done"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.settlement = SettlementCheck(lang)
        self.evidence_model = ChoiceModel(evidence_choices(session), set(event.get("evidence_ids", [])), self)
        self.evidence_list = QListView()
        self.evidence_list.setModel(self.evidence_model)
        self.evidence_list.setMinimumHeight(100)

    def _build_layout(self) -> None:
        when_row = QHBoxLayout()
        when_row.addWidget(self.date, 1)
        when_row.addWidget(self.time)
        when_row.addWidget(self.precision, 1)
        self.form = QFormLayout()
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        self.form.addRow(date_label, when_row)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow("", self.effect)
        self.form.addRow(self.tr("It &arrived on:"), self.arrived)
        self.form.addRow(self.tr("&Reply asked by:"), self.reply_by)
        self.body_label = QLabel()
        self.body_label.setBuddy(self.body)
        self.form.addRow(self.body_label, self.body)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("De&scription:"), self.description)
        self.form.addRow(self.tr("&Linked evidence:"), self.evidence_list)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(self.form)
        column.addWidget(self.settlement)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        order = (self.date, self.time, self.precision, self.kind, self.arrived.check, self.arrived.edit,
                 self.reply_by.check, self.reply_by.edit, self.body, self.title, self.description, self.evidence_list)
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)

    def _fill(self, event: dict) -> None:
        when = parse_when(event["occurred_at"]) if event.get("occurred_at") else datetime.now().replace(
            hour=12, minute=0)
        self.date.setDate(QDate(when.year, when.month, when.day))
        self.time.setTime(QTime(when.hour, when.minute))
        self.precision.setCurrentIndex(max(0, self.precision.findData(event.get("precision", "day"))))
        self.kind.setCurrentIndex(max(0, self.kind.findData(event.get("kind", "other"))))
        self.title.setText(event.get("title", ""))
        self.description.setPlainText(event.get("description", ""))
        self.arrived.set_value(event.get("arrived_on"))
        self.reply_by.set_value(event.get("reply_by"))
        self._body = event.get("body", "")
        self.settlement.set_answers(event.get("checks") or {})

    def _precision_changed(self) -> None:
        precision = self.precision.currentData()
        self.time.setVisible(precision == "exact")
        self.date.setDisplayFormat("yyyy-MM" if precision == "month" else "yyyy-MM-dd")

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        has_effect = kind in EVENT_KIND_EFFECTS
        self.effect.setText(label(EVENT_KIND_EFFECTS, kind, self._lang) if has_effect else "")
        self.effect.setVisible(has_effect)
        for editor in (self.arrived, self.reply_by):
            self.form.setRowVisible(editor, kind == "demand")
        bodies = BODIES_FOR_KIND.get(kind, ())
        chosen = self.body.currentData() if self.body.count() else self._body
        self.body.clear()
        self.body.addItem(self.tr("Not said"), "")
        for key in bodies:
            self.body.addItem(label(BODIES, key, self._lang), key)
        self.body.setCurrentIndex(max(0, self.body.findData(chosen)))
        self.body_label.setText({"complaint": self.tr("Filed &with:"), "mediation-request": self.tr("Asked &of:"),
                                 "settlement-signed": self.tr("Signed &in:")}.get(kind, ""))
        self.form.setRowVisible(self.body, bool(bodies))
        self.settlement.setVisible(kind == "settlement-offer")

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
        kind = self.kind.currentData()
        return {"occurred_at": when, "precision": precision, "kind": kind,
                "title": self.title.text().strip(), "description": self.description.toPlainText().strip(),
                "arrived_on": self.arrived.value() if kind == "demand" else None,
                "reply_by": self.reply_by.value() if kind == "demand" else None,
                "body": (self.body.currentData() or "") if kind in BODIES_FOR_KIND else "",
                "checks": self.settlement.answers() if kind == "settlement-offer" else {}}

    def evidence_ids(self) -> list[int]:
        return self.evidence_model.checked_ids()
