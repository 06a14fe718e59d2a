"""The case's letters as a table: what kind, its title, its date and whether it was sent."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from desktop.core.changes import LETTER, Changes
from desktop.core.dates import event_day
from desktop.core.letter_kinds import letter_kind
from desktop.ui.common.dates import format_day
from desktop.ui.common.language import ui_language
from desktop.ui.common.rows import sync_rows
from desktop.ui.session import CaseSession

LETTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class LettersModel(QAbstractTableModel):
    KIND, TITLE, DATE, STATUS = range(4)

    def __init__(self, session: CaseSession, parent=None):
        super().__init__(parent)
        self._session = session
        self._lang = ui_language()
        self._letters: list[dict] = session.case.letters.list()
        session.changed.connect(self._case_changed)

    def _case_changed(self, changes: Changes) -> None:
        if not self._session.case.closed and changes.touches(LETTER):
            sync_rows(self, self._letters, self._session.case.letters.list())

    def retranslate(self) -> None:
        self._lang = ui_language()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._letters:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._letters) - 1, self.columnCount() - 1))

    def letter_at(self, row: int) -> dict | None:
        return self._letters[row] if 0 <= row < len(self._letters) else None

    def row_of(self, letter_id: int) -> int:
        return next((row for row, letter in enumerate(self._letters) if letter["id"] == letter_id), -1)

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._letters)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Letter"), self.tr("Title"), self.tr("Date"), self.tr("Status"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        letter = self._letters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(letter, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(letter)
        if role == Qt.ItemDataRole.FontRole and index.column() == self.STATUS and letter["status"] == "sent":
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == LETTER_ID_ROLE:
            return letter["id"]
        return None

    def _display(self, letter: dict, column: int) -> str:
        if column == self.KIND:
            return self.short_kind(letter["kind"])
        if column == self.TITLE:
            return letter["title"]
        if column == self.DATE:
            day = event_day(letter["sent_on"] if letter["status"] == "sent" else letter["updated_at"])
            return format_day(day, self._lang) if day else ""
        if letter["status"] == "sent":
            return self.tr("Sent")
        return self.tr("Draft")

    def short_kind(self, kind_id: str) -> str:
        """A few words for the list; the kind's full title is in the tooltip and the chooser."""
        names = {"demand": self.tr("Demand"), "complaint-12315": self.tr("12315 complaint"),
                 "complaint-health": self.tr("Health complaint"), "people-mediation": self.tr("Mediation"),
                 "consumer-association": self.tr("Consumer association"),
                 "payment-dispute": self.tr("Payment dispute"), "statement": self.tr("Statement"),
                 "civil-complaint": self.tr("Civil complaint")}
        return names.get(kind_id, kind_id)

    def _tooltip(self, letter: dict) -> str:
        language = "中文" if letter["lang"] == "zh" else "English"
        versions = self.tr("%n version(s)", "", letter["versions"])
        kind = letter_kind(letter["kind"]).text("title", self._lang)
        return f"{kind}\n{letter['title']}\n{language} · {versions}"
