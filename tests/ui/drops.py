"""Drag-and-drop as the file manager or another view does it: enter, move, drop."""

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def file_urls(paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def send_drop(widget, mime: QMimeData, point: QPoint | None = None,
              action: Qt.DropAction = Qt.DropAction.CopyAction) -> bool:
    """Drag `mime` onto widget at point (its centre by default) and drop it if the drag was
    accepted; returns whether the drop was. Drag events take a QPoint, the drop a QPointF.
    The caller keeps `mime` alive: the events do not own it."""
    point = widget.rect().center() if point is None else QPoint(point)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, QDragMoveEvent(point, action, mime, buttons, modifiers))
    drop = QDropEvent(QPointF(point), action, mime, buttons, modifiers, QEvent.Type.Drop)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()
