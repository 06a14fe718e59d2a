"""Problems the core reports are shown in the interface language: each CaseError code and each import
refusal has its Chinese sentence, with the file name and figures filled in; English stays the core's text."""

import re
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.core import schema
from desktop.core.errors import CaseError, CaseLocked, NewerVersion, NotACaseFile, NotEnoughSpace
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case, open_case
from desktop.core.space import check_room
from desktop.ui import error_text
from desktop.ui import main_window as main_window_module
from desktop.ui.app_setup import Languages
from desktop.ui.error_text import describe, describe_import_reason, describe_note
from desktop.ui.evidence.view import EvidenceView
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings
from tests.helpers import BROKEN, PDFS, ROOT, drop_files, show_on_screen

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def languages(qapp, compiled_translations):
    chosen = Languages(qapp)
    try:
        yield chosen
    finally:
        chosen.apply("en")


def raised_by(action) -> CaseError:
    with pytest.raises(CaseError) as caught:
        action()
    return caught.value


def empty_file(tmp_path):
    path = tmp_path / "空白 case.refundcase"
    path.write_bytes(b"")
    return raised_by(lambda: open_case(path)), "空白 case.refundcase"


def text_file(tmp_path):
    path = tmp_path / "notes.refundcase"
    path.write_text("just some notes, not a database\n" * 10)
    return raised_by(lambda: open_case(path)), "notes.refundcase"


def other_program(tmp_path):
    path = tmp_path / "contacts.refundcase"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE people(name TEXT)")
        conn.execute("INSERT INTO people VALUES ('someone')")
    conn.close()
    return raised_by(lambda: open_case(path)), "contacts.refundcase"


