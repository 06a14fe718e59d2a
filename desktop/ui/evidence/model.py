"""The one table model both evidence views (grid and list) show, and its filter.

Rows are the case's evidence items in exhibit order. data() only looks up the row dicts read by
case.evidence.list(): no SQL per cell. Thumbnails are the stored, already-upright JPEGs, loaded
the first time a row asks for one (that is, when it is painted), a few per event-loop turn, and
kept in a bounded cache, so a case with thousands of items opens at once."""

from __future__ import annotations

import time
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core.changes import EVIDENCE, THUMBNAIL, Changes
from desktop.core.clock import short_datetime
from desktop.ui.common.mime import EVIDENCE_IDS_MIME, evidence_mime
from desktop.ui.common.rows import sync_rows
from desktop.ui.evidence.labels import category_label, human_size, made_from, type_label
from desktop.ui.session import CaseSession

COLUMNS = ("exhibit", "title", "category", "evidence_date", "file_name", "media_type", "size", "private", "notes")
COL = {name: number for number, name in enumerate(COLUMNS)}

IdRole = Qt.ItemDataRole.UserRole + 1
ItemRole = Qt.ItemDataRole.UserRole + 2       # the whole row dict
ThumbnailRole = Qt.ItemDataRole.UserRole + 3  # QPixmap, or a type icon while (or if no) thumbnail loads

THUMB_SIZE = QSize(150, 112)
# Re-reading many items one by one costs more than one query for all of them.
REREAD_ALL_ABOVE = 50
# Loading a stored thumbnail costs about a millisecond; spend at most this long per event-loop turn.
THUMB_BUDGET_S = 0.025


class ThumbnailCache(QObject):
    """Decoded thumbnails by evidence id, least recently used dropped first. Content never changes
    for an id (evidence is immutable); only its picture may, once, when the thumbnails pass replaces
    the camera's small one or the placeholder (`forget`)."""

    loaded = Signal(int)

    def __init__(self, session: CaseSession, capacity: int = 600, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._capacity = capacity
        self._pixmaps: OrderedDict[int, QPixmap | None] = OrderedDict()
        self._pending: OrderedDict[int, None] = OrderedDict()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._load_some)

    def get(self, evidence_id: int) -> QPixmap | None | bool:
        """The pixmap, None if the item has no thumbnail, False if it is not loaded yet (it is queued)."""
        if evidence_id in self._pixmaps:
            self._pixmaps.move_to_end(evidence_id)
            return self._pixmaps[evidence_id]
        self._pending[evidence_id] = None
        if not self._timer.isActive():
            self._timer.start()
        return False

    def _load_some(self) -> None:
        deadline = time.monotonic() + THUMB_BUDGET_S
        while self._pending and time.monotonic() < deadline:
            evidence_id, _ = self._pending.popitem(last=False)
            self._pixmaps[evidence_id] = self._decode(evidence_id)
            while len(self._pixmaps) > self._capacity:
                self._pixmaps.popitem(last=False)
            self.loaded.emit(evidence_id)
        if self._pending:
            self._timer.start()

    def _decode(self, evidence_id: int) -> QPixmap | None:
        if self._session.case.closed:  # the case was closed meanwhile
            return None
        thumb = self._session.case.evidence.thumbnail(evidence_id)  # None for a damaged page too
        if thumb is None:
            return None
        pixmap = QPixmap()
        if not pixmap.loadFromData(thumb.data):
            return None
        return pixmap.scaled(THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)

    def forget(self, ids) -> None:
        for evidence_id in ids:
            self._pixmaps.pop(evidence_id, None)

    def forget_pending(self) -> None:
        self._pending.clear()
        self._timer.stop()


def type_icon(media_type: str | None) -> QIcon:
    style = QApplication.style()
    media_type = media_type or ""
    if media_type.startswith("audio/"):
        return style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume)
    if media_type.startswith("video/"):
        return style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
    return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)


