"""Notes of what could not be read carry a code and params beside the English text; case files made
before that (format 1) are backed up, then given the codes by recognising their English notes."""

import sqlite3

import pytest
from sqlite_utils import Database

from desktop.core import audit, read_notes, schema
from desktop.core.clock import now_iso
from desktop.core.connection import configure_new, connect_new
from desktop.core.errors import CaseError, NewerVersion
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case, open_case
from desktop.core.probe import make_thumbnail, probe_file
from tests.helpers import BROKEN, PHOTOS, png_bomb

SECOND_MIGRATION = "m002_structured_read_notes"


def test_probe_gives_codes_params_and_the_english_text(tmp_path):
    protected = probe_file(str(BROKEN / "password-protected.pdf"))["notes"]
    assert protected == [{"code": "pdf.password", "params": {},
                          "text": "password-protected PDF: its pages cannot be read or previewed"}]
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(20000, 20000))
    [note] = probe_file(str(bomb))["notes"]
    assert note["code"] == "image.decompression_bomb" and "decompression bomb" in note["text"]
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes((PHOTOS / "mobile_jolla.jpg").read_bytes()[:200_000])
    assert probe_file(str(truncated))["notes"] == []  # its header is fine: the import reads only that
    [note] = make_thumbnail(truncated.read_bytes())["notes"]  # decoding the picture, after the import
    assert note["code"] == "image.unreadable" and note["params"]["detail"]
    assert note["text"] == f"image could not be fully read ({note['params']['detail']}): kept as an attachment"


def test_import_stores_the_notes_and_their_english_text(case, tmp_path, probe_pool):
    unknown = tmp_path / "blob.dat"
    unknown.write_bytes(bytes(range(256)) * 40)
    outcomes = import_paths(case, [BROKEN / "password-protected.pdf", unknown, PHOTOS / "Canon_40D.jpg"],
                            pool=probe_pool)
    protected, blob, photo = (case.evidence.get(o.evidence_id) for o in outcomes)
    assert [n["code"] for n in protected["read_notes"]] == ["pdf.password"]
    assert protected["read_note"] == "password-protected PDF: its pages cannot be read or previewed"
    assert outcomes[0].notes == protected["read_notes"] and outcomes[0].reason == protected["read_note"]
    assert [n["code"] for n in blob["read_notes"]] == ["type.unrecognised"]
    assert photo["read_notes"] == [] and photo["read_note"] == ""
    listed = {i["id"]: i for i in case.evidence.list()}
    assert listed[protected["id"]]["read_notes"] == protected["read_notes"]
    # Written once, at import: the notes belong to the item's identity record.
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        case.file.conn.execute("UPDATE evidence SET read_notes = '[]' WHERE id = ?", [protected["id"]])
    case.file.conn.rollback()


@pytest.mark.parametrize("code", [c for c in read_notes.TEMPLATES if not c.startswith("preview.")])
def test_every_import_note_is_recognised_from_its_english_text(code):
    names = [part.split("}")[0] for part in read_notes.TEMPLATES[code].split("{")[1:]]
    params = {name: f"value of {name}" for name in names}
    made = read_notes.note(code, **params)
    assert read_notes.recognise_notes(made["text"]) == [made]


def test_several_notes_a_semicolon_in_a_detail_and_an_unknown_piece():
    exif = read_notes.note("exif.unreadable", detail="bad tag; offset out of range")
    image = read_notes.note("image.unreadable", detail="image file is truncated")
    text = read_notes.joined_text([exif, image]) + "; something an older version wrote"
    assert read_notes.recognise_notes(text) == [
        exif, image, {"code": "", "params": {}, "text": "something an older version wrote"}]
    assert read_notes.recognise_notes("") == []
    assert read_notes.loads("not json") == [] and read_notes.loads(None) == []


