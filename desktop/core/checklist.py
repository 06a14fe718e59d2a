"""The checklist: a case's steps, instantiated from its playbook, with status, dates and outcomes."""

from __future__ import annotations

import sqlite3

from desktop.core import audit, search
from desktop.core.casefile import CaseFile
from desktop.core.changes import STEP, Changes
from desktop.core.clock import now_iso
from desktop.core.errors import CaseError
from desktop.core.playbook import load_playbook
from desktop.core.vocab import STEP_STATUSES

STEP_FIELDS = ("status", "started_on", "done_on", "outcome")
COLUMNS = ("id", "playbook_id", "step_key", "position", *STEP_FIELDS, "updated_at")
SETTLED = ("done", "skipped", "not_applicable")


def instantiate_steps(conn: sqlite3.Connection, playbook_id: str) -> None:
    playbook = load_playbook(playbook_id)
    now = now_iso()
    for position, step in enumerate(playbook.steps, start=1):
        step_id = conn.execute(
            "INSERT INTO steps(playbook_id, step_key, position, updated_at) VALUES (?, ?, ?, ?)",
            [playbook_id, step.id, position, now]).lastrowid
        search.reindex(conn, "step", step_id)


class Checklist:
    def __init__(self, file: CaseFile):
        self._file = file

    @property
    def _conn(self):
        return self._file.conn

    def list(self) -> list[dict]:
        steps = [dict(zip(COLUMNS, r)) for r in self._conn.execute(
            f"SELECT {', '.join(COLUMNS)} FROM steps ORDER BY position, id")]
        evidence_links = self._pairs("SELECT s.step_id, s.evidence_id FROM step_evidence s "
                                     "JOIN evidence e ON e.id = s.evidence_id WHERE e.trashed_at IS NULL")
        event_links = self._pairs("SELECT step_id, event_id FROM step_events")
        for step in steps:
            step["evidence_ids"] = evidence_links.get(step["id"], [])
            step["event_ids"] = event_links.get(step["id"], [])
        return steps

    def _pairs(self, sql: str) -> dict[int, list[int]]:
        result: dict[int, list[int]] = {}
        for a, b in self._conn.execute(sql):
            result.setdefault(a, []).append(b)
        return result

    def get(self, step_id: int) -> dict:
        for step in self.list():
            if step["id"] == step_id:
                return step
        raise CaseError(f"There is no step {step_id} in this case.", code="not_found.step", step=str(step_id))

    def by_key(self, step_key: str) -> dict:
        for step in self.list():
            if step["step_key"] == step_key:
                return step
        raise CaseError(f"There is no step {step_key!r} in this case.", code="not_found.step", step=repr(step_key))

    def update(self, step_id: int, changes: dict) -> Changes:
        """Change status, dates or outcome; `previous` holds the values before."""
        unknown = set(changes) - set(STEP_FIELDS)
        if unknown:
            raise ValueError(f"unknown step fields: {sorted(unknown)}")
        if "status" in changes and changes["status"] not in STEP_STATUSES:
            raise ValueError(f"unknown step status {changes['status']!r}")
        before = self.get(step_id)
        previous = {k: before[k] for k in changes}
        with self._file.transaction() as conn:
            assignments = ", ".join(f"{k} = ?" for k in changes)
            conn.execute(f"UPDATE steps SET {assignments}, updated_at = ? WHERE id = ?",
                         [*changes.values(), now_iso(), step_id])
            search.reindex(conn, "step", step_id)
            audit.append(conn, "step.edit", f"step:{before['step_key']}", {"fields": sorted(changes), **(
                {"status": changes["status"]} if "status" in changes else {})})
        return Changes.of(updated={STEP: [step_id]}, previous=previous)

    def progress(self) -> tuple[int, int]:
        """(steps settled: done, skipped or not applicable; steps in all)."""
        settled, total = self._conn.execute(
            f"SELECT sum(status IN {SETTLED}), count(*) FROM steps").fetchone()
        return int(settled or 0), int(total)

    def next_step(self) -> dict | None:
        for step in self.list():
            if step["status"] in ("todo", "in_progress"):
                return step
        return None

    def missing_evidence(self, step: dict) -> list[str]:
        """Categories the playbook says this step needs and the case does not have yet."""
        definition = load_playbook(step["playbook_id"]).step(step["step_key"])
        if definition is None:
            return []
        have = {r[0] for r in self._conn.execute("SELECT DISTINCT category FROM evidence WHERE trashed_at IS NULL")}
        return [c for c in definition.needs_evidence if c not in have]
