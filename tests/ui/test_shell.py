"""The window around the views: welcome screen, opening and creating cases, the Overview form with
undo, Find, the language switch, plain messages for bad files, drops, verification, crashes."""

import logging
import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.core import guidance
from desktop.core.errors import NotACaseFile
from desktop.core.lifecycle import open_case
from desktop.core.sample import sample_case_path
from desktop.ui.app_setup import prepare_environment
from desktop.ui.crash import CrashHandler
from desktop.ui.main_window import CHECKLIST, EVIDENCE, OVERVIEW, TIMELINE
from desktop.ui.search_dialog import KindRole, SearchDialog
from desktop.ui.settings import AppSettings
from desktop.ui.welcome import NewCaseDialog, file_name_for
from tests.helpers import PHOTOS, file_urls, open_and_wait, send_drop, type_text

ROOT = Path(__file__).resolve().parents[2]


def read_details(path):
    with open_case(path, read_only=True) as case:
        return case.details.get()


# -- welcome screen and opening -------------------------------------------------------------

def test_fresh_start_shows_the_welcome_screen(window):
    assert window.session is None
    assert window.centralWidget().currentWidget() is window.welcome
    assert window.welcome.empty_recent.isVisible() and not window.welcome.recent_view.isVisible()
    assert not window.save_copy_action.isEnabled() and not window.find_action.isEnabled()
    assert window.windowTitle() == "Refund Case Organizer"


def test_new_case_from_the_welcome_screen(window, qtbot, tmp_path, monkeypatch):
    chosen = tmp_path / "my cases"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(chosen)))
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NewCaseDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert Path(dialog.folder_edit.text()) == tmp_path / "Cases"  # the default place for new cases
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # no title yet
    type_text(qtbot, dialog.title_edit, "美容院退款: 第1次")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(chosen)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None)
    expected = chosen / "美容院退款 第1次.refundcase"
    assert window.session.case.path == expected and expected.exists()
    assert window.session.case.title == "美容院退款: 第1次"
    assert "美容院退款: 第1次" in window.windowTitle() and str(expected) in window.windowTitle()
    assert window.workspace.sample_banner is None
    assert window.settings.recent_cases()[0] == str(expected.resolve())


def test_file_names_from_titles_are_safe_everywhere():
    assert file_name_for('a/b\\c:d*e?"f"<g>|h.') == "a b c d e f g h.refundcase"
    assert file_name_for("   ") == "case.refundcase"
    assert file_name_for("悦颜诊所退款") == "悦颜诊所退款.refundcase"


def test_open_the_sample_case_from_the_welcome_screen(window, qtbot, app_data):
    assert not sample_case_path().exists()
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.controller.busy)
    assert window.session.case.path == sample_case_path()
    assert sample_case_path().is_relative_to(app_data)
    assert window.session.case.details.get()["is_sample"] == 1
    assert window.workspace.sample_banner.isVisible()
    assert window.workspace.page() == OVERVIEW
    summary = window.workspace.overview.summary
    limitation = next(card for card in summary.deadlines.cards if card.deadline.rule == "limitation")
    assert "days left" in limitation.when.text()
    assert "your complaint" in limitation.basis.text()  # the 12315 complaint restarted the limitation period
    assert "9 items of evidence" == summary.evidence_label.text()


def test_recent_cases_reopen_from_the_welcome_screen(window, qtbot, sample_copy):
    open_and_wait(window, qtbot, sample_copy)
    window.close_case()
    assert window.centralWidget().currentWidget() is window.welcome
    view = window.welcome.recent_view
    assert view.isVisible() and view.model().rowCount() == 1
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.case.path == sample_copy


def test_a_bad_file_is_refused_in_plain_words(window, qtbot, tmp_path, monkeypatch, messages):
    bad = tmp_path / "holiday photos.refundcase"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is a JPEG, not a case" * 20)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert window.session is None
    assert len(messages) == 1
    kind, _title, text = messages[0]
    assert kind == "warning"
    assert text == "holiday photos.refundcase is not a case file (it is not a SQLite database)."
    assert "Traceback" not in text
    with pytest.raises(NotACaseFile):
        open_case(bad)  # unchanged and still refused: nothing was written to it


def test_a_missing_recent_case_is_explained_and_dropped_from_the_list(window, qtbot, tmp_path, messages):
    gone = tmp_path / "gone.refundcase"
    window.settings.add_recent(gone)
    window.open_case_path(gone)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages and "There is no file" in messages[0][2]
    assert str(gone.resolve()) not in window.settings.recent_cases()


def test_dropping_a_case_file_on_the_window_opens_it(window, qtbot, sample_copy):
    mime = file_urls([sample_copy])
    assert send_drop(window, mime)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.case.path == sample_copy


