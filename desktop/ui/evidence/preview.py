"""The preview pane: photos upright and zoomable, PDF pages one at a time, other files as an icon and a note.

Pictures are rendered by desktop.core.preview in a worker (its own read-only connection); one
render runs at a time and only the latest request is drawn, so scrolling through a long list
never queues up work or blocks the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QImage, QKeySequence, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CaseError
from desktop.core.preview import Preview, render_evidence
from desktop.ui.common.tasks import TaskKeeper
from desktop.ui.error_text import describe, describe_notes
from desktop.ui.evidence.labels import human_size, type_label
from desktop.ui.evidence.model import type_icon
from desktop.ui.session import CaseSession

ZOOM_STEP = 1.25
MIN_PERCENT, MAX_PERCENT = 5.0, 800.0
# Below this many pixels a smoothly scaled copy is cached; above, only the visible part is drawn.
CACHE_PIXELS = 16_000_000


class PictureWidget(QWidget):
    """A widget that draws one picture, keeping it scaled to the size last drawn: repaints are frequent
    (a scroll, a drag), scaling the picture again each time is not."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image = QImage()
        self._scaled: QPixmap | None = None

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._scaled = None
        self.update()

    @property
    def image(self) -> QImage:
        return self._image

    def _scaled_to(self, size: QSize) -> QPixmap:
        if self._scaled is None or self._scaled.size() != size:
            self._scaled = QPixmap.fromImage(self._image.scaled(
                size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation))
        return self._scaled


class ImageCanvas(PictureWidget):
    """Draws one picture at the size it is given (the pane sets the size from the zoom), and over it the
    boxes of the text read in it: all of them when asked, and the one line chosen."""

    lineClicked = Signal(int)  # the id of the line whose box was clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._boxes: list[tuple[int, list[float]]] = []  # (line id, 4 corners as fractions of the picture)
        self._show_boxes = False
        self._highlight: int | None = None

    def set_boxes(self, boxes: list[tuple[int, list[float]]], show_all: bool, highlight: int | None) -> None:
        self._boxes, self._show_boxes, self._highlight = boxes, show_all, highlight
        self.update()

    def box_rect(self, line_id: int) -> QRect | None:
        """Where a line's box is drawn, in the canvas's pixels."""
        for box_id, box in self._boxes:
            if box_id == line_id:
                return self._polygon(box).boundingRect().toAlignedRect()
        return None

    def _polygon(self, box: list[float]) -> QPolygonF:
        width, height = self.width(), self.height()
        return QPolygonF([QPointF(box[i] * width, box[i + 1] * height) for i in range(0, 8, 2)])

    def mousePressEvent(self, event) -> None:
        if self._boxes and (self._show_boxes or self._highlight is not None):
            for line_id, box in self._boxes:
                if self._polygon(box).containsPoint(event.position(), Qt.FillRule.OddEvenFill):
                    self.lineClicked.emit(line_id)
                    return
        super().mousePressEvent(event)

    def resizeEvent(self, event) -> None:
        self._scaled = None
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        if self._image.isNull():
            return
        painter = QPainter(self)
        size = self.size()
        if size.width() * size.height() <= CACHE_PIXELS:
            painter.drawPixmap(event.rect(), self._scaled_to(size), event.rect())
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            sx = self._image.width() / size.width()
            sy = self._image.height() / size.height()
            area = event.rect()
            source = QRect(int(area.x() * sx), int(area.y() * sy), max(1, int(area.width() * sx) + 1),
                           max(1, int(area.height() * sy) + 1))
            painter.drawImage(area, self._image, source)
        self._paint_boxes(painter)
        painter.end()

    def _paint_boxes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().highlight().color()
        for line_id, box in self._boxes:
            chosen = line_id == self._highlight
            if not (chosen or self._show_boxes):
                continue
            colour = QColor(230, 120, 0) if chosen else QColor(accent)
            fill = QColor(colour)
            fill.setAlpha(70 if chosen else 28)
            painter.setPen(QPen(colour, 2.5 if chosen else 1.0))
            painter.setBrush(QBrush(fill))
            painter.drawPolygon(self._polygon(box))


