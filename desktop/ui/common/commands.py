"""Undo commands: one QUndoCommand per change to the case (orange-canvas-core's rule).

A command says what to do and how to take it back, as calls into the core; each call returns the
core's `Changes`, which the session turns into the one `changed` signal. So a command never
decides which views to tell. A compound edit (an event's fields and its links at once) is built
from child commands and undone in reverse order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core.case import Case
from desktop.core.changes import Changes
from desktop.core.errors import CaseError
from desktop.core.playbook import Playbook
from desktop.ui.session import CaseSession


class CaseCommand(QUndoCommand):
    """Subclasses define `forward(case)` and `backward(case)`, each returning the core's Changes."""

    def __init__(self, session: CaseSession, text: str = ""):
        super().__init__(text)
        self.session = session

    def redo(self) -> None:
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step) -> None:
        try:
            self.session.apply(step(self.session.case))
        except CaseError as exc:  # not saved: the stack drops the command, the window says why
            self.setObsolete(True)
            self.session.write_failed(exc)


class CompoundCommand(QUndoCommand):
    """Several commands as one undo step. The children are kept here (not as Qt children: PySide
    would let Python collect them while Qt still holds them)."""

    def __init__(self, text: str, children: list[QUndoCommand]):
        super().__init__(text)
        self.children = list(children)

    def redo(self) -> None:
        done = []
        for child in self.children:
            child.redo()
            if child.isObsolete():  # it could not be saved: take back the ones before it, all or nothing
                for earlier in reversed(done):
                    earlier.undo()
                self.setObsolete(True)
                return
            done.append(child)

    def undo(self) -> None:
        for child in reversed(self.children):
            child.undo()
            if child.isObsolete():
                self.setObsolete(True)
                return


def compound(text: str, children: list[QUndoCommand]) -> QUndoCommand:
    """One command as it is, several as one undo step."""
    if len(children) == 1:
        children[0].setText(text)
        return children[0]
    return CompoundCommand(text, children)


# -- case details and evidence ------------------------------------------------------------------

class EditDetailsCommand(CaseCommand):
    """Change case details (a form field, or several at once)."""

    def __init__(self, session: CaseSession, changes: dict[str, str], text: str):
        super().__init__(session, text)
        self._changes, self._previous = dict(changes), {}

    def forward(self, case: Case) -> Changes:
        changes = case.details.update(self._changes)
        self._previous = changes.previous or {}
        return changes

    def backward(self, case: Case) -> Changes:
        return case.details.update(self._previous)


class EditEvidenceCommand(CaseCommand):
    """Set user fields on one or more evidence items (category, private, title…)."""

    def __init__(self, session: CaseSession, evidence_ids: list[int], changes: dict, text: str):
        super().__init__(session, text)
        self._ids, self._changes, self._previous = list(evidence_ids), dict(changes), {}

    def forward(self, case: Case) -> Changes:
        changes = case.evidence.update_many(self._ids, self._changes)
        self._previous = changes.previous
        return changes

    def backward(self, case: Case) -> Changes:
        return case.evidence.set_values(self._previous)


class ReorderEvidenceCommand(CaseCommand):
    """Give exhibits a new order (E1, E2… follow it)."""

    def __init__(self, session: CaseSession, ordered_ids: list[int], text: str):
        super().__init__(session, text)
        self._order, self._previous = list(ordered_ids), []

    def forward(self, case: Case) -> Changes:
        changes = case.evidence.reorder(self._order)
        self._previous = changes.previous
        return changes

    def backward(self, case: Case) -> Changes:
        return case.evidence.reorder(self._previous)


class TrashEvidenceCommand(CaseCommand):
    """Move items to the trash (restore=False) or back out of it (restore=True)."""

    def __init__(self, session: CaseSession, evidence_ids: list[int], text: str, *, restore: bool = False):
        super().__init__(session, text)
        self._ids, self._restore = list(evidence_ids), restore

    def forward(self, case: Case) -> Changes:
        return case.evidence.restore(self._ids) if self._restore else case.evidence.trash(self._ids)

    def backward(self, case: Case) -> Changes:
        return case.evidence.trash(self._ids) if self._restore else case.evidence.restore(self._ids)


class CorrectTextCommand(CaseCommand):
    """The user's reading of a line of recognised text (None: back to the machine's)."""

    def __init__(self, session: CaseSession, line_id: int, corrected: str | None, text: str):
        super().__init__(session, text)
        self._line_id, self._corrected, self._previous = line_id, corrected, None

    def forward(self, case: Case) -> Changes:
        changes = case.text.correct(self._line_id, self._corrected)
        self._previous = changes.previous
        return changes

    def backward(self, case: Case) -> Changes:
        return case.text.correct(self._line_id, self._previous)


