"""The timeline: dated events with their precision, linked to evidence."""

from __future__ import annotations

import json
from datetime import date, datetime

from desktop.core import audit, search
from desktop.core.casefile import CaseFile
from desktop.core.changes import EVENT, STEP, Changes
from desktop.core.clock import now_iso
from desktop.core.errors import CaseError
from desktop.core.vocab import BODIES, EVENT_KINDS, PRECISIONS

EVENT_FIELDS = ("occurred_at", "precision", "kind", "title", "description", "arrived_on", "reply_by", "body",
                "checks")
COLUMNS = ("id", *EVENT_FIELDS, "created_at", "updated_at")


def _event(row) -> dict:
    event = dict(zip(COLUMNS, row))
    event["checks"] = _load_checks(event["checks"])
    return event


def _load_checks(text: str | None) -> dict[str, str]:
    """A settlement offer's check answers (JSON, each a text); anything malformed reads as no answer."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return {k: v for k, v in value.items() if isinstance(v, str)} if isinstance(value, dict) else {}


def _day_or_none(value: str | None) -> str | None:
    """An optional day (when a demand arrived, the reply date it set), stored as YYYY-MM-DD."""
    if value is None or not str(value).strip():
        return None
    return normalise_when(str(value), "day")


def normalise_when(value: str, precision: str) -> str:
    """Store dates as sortable ISO text: 2026-03 for a month, 2026-03-02 for a day, with time for exact."""
    text = value.strip()
    try:
        if precision == "month":
            return datetime.strptime(text[:7], "%Y-%m").strftime("%Y-%m")
        if precision == "exact":
            return datetime.fromisoformat(text).isoformat(timespec="minutes")
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise CaseError(f"{value!r} is not a date (use YYYY-MM-DD).", code="bad_date", value=repr(value)) from None


def _check(kind: str, precision: str, body: str = "") -> None:
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown event kind {kind!r}")
    if precision not in PRECISIONS:
        raise ValueError(f"unknown date precision {precision!r}")
    if body and body not in BODIES:
        raise ValueError(f"unknown body {body!r}")


def _stored(changes: dict) -> dict:
    """Field values as the events table keeps them."""
    stored = dict(changes)
    for field in ("arrived_on", "reply_by"):
        if field in stored:
            stored[field] = _day_or_none(stored[field])
    if "checks" in stored:
        stored["checks"] = json.dumps(stored["checks"] or {}, ensure_ascii=False, sort_keys=True)
    if "body" in stored:
        stored["body"] = stored["body"] or ""
    return stored


class Timeline:
    def __init__(self, file: CaseFile):
        self._file = file

    @property
    def _conn(self):
        return self._file.conn

    def list(self, kinds: tuple[str, ...] | None = None) -> list[dict]:
        """Events in date order, each with the ids of its evidence not in the trash; only some kinds if asked."""
        where, params = "", []
        if kinds is not None:
            where, params = f"WHERE kind IN ({', '.join('?' * len(kinds))})", list(kinds)
        rows = self._conn.execute(f"SELECT {', '.join(COLUMNS)} FROM events {where} ORDER BY occurred_at, id",
                                  params).fetchall()
        events = [_event(r) for r in rows]
        links: dict[int, list[int]] = {}
        for event_id, evidence_id in self._conn.execute(
                "SELECT ee.event_id, ee.evidence_id FROM event_evidence ee JOIN evidence e ON e.id = ee.evidence_id "
                "WHERE e.trashed_at IS NULL ORDER BY e.exhibit_order"):
            links.setdefault(event_id, []).append(evidence_id)
        for event in events:
            event["evidence_ids"] = links.get(event["id"], [])
        return events

    def get(self, event_id: int) -> dict:
        row = self._conn.execute(f"SELECT {', '.join(COLUMNS)} FROM events WHERE id = ?", [event_id]).fetchone()
        if row is None:
            raise CaseError(f"There is no event {event_id} in this case.", code="not_found.event", id=str(event_id))
        event = _event(row)
        event["evidence_ids"] = [r[0] for r in self._conn.execute(
            "SELECT evidence_id FROM event_evidence WHERE event_id = ? ORDER BY evidence_id", [event_id])]
        return event

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def add(self, occurred_at: str, title: str, *, kind: str = "other", precision: str = "day",
            description: str = "", evidence_ids: list[int] | None = None, event_id: int | None = None,
            arrived_on: str | None = None, reply_by: str | None = None, body: str = "",
            checks: dict | None = None) -> Changes:
        """Add an event; `created` is its id (event_id lets an undo put a deleted event back under its own id).
        A demand can say when it arrived and the reply date it set; a complaint or a mediation request
        who received it; a settlement offer the answers to its check."""
        _check(kind, precision, body)
        when = normalise_when(occurred_at, precision)
        extra = _stored({"arrived_on": arrived_on, "reply_by": reply_by, "body": body, "checks": checks})
        now = now_iso()
        with self._file.transaction() as conn:
            new_id = conn.execute(
                "INSERT INTO events(id, occurred_at, precision, kind, title, description, arrived_on, reply_by, body, "
                "checks, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [event_id, when, precision, kind, title, description, extra["arrived_on"], extra["reply_by"],
                 extra["body"], extra["checks"], now, now],
            ).lastrowid
            conn.executemany("INSERT OR IGNORE INTO event_evidence(event_id, evidence_id) VALUES (?, ?)",
                             [[new_id, evidence_id] for evidence_id in evidence_ids or []])
            search.reindex(conn, "event", new_id)
            audit.append(conn, "event.add", f"event:{new_id}", {"title": title, "when": when})
        return Changes.of(added={EVENT: [new_id]}, created=new_id)

    def update(self, event_id: int, changes: dict) -> Changes:
        """Change fields of an event; `previous` holds their values before."""
        unknown = set(changes) - set(EVENT_FIELDS)
        if unknown:
            raise ValueError(f"unknown event fields: {sorted(unknown)}")
        before = self.get(event_id)
        merged = {**before, **changes}
        _check(merged["kind"], merged["precision"], merged["body"])
        if "occurred_at" in changes or "precision" in changes:
            changes = {**changes, "occurred_at": normalise_when(merged["occurred_at"], merged["precision"])}
        previous = {k: before[k] for k in changes}
        stored = _stored(changes)
        with self._file.transaction() as conn:
            assignments = ", ".join(f"{k} = ?" for k in stored)
            conn.execute(f"UPDATE events SET {assignments}, updated_at = ? WHERE id = ?",
                         [*stored.values(), now_iso(), event_id])
            search.reindex(conn, "event", event_id)
            audit.append(conn, "event.edit", f"event:{event_id}", {"fields": sorted(changes)})
        return Changes.of(updated={EVENT: [event_id]}, previous=previous)

    def delete(self, event_id: int) -> Changes:
        """Delete an event; `previous` is the event with its evidence and the steps that cited it, which is
        what `restore` needs to put it all back."""
        event = self.get(event_id)
        event["step_ids"] = [r[0] for r in self._conn.execute(
            "SELECT step_id FROM step_events WHERE event_id = ? ORDER BY step_id", [event_id])]
        with self._file.transaction() as conn:
            conn.execute("DELETE FROM events WHERE id = ?", [event_id])  # links go by cascade
            search.unindex(conn, "event", event_id)
            audit.append(conn, "event.delete", f"event:{event_id}", {"title": event["title"]})
        return Changes.of(removed={EVENT: [event_id]}, updated={STEP: event["step_ids"]}, previous=event)

    def restore(self, event: dict) -> Changes:
        """Put a deleted event back under its own id, with its evidence and the steps that cited it."""
        with self._file.transaction() as conn:
            changes = self.add(event["occurred_at"], event["title"], kind=event["kind"],
                               precision=event["precision"], description=event["description"],
                               evidence_ids=event["evidence_ids"], event_id=event["id"],
                               arrived_on=event.get("arrived_on"), reply_by=event.get("reply_by"),
                               body=event.get("body", ""), checks=event.get("checks"))
            conn.executemany("INSERT OR IGNORE INTO step_events(step_id, event_id) VALUES (?, ?)",
                             [[step_id, event["id"]] for step_id in event.get("step_ids", [])])
        return changes | Changes.of(updated={STEP: event.get("step_ids", [])})

    def suggest_from_photos(self, min_photos: int = 1) -> list[dict]:
        """Days on which photos were taken and that no event covers yet: 'N photos taken on D: add an event?'"""
        rows = self._conn.execute(
            "SELECT substr(captured_at, 1, 10) AS day, count(*), group_concat(id) FROM evidence "
            "WHERE captured_at IS NOT NULL AND trashed_at IS NULL GROUP BY day HAVING count(*) >= ? ORDER BY day",
            [min_photos]).fetchall()
        covered = {r[0] for r in self._conn.execute("SELECT substr(occurred_at, 1, 10) FROM events")}
        return [{"day": day, "count": n, "evidence_ids": [int(i) for i in ids.split(",")]}
                for day, n, ids in rows if day not in covered]
