"""The trash: items moved out of the case's evidence, restorable until the trash is emptied."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import EVIDENCE, Changes
from desktop.core.clock import short_datetime
from desktop.core.errors import CaseError
from desktop.ui.common.commands import TrashEvidenceCommand
from desktop.ui.common.rows import sync_rows
from desktop.ui.evidence.labels import category_label, human_size
from desktop.ui.session import CaseSession

TRASH_COLUMNS = ("file_name", "title", "category", "trashed_at", "size")


class TrashModel(QAbstractTableModel):
    def __init__(self, session: CaseSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._items: list[dict] = []
        self._headers = (self.tr("File name"), self.tr("Title"), self.tr("Category"), self.tr("Trashed on"),
                         self.tr("Size"))
        session.changed.connect(self._case_changed)
        self._items = session.case.evidence.list(trashed=True)

    def _case_changed(self, changes: Changes) -> None:
        if changes.touches(EVIDENCE) and not self.session.case.closed:
            sync_rows(self, self._items, self.session.case.evidence.list(trashed=True))

    def item(self, row: int) -> dict:
        return self._items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TRASH_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self._items[index.row()]
        column = TRASH_COLUMNS[index.column()]
        if column == "category":
            return category_label(item["category"])
        if column == "trashed_at":
            return short_datetime(item["trashed_at"])
        if column == "size":
            return human_size(item["size"])
        return item[column] or ""


class TrashDialog(QDialog):
    """Lists the trash with Restore (undoable) and Empty trash (permanent, after confirmation)."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Trash"))
        self.confirm_box: QMessageBox | None = None
        self.model = TrashModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().resizeSection(0, 200)
        self.table.horizontalHeader().resizeSection(1, 180)
        self.table.horizontalHeader().resizeSection(3, 140)
        intro = QLabel(self.tr("Items in the trash are still in the case file and are left out of the dossier. "
                               "Restore puts them back with their fields and links."), wordWrap=True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        close_button = QPushButton(self.tr("Close"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.ask_to_empty)
        close_button.clicked.connect(self.close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self._update_buttons()

    def _update_buttons(self, *args) -> None:
        writable = not self.session.read_only
        self.restore_button.setEnabled(writable and self.table.selectionModel().hasSelection())
        self.empty_button.setEnabled(writable and self.model.rowCount() > 0)

    def selected_ids(self) -> list[int]:
        return [self.model.item(index.row())["id"] for index in self.table.selectionModel().selectedRows()]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = self.tr("Restore %n item(s) from the trash", "", len(ids))
        self._run(lambda: self.session.push(TrashEvidenceCommand(self.session, ids, text, restore=True)))

    def ask_to_empty(self) -> None:
        count = self.model.rowCount()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Empty the trash?"),
                          self.tr("%n item(s) in the trash will be deleted from the case file for good. "
                                  "This cannot be undone. The deletion is written in the case's log.", "", count),
                          QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(self.tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: box.clickedButton() is delete and self.empty_now())
        self.confirm_box = box
        box.open()

    def empty_now(self) -> None:
        def empty() -> None:
            changes = self.session.case.evidence.empty_trash()
            # Undo steps may name items that no longer exist: the history starts again from here.
            self.session.undo_stack.clear()
            self.session.apply(changes)
        self._run(empty)

    def _run(self, change) -> None:
        try:
            change()
        except CaseError as exc:
            self.session.write_failed(exc)  # says why; a case that cannot be written any more goes read-only
