"""Recognised text in the dossier: printed after each exhibit only when asked, corrections applied,
marked as machine-read in the dossier's language, its ID-card and phone numbers masked like the
rest of the case's text; nothing for an item never read or holding only a PDF's own text; long text
flows over pages of its own without running into the footer, and the page numbers still add up."""

from __future__ import annotations

import re
import subprocess

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from desktop.cli.main import main as cli_main
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case
from desktop.dossier import layout
from desktop.dossier.build import DossierOptions, build_dossier

from .conftest import PDFS, PHOTOS
from .test_dossier import flat, outline, page_text

ENGINE = "rapidocr 3.4.2 (PP-OCRv6 small)"
NOTICE = {"zh": "机器识别的文字，仅供参考；以图片原件为准。",
          "en": "Machine-read text, for reference only; the picture is the evidence."}
NOTICE_PAGES = {"zh": "以扫描页面原件为准", "en": "the scanned pages are the evidence"}
ID_NUMBER, ID_MASKED = "110101199003071234", "110***********1234"
MOBILE, MOBILE_MASKED = "13800001234", "138****1234"

RECEIPT = ["美丽人生医疗美容诊所 收款收据", "收款日期：2026年06月15日", f"客户：李小红 电话：{MOBILE}",
           f"身份证号：{ID_NUMBER}", "实收金额：¥19,300.00", "支付方式：微信支付"]
CORRECTED = (4, "实收金额：¥19,800.00")  # the machine read a 3 where the receipt has an 8
# A long chat: numbered lines (each found in order) and one paragraph long enough to wrap over rows.
CHAT = [f"第{n:03d}条 王顾问：套餐是优惠价，做了一次就不能退" for n in range(1, 121)]
LONG_LINE = "长段落开始" + "疗程未开始的部分，乙方可以申请退款，甲方扣除已实施项目的费用后，于十五个工作日内退还余款。" * 12 + "长段落结束"
CHAT.insert(60, LONG_LINE)
SCAN = {0: ["扫描页一：医疗美容服务合同"], 1: ["这是PDF自带的文字层"], 2: ["扫描页三：签订日期 2026年6月5日"]}


def box(index: int) -> list[float]:
    top = 0.02 + 0.007 * (index % 130)
    return [0.05, top, 0.95, top, 0.95, top + 0.006, 0.05, top + 0.006]


def read(pages: dict[int, list[str]], sources: dict[int, str] | None = None) -> dict:
    return {"engine": ENGINE, "notes": [],
            "pages": [{"page": page, "source": (sources or {}).get(page, "ocr"),
                       "lines": [{"text": text, "box": box(i), "confidence": 0.98} for i, text in enumerate(lines)]}
                      for page, lines in pages.items()]}


def picture(path, size, colour="white"):
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle((10, 10, size[0] - 10, 40), fill="#888888")
    image.save(path)
    return path


@pytest.fixture(scope="module")
def text_case(tmp_path_factory, probe_pool):
    folder = tmp_path_factory.mktemp("read-text")
    receipt = picture(folder / "receipt.png", (900, 500))      # wide: its text fits under it
    chat = picture(folder / "chat.png", (600, 1800), "#ededed")  # tall: its text goes on pages of its own
    path = folder / "text.refundcase"
    with create_case(path, "医美退款测试") as case:
        outcomes = import_paths(case, [receipt, chat, PDFS / "google-doc.pdf", PHOTOS / "Canon_40D.jpg",
                                       PDFS / "pdflatex-4-pages.pdf"], pool=probe_pool)
        ids = dict(zip(("receipt", "chat", "text_pdf", "unread", "scan"), [o.evidence_id for o in outcomes]))
        for key, title in (("receipt", "收款收据"), ("chat", "微信聊天记录"), ("text_pdf", "电子合同"),
                           ("unread", "术后照片"), ("scan", "扫描的合同")):
            case.evidence.update(ids[key], {"title": title})
        case.text.store(ids["receipt"], read({0: RECEIPT}))
        line_no, correction = CORRECTED
        case.text.correct(case.text.lines(ids["receipt"])[line_no]["id"], correction)
        case.text.store(ids["chat"], read({0: CHAT}))
        case.text.store(ids["text_pdf"], read({0: ["PDF自带文字甲", "PDF自带文字乙"]}, {0: "pdf-text"}))
        case.text.store(ids["scan"], read(SCAN, {1: "pdf-text"}))
        read_on = case.text.read_info(ids["receipt"])["read_at"][:10]
    return path, ids, read_on


