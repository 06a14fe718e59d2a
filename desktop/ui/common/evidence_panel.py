"""Evidence beside the timeline and the checklist: a compact list to drag from, and a
checkable list to choose linked items from. Small models of their own over case.evidence."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QListView, QStyle, QVBoxLayout, QWidget

from desktop.core.changes import EVIDENCE, Changes
from desktop.core.vocab import CATEGORIES, label
from desktop.ui.common.language import ui_language
from desktop.ui.common.mime import EVIDENCE_IDS_MIME, evidence_mime
from desktop.ui.common.rows import sync_rows
from desktop.ui.session import CaseSession

EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB_SIZE = 48
Index = QModelIndex | QPersistentModelIndex


class EvidenceListModel(QAbstractListModel):
    """Items in exhibit order, shown as "E3  Title" with a thumbnail read on first display."""

    def __init__(self, session: CaseSession, parent=None):
        super().__init__(parent)
        self._session = session
        self._items: list[dict] = session.case.evidence.list()
        self._thumbs: dict[int, QPixmap] = {}  # content never changes for an id: never stale
        session.changed.connect(self._case_changed)

    def _case_changed(self, changes: Changes) -> None:
        if changes.touches(EVIDENCE) and not self._session.case.closed:
            sync_rows(self, self._items, self._session.case.evidence.list())

    def items(self) -> list[dict]:
        return self._items

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item['exhibit']}  {item['title'] or item['file_name']}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(filter(None, [item["file_name"], label(CATEGORIES, item["category"], ui_language()),
                                           item["proves"]]))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(item["id"])
        if role == EVIDENCE_ID_ROLE:
            return item["id"]
        return None

    def _thumbnail(self, evidence_id: int) -> QPixmap:
        # Only rows the view shows ask for a thumbnail, so a long list costs nothing up front.
        if evidence_id not in self._thumbs:
            thumb = self._session.case.evidence.thumbnail(evidence_id)
            image = QPixmap()
            if thumb is None or not image.loadFromData(thumb.data):
                # A file icon instead: every row keeps the same height and its title the same indent.
                image = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon).pixmap(
                    THUMB_SIZE * 2 // 3)
            self._thumbs[evidence_id] = _on_square(image)
        return self._thumbs[evidence_id]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [EVIDENCE_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return evidence_mime([self._items[r]["id"] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction


def _on_square(image: QPixmap) -> QPixmap:
    """The picture scaled into a THUMB_SIZE square and centred, so titles line up whatever its shape."""
    image = image.scaled(THUMB_SIZE, THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation) if max(image.width(), image.height()) > THUMB_SIZE \
        else image
    square = QPixmap(THUMB_SIZE, THUMB_SIZE)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawPixmap((THUMB_SIZE - image.width()) // 2, (THUMB_SIZE - image.height()) // 2, image)
    painter.end()
    return square


class EvidencePanel(QWidget):
    """A titled list of the case's evidence; drag items onto an event or a step to link them."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = EvidenceListModel(session, self)
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("<b>Evidence</b>"))
        self._hint.setText(self.tr("Drag items onto an event or a step to link them."))
        self.list.setAccessibleName(self.tr("Evidence"))


class ChoiceModel(QAbstractListModel):
    """A checkable list of (id, text) pairs: which evidence items or events to link."""

    checkedChanged = Signal()

    def __init__(self, choices: list[tuple[int, str]], checked: set[int], parent=None):
        super().__init__(parent)
        self._choices = list(choices)
        self._checked = set(checked)

    def checked_ids(self) -> list[int]:
        return [i for i, _ in self._choices if i in self._checked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        choice_id, text = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice_id in self._checked else Qt.CheckState.Unchecked
        if role == EVIDENCE_ID_ROLE:
            return choice_id
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        choice_id = self._choices[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(choice_id)
        else:
            self._checked.discard(choice_id)
        self.dataChanged.emit(index, index, [role])
        self.checkedChanged.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else super().flags(index)


def evidence_choices(session: CaseSession) -> list[tuple[int, str]]:
    return [(item["id"], f"{item['exhibit']}  {item['title'] or item['file_name']}")
            for item in session.case.evidence.list()]
