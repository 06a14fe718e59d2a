"""Privacy in the dossier: a redacted copy of a picture goes in while its private original stays out
(and still verifies), and the digits of ID-card and phone numbers in the case's text are starred out
unless the user asks to show them."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.cli.main import main as cli_main
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case, open_case
from desktop.core.redaction import redact
from desktop.core.verify import verify_case
from desktop.dossier.build import DossierOptions, build_dossier
from desktop.dossier.masking import mask_numbers

from .conftest import PHOTOS
from .test_dossier import flat, page_text

ID_NUMBER, ID_MASKED = "110101199003071234", "110***********1234"
MOBILE, MOBILE_MASKED = "138 0000 1234", "138 **** 1234"
OTHER_MOBILE, OTHER_MOBILE_MASKED = "13912345678", "139****5678"
LANDLINE, LANDLINE_MASKED = "010-62345678", "010-****5678"
CREDIT_CODE = "911101081234567890"  # a business's registration: public, never starred


def text_of(path) -> str:
    return flat(page_text(path, 1, len(PdfReader(path).pages)))


# -- a redacted exhibit -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def redacted_case(tmp_path_factory, probe_pool):
    """A photo of an ID card stand-in (turned by its EXIF), redacted; the original marked private."""
    path = tmp_path_factory.mktemp("redacted") / "redacted.refundcase"
    with create_case(path, "遮盖测试") as case:
        outcomes = import_paths(case, [PHOTOS / "orientation_landscape_6.jpg", PHOTOS / "Nikon_D70.jpg"],
                                pool=probe_pool)
        original_id = outcomes[0].evidence_id
        case.evidence.update(original_id, {"title": "身份证原件照片", "category": "other"})
        case.timeline.add("2026-03-05", "发现红肿", evidence_ids=[original_id])
        copy_id = redact(case, original_id, [(0.0, 0.0, 0.5, 0.5)], title="身份证照片（已遮盖）").created
        case.evidence.update(original_id, {"private": 1})
        original, copy = case.evidence.get(original_id), case.evidence.get(copy_id)
    return path, original, copy


def test_a_redacted_exhibit_is_in_the_dossier_while_the_originals_hash_still_verifies(redacted_case, tmp_path):
    path, original, copy = redacted_case
    result = build_dossier(path, tmp_path / "dossier.pdf", DossierOptions(lang="zh"))

    assert result.exhibits == 2 and result.mismatched == []
    text = text_of(result.path)
    assert copy["sha256"] in text and flat(copy["title"]) in text and copy["file_name"] in text
    assert flat(original["title"]) not in text  # the private original is no exhibit
    # The copy says what it was made from: the original can be asked for and checked against its hash.
    assert f"此为“{original['file_name']}”的副本，已遮盖1处个人信息" in text
    assert original["sha256"] in text and text.count(original["sha256"]) == 1
    assert "发现红肿证据：E2" in text  # the statement cites the copy (E2) in the original's place

    reader = PdfReader(result.path)
    [photo_page] = [page for page in reader.pages if copy["sha256"] in flat(page.extract_text())
                    and page.images]
    drawn = Image.open(io.BytesIO(photo_page.images[0].data)).convert("L")
    width, height = drawn.size
    assert width > height  # upright: the camera stored it sideways
    assert drawn.crop((8, 8, width // 2 - 8, height // 2 - 8)).getextrema()[1] <= 16  # the box, black
    assert drawn.crop((width // 2 + 8, height // 2 + 8, width, height)).getextrema()[1] > 100  # the rest, as it was

    with open_case(path, read_only=True) as case:
        report = verify_case(case)
        assert report.ok and report.checked == 3
        assert case.evidence.recompute_hash(original["id"]) == original["sha256"]


# -- numbers in the text ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def numbers_case(tmp_path_factory, probe_pool):
    path = tmp_path_factory.mktemp("numbers") / "numbers.refundcase"
    with create_case(path, "号码测试") as case:
        case.details.update({"complainant_name": "李小红", "complainant_phone": MOBILE, "clinic_phone": LANDLINE,
                             "clinic_credit_code": CREDIT_CODE, "first_aware_date": "2026-03-05",
                             "notes": f"身份证号 {ID_NUMBER}，付款 ¥12,800.00（2026-03-02）。"})
        [outcome] = import_paths(case, [PHOTOS / "Nikon_D70.jpg"], pool=probe_pool)
        case.evidence.update(outcome.evidence_id, {"title": f"与客服 {OTHER_MOBILE} 的通话截图",
                                                   "notes": f"客服电话 {LANDLINE}"})
        # A complaint: its deadline's sentence quotes the event's title.
        case.timeline.add("2026-03-10", f"向12315投诉，留电话 {OTHER_MOBILE}", kind="complaint", body="12315",
                          description=f"提交了身份证复印件（{ID_NUMBER}）。", evidence_ids=[outcome.evidence_id])
        step = case.checklist.by_key("send-written-demand")
        case.checklist.update(step["id"], {"status": "done", "outcome": f"诊所回电 {LANDLINE}"})
        letter_id = case.letters.create("demand", "zh", "退款要求函", [
            {"key": "body", "label": "信函", "text": f"联系人：李小红，电话 {MOBILE}，身份证号 {ID_NUMBER}。"}]).created
        case.letters.mark_sent(letter_id, sent_on="2026-03-11", method="registered-post", tracking_no="EA123456789CN")
        sha256 = case.evidence.get(outcome.evidence_id)["sha256"]
    return path, sha256


def test_id_and_phone_numbers_are_masked_in_the_dossier_by_default(numbers_case, tmp_path):
    path, sha256 = numbers_case
    result = build_dossier(path, tmp_path / "masked.pdf", DossierOptions(lang="zh"))
    text = text_of(result.path)

    for whole in (ID_NUMBER, MOBILE, OTHER_MOBILE, LANDLINE):
        assert flat(whole) not in text, whole
    for masked, at_least in ((ID_MASKED, 3), (MOBILE_MASKED, 2), (OTHER_MOBILE_MASKED, 3), (LANDLINE_MASKED, 3)):
        assert text.count(flat(masked)) >= at_least, masked  # details, event, deadline, index, letter…
    # What identifies the exhibits, the clinic and the letter stays whole, and so do dates and amounts.
    for kept in (sha256, CREDIT_CODE, "EA123456789CN", "¥12,800.00", "2026-03-02", "E1"):
        assert kept in text, kept


def test_numbers_are_shown_when_asked_on_the_command_line(numbers_case, tmp_path, capsys):
    path, _ = numbers_case
    out = tmp_path / "shown.pdf"
    assert cli_main(["export", str(path), str(out), "--show-numbers"]) == 0
    text = text_of(out)
    for whole in (ID_NUMBER, MOBILE, OTHER_MOBILE, LANDLINE):
        assert flat(whole) in text, whole
    assert "*" not in text


@pytest.mark.parametrize("written, shown", [
    (f"身份证号{ID_NUMBER}。", f"身份证号{ID_MASKED}。"),
    ("11010119900307123X", "110***********123X"),
    ("110101 19900307 123x", "110*** ******** 123x"),
    ("旧身份证 110101900307123", "旧身份证 110********7123"),
    ("电话13800001234", "电话138****1234"),
    ("+86 138-0000-1234", "+86 138-****-1234"),
    ("１３８００００１２３４", "１３８****１２３４"),  # typed full-width by an input method
    (f"固话{LANDLINE}或0755 82345678或(021)52345678", f"固话{LANDLINE_MASKED}或0755 ****5678或(021)****5678"),
])
def test_numbers_keep_their_first_three_and_last_four(written, shown):
    assert mask_numbers(written) == shown


@pytest.mark.parametrize("kept", [
    "a05082c57819232106a0612f57268efab011f7a2a477483b878a2b4509cd8e59",  # 11 digits in a row, in a hash
    "13800001234abc", "E13800001234", "2026-03-05 14:30", "¥12,800.00", "138000.00", "20260305",
    "4200001234202603051234567890",  # a WeChat Pay transaction number
    "订单号 15123456789123", "110101199013071234",  # too long to be a phone; no 13th month
    "EA123456789CN", "91310000MA1FL12345",
])
def test_hashes_dates_amounts_and_references_are_left_alone(kept):
    assert mask_numbers(kept) == kept
