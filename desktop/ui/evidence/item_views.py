"""The two views over the evidence model: a thumbnail grid and a detail list.

Both take files dropped from the file manager (to import them), let items be dragged out (onto
timeline events and checklist steps, with the shared evidence MIME), and reorder exhibits when
items are dragged within themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDrag, QFont, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.ui.common.mime import EVIDENCE_IDS_MIME, evidence_ids_from
from desktop.ui.evidence.model import COL, THUMB_SIZE, IdRole, ItemRole, ThumbnailRole


def local_paths(event) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class _DropHandling:
    """Shared by both views (mixed into QAbstractItemView subclasses that declare the signals)."""

    reorder_enabled = True

    def _setup_drag_drop(self) -> None:
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # drops land on the viewport, which must accept them too
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def _is_internal(self, event) -> bool:
        return (self.reorder_enabled and event.source() is self
                and event.mimeData().hasFormat(EVIDENCE_IDS_MIME))

    def dragEnterEvent(self, event) -> None:
        if local_paths(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        elif self._is_internal(event):
            super().dragEnterEvent(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if local_paths(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        elif self._is_internal(event):
            super().dragMoveEvent(event)
            if event.isAccepted():
                event.setDropAction(Qt.DropAction.MoveAction)
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        paths = local_paths(event)
        if paths:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.filesDropped.emit(paths)
        elif self._is_internal(event):
            ids = evidence_ids_from(event.mimeData())
            target = self.indexAt(event.position().toPoint())
            position = self.dropIndicatorPosition()
            anchor = target.data(IdRole) if target.isValid() else 0
            after = position == QAbstractItemView.DropIndicatorPosition.BelowItem or not target.isValid()
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            if anchor not in ids:
                self.reorderDropped.emit(ids, anchor or 0, after)
        else:
            event.ignore()
        self.viewport().update()  # clear the drop indicator: we handled the drop ourselves

    def startDrag(self, supported_actions) -> None:
        indexes = [i for i in self.selectedIndexes() if i.column() == 0] or self.selectedIndexes()
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        first = indexes[0].data(ThumbnailRole)
        if isinstance(first, QPixmap):
            drag.setPixmap(first.scaled(QSize(64, 64), Qt.AspectRatioMode.KeepAspectRatio))
        # Whatever the target does with the ids (link, reorder), nothing is removed here.
        drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction,
                  Qt.DropAction.CopyAction)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            current = self.currentIndex()
            rect = self.visualRect(current) if current.isValid() else QRect()
            point = rect.center() if rect.isValid() and self.viewport().rect().intersects(rect) else QPoint(8, 8)
            self.menuRequested.emit(self.viewport().mapToGlobal(point))
        else:
            self.menuRequested.emit(event.globalPos())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enterPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _paint_empty_hint(self) -> None:
        if self.model() is None or self.model().rowCount() > 0 or not self.empty_hint:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_hint)
        painter.end()


class EvidenceGrid(_DropHandling, QListView):
    filesDropped = Signal(list)
    reorderDropped = Signal(list, int, bool)  # ids, anchor id (0: the end), after the anchor
    menuRequested = Signal(QPoint)
    enterPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_hint = ""
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)  # after IconMode, which turns free movement on
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setSpacing(6)
        self.setWordWrap(True)
        self.setItemDelegate(GridDelegate(self))
        self._setup_drag_drop()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self._paint_empty_hint()


class EvidenceTable(_DropHandling, QTableView):
    filesDropped = Signal(list)
    reorderDropped = Signal(list, int, bool)
    menuRequested = Signal(QPoint)
    enterPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_hint = ""
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the window
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self._setup_drag_drop()

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        widths = {"exhibit": 48, "title": 200, "category": 130, "evidence_date": 120, "file_name": 170,
                  "media_type": 110, "size": 70, "private": 60}
        for name, width in widths.items():
            header.resizeSection(COL[name], width)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self._paint_empty_hint()


class GridDelegate(QStyledItemDelegate):
    """A tile: the thumbnail, then 'E3' and the title; a lock line for private items."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(THUMB_SIZE.width() + 2 * self.PADDING,
                     THUMB_SIZE.height() + 3 * line + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item = index.data(ItemRole)
        if item is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        picture_area = QRect(rect.left(), rect.top(), rect.width(), THUMB_SIZE.height())
        self._paint_picture(painter, picture_area, index.data(ThumbnailRole))

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        line = option.fontMetrics.height()
        text_top = picture_area.bottom() + self.PADDING
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        exhibit = item.get("exhibit", "")
        exhibit_width = painter.fontMetrics().horizontalAdvance(exhibit + " ")
        painter.drawText(QRect(rect.left(), text_top, exhibit_width, line), Qt.AlignmentFlag.AlignLeft, exhibit)
        painter.setFont(option.font)
        title_rect = QRect(rect.left() + exhibit_width, text_top, rect.width() - exhibit_width, line)
        title = option.fontMetrics.elidedText(item.get("title") or item.get("file_name") or "",
                                              Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, title)
        second = index.siblingAtColumn(COL["category"]).data()
        if item.get("private"):
            second = QCoreApplication.translate("GridDelegate", "Private · {0}").format(second)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(rect.left(), text_top + line, rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         option.fontMetrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    @staticmethod
    def _paint_picture(painter: QPainter, area: QRect, picture) -> None:
        if isinstance(picture, QPixmap):
            target = QRect(QPoint(0, 0), picture.deviceIndependentSize().toSize())
            target.moveCenter(area.center())
            painter.drawPixmap(target, picture)
        elif isinstance(picture, QIcon):
            side = min(64, area.height())
            target = QRect(0, 0, side, side)
            target.moveCenter(area.center())
            picture.paint(painter, target)
