"""The details, grouped as a person would tell them, each field bound to the details model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.dates import first_date
from desktop.core.vocab import label
from desktop.ui.common.language import ui_language
from desktop.ui.overview.fields import CHOICE_FIELDS, MULTILINE_FIELDS, CaseDetailsModel, field_labels


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
                                     "clinic_phone", "practitioner", "clinic_status")),
            (self.tr("Treatment and payment"), ("treatment", "treatment_dates", "contract_date", "amount_paid",
                                                "payment_method", "payment_channel", "payment_refs", "loan",
                                                "platform")),
            (self.tr("Licence check"), ("licence_scope", "practitioner_qualified", "product_approved")),
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
        self.licence_help = QLabel(self.tr(
            "Look at the licence (医疗机构执业许可证, or a small clinic's 诊所备案凭证) on the wall or on the health "
            "commission's website: its scope should list 医疗美容科 and the subject of your treatment (美容外科, "
            "美容皮肤科, 美容牙科 or 美容中医科). Ask the doctor's registration and qualification; products such as "
            "fillers must be approved by the NMPA. A “no” here makes the health commission the first place to "
            "complain."))
        self.licence_help.setWordWrap(True)
        self.licence_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.editors["licence_scope"].parentWidget().layout().insertRow(0, self.licence_help)
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
            if field in ("first_aware_date", "treatment_dates", "contract_date"):
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
        unreadable = [f for f in ("first_aware_date", "contract_date")
                      if self.model.value(f) and first_date(self.model.value(f)) is None]
        self.date_hint.setVisible(bool(unreadable))

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
