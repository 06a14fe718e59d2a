"""The text the computer read in one item: its lines, to select, copy and correct, beside the picture.

The picture is the evidence; this text only helps to find and quote it, so the panel says it was
machine-read and marks the lines the reader was unsure of. A line is corrected by editing it
(double-click or F2); each correction is one undoable CorrectTextCommand, and the machine's reading
stays beside it. Selecting a line marks its box on the picture; clicking a box selects its line."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import reading
from desktop.core.changes import TEXT, Changes
from desktop.core.clock import short_datetime
from desktop.core.errors import CaseError
from desktop.ui.common.commands import CorrectTextCommand
from desktop.ui.error_text import describe_notes
from desktop.ui.evidence.suggestion_box import SuggestionBox
from desktop.ui.session import CaseSession

LineRole = Qt.ItemDataRole.UserRole + 1
UNSURE_BELOW = 0.8  # the reader's confidence under which a line is marked for checking


class RecognisedTextPanel(QWidget):
    lineSelected = Signal(object)   # the id of the line chosen, or None
    readRequested = Signal(list)    # evidence ids the user asked to read (again)
    linesChanged = Signal(list)     # the item's lines, after it changed or was read

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._item: dict | None = None
        self._lines: list[dict] = []
        self._reading = False
        self._filling = False

        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_button = QPushButton()
        self.read_button.clicked.connect(self._ask_to_read)
        self.copy_all_button = QPushButton(self.tr("Copy all"))
        self.copy_all_button.setToolTip(self.tr("Copy every line, corrections included"))
        self.copy_all_button.clicked.connect(self.copy_all)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recognised text"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._edited)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)

        self.copy_action = QAction(self.tr("Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.list.addAction(self.copy_action)
        self.correct_action = QAction(self.tr("Correct this line"), self)
        self.correct_action.triggered.connect(lambda: self.list.editItem(self.list.currentItem()))
        self.revert_action = QAction(self.tr("Back to the computer's reading"), self)
        self.revert_action.triggered.connect(self.revert_current)

        self.suggestions = SuggestionBox(session)

        buttons = QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.suggestions)
        layout.addStretch(0)  # takes the room only when there is no list: the status stays at the top

        session.changed.connect(self._case_changed)
        self.set_item(None)

    # -- what it shows ------------------------------------------------------------------------------
    @property
    def item(self) -> dict | None:
        return self._item

    def set_item(self, item: dict | None) -> None:
        same = item is not None and self._item is not None and item["id"] == self._item["id"]
        self._item = item
        self._reload(keep=same)
        self.suggestions.set_item(item)

    def set_reading(self, reading_now: bool) -> None:
        """Whether the item shown is being read right now."""
        if reading_now != self._reading:
            self._reading = reading_now
            self._show_status()

    def _reload(self, keep: bool = False) -> None:
        chosen = self.current_line_id() if keep else None
        item = self._item
        self._lines, self._info = [], None
        if item is not None:
            try:
                self._info = self.session.case.text.read_info(item["id"])
                self._lines = self.session.case.text.lines(item["id"])
            except CaseError:  # the item went away under us (emptied trash): nothing to show
                self._info = None
        self._filling = True
        self.list.clear()
        for line in self._lines:
            self.list.addItem(self._list_item(line))
        self._filling = False
        self._show_status()
        self.linesChanged.emit(self._lines)
        if chosen is not None:
            self.select_line(chosen, announce=False)
        self.lineSelected.emit(self.current_line_id())

    def _list_item(self, line: dict) -> QListWidgetItem:
        entry = QListWidgetItem(line["shown"])
        entry.setData(LineRole, line["id"])
        flags = entry.flags() | Qt.ItemFlag.ItemIsEditable
        entry.setFlags(flags if not self.session.read_only else flags & ~Qt.ItemFlag.ItemIsEditable)
        tips = []
        if line["corrected"] is not None:
            font = entry.font()
            font.setItalic(True)
            entry.setFont(font)
            tips.append(self.tr("Corrected by you. The computer read: {0}").format(line["text"]))
        elif line["confidence"] is not None and line["confidence"] < UNSURE_BELOW:
            entry.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            tips.append(self.tr("The computer was not sure of this line: check it against the picture."))
        if line["source"] == "pdf-text":
            tips.append(self.tr("Text of the PDF itself, page {0}").format(line["page"] + 1))
        elif self._item and self._item["media_type"] == "application/pdf":
            tips.append(self.tr("Read by the computer on page {0}").format(line["page"] + 1))
        entry.setToolTip("\n".join(tips))
        return entry

    def _show_status(self) -> None:
        item, info = self._item, self._info
        can_read = item is not None and reading.can_read(item)
        self.read_button.setVisible(can_read)
        self.read_button.setEnabled(can_read and not self._reading and not self.session.read_only)
        self.read_button.setText(self.tr("Read again") if info else self.tr("Read the text"))
        self.read_button.setToolTip(self.tr("Read the text in this item with the computer (on this computer; "
                                            "nothing is sent anywhere)"))
        self.copy_all_button.setEnabled(bool(self._lines))
        self.list.setVisible(bool(self._lines))
        if item is None:
            text = ""
        elif self._reading:
            text = self.tr("Reading the text in this item…")
        elif not can_read:
            text = self.tr("There is no text to read in this kind of file.")
        elif info is None:
            text = self.tr("The text in this item has not been read yet.")
        else:
            notes = describe_notes(info["notes"])
            when = short_datetime(info["read_at"])
            if self._lines and all(line["source"] == "pdf-text" for line in self._lines):
                text = self.tr("This PDF carries its own text ({0} lines), shown as it is.").format(len(self._lines))
            elif self._lines:
                text = self.tr("Read by the computer on {when}: {count} lines. The picture is the evidence; check "
                               "these lines against it. Double-click a line to correct it.").format(
                    when=when, count=len(self._lines))
            else:
                text = self.tr("Read by the computer on {when}: no text found.").format(when=when)
            if notes:
                text += "\n" + notes
        self.status.setText(text)

    # -- lines ------------------------------------------------------------------------------------
    def current_line_id(self) -> int | None:
        entry = self.list.currentItem()
        return entry.data(LineRole) if entry is not None else None

    def select_line(self, line_id: int, announce: bool = True) -> None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(LineRole) == line_id:
                if not announce:
                    self.list.blockSignals(True)
                self.list.setCurrentItem(entry)
                self.list.blockSignals(False)
                self.list.scrollToItem(entry)
                return

    def _current_changed(self, current: QListWidgetItem | None, _previous=None) -> None:
        self.lineSelected.emit(current.data(LineRole) if current is not None else None)

    def _line(self, line_id: int) -> dict | None:
        return next((line for line in self._lines if line["id"] == line_id), None)

    def _edited(self, entry: QListWidgetItem) -> None:
        if self._filling:
            return
        line = self._line(entry.data(LineRole))
        text = entry.text().strip()
        if line is None or text == line["shown"]:
            return
        if not text:  # an emptied line goes back to the machine's reading rather than vanishing
            text = line["text"]
        # After the editor has closed: saving reloads the list, which must not delete an open editor.
        QTimer.singleShot(0, self, lambda: self._correct(line, text if text != line["text"] else None))

    def revert_current(self) -> None:
        line = self._line(self.current_line_id())
        if line is not None and line["corrected"] is not None:
            self._correct(line, None)

    def _correct(self, line: dict, corrected: str | None) -> None:
        exhibit = self.session.case.evidence.exhibit_numbers().get(self._item["id"], "")
        label = (self.tr("Correct a line of {0}") if corrected is not None
                 else self.tr("Undo a correction in {0}")).format(exhibit)
        self.session.push(CorrectTextCommand(self.session, line["id"], corrected, label))

    def copy_selected(self) -> None:
        rows = sorted(self.list.row(entry) for entry in self.list.selectedItems())
        if rows:
            QGuiApplication.clipboard().setText("\n".join(self.list.item(row).text() for row in rows))

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(line["shown"] for line in self._lines))

    def _show_menu(self, position) -> None:
        line = self._line(self.current_line_id())
        if line is None:
            return
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.addAction(self.correct_action)
        menu.addAction(self.revert_action)
        writable = not self.session.read_only
        self.correct_action.setEnabled(writable)
        self.revert_action.setEnabled(writable and line["corrected"] is not None)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.list.viewport().mapToGlobal(position))

    def _ask_to_read(self) -> None:
        if self._item is not None:
            self.readRequested.emit([self._item["id"]])

    def _case_changed(self, changes: Changes) -> None:
        if self._item is not None and (changes.everything or self._item["id"] in changes.updated_ids(TEXT)):
            self._reload(keep=True)
