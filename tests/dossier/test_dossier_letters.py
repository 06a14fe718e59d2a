"""Letters marked sent in the dossier: listed under the steps taken, and each one's text on pages of its
own after the exhibits; a draft stays out, and the part can be left out like any other."""

from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader

from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case
from desktop.core.vocab import SEND_METHODS, label
from desktop.dossier.build import DossierOptions, build_dossier
from desktop.dossier.model import SECTIONS

from .conftest import PDFS, PHOTOS
from .test_dossier import flat, outline, page_text

RECEIPT_FILE = "Canon_40D.jpg"
# Two letters marked sent, the later-made one sent first; a third stays a draft.
DEMAND = {"kind": "demand", "lang": "zh", "title": "退款及赔偿要求函",
          "fields": [{"key": "body", "label": "信函", "text": "致：美丽人生医疗美容诊所\n\n"
                      "本人于2026年3月2日支付12,800元购买玻尿酸填充。\n\n本人要求贵机构在十五日内全额退还已付款项。"}],
          "sent": {"sent_on": "2026-03-08", "method": "registered-post", "tracking_no": "EA123456789CN"}, "receipt": True}
COMPLAINT = {"kind": "complaint-12315", "lang": "en", "title": "Complaint to 12315",
             "fields": [{"key": "facts", "label": "What happened", "limit": 500,
                         "text": "I paid RMB 12,800 for a filler treatment; the nose swelled."},
                        {"key": "demand", "label": "What I ask for", "limit": 200,
                         "text": "A full refund of RMB 12,800."}],
             "sent": {"sent_on": "2026-03-06", "method": "online-form", "tracking_no": ""}, "receipt": False}
DEMAND_WORDS = DEMAND["fields"][0]["text"].split("\n\n")[-1]  # Chinese words only the sent letter holds
DRAFT = {"kind": "demand", "lang": "zh", "title": "第二封要求函",
         "fields": [{"key": "body", "label": "信函", "text": "这是一封尚未寄出的草稿信。"}]}
SENT_IN_ORDER = sorted([DEMAND, COMPLAINT], key=lambda letter: letter["sent"]["sent_on"])
LETTERS_PART = {"en": "Letters sent", "zh": "已寄出的信函"}


@pytest.fixture(scope="module")
def letters_case(tmp_path_factory, probe_pool):
    """A case with two exhibits (one the post office receipt), two letters sent and one draft.
    Returns its path and the receipt's exhibit number."""
    path = tmp_path_factory.mktemp("letters-case") / "letters.refundcase"
    with create_case(path, "李小红诉美丽人生医美退款 Refund dispute") as case:
        outcomes = import_paths(case, [PDFS / "libreoffice-writer.pdf", PHOTOS / RECEIPT_FILE], pool=probe_pool)
        assert all(o.status == "stored" for o in outcomes), [o.line() for o in outcomes]
        items = case.evidence.list()
        receipt = next(i for i in items if i["file_name"] == RECEIPT_FILE)
        case.evidence.update(receipt["id"], {"title": "EMS 寄件凭证"})
        for letter in (DEMAND, COMPLAINT, DRAFT):
            letter_id = case.letters.create(letter["kind"], letter["lang"], letter["title"], letter["fields"]).created
            if "sent" in letter:
                case.letters.mark_sent(letter_id, **letter["sent"],
                                       receipt_evidence_id=receipt["id"] if letter["receipt"] else None)
        receipt_number = f"E{[i['id'] for i in items].index(receipt['id']) + 1}"
    return path, receipt_number


@pytest.fixture(scope="module")
def exported_letters(letters_case, tmp_path_factory):
    path, _ = letters_case
    folder = tmp_path_factory.mktemp("letters-out")
    return {lang: build_dossier(path, folder / f"{lang}.pdf", DossierOptions(lang=lang)) for lang in ("zh", "en")}


def numbered():
    return [(f"L{n}", letter) for n, letter in enumerate(SENT_IN_ORDER, start=1)]


def bookmark(marks, *titles):
    return next(b for b in marks if b[0] in titles)


def test_the_steps_list_each_letter_sent_with_its_number_date_method_and_receipt(letters_case, exported_letters):
    _, receipt_number = letters_case
    result = exported_letters["en"]
    marks = outline(PdfReader(result.path))
    steps, index = bookmark(marks, "Steps taken")[1], bookmark(marks, "Evidence index")[1]
    text = " ".join(page_text(result.path, steps + 1, index, "-raw").split())
    table = text[text.index("Letters sent"):]
    rows = numbered()
    for position, (number, letter) in enumerate(rows):
        start = table.index(f"{number} ")
        end = table.index(rows[position + 1][0] + " ") if position + 1 < len(rows) else len(table)
        row = table[start:end]
        sent = letter["sent"]
        assert letter["title"] in row and sent["sent_on"] in row and label(SEND_METHODS, sent["method"], "en") in row
        if sent["tracking_no"]:
            assert f"tracking no. {sent['tracking_no']}" in row, row
        assert (receipt_number if letter["receipt"] else "—") in row, row