# -- links -----------------------------------------------------------------------------------------

class LinkCommand(CaseCommand):
    """Link (or unlink) items to one owner: evidence to an event or a step, events to a step. Undo
    reverses only the links this command changed."""

    def __init__(self, session: CaseSession, owner_kind: str, owner_id: int, linked_kind: str, ids: list[int],
                 text: str = "", *, linked: bool = True):
        super().__init__(session, text)
        self._owner_kind, self._owner_id, self._linked_kind = owner_kind, owner_id, linked_kind
        self._ids, self._linked, self._changed = list(ids), linked, []

    def forward(self, case: Case) -> Changes:
        changes = case.links.set(self._owner_kind, self._owner_id, self._linked_kind, self._ids, self._linked)
        self._changed = changes.previous
        return changes

    def backward(self, case: Case) -> Changes:
        return case.links.set(self._owner_kind, self._owner_id, self._linked_kind, self._changed, not self._linked)


def links_command(session: CaseSession, owner_kind: str, owner_id: int, linked_kind: str, text: str,
                  link_ids: list[int], unlink_ids: list[int]) -> QUndoCommand:
    """Link some items and unlink others as one undo step."""
    children: list[QUndoCommand] = []
    if link_ids:
        children.append(LinkCommand(session, owner_kind, owner_id, linked_kind, link_ids))
    if unlink_ids:
        children.append(LinkCommand(session, owner_kind, owner_id, linked_kind, unlink_ids, linked=False))
    return compound(text, children)


# -- the timeline ------------------------------------------------------------------------------------

class AddEventCommand(CaseCommand):
    """Add an event; undo deletes it, redo puts it back under the same id."""

    def __init__(self, session: CaseSession, fields: dict, evidence_ids: list[int]):
        super().__init__(session, QCoreApplication.translate("TimelineCommands", "Add event “{title}”")
                         .format(title=fields["title"]))
        self._fields, self._evidence_ids = dict(fields), list(evidence_ids)
        self.event_id: int | None = None

    def forward(self, case: Case) -> Changes:
        fields = self._fields
        changes = case.timeline.add(
            fields["occurred_at"], fields["title"], kind=fields["kind"], precision=fields["precision"],
            description=fields.get("description", ""), evidence_ids=self._evidence_ids, event_id=self.event_id,
            arrived_on=fields.get("arrived_on"), reply_by=fields.get("reply_by"), body=fields.get("body", ""),
            checks=fields.get("checks"))
        self.event_id = changes.created
        return changes

    def backward(self, case: Case) -> Changes:
        return case.timeline.delete(self.event_id)


class UpdateEventCommand(CaseCommand):
    """Change an event's fields."""

    def __init__(self, session: CaseSession, event_id: int, changes: dict, text: str = ""):
        super().__init__(session, text)
        self._event_id, self._changes, self._previous = event_id, dict(changes), {}

    def forward(self, case: Case) -> Changes:
        changes = case.timeline.update(self._event_id, self._changes)
        self._previous = changes.previous
        return changes

    def backward(self, case: Case) -> Changes:
        return case.timeline.update(self._event_id, self._previous)


def edit_event_command(session: CaseSession, event_id: int, title: str, changes: dict,
                       link_ids: list[int], unlink_ids: list[int]) -> QUndoCommand:
    """An event's fields and the evidence it links, changed in one undo step."""
    children: list[QUndoCommand] = []
    if changes:
        children.append(UpdateEventCommand(session, event_id, changes))
    if link_ids:
        children.append(LinkCommand(session, "event", event_id, "evidence", link_ids))
    if unlink_ids:
        children.append(LinkCommand(session, "event", event_id, "evidence", unlink_ids, linked=False))
    return compound(QCoreApplication.translate("TimelineCommands", "Edit event “{title}”").format(title=title),
                    children)


class DeleteEventCommand(CaseCommand):
    """Delete an event; undo adds it back with the same id, its evidence and the steps that cited it."""

    def __init__(self, session: CaseSession, event_id: int, title: str):
        super().__init__(session, QCoreApplication.translate("TimelineCommands", "Delete event “{title}”")
                         .format(title=title))
        self._event_id, self._deleted = event_id, {}

    def forward(self, case: Case) -> Changes:
        changes = case.timeline.delete(self._event_id)
        self._deleted = changes.previous
        return changes

    def backward(self, case: Case) -> Changes:
        return case.timeline.restore(self._deleted)


