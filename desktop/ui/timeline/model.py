"""The case's events as a table model: the list and the drawn chart both read from it."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.core import checks
from desktop.core.changes import DETAILS, EVENT, EVIDENCE, Changes
from desktop.core.vocab import BODIES, EVENT_KINDS, label
from desktop.ui.common.dates import day_number, format_when
from desktop.ui.common.language import ui_language
from desktop.ui.common.rows import sync_rows
from desktop.ui.session import CaseSession

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
DAY_ROLE = Qt.ItemDataRole.UserRole + 3       # float day number (chart x)
EVENT_ROLE = Qt.ItemDataRole.UserRole + 4     # the whole event dict (read-only use)

Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractTableModel):
    """Rows are events in date order (as case.timeline.list() returns them). When the case changes,
    rows are updated, inserted, removed or moved, never reset, so the selection stays put."""

    DATE, KIND, TITLE, EVIDENCE = range(4)
    synced = Signal()  # after rows changed, once every lookup (row_of, day) is current again

    def __init__(self, session: CaseSession, parent=None):
        super().__init__(parent)
        self._session = session
        self._events: list[dict] = []
        self._days: list[float] = []
        self._row_by_id: dict[int, int] = {}
        self._exhibits: dict[int, str] = {}
        self._lang = ui_language()
        self._date_text: dict[tuple[str, str], str] = {}  # (occurred_at, precision) -> text, formatted when shown
        self._kinds_present: list[str] = []
        session.changed.connect(self._case_changed)
        self._events = session.case.timeline.list()
        self._details = session.case.details.get()
        self._exhibits = session.case.evidence.exhibit_numbers()
        self._index_rows()

    # -- reading the case -------------------------------------------------------------------
    def _index_rows(self) -> None:
        self._days = [day_number(e["occurred_at"]) for e in self._events]
        self._row_by_id = {e["id"]: row for row, e in enumerate(self._events)}
        present = {e["kind"] for e in self._events}
        self._kinds_present = [k for k in EVENT_KINDS if k in present]

    def _case_changed(self, changes: Changes) -> None:
        # Evidence coming, going or moving changes the links shown and their E-numbers.
        if self._session.case.closed:
            return
        if changes.touches(DETAILS):  # a loan makes a settlement offer's loan question matter
            self._details = self._session.case.details.get()
            if self._events:
                self.dataChanged.emit(self.index(0, self.TITLE), self.index(len(self._events) - 1, self.TITLE))
        if not (changes.touches(EVENT) or changes.structural(EVIDENCE)):
            return
        case = self._session.case
        exhibits = case.evidence.exhibit_numbers()
        renumbered, self._exhibits = exhibits != self._exhibits, exhibits
        sync_rows(self, self._events, case.timeline.list())
        self._index_rows()
        if renumbered and self._events:
            self.dataChanged.emit(self.index(0, self.EVIDENCE), self.index(len(self._events) - 1, self.EVIDENCE))
        self.synced.emit()

    def retranslate(self) -> None:
        self._lang = ui_language()
        self._date_text.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._events:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._events) - 1, self.columnCount() - 1))

    # -- lookups for the views ----------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self._lang

    def event_dict(self, row: int) -> dict:
        return self._events[row]

    def row_of(self, event_id: int) -> int:
        return self._row_by_id.get(event_id, -1)

    def day(self, row: int) -> float:
        return self._days[row]

    def rows_between(self, first_day: float, last_day: float) -> range:
        """Rows whose date falls in [first_day, last_day]: a binary search, for painting a visible range."""
        return range(bisect.bisect_left(self._days, first_day), bisect.bisect_right(self._days, last_day))

    def day_span(self) -> tuple[float, float] | None:
        return (self._days[0], self._days[-1]) if self._days else None

    def kinds_present(self) -> list[str]:
        return self._kinds_present

    def exhibits_text(self, event: dict) -> str:
        return ", ".join(self._exhibits[i] for i in event["evidence_ids"] if i in self._exhibits)

    def date_text(self, row: int) -> str:
        event = self._events[row]
        key = (event["occurred_at"], event["precision"])
        text = self._date_text.get(key)
        if text is None:
            text = self._date_text[key] = format_when(event["occurred_at"], event["precision"], self._lang)
        return text

    def concerns(self, event: dict) -> list[checks.Question]:
        """A settlement offer's unanswered or worrying points (nothing for other kinds)."""
        if event["kind"] != "settlement-offer":
            return []
        return checks.concerns(event["checks"], self._details)

    def title_tooltip(self, event: dict) -> str:
        lines = [event["description"]] if event["description"] else []
        if event["body"]:
            lines.append(label(BODIES, event["body"], self._lang))
        if event["kind"] == "demand":
            if event["arrived_on"]:
                lines.append(self.tr("Arrived on {date}").format(date=event["arrived_on"]))
            if event["reply_by"]:
                lines.append(self.tr("Reply asked by {date}").format(date=event["reply_by"]))
        if event["kind"] == "settlement-offer":
            for question in checks.SETTLEMENT_QUESTIONS:
                answer = event["checks"].get(question.key)
                if answer:
                    lines.append(f"{question.text(self._lang)} {checks.answer_label(str(answer), self._lang)}")
            worries = self.concerns(event)
            if worries:
                lines.append(self.tr("Before signing, look again at: {points}").format(
                    points="; ".join(q.worry_text(self._lang) for q in worries)))
        return "\n".join(lines)

    def kind_text(self, kind: str) -> str:
        return label(EVENT_KINDS, kind, self._lang)

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Kind"), self.tr("Event"), self.tr("Evidence"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        event = self._events[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return self.date_text(row)
            if column == self.KIND:
                return self.kind_text(event["kind"])
            if column == self.TITLE:
                return ("⚠ " if self.concerns(event) else "") + event["title"]
            return self.exhibits_text(event)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return self.title_tooltip(event) or None
            if column == self.EVIDENCE and event["evidence_ids"]:
                return self.tr("Linked evidence: {exhibits}").format(exhibits=self.exhibits_text(event))
            return None
        if role == EVENT_ID_ROLE:
            return event["id"]
        if role == KIND_ROLE:
            return event["kind"]
        if role == DAY_ROLE:
            return self._days[row]
        if role == EVENT_ROLE:
            return event
        return None
