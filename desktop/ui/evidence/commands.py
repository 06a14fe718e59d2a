"""Undoable changes the evidence view makes besides field edits: order, trash, links."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.ui.session import CaseSession


def _notify_everything_that_lists_evidence(session: CaseSession) -> None:
    # Trashed items drop out of the evidence lists of events and steps too.
    session.evidenceChanged.emit([])
    session.eventsChanged.emit([])
    session.stepsChanged.emit([])


class ReorderEvidenceCommand(QUndoCommand):
    """Give exhibits a new order (E1, E2… follow it)."""

    def __init__(self, session: CaseSession, ordered_ids: list[int], text: str):
        super().__init__(text)
        self._session, self._order = session, list(ordered_ids)
        self._previous: list[int] = []

    def redo(self) -> None:
        self._previous = self._session.case.evidence.reorder(self._order)
        _notify_everything_that_lists_evidence(self._session)

    def undo(self) -> None:
        self._session.case.evidence.reorder(self._previous)
        _notify_everything_that_lists_evidence(self._session)


class TrashEvidenceCommand(QUndoCommand):
    """Move items to the trash (restore=False) or back out of it (restore=True)."""

    def __init__(self, session: CaseSession, evidence_ids: list[int], text: str, *, restore: bool = False):
        super().__init__(text)
        self._session, self._ids, self._restore = session, list(evidence_ids), restore

    def _apply(self, to_trash: bool) -> None:
        store = self._session.case.evidence
        store.trash(self._ids) if to_trash else store.restore(self._ids)
        _notify_everything_that_lists_evidence(self._session)

    def redo(self) -> None:
        self._apply(not self._restore)

    def undo(self) -> None:
        self._apply(self._restore)


class LinkEvidenceCommand(QUndoCommand):
    """Link items to a timeline event or a checklist step; undo removes only the links it added."""

    def __init__(self, session: CaseSession, target_kind: str, target_id: int, evidence_ids: list[int], text: str):
        super().__init__(text)
        if target_kind not in ("event", "step"):
            raise ValueError(f"unknown link target {target_kind!r}")
        self._session, self._kind, self._target, self._ids = session, target_kind, target_id, list(evidence_ids)
        self._added: list[int] = []

    def redo(self) -> None:
        case = self._session.case
        if self._kind == "event":
            self._added = case.timeline.link(self._target, self._ids)
        else:
            self._added = case.checklist.link_evidence(self._target, self._ids)
        self._notify()

    def undo(self) -> None:
        case = self._session.case
        if self._added:
            if self._kind == "event":
                case.timeline.unlink(self._target, self._added)
            else:
                case.checklist.link_evidence(self._target, self._added, linked=False)
        self._notify()

    def _notify(self) -> None:
        if self._kind == "event":
            self._session.eventsChanged.emit([self._target])
        else:
            self._session.stepsChanged.emit([self._target])
        self._session.evidenceChanged.emit(self._ids)
