"""The fields of one evidence item: what the user says about it (editable, undoable) and what the
file is (read-only: name, type, size, SHA-256, import and capture times, camera, read note).

A text field commits when it loses focus or Enter is pressed; a choice commits at once. Each
commit is one EditEvidenceCommand, named for the Edit menu ("Edit title of E3")."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import short_datetime
from desktop.core.errors import EvidenceNotFound
from desktop.ui.common.commands import EditEvidenceCommand
from desktop.ui.error_text import describe_notes
from desktop.ui.evidence.labels import category_choices, human_size, made_from, type_label
from desktop.ui.session import CaseSession

DATE_PATTERN = re.compile(r"^\d{4}-\d{2}(-\d{2}([ T]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?)?)?$")


def normalise_date(text: str) -> str | None:
    """'' or ISO text (YYYY-MM, YYYY-MM-DD, with a time and offset); None if it is not a date."""
    text = text.strip()
    if not text:
        return ""
    if not DATE_PATTERN.match(text):
        return None
    try:
        if len(text) == 7:
            datetime.strptime(text, "%Y-%m")
            return text
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text.replace(" ", "T")).isoformat()
    except ValueError:
        return None


def shown(field: str, value) -> str:
    """A stored value as its box shows it (dates with a space, not ISO's T)."""
    text = "" if value is None else str(value)
    return text.replace("T", " ") if field == "evidence_date" else text


class _CommitOnFocusOut(QObject):
    """Plain-text boxes have no editingFinished: commit when focus leaves them."""

    def __init__(self, callback, parent: QObject):
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class FieldsEditor(QWidget):
    committed = Signal(str)  # the field just saved

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._item: dict | None = None
        self._loading = False
        self._texts = {
            "title": self.tr("Edit title of {0}"),
            "category": self.tr("Edit category of {0}"),
            "proves": self.tr("Edit what {0} proves"),
            "source": self.tr("Edit source of {0}"),
            "evidence_date": self.tr("Edit date of {0}"),
            "notes": self.tr("Edit notes of {0}"),
            "private": self.tr("Mark {0} private"),
            "not_private": self.tr("Mark {0} not private"),
        }

        self._build_editable()
        self._build_info()
        self.summary = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.editable)
        layout.addWidget(self.info_box)
        layout.addStretch(1)
        self.set_item(None)

    def _build_editable(self) -> None:
        """What the user says about the item; each box saves when it is left."""
        self.title_edit = QLineEdit()
        self.category_combo = QComboBox()
        for key, label in category_choices():
            self.category_combo.addItem(label, key)
        self.proves_edit = QPlainTextEdit()
        self.proves_edit.setPlaceholderText(self.tr("For example: the clinic promised a refund if I was not satisfied."))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Where it comes from: my phone, the clinic's WeChat, the bank…"))
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD or YYYY-MM-DD HH:MM"))
        self.date_problem = QLabel(wordWrap=True)
        self.date_problem.setVisible(False)
        self.notes_edit = QPlainTextEdit()
        self.private_check = QCheckBox(self.tr("Private: leave it out of what I share"))
        for box in (self.proves_edit, self.notes_edit):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)

        self.title_edit.editingFinished.connect(lambda: self._commit("title", self.title_edit.text().strip()))
        self.source_edit.editingFinished.connect(lambda: self._commit("source", self.source_edit.text().strip()))
        self.date_edit.editingFinished.connect(self._commit_date)
        self.category_combo.activated.connect(
            lambda _index: self._commit("category", self.category_combo.currentData()))
        self.private_check.clicked.connect(lambda checked: self._commit("private", int(checked)))
        self.proves_edit.installEventFilter(_CommitOnFocusOut(
            lambda: self._commit("proves", self.proves_edit.toPlainText().strip()), self))
        self.notes_edit.installEventFilter(_CommitOnFocusOut(
            lambda: self._commit("notes", self.notes_edit.toPlainText().strip()), self))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Category"), self.category_combo)
        form.addRow(self.tr("What it &proves"), self.proves_edit)
        form.addRow(self.tr("&Source"), self.source_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow("", self.date_problem)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        form.addRow("", self.private_check)
        form.setContentsMargins(0, 0, 0, 0)
        self.editable = QWidget()
        self.editable.setLayout(form)

    def _build_info(self) -> None:
        """What the file is: read-only, as recorded at import."""
        self.info_labels: dict[str, QLabel | QLineEdit] = {}
        info_form = QFormLayout()
        info_names = {
            "made_from": self.tr("Made from"),
            "file_name": self.tr("File name"), "media_type": self.tr("Type"), "size": self.tr("Size"),
            "sha256": self.tr("SHA-256"), "imported_at": self.tr("Added"), "captured_at": self.tr("Taken"),
            "camera_model": self.tr("Camera"), "read_note": self.tr("Note"),
        }
        for key, name in info_names.items():
            if key == "sha256":
                # A hash has no place to wrap: a read-only line shows it whole when scrolled, and copies exactly.
                label = QLineEdit(readOnly=True, frame=False)
                label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            else:
                label = QLabel(wordWrap=True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.info_labels[key] = label
            info_form.addRow(name, label)
        self.info_box = QGroupBox(self.tr("The file (never changed)"))
        self.info_box.setLayout(info_form)

    # -- showing -------------------------------------------------------------------------------
    def set_item(self, item: dict | None, selected: int = 0) -> None:
        """Show one item's fields; with none (or several selected) the form is hidden."""
        if self._item is not None and (item is None or item["id"] != self._item["id"]):
            self.commit_pending()
        self._item = item
        self.editable.setVisible(item is not None)
        self.info_box.setVisible(item is not None)
        if item is None:
            self.summary.setText(self.tr("%n items selected: use the toolbar or the context menu to change them "
                                         "together.", "", selected) if selected > 1 else "")
            self.summary.setVisible(selected > 1)
            return
        self.summary.setVisible(False)
        self._load(item)

    def _load(self, item: dict, previous: dict | None = None) -> None:
        """Show the item's values. With `previous` (the values shown so far), a box whose text differs
        from them holds typing not saved yet, and keeps it."""
        def untouched(field: str, text: str) -> bool:
            return previous is None or text.strip() == shown(field, previous[field]).strip()

        self._loading = True
        try:
            if untouched("title", self.title_edit.text()):
                self.title_edit.setText(item["title"] or "")
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(item["category"])))
            if untouched("proves", self.proves_edit.toPlainText()):
                self.proves_edit.setPlainText(item["proves"] or "")
            if untouched("source", self.source_edit.text()):
                self.source_edit.setText(item["source"] or "")
            if untouched("evidence_date", self.date_edit.text()):
                self.date_edit.setText(shown("evidence_date", item["evidence_date"]))
                self.date_problem.setVisible(False)
            if untouched("notes", self.notes_edit.toPlainText()):
                self.notes_edit.setPlainText(item["notes"] or "")
            self.private_check.setChecked(bool(item["private"]))
        finally:
            self._loading = False
        info = self.info_labels
        info["file_name"].setText(item["file_name"] or "")
        info["media_type"].setText(type_label(item["media_type"]))
        info["size"].setText(self.tr("{0} ({1} bytes)").format(human_size(item["size"]), item["size"]))
        info["sha256"].setText(item["sha256"] or "")
        info["sha256"].setCursorPosition(0)
        info["sha256"].setToolTip(item["sha256"] or "")
        info["imported_at"].setText(short_datetime(item["imported_at"]))
        taken = short_datetime(item["captured_at"])
        if taken and item.get("captured_offset"):
            taken = self.tr("{0} (UTC{1})").format(taken, item["captured_offset"])
        info["captured_at"].setText(taken or self.tr("not recorded in the file"))
        info["camera_model"].setText(item["camera_model"] or "")
        info["read_note"].setText(describe_notes(item.get("read_notes")) or item["read_note"] or "")
        info["made_from"].setText(made_from(item, self._original_of(item)))
        for key in ("made_from", "camera_model", "read_note"):
            info[key].setVisible(bool(info[key].text()))
            self.info_box.layout().labelForField(info[key]).setVisible(bool(info[key].text()))

    def _original_of(self, item: dict) -> dict | None:
        """The item a copy was made from, with its exhibit number if it is not in the trash."""
        if item.get("derived_from") is None:
            return None
        evidence = self.session.case.evidence
        try:
            original = evidence.get(item["derived_from"])
        except EvidenceNotFound:  # a damaged file's dangling reference: said as an original that is gone
            return None
        return {**original, "exhibit": evidence.exhibit_numbers().get(original["id"], "")}

    def reload(self, item: dict) -> None:
        """The item changed (an undo, another view): show its values, keeping what is being typed."""
        if self._item is not None and item["id"] == self._item["id"]:
            previous, self._item = self._item, item
            self._load(item, previous)

    @property
    def item(self) -> dict | None:
        return self._item

    # -- saving ----------------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Save text still being edited (before the selection moves elsewhere)."""
        if self._item is None:
            return
        self._commit("title", self.title_edit.text().strip())
        self._commit("proves", self.proves_edit.toPlainText().strip())
        self._commit("source", self.source_edit.text().strip())
        self._commit("notes", self.notes_edit.toPlainText().strip())
        self._commit_date()

    def _commit_date(self) -> None:
        if self._item is None or self._loading:
            return
        value = normalise_date(self.date_edit.text())
        if value is None:
            self.date_problem.setText(self.tr("This is not a date the app can read: write it like 2024-03-15 or "
                                              "2024-03-15 14:30. It was not saved."))
            self.date_problem.setVisible(True)
            return
        self.date_problem.setVisible(False)
        if self._item is not None and value != (self._item["evidence_date"] or ""):
            self._loading = True
            self.date_edit.setText(shown("evidence_date", value))  # as it is saved
            self._loading = False
        self._commit("evidence_date", value)

    def _commit(self, field: str, value) -> None:
        item = self._item
        if item is None or self._loading or self.session.read_only:
            return
        current = item[field]
        if field == "private":
            unchanged = bool(current) == bool(value)
        else:
            unchanged = (current or "") == (value or "")
        if unchanged:
            return
        if field == "title" and not value:
            self.title_edit.setText(item["title"] or "")  # a title is never empty: the file name stays
            return
        key = field if field != "private" or value else "not_private"
        text = self._texts[key].format(item.get("exhibit", item["file_name"]))
        self._item = {**item, field: value}
        self.session.push(EditEvidenceCommand(self.session, [item["id"]], {field: value}, text))
        self.committed.emit(field)