def _version_1_case(path, probe_pool, files) -> dict[str, str]:
    """A case file as version 1 of the app made it: only the first migration, and the English note
    of each file in read_note (the probe's texts joined by "; ", as the importer did)."""
    temporary = path.with_name("building.tmp")
    conn = connect_new(temporary)
    configure_new(conn)
    db = Database(conn, execute_plugins=False)
    assert schema.migrate(db, stop_before=SECOND_MIGRATION) == ["m001_initial"]
    notes = {}
    with db.atomic():
        now = now_iso()
        conn.execute("INSERT INTO case_details(id, title, created_at, updated_at) VALUES (1, 'v1 case', ?, ?)",
                     [now, now])
        for order, source in enumerate(files, start=1):
            probed = probe_pool.result(probe_pool.submit(str(source)))
            # Version 1 decoded the whole picture while importing, and noted what it could not read.
            decoded = [n for n in make_thumbnail(source.read_bytes())["notes"] if n not in probed["notes"]]
            notes[source.name] = "; ".join(n["text"] for n in probed["notes"] + decoded)
            data = source.read_bytes()
            blob = conn.execute("INSERT INTO blobs(sha256, size, stored_at) VALUES (?, ?, ?)",
                                [f"{order:064x}", len(data), now]).lastrowid
            conn.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (?, 0, ?)", [blob, data])
            conn.execute(
                "INSERT INTO evidence(blob_id, sha256, size, file_name, media_type, read_note, imported_at, "
                "exhibit_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [blob, f"{order:064x}", len(data), source.name, probed["media_type"], notes[source.name], now, order])
        audit.append(conn, "case.create", "case", {"title": "v1 case"})
    conn.close()
    temporary.rename(path)
    return notes


def test_a_version_1_case_is_backed_up_then_its_notes_get_codes(tmp_path, probe_pool):
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes((PHOTOS / "mobile_jolla.jpg").read_bytes()[:200_000])
    path = tmp_path / "old case.refundcase"
    notes = _version_1_case(path, probe_pool, [BROKEN / "password-protected.pdf", truncated, PHOTOS / "Canon_40D.jpg"])
    assert "password-protected PDF" in notes["password-protected.pdf"] and notes["Canon_40D.jpg"] == ""

    with open_case(path) as case:
        assert case.schema_version == schema.schema_version_of_code() >= 2
        items = {i["file_name"]: i for i in case.evidence.list()}
        trigger = case.file.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'evidence_identity_immutable'").fetchone()[0]
        assert "read_notes" in trigger

    backup = tmp_path / "old case.backup-v1.refundcase"
    protected, broken, photo = items["password-protected.pdf"], items["truncated.jpg"], items["Canon_40D.jpg"]
    assert [n["code"] for n in protected["read_notes"]] == ["pdf.password"]
    assert [n["code"] for n in broken["read_notes"]] == ["image.unreadable"]
    assert broken["read_notes"][0]["params"]["detail"] in notes["truncated.jpg"]
    assert photo["read_notes"] == []
    for item in items.values():  # the English text stays for the CLI, the search and older readers
        assert item["read_note"] == notes[item["file_name"]]
        assert read_notes.joined_text(item["read_notes"]) == item["read_note"]
    old = sqlite3.connect(backup)  # the version-1 file as it was, beside the case
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "read_notes" not in {row[1] for row in old.execute("PRAGMA table_info(evidence)")}
    assert dict(old.execute("SELECT file_name, read_note FROM evidence")) == notes
    old.close()


def test_a_case_newer_than_the_code_is_still_refused(tmp_path):
    path = tmp_path / "future.refundcase"
    create_case(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version={schema.schema_version_of_code() + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerVersion):
        open_case(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.refundcase"]


def test_an_older_case_opened_read_only_is_read_as_it_is_asked_to_upgrade(tmp_path, probe_pool):
    path = tmp_path / "old case.refundcase"
    _version_1_case(path, probe_pool, [PHOTOS / "Canon_40D.jpg"])
    before = path.read_bytes()
    with pytest.raises(CaseError) as raised:
        open_case(path, read_only=True)
    assert raised.value.code == "older_version" and "open it for writing once" in str(raised.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old case.refundcase"]  # no backup, no lock


def test_a_migration_that_fails_leaves_the_case_as_it_was(tmp_path, probe_pool, monkeypatch):
    path = tmp_path / "old case.refundcase"
    _version_1_case(path, probe_pool, [BROKEN / "password-protected.pdf", PHOTOS / "Canon_40D.jpg"])
    before = path.read_bytes()

    def fails_after_the_new_column_was_added(text):
        raise RuntimeError("a bug half-way through the migration")

    monkeypatch.setattr(schema, "recognise_notes", fails_after_the_new_column_was_added)
    with pytest.raises(RuntimeError):
        open_case(path)
    assert path.read_bytes() == before  # all or nothing: the migration's transaction was rolled back
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old case.backup-v1.refundcase", "old case.refundcase"]
    monkeypatch.undo()
    with open_case(path) as case:  # once the bug is fixed, the same file upgrades
        assert case.schema_version == schema.schema_version_of_code()