class PreviewPane(QWidget):
    rendered = Signal(object)  # the Preview just shown
    lineClicked = Signal(int)  # a box of recognised text was clicked

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.keeper = TaskKeeper(self)
        self._item: dict | None = None
        self._page = 0
        self._preview: Preview | None = None
        self._wanted: tuple[int, int] | None = None   # (evidence id, page) to show
        self._running: tuple[int, int] | None = None
        self._shown_key: tuple[int, int] | None = None  # the last (id, page) a render finished for
        self._fit = True
        self._zoom = 1.0
        self._lines: list[dict] = []       # the item's recognised text (desktop.core.recognised)
        self._highlight: int | None = None

        self._build()
        self.set_item(None)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.fit_action = self._action(self.tr("Fit"), self.tr("Show the whole picture (Ctrl+0)"),
                                       QKeySequence("Ctrl+0"), self.zoom_fit)
        self.zoom_out_action = self._action(self.tr("Zoom out"), self.tr("Zoom out (Ctrl+−)"),
                                            QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_in_action = self._action(self.tr("Zoom in"), self.tr("Zoom in (Ctrl++)"),
                                           QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.actual_action = self._action(self.tr("100%"), self.tr("Actual size (Ctrl+1)"),
                                          QKeySequence("Ctrl+1"), self.zoom_actual)
        self.previous_action = self._action(self.tr("Previous page"), self.tr("Previous page (Page Up)"),
                                            QKeySequence(Qt.Key.Key_PageUp), self.previous_page)
        self.next_action = self._action(self.tr("Next page"), self.tr("Next page (Page Down)"),
                                        QKeySequence(Qt.Key.Key_PageDown), self.next_page)
        self.fit_action.setCheckable(True)
        self.boxes_action = QAction(self.tr("Text boxes"), self)
        self.boxes_action.setToolTip(self.tr("Show where the computer read text in this picture; click a box "
                                             "to see its line"))
        self.boxes_action.setCheckable(True)
        self.boxes_action.toggled.connect(lambda _on: self._update_boxes())

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self._zoom_widgets: list[QWidget] = [self._button(action) for action in (
            self.fit_action, self.zoom_out_action, self.zoom_in_action, self.actual_action)]
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self._zoom_widgets.append(self.zoom_label)
        for widget in self._zoom_widgets:
            bar.addWidget(widget)
        self.boxes_button = self._button(self.boxes_action)
        bar.addWidget(self.boxes_button)
        bar.addStretch(1)
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setMinimumWidth(80)
        self._page_widgets: list[QWidget] = [self._button(self.previous_action), self.page_label,
                                             self._button(self.next_action)]
        for widget in self._page_widgets:
            bar.addWidget(widget)
        # Keeps the bar's height when nothing in it is shown.
        self._bar_strut = QToolButton()
        self._bar_strut.setEnabled(False)
        self._bar_strut.setAutoRaise(True)
        self._bar_strut.setFixedWidth(1)
        bar.addWidget(self._bar_strut)

        self.canvas = ImageCanvas()
        self.canvas.lineClicked.connect(self.lineClicked)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Preview"))
        self.scroll.viewport().installEventFilter(self)

        self.message_icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.message_title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message_title.font()
        font.setBold(True)
        self.message_title.setFont(font)
        self.note_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message = QWidget()
        message.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column = QVBoxLayout(message)
        column.addStretch(1)
        for label in (self.message_icon, self.message_title, self.note_label):
            column.addWidget(label)
        column.addStretch(2)
        self.message_page = message

        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(message)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stack.setMinimumHeight(160)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.stack)

    def _action(self, text: str, tip: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        return button

    # -- recognised text over the picture ------------------------------------------------------------
    def set_lines(self, lines: list[dict]) -> None:
        """The current item's lines of recognised text (their boxes are drawn over its pages)."""
        self._lines = lines
        if self._highlight not in {line["id"] for line in lines}:
            self._highlight = None
        self._update_boxes()

    def show_line(self, line_id: int | None) -> None:
        """Mark one line's box (turning to its page) and bring it into view; None: no line marked."""
        self._highlight = line_id
        line = next((line for line in self._lines if line["id"] == line_id), None)
        if line is not None and line["page"] != self._page:
            self.show_page(line["page"])  # the box is drawn and revealed when the page arrives
        self._update_boxes()
        self._reveal_highlight()

    @property
    def highlighted_line(self) -> int | None:
        return self._highlight

    def _update_boxes(self) -> None:
        shown_page = self._shown_key[1] if self._shown_key and self._item and self._shown_key[0] == self._item["id"] \
            else None
        boxes = [(line["id"], line["box"]) for line in self._lines if line["box"] and line["page"] == shown_page]
        self.canvas.set_boxes(boxes, self.boxes_action.isChecked(), self._highlight)
        self.boxes_button.setVisible(any(line["box"] for line in self._lines))

    def _reveal_highlight(self) -> None:
        if self._highlight is None or self.stack.currentWidget() is not self.scroll:
            return
        area = self.canvas.box_rect(self._highlight)
        if area is not None:
            self.scroll.ensureVisible(area.center().x(), area.center().y(), area.width() // 2 + 40,
                                      area.height() // 2 + 40)

    def focus_preview(self) -> None:
        self.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what to show --------------------------------------------------------------------------
    def set_item(self, item: dict | None, selected: int = 1) -> None:
        """Show an item (page 1); None with `selected` > 1 says how many are selected."""
        same = item is not None and self._item is not None and item["id"] == self._item["id"]
        self._item = item
        if not same:
            self._lines, self._highlight = [], None
            self._update_boxes()
        if item is None:
            self._wanted = None
            self._preview = None
            self.canvas.set_image(QImage())
            # Several selected: the fields pane says so and what can be done.
            text = "" if selected > 1 else self.tr("Select an item to see it here.")
            self._show_message(QIcon(), "", text)
            return
        if same and self._preview is not None:
            return
        self._page = 0
        self._request()

    def show_page(self, page: int) -> None:
        if self._item is None or self._preview is None:
            return
        page = max(0, min(page, max(self._preview.page_count - 1, 0)))
        if page != self._page:
            self._page = page
            self._request()

    def next_page(self) -> None:
        self.show_page(self._page + 1)

    def previous_page(self) -> None:
        self.show_page(self._page - 1)

    @property
    def preview(self) -> Preview | None:
        return self._preview

    @property
    def page(self) -> int:
        return self._page

    # -- rendering in a worker --------------------------------------------------------------------
    def _request(self) -> None:
        self._wanted = (self._item["id"], self._page)
        if self._preview is None or self._preview_id != self._item["id"]:
            self._show_message(QIcon(), "", self.tr("Loading the preview…"))
        self._update_controls()
        if self._running is None:
            self._start(self._wanted)

    def _start(self, wanted: tuple[int, int]) -> None:
        case = self.session.case
        evidence_id, page = wanted

        def render(report, is_cancelled):
            worker_case = case.secondary(read_only=True)
            try:
                preview = render_evidence(worker_case, evidence_id, page=page)
            finally:
                worker_case.close()
            image = QImage.fromData(preview.data, preview.format.upper()) if preview.data else QImage()
            return wanted, preview, image

        self._running = wanted
        task = self.keeper.start(render, on_success=self._rendered, on_failure=self._render_failed)
        task.finished.connect(self._render_ended)

    def _render_ended(self) -> None:
        self._running = None
        if self._wanted is not None and self._wanted != self._shown_key:
            self._start(self._wanted)

    @property
    def _preview_id(self) -> int | None:
        return self._shown_key[0] if self._shown_key else None

    def _render_failed(self, exc: BaseException, details: str) -> None:
        self._shown_key = self._running
        if self._running != self._wanted or self._item is None:
            return
        message = describe(exc) if isinstance(exc, CaseError) else self.tr(
            "The preview could not be made ({0}).").format(exc)
        self._preview = Preview("none", note=message)
        self._show_details_message(message)
        self.rendered.emit(self._preview)

    def _rendered(self, result) -> None:
        key, preview, image = result
        self._shown_key = key
        if key != self._wanted or self._item is None:
            return
        self._preview = preview
        if preview.kind == "none" or image.isNull():
            note = describe_notes(preview.notes) or preview.note
            self._show_details_message(note or self.tr("There is no preview for this file."))
        else:
            self.canvas.set_image(image)
            self.stack.setCurrentWidget(self.scroll)
            self._apply_zoom()
        self._update_controls()
        self._update_boxes()
        self._reveal_highlight()
        self.rendered.emit(preview)

    # -- messages ------------------------------------------------------------------------------
    def _show_message(self, icon: QIcon, title: str, note: str) -> None:
        self.message_icon.setPixmap(icon.pixmap(QSize(64, 64)) if not icon.isNull() else QPixmap())
        self.message_title.setText(title)
        self.note_label.setText(note)
        self.stack.setCurrentWidget(self.message_page)
        self._update_controls()

    def _show_details_message(self, note: str) -> None:
        item = self._item
        title = self.tr("{0}\n{1}, {2}").format(item["file_name"], type_label(item["media_type"]),
                                                 human_size(item["size"]))
        self._show_message(type_icon(item["media_type"]), title, note)

    # -- zoom ------------------------------------------------------------------------------------
    def _hundred_percent(self) -> float:
        """Zoom (rendered pixels per screen pixel) at which the original shows at its actual size."""
        preview = self._preview
        if preview is None or not preview.width:
            return 1.0
        if preview.kind == "pdf":
            return preview.source_width * self.logicalDpiX() / 72.0 / preview.width
        return (preview.source_width or preview.width) / preview.width

    def _fit_zoom(self) -> float:
        image = self.canvas.image
        if image.isNull():
            return 1.0
        area = self.scroll.viewport().size()
        across = max(area.width() - 4, 16) / image.width()
        if self._preview and self._preview.kind == "pdf":
            # A page fits the pane's width, to be read by scrolling down (a whole page would be too small).
            scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
            return max(area.width() - scrollbar - 4, 16) / image.width()
        # A photo is seen whole, and a small one is not blown up past its actual size.
        return min(across, max(area.height() - 4, 16) / image.height(), self._hundred_percent())

    def percent(self) -> float:
        return 100.0 * self._zoom / self._hundred_percent()

    def _set_zoom(self, zoom: float, fit: bool) -> None:
        hundred = self._hundred_percent()
        self._zoom = max(MIN_PERCENT / 100 * hundred, min(zoom, MAX_PERCENT / 100 * hundred))
        self._fit = fit
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        image = self.canvas.image
        if image.isNull():
            return
        if self._fit:
            self._zoom = self._fit_zoom()
        self.canvas.resize(QSize(max(1, round(image.width() * self._zoom)), max(1, round(image.height() * self._zoom))))
        self._update_controls()

    def zoom_fit(self) -> None:
        self._set_zoom(self._fit_zoom(), True)

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * ZOOM_STEP, False)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / ZOOM_STEP, False)

    def zoom_actual(self) -> None:
        self._set_zoom(self._hundred_percent(), False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport():
            if event.type() == QEvent.Type.Wheel and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
            if event.type() == QEvent.Type.Resize and self._fit:
                self._apply_zoom()
        return super().eventFilter(watched, event)

    def _update_controls(self) -> None:
        showing_picture = self.stack.currentWidget() is self.scroll and not self.canvas.image.isNull()
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action, self.actual_action):
            action.setEnabled(showing_picture)
        self.fit_action.setChecked(showing_picture and self._fit)
        self.zoom_label.setText(self.tr("{0:.0f}%").format(self.percent()) if showing_picture else "")
        count = self._preview.page_count if self._preview and self._preview.kind == "pdf" else 0
        if self._item is not None and self._item.get("page_count") and self._item["media_type"] == "application/pdf":
            count = count or self._item["page_count"]
        self.page_label.setText(self.tr("Page {0} / {1}").format(self._page + 1, count) if count else "")
        for widget in self._page_widgets:
            widget.setVisible(count > 1)
        for widget in self._zoom_widgets:
            widget.setVisible(showing_picture)
        self.boxes_action.setEnabled(showing_picture)
        self.previous_action.setEnabled(count > 0 and self._page > 0)
        self.next_action.setEnabled(count > 0 and self._page < count - 1)

    def shutdown(self) -> None:
        self._wanted = None
        self.keeper.wait_all()


