"""Redacting a picture: a new item with areas blacked out where the upright picture shows them, the
original kept byte for byte with its hash, what it was made from recorded and logged."""

import contextlib
import hashlib
import io
import sqlite3

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from desktop.core.changes import EVENT, EVIDENCE, STEP
from desktop.core.errors import CaseError
from desktop.core.importer import import_paths
from desktop.core.lifecycle import open_case
from desktop.core.redaction import redact
from desktop.core.verify import verify_case
from tests.helpers import PDFS, PHOTOS

TOP_LEFT = (0.0, 0.0, 0.3, 0.25)  # over the upright picture's top-left corner


def imported(case, probe_pool, path) -> int:
    [outcome] = import_paths(case, [path], pool=probe_pool)
    assert outcome.status == "stored", outcome
    return outcome.evidence_id


def picture(case, evidence_id) -> Image.Image:
    image = Image.open(io.BytesIO(case.evidence.read_bytes(evidence_id)))
    image.load()
    return image


def upright_original(path) -> Image.Image:
    with Image.open(path) as image:
        return ImageOps.exif_transpose(image).convert("RGB")


def region(image, box):
    """The pixels of a box given in fractions of the picture, but for a JPEG block (8 pixels) along its
    edges: JPEG blurs a sharp edge over the block that holds it."""
    left, top, right, bottom = box
    width, height = image.size
    return image.crop((round(left * width) + 8, round(top * height) + 8, round(right * width) - 8,
                       round(bottom * height) - 8))


def darkest_and_lightest(image) -> tuple[int, int]:
    extrema = image.convert("L").getextrema()
    return extrema[0], extrema[1]


@pytest.mark.parametrize("name", ["orientation_landscape_1.jpg", "orientation_landscape_3.jpg",
                                  "orientation_landscape_6.jpg", "orientation_landscape_8.jpg",
                                  "orientation_portrait_6.jpg"])
def test_the_box_is_black_where_the_upright_picture_shows_it(case, probe_pool, name):
    """The camera wrote these sideways or upside down with an EXIF orientation; the box is drawn where
    the user saw it, on the picture turned upright, and the rest is the upright picture unchanged."""
    original_id = imported(case, probe_pool, PHOTOS / name)
    changes = redact(case, original_id, [TOP_LEFT])
    redacted = picture(case, changes.created).convert("RGB")
    upright = upright_original(PHOTOS / name)

    assert redacted.size == upright.size
    assert darkest_and_lightest(region(redacted, TOP_LEFT))[1] <= 8  # black, JPEG's noise aside
    assert darkest_and_lightest(region(upright, TOP_LEFT))[1] > 100  # there was something there to hide
    rest = (0.35, 0.3, 1.0, 1.0)
    difference = ImageStat.Stat(ImageChops.difference(region(redacted, rest), region(upright, rest))).mean
    assert max(difference) < 6  # the same picture, the same way up, re-encoded
    assert ImageOps.exif_transpose(redacted).size == redacted.size  # no orientation left to apply


def test_the_copy_is_a_new_item_made_from_the_original_which_still_verifies(case, probe_pool):
    path = PHOTOS / "orientation_landscape_6.jpg"
    original_id = imported(case, probe_pool, path)
    case.evidence.update(original_id, {"title": "术后第三天", "category": "photo_after",
                                       "evidence_date": "2026-02-14", "proves": "我本人", "source": "手机"})
    before = case.evidence.get(original_id)

    changes = redact(case, original_id, [(0.1, 0.1, 0.4, 0.3), (0.6, 0.6, 0.9, 0.8)])

    assert changes.created not in (None, original_id) and changes.added_ids(EVIDENCE) == {changes.created}
    copy = case.evidence.get(changes.created)
    content = case.evidence.read_bytes(changes.created)
    assert copy["sha256"] == hashlib.sha256(content).hexdigest() != before["sha256"]
    assert copy["size"] == len(content) and copy["media_type"] == "image/jpeg"
    assert copy["file_name"] == "orientation_landscape_6-redacted.jpg"
    assert copy["title"] == "术后第三天 (redacted)"
    assert (copy["width"], copy["height"]) == (600, 450)
    for field in ("category", "evidence_date", "captured_at", "captured_offset", "proves", "source"):
        assert copy[field] == before[field], field
    assert copy["derived_from"] == original_id
    assert copy["derivation"] == {"kind": "redaction", "boxes": 2, "from_sha256": before["sha256"],
                                  "from_file_name": "orientation_landscape_6.jpg"}
    assert case.evidence.thumbnail(changes.created).width == 320  # the grid has its picture at once

    # The original: the same bytes, the same record.
    assert case.evidence.get(original_id) == before and before["derived_from"] is None
    assert case.evidence.read_bytes(original_id) == path.read_bytes()
    report = verify_case(case)
    assert report.ok and report.checked == 2 and report.mismatched == []

    entry = case.audit_entries()[-1]
    assert entry["action"] == "evidence.redact" and entry["target"] == f"evidence:{changes.created}"
    assert entry["detail"] == {"from": original_id, "from_sha256": before["sha256"], "sha256": copy["sha256"],
                               "size": copy["size"], "file_name": copy["file_name"], "boxes": 2}
    assert [item["id"] for item in case.evidence.list()] == [original_id, changes.created]  # last exhibit


def test_the_copy_keeps_none_of_the_originals_metadata(case, probe_pool):
    """The camera's EXIF says where the picture was taken and holds a small picture of the whole scene,
    boxes and all: none of it goes into the copy."""
    original_id = imported(case, probe_pool, PHOTOS / "gps_DSCN0010.jpg")
    assert picture(case, original_id).getexif().get_ifd(0x8825)  # the original has GPS

    copy_id = redact(case, original_id, [(0.2, 0.2, 0.5, 0.5)]).created

    content = case.evidence.read_bytes(copy_id)
    assert b"Exif" not in content and not picture(case, copy_id).getexif()
    assert case.evidence.get(copy_id)["camera_model"] is None