def test_dropping_other_files_on_the_welcome_screen_is_refused(window, tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"not really")
    mime = file_urls([photo])
    assert not send_drop(window, mime, QPoint(10, 10))


# -- the Overview form and undo -------------------------------------------------------------

def test_overview_edit_is_saved_on_tab_and_undone_with_ctrl_z(window, qtbot, sample_copy):
    open_and_wait(window, qtbot, sample_copy)
    form = window.workspace.overview.form
    editor = form.editors["clinic_name"]
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.selectAll()
    type_text(qtbot, editor, "新悦颜诊所")
    assert read_details(sample_copy)["clinic_name"] == "悦颜医疗美容诊所（虚构）"  # not per keystroke
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert read_details(sample_copy)["clinic_name"] == "新悦颜诊所"
    assert window.undo_action.text() == "Undo Edit “Clinic name”"
    assert window.session.undo_stack.count() == 1

    # Focus is now in the next field, which has no typing of its own: Ctrl+Z undoes the case edit.
    focused = QApplication.focusWidget()
    assert focused is form.editors["clinic_address"]
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert read_details(sample_copy)["clinic_name"] == "悦颜医疗美容诊所（虚构）"
    assert editor.text() == "悦颜医疗美容诊所（虚构）"
    assert window.redo_action.text() == "Redo Edit “Clinic name”"
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert read_details(sample_copy)["clinic_name"] == "新悦颜诊所"
    assert editor.text() == "新悦颜诊所"


def test_title_edit_renames_the_window_and_choices_are_undoable(window, qtbot, sample_copy):
    open_and_wait(window, qtbot, sample_copy)
    form = window.workspace.overview.form
    title = form.editors["title"]
    title.setFocus()
    title.selectAll()
    type_text(qtbot, title, "我的案件")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.windowTitle().startswith("我的案件 — ")
    combo = form.editors["demand_kind"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # a combo box commits the choice the user makes
    assert read_details(sample_copy)["demand_kind"] == ""
    assert window.undo_action.text() == "Undo Edit “What you want”"
    window.undo_action.trigger()
    assert read_details(sample_copy)["demand_kind"] == "partial_refund"
    assert combo.currentData() == "partial_refund"


def test_an_unreadable_first_aware_date_is_explained(window, qtbot, sample_copy):
    open_and_wait(window, qtbot, sample_copy)
    overview = window.workspace.overview
    editor = overview.form.editors["first_aware_date"]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "last spring")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert overview.form.date_hint.isVisible()
    assert "limitation" not in [card.deadline.rule for card in overview.summary.deadlines.cards]
    assert "first knew" in overview.summary.deadlines.missing.text()


def test_next_step_button_opens_the_checklist(window, qtbot, sample_copy, monkeypatch):
    open_and_wait(window, qtbot, sample_copy)
    shown = []
    monkeypatch.setattr(window.workspace.checklist, "show_item", shown.append)
    summary = window.workspace.overview.summary
    assert summary.missing_label.text().startswith("This step still needs: ")
    qtbot.mouseClick(summary.next_button, Qt.MouseButton.LeftButton)
    assert window.workspace.page() == CHECKLIST and window.page_actions[CHECKLIST].isChecked()
    assert shown == [guidance.next_step(window.session.case)["id"]]


def test_pages_switch_with_ctrl_number(window, qtbot, sample_copy):
    open_and_wait(window, qtbot, sample_copy)
    for page, key in ((TIMELINE, Qt.Key.Key_3), (EVIDENCE, Qt.Key.Key_2), (CHECKLIST, Qt.Key.Key_4),
                      (OVERVIEW, Qt.Key.Key_1)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.workspace.page() == page
        assert window.workspace.stack.currentWidget() is window.workspace.views()[page]


# -- Find -----------------------------------------------------------------------------------

def test_find_a_two_character_chinese_word_and_jump_to_the_result(window, qtbot, sample_copy, monkeypatch):
    open_and_wait(window, qtbot, sample_copy)
    shown = []
    monkeypatch.setattr(window.workspace.timeline, "show_item", shown.append)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SearchDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    type_text(qtbot, dialog.query_edit, "要求")
    model = dialog.model
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups[0].startswith("Evidence") and any(g.startswith("Events") for g in groups)
    events_group = model.index(next(i for i, g in enumerate(groups) if g.startswith("Events")), 0)
    first_event = model.index(0, 0, events_group)
    assert first_event.data(KindRole) == "event"
    dialog.results.setFocus()
    dialog.results.setCurrentIndex(first_event)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.workspace.page() == TIMELINE and window.page_actions[TIMELINE].isChecked()
    event_id = shown[0]
    assert "要求" in window.session.case.timeline.get(event_id)["title"]
    qtbot.waitUntil(lambda: window.findChild(SearchDialog) is None or not window.findChild(SearchDialog).isVisible())


def test_find_a_case_detail_focuses_its_field(window, qtbot, sample_copy):
    open_and_wait(window, qtbot, sample_copy)
    window.show_page(EVIDENCE)
    window.find_action.trigger()
    dialog = window.findChild(SearchDialog)
    type_text(qtbot, dialog.query_edit, "中山路")
    assert "result" in dialog.status.text()
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)  # Enter in the field goes to the first result
    assert window.workspace.page() == OVERVIEW
    assert QApplication.focusWidget() is window.workspace.overview.form.editors["clinic_address"]