@pytest.fixture(scope="module")
def exports(text_case, tmp_path_factory):
    path, _, _ = text_case
    folder = tmp_path_factory.mktemp("read-text-out")
    made = {}
    for name, options in {"zh": DossierOptions(lang="zh", recognised_text=True),
                          "en": DossierOptions(lang="en", recognised_text=True),
                          "off": DossierOptions(lang="zh"),
                          "shown": DossierOptions(lang="zh", recognised_text=True, mask_numbers=False)}.items():
        made[name] = build_dossier(path, folder / f"{name}.pdf", options)
    return made


def pages_of(result) -> list[str]:
    """Each page's text, without spaces and line breaks."""
    return [flat(page_text(result.path, number)) for number in range(1, result.pages + 1)]


def exhibit_starts(result) -> dict[str, int]:
    exhibits = next(b for b in outline(PdfReader(result.path)) if b[0] in ("Exhibits", "证据材料"))[2]
    return {title.split()[0]: page for title, page, _ in exhibits}


def test_no_recognised_text_unless_asked(exports):
    text = "".join(pages_of(exports["off"]))
    assert NOTICE["zh"] not in text and "识别文字" not in text
    for line in (RECEIPT[0], CHAT[0], SCAN[0][0]):
        assert flat(line) not in text
    # Asked for, the same exhibits take more pages: the chat's text has pages of its own.
    assert exports["zh"].pages > exports["off"].pages


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_text_is_printed_after_its_exhibit_marked_as_machine_read(exports, text_case, lang):
    _, _, read_on = text_case
    result = exports[lang]
    pages = pages_of(result)
    starts = exhibit_starts(result)
    receipt_page = pages[starts["E1"]]
    # Under the receipt's picture, on its own page: the notice, the engine and the day, then the lines.
    assert flat(NOTICE[lang]) in receipt_page and flat(ENGINE) in receipt_page and read_on in receipt_page
    assert receipt_page.index(flat(NOTICE[lang])) > receipt_page.index("SHA-256")  # after the picture's caption
    assert flat(RECEIPT[0]) in receipt_page and flat(RECEIPT[1]) in receipt_page
    # The correction is printed, said to be one; the machine's reading is not.
    correction = "(已更正)" if lang == "zh" else "(corrected)"
    assert flat(CORRECTED[1]) + correction in receipt_page and "19,300" not in "".join(pages)
    # The scan: only its machine-read pages, each labelled; its own text layer is on its pages already.
    scan_text = "".join(pages[starts["E5"]:])
    assert flat(NOTICE_PAGES[lang]) in scan_text
    page_word = "第{}页" if lang == "zh" else "Page{}"
    assert page_word.format(1) + flat(SCAN[0][0]) in scan_text and page_word.format(3) + flat(SCAN[2][0]) in scan_text
    assert flat(SCAN[1][0]) not in "".join(pages)


def test_nothing_for_an_item_never_read_or_holding_only_a_pdfs_own_text(exports):
    result = exports["zh"]
    pages = pages_of(result)
    starts = exhibit_starts(result)
    assert "PDF自带文字" not in "".join(pages)
    # The text PDF (E3) and the photo never read (E4) have their one page each and no recognised text.
    assert starts["E4"] - starts["E3"] == 1 and starts["E5"] - starts["E4"] == 1
    # The notice is on exactly the pages with recognised text: under the receipt, the chat's own pages,
    # and the page after the scan's four.
    appendix = next(page for title, page, _ in outline(PdfReader(result.path)) if title == "附录：完整性核验")
    expected = {starts["E1"], *range(starts["E2"] + 1, starts["E3"]), starts["E5"] + 4}
    assert appendix == starts["E5"] + 5
    assert {n for n, text in enumerate(pages) if "机器识别的文字，仅供参考" in text} == expected


