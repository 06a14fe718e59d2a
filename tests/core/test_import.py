"""Importing the shared real-world files: hashes, EXIF, upright thumbnails, broken files, trash, export."""

import hashlib
import io
import sqlite3

import pytest
from PIL import Image

from desktop.core import thumbnails
from desktop.core.importer import import_paths
from tests.helpers import BROKEN, FIXTURES, PDFS, PHOTOS, png_bomb

EXPECTED_CAPTURE = {
    "Canon_40D.jpg": "2008-05-30T15:56:01",
    "Nikon_D70.jpg": "2008-03-15T09:52:01",
    "Pentax_K10D.jpg": "2008-05-04T16:47:24",
    "Fujifilm_FinePix_E500.jpg": "2006-08-17T09:24:48",
    "gps_DSCN0010.jpg": "2008-10-22T16:28:39",
    "mobile_jolla.jpg": "2014-09-21T16:00:56",
    "iphone_IMG_5195.HEIC": "2021-04-11T15:47:53",
}


def sha256_of(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def imported(tmp_path_factory, probe_pool):
    from desktop.core.lifecycle import create_case

    case = create_case(tmp_path_factory.mktemp("imp") / "all.refundcase", "all fixtures")
    outcomes = import_paths(case, [FIXTURES], pool=probe_pool)
    thumbnails.make_missing(case, probe_pool)  # the pictures come after the import
    yield case, outcomes
    case.close()


def by_name(case):
    return {item["file_name"]: item for item in case.evidence.list()}


def test_every_fixture_file_is_stored_with_its_hash(imported):
    case, outcomes = imported
    files = sorted(p for p in FIXTURES.rglob("*") if p.is_file())
    assert {o.path for o in outcomes} == {str(p) for p in files}
    items = by_name(case)
    for path in files:
        outcome = next(o for o in outcomes if o.path == str(path))
        assert outcome.status == "stored", outcome
        item = items[path.name]
        assert item["sha256"] == sha256_of(path) == outcome.sha256
        assert item["size"] == path.stat().st_size
        assert case.evidence.recompute_hash(item["id"]) == item["sha256"]


def test_media_types_come_from_content(imported):
    items = by_name(imported[0])
    assert items["iphone_IMG_5195.HEIC"]["media_type"] == "image/heic"
    assert items["scan_BSG1.tiff"]["media_type"] == "image/tiff"
    assert items["google-doc.pdf"]["media_type"] == "application/pdf"
    assert items["LICENSE-CC-BY-SA-4.0.txt"]["media_type"] == "text/plain"
    assert items["Canon_40D.jpg"]["media_type"] == "image/jpeg"


def test_exif_capture_times_camera_and_orientation(imported):
    items = by_name(imported[0])
    for name, expected in EXPECTED_CAPTURE.items():
        assert items[name]["captured_at"] == expected, name
    heic = items["iphone_IMG_5195.HEIC"]
    assert heic["captured_offset"] == "-05:00"
    assert heic["evidence_date"] == "2021-04-11T15:47:53-05:00"
    assert heic["camera_model"] == "Apple iPhone 11 Pro Max"
    assert items["Canon_40D.jpg"]["camera_model"] == "Canon EOS 40D"
    assert items["Canon_40D.jpg"]["evidence_date"] == EXPECTED_CAPTURE["Canon_40D.jpg"]
    for n in (1, 3, 6, 8):
        assert items[f"orientation_landscape_{n}.jpg"]["orientation"] == n
    assert items["orientation_landscape_6.jpg"]["width"] == 600  # stored as seen, upright


def _thumb(case, name):
    item = by_name(case)[name]
    thumb = case.evidence.thumbnail(item["id"])
    assert thumb is not None, name
    return Image.open(io.BytesIO(thumb.data)).convert("L")


def _difference(a, b):
    a, b = a.resize((64, 48)), b.resize((64, 48))
    return sum(abs(x - y) for x, y in zip(a.tobytes(), b.tobytes())) / (64 * 48)


def _best_turn(reference, candidate):
    """The quarter-turn of candidate that looks most like reference (0 means: already upright)."""
    turns = {angle: candidate.rotate(angle, expand=True) for angle in (0, 90, 180, 270)}
    return min(turns, key=lambda angle: _difference(reference, turns[angle]))


def test_thumbnails_are_upright_whatever_the_exif_orientation(imported):
    case = imported[0]
    reference = _thumb(case, "orientation_landscape_1.jpg")
    assert reference.width > reference.height
    for n in (3, 6, 8):
        turned = _thumb(case, f"orientation_landscape_{n}.jpg")
        assert turned.size == reference.size, n
        assert _best_turn(reference, turned) == 0, n
    portrait = _thumb(case, "orientation_portrait_1.jpg")
    portrait6 = _thumb(case, "orientation_portrait_6.jpg")
    assert portrait.height > portrait.width and portrait6.size == portrait.size
    assert _best_turn(portrait, portrait6) == 0


def test_heic_and_pdf_thumbnails_and_page_counts(imported):
    case = imported[0]
    heic = _thumb(case, "iphone_IMG_5195.HEIC")
    assert heic.height > heic.width  # the iPhone shot is portrait
    items = by_name(case)
    assert items["pdflatex-4-pages.pdf"]["page_count"] == 4
    assert items["google-doc.pdf"]["page_count"] == 1
    first_page = _thumb(case, "libreoffice-writer.pdf")
    assert first_page.height > first_page.width


def test_broken_files_are_kept_with_a_note(imported):
    """Every file in broken/ is kept: either the app could read it after all (it then has a
    thumbnail), or it carries a note saying what could not be read (what the header shows is told at
    import; what decoding the whole picture finds, after it)."""
    case, outcomes = imported
    items = by_name(case)
    told = {o.path.rsplit("/", 1)[-1]: o for o in outcomes}
    protected = items["password-protected.pdf"]
    assert [n["code"] for n in protected["read_notes"]] == ["pdf.password"]
    assert "password" in protected["read_note"] and protected["page_count"] is None
    assert told["password-protected.pdf"].notes == protected["read_notes"]
    for path in sorted(BROKEN.iterdir()):
        item = items[path.name]
        assert told[path.name].status == "stored"
        assert case.evidence.recompute_hash(item["id"]) == item["sha256"]
        readable = case.evidence.thumbnail(item["id"]) is not None
        assert readable or item["read_notes"], path.name
    for name in ("corrupted.jpg", "invalid_exif_image00971.jpg", "invalid_exif_image01088.jpg",
                 "invalid_exif_image01137.jpg"):
        assert items[name]["media_type"] == "image/jpeg"


def test_truncated_jpeg_zero_byte_unknown_and_bomb(case, tmp_path, probe_pool):
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes((PHOTOS / "mobile_jolla.jpg").read_bytes()[:200_000])
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    unknown = tmp_path / "blob.dat"
    unknown.write_bytes(bytes(range(256)) * 40)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(20000, 20000))
    outcomes = {o.path.rsplit("/", 1)[-1]: o for o in import_paths(case, [truncated, empty, unknown, bomb],
                                                                   pool=probe_pool)}
    assert outcomes["empty.jpg"].status == "refused" and "empty" in outcomes["empty.jpg"].reason
    assert outcomes["truncated.jpg"].status == "stored" and outcomes["truncated.jpg"].notes == []  # header is fine
    thumbnails.make_missing(case, probe_pool)
    cut = by_name(case)["truncated.jpg"]
    assert [n["code"] for n in cut["read_notes"]] == ["image.unreadable"] and "could not be fully read" in cut["read_note"]
    assert case.evidence.thumbnail(cut["id"]) is None and thumbnails.pending(case) == []  # not tried again
    assert outcomes["blob.dat"].status == "stored" and "not recognised" in outcomes["blob.dat"].reason
    assert outcomes["bomb.png"].status == "stored" and "decompression bomb" in outcomes["bomb.png"].reason
    items = by_name(case)
    assert items["bomb.png"]["media_type"] == "image/png"
    assert case.evidence.thumbnail(items["bomb.png"]["id"]) is None
    assert items["blob.dat"]["media_type"] == "application/octet-stream"


