"""The Overview: the case's details as a form, and a summary of where the case stands.

The form's widgets are bound to CaseDetailsModel (one row, a column per detail). An edit is
committed when the field is left (Tab, Enter, a click elsewhere), never per keystroke, and goes
through the undo stack as one EditDetailsCommand; undo re-reads the model and the form follows."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QDate, QEvent, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from desktop.core import deadlines
from desktop.core.changes import DETAILS, Changes
from desktop.core.details import DETAIL_FIELDS
from desktop.core.playbook import load_playbook
from desktop.core.vocab import CATEGORIES, DEMAND_KINDS, REFUND_CLAUSE, label
from desktop.ui.common.commands import EditDetailsCommand
from desktop.ui.common.language import ui_language
from desktop.ui.session import CaseSession

MULTILINE_FIELDS = ("refund_clause_text", "notes")
CHOICE_FIELDS = {"demand_kind": DEMAND_KINDS, "refund_clause": REFUND_CLAUSE}


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

    @property
    def is_sample(self) -> bool:
        return bool(self._values.get("is_sample"))

    def _case_changed(self, changes: Changes) -> None:
        if changes.touches(DETAILS) and not self._session.case.closed:
            fresh = self._session.case.details.get()
            columns = [c for c, field in enumerate(DETAIL_FIELDS) if fresh[field] != self._values.get(field)]
            self._values = fresh
            if columns:
                self.dataChanged.emit(self.index(0, min(columns)), self.index(0, max(columns)))


class _EditorEvents(QObject):
    """Commits a multi-line field when it loses focus, and lets Ctrl+Z reach the case's undo
    when the focused field holds no edit of its own (otherwise the field undoes its typing)."""

    def __init__(self, form: "DetailsForm"):
        super().__init__(form)
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = watched.property("detail_field")
        if field is None:
            return False
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self._form.commit(field)
        elif event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if _is_undo_or_redo(event) and not self._form.is_pending(field):
                event.ignore()
                return True
        return False


_CASE_UNDO_KEYS = (QKeySequence("Ctrl+Z"), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    return QKeySequence(event.keyCombination()) in _CASE_UNDO_KEYS


class DetailsForm(QWidget):
    """The details, grouped as a person would tell them, each field bound to the model."""

    def __init__(self, model: CaseDetailsModel, read_only: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.editors: dict[str, QWidget] = {}
        self._shown: dict[str, str] = {}
        self._events = _EditorEvents(self)
        labels = field_labels()
        captions: list[QLabel] = []
        layout = QVBoxLayout(self)
        groups = (
            (self.tr("The case"), ("title",)),
            (self.tr("You"), ("complainant_name", "complainant_phone", "complainant_address")),
            (self.tr("The clinic"), ("clinic_name", "clinic_address", "clinic_credit_code", "clinic_licence_no",
                                     "clinic_phone", "practitioner")),
            (self.tr("Treatment and payment"), ("treatment", "treatment_dates", "amount_paid", "payment_method",
                                                "payment_refs")),
            (self.tr("What happened and what you want"), ("first_aware_date", "demand_kind", "demand_amount",
                                                          "refund_clause", "refund_clause_text")),
            (self.tr("Notes"), ("notes",)),
        )
        for title, fields in groups:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field in fields:
                editor = self._make_editor(field, read_only)
                text = labels[field] if len(fields) > 1 or field != "notes" else ""
                if text:
                    caption = QLabel(text + QCoreApplication.translate("CaseFields", ":"))
                    caption.setBuddy(editor)
                    caption.setWordWrap(True)
                    captions.append(caption)
                    form.addRow(caption, editor)
                else:
                    form.addRow(editor)
                editor.setAccessibleName(labels[field])
            layout.addWidget(box)
        # One label column for every group, so the fields line up down the page; long labels wrap.
        widest = max(c.fontMetrics().horizontalAdvance(c.text()) for c in captions) + 8
        for caption in captions:
            caption.setFixedWidth(min(widest, 230))
        self.date_hint = QLabel(self.tr("Write the date as YYYY-MM-DD, for example 2025-03-15."))
        self.date_hint.setWordWrap(True)
        self.date_hint.setVisible(False)
        layout.addStretch(1)
        first_aware = self.editors["first_aware_date"]
        first_aware.parentWidget().layout().insertRow(1, "", self.date_hint)
        model.dataChanged.connect(self.refresh)
        self.refresh()

    def _make_editor(self, field: str, read_only: bool) -> QWidget:
        editor: QWidget
        if field in CHOICE_FIELDS:
            editor = QComboBox()
            for key, _pair in CHOICE_FIELDS[field].items():
                editor.addItem(label(CHOICE_FIELDS[field], key, ui_language()), key)
            editor.activated.connect(lambda _i, f=field: self.commit(f))
            editor.setEnabled(not read_only)
        elif field in MULTILINE_FIELDS:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setReadOnly(read_only)
            editor.setMinimumHeight(72)
            editor.setMaximumHeight(140)
        else:
            editor = QLineEdit()
            editor.setReadOnly(read_only)
            editor.editingFinished.connect(lambda f=field: self.commit(f))
            if field in ("first_aware_date", "treatment_dates"):
                editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
        editor.setProperty("detail_field", field)
        editor.installEventFilter(self._events)
        self.editors[field] = editor
        return editor

    def editor_value(self, field: str) -> str:
        editor = self.editors[field]
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    def is_pending(self, field: str) -> bool:
        """The field shows something the user typed and has not committed yet."""
        return self.editor_value(field) != self._shown.get(field, "")

    def commit(self, field: str) -> None:
        if self.is_pending(field):
            self.model.set_value(field, self.editor_value(field))
            self._update_date_hint()

    def commit_all(self) -> None:
        for field in self.editors:
            self.commit(field)

    def refresh(self) -> None:
        for field, editor in self.editors.items():
            value = self.model.value(field)
            if editor.hasFocus() and self.is_pending(field) and self._shown.get(field) == value:
                continue  # the user is typing here: keep their text
            self._shown[field] = value
            if self.editor_value(field) == value:
                continue
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                editor.setCurrentIndex(index if index >= 0 else 0)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setText(value)
                editor.setCursorPosition(0)
            editor.blockSignals(False)
        self._update_date_hint()

    def _update_date_hint(self) -> None:
        value = self.model.value("first_aware_date")
        self.date_hint.setVisible(bool(value) and deadlines.first_date(value) is None)

    def focus_matching(self, query: str) -> bool:
        """Put the cursor in the first field containing every word of a search."""
        terms = [t.lower() for t in query.split() if t]
        for field, editor in self.editors.items():
            text = self.editor_value(field).lower()
            if terms and all(t in text for t in terms):
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(editor, QLineEdit):
                    start = text.find(terms[0])
                    editor.setSelection(start, len(terms[0]))
                return True
        return False


class CaseSummary(QWidget):
    """Where the case stands: steps settled, evidence by category, the next step, the deadline."""

    showStepRequested = Signal(int)

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._next_step_id: int | None = None
        layout = QVBoxLayout(self)

        steps_box = QGroupBox(self.tr("Steps"))
        steps_layout = QVBoxLayout(steps_box)
        self.steps_label = QLabel()
        self.steps_bar = QProgressBar()
        self.steps_bar.setTextVisible(False)
        self.steps_bar.setMaximumHeight(10)
        self.next_label = _wrapping_label()
        self.missing_label = _wrapping_label()
        self.next_button = QPushButton(self.tr("Open this step in the checklist"))
        self.next_button.clicked.connect(lambda: self._next_step_id and self.showStepRequested.emit(self._next_step_id))
        for widget in (self.steps_label, self.steps_bar, self.next_label, self.missing_label):
            steps_layout.addWidget(widget)
        steps_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(steps_box)

        evidence_box = QGroupBox(self.tr("Evidence"))
        evidence_layout = QVBoxLayout(evidence_box)
        self.evidence_label = QLabel()
        self.categories_label = _wrapping_label()
        evidence_layout.addWidget(self.evidence_label)
        evidence_layout.addWidget(self.categories_label)
        layout.addWidget(evidence_box)

        deadline_box = QGroupBox(self.tr("Time limit for a claim"))
        deadline_layout = QVBoxLayout(deadline_box)
        self.deadline_label = _wrapping_label()
        font = QFont(self.deadline_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.deadline_label.setFont(font)
        self.basis_label = _wrapping_label()
        self.caution_label = _wrapping_label()
        self.caution_label.setText(self.tr(
            "This is worked out from the Civil Code (arts. 188, 195 and 203) as the app understands it: check the "
            "current rule. It is guidance, not legal advice."))
        self.caution_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for widget in (self.deadline_label, self.basis_label, self.caution_label):
            deadline_layout.addWidget(widget)
        layout.addWidget(deadline_box)
        layout.addStretch(1)

        session.changed.connect(self._case_changed)
        self.refresh()

    def _case_changed(self, changes: Changes) -> None:
        if not self._session.case.closed:
            self.refresh()

    def refresh(self) -> None:
        case, lang = self._session.case, ui_language()
        settled, total = case.checklist.progress()
        self.steps_label.setText(self.tr("{settled} of {total} steps settled (done, skipped or not needed)")
                                 .format(settled=settled, total=total))
        self.steps_bar.setRange(0, max(total, 1))
        self.steps_bar.setValue(settled)
        step = case.checklist.next_step()
        self._next_step_id = step["id"] if step else None
        self.next_button.setVisible(step is not None)
        if step is None:
            self.next_label.setText(self.tr("Every step is settled."))
            self.missing_label.clear()
        else:
            definition = load_playbook(step["playbook_id"]).step(step["step_key"])
            title = definition.text("title", lang) if definition else step["step_key"]
            self.next_label.setText(self.tr("Next step: {title}").format(title=title))
            missing = [label(CATEGORIES, c, lang) for c in case.checklist.missing_evidence(step)]
            if missing:
                self.missing_label.setText(self.tr("This step still needs: {categories}.")
                                           .format(categories=self.tr(", ").join(missing)))
            else:
                self.missing_label.setText(self.tr("The evidence this step needs is in the case."))

        counts = case.evidence.count_by_category()
        count = sum(counts.values())
        self.evidence_label.setText(self.tr("1 item of evidence") if count == 1 else
                                    self.tr("{count} items of evidence").format(count=count))
        parts = [self.tr("{category}: {count}").format(category=label(CATEGORIES, key, lang), count=counts[key])
                 for key in CATEGORIES if counts.get(key)]
        self.categories_label.setText(self.tr(" · ").join(parts) if parts else
                                      self.tr("No evidence yet: import photos, chats and documents in Evidence."))
        self._show_deadline(deadlines.for_case(case).limitation)

    def _show_deadline(self, result: deadlines.Deadline | None) -> None:
        if result is None:
            self.deadline_label.setText(self.tr("Not known yet"))
            self.basis_label.setText(self.tr(
                "Enter the date you first knew something was wrong (in the form, under “What happened”) to see "
                "how long you have to make a claim."))
            return
        when = _long_date(result.due)
        if result.passed:
            self.deadline_label.setText(self.tr("The three-year limit ended on {date}.").format(date=when))
        else:
            self.deadline_label.setText(
                self.tr("1 day left, until {date}").format(date=when) if result.days_left == 1 else
                self.tr("{days} days left, until {date}").format(days=result.days_left, date=when))
        # The core words the basis and its cautions (the last day moved past a rest day, missing dates…).
        lang = ui_language()
        separator = "" if lang.startswith("zh") else " "
        self.basis_label.setText(separator.join([result.basis(lang), *result.caution_texts(lang)]))


def _wrapping_label() -> QLabel:
    widget = QLabel()
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def _long_date(value) -> str:
    """22 August 2029 / 2029年8月22日: a date nobody can misread, without the weekday."""
    pattern = "yyyy年M月d日" if ui_language() == "zh" else "d MMMM yyyy"
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


class OverviewView(QWidget):
    showStepRequested = Signal(int)

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = CaseDetailsModel(session, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = DetailsForm(self.model, session.read_only)
        self.summary = CaseSummary(session)
        self.summary.showStepRequested.connect(self.showStepRequested)
        session.aboutToLeave.connect(self.form.commit_all)
        for widget, stretch in ((self.form, 3), (self.summary, 2)):
            scroll = QScrollArea()
            scroll.setWidget(widget)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the page list straight to the fields
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            layout.addWidget(scroll, stretch)


    def show_item(self, _case_id: int = 1, query: str = "") -> None:
        if not (query and self.form.focus_matching(query)):
            self.form.editors["title"].setFocus(Qt.FocusReason.OtherFocusReason)
