"""Links between the parts of a case: evidence cited by an event or a step, events cited by a step.
One store for all three, so linking has one behaviour and one undo."""

from __future__ import annotations

from desktop.core import audit
from desktop.core.casefile import CaseFile
from desktop.core.changes import EVENT, EVIDENCE, STEP, Changes

# (owner kind, linked kind) -> (table, owner column, linked column, audit name)
_TABLES = {
    (EVENT, EVIDENCE): ("event_evidence", "event_id", "evidence_id", "event"),
    (STEP, EVIDENCE): ("step_evidence", "step_id", "evidence_id", "step"),
    (STEP, EVENT): ("step_events", "step_id", "event_id", "step"),
}


class Links:
    def __init__(self, file: CaseFile):
        self._file = file

    def set(self, owner_kind: str, owner_id: int, linked_kind: str, ids: list[int], linked: bool = True) -> Changes:
        """Link (or unlink) items to one owner; `previous` is the ids whose link actually changed, which is
        what an undo reverses (an item linked already stays linked after the undo)."""
        try:
            table, owner_column, linked_column, audit_kind = _TABLES[(owner_kind, linked_kind)]
        except KeyError:
            raise ValueError(f"{linked_kind} cannot be linked to {owner_kind}") from None
        changed: list[int] = []
        with self._file.transaction() as conn:
            for other in ids:
                if linked:
                    cursor = conn.execute(
                        f"INSERT OR IGNORE INTO {table}({owner_column}, {linked_column}) VALUES (?, ?)",
                        [owner_id, other])
                else:
                    cursor = conn.execute(f"DELETE FROM {table} WHERE {owner_column} = ? AND {linked_column} = ?",
                                          [owner_id, other])
                if cursor.rowcount:
                    changed.append(other)
            action = f"{audit_kind}.link" if linked else f"{audit_kind}.unlink"
            audit.append(conn, action, f"{audit_kind}:{owner_id}", {linked_column: changed})
        if not changed:
            return Changes.of(previous=[])
        return Changes.of(updated={owner_kind: [owner_id], linked_kind: changed}, previous=changed)
