"""The case's letters: each with every version of its text kept, and, once sent, frozen as sent."""

from __future__ import annotations

import json

from desktop.core import audit
from desktop.core.casefile import CaseFile
from desktop.core.changes import EVIDENCE, LETTER, Changes
from desktop.core.clock import now_iso
from desktop.core.errors import CaseError

COLUMNS = ("id", "kind", "lang", "title", "status", "created_at", "updated_at", "sent_on", "sent_method",
           "tracking_no", "receipt_evidence_id", "event_id")


def _not_found(letter_id: int) -> CaseError:
    return CaseError(f"There is no letter {letter_id} in this case.", code="not_found.letter", id=str(letter_id))


def _sent_already(letter_id: int) -> CaseError:
    return CaseError("This letter was sent: it is kept exactly as it was sent. Make a new letter to write again.",
                     code="letter.sent", id=str(letter_id))


class Letters:
    def __init__(self, file: CaseFile):
        self._file = file

    @property
    def _conn(self):
        return self._file.conn

    # -- reading --------------------------------------------------------------------------------
    def list(self) -> list[dict]:
        """Every letter, newest first, with how many versions it has."""
        rows = self._conn.execute(
            f"SELECT {', '.join('l.' + c for c in COLUMNS)}, count(v.id) FROM letters l "
            "LEFT JOIN letter_versions v ON v.letter_id = l.id GROUP BY l.id ORDER BY l.created_at DESC, l.id DESC")
        return [{**dict(zip(COLUMNS, row)), "versions": row[-1]} for row in rows]

    def get(self, letter_id: int) -> dict:
        """A letter with its current text (`fields`: its latest version)."""
        row = self._conn.execute(f"SELECT {', '.join(COLUMNS)} FROM letters WHERE id = ?", [letter_id]).fetchone()
        if row is None:
            raise _not_found(letter_id)
        letter = dict(zip(COLUMNS, row))
        latest = self._conn.execute("SELECT id, fields FROM letter_versions WHERE letter_id = ? ORDER BY id DESC "
                                    "LIMIT 1", [letter_id]).fetchone()
        letter["version_id"], letter["fields"] = (
            (latest[0], self._fields(latest[1], letter_id)) if latest else (None, []))
        return letter

    def versions(self, letter_id: int) -> list[dict]:
        """Every version, oldest first: {id, origin, created_at, fields}."""
        return [{"id": r[0], "origin": r[1], "created_at": r[2], "fields": self._fields(r[3], letter_id)}
                for r in self._conn.execute("SELECT id, origin, created_at, fields FROM letter_versions "
                                            "WHERE letter_id = ? ORDER BY id", [letter_id])]

    def _fields(self, text: str, letter_id: int) -> list[dict]:
        """A version's text as _json wrote it. Not read as empty when it is not: a letter, sent ones
        above all, is kept as it was written, and an empty one would be drafted again over it."""
        try:
            fields = json.loads(text)
        except ValueError:
            fields = None
        if not isinstance(fields, list) or not all(map(_is_field, fields)):
            raise self._file.damaged(f"the text of letter {letter_id} cannot be read")
        return fields

    # -- writing ---------------------------------------------------------------------------------
    def create(self, kind: str, lang: str, title: str, fields: list[dict], *, letter_id: int | None = None) -> Changes:
        """A new draft with its first version; `created` is its id (letter_id puts a deleted one back)."""
        now = now_iso()
        with self._file.transaction() as conn:
            new_id = conn.execute("INSERT INTO letters(id, kind, lang, title, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)", [letter_id, kind, lang, title, now, now]).lastrowid
            conn.execute("INSERT INTO letter_versions(letter_id, fields, origin, created_at) VALUES (?, ?, ?, ?)",
                         [new_id, _json(fields), "generated", now])
            audit.append(conn, "letter.create", f"letter:{new_id}", {"kind": kind, "lang": lang})
        return Changes.of(added={LETTER: [new_id]}, created=new_id)

    def add_version(self, letter_id: int, fields: list[dict], origin: str = "edited") -> Changes:
        """The letter's text as the user changed it (or as drafted again); `created` is the version's id."""
        letter = self.get(letter_id)
        if letter["status"] == "sent":
            raise _sent_already(letter_id)
        now = now_iso()
        with self._file.transaction() as conn:
            version_id = conn.execute("INSERT INTO letter_versions(letter_id, fields, origin, created_at) "
                                      "VALUES (?, ?, ?, ?)", [letter_id, _json(fields), origin, now]).lastrowid
            conn.execute("UPDATE letters SET updated_at = ? WHERE id = ?", [now, letter_id])
            audit.append(conn, "letter.edit", f"letter:{letter_id}", {"origin": origin})
        return Changes.of(updated={LETTER: [letter_id]}, created=version_id)

    def remove_version(self, letter_id: int, version_id: int) -> Changes:
        """Undo of add_version: the version goes, the one before is current again."""
        with self._file.transaction() as conn:
            conn.execute("DELETE FROM letter_versions WHERE id = ? AND letter_id = ?", [version_id, letter_id])
            audit.append(conn, "letter.edit", f"letter:{letter_id}", {"undo": True})
        return Changes.of(updated={LETTER: [letter_id]})

    def delete(self, letter_id: int) -> Changes:
        """Delete a draft; `previous` is the letter with its versions, for `restore`. A sent one stays."""
        letter = self.get(letter_id)
        if letter["status"] == "sent":
            raise _sent_already(letter_id)
        letter["all_versions"] = self.versions(letter_id)
        with self._file.transaction() as conn:
            conn.execute("DELETE FROM letters WHERE id = ?", [letter_id])
            audit.append(conn, "letter.delete", f"letter:{letter_id}", {"title": letter["title"]})
        return Changes.of(removed={LETTER: [letter_id]}, previous=letter)

    def restore(self, letter: dict) -> Changes:
        with self._file.transaction() as conn:
            conn.execute("INSERT INTO letters(id, kind, lang, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                         [letter["id"], letter["kind"], letter["lang"], letter["title"], letter["created_at"],
                          letter["updated_at"]])
            conn.executemany("INSERT INTO letter_versions(id, letter_id, fields, origin, created_at) "
                             "VALUES (?, ?, ?, ?, ?)",
                             [[v["id"], letter["id"], _json(v["fields"]), v["origin"], v["created_at"]]
                              for v in letter["all_versions"]])
            audit.append(conn, "letter.restore", f"letter:{letter['id']}")
        return Changes.of(added={LETTER: [letter["id"]]}, created=letter["id"])

    def mark_sent(self, letter_id: int, sent_on: str, method: str = "", tracking_no: str = "",
                  receipt_evidence_id: int | None = None, event_id: int | None = None) -> Changes:
        """Freeze the letter as sent: when, how, its tracking number, the receipt, and the timeline event."""
        letter = self.get(letter_id)
        if letter["status"] == "sent":
            raise _sent_already(letter_id)
        with self._file.transaction() as conn:
            conn.execute("UPDATE letters SET status = 'sent', sent_on = ?, sent_method = ?, tracking_no = ?, "
                         "receipt_evidence_id = ?, event_id = ?, updated_at = ? WHERE id = ?",
                         [sent_on, method, tracking_no, receipt_evidence_id, event_id, now_iso(), letter_id])
            audit.append(conn, "letter.sent", f"letter:{letter_id}",
                         {"sent_on": sent_on, "method": method, "tracking_no": tracking_no,
                          "version": letter["version_id"]})
        return Changes.of(updated={LETTER: [letter_id], EVIDENCE: [receipt_evidence_id] if receipt_evidence_id
                                   else []})

    def unmark_sent(self, letter_id: int) -> Changes:
        """Undo of mark_sent: a draft again."""
        with self._file.transaction() as conn:
            conn.execute("UPDATE letters SET status = 'draft', sent_on = NULL, sent_method = '', tracking_no = '', "
                         "receipt_evidence_id = NULL, event_id = NULL, updated_at = ? WHERE id = ?",
                         [now_iso(), letter_id])
            audit.append(conn, "letter.sent", f"letter:{letter_id}", {"undo": True})
        return Changes.of(updated={LETTER: [letter_id]})


def _is_field(field: object) -> bool:
    return (isinstance(field, dict) and all(isinstance(field.get(k), str) for k in ("key", "label", "text"))
            and isinstance(field.get("limit", 0), int))


def _json(fields: list[dict]) -> str:
    return json.dumps([{"key": f["key"], "label": f["label"], "text": f["text"], "limit": int(f.get("limit", 0))}
                       for f in fields], ensure_ascii=False)
