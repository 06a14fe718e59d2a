"""Redact…: black out parts of a picture (a face, an ID number, a name) in a new copy of it.

The picture is shown upright, as the preview shows it (core.preview renders it in a worker); boxes
are dragged over it and kept as fractions of its width and height, which is what the core takes
(core.redaction). Saving makes the copy in a worker too. The dialog only makes the copy: the page
that opened it applies what changed, marks the original private (an undoable edit) and selects
the copy."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.errors import CaseError
from desktop.core.preview import render_evidence
from desktop.core.redaction import redact
from desktop.ui.common.tasks import TaskKeeper
from desktop.ui.error_text import describe, describe_notes
from desktop.ui.evidence.preview import PictureWidget
from desktop.ui.session import CaseSession

MIN_BOX_PIXELS = 4  # on screen: a smaller drag is a click (it selects a box), not a box


class BoxCanvas(PictureWidget):
    """The picture, fitted into the widget, and the boxes over it. Drag to add a box; click a box to
    select it; Delete removes the selected box (or the last one)."""

    boxesChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._boxes: list[QRectF] = []  # in fractions of the picture
        self._selected: int | None = None
        self._anchor: QPointF | None = None  # where a drag started (fractions)
        self._dragged: QRectF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)

    def sizeHint(self) -> QSize:
        return QSize(800, 560)

    # -- what it shows ---------------------------------------------------------------------------
    def boxes(self) -> list[tuple[float, float, float, float]]:
        """(left, top, right, bottom), fractions of the upright picture, in the order drawn."""
        return [(box.left(), box.top(), box.right(), box.bottom()) for box in self._boxes]

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, its proportions kept, centred."""
        if self._image.isNull():
            return QRectF()
        size = QSize(self._image.size()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def remove_box(self) -> None:
        """Remove the selected box, or the last one drawn."""
        if not self._boxes:
            return
        del self._boxes[self._selected if self._selected is not None else -1]
        self._selected = None
        self.update()
        self.boxesChanged.emit()

    # -- drawing boxes -------------------------------------------------------------------------
    def _fraction(self, position: QPointF) -> QPointF:
        area = self.picture_rect()
        return QPointF(min(max((position.x() - area.x()) / area.width(), 0.0), 1.0),
                       min(max((position.y() - area.y()) / area.height(), 0.0), 1.0))

    def _on_screen(self, box: QRectF) -> QRectF:
        area = self.picture_rect()
        return QRectF(area.x() + box.left() * area.width(), area.y() + box.top() * area.height(),
                      box.width() * area.width(), box.height() * area.height())

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._image.isNull():
            return super().mousePressEvent(event)
        self._anchor = self._fraction(event.position())
        self._dragged = None

    def mouseMoveEvent(self, event) -> None:
        # Follows the press, not event.buttons(): some platforms report no button on a move.
        if self._anchor is None:
            return super().mouseMoveEvent(event)
        self._dragged = QRectF(self._anchor, self._fraction(event.position())).normalized()
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._anchor is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        box = QRectF(self._anchor, self._fraction(event.position())).normalized()
        self._anchor, self._dragged = None, None
        drawn = self._on_screen(box)
        if drawn.width() >= MIN_BOX_PIXELS and drawn.height() >= MIN_BOX_PIXELS:
            self._boxes.append(box)
            self._selected = len(self._boxes) - 1
            self.boxesChanged.emit()
        else:  # a click: select the box under it (the one drawn last, on top), or none
            point = box.topLeft()
            hits = [i for i, b in enumerate(self._boxes) if b.contains(point)]
            self._selected = hits[-1] if hits else None
        self.update()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.remove_box()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Dark))
        if self._image.isNull():
            return
        area = self.picture_rect()
        painter.drawPixmap(area.topLeft(), self._scaled_to(area.size().toSize()))
        # Placed boxes are black, as the copy will be; the one being dragged lets the picture show
        # through, so it can be laid exactly over a number.
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        for index, box in enumerate(self._boxes):
            painter.fillRect(self._on_screen(box), Qt.GlobalColor.black)
            if index == self._selected:
                painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
                painter.drawRect(self._on_screen(box))
        if self._dragged is not None:
            painter.fillRect(self._on_screen(self._dragged), QColor(0, 0, 0, 150))
            painter.setPen(QPen(highlight, 1))
            painter.drawRect(self._on_screen(self._dragged))
        painter.end()