# -- language -------------------------------------------------------------------------------

def test_switch_to_chinese_at_runtime_and_remember_it(window, qtbot, sample_copy, app_data):
    open_and_wait(window, qtbot, sample_copy)
    session = window.session
    window.show_page(TIMELINE)
    window.language_actions["zh_CN"].trigger()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    assert window.session is session and window.workspace.page() == TIMELINE
    assert window.workspace.pages_model.index(0, 0).data() == "概况"
    assert "维权案件整理助手" in window.windowTitle()
    assert window.workspace.overview.form.editors["title"].accessibleName() == "案件名称"
    assert AppSettings(app_data / "settings.ini").language() == "zh_CN"
    window.language_actions["en"].trigger()
    assert window.menuBar().actions()[0].text() == "&File"


# -- long work and failures -----------------------------------------------------------------

def test_checking_the_case_file_runs_in_the_background_and_reports_plainly(window, qtbot, sample_copy, messages):
    open_and_wait(window, qtbot, sample_copy)
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: not window.controller.busy and bool(messages), timeout=20_000)
    kind, title, text = messages[0]
    assert (kind, title) == ("information", "Check the case file")
    assert text.startswith("All 9 evidence items are unchanged") and "structure is sound" in text


def test_save_a_copy(window, qtbot, sample_copy, tmp_path, monkeypatch):
    open_and_wait(window, qtbot, sample_copy)
    target = tmp_path / "copy for the lawyer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.controller.copied, timeout=20_000):
        window.save_copy_action.trigger()
    saved = target.with_name("copy for the lawyer.refundcase")
    assert read_details(saved)["title"] == window.session.case.title
    assert "copy was saved" in window.statusBar().currentMessage()


def test_crash_handler_logs_and_shows_details_and_keeps_case_errors_plain(qtbot, tmp_path, messages):
    shown = []
    handler = CrashHandler(tmp_path / "logs", show_dialog=lambda parent, details, log: shown.append((details, log)))
    handler.install()
    try:
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        details, log_file = shown[0]
        assert "ZeroDivisionError: boom" in details and log_file.read_text(encoding="utf-8") == details
        assert log_file.parent == tmp_path / "logs"

        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 2)
        assert "In thread worker" in shown[1][0]

        try:
            raise NotACaseFile("x.refundcase is not a case file.")
        except NotACaseFile:
            sys.excepthook(*sys.exc_info())
        assert messages[-1][0] == "warning" and messages[-1][2] == "x.refundcase is not a case file."
        assert len(shown) == 2
    finally:
        handler.uninstall()


# -- start-up -------------------------------------------------------------------------------

def test_a_case_on_the_command_line_opens(qapp, qtbot, app_data, sample_copy, compiled_translations):
    from desktop.ui.main import start_gui

    root = logging.getLogger()
    before = list(root.handlers)
    _app, window, handler = start_gui([str(sample_copy)])
    try:
        assert window.isVisible()
        qtbot.waitUntil(lambda: window.session is not None)
        assert window.session.case.path == sample_copy and str(sample_copy) in window.windowTitle()
        assert sys.excepthook == handler._excepthook
        assert (app_data / "logs" / "refund-case.log").exists()
    finally:
        window.close()
        window.deleteLater()
        handler.uninstall()
        for added in [h for h in root.handlers if h not in before]:
            root.removeHandler(added)
            added.close()
    assert window.settings.recent_cases() == [str(sample_copy.resolve())]


def test_portable_mode_keeps_everything_inside_the_data_folder(tmp_path, monkeypatch):
    import tempfile

    variables = ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR", "TEMP", "TMP")
    for variable in variables:
        monkeypatch.setenv(variable, "/somewhere/else")
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setenv("REFUND_CASE_PORTABLE", "1")
    monkeypatch.setenv("REFUND_CASE_DATA_DIR", str(tmp_path / "data"))
    prepare_environment()
    for variable in variables:
        assert Path(os.environ[variable]).is_relative_to(tmp_path / "data")
    assert Path(tempfile.gettempdir()).is_relative_to(tmp_path / "data")


