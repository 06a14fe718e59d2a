"""A quiet banner above the timeline: days on which photos were taken that no event covers yet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.changes import EVENT, EVIDENCE, Changes
from desktop.ui.common.dates import format_day
from desktop.ui.common.language import ui_language
from desktop.ui.session import CaseSession


class PhotoSuggestionBanner(QFrame):
    """Shows one suggestion at a time ("3 photos taken on 2 Mar 2026: add an event?") with Add,
    Dismiss and Next. Dismissed days stay hidden while the case is open."""

    addRequested = Signal(dict)   # {"day": "YYYY-MM-DD", "count": n, "evidence_ids": [...]}

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._suggestions: list[dict] = []
        self._dismissed: set[str] = set()
        self._index = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.next_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.addRequested.emit(self.current()))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.next_button.clicked.connect(self._next)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.dismiss_button)
        layout.addWidget(self.next_button)
        session.changed.connect(self._case_changed)
        self.retranslate()
        self.refresh()

    def _case_changed(self, changes: Changes) -> None:
        if changes.touches(EVIDENCE, EVENT):
            self.refresh()

    def refresh(self) -> None:
        if self._session.read_only:
            self._suggestions = []
        else:
            self._suggestions = [s for s in self._session.case.timeline.suggest_from_photos()
                                 if s["day"] not in self._dismissed]
        self._index = min(self._index, max(0, len(self._suggestions) - 1))
        self._show()

    def suggestions(self) -> list[dict]:
        return list(self._suggestions)

    def current(self) -> dict:
        return self._suggestions[self._index]

    def dismiss_current(self) -> None:
        if self._suggestions:
            self._dismissed.add(self.current()["day"])
            self.refresh()

    def _next(self) -> None:
        if self._suggestions:
            self._index = (self._index + 1) % len(self._suggestions)
            self._show()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add this event…"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.next_button.setText(self.tr("Next suggestion"))
        self._show()

    def _show(self) -> None:
        if not self._suggestions:
            self.hide()
            return
        suggestion = self.current()
        day = format_day(date.fromisoformat(suggestion["day"]), ui_language())
        if suggestion["count"] == 1:
            text = self.tr("A photo was taken on {day}: add an event?").format(day=day)
        else:
            text = self.tr("{count} photos taken on {day}: add an event?").format(count=suggestion["count"], day=day)
        if len(self._suggestions) > 1:
            text += "  " + self.tr("(suggestion {index} of {total})").format(
                index=self._index + 1, total=len(self._suggestions))
        self.message.setText(text)
        self.next_button.setVisible(len(self._suggestions) > 1)
        self.show()
