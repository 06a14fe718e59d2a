"""The text read in an item's pictures or scans (ocr_engine.py does the reading, in a worker), kept
beside its stored content, per page and line: the machine's text, its box and its confidence, and the
user's correction beside it (the machine's text stays as read: a trigger refuses a change). Each
line is in the search index as shown (corrected, else as read)."""

from __future__ import annotations

import json

from desktop.core import audit, search
from desktop.core.casefile import CaseFile
from desktop.core.changes import EVIDENCE, TEXT, Changes
from desktop.core.clock import now_iso
from desktop.core.errors import CaseError
from desktop.core.read_notes import dumps
from desktop.core.read_notes import loads as load_notes

COLUMNS = ("id", "page", "line_no", "source", "text", "box", "confidence", "corrected", "corrected_at")


def _line(row) -> dict:
    line = dict(zip(COLUMNS, row))
    try:
        box = json.loads(line["box"]) if line["box"] else None
    except ValueError:
        box = None
    line["box"] = box if isinstance(box, list) and len(box) == 8 else None
    line["shown"] = line["corrected"] if line["corrected"] is not None else line["text"]
    return line


class RecognisedText:
    def __init__(self, file: CaseFile):
        self._file = file

    @property
    def _conn(self):
        return self._file.conn

    def _blob_of(self, evidence_id: int) -> int:
        row = self._conn.execute("SELECT blob_id FROM evidence WHERE id = ?", [evidence_id]).fetchone()
        if row is None:
            raise CaseError(f"There is no evidence item {evidence_id} in this case.", code="not_found.evidence",
                            id=str(evidence_id))
        return row[0]

    # -- reading ------------------------------------------------------------------------------
    def read_info(self, evidence_id: int) -> dict | None:
        """{engine, read_at, notes} once the item was read; None before."""
        row = self._conn.execute("SELECT engine, read_at, notes FROM text_reads WHERE blob_id = ?",
                                 [self._blob_of(evidence_id)]).fetchone()
        return {"engine": row[0], "read_at": row[1], "notes": load_notes(row[2])} if row else None

    def lines(self, evidence_id: int) -> list[dict]:
        """Every line, page by page, top to bottom as read; `shown` is the correction or the machine's text."""
        return [_line(row) for row in self._conn.execute(
            f"SELECT {', '.join(COLUMNS)} FROM text_lines WHERE blob_id = ? ORDER BY page, line_no",
            [self._blob_of(evidence_id)])]

    def text(self, evidence_id: int) -> str:
        return "\n".join(line["shown"] for line in self.lines(evidence_id))

    def evidence_of_line(self, line_id: int) -> int | None:
        """The item a line was read in (the first, if the same content is in the trash too)."""
        row = self._conn.execute("SELECT e.id FROM text_lines l JOIN evidence e ON e.blob_id = l.blob_id "
                                 "WHERE l.id = ? ORDER BY e.trashed_at IS NOT NULL, e.id LIMIT 1", [line_id]).fetchone()
        return row[0] if row else None

    def unread(self) -> list[int]:
        """Items not read yet, in exhibit order."""
        rows = self._conn.execute("SELECT e.id FROM evidence e LEFT JOIN text_reads r ON r.blob_id = e.blob_id "
                                  "WHERE r.blob_id IS NULL AND e.trashed_at IS NULL ORDER BY e.exhibit_order, e.id")
        return [r[0] for r in rows]

    # -- writing ------------------------------------------------------------------------------
    def store(self, evidence_id: int, result: dict) -> Changes:
        """What the engine read in an item (read again: the old lines and their corrections go)."""
        blob_id = self._blob_of(evidence_id)
        with self._file.transaction() as conn:
            old = [line_id for (line_id,) in conn.execute("SELECT id FROM text_lines WHERE blob_id = ?", [blob_id])]
            search.unindex_many(conn, "text", old)
            conn.execute("DELETE FROM text_lines WHERE blob_id = ?", [blob_id])
            conn.execute("INSERT OR REPLACE INTO text_reads(blob_id, engine, read_at, notes) VALUES (?, ?, ?, ?)",
                         [blob_id, result.get("engine", ""), now_iso(), dumps(result.get("notes") or [])])
            added = []
            for page in result.get("pages", []):
                for line_no, line in enumerate(page.get("lines", [])):
                    text = str(line.get("text") or "").strip()
                    if not text:
                        continue
                    box = line.get("box")
                    line_id = conn.execute(
                        "INSERT INTO text_lines(blob_id, page, line_no, source, text, box, confidence) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [blob_id, int(page.get("page", 0)), line_no, page.get("source", "ocr"), text,
                         json.dumps(box) if box else None, line.get("confidence")]).lastrowid
                    added.append(line_id)
            search.reindex_many(conn, "text", added)
            audit.append(conn, "text.read", f"evidence:{evidence_id}", {"lines": len(added),
                                                                          "engine": result.get("engine", "")})
            ids = [r[0] for r in conn.execute("SELECT id FROM evidence WHERE blob_id = ?", [blob_id])]
        return Changes.of(updated={TEXT: ids, EVIDENCE: ids if result.get("notes") else []})

    def correct(self, line_id: int, corrected: str | None) -> Changes:
        """The user's reading of a line (None: back to the machine's); `previous` is the one before."""
        row = self._conn.execute("SELECT corrected, blob_id, text FROM text_lines WHERE id = ?", [line_id]).fetchone()
        if row is None:
            raise CaseError(f"There is no line {line_id} of recognised text in this case.",
                            code="not_found.text_line", id=str(line_id))
        previous, blob_id, machine = row
        value = None if corrected is None or corrected == machine else corrected
        with self._file.transaction() as conn:
            conn.execute("UPDATE text_lines SET corrected = ?, corrected_at = ? WHERE id = ?",
                         [value, now_iso() if value is not None else None, line_id])
            search.reindex(conn, "text", line_id)
            audit.append(conn, "text.correct", f"line:{line_id}", {"machine": machine, "now": value})
            ids = [r[0] for r in conn.execute("SELECT id FROM evidence WHERE blob_id = ?", [blob_id])]
        return Changes.of(updated={TEXT: ids}, previous=previous)
