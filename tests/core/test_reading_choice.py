"""Which items are read, and how, on the shared real-world fixtures: cameras' photos only when the
detector finds a document, a PDF's own text kept as it is, broken and locked files noted, never a
traceback; the machine's reading immutable, a new reading replacing the old with its corrections."""

import sqlite3

import pytest

from desktop.core import reading
from desktop.core.importer import import_paths
from tests.helpers import BROKEN, PDFS, PHOTOS


@pytest.fixture(scope="module")
def readers():
    with reading.reading_pool() as pool:
        yield pool


@pytest.fixture
def fixtures_read(case, probe_pool, readers):
    files = sorted(PHOTOS.iterdir()) + sorted(PDFS.glob("*.pdf")) + sorted(BROKEN.iterdir())
    import_paths(case, files, pool=probe_pool)
    todo = reading.to_read(case)
    reading.read_items(case, readers, todo)
    return case, {item["file_name"]: item for item in case.evidence.list()}, todo


def codes(case, item) -> list[str]:
    return [note["code"] for note in case.text.read_info(item["id"])["notes"]]


def test_cameras_photos_are_looked_at_and_left_unread_when_they_show_no_document(fixtures_read):
    case, items, todo = fixtures_read
    for name in ("Canon_40D.jpg", "Nikon_D70.jpg", "gps_DSCN0010.jpg", "iphone_IMG_5195.HEIC"):
        assert items[name]["camera_model"], name
        assert codes(case, items[name]) == ["text.photo_not_read"]
        assert case.text.lines(items[name]["id"]) == []
    assert case.text.unread() == []  # everything was looked at: the pass does not come back to them


def test_a_pdfs_own_text_is_kept_as_it_is(fixtures_read):
    case, items, _ = fixtures_read
    lines = case.text.lines(items["libreoffice-writer.pdf"]["id"])
    assert lines and {line["source"] for line in lines} == {"pdf-text"}
    assert all(line["box"] is None and line["confidence"] is None for line in lines)
    assert any("Lorem ipsum" in line["text"] for line in lines)
    assert [hit.kind for hit in case.search("consetetur")].count("text") >= 1


def test_locked_and_broken_files_are_noted_not_raised(fixtures_read):
    case, items, _ = fixtures_read
    assert codes(case, items["password-protected.pdf"]) == ["pdf.password"]
    assert case.text.read_info(items["corrupted.jpg"]["id"]) is not None


def test_a_photo_is_read_when_asked_whatever_it_shows(fixtures_read, readers):
    case, items, _ = fixtures_read
    photo = items["orientation_landscape_6.jpg"]
    reading.read_items(case, readers, reading.to_read(case, [photo["id"]]), asked=True)
    shown = [line["text"] for line in case.text.lines(photo["id"])]
    assert "left" in shown and "right" in shown  # the words painted on it, read upright


def test_the_machines_reading_is_immutable_and_a_new_reading_replaces_the_old(fixtures_read, readers):
    case, items, _ = fixtures_read
    pdf = items["google-doc.pdf"]
    first = case.text.lines(pdf["id"])[0]
    with pytest.raises(sqlite3.DatabaseError):
        case.file.conn.execute("UPDATE text_lines SET text = 'changed' WHERE id = ?", [first["id"]])
    case.text.correct(first["id"], "A correction")
    assert case.text.lines(pdf["id"])[0]["shown"] == "A correction"
    reading.read_items(case, readers, [pdf["id"]], asked=True)
    again = case.text.lines(pdf["id"])
    assert again[0]["text"] == first["text"] and again[0]["corrected"] is None
    assert case.search("A correction") == []


def hanging_read(data, detect_first):
    import time

    time.sleep(60)


def crashing_read(data, detect_first):
    import os

    os._exit(3)


@pytest.mark.parametrize("job, said", [(hanging_read, "reading the text took longer than 1 s and was stopped"),
                                       (crashing_read, "the text could not be read (the reader stopped: exit code 3)")])
def test_a_reader_that_hangs_or_dies_is_noted_as_reading_and_the_pass_goes_on(case, probe_pool, monkeypatch, job,
                                                                               said):
    import_paths(case, [PDFS / "google-doc.pdf", PDFS / "libreoffice-writer.pdf"], pool=probe_pool)
    monkeypatch.setattr(reading, "READ_TIMEOUT_S", 1.0)
    monkeypatch.setattr(reading, "read_content", job)
    ids = [item["id"] for item in case.evidence.list()]
    with reading.reading_pool() as pool:
        assert reading.read_items(case, pool, ids) == 2
    for evidence_id in ids:
        info = case.text.read_info(evidence_id)
        assert [n["text"] for n in info["notes"]] == [said] and case.text.lines(evidence_id) == []