def test_numbers_in_the_text_are_masked_unless_shown(exports):
    masked = "".join(pages_of(exports["zh"]))
    assert MOBILE_MASKED in masked and ID_MASKED in masked
    assert MOBILE not in masked and ID_NUMBER not in masked
    shown = "".join(pages_of(exports["shown"]))
    assert MOBILE in shown and ID_NUMBER in shown


def test_long_text_flows_over_pages_in_order_and_the_page_numbers_add_up(exports):
    result = exports["zh"]
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages
    starts = exhibit_starts(result)
    pages = pages_of(result)
    text_pages = pages[starts["E2"] + 1:starts["E3"]]  # after the chat's picture, before the next exhibit
    assert len(text_pages) >= 3
    assert all("E2·识别文字" in page for page in text_pages)
    assert [f"E2·识别文字{n}/{len(text_pages)}" in page for n, page in enumerate(text_pages, start=1)] == \
        [True] * len(text_pages)
    flowed = "".join(text_pages)
    assert [int(n) for n in re.findall(r"第(\d{3})条", flowed)] == list(range(1, 121))
    # The long paragraph whole, though wrapped over rows (and perhaps pages).
    assert "长段落开始" in flowed and "长段落结束" in flowed and flowed.count("于十五个工作日内退还余款") == 12
    # The engine and day once, on the first of them; the notice on every one.
    assert flat(ENGINE) in text_pages[0] and not any(flat(ENGINE) in page for page in text_pages[1:])
    # Nothing runs into the footer: above its rule, every word ends above the bottom margin; under it,
    # only the footer's own words.
    footer_rule = layout.PAGE_HEIGHT - layout.FOOTER_RULE_Y
    for number in range(starts["E2"] + 2, starts["E3"] + 1):
        words = words_with_boxes(result.path, number)
        assert len(words) > 20
        assert all(bottom <= layout.PAGE_HEIGHT - layout.MARGIN_BOTTOM + 0.5
                   for _, top, bottom in words if top < footer_rule), number
        assert not [word for word, top, _ in words if top >= footer_rule and ("条" in word or "退" in word)]
    # The bookmarks count the text's pages: each exhibit starts where its bookmark says.
    for number, page in starts.items():
        assert number in pages[page]


def words_with_boxes(path, number: int) -> list[tuple[str, float, float]]:
    """(word, its top and bottom edges from the top of the page) of one page, from poppler."""
    html = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), "-bbox", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout
    return [(word, float(top), float(bottom)) for top, bottom, word in
            re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)]


def test_the_command_line_prints_the_text_with_with_text(text_case, tmp_path, capsys):
    path, _, _ = text_case
    assert cli_main(["export", str(path), str(tmp_path / "with.pdf"), "--lang", "en", "--with-text"]) == 0
    assert cli_main(["export", str(path), str(tmp_path / "without.pdf"), "--lang", "en"]) == 0
    with_text = flat(page_text(tmp_path / "with.pdf", 1, len(PdfReader(tmp_path / "with.pdf").pages)))
    without = flat(page_text(tmp_path / "without.pdf", 1, len(PdfReader(tmp_path / "without.pdf").pages)))
    assert flat(NOTICE["en"]) in with_text and flat(CHAT[0]) in with_text
    assert flat(NOTICE["en"]) not in without and flat(CHAT[0]) not in without


def test_text_pages_render(exports, tmp_path):
    result = exports["zh"]
    starts = exhibit_starts(result)
    subprocess.run(["pdftoppm", "-r", "20", "-png", "-f", str(starts["E1"] + 1), "-l", str(starts["E3"]),
                    str(result.path), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == starts["E3"] - starts["E1"]


def test_the_dialogs_box_asks_for_the_text(qtbot, session):
    from desktop.ui.dossier_dialog import DossierDialog

    dialog = DossierDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.recognised_text.isChecked() and dialog.options().recognised_text is False
    dialog.recognised_text.click()
    assert dialog.recognised_text.isChecked() and dialog.options().recognised_text is True