def test_a_hanging_reader_is_stopped(case, tmp_path):
    from desktop.core.probe_pool import ProbePool

    photo = tmp_path / "slow.jpg"
    photo.write_bytes((PHOTOS / "Canon_40D.jpg").read_bytes())
    from tests.helpers import hanging_probe

    with ProbePool(workers=1, timeout=1.0, probe=hanging_probe) as pool:
        outcome = import_paths(case, [photo], pool=pool)[0]
    assert outcome.status == "stored"
    item = case.evidence.get(outcome.evidence_id)
    assert item["media_type"] == "image/jpeg"  # still known from the header
    assert "took longer than 1 s and was stopped" in item["read_note"]


def test_identical_content_is_stored_once(case, tmp_path, probe_pool):
    copy = tmp_path / "renamed copy.jpg"
    copy.write_bytes((PHOTOS / "Nikon_D70.jpg").read_bytes())
    first = import_paths(case, [PHOTOS / "Nikon_D70.jpg"], pool=probe_pool)
    second = import_paths(case, [copy], pool=probe_pool)
    assert first[0].status == "stored"
    assert second[0].status == "duplicate" and second[0].evidence_id == first[0].evidence_id
    assert case.evidence.count() == 1
    assert case.file.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1


def test_evidence_content_and_hash_are_immutable(case, probe_pool):
    outcome = import_paths(case, [PHOTOS / "Pentax_K10D.jpg"], pool=probe_pool)[0]
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        case.file.conn.execute("UPDATE evidence SET sha256 = 'x' WHERE id = ?", [outcome.evidence_id])
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        case.file.conn.execute("UPDATE blob_chunks SET data = x'00'")
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        case.file.conn.execute("UPDATE blobs SET sha256 = 'x'")
    case.file.conn.rollback()
    case.evidence.update(outcome.evidence_id, {"title": "术后照片", "category": "photo_after", "private": True})
    item = case.evidence.get(outcome.evidence_id)
    assert (item["title"], item["category"], item["private"]) == ("术后照片", "photo_after", 1)


