"""The drawn timeline: a date axis with events as markers coloured by kind.

It paints straight from the TimelineModel (no copy of the rows), and only the rows in the
visible date range (found by binary search), so thousands of events stay cheap to draw."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.ui.common.dates import format_day, format_month
from desktop.ui.common.mime import EVIDENCE_IDS_MIME, evidence_ids_from
from desktop.ui.timeline.model import TimelineModel

# Mid-tone colours that keep their contrast on a white and on a dark background; every marker
# also gets an outline in the palette's text colour.
KIND_COLORS: dict[str, str] = {
    "consultation": "#4e79a7",
    "payment": "#f28e2b",
    "treatment": "#b07aa1",
    "follow-up": "#76b7b2",
    "complication": "#e15759",
    "communication": "#59a14f",
    "demand": "#edc948",
    "promise": "#8cd17d",
    "complaint": "#ff9da7",
    "mediation-request": "#17becf",
    "reply": "#9c755f",
    "settlement-offer": "#d4a6c8",
    "settlement-signed": "#86bcb6",
    "lawsuit": "#6b6ecf",
    "payment-order": "#b6992d",
    "police-report": "#d37295",
    "ended": "#79706e",
    "other": "#a0a0a0",
}

MARKER = 12          # marker diameter, px
LANE = 22            # height of one row of markers
LABEL_MAX = 170      # widest title drawn next to a marker
MIN_SPAN_DAYS = 3.0
MAX_SPAN_DAYS = 366 * 120
TICK_SPACING = 90    # px between axis labels, at least


def kind_color(kind: str) -> QColor:
    return QColor(KIND_COLORS.get(kind, KIND_COLORS["other"]))


def _round_pen(color: QColor, width: float) -> QPen:
    """A pen whose points are filled circles of `width` diameter."""
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


_BRUSHES: dict[str, QBrush] = {}


def kind_brush(kind: str) -> QBrush:
    # Explicit, reused brushes: cheaper than converting a QColor for every marker painted.
    brush = _BRUSHES.get(kind)
    if brush is None:
        brush = _BRUSHES[kind] = QBrush(kind_color(kind))
    return brush


@dataclass
class _Marker:
    row: int
    center: QPointF
    label_width: int  # 0 when there is no room for the title


class TimelineChart(QWidget):
    eventClicked = Signal(int)            # event id
    eventActivated = Signal(int)          # double-click or Enter: edit it
    evidenceDropped = Signal(int, list)   # event id, evidence ids
    deleteRequested = Signal()            # Delete key on the selected marker

    def __init__(self, model: TimelineModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._start = self._end = 0.0
        self._has_range = False
        self._selected_id: int | None = None
        self._drop_row = -1
        self._markers: list[_Marker] | None = None
        self._press_pos: QPoint | None = None
        self._press_start = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        model.modelReset.connect(self._model_reset)
        model.synced.connect(self._model_reset)
        model.dataChanged.connect(self._invalidate)
        model.headerDataChanged.connect(self._invalidate)
        self._model_reset()

    def sizeHint(self) -> QSize:
        return QSize(800, 260)

    # -- visible range ----------------------------------------------------------------------
    def visible_range(self) -> tuple[float, float]:
        return self._start, self._end

    def fit_all(self) -> None:
        span = self._model.day_span()
        if span is None:
            today = date.today().toordinal()
            self._set_range(today - 30, today + 30)
            return
        first, last = span
        pad = max((last - first) * 0.06, 5.0)
        self._set_range(first - pad, last + pad)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """factor < 1 zooms in. The date under anchor_x stays where it is."""
        width = max(1, self._plot_rect().width())
        anchor_x = self._plot_rect().center().x() if anchor_x is None else anchor_x
        anchor_day = self.day_at(anchor_x)
        span = min(max((self._end - self._start) * factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
        fraction = (anchor_x - self._plot_rect().left()) / width
        self._set_range(anchor_day - span * fraction, anchor_day + span * (1 - fraction))

    def ensure_visible(self, event_id: int) -> None:
        row = self._model.row_of(event_id)
        if row < 0:
            return
        day = self._model.day(row)
        span = self._end - self._start
        if not self._start + span * 0.03 <= day <= self._end - span * 0.03:
            self._set_range(day - span / 2, day + span / 2)

    def _set_range(self, start: float, end: float) -> None:
        self._start, self._end = start, max(end, start + MIN_SPAN_DAYS)
        self._has_range = True
        self._invalidate()

    def _model_reset(self) -> None:
        if not self._has_range or self._model.rowCount() <= 1:
            self.fit_all()
        if self._selected_id is not None and self._model.row_of(self._selected_id) < 0:
            self._selected_id = None
        self._invalidate()

    def _invalidate(self, *_args) -> None:
        self._markers = None
        self.update()

    # -- selection --------------------------------------------------------------------------
    def set_selected(self, event_id: int | None) -> None:
        if event_id != self._selected_id:
            self._selected_id = event_id
            if event_id is not None:
                self.ensure_visible(event_id)
            self.update()

    def selected(self) -> int | None:
        return self._selected_id

    # -- geometry -----------------------------------------------------------------------------
    def _legend_height(self) -> int:
        return self._legend_layout()[1]

    def _legend_layout(self) -> tuple[list[tuple[str, QRectF]], int]:
        fm = QFontMetrics(self.font())
        x, y, line = 8.0, 6.0, fm.height() + 4
        items = []
        for kind in self._model.kinds_present():
            text = self._model.kind_text(kind)
            width = MARKER + 4 + fm.horizontalAdvance(text) + 14
            if x + width > self.width() - 8 and x > 8:
                x, y = 8.0, y + line
            items.append((kind, QRectF(x, y, width, line)))
            x += width
        return items, int(y + line + 4) if items else 0

    def _axis_height(self) -> int:
        return QFontMetrics(self.font()).height() + 14

    def _plot_rect(self) -> QRectF:
        top = self._legend_height() + 6
        return QRectF(16, top, max(1, self.width() - 32), max(1, self.height() - top - self._axis_height() - 6))

    def x_of(self, day: float, plot: QRectF | None = None) -> float:
        plot = plot or self._plot_rect()
        return plot.left() + (day - self._start) / (self._end - self._start) * plot.width()

    def day_at(self, x: float) -> float:
        plot = self._plot_rect()
        return self._start + (x - plot.left()) / plot.width() * (self._end - self._start)

    def _layout(self) -> list[_Marker]:
        """Markers of the visible rows, stacked in lanes upward from the axis so they don't overlap."""
        if self._markers is not None:
            return self._markers
        plot = self._plot_rect()
        lanes = max(1, int(plot.height() // LANE))
        lane_end = [-math.inf] * lanes
        fm = QFontMetrics(self.font())
        half_span = (MARKER / 2 + 2) / plot.width() * (self._end - self._start)
        markers = []
        model = self._model
        rows = model.rows_between(self._start - half_span, self._end + half_span)
        # With more markers than fit side by side, titles are left out and markers that would land
        # almost exactly on one already drawn are skipped (zoom in to tell them apart).
        dense = len(rows) * (MARKER + 2) > plot.width() * lanes
        last_x = [-math.inf] * lanes
        for row in rows:
            x = self.x_of(model.day(row), plot)
            left = x - MARKER / 2 - 2
            # Measured a little wide so the bold title of the selected event fits too.
            label = 0 if dense else min(int(fm.horizontalAdvance(model.event_dict(row)["title"]) * 1.1) + 8, LABEL_MAX)
            lane = next((i for i in range(lanes) if lane_end[i] <= left), -1)
            if lane < 0:  # crowded: overlap in the lane that frees up first, without a title
                lane = min(range(lanes), key=lane_end.__getitem__)
                label = 0
                if x - last_x[lane] < MARKER / 3:
                    continue
            last_x[lane] = x
            # A title is drawn only if the next marker in this lane is not expected to need its space.
            lane_end[lane] = x + MARKER / 2 + 2 + label
            y = plot.bottom() - LANE / 2 - lane * LANE
            markers.append(_Marker(row, QPointF(x, y), label))
        self._markers = markers
        return markers

    def marker_rect(self, event_id: int) -> QRectF | None:
        for marker in self._layout():
            if self._model.event_dict(marker.row)["id"] == event_id:
                return self._hit_rect(marker)
        return None

    @staticmethod
    def _hit_rect(marker: _Marker) -> QRectF:
        r = MARKER / 2 + 3
        return QRectF(marker.center.x() - r, marker.center.y() - r, 2 * r, 2 * r)

    def event_at(self, pos: QPoint | QPointF) -> int | None:
        """The id of the event whose marker is under pos (the topmost drawn), or None."""
        point = QPointF(pos)
        for marker in reversed(self._layout()):
            if self._hit_rect(marker).contains(point):
                return self._model.event_dict(marker.row)["id"]
        return None

    def marker_count(self) -> int:
        return len(self._layout())

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_color = palette.color(QPalette.ColorRole.Text)
        plot = self._plot_rect()
        self._paint_legend(painter, text_color)
        self._paint_axis(painter, plot, text_color, palette.color(QPalette.ColorRole.Mid))
        if self._model.rowCount() == 0:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText)))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No events yet. Add what happened with “Add event…”."))
            return
        self._paint_markers(painter, text_color, palette.color(QPalette.ColorRole.Highlight))
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(QBrush())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def _paint_legend(self, painter: QPainter, text_color: QColor) -> None:
        items, _height = self._legend_layout()
        outline, text_pen = QPen(text_color, 1), QPen(text_color)
        for kind, rect in items:
            center = QPointF(rect.left() + MARKER / 2, rect.center().y())
            self._paint_dot(painter, center, kind_brush(kind), outline)
            painter.setPen(text_pen)
            painter.drawText(QRectF(rect.left() + MARKER + 4, rect.top(), rect.width(), rect.height()),
                             Qt.AlignmentFlag.AlignVCenter, self._model.kind_text(kind))

    @staticmethod
    def _paint_dot(painter: QPainter, center: QPointF, fill: QBrush, outline: QPen) -> None:
        painter.setPen(outline)
        painter.setBrush(fill)
        painter.drawEllipse(center, MARKER / 2, MARKER / 2)

    def _paint_axis(self, painter: QPainter, plot: QRectF, text_color: QColor, grid: QColor) -> None:
        axis_y = plot.bottom() + 2
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(QPointF(plot.left(), axis_y), QPointF(plot.right(), axis_y))
        fm = QFontMetrics(self.font())
        grid_pen = QPen(grid, 1, Qt.PenStyle.DotLine)
        labelled_up_to = -math.inf  # a label that would overlap the one before is left out (wide Chinese dates)
        for day, text in self._ticks(plot.width()):
            x = self.x_of(day, plot)
            if not plot.left() - 1 <= x <= plot.right() + 1:
                continue
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, axis_y))
            painter.setPen(QPen(text_color, 1))
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 5))
            width = fm.horizontalAdvance(text)
            left = min(max(x - width / 2, 0), self.width() - width)
            if left < labelled_up_to + fm.horizontalAdvance("  "):
                continue
            painter.drawText(QPointF(left, axis_y + 6 + fm.ascent()), text)
            labelled_up_to = left + width

    def _ticks(self, width: float) -> list[tuple[float, str]]:
        """Axis ticks for the visible span: days, weeks, months, quarters or years, labelled in the UI language."""
        lang = self._model.lang
        span = self._end - self._start
        per_day = width / span
        first, last = math.floor(self._start), math.ceil(self._end)
        for step in (1, 7):
            if step * per_day >= TICK_SPACING:
                start = first if step == 1 else first - date.fromordinal(max(first, 1)).weekday()
                return [(d, format_day(date.fromordinal(d), lang)) for d in range(max(start, 1), last + 1, step)]
        for months in (1, 3, 6):
            if months * 30.44 * per_day >= TICK_SPACING:
                return self._month_ticks(first, last, months, lang)
        for years in (1, 2, 5, 10, 20, 50):
            if years * 365.25 * per_day >= TICK_SPACING or years == 50:
                begin = date.fromordinal(max(first, 1)).year
                end = date.fromordinal(max(min(last, date.max.toordinal()), 1)).year
                return [(date(y, 1, 1).toordinal(), str(y))
                        for y in range(begin - begin % years, end + 1, years) if 1 <= y <= 9999]
        return []

    @staticmethod
    def _month_ticks(first: int, last: int, months: int, lang: str) -> list[tuple[float, str]]:
        day = date.fromordinal(max(first, 1))
        year, month = day.year, day.month
        ticks = []
        while True:
            if (month - 1) % months == 0:
                tick = date(year, month, 1)
                if tick.toordinal() > last:
                    return ticks
                if tick.toordinal() >= first:
                    ticks.append((tick.toordinal(), format_month(tick, lang)))
            month += 1
            if month > 12:
                year, month = year + 1, 1

    def _paint_markers(self, painter: QPainter, text_color: QColor, highlight: QColor) -> None:
        """Markers are drawn as round points, one batch per kind: a handful of calls whatever the count."""
        model = self._model
        markers = self._layout()
        by_kind: dict[str, list[QPointF]] = {}
        uncertain: list[QPointF] = []
        for marker in markers:
            event = model.event_dict(marker.row)
            by_kind.setdefault(event["kind"], []).append(marker.center)
            if event["precision"] in ("month", "approximate"):
                uncertain.append(marker.center)
        rings = [m.center for m in markers
                 if m.row == self._drop_row or model.event_dict(m.row)["id"] == self._selected_id]
        if rings:
            painter.setPen(_round_pen(highlight, MARKER + 10))
            painter.drawPoints(QPolygonF(rings))
        if uncertain:  # a soft halo says "around this date"
            halo = QColor(text_color)
            halo.setAlpha(80)
            painter.setPen(_round_pen(halo, MARKER + 8))
            painter.drawPoints(QPolygonF(uncertain))
        outline = _round_pen(text_color, MARKER + 2)
        for kind, centers in by_kind.items():
            points = QPolygonF(centers)
            painter.setPen(outline)
            painter.drawPoints(points)
            painter.setPen(_round_pen(kind_color(kind), MARKER))
            painter.drawPoints(points)
        self._paint_labels(painter, markers, text_color)

    def _paint_labels(self, painter: QPainter, markers: list[_Marker], text_color: QColor) -> None:
        regular = QFont(self.font())
        bold = QFont(regular)
        bold.setBold(True)
        fm, bold_fm = QFontMetrics(regular), QFontMetrics(bold)
        painter.setPen(QPen(text_color))
        for marker in markers:
            if not marker.label_width:
                continue
            event = self._model.event_dict(marker.row)
            selected = event["id"] == self._selected_id
            rect = QRectF(marker.center.x() + MARKER / 2 + 4, marker.center.y() - fm.height() / 2,
                          marker.label_width - 6, fm.height())
            metrics = bold_fm if selected else fm
            if selected:
                painter.setFont(bold)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(event["title"], Qt.TextElideMode.ElideRight, int(rect.width())))
            if selected:
                painter.setFont(regular)

    # -- interaction --------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            event_id = self.event_at(help_event.pos())
            if event_id is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(help_event.globalPos(), self.tooltip_for(event_id), self)
            return True
        return super().event(event)

    def tooltip_for(self, event_id: int) -> str:
        model = self._model
        row = model.row_of(event_id)
        event = model.event_dict(row)
        lines = [f"{model.date_text(row)} · {model.kind_text(event['kind'])}", event["title"]]
        if event["evidence_ids"]:
            lines.append(self.tr("Evidence: {exhibits}").format(exhibits=model.exhibits_text(event)))
        return "\n".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.event_at(event.position())
            if hit is not None:
                self.set_selected(hit)
                self.eventClicked.emit(hit)
            else:
                self._press_pos, self._press_start = event.position().toPoint(), self._start
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_pos is not None:
            span = self._end - self._start
            shift = (event.position().x() - self._press_pos.x()) / self._plot_rect().width() * span
            self._set_range(self._press_start - shift, self._press_start - shift + span)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press_pos = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.event_at(event.position())
        if hit is not None:
            self.eventActivated.emit(hit)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if delta.y() and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.zoom(0.85 ** (delta.y() / 120), event.position().x())
        else:
            steps = (delta.x() or delta.y()) / 120
            span = self._end - self._start
            self._set_range(self._start - steps * span * 0.1, self._end - steps * span * 0.1)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._model.rowCount():
            row = self._model.row_of(self._selected_id) if self._selected_id is not None else -1
            row = min(max(row + (1 if key == Qt.Key.Key_Right else -1), 0), self._model.rowCount() - 1)
            event_id = self._model.event_dict(row)["id"]
            self.set_selected(event_id)
            self.eventClicked.emit(event_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.7)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 0.7)
        elif key == Qt.Key.Key_0:
            self.fit_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected_id is not None:
            self.eventActivated.emit(self._selected_id)
        elif event.matches(QKeySequence.StandardKey.Delete) and self._selected_id is not None:
            self.deleteRequested.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        self._markers = None
        super().resizeEvent(event)

    # -- dropping evidence onto a marker ------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(EVIDENCE_IDS_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        hit = self.event_at(event.position())
        row = self._model.row_of(hit) if hit is not None else -1
        if row != self._drop_row:
            self._drop_row = row
            self.update()
        if hit is not None and event.mimeData().hasFormat(EVIDENCE_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._drop_row = -1
        self.update()

    def dropEvent(self, event) -> None:
        self._drop_row = -1
        self.update()
        hit = self.event_at(event.position())
        ids = evidence_ids_from(event.mimeData())
        if hit is None or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.evidenceDropped.emit(hit, ids)