def test_each_letter_sent_has_its_own_pages_between_the_exhibits_and_the_appendix(letters_case, exported_letters):
    _, receipt_number = letters_case
    for lang, result in exported_letters.items():
        marks = outline(PdfReader(result.path))
        titles = [b[0] for b in marks]
        part = bookmark(marks, LETTERS_PART[lang])
        assert titles.index(LETTERS_PART[lang]) == titles.index("Exhibits" if lang == "en" else "证据材料") + 1
        assert titles[-1] in ("Integrity appendix", "附录：完整性核验")
        last_exhibit = marks[titles.index(LETTERS_PART[lang]) - 1][2][-1][1]
        assert last_exhibit < part[1] < marks[-1][1]
        assert [child[0] for child in part[2]] == [f"{number}  {letter['title']}" for number, letter in numbered()]
        starts = [child[1] for child in part[2]] + [marks[-1][1]]
        for (number, letter), first, end in zip(numbered(), starts, starts[1:]):
            assert first < end  # a letter starts on a page of its own
            text = page_text(result.path, first + 1, end)
            if lang == "en":
                sent = letter["sent"]
                assert f"{number} · page 1/{end - first}" in text
                assert f"sent {sent['sent_on']} · {label(SEND_METHODS, sent['method'], lang)}" in text
                if sent["tracking_no"]:
                    assert f"tracking no. {sent['tracking_no']}" in text
                assert (f"receipt: {receipt_number}" in text) == letter["receipt"]
                assert f"page {first + 1} of {result.pages}" in text
            for field in letter["fields"]:  # the text as sent; a form's fields under their labels
                assert flat(field["text"]) in flat(text)
                if len(letter["fields"]) > 1:
                    assert field["label"] in text


def test_a_draft_letter_is_not_in_the_dossier(exported_letters):
    for result in exported_letters.values():
        text = flat(page_text(result.path, 1, result.pages))
        assert flat(DRAFT["title"]) not in text and flat(DRAFT["fields"][0]["text"]) not in text
        assert flat(DEMAND["title"]) in text


def test_the_contents_list_the_letters_part_and_each_letter(exported_letters):
    result = exported_letters["en"]
    marks = outline(PdfReader(result.path))
    part = bookmark(marks, "Letters sent")
    toc = page_text(result.path, bookmark(marks, "Contents")[1] + 1)
    for title, page in [(part[0], part[1])] + [(child[0], child[1]) for child in part[2]]:
        words = " ".join(title.split())
        line = next(line for line in toc.splitlines() if " ".join(line.split()).startswith(words))
        assert line.rstrip().endswith(str(page + 1)), line


def test_leaving_the_letters_out_removes_their_part(letters_case, exported_letters, tmp_path):
    path, _ = letters_case
    full = exported_letters["zh"]
    result = build_dossier(path, tmp_path / "without.pdf",
                           DossierOptions(lang="zh", sections=frozenset(SECTIONS) - {"letters"}))
    marks = outline(PdfReader(result.path))
    assert LETTERS_PART["zh"] not in [b[0] for b in marks]
    full_marks = outline(PdfReader(full.path))
    letter_pages = full_marks[-1][1] - bookmark(full_marks, LETTERS_PART["zh"])[1]
    assert result.pages == full.pages - letter_pages
    assert flat(DEMAND_WORDS) not in flat(page_text(result.path, 1, result.pages))


def test_fonts_are_embedded_and_the_chinese_letter_extracts(exported_letters):
    for result in exported_letters.values():
        report = subprocess.run(["pdffonts", str(result.path)], check=True, capture_output=True, text=True).stdout
        rows = report.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), report
        assert "Helvetica" not in report and "Times" not in report and "Courier" not in report
        marks = outline(PdfReader(result.path))
        part = bookmark(marks, *LETTERS_PART.values())
        text = flat(page_text(result.path, part[1] + 1, marks[-1][1]))
        assert flat(DEMAND_WORDS) in text
    zh = exported_letters["zh"]
    part = bookmark(outline(PdfReader(zh.path)), LETTERS_PART["zh"])
    assert f"{DEMAND['sent']['sent_on']}寄出" in flat(page_text(zh.path, part[1] + 1, zh.pages))
