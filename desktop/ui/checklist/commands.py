"""Undoable changes to checklist steps."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.ui.session import CaseSession

_OUTCOME_MERGE_ID = 0x57E9  # consecutive typing in one step's notes is one undo step


class UpdateStepCommand(QUndoCommand):
    """Set status, dates or outcome of one step; undo restores the values the core returned."""

    def __init__(self, session: CaseSession, step_id: int, changes: dict, text: str):
        super().__init__(text)
        self._session, self._step_id, self._changes = session, step_id, dict(changes)
        self._previous: dict = {}

    def redo(self) -> None:
        previous = self._session.case.checklist.update(self._step_id, self._changes)
        # After a merge the first command's "previous" is the one that counts.
        self._previous = {**previous, **self._previous}
        self._session.stepsChanged.emit([self._step_id])

    def undo(self) -> None:
        self._session.case.checklist.update(self._step_id, self._previous)
        self._session.stepsChanged.emit([self._step_id])

    def id(self) -> int:
        return _OUTCOME_MERGE_ID if set(self._changes) == {"outcome"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateStepCommand) or other._step_id != self._step_id:
            return False
        self._changes = dict(other._changes)
        return True


class StepLinksCommand(QUndoCommand):
    """Link and/or unlink evidence items (what="evidence") or events (what="events") of a step."""

    def __init__(self, session: CaseSession, step_id: int, what: str, link_ids: list[int],
                 unlink_ids: list[int], text: str):
        super().__init__(text)
        self._session, self._step_id, self._what = session, step_id, what
        self._link_ids, self._unlink_ids = list(link_ids), list(unlink_ids)
        self._linked: list[int] = []
        self._unlinked: list[int] = []

    def _apply(self, ids: list[int], linked: bool) -> list[int]:
        checklist = self._session.case.checklist
        link = checklist.link_evidence if self._what == "evidence" else checklist.link_events
        return link(self._step_id, ids, linked) if ids else []

    def redo(self) -> None:
        self._linked = self._apply(self._link_ids, True)
        self._unlinked = self._apply(self._unlink_ids, False)
        self._session.stepsChanged.emit([self._step_id])

    def undo(self) -> None:
        self._apply(self._linked, False)
        self._apply(self._unlinked, True)
        self._session.stepsChanged.emit([self._step_id])