class RedactDialog(QDialog):
    """Made for one item; `changes` holds what saving wrote, `keep_private` the user's choice."""

    def __init__(self, session: CaseSession, item: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.item = item
        self.tasks = TaskKeeper(self)
        self.changes: Changes | None = None
        self._saving = self._closing = False
        self.setWindowTitle(self.tr("Redact {0}").format(item.get("exhibit") or item["file_name"]))
        self.resize(900, 680)

        intro = QLabel(self.tr("Drag boxes over what others should not see: faces, ID numbers, names, addresses. "
                               "Saving makes a new exhibit with the boxes filled black; the original stays in the "
                               "case exactly as it is, with its fingerprint."))
        intro.setWordWrap(True)
        self.canvas = BoxCanvas()
        self.canvas.setAccessibleName(self.tr("Picture to redact"))
        self.canvas.boxesChanged.connect(self._update_controls)
        self.loading = QLabel(self.tr("Loading the picture…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.loading.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove box"))
        self.remove_button.setToolTip(self.tr("Remove the selected box, or the last one (Delete)"))
        self.remove_button.clicked.connect(self.canvas.remove_box)
        self.count_label = QLabel()
        self.private_check = QCheckBox(self.tr("Keep the original out of exports (private)"))
        self.private_check.setChecked(True)
        if item["private"]:
            self.private_check.setEnabled(False)
            self.private_check.setToolTip(self.tr("The original is already private."))
        self.status = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save redacted copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        box_row = QHBoxLayout()
        box_row.addWidget(self.remove_button)
        box_row.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.loading, 1)
        layout.addLayout(box_row)
        layout.addWidget(self.private_check)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.canvas.setVisible(False)
        self._update_controls()
        self._load()

    @property
    def keep_private(self) -> bool:
        return self.private_check.isChecked()

    # -- the picture ------------------------------------------------------------------------------
    def _load(self) -> None:
        case, evidence_id = self.session.case, self.item["id"]

        def render(report, is_cancelled):
            worker_case = case.secondary(read_only=True)
            try:
                preview = render_evidence(worker_case, evidence_id)
            finally:
                worker_case.close()
            image = QImage.fromData(preview.data, preview.format.upper()) if preview.data else QImage()
            return preview, image

        self.tasks.start(render, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, result) -> None:
        preview, image = result
        if image.isNull():
            self.loading.setText(describe_notes(preview.notes) or preview.note
                                 or self.tr("This picture cannot be shown, so it cannot be redacted here."))
            return
        self.canvas.set_image(image)
        self.loading.setVisible(False)
        self.canvas.setVisible(True)
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_controls()

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        boxes = self.canvas.boxes()
        if not boxes or self._saving:
            return
        case, evidence_id = self.session.case, self.item["id"]
        title = self.tr("{0} (redacted)").format(self.item["title"] or self.item["file_name"])

        def make_copy(report, is_cancelled):
            worker_case = case.secondary()
            try:
                return redact(worker_case, evidence_id, boxes, title=title)
            finally:
                worker_case.close()

        self.status.setText(self.tr("Saving the redacted copy…"))
        self._saving = True
        self._update_controls()
        self.tasks.start(make_copy, on_success=self._saved, on_failure=self._failed)

    def _saved(self, changes: Changes) -> None:
        self.changes, self._saving = changes, False
        if not self._closing:  # the page is going away (the case closes): the copy is in the file all the same
            self.accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._saving = False
        message = describe(exc) if isinstance(exc, CaseError) else self.tr(
            "The redacted copy could not be made ({0}).").format(exc)
        self.status.setText(message)
        if self.canvas.image.isNull():
            self.loading.setText(message)
        self._update_controls()

    def _update_controls(self) -> None:
        count = len(self.canvas.boxes())
        self.count_label.setText(self.tr("%n box(es) to fill black", "", count) if count else
                                 self.tr("No boxes yet: drag over the picture."))
        ready = not self.canvas.image.isNull() and not self._saving and not self.session.read_only
        self.remove_button.setEnabled(ready and count > 0)
        self.save_button.setEnabled(ready and count > 0)
        self.cancel_button.setEnabled(not self._saving)
        self.canvas.setEnabled(not self._saving)
        self.private_check.setEnabled(not self._saving and not self.item["private"])

    def reject(self) -> None:
        if self._saving:  # Esc or the window's close button while the copy is written: it finishes first
            return
        super().reject()

    def done(self, result: int) -> None:
        # Closing in any way waits for the picture or the copy being made: nothing is left half done.
        self._closing = True
        self.tasks.shutdown()
        super().done(result)