def test_a_png_stays_a_lossless_png(case, probe_pool, tmp_path):
    """A screenshot (PNG): the copy is a PNG, every pixel outside the box exactly as it was."""
    screenshot = tmp_path / "聊天记录.png"
    upright_original(PHOTOS / "Canon_40D.jpg").save(screenshot)
    original_id = imported(case, probe_pool, screenshot)

    copy_id = redact(case, original_id, [(0.5, 0.5, 1.0, 1.0)]).created

    copy = case.evidence.get(copy_id)
    assert copy["media_type"] == "image/png" and copy["file_name"] == "聊天记录-redacted.png"
    redacted, source = picture(case, copy_id).convert("RGB"), Image.open(screenshot).convert("RGB")
    width, height = source.size
    assert redacted.crop((width // 2, height // 2, width, height)).getextrema() == ((0, 0), (0, 0), (0, 0))
    assert redacted.crop((0, 0, width, height // 2)).tobytes() == source.crop((0, 0, width, height // 2)).tobytes()


def test_boxes_are_clamped_to_the_picture_and_rounded_outwards(case, probe_pool, tmp_path):
    screenshot = tmp_path / "shot.png"
    Image.new("RGB", (10, 10), "white").save(screenshot)
    original_id = imported(case, probe_pool, screenshot)

    # Dragged from bottom-right to top-left and past the edge; a box smaller than a pixel still hides one.
    copy_id = redact(case, original_id, [(1.4, 0.35, 0.75, -0.2), (0.01, 0.91, 0.02, 0.92)]).created

    redacted = picture(case, copy_id).convert("L")
    black = {(x, y) for x in range(10) for y in range(10) if redacted.getpixel((x, y)) == 0}
    assert black == {(x, y) for x in range(7, 10) for y in range(0, 4)} | {(0, 9)}


def test_the_copy_cites_what_the_original_cites(case, probe_pool):
    """Left out of a dossier (private), the original's place in the statement and the steps goes to the copy."""
    original_id = imported(case, probe_pool, PHOTOS / "Nikon_D70.jpg")
    event_id = case.timeline.add("2026-01-10", "术后照片", evidence_ids=[original_id]).created
    step = case.checklist.list()[0]
    case.links.set(STEP, step["id"], EVIDENCE, [original_id])

    changes = redact(case, original_id, [TOP_LEFT])

    assert changes.updated_ids(EVENT) == {event_id} and changes.updated_ids(STEP) == {step["id"]}
    assert case.evidence.links(changes.created) == {"events": [event_id], "steps": [step["id"]]}


def test_what_cannot_be_redacted_is_refused_and_nothing_is_stored(case, probe_pool):
    photo_id = imported(case, probe_pool, PHOTOS / "Nikon_D70.jpg")
    pdf_id = imported(case, probe_pool, PDFS / "google-doc.pdf")
    redact(case, photo_id, [TOP_LEFT])

    def count() -> tuple:
        return case.file.conn.execute("SELECT (SELECT count(*) FROM evidence), (SELECT count(*) FROM blobs), "
                                      "(SELECT count(*) FROM blob_chunks)").fetchone()

    before, log = count(), len(case.audit_entries())

    for evidence_id, boxes, code in ((pdf_id, [TOP_LEFT], "redaction.not_image"),
                                     (photo_id, [], "redaction.no_boxes"),
                                     (photo_id, [(0.5, 0.2, 0.5, 0.9), (float("nan"), 0, 1, 1)], "redaction.no_boxes"),
                                     (photo_id, [TOP_LEFT], "redaction.duplicate")):
        with pytest.raises(CaseError) as error:
            redact(case, evidence_id, boxes)
        assert error.value.code == code

    assert count() == before and len(case.audit_entries()) == log


def test_deleting_the_original_for_good_keeps_the_copy_and_what_it_was_made_from(case, probe_pool):
    original_id = imported(case, probe_pool, PHOTOS / "Nikon_D70.jpg")
    original_hash = case.evidence.get(original_id)["sha256"]
    copy_id = redact(case, original_id, [TOP_LEFT]).created
    with pytest.raises(sqlite3.IntegrityError), case.file.conn:  # what it was made from is never changed
        case.file.conn.execute("UPDATE evidence SET derived_from = ? WHERE id = ?", [copy_id, copy_id])

    case.evidence.trash([original_id])
    case.evidence.empty_trash()

    copy = case.evidence.get(copy_id)
    assert copy["derived_from"] is None and copy["derivation"]["from_sha256"] == original_hash
    assert verify_case(case).ok


def test_a_hostile_derivation_reads_as_none(case, probe_pool):
    original_id = imported(case, probe_pool, PHOTOS / "Nikon_D70.jpg")
    copy_id = redact(case, original_id, [TOP_LEFT]).created
    path = case.path
    case.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TRIGGER evidence_identity_immutable")  # as a hostile program would
        conn.execute("UPDATE evidence SET derivation = '{\"kind\": 3, \"boxes\": \"many\"' WHERE id = ?", [copy_id])
        conn.execute("UPDATE evidence SET derivation = '{\"kind\": \"redaction\", \"boxes\": true}' WHERE id = ?",
                     [original_id])
        conn.commit()
    with open_case(path, read_only=True) as reopened:
        assert reopened.evidence.get(copy_id)["derivation"] == {}
        assert reopened.evidence.get(original_id)["derivation"]["boxes"] == 0
