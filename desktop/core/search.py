"""Full-text search over the case, Chinese included.

The index is an FTS5 table with the trigram tokenizer, kept current by `reindex` (called by
every write; trusted_schema=OFF forbids doing it in triggers). Trigram matching needs three
characters; a shorter term (a two-character Chinese word such as 退款) is matched with LIKE
over the same table, which is exact and fast enough for one case."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

SOURCES = {
    "case": ("case_details", ["title", "complainant_name", "clinic_name", "clinic_address",
                              "clinic_credit_code", "clinic_licence_no", "practitioner", "treatment",
                              "payment_refs", "refund_clause_text", "notes"]),
    "evidence": ("evidence", ["title", "file_name", "proves", "source", "notes", "read_note"]),
    "event": ("events", ["title", "description"]),
    "step": ("steps", ["outcome"]),
    # A line of text read in a picture or a scan, as corrected (recognised.py): a hit names its box.
    "text": ("text_lines", ["coalesce(corrected, text)"]),
}
SNIPPET_CHARS = 80


@dataclass(frozen=True)
class Hit:
    kind: str      # case, evidence, event, step, text (a line read in an item)
    ref_id: int
    snippet: str


def reindex(conn: sqlite3.Connection, kind: str, ref_id: int) -> None:
    reindex_many(conn, kind, [ref_id])


def unindex(conn: sqlite3.Connection, kind: str, ref_id: int) -> None:
    unindex_many(conn, kind, [ref_id])


def reindex_many(conn: sqlite3.Connection, kind: str, ref_ids: list[int]) -> None:
    """Index these rows as they are now (a row that is gone is left out)."""
    if not ref_ids:
        return
    table, columns = SOURCES[kind]
    unindex_many(conn, kind, ref_ids)
    rows = conn.execute(f"SELECT id, {', '.join(columns)} FROM {table} "
                        "WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(list(ref_ids))]).fetchall()
    conn.executemany("INSERT INTO search_index(kind, ref_id, body) VALUES (?, ?, ?)",
                     [[kind, ref_id, "\n".join(str(value) for value in values if value)]
                      for ref_id, *values in rows])


def unindex_many(conn: sqlite3.Connection, kind: str, ref_ids: list[int]) -> None:
    # One statement for them all: a WHERE on the index's unindexed columns reads the whole index.
    if not ref_ids:
        return
    conn.execute("DELETE FROM search_index WHERE kind = ? AND ref_id IN (SELECT value FROM json_each(?))",
                 [kind, json.dumps(list(ref_ids))])


def search(conn: sqlite3.Connection, query: str, limit: int = 200) -> list[Hit]:
    terms = [t for t in query.split() if t]
    if not terms:
        return []
    clauses, params = [], []
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        clauses.append("search_index MATCH ?")
        params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
    for term in terms:
        if len(term) < 3:
            clauses.append("body LIKE ? ESCAPE '\\'")
            params.append("%" + _escape_like(term) + "%")
    sql = (
        "SELECT s.kind, s.ref_id, s.body FROM search_index s "
        "LEFT JOIN evidence e ON s.kind = 'evidence' AND e.id = s.ref_id "
        f"WHERE {' AND '.join(clauses)} AND e.trashed_at IS NULL "
        "AND (s.kind != 'text' OR EXISTS (SELECT 1 FROM text_lines l JOIN evidence v ON v.blob_id = l.blob_id "
        "WHERE l.id = s.ref_id AND v.trashed_at IS NULL)) "
        "ORDER BY CASE s.kind WHEN 'case' THEN 0 WHEN 'evidence' THEN 1 WHEN 'text' THEN 2 WHEN 'event' THEN 3 "
        "ELSE 4 END, s.ref_id "
        "LIMIT ?"
    )
    rows = conn.execute(sql, [*params, limit]).fetchall()
    return [Hit(kind, int(ref_id), make_snippet(body, terms)) for kind, ref_id, body in rows]


def make_snippet(body: str, terms: list[str]) -> str:
    lowered = body.lower()
    positions = [lowered.find(t.lower()) for t in terms]
    found = [p for p in positions if p >= 0]
    start = max(0, min(found) - SNIPPET_CHARS // 3) if found else 0
    text = body[start:start + SNIPPET_CHARS].replace("\n", " · ")
    return ("…" if start else "") + text + ("…" if start + SNIPPET_CHARS < len(body) else "")


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
