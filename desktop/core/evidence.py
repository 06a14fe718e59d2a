"""The evidence store: items, their immutable content, thumbnails, trash and export."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from desktop.core import audit, blobs, search
from desktop.core.atomic import written
from desktop.core.blobs import Thumbnail
from desktop.core.casefile import CaseFile
from desktop.core.changes import EVENT, EVIDENCE, STEP, Changes
from desktop.core.clock import now_iso
from desktop.core.errors import CaseError, EvidenceNotFound
from desktop.core.read_notes import joined_text
from desktop.core.read_notes import loads as load_notes
from desktop.core.vocab import CATEGORIES

__all__ = ["EvidenceStore", "Thumbnail", "EDITABLE_FIELDS", "IDENTITY_FIELDS", "LIST_COLUMNS"]

# Fields that feed the full-text index: changing only others (category, private) needs no reindex.
SEARCHED_FIELDS = {"title", "proves", "source", "notes"}
EDITABLE_FIELDS = ("title", "category", "proves", "source", "evidence_date", "notes", "private")
# What the file is, recorded at import and never changed (triggers refuse updates).
IDENTITY_FIELDS = ("blob_id", "sha256", "size", "file_name", "media_type", "file_modified_at", "captured_at",
                   "captured_offset", "camera_model", "orientation", "width", "height", "page_count", "read_note",
                   "read_notes", "imported_at")
# What an item made from another one records (redaction.py): the original's id and how it was made.
DERIVED_FIELDS = ("derived_from", "derivation")
LIST_COLUMNS = (
    "id", "sha256", "size", "file_name", "media_type", "file_modified_at", "captured_at", "captured_offset",
    "camera_model", "orientation", "width", "height", "page_count", "read_note", "read_notes", "imported_at",
    "title", "category", "proves", "source", "evidence_date", "notes", "private", "exhibit_order", "trashed_at",
    *DERIVED_FIELDS,
)


# Notes of what could not be read when its picture was made, after the import (thumbnails.py).
_PICTURE_NOTES = "(SELECT b.picture_notes FROM blobs b WHERE b.id = evidence.blob_id)"
_SELECT = f"SELECT {', '.join(LIST_COLUMNS)}, {_PICTURE_NOTES} FROM evidence"


def _item(row) -> dict:
    """An evidence row as a dict; read_notes (stored as JSON) as a list of {code, params, text}: what
    the import could not read, then what making its picture could not."""
    item = dict(zip(LIST_COLUMNS, row))
    at_import = load_notes(item["read_notes"])
    picture_notes, later = row[len(LIST_COLUMNS)], []
    if picture_notes:  # the picture's pass reads the file again: what the import already said is not said twice
        said = {_note_key(n) for n in at_import}
        later = [n for n in load_notes(picture_notes) if _note_key(n) not in said]
    item["read_notes"] = at_import + later
    if later:
        item["read_note"] = joined_text(item["read_notes"])
    item["derivation"] = _derivation(item["derivation"])
    return item


def _note_key(note: dict) -> tuple:
    return note["code"], tuple(sorted(note["params"].items()))


def _derivation(text: str | None) -> dict:
    """How an item was made from another ({} for a file imported as it was), each value of the type the
    app writes: a damaged or hostile file's JSON reads as what it can of it."""
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(raw, dict) or not isinstance(raw.get("kind"), str):
        return {}
    boxes = raw.get("boxes")
    return {"kind": raw["kind"], "boxes": boxes if isinstance(boxes, int) and not isinstance(boxes, bool) else 0,
            "from_sha256": str(raw.get("from_sha256") or ""), "from_file_name": str(raw.get("from_file_name") or "")}


def _damaged(item: dict) -> CaseError:
    return CaseError(f"“{item['file_name']}” (evidence {item['id']}) is damaged in the case file: its content no "
                     "longer matches the SHA-256 recorded when it was imported. Check the case file (File menu) to "
                     "see every item; a copy of the case made before the damage still holds it.",
                     code="evidence.damaged", name=item["file_name"], id=str(item["id"]))


def _target(ids: list[int]) -> str:
    return "evidence:" + ",".join(str(i) for i in ids)


def _not_found(evidence_id: int) -> EvidenceNotFound:
    return EvidenceNotFound(f"There is no evidence item {evidence_id} in this case.", code="not_found.evidence",
                            id=str(evidence_id))


