"""The checklist: a case's steps, instantiated from its playbook, with status, dates and outcomes."""

from __future__ import annotations

import json
import sqlite3

from desktop.core import audit, search
from desktop.core.casefile import CaseFile
from desktop.core.changes import DETAILS, STEP, Changes
from desktop.core.clock import now_iso
from desktop.core.errors import CaseError
from desktop.core.playbook import Playbook, is_known, load_playbook
from desktop.core.vocab import STEP_STATUSES

STEP_FIELDS = ("status", "started_on", "done_on", "outcome")
COLUMNS = ("id", "playbook_id", "step_key", "position", *STEP_FIELDS, "updated_at", "in_playbook", "retired_title")
SETTLED = ("done", "skipped", "not_applicable")


def instantiate_steps(conn: sqlite3.Connection, playbook_id: str) -> None:
    """The steps of a new case, from the current version of its playbook."""
    playbook = load_playbook(playbook_id)
    conn.execute("UPDATE case_details SET playbook_version = ? WHERE id = 1", [playbook.version])
    search.reindex_many(conn, "step", [_insert_step(conn, playbook.id, step.id, position)
                                       for position, step in enumerate(playbook.steps, start=1)])


def _insert_step(conn: sqlite3.Connection, playbook_id: str, step_key: str, position: int) -> int:
    """A new step's id; the caller indexes the new steps for search (search.reindex_many: one statement)."""
    return conn.execute("INSERT INTO steps(playbook_id, step_key, position, updated_at) VALUES (?, ?, ?, ?)",
                        [playbook_id, step_key, position, now_iso()]).lastrowid


def _step(row) -> dict:
    step = dict(zip(COLUMNS, row))
    step["in_playbook"] = bool(step["in_playbook"])
    step["retired_title"] = _load_title(step["retired_title"])
    return step


def _load_title(text: str | None) -> dict[str, str]:
    """A retired step's title ({"en", "zh"}, JSON); anything malformed reads as no title (the step key shows)."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return {k: v for k, v in value.items() if isinstance(v, str)} if isinstance(value, dict) else {}


class Checklist:
    def __init__(self, file: CaseFile):
        self._file = file

    @property
    def _conn(self):
        return self._file.conn

    def list(self) -> list[dict]:
        steps = [_step(r) for r in self._conn.execute(
            f"SELECT {', '.join(COLUMNS)} FROM steps ORDER BY position, id")]
        for step in steps:  # each view looks its step up in the playbook the step names
            if not is_known(step["playbook_id"]):
                raise self._file.damaged(f"step {step['id']} names a playbook this version of the app does not "
                                         f"have: {step['playbook_id']!r:.80}")
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
        """(steps settled: done, skipped or not applicable; steps in all), of the playbook's current steps."""
        settled, total = self._conn.execute(
            f"SELECT sum(status IN {SETTLED}), count(*) FROM steps WHERE in_playbook").fetchone()
        return int(settled or 0), int(total)

    # -- a newer playbook -------------------------------------------------------------------------
    def apply_playbook(self, playbook: Playbook, old: Playbook | None) -> Changes:
        """Bring the steps to `playbook`: its new steps are added in their places, every step keeps its
        status, dates, notes and links, and a step it no longer has stays (with all of that) at the end,
        marked as no longer in the playbook. `previous` is what `restore_playbook` needs."""
        rows = {step["step_key"]: step for step in self.list()}
        previous = {"version": self._conn.execute("SELECT playbook_version FROM case_details").fetchone()[0],
                    "rows": [(s["id"], s["position"], int(s["in_playbook"]), json.dumps(s["retired_title"]))
                             for s in rows.values()],
                    "added": []}
        with self._file.transaction() as conn:
            for position, step in enumerate(playbook.steps, start=1):
                if step.id in rows:
                    conn.execute("UPDATE steps SET position = ?, in_playbook = 1, retired_title = '{}' WHERE id = ?",
                                 [position, rows[step.id]["id"]])
                else:
                    previous["added"].append(_insert_step(conn, playbook.id, step.id, position))
            search.reindex_many(conn, "step", previous["added"])
            retired = [row for key, row in rows.items() if playbook.step(key) is None]
            for offset, row in enumerate(sorted(retired, key=lambda r: r["position"]), start=1):
                definition = old.step(row["step_key"]) if old else None
                title = definition.title if definition else {"en": row["step_key"], "zh": row["step_key"]}
                conn.execute("UPDATE steps SET position = ?, in_playbook = 0, retired_title = ? WHERE id = ?",
                             [len(playbook.steps) + offset, json.dumps(title, ensure_ascii=False), row["id"]])
            conn.execute("UPDATE case_details SET playbook_version = ? WHERE id = 1", [playbook.version])
            audit.append(conn, "playbook.update", "case", {
                "playbook": playbook.id, "from": previous["version"], "to": playbook.version,
                "added": [s.id for s in playbook.steps if s.id not in rows], "retired": [r["step_key"] for r in retired]})
        return Changes.of(added={STEP: previous["added"]}, updated={STEP: [r["id"] for r in rows.values()],
                                                                      DETAILS: [1]}, previous=previous)

    def restore_playbook(self, previous: dict) -> Changes:
        """Undo `apply_playbook`: the added steps go, the others return to where they were."""
        with self._file.transaction() as conn:
            conn.executemany("DELETE FROM steps WHERE id = ?", [[step_id] for step_id in previous["added"]])
            search.unindex_many(conn, "step", previous["added"])
            conn.executemany("UPDATE steps SET position = ?, in_playbook = ?, retired_title = ? WHERE id = ?",
                             [[position, in_playbook, title, step_id]
                              for step_id, position, in_playbook, title in previous["rows"]])
            conn.execute("UPDATE case_details SET playbook_version = ? WHERE id = 1", [previous["version"]])
            audit.append(conn, "playbook.update", "case", {"undo": True, "to": previous["version"]})
        return Changes.of(removed={STEP: previous["added"]},
                          updated={STEP: [row[0] for row in previous["rows"]], DETAILS: [1]})

    def missing_evidence(self, step: dict) -> list[str]:
        """Categories the playbook says this step needs and the case does not have yet."""
        definition = load_playbook(step["playbook_id"]).step(step["step_key"])
        if definition is None:
            return []
        have = {r[0] for r in self._conn.execute("SELECT DISTINCT category FROM evidence WHERE trashed_at IS NULL")}
        return [c for c in definition.needs_evidence if c not in have]
