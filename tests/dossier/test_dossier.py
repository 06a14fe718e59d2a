"""The dossier PDF, checked with pypdf and poppler's tools on a case built from the shared fixtures."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat
from pypdf import PdfReader

from desktop.core.errors import CaseError
from desktop.core.playbook import load_playbook
from desktop.dossier.build import DossierOptions, ExportCancelled, build_dossier

from .conftest import BROKEN, PDFS, PHOTOS, PRIVATE_FILE


def page_text(path, first: int, last: int | None = None, mode: str = "-layout") -> str:
    """poppler's text of pages first..last (1-based), as a reader's tools would extract it."""
    last = last or first
    return subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), mode, str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def flat(text: str) -> str:
    """Text without spaces and line breaks: a phrase wrapped over two lines still matches."""
    return "".join(text.split())


def outline(reader: PdfReader) -> list[tuple[str, int, list]]:
    """(title, page index, children) of the bookmarks."""
    def walk(items):
        result = []
        for position, item in enumerate(items):
            if isinstance(item, list):
                continue
            children = items[position + 1] if position + 1 < len(items) and isinstance(items[position + 1], list) else []
            result.append((item.title, reader.get_destination_page_number(item), walk(children)))
        return result
    return walk(reader.outline)


def fixture_file(name: str):
    for folder in (PHOTOS, PDFS, BROKEN):
        if (folder / name).exists():
            return folder / name
    return None


def test_page_count_matches_the_parts(exported):
    results, expected = exported
    for lang, result in results.items():
        reader = PdfReader(result.path)
        assert len(reader.pages) == result.pages
        assert result.exhibits == len(expected["public"])
        exhibit_pages = 0
        for item in expected["public"]:
            source = fixture_file(item["file_name"])
            if item["media_type"] == "application/pdf" and item["file_name"] != "password-protected.pdf":
                exhibit_pages += len(PdfReader(source).pages)
            else:
                exhibit_pages += 1
        bookmarks = outline(reader)
        exhibits = next(b for b in bookmarks if b[0] in ("Exhibits", "证据材料"))
        appendix = bookmarks[-1]
        assert appendix[1] - exhibits[1] == exhibit_pages
        # Every page carries "page x of y".
        label = "第 {x} 页，共 {y} 页" if lang == "zh" else "page {x} of {y}"
        for number in (1, exhibits[1] + 1, result.pages):
            assert label.format(x=number, y=result.pages) in page_text(result.path, number)


def test_bookmarks_for_every_section_and_exhibit(exported):
    results, expected = exported
    reader = PdfReader(results["en"].path)
    bookmarks = outline(reader)
    assert [b[0] for b in bookmarks] == ["Cover", "Contents", "Summary", "Statement of circumstances", "Steps taken",
                                         "Evidence index", "Exhibits", "Integrity appendix"]
    pages = [b[1] for b in bookmarks]
    assert pages == sorted(pages) and pages[0] == 0
    for title, page, _ in bookmarks[1:]:
        assert (title if title != "Exhibits" else "E1") in page_text(results["en"].path, page + 1)
    exhibits = next(b for b in bookmarks if b[0] == "Exhibits")[2]
    assert [c[0].split()[0] for c in exhibits] == [f"E{n}" for n in range(1, len(expected["public"]) + 1)]
    for (title, page, _), item in zip(exhibits, expected["public"]):
        text = page_text(results["en"].path, page + 1)
        assert title.split()[0] in text and item["sha256"] in text.replace(" ", "")
    zh_titles = [b[0] for b in outline(PdfReader(results["zh"].path))]
    assert zh_titles[:2] == ["封面", "目录"] and "证据目录" in zh_titles


def test_contents_give_the_page_numbers(exported):
    results, _ = exported
    path = results["en"].path
    bookmarks = outline(PdfReader(path))
    contents_page = next(b[1] for b in bookmarks if b[0] == "Contents")
    toc = page_text(path, contents_page + 1)
    for title, page, _ in bookmarks[2:]:
        line = next(line for line in toc.splitlines() if title in line)
        assert line.rstrip().endswith(str(page + 1)), line


def test_index_lists_every_hash_and_they_match_the_files(exported):
    results, expected = exported
    for result in results.values():
        bookmarks = outline(PdfReader(result.path))
        index_page = next(b[1] for b in bookmarks if b[0] in ("Evidence index", "证据目录"))
        exhibits_page = next(b[1] for b in bookmarks if b[0] in ("Exhibits", "证据材料"))
        index_text = page_text(result.path, index_page + 1, exhibits_page, "-raw")
        cover_text = page_text(result.path, 1, 2).replace(" ", "")
        for item in expected["public"]:
            source = fixture_file(item["file_name"])
            if source is not None:  # the hash of the file on disk, computed here independently
                assert hashlib.sha256(source.read_bytes()).hexdigest() == item["sha256"]
            assert item["sha256"][:32] in index_text and item["sha256"][32:] in index_text
            assert item["sha256"] in cover_text
        private = next(i for i in expected["all"] if i["file_name"] == PRIVATE_FILE)
        assert private["sha256"][:32] not in index_text


def test_every_font_is_embedded_and_chinese_extracts(exported):
    results, _ = exported
    for result in results.values():
        report = subprocess.run(["pdffonts", str(result.path)], check=True, capture_output=True, text=True).stdout
        rows = report.splitlines()[2:]
        assert rows
        for row in rows:
            columns = row.split()
            assert columns[-5] == "yes", row  # emb
        assert "Helvetica" not in report and "Times" not in report and "Courier" not in report
    text = flat(page_text(results["zh"].path, 1, results["zh"].pages))
    for phrase in ("证据目录", "情况说明", "美丽人生医疗美容诊所", "玻尿酸填充", "不构成法律意见", "发现红肿，联系诊所",
                   "《中华人民共和国消费者权益保护法》第二十六条", "91310000MA1FL12345"):
        assert phrase in text, phrase


def test_statement_cites_exhibits_and_steps_cite_sources(exported):
    results, expected = exported
    numbers = {i["file_name"]: f"E{n}" for n, i in enumerate(expected["public"], start=1)}
    text = " ".join(page_text(results["en"].path, 1, 9).split())
    cited = ", ".join(sorted([numbers["orientation_landscape_6.jpg"], numbers["chat-export.txt"]],
                             key=lambda n: int(n[1:])))
    assert f"Exhibits: {cited}" in text
    assert "Consumer Rights Protection Law, art. 26" in text
    assert f"Guidance rules as of {load_playbook().rules_as_of}" in text
    assert "not legal advice" in text


def test_photos_are_upright(exported):
    results, expected = exported
    reader = PdfReader(results["en"].path)
    starts = {b[0].split()[0]: b[1] for b in outline(reader)[6][2]}
    checked = 0
    for number, item in enumerate(expected["public"], start=1):
        if not item["file_name"].startswith("orientation_"):
            continue
        drawn = reader.pages[starts[f"E{number}"]].images[0].image.convert("L")
        with Image.open(PHOTOS / item["file_name"]) as original:
            upright = ImageOps.exif_transpose(original).convert("L")
        kind = item["file_name"].split("_")[1]
        assert (drawn.width > drawn.height) == (kind == "landscape"), item["file_name"]

        def difference(candidate):
            return ImageStat.Stat(ImageChops.difference(candidate.resize(drawn.size), drawn)).mean[0]

        turned = [upright.rotate(angle, expand=True) for angle in (90, 180, 270)]
        assert difference(upright) < min(difference(t) for t in turned) / 2, item["file_name"]
        checked += 1
    assert checked == 6


def test_pdf_evidence_pages_are_included_and_stamped(exported):
    results, expected = exported
    path = results["en"].path
    reader = PdfReader(path)
    starts = {b[0].split()[0]: b[1] for b in outline(reader)[6][2]}
    number = next(n for n, i in enumerate(expected["public"], start=1) if i["file_name"] == "pdflatex-4-pages.pdf")
    original = PdfReader(PDFS / "pdflatex-4-pages.pdf")
    for index in range(4):
        text = page_text(path, starts[f"E{number}"] + index + 1)
        assert f"E{number} · page {index + 1}/4" in text
        words = original.pages[index].extract_text().split()[:3]
        assert " ".join(words) in " ".join(text.split())
    locked = next(n for n, i in enumerate(expected["public"], start=1) if i["file_name"] == "password-protected.pdf")
    text = page_text(path, starts[f"E{locked}"] + 1)
    assert "password-protected" in text and "pages are not included" in text


def test_pages_render(exported, tmp_path):
    results, _ = exported
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(results["zh"].path), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == results["zh"].pages


def test_private_items_only_when_asked_and_chosen_sections(sample, tmp_path):
    case_path, expected = sample
    private = next(i for i in expected["all"] if i["file_name"] == PRIVATE_FILE)
    result = build_dossier(case_path, tmp_path / "all.pdf",
                           DossierOptions(lang="en", include_private=True, sections=frozenset({"cover", "index"})))
    assert result.exhibits == len(expected["all"])
    reader = PdfReader(result.path)
    assert [b[0] for b in outline(reader)] == ["Cover", "Evidence index"]
    text = page_text(result.path, 1, result.pages).replace(" ", "")
    assert private["sha256"] in text
    chosen = [expected["public"][0]["id"], expected["public"][2]["id"]]
    result = build_dossier(case_path, tmp_path / "two.pdf",
                           DossierOptions(lang="en", exhibit_ids=chosen, sections=frozenset({"exhibits"})))
    assert result.exhibits == 2 and result.pages == 2


def test_cli_exports_while_the_case_is_open_for_writing(sample, tmp_path, capsys):
    from desktop.cli import main
    from desktop.core.lifecycle import open_case

    case_path, _ = sample
    out = tmp_path / "cli.pdf"
    with open_case(case_path):  # the GUI holds the case
        assert main(["export", str(case_path), str(out), "--lang", "en", "--quality", "high"]) == 0
    assert "pages" in capsys.readouterr().out
    assert len(PdfReader(out).pages) > 10


def test_cancel_leaves_nothing_behind(sample, tmp_path):
    case_path, _ = sample
    out = tmp_path / "cancelled.pdf"
    seen = []
    with pytest.raises(ExportCancelled):
        build_dossier(case_path, out, DossierOptions(), progress=lambda *a: seen.append(a),
                      is_cancelled=lambda: len(seen) >= 2)
    assert list(tmp_path.iterdir()) == []


def test_a_changed_file_is_refused_or_flagged(tmp_path):
    from desktop.core.importer import import_paths
    from desktop.core.lifecycle import create_case

    case_path = tmp_path / "tampered.refundcase"
    with create_case(case_path, "tampered") as case:
        import_paths(case, [PHOTOS / "orientation_landscape_1.jpg", PHOTOS / "Canon_40D.jpg"])
    conn = sqlite3.connect(case_path)
    with conn:
        conn.execute("DROP TRIGGER blob_chunks_immutable")
        conn.execute("UPDATE blob_chunks SET data = zeroblob(length(data)) WHERE blob_id = "
                     "(SELECT blob_id FROM evidence WHERE file_name = 'Canon_40D.jpg')")
    conn.close()
    out = tmp_path / "out.pdf"
    with pytest.raises(CaseError, match="no longer match"):
        build_dossier(case_path, out, DossierOptions(lang="en"))
    assert not out.exists()
    result = build_dossier(case_path, out, DossierOptions(lang="en", allow_mismatch=True))
    assert result.mismatched == ["E2"]
    assert "DOES NOT MATCH" in page_text(out, 1, result.pages)


def test_bad_options_and_places_are_plain_errors(sample, tmp_path):
    case_path, _ = sample
    with pytest.raises(CaseError, match="language"):
        build_dossier(case_path, tmp_path / "x.pdf", DossierOptions(lang="fr"))
    with pytest.raises(CaseError, match="does not exist"):
        build_dossier(case_path, tmp_path / "missing" / "x.pdf", DossierOptions())
    assert list(tmp_path.iterdir()) == []


def test_the_note_of_what_could_not_be_read_is_in_the_dossier_language(exported):
    results, _expected = exported
    chinese = flat(page_text(results["zh"].path, 1, results["zh"].pages))
    english = flat(page_text(results["en"].path, 1, results["en"].pages))
    assert "导入时的说明" in chinese and "PDF设有密码：无法读取或预览其页面" in chinese
    assert "password-protectedPDF" not in chinese
    assert "password-protectedPDF:itspagescannotbereadorpreviewed" in english