def newer_version(tmp_path):
    path = tmp_path / "from the future.refundcase"
    create_case(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={schema.schema_version_of_code() + 1}")
    conn.close()
    return raised_by(lambda: open_case(path)), "from the future.refundcase"


def locked(tmp_path):
    first = create_case(tmp_path / "busy.refundcase")
    try:
        return raised_by(lambda: open_case(first.path)), "busy.refundcase"
    finally:
        first.close()


def missing(tmp_path):
    return raised_by(lambda: open_case(tmp_path / "gone.refundcase")), "gone.refundcase"


CASES = {
    "not_a_case.empty": (empty_file, NotACaseFile, "空文件"),
    "not_a_case.not_sqlite": (text_file, NotACaseFile, "不是 SQLite 数据库"),
    "not_a_case.other_program": (other_program, NotACaseFile, "其他程序的数据库"),
    "newer_version": (newer_version, NewerVersion, "更新版本"),
    "locked": (locked, CaseLocked, "已在另一个窗口或程序中打开"),
    "not_a_case.missing": (missing, NotACaseFile, "找不到文件"),
}


@pytest.mark.parametrize("code", list(CASES))
def test_case_file_problems_are_told_in_chinese_and_in_english(code, tmp_path, languages):
    make, kind, phrase = CASES[code]
    exc, name = make(tmp_path)
    assert isinstance(exc, kind) and exc.code == code
    assert describe(exc) == exc.message  # English: the core's own words
    assert name in exc.message
    languages.apply("zh_CN")
    chinese = describe(exc)
    assert phrase in chinese and name in chinese
    assert chinese != exc.message and CHINESE.search(chinese.replace(name, ""))


def test_newer_version_names_both_format_numbers_in_chinese(tmp_path, languages):
    exc, _name = newer_version(tmp_path)
    languages.apply("zh_CN")
    text = describe(exc)
    assert f"案件格式 {schema.schema_version_of_code() + 1}" in text
    assert f"最高只能读取 {schema.schema_version_of_code()}" in text


def test_not_enough_space_gives_the_figures_in_chinese(tmp_path, languages):
    case_path = tmp_path / "case.refundcase"
    exc = raised_by(lambda: check_room(case_path, [40 * 1024**2], fstype="ext4", free=5 * 1024**2))
    assert isinstance(exc, NotEnoughSpace) and exc.code == "space.free"
    assert describe(exc) == exc.message
    languages.apply("zh_CN")
    text = describe(exc)
    assert text.startswith("可用空间不足")
    assert "5.0 MB" in text and exc.params["needed"] in text and exc.params["needed"].endswith(" MB")


def test_fat32_limit_is_explained_in_chinese(tmp_path, languages):
    exc = raised_by(lambda: check_room(tmp_path / "case.refundcase", [3 * 1024**3, 2 * 1024**3],
                                       fstype="vfat", free=10**13))
    assert exc.code == "space.fat32" and describe(exc) == exc.message
    languages.apply("zh_CN")
    assert "FAT32" in describe(exc) and exc.params["size"] in describe(exc) and "单个文件不能超过 4 GB" in describe(exc)


def test_import_refusals_are_told_in_chinese(case, tmp_path, probe_pool, languages):
    empty = tmp_path / "收据.jpg"
    empty.write_bytes(b"")
    outcomes = {o.path: o for o in import_paths(case, [tmp_path / "not here.pdf", empty], pool=probe_pool)}
    gone, nothing = outcomes[str(tmp_path / "not here.pdf")], outcomes[str(empty)]
    assert (gone.status, gone.reason_code, nothing.status, nothing.reason_code) == \
        ("refused", "missing", "refused", "empty")
    assert describe_import_reason(gone) == "no such file"
    assert describe_import_reason(nothing) == "empty file (0 bytes): there is nothing to keep"
    languages.apply("zh_CN")
    assert describe_import_reason(gone) == "文件不存在"
    assert describe_import_reason(nothing) == "空文件（0 字节）：没有可保存的内容"


def test_an_unknown_code_falls_back_to_the_english_message(languages):
    languages.apply("zh_CN")
    assert describe(CaseError("Something only the core knows about.", code="no.such.code")) == \
        "Something only the core knows about."
    assert describe(CaseError("No code at all.")) == "No code at all."


def test_every_code_the_core_raises_has_a_sentence(qapp):
    """A new raise site with a code but no sentence here would show English to a Chinese user."""
    sources = [*(ROOT / "desktop" / "core").glob("*.py"), *(ROOT / "desktop" / "dossier").glob("*.py")]
    raised = {code for path in sources for code in re.findall(r'\bcode="([^"]+)"', path.read_text())}
    assert len(raised) > 30
    assert raised <= set(error_text._case_error_templates())
    importer = (ROOT / "desktop" / "core" / "importer.py").read_text()
    reasons = set(re.findall(r'_refused\([^,]+, "([^"]+)"', importer)) | set(
        re.findall(r'reason_code="([^"]+)"', importer))
    assert len(reasons) >= 8
    assert reasons <= set(error_text._import_reason_templates())


def test_opening_a_bad_file_from_the_window_says_so_in_chinese(qtbot, qapp, tmp_path, monkeypatch, languages):
    data = tmp_path / "data"
    monkeypatch.setenv("REFUND_CASE_DATA_DIR", str(data))
    monkeypatch.setattr(main_window_module, "default_cases_dir", lambda: tmp_path / "Cases")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a, **k: shown.append((title, text))
                                     or QMessageBox.StandardButton.Ok))
    bad = tmp_path / "假期照片.refundcase"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is a JPEG, not a case" * 20)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    languages.apply("zh_CN")
    window = MainWindow(AppSettings(data / "settings.ini"), languages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert window.session is None
    assert shown == [("维权案件整理助手", "假期照片.refundcase 不是案件文件（它不是 SQLite 数据库）。")]
    window.close()
    assert QApplication.activeModalWidget() is None


def test_the_import_summary_lists_refusals_in_chinese(qtbot, session, probe_pool, tmp_path, monkeypatch, languages):
    monkeypatch.setenv("REFUND_CASE_DATA_DIR", str(tmp_path / "appdata"))
    empty = tmp_path / "聊天记录.png"
    empty.write_bytes(b"")
    languages.apply("zh_CN")
    view = EvidenceView(session)
    view.probe_pool = probe_pool
    show_on_screen(qtbot, view)
    try:
        # The first drop stores the PDF, so the second finds it a duplicate beside the empty file.
        for paths in ([PDFS / "google-doc.pdf"], [PDFS / "google-doc.pdf", empty]):
            with qtbot.waitSignal(view.importFinished, timeout=60_000):
                drop_files(view.grid, paths)
            view.wait_idle()
        details = view.message_box.detailedText().splitlines()
        assert sorted(details) == sorted([f"{empty}：空文件（0 字节）：没有可保存的内容",
                                          f"{PDFS / 'google-doc.pdf'}：案件中已有内容完全相同的文件"])
        assert "有 1 个文件无法添加（请查看详细信息）。" in view.message_box.text()
    finally:
        view.shutdown()
        for box in view.findChildren(QMessageBox):
            box.close()


def test_notes_of_what_could_not_be_read_are_told_in_chinese(qtbot, session, probe_pool, tmp_path, monkeypatch,
                                                            languages):
    monkeypatch.setenv("REFUND_CASE_DATA_DIR", str(tmp_path / "appdata"))
    unknown = tmp_path / "录音备份.dat"
    unknown.write_bytes(bytes(range(256)) * 40)
    outcomes = import_paths(session.case, [BROKEN / "password-protected.pdf", unknown], pool=probe_pool)
    protected, blob = (session.case.evidence.get(o.evidence_id) for o in outcomes)
    assert describe_note(protected["read_notes"][0]) == protected["read_note"]  # English: the core's own words
    assert describe_note({"code": "no.such.code", "params": {}, "text": "Only the core knows."}) == \
        "Only the core knows."
    languages.apply("zh_CN")
    assert describe_import_reason(outcomes[1]) == "无法识别文件类型：已作为附件保存"
    assert describe_note({"code": "probe.timeout", "params": {"seconds": "20"}, "text": "…"}) == \
        "读取此文件超过 20 秒，已停止：已作为附件保存"
    view = EvidenceView(session)
    view.probe_pool = probe_pool
    show_on_screen(qtbot, view)
    try:
        for item, note, preview_note in (
                (protected, "PDF 设有密码：无法读取或预览其页面", "此 PDF 设有密码，无法显示其页面。请用其他程序输入密码后打开。"),
                (blob, "无法识别文件类型：已作为附件保存", "无法识别文件类型：已作为附件保存")):
            with qtbot.waitSignal(view.preview.rendered, timeout=10_000):
                view.show_item(item["id"])
            assert view.fields.info_labels["read_note"].text() == note
            assert view.fields.info_labels["read_note"].isVisibleTo(view)
            assert view.preview.note_label.text() == preview_note
    finally:
        view.shutdown()


def test_every_note_code_has_its_sentence_in_the_interface_and_the_dossier(qapp):
    """A new note code without a sentence here would show English to a Chinese user."""
    from desktop.core.read_notes import TEMPLATES
    from desktop.dossier.labels import READ_NOTES_ZH

    assert error_text._note_templates() == TEMPLATES  # English: word for word the core's text
    assert set(READ_NOTES_ZH) == {code for code in TEMPLATES if not code.startswith("preview.")}
