"""Undo commands: one QUndoCommand per change to the case (orange-canvas-core's rule).

Each command calls the core in redo() and undo(), then tells the session what changed, so the
models re-read. The core returns previous values from every edit, which is what undo restores."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from desktop.ui.session import CaseSession


class CaseCommand(QUndoCommand):
    """A change with a do and an undo, both plain callables over the core.

    `notify(session)` emits the signals for what the change touched."""

    def __init__(self, session: CaseSession, text: str, do: Callable[[], object], undo: Callable[[], object],
                 notify: Callable[[CaseSession], None]):
        super().__init__(text)
        self._session = session
        self._do, self._undo, self._notify = do, undo, notify

    def redo(self) -> None:
        self._do()
        self._notify(self._session)

    def undo(self) -> None:
        self._undo()
        self._notify(self._session)


class EditDetailsCommand(QUndoCommand):
    """Change case details (a form field, or several at once)."""

    def __init__(self, session: CaseSession, changes: dict[str, str], text: str):
        super().__init__(text)
        self._session, self._changes = session, dict(changes)
        self._previous: dict[str, str] = {}

    def redo(self) -> None:
        self._previous = self._session.case.update_details(self._changes)
        self._session.detailsChanged.emit()

    def undo(self) -> None:
        self._session.case.update_details(self._previous)
        self._session.detailsChanged.emit()


class EditEvidenceCommand(QUndoCommand):
    """Set user fields on one or more evidence items (category, private, title…)."""

    def __init__(self, session: CaseSession, evidence_ids: list[int], changes: dict, text: str):
        super().__init__(text)
        self._session, self._ids, self._changes = session, list(evidence_ids), dict(changes)
        self._previous: dict[int, dict] = {}

    def redo(self) -> None:
        self._previous = self._session.case.evidence.update_many(self._ids, self._changes)
        self._session.evidenceChanged.emit(self._ids)

    def undo(self) -> None:
        self._session.case.evidence.set_values(self._previous)
        self._session.evidenceChanged.emit(self._ids)