class EvidenceModel(QAbstractTableModel):
    """The case's evidence (not in the trash). When the case changes, only the rows it names are read
    again; the whole list only when items came, went or changed order, and then rows are inserted,
    removed or moved, never reset."""

    def __init__(self, session: CaseSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._items: list[dict] = []
        self._row_of: dict[int, int] = {}
        self.thumbnails = ThumbnailCache(session, parent=self)
        self.thumbnails.loaded.connect(self._thumbnail_loaded)
        self._headers = {
            "exhibit": self.tr("No."), "title": self.tr("Title"), "category": self.tr("Category"),
            "evidence_date": self.tr("Date"), "file_name": self.tr("File name"), "media_type": self.tr("Type"),
            "size": self.tr("Size"), "private": self.tr("Private"), "notes": self.tr("Notes"),
        }
        session.changed.connect(self._case_changed)
        self._items = session.case.evidence.list()
        self._index_rows()

    # -- reading the core ---------------------------------------------------------------------
    def _index_rows(self) -> None:
        self._row_of = {item["id"]: row for row, item in enumerate(self._items)}

    def _case_changed(self, changes: Changes) -> None:
        if self.session.case.closed:
            return
        if changes.touches(THUMBNAIL):
            pictures = changes.updated_ids(THUMBNAIL)
            self.thumbnails.forget(pictures)
            for evidence_id in pictures:
                self._thumbnail_loaded(evidence_id)  # the view asks again, and gets the new picture
        if not changes.touches(EVIDENCE):
            return
        ids = changes.updated_ids(EVIDENCE)
        if changes.structural(EVIDENCE) or len(ids) > REREAD_ALL_ABOVE:
            self.reread()
        else:
            self._reread_rows(ids)

    def reread(self) -> None:
        """Read the whole list again and apply the difference row by row."""
        sync_rows(self, self._items, self.session.case.evidence.list())
        self._index_rows()

    def _reread_rows(self, ids) -> None:
        for evidence_id in ids:
            row = self._row_of.get(evidence_id)
            if row is None:
                continue
            item = self.session.case.evidence.get(evidence_id)
            if item["trashed_at"] or item["exhibit_order"] != self._items[row]["exhibit_order"]:
                self.reread()  # it left the list, or moved
                return
            item["exhibit"] = self._items[row]["exhibit"]
            self._items[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _thumbnail_loaded(self, evidence_id: int) -> None:
        row = self._row_of.get(evidence_id)
        if row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [ThumbnailRole, Qt.ItemDataRole.DecorationRole])

    # -- for the views ----------------------------------------------------------------------
    def item(self, row: int) -> dict:
        return self._items[row]

    def row_of(self, evidence_id: int) -> int | None:
        return self._row_of.get(evidence_id)

    def ids(self) -> list[int]:
        return [item["id"] for item in self._items]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == IdRole:
            return item["id"]
        if role == ItemRole:
            return item
        if role == ThumbnailRole:
            pixmap = self.thumbnails.get(item["id"])
            return pixmap if pixmap else type_icon(item["media_type"])
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "notes", "file_name"):
            made = self._made_from(item) if column == "title" else ""
            return "\n".join(x for x in (self._display(item, column), made) if x) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _made_from(self, item: dict) -> str:
        """What a redacted copy was made from, from the rows at hand (no query per cell): an original
        not listed is in the trash, unless the copy no longer names it (deleted for good)."""
        if item.get("derived_from") is None:
            return made_from(item, None)
        row = self._row_of.get(item["derived_from"])
        if row is not None:
            return made_from(item, self._items[row])
        return made_from(item, {"title": item["derivation"].get("from_file_name", ""), "exhibit": ""})

    def _display(self, item: dict, column: str) -> str:
        if column == "category":
            return category_label(item["category"])
        if column == "evidence_date":
            return short_datetime(item["evidence_date"])
        if column == "media_type":
            return type_label(item["media_type"])
        if column == "size":
            return human_size(item["size"])
        if column == "private":
            return self.tr("Private") if item["private"] else ""
        if column == "notes":
            return (item["notes"] or "").replace("\n", " ")
        return item.get(column) or ""

    # -- dragging out, and reordering by drag ---------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [EVIDENCE_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return evidence_mime([self._items[row]["id"] for row in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        # Only our own items, to reorder them; the views do the reordering (see item_views.py).
        return data.hasFormat(EVIDENCE_IDS_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        return False


class EvidenceFilterProxy(QSortFilterProxyModel):
    """Shows the items of one category and/or whose words contain a text."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._category = ""
        self._words: list[str] = []

    def set_category(self, key: str) -> None:
        if key != self._category:
            self.beginFilterChange()
            self._category = key
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def active(self) -> bool:
        return bool(self._category or self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        item = self.sourceModel().item(source_row)
        if self._category and item["category"] != self._category:
            return False
        if self._words:
            haystack = " ".join(str(item.get(k) or "") for k in (
                "exhibit", "title", "file_name", "notes", "proves", "source", "evidence_date", "camera_model"))
            haystack = f"{haystack} {category_label(item['category'])}".casefold()
            return all(word in haystack for word in self._words)
        return True
