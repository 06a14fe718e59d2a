"""Undoable changes to the timeline. Each calls the core and tells the session what changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.ui.session import CaseSession


class AddEventCommand(QUndoCommand):
    """Add an event; undo deletes it, redo puts it back under the same id."""

    def __init__(self, session: CaseSession, fields: dict, evidence_ids: list[int]):
        super().__init__(QCoreApplication.translate("TimelineCommands", "Add event “{title}”").format(title=fields["title"]))
        self._session, self._fields, self._evidence_ids = session, dict(fields), list(evidence_ids)
        self.event_id: int | None = None

    def redo(self) -> None:
        fields = self._fields
        self.event_id = self._session.case.timeline.add(
            fields["occurred_at"], fields["title"], kind=fields["kind"], precision=fields["precision"],
            description=fields.get("description", ""), evidence_ids=self._evidence_ids, event_id=self.event_id)
        self._session.eventsChanged.emit([self.event_id])

    def undo(self) -> None:
        self._session.case.timeline.delete(self.event_id)
        self._session.eventsChanged.emit([self.event_id])


class EditEventCommand(QUndoCommand):
    """Change an event's fields and which evidence it links, in one step."""

    def __init__(self, session: CaseSession, event_id: int, title: str, changes: dict,
                 link_ids: list[int], unlink_ids: list[int]):
        super().__init__(QCoreApplication.translate("TimelineCommands", "Edit event “{title}”").format(title=title))
        self._session, self._event_id, self._changes = session, event_id, dict(changes)
        self._link_ids, self._unlink_ids = list(link_ids), list(unlink_ids)
        self._previous: dict = {}
        self._linked: list[int] = []

    def redo(self) -> None:
        timeline = self._session.case.timeline
        self._previous = timeline.update(self._event_id, self._changes) if self._changes else {}
        self._linked = timeline.link(self._event_id, self._link_ids) if self._link_ids else []
        if self._unlink_ids:
            timeline.unlink(self._event_id, self._unlink_ids)
        self._session.eventsChanged.emit([self._event_id])

    def undo(self) -> None:
        timeline = self._session.case.timeline
        if self._previous:
            timeline.update(self._event_id, self._previous)
        if self._linked:
            timeline.unlink(self._event_id, self._linked)
        if self._unlink_ids:
            timeline.link(self._event_id, self._unlink_ids)
        self._session.eventsChanged.emit([self._event_id])


class DeleteEventCommand(QUndoCommand):
    """Delete an event; undo adds it back with the same id, its evidence and the steps that cited it."""

    def __init__(self, session: CaseSession, event_id: int, title: str):
        super().__init__(QCoreApplication.translate("TimelineCommands", "Delete event “{title}”").format(title=title))
        self._session, self._event_id = session, event_id
        self._deleted: dict = {}
        self._step_ids: list[int] = []

    def redo(self) -> None:
        case = self._session.case
        # Steps lose their link to the event by cascade; remember them so an undo restores it.
        self._step_ids = [s["id"] for s in case.checklist.list() if self._event_id in s["event_ids"]]
        self._deleted = case.timeline.delete(self._event_id)
        self._session.eventsChanged.emit([self._event_id])
        if self._step_ids:
            self._session.stepsChanged.emit(self._step_ids)

    def undo(self) -> None:
        case, event = self._session.case, self._deleted
        case.timeline.add(event["occurred_at"], event["title"], kind=event["kind"], precision=event["precision"],
                          description=event["description"], evidence_ids=event["evidence_ids"],
                          event_id=self._event_id)
        for step_id in self._step_ids:
            case.checklist.link_events(step_id, [self._event_id])
        self._session.eventsChanged.emit([self._event_id])
        if self._step_ids:
            self._session.stepsChanged.emit(self._step_ids)


class LinkEventEvidenceCommand(QUndoCommand):
    """Link dropped evidence to an event; undo unlinks only what this command linked."""

    def __init__(self, session: CaseSession, event_id: int, title: str, evidence_ids: list[int]):
        text = QCoreApplication.translate("TimelineCommands", "Link an evidence item to “{title}”") if len(evidence_ids) == 1 else \
            QCoreApplication.translate("TimelineCommands", "Link {count} evidence items to “{title}”")
        super().__init__(text.format(count=len(evidence_ids), title=title))
        self._session, self._event_id, self._evidence_ids = session, event_id, list(evidence_ids)
        self._added: list[int] = []

    def redo(self) -> None:
        self._added = self._session.case.timeline.link(self._event_id, self._evidence_ids)
        self._session.eventsChanged.emit([self._event_id])

    def undo(self) -> None:
        if self._added:
            self._session.case.timeline.unlink(self._event_id, self._added)
        self._session.eventsChanged.emit([self._event_id])