class EvidenceStore:
    def __init__(self, file: CaseFile):
        self._file = file

    @property
    def _conn(self):
        return self._file.conn

    # -- reading --------------------------------------------------------------------------
    def list(self, *, trashed: bool = False, include_private: bool = True) -> list[dict]:
        """Items in exhibit order; `exhibit` is E1, E2… among the items not in the trash."""
        where = "trashed_at IS NOT NULL" if trashed else "trashed_at IS NULL"
        if not include_private:
            where += " AND private = 0"
        rows = self._conn.execute(f"{_SELECT} WHERE {where} ORDER BY exhibit_order, id").fetchall()
        items = [_item(row) for row in rows]
        if not trashed:
            for number, item in enumerate(items, start=1):
                item["exhibit"] = f"E{number}"
        return items

    def get(self, evidence_id: int) -> dict:
        row = self._conn.execute(f"{_SELECT} WHERE id = ?", [evidence_id]).fetchone()
        if row is None:
            raise _not_found(evidence_id)
        return _item(row)

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM evidence WHERE trashed_at IS NULL").fetchone()[0]

    def count_by_category(self) -> dict[str, int]:
        return dict(self._conn.execute(
            "SELECT category, count(*) FROM evidence WHERE trashed_at IS NULL GROUP BY category"))

    def exhibit_numbers(self) -> dict[int, str]:
        ids = [r[0] for r in self._conn.execute(
            "SELECT id FROM evidence WHERE trashed_at IS NULL ORDER BY exhibit_order, id")]
        return {evidence_id: f"E{n}" for n, evidence_id in enumerate(ids, start=1)}

    def thumbnail(self, evidence_id: int) -> Thumbnail | None:
        return blobs.thumbnail(self._conn, self._blob_id(evidence_id))

    def iter_content(self, evidence_id: int) -> Iterator[bytes]:
        """The stored bytes, chunk by chunk (bounded memory for any size)."""
        return blobs.iter_chunks(self._conn, self._blob_id(evidence_id))

    def iter_verified(self, evidence_id: int) -> Iterator[bytes]:
        """The stored bytes, checked against the SHA-256 recorded at import as they are read. The case
        file's structure is checked when it opens except for the content itself, so a damaged page
        or changed bytes show here, as a plain error naming the item."""
        yield from self._verified(self.get(evidence_id))

    def _verified(self, item: dict) -> Iterator[bytes]:
        digest = hashlib.sha256()
        try:
            for chunk in self.iter_content(item["id"]):
                digest.update(chunk)
                yield chunk
        except sqlite3.DatabaseError as exc:
            raise _damaged(item) from exc
        if digest.hexdigest() != item["sha256"]:
            raise _damaged(item)

    def read_bytes(self, evidence_id: int, limit: int = 64 * 1024**2) -> bytes:
        """Whole content of a small item (previews), checked against its hash; refuses past `limit`."""
        item = self.get(evidence_id)
        if item["size"] > limit:
            raise CaseError("This file is too large to open in memory; export it instead.", code="too_large")
        return b"".join(self._verified(item))

    def links(self, evidence_id: int) -> dict[str, list[int]]:
        return {
            "events": [r[0] for r in self._conn.execute(
                "SELECT event_id FROM event_evidence WHERE evidence_id = ? ORDER BY event_id", [evidence_id])],
            "steps": [r[0] for r in self._conn.execute(
                "SELECT step_id FROM step_evidence WHERE evidence_id = ? ORDER BY step_id", [evidence_id])],
        }

    def integrity_rows(self) -> list[tuple]:
        """(id, file_name, recorded sha256, recorded size, the blob's sha256) of every item, trash included."""
        return self._conn.execute(
            "SELECT e.id, e.file_name, e.sha256, e.size, b.sha256 FROM evidence e JOIN blobs b ON b.id = e.blob_id "
            "ORDER BY e.exhibit_order, e.id").fetchall()

    def _blob_id(self, evidence_id: int) -> int:
        row = self._conn.execute("SELECT blob_id FROM evidence WHERE id = ?", [evidence_id]).fetchone()
        if row is None:
            raise _not_found(evidence_id)
        return row[0]

    # -- adding ---------------------------------------------------------------------------
    def add(self, record: dict) -> Changes:
        """Add an item whose content is stored and sealed (blob_id, sha256…): its identity fields
        (IDENTITY_FIELDS), and optionally a title, category and evidence date; a derived item also
        what it says (proves, source) and what it was made from (DERIVED_FIELDS, derivation a dict).
        It goes last in the exhibit order. Called inside the transaction that stored its content."""
        optional = [c for c in ("proves", "source", *DERIVED_FIELDS) if record.get(c) is not None]
        columns = [*IDENTITY_FIELDS, "title", "category", "evidence_date", *optional]
        values = [json.dumps(record[c], ensure_ascii=False, sort_keys=True) if c == "derivation" else record.get(c)
                  for c in columns]
        with self._file.transaction() as conn:
            order = conn.execute("SELECT coalesce(max(exhibit_order), 0) + 1 FROM evidence").fetchone()[0]
            evidence_id = conn.execute(
                f"INSERT INTO evidence({', '.join(columns)}, exhibit_order) "
                f"VALUES ({', '.join('?' * len(columns))}, ?)", [*values, order]).lastrowid
            search.reindex(conn, "evidence", evidence_id)
        return Changes.of(added={EVIDENCE: [evidence_id]}, created=evidence_id)

    # -- changing -------------------------------------------------------------------------
    def update(self, evidence_id: int, changes: dict) -> Changes:
        """Set user fields of one item; `previous` is {id: values before}."""
        return self.update_many([evidence_id], changes)

    def update_many(self, evidence_ids: list[int], changes: dict) -> Changes:
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"evidence fields that cannot be edited: {sorted(unknown)}")
        if "category" in changes and changes["category"] not in CATEGORIES:
            raise ValueError(f"unknown category {changes['category']!r}")
        if "private" in changes:
            changes = {**changes, "private": int(bool(changes["private"]))}
        previous = self._values(evidence_ids, list(changes))
        with self._file.transaction() as conn:
            assignments = ", ".join(f"{k} = ?" for k in changes)
            conn.executemany(f"UPDATE evidence SET {assignments} WHERE id = ?",
                             [[*changes.values(), evidence_id] for evidence_id in evidence_ids])
            if SEARCHED_FIELDS & set(changes):
                for evidence_id in evidence_ids:
                    search.reindex(conn, "evidence", evidence_id)
            audit.append(conn, "evidence.edit", _target(evidence_ids), {"fields": sorted(changes)})
        return Changes.of(updated={EVIDENCE: evidence_ids}, previous=previous)

    def _values(self, evidence_ids: list[int], fields: list[str]) -> dict[int, dict]:
        """Current values of some fields for many items, a few hundred ids per query."""
        found: dict[int, dict] = {}
        for start in range(0, len(evidence_ids), 500):
            batch = evidence_ids[start:start + 500]
            marks = ", ".join("?" * len(batch))
            for row in self._conn.execute(f"SELECT id, {', '.join(fields)} FROM evidence WHERE id IN ({marks})",
                                          batch):
                found[row[0]] = dict(zip(fields, row[1:]))
        missing = set(evidence_ids) - set(found)
        if missing:
            raise _not_found(min(missing))
        return {evidence_id: found[evidence_id] for evidence_id in evidence_ids}

    def set_values(self, values_by_id: dict[int, dict]) -> Changes:
        """Restore per-item values in one change (undo of update_many)."""
        with self._file.transaction() as conn:
            for evidence_id, changes in values_by_id.items():
                assignments = ", ".join(f"{k} = ?" for k in changes)
                conn.execute(f"UPDATE evidence SET {assignments} WHERE id = ?", [*changes.values(), evidence_id])
                if SEARCHED_FIELDS & set(changes):
                    search.reindex(conn, "evidence", evidence_id)
            audit.append(conn, "evidence.edit", _target(list(values_by_id)), {"undo": True})
        return Changes.of(updated={EVIDENCE: list(values_by_id)})

    def reorder(self, ordered_ids: list[int]) -> Changes:
        """Give the listed items exhibit numbers in this order; `previous` is the order before."""
        previous = [r[0] for r in self._conn.execute("SELECT id FROM evidence ORDER BY exhibit_order, id")]
        listed = set(ordered_ids)
        final = list(ordered_ids) + [i for i in previous if i not in listed]
        with self._file.transaction() as conn:
            for position, evidence_id in enumerate(final, start=1):
                conn.execute("UPDATE evidence SET exhibit_order = ? WHERE id = ?", [position, evidence_id])
            audit.append(conn, "evidence.reorder", _target(ordered_ids))
        return Changes.of(renumbered=True, previous=previous)

    def trash(self, evidence_ids: list[int]) -> Changes:
        with self._file.transaction() as conn:
            now = now_iso()
            for evidence_id in evidence_ids:
                conn.execute("UPDATE evidence SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL",
                             [now, evidence_id])
            audit.append(conn, "evidence.trash", _target(evidence_ids))
        return self._moved(evidence_ids)

    def restore(self, evidence_ids: list[int]) -> Changes:
        with self._file.transaction() as conn:
            for evidence_id in evidence_ids:
                conn.execute("UPDATE evidence SET trashed_at = NULL WHERE id = ?", [evidence_id])
            audit.append(conn, "evidence.restore", _target(evidence_ids))
        return self._moved(evidence_ids)

    def _moved(self, evidence_ids: list[int]) -> Changes:
        """Items left or rejoined the evidence list: exhibit numbers change, and the events and steps
        that cite them show a different list."""
        linked = self._linked_to(evidence_ids)
        return Changes.of(updated={EVIDENCE: evidence_ids, **linked}, renumbered=True)

    def _linked_to(self, evidence_ids: list[int]) -> dict[str, list[int]]:
        marks = ", ".join("?" * len(evidence_ids))
        return {
            EVENT: [r[0] for r in self._conn.execute(
                f"SELECT DISTINCT event_id FROM event_evidence WHERE evidence_id IN ({marks})", evidence_ids)],
            STEP: [r[0] for r in self._conn.execute(
                f"SELECT DISTINCT step_id FROM step_evidence WHERE evidence_id IN ({marks})", evidence_ids)],
        }

    def empty_trash(self) -> Changes:
        """Delete for good what is in the trash (`previous` is how many items). Explicit and logged."""
        trashed = [dict(zip(("id", "blob_id", "sha256", "file_name"), r)) for r in self._conn.execute(
            "SELECT id, blob_id, sha256, file_name FROM evidence WHERE trashed_at IS NOT NULL")]
        if not trashed:
            return Changes.of(previous=0)
        with self._file.transaction() as conn:
            # Out of the search index in one statement each (each statement reads the whole index); the
            # text read in the items goes with them.
            lines = [r[0] for r in conn.execute("SELECT id FROM text_lines WHERE blob_id IN "
                                                "(SELECT value FROM json_each(?))",
                                                [json.dumps([i["blob_id"] for i in trashed])])]
            search.unindex_many(conn, "text", lines)
            search.unindex_many(conn, "evidence", [i["id"] for i in trashed])
            for item in trashed:
                conn.execute("DELETE FROM evidence WHERE id = ?", [item["id"]])
                blobs.delete(conn, item["blob_id"])
            audit.append(conn, "trash.empty", _target([i["id"] for i in trashed]),
                         {"items": [{"file_name": i["file_name"], "sha256": i["sha256"]} for i in trashed]})
        self._conn.execute("PRAGMA incremental_vacuum")
        return Changes.of(removed={EVIDENCE: [i["id"] for i in trashed]}, previous=len(trashed))

    # -- export and verification ----------------------------------------------------------------
    def export(self, evidence_id: int, destination: str | os.PathLike) -> Path:
        """Write the item back out byte for byte; the hash is checked while writing, and a partial
        file never stands at the destination."""
        item = self.get(evidence_id)
        destination = Path(destination)
        if destination.is_dir():
            destination = destination / item["file_name"]
        with written(destination) as temporary, open(temporary, "wb") as out:
            for chunk in self._verified(item):  # a damaged item is not exported
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if not self._file.read_only:
            with self._file.transaction() as conn:
                audit.append(conn, "evidence.export", _target([evidence_id]), {"to": str(destination)})
        return destination

    def recompute_hash(self, evidence_id: int) -> str:
        digest = hashlib.sha256()
        for chunk in self.iter_content(evidence_id):
            digest.update(chunk)
        return digest.hexdigest()