def link_event_evidence_text(title: str, count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("TimelineCommands", "Link an evidence item to “{title}”").format(title=title)
    return QCoreApplication.translate("TimelineCommands", "Link {count} evidence items to “{title}”").format(
        count=count, title=title)


# -- the checklist -----------------------------------------------------------------------------------

class UpdatePlaybookCommand(CaseCommand):
    """Bring the case's steps to a newer playbook (asked first); undo puts them back as they were."""

    def __init__(self, session: CaseSession, playbook: Playbook, old: Playbook | None, text: str):
        super().__init__(session, text)
        self._playbook, self._old, self._previous = playbook, old, {}

    def forward(self, case: Case) -> Changes:
        changes = case.checklist.apply_playbook(self._playbook, self._old)
        self._previous = changes.previous
        return changes

    def backward(self, case: Case) -> Changes:
        return case.checklist.restore_playbook(self._previous)


_OUTCOME_MERGE_ID = 0x57E9  # consecutive typing in one step's notes is one undo step


class UpdateStepCommand(CaseCommand):
    """Set status, dates or outcome of one step; undo restores the values the core returned."""

    def __init__(self, session: CaseSession, step_id: int, changes: dict, text: str):
        super().__init__(session, text)
        self._step_id, self._changes, self._previous = step_id, dict(changes), {}

    def forward(self, case: Case) -> Changes:
        changes = case.checklist.update(self._step_id, self._changes)
        # After a merge the first command's "previous" is the one that counts.
        self._previous = {**changes.previous, **self._previous}
        return changes

    def backward(self, case: Case) -> Changes:
        return case.checklist.update(self._step_id, self._previous)

    def id(self) -> int:
        return _OUTCOME_MERGE_ID if set(self._changes) == {"outcome"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateStepCommand) or other._step_id != self._step_id:
            return False
        self._changes = dict(other._changes)
        return True


# -- letters -----------------------------------------------------------------------------------------

class CreateLetterCommand(CaseCommand):
    """A new letter drafted from the case; undo deletes it, redo puts it back under the same id."""

    def __init__(self, session: CaseSession, kind: str, lang: str, title: str, fields: list[dict], text: str):
        super().__init__(session, text)
        self._kind, self._lang, self._title, self._fields = kind, lang, title, list(fields)
        self.letter_id: int | None = None

    def forward(self, case: Case) -> Changes:
        changes = case.letters.create(self._kind, self._lang, self._title, self._fields, letter_id=self.letter_id)
        self.letter_id = changes.created
        return changes

    def backward(self, case: Case) -> Changes:
        return case.letters.delete(self.letter_id)


class EditLetterCommand(CaseCommand):
    """A new version of a letter's text (typed, or drafted again from the case)."""

    def __init__(self, session: CaseSession, letter_id: int, fields: list[dict], text: str, origin: str = "edited"):
        super().__init__(session, text)
        self._letter_id, self._fields, self._origin = letter_id, list(fields), origin
        self._version_id: int | None = None

    def forward(self, case: Case) -> Changes:
        changes = case.letters.add_version(self._letter_id, self._fields, self._origin)
        self._version_id = changes.created
        return changes

    def backward(self, case: Case) -> Changes:
        return case.letters.remove_version(self._letter_id, self._version_id)


class DeleteLetterCommand(CaseCommand):
    def __init__(self, session: CaseSession, letter_id: int, text: str):
        super().__init__(session, text)
        self._letter_id, self._deleted = letter_id, {}

    def forward(self, case: Case) -> Changes:
        changes = case.letters.delete(self._letter_id)
        self._deleted = changes.previous
        return changes

    def backward(self, case: Case) -> Changes:
        return case.letters.restore(self._deleted)


class MarkLetterSentCommand(CaseCommand):
    """Freeze a letter as sent, recording the event `event_from` added (a demand, a complaint…)."""

    def __init__(self, session: CaseSession, letter_id: int, sent: dict, event_from: AddEventCommand | None):
        super().__init__(session)
        self._letter_id, self._sent, self._event_from = letter_id, dict(sent), event_from

    def forward(self, case: Case) -> Changes:
        event_id = self._event_from.event_id if self._event_from else None
        return case.letters.mark_sent(self._letter_id, event_id=event_id, **self._sent)

    def backward(self, case: Case) -> Changes:
        return case.letters.unmark_sent(self._letter_id)


def send_letter_command(session: CaseSession, letter_id: int, sent: dict, event: dict | None,
                        evidence_ids: list[int], text: str) -> QUndoCommand:
    """Marking a letter sent, and the timeline event that moves the deadlines, as one undo step."""
    add = AddEventCommand(session, event, evidence_ids) if event else None
    mark = MarkLetterSentCommand(session, letter_id, sent, add)
    return compound(text, [add, mark] if add else [mark])