# -- text still being typed is never lost ---------------------------------------------------------

def _type_in_overview(window, qtbot, case_path):
    editor = window.workspace.overview.form.editors["clinic_name"]
    editor.setFocus()
    editor.selectAll()
    type_text(qtbot, editor, "还没确认的诊所名")
    return lambda: read_details(case_path)["clinic_name"] == "还没确认的诊所名"


def _type_in_evidence_fields(window, qtbot, case_path):
    window.show_page(EVIDENCE)
    evidence = window.workspace.evidence
    item = window.session.case.evidence.list()[0]
    evidence.show_item(item["id"])
    evidence.fields.notes_edit.setFocus()
    type_text(qtbot, evidence.fields.notes_edit, "还没确认的备注")

    def saved():
        with open_case(case_path, read_only=True) as case:
            return case.evidence.get(item["id"])["notes"] == "还没确认的备注"
    return saved


def _type_in_step_notes(window, qtbot, case_path):
    window.show_page(CHECKLIST)
    checklist = window.workspace.checklist
    step = window.session.case.checklist.by_key("negotiate")
    checklist.show_item(step["id"])
    checklist.detail.outcome.setFocus()
    type_text(qtbot, checklist.detail.outcome, "还没确认的结果")

    def saved():
        with open_case(case_path, read_only=True) as case:
            return case.checklist.get(step["id"])["outcome"].endswith("还没确认的结果")
    return saved


@pytest.mark.parametrize("typing", [_type_in_overview, _type_in_evidence_fields, _type_in_step_notes])
@pytest.mark.parametrize("leaving", ["close the case", "quit", "export the dossier"])
def test_text_being_typed_is_saved_when_the_user_leaves(window, qtbot, sample_copy, typing, leaving):
    open_and_wait(window, qtbot, sample_copy)
    saved = typing(window, qtbot, sample_copy)
    assert not saved(), "saved before the user confirmed it: this test would prove nothing"
    if leaving == "close the case":
        window.close_action.trigger()
        assert window.session is None
    elif leaving == "quit":
        window.quit_action.trigger()
        assert not window.isVisible()
    else:
        from desktop.ui.dossier_dialog import DossierDialog

        window.export_action.trigger()
        dialog = window.findChild(DossierDialog)
        assert dialog is not None and dialog.isVisible()
        assert saved()  # before the export reads the case
        dialog.reject()
    assert saved()


def test_opening_a_case_leaves_the_window_responsive(window, qtbot, sample_copy, monkeypatch):
    """A big case on a slow stick takes a while to open: the window keeps running meanwhile and
    says what it is doing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    import desktop.ui.case_controller as controller_module

    release = threading.Event()
    real_open = controller_module.open_case

    def slow_open(path, **kwargs):
        assert release.wait(30), "the test never let the open finish"
        return real_open(path, **kwargs)

    monkeypatch.setattr(controller_module, "open_case", slow_open)
    ticks = []
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        window.open_case_path(sample_copy)
        assert window.session is None  # still opening, in the background
        qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs
        progress = window.findChild(QProgressDialog)
        qtbot.waitUntil(lambda: progress.isVisible())
        assert progress.labelText() == f"Opening {sample_copy.name}…"
        with qtbot.waitSignal(window.caseOpened, timeout=20_000):
            release.set()
    finally:
        release.set()
        timer.stop()
    assert window.session.case.path == sample_copy
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(QProgressDialog)))


def test_files_dropped_on_the_window_or_chosen_in_the_menu_are_imported(window, qtbot, sample_copy, monkeypatch):
    open_and_wait(window, qtbot, sample_copy)
    evidence = window.workspace.evidence
    before = evidence.model.rowCount()
    mime = file_urls([PHOTOS / "Canon_40D.jpg"])
    with qtbot.waitSignal(evidence.importFinished, timeout=60_000):
        assert send_drop(window, mime, QPoint(10, 10))
    assert window.workspace.page() == EVIDENCE
    assert evidence.model.rowCount() == before + 1
    evidence.message_box.close()

    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(PHOTOS / "Nikon_D70.jpg")], "")))
    window.show_page(OVERVIEW)
    with qtbot.waitSignal(evidence.importFinished, timeout=60_000):
        window.import_action.trigger()
    assert window.workspace.page() == EVIDENCE
    assert evidence.model.rowCount() == before + 2
    assert window.workspace.overview.summary.evidence_label.text() == f"{before + 2} items of evidence"
    evidence.message_box.close()
