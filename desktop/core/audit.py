"""The audit log: append-only (triggers refuse UPDATE and DELETE) and hash-chained, so that a
removed or altered entry breaks the chain and `verify` can say so."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

from desktop.core.clock import now_iso

GENESIS = "0" * 64


def entry_hash(prev_hash: str, at: str, action: str, target: str, detail: str) -> str:
    material = "\x1f".join([prev_hash, at, action, target, detail])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def append(conn: sqlite3.Connection, action: str, target: str = "", detail: dict | None = None) -> None:
    """Add an entry. Call inside the transaction of the change it records."""
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = row[0] if row else GENESIS
    at = now_iso()
    detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    conn.execute(
        "INSERT INTO audit_log(at, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
        [at, action, target, detail_json, prev_hash, entry_hash(prev_hash, at, action, target, detail_json)],
    )


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None  # id of the first entry whose hash or link does not match

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    expected_prev = GENESIS
    count = 0
    for entry_id, at, action, target, detail, prev_hash, stored in conn.execute(
        "SELECT id, at, action, target, detail, prev_hash, hash FROM audit_log ORDER BY id"
    ):
        count += 1
        if prev_hash != expected_prev or entry_hash(prev_hash, at, action, target, detail) != stored:
            return ChainReport(count, entry_id)
        expected_prev = stored
    return ChainReport(count, None)


def entries(conn: sqlite3.Connection, limit: int | None = None) -> list[dict]:
    sql = "SELECT id, at, action, target, detail, hash FROM audit_log ORDER BY id"
    if limit is not None:
        sql += f" DESC LIMIT {int(limit)}"
    rows = [
        {"id": r[0], "at": r[1], "action": r[2], "target": r[3], "detail": _detail(r[4]), "hash": r[5]}
        for r in conn.execute(sql)
    ]
    return sorted(rows, key=lambda r: r["id"])


def _detail(text: str) -> dict:
    """An entry's detail (JSON); anything malformed reads as none: the chain check names the entry."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def summary(conn: sqlite3.Connection) -> dict[str, int]:
    """How many entries of each action: for the dossier's integrity appendix."""
    return {action: n for action, n in conn.execute(
        "SELECT action, count(*) FROM audit_log GROUP BY action ORDER BY action")}