def test_trash_restore_and_empty(case, probe_pool):
    ids = [o.evidence_id for o in import_paths(case, [PHOTOS / "Canon_40D.jpg", PDFS / "google-doc.pdf"],
                                               pool=probe_pool)]
    trashed = case.evidence.trash([ids[0]])
    assert trashed.renumbered and trashed.updated_ids("evidence") == {ids[0]}
    assert [i["id"] for i in case.evidence.list()] == [ids[1]]
    assert case.evidence.list()[0]["exhibit"] == "E1"
    assert [i["id"] for i in case.evidence.list(trashed=True)] == [ids[0]]
    case.evidence.restore([ids[0]])
    assert case.evidence.count() == 2
    case.evidence.trash([ids[0]])
    emptied = case.evidence.empty_trash()
    assert emptied.previous == 1 and emptied.removed_ids("evidence") == {ids[0]}
    assert case.evidence.count() == 1
    assert case.file.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    actions = [e["action"] for e in case.audit_entries()]
    assert actions[-4:] == ["evidence.trash", "evidence.restore", "evidence.trash", "trash.empty"]
    assert case.audit_entries()[-1]["detail"]["items"][0]["file_name"] == "Canon_40D.jpg"


def test_export_is_byte_for_byte(case, tmp_path, probe_pool):
    source = PHOTOS / "iphone_IMG_5195.HEIC"
    outcome = import_paths(case, [source], pool=probe_pool)[0]
    out = case.evidence.export(outcome.evidence_id, tmp_path / "out.heic")
    assert out.read_bytes() == source.read_bytes()
    assert not list(tmp_path.glob(".*partial"))


def test_large_file_streams_in_chunks(case, tmp_path, probe_pool):
    import os

    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(5 * 1024 * 1024 + 123))
    outcome = import_paths(case, [video], pool=probe_pool)[0]
    assert outcome.status == "stored"
    assert case.evidence.get(outcome.evidence_id)["media_type"] == "video/mp4"
    chunks = case.file.conn.execute("SELECT count(*), max(length(data)) FROM blob_chunks b JOIN evidence e "
                               "ON e.blob_id = b.blob_id WHERE e.id = ?", [outcome.evidence_id]).fetchone()
    assert chunks == (6, 1024 * 1024)
    assert case.evidence.recompute_hash(outcome.evidence_id) == sha256_of(video)


def test_cancel_keeps_what_finished(case, probe_pool):
    files = sorted(PHOTOS.iterdir())
    seen = []

    def progress(where):
        seen.append(where.files_done)

    outcomes = import_paths(case, files, progress=progress, is_cancelled=lambda: len(seen) > 3, pool=probe_pool)
    stored = [o for o in outcomes if o.status == "stored"]
    cancelled = [o for o in outcomes if o.status == "cancelled"]
    # Three finished; the fourth was in progress when the cancel came and was rolled back.
    assert len(stored) == 3 and len(cancelled) == len(files) - 3
    assert case.evidence.count() == 3
    assert case.file.conn.execute("SELECT count(*) FROM blobs WHERE sha256 IS NULL").fetchone()[0] == 0
