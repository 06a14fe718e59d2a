"""Choose a timeline event or a checklist step to link evidence to."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop.core.clock import short_datetime
from desktop.core.playbook import load_playbook
from desktop.ui.evidence.labels import ui_language
from desktop.ui.session import CaseSession

TargetRole = Qt.ItemDataRole.UserRole + 1  # ("event" | "step", id)


class LinkTargetModel(QAbstractListModel):
    """The case's events (by date) then its checklist steps (in playbook order)."""

    def __init__(self, session: CaseSession, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[str, int, str]] = []
        case = session.case
        for event in case.timeline.list():
            text = self.tr("Event: {0}, {1}").format(short_datetime(event["occurred_at"]), event["title"])
            self._rows.append(("event", event["id"], text))
        lang = ui_language()
        for number, step in enumerate(case.checklist.list(), start=1):
            title = load_playbook(step["playbook_id"]).step_title(step, lang)
            self._rows.append(("step", step["id"], self.tr("Step {0}: {1}").format(number, title)))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, target_id, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == TargetRole:
            return kind, target_id
        return None


class LinkChooserDialog(QDialog):
    def __init__(self, session: CaseSession, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to an event or a step"))
        self.model = LinkTargetModel(session, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        intro = QLabel(self.tr("Link %n item(s) to:", "", count))
        self.filter_edit = QLineEdit(placeholderText=self.tr("Type to narrow the list"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setUniformItemSizes(True)
        self.list_view.doubleClicked.connect(self.accept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list_view.selectionModel().currentChanged.connect(self._update_ok)
        self.proxy.modelReset.connect(self._update_ok)
        self.proxy.rowsRemoved.connect(self._update_ok)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        if self.proxy.rowCount():
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))
        self._update_ok()

    def _update_ok(self, *args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list_view.currentIndex().isValid())

    def target(self) -> tuple[str, int] | None:
        index = self.list_view.currentIndex()
        return index.data(TargetRole) if index.isValid() else None

    def select(self, kind: str, target_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(TargetRole) == (kind, target_id):
                self.list_view.setCurrentIndex(index)
                return
