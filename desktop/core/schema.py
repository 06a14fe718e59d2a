"""Schema migrations (sqlite-utils 4). Each runs in one transaction; PRAGMA user_version
carries the schema version so a file's version can be read from its header alone."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

from desktop.core.read_notes import dumps, recognise_notes

migrations = Migrations("refund_case")


@migrations()
def m001_initial(db: Database) -> None:
    for statement in _split(_INITIAL_SQL):
        db.execute(statement)


@migrations()
def m002_structured_read_notes(db: Database) -> None:
    """Notes of what could not be read get a code and params beside their English text, so they can be
    shown in the reader's language. Old notes get their codes by recognising the English sentences."""
    db.execute("ALTER TABLE evidence ADD COLUMN read_notes TEXT NOT NULL DEFAULT '[]'")
    for evidence_id, read_note in db.execute("SELECT id, read_note FROM evidence WHERE read_note != ''").fetchall():
        db.execute("UPDATE evidence SET read_notes = ? WHERE id = ?", [dumps(recognise_notes(read_note)), evidence_id])
    # The notes describe the content as it was read at import: part of the item's identity record.
    db.execute("DROP TRIGGER evidence_identity_immutable")
    db.execute("""
        CREATE TRIGGER evidence_identity_immutable
        BEFORE UPDATE OF blob_id, sha256, size, file_name, media_type, file_modified_at,
                         captured_at, captured_offset, imported_at, read_notes ON evidence
        BEGIN
            SELECT RAISE(ABORT, 'evidence content and hash are immutable');
        END""")


# Event kinds before format 3, and what they are now (vocab.EVENT_KINDS).
OLD_EVENT_KINDS = {
    "follow_up": "follow-up",
    "written_demand": "demand",
    "complaint_filed": "complaint",
    "reply_received": "reply",
    "mediation": "mediation-request",
    "legal": "lawsuit",
}


@migrations()
def m003_deadlines_and_checks(db: Database) -> None:
    """What every deadline needs: when a demand arrived and the reply date it set, who received a
    complaint or a mediation request, a settlement offer's check; the situation (payment channel, a
    loan, a platform, a closed clinic), the licence check and the contract date; which playbook version
    made the steps, and steps that a newer playbook no longer has. Event kinds get their new names."""
    for column in ("contract_date", "payment_channel", "loan", "platform", "clinic_status", "licence_scope",
                   "practitioner_qualified", "product_approved"):
        db.execute(f"ALTER TABLE case_details ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    # Cases made before the playbook carried a version were made with its version 1.
    db.execute("ALTER TABLE case_details ADD COLUMN playbook_version INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE events ADD COLUMN arrived_on TEXT")
    db.execute("ALTER TABLE events ADD COLUMN reply_by TEXT")
    db.execute("ALTER TABLE events ADD COLUMN body TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE events ADD COLUMN checks TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE steps ADD COLUMN in_playbook INTEGER NOT NULL DEFAULT 1")
    # The title of a step a newer playbook dropped ({"en", "zh"}), so it can still be named.
    db.execute("ALTER TABLE steps ADD COLUMN retired_title TEXT NOT NULL DEFAULT '{}'")
    for old, new in OLD_EVENT_KINDS.items():
        db.execute("UPDATE events SET kind = ? WHERE kind = ?", [new, old])


@migrations()
def m004_letters(db: Database) -> None:
    """Letters drafted from the case: every version kept; once sent (with the date, how, the tracking
    number and the receipt), a letter is frozen: no new version, none removed."""
    for statement in _split(_LETTERS_SQL):
        db.execute(statement)


@migrations()
def m005_thumbnails_after_import(db: Database) -> None:
    """Pictures are made after the import, not during it: a thumbnail says where it came from (the
    small picture a camera embeds in its EXIF, shown first, or one made from the whole picture), and
    what could not be read while making it. A row with format 'none' records that no picture can be
    made, so the pass does not try again."""
    db.execute("ALTER TABLE thumbnails ADD COLUMN source TEXT NOT NULL DEFAULT 'full'")
    # Beside the blob, not the picture: listing the evidence must not read the thumbnails' pages.
    db.execute("ALTER TABLE blobs ADD COLUMN picture_notes TEXT NOT NULL DEFAULT '[]'")


@migrations()
def m006_derived_exhibits(db: Database) -> None:
    """A copy of a picture with areas blacked out (redaction.py) is an item of its own, with its own
    content and hash; it names the item it was made from and how (JSON: what was done, how many
    areas, the original's SHA-256 and file name). Emptying the trash may delete the original for
    good: `derived_from` then becomes NULL, and the derivation still says which file it was."""
    db.execute("ALTER TABLE evidence ADD COLUMN derived_from INTEGER REFERENCES evidence(id) ON DELETE SET NULL")
    db.execute("ALTER TABLE evidence ADD COLUMN derivation TEXT NOT NULL DEFAULT '{}'")
    # How an item was made is part of what it is. derived_from may only be cleared (the foreign key's
    # SET NULL fires update triggers too), never pointed at another item.
    db.execute("DROP TRIGGER evidence_identity_immutable")
    db.execute("""
        CREATE TRIGGER evidence_identity_immutable
        BEFORE UPDATE OF blob_id, sha256, size, file_name, media_type, file_modified_at,
                         captured_at, captured_offset, imported_at, read_notes, derivation ON evidence
        BEGIN
            SELECT RAISE(ABORT, 'evidence content and hash are immutable');
        END""")
    db.execute("""
        CREATE TRIGGER evidence_derived_from_kept
        BEFORE UPDATE OF derived_from ON evidence
        WHEN NEW.derived_from IS NOT NULL
        BEGIN
            SELECT RAISE(ABORT, 'what an item was made from is never changed');
        END""")


@migrations()
def m007_recognised_text(db: Database) -> None:
    """The text read in pictures and scans (or a PDF's own text), beside the stored content, per page
    and line: the machine's text with its box and confidence, and the user's correction beside it.
    Evidence rows stay as they were imported."""
    for statement in _split(_TEXT_SQL):
        db.execute(statement)


def _split(script: str) -> list[str]:
    """Statements of a script, one by one (db.execute takes one; triggers hold semicolons)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return statements


def schema_version_of_code() -> int:
    return len(migrations._migrations)


def migration_names() -> list[str]:
    """Every migration in order: a file at version N has had the first N."""
    return [m.name for m in migrations._migrations]


def migrate(db: Database, *, stop_before: str | None = None) -> list[str]:
    """Apply pending migrations (up to `stop_before`, for tests that build an older file); returns their
    names. user_version follows in the same transaction."""
    names = [m.name for m in migrations.pending(db)]
    pending = names[:names.index(stop_before)] if stop_before in names else names
    migrations.ensure_migrations_table(db)
    for migration in migrations.pending(db)[:len(pending)]:
        with db.atomic():
            migration.fn(db)
            migrations._record_applied(db, migration.name)
            applied = db.execute(
                "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [migrations.name]
            ).fetchone()[0]
            db.execute(f"PRAGMA user_version={int(applied)}")
    return pending


_INITIAL_SQL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE case_details (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    complainant_name TEXT NOT NULL DEFAULT '',
    complainant_phone TEXT NOT NULL DEFAULT '',
    complainant_address TEXT NOT NULL DEFAULT '',
    clinic_name TEXT NOT NULL DEFAULT '',
    clinic_address TEXT NOT NULL DEFAULT '',
    clinic_credit_code TEXT NOT NULL DEFAULT '',
    clinic_licence_no TEXT NOT NULL DEFAULT '',
    clinic_phone TEXT NOT NULL DEFAULT '',
    practitioner TEXT NOT NULL DEFAULT '',
    treatment TEXT NOT NULL DEFAULT '',
    treatment_dates TEXT NOT NULL DEFAULT '',
    amount_paid TEXT NOT NULL DEFAULT '',
    payment_method TEXT NOT NULL DEFAULT '',
    payment_refs TEXT NOT NULL DEFAULT '',
    demand_kind TEXT NOT NULL DEFAULT '',
    demand_amount TEXT NOT NULL DEFAULT '',
    refund_clause TEXT NOT NULL DEFAULT 'unsure',
    refund_clause_text TEXT NOT NULL DEFAULT '',
    first_aware_date TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    playbook_id TEXT NOT NULL DEFAULT '',
    is_sample INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Content, in chunks so a multi-gigabyte video never sits in memory whole.
CREATE TABLE blobs (
    id INTEGER PRIMARY KEY,
    sha256 TEXT UNIQUE,
    size INTEGER NOT NULL DEFAULT 0,
    stored_at TEXT NOT NULL
);
-- A rowid table: large rows in a WITHOUT ROWID table import three times slower.
CREATE TABLE blob_chunks (
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (blob_id, seq)
);

CREATE TRIGGER blob_chunks_immutable BEFORE UPDATE ON blob_chunks
BEGIN
    SELECT RAISE(ABORT, 'evidence content is immutable');
END;
-- The hash is written once, when the streamed content is complete; never changed after.
CREATE TRIGGER blobs_hash_immutable BEFORE UPDATE OF sha256, size ON blobs
WHEN OLD.sha256 IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'evidence hash is immutable');
END;

CREATE TABLE thumbnails (
    blob_id INTEGER PRIMARY KEY REFERENCES blobs(id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL UNIQUE REFERENCES blobs(id),
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    file_modified_at TEXT,
    captured_at TEXT,
    captured_offset TEXT,
    camera_model TEXT,
    orientation INTEGER,
    width INTEGER,
    height INTEGER,
    page_count INTEGER,
    read_note TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'other',
    proves TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    evidence_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    private INTEGER NOT NULL DEFAULT 0,
    exhibit_order INTEGER NOT NULL,
    trashed_at TEXT
);
CREATE INDEX evidence_order ON evidence(exhibit_order);

CREATE TRIGGER evidence_identity_immutable
BEFORE UPDATE OF blob_id, sha256, size, file_name, media_type, file_modified_at,
                 captured_at, captured_offset, imported_at ON evidence
BEGIN
    SELECT RAISE(ABORT, 'evidence content and hash are immutable');
END;

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    precision TEXT NOT NULL DEFAULT 'day',
    kind TEXT NOT NULL DEFAULT 'other',
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX events_when ON events(occurred_at);

CREATE TABLE event_evidence (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, evidence_id)
) WITHOUT ROWID;

CREATE TABLE steps (
    id INTEGER PRIMARY KEY,
    playbook_id TEXT NOT NULL,
    step_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'todo',
    started_on TEXT,
    done_on TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (playbook_id, step_key)
);

CREATE TABLE step_evidence (
    step_id INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    PRIMARY KEY (step_id, evidence_id)
) WITHOUT ROWID;

CREATE TABLE step_events (
    step_id INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (step_id, event_id)
) WITHOUT ROWID;

-- Append-only and hash-chained: each entry's hash covers the previous entry's hash.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Full-text search, kept up to date by search.py (trusted_schema=OFF forbids FTS5 in triggers).
-- Trigram finds Chinese words of three characters or more through the index; shorter terms
-- fall back to LIKE over the same table.
CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref_id UNINDEXED, body, tokenize='trigram');

"""

_LETTERS_SQL = """
CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_on TEXT,
    sent_method TEXT NOT NULL DEFAULT '',
    tracking_no TEXT NOT NULL DEFAULT '',
    receipt_evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL
);

-- Each version of a letter's text: a JSON list of its fields ({key, label, text, limit}).
CREATE TABLE letter_versions (
    id INTEGER PRIMARY KEY,
    letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
    fields TEXT NOT NULL,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX letter_versions_letter ON letter_versions(letter_id, id);

CREATE TRIGGER letter_sent_is_frozen BEFORE INSERT ON letter_versions
WHEN (SELECT status FROM letters WHERE id = NEW.letter_id) = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a letter that was sent is kept as it was sent');
END;
CREATE TRIGGER letter_sent_versions_stay BEFORE DELETE ON letter_versions
WHEN (SELECT status FROM letters WHERE id = OLD.letter_id) = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a letter that was sent is kept as it was sent');
END;
"""

_TEXT_SQL = """
-- One row per stored content that was read: by what, when, and what could not be read.
CREATE TABLE text_reads (
    blob_id INTEGER PRIMARY KEY REFERENCES blobs(id) ON DELETE CASCADE,
    engine TEXT NOT NULL,
    read_at TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '[]'
);

-- Each line found: source 'ocr' (machine-read) or 'pdf-text' (the document's own text); box is four
-- corner points as fractions of the upright page (JSON), NULL for a PDF's own text.
CREATE TABLE text_lines (
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    box TEXT,
    confidence REAL,
    corrected TEXT,
    corrected_at TEXT
);
CREATE INDEX text_lines_blob ON text_lines(blob_id, page, line_no);

-- What the machine read stays as it was read; only the correction beside it changes.
CREATE TRIGGER text_lines_read_as_read BEFORE UPDATE OF blob_id, page, line_no, source, text, box, confidence
ON text_lines
BEGIN
    SELECT RAISE(ABORT, 'recognised text is kept as it was read; correct it beside');
END;
"""
