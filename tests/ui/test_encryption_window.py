"""An encrypted case in the window: its passphrase asked (again after a wrong one), a new case locked
from the start, a passphrase set from the File menu, the case hidden after no use or on demand, and
copies of items opened elsewhere deleted when the case closes."""

from __future__ import annotations

import tempfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.core import decrypted
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case, is_locked_with_passphrase
from desktop.ui.main_window import EVIDENCE
from tests.helpers import PHOTOS, open_and_wait, type_text

PASSPHRASE = "window pass phrase"


def locked_case(tmp_path, probe_pool=None):
    path = tmp_path / "locked.refundcase"
    with create_case(path, "加密案件", passphrase=PASSPHRASE) as case:
        if probe_pool is not None:
            import_paths(case, [PHOTOS / "Canon_40D.jpg"], pool=probe_pool)
    return path


def answer_prompt(window, qtbot, passphrase: str):
    qtbot.waitUntil(lambda: window.controller.passphrase_prompt is not None
                    and window.controller.passphrase_prompt.isVisible(), timeout=20_000)
    prompt = window.controller.passphrase_prompt
    window.controller.passphrase_prompt = None
    type_text(qtbot, prompt.field, passphrase)
    qtbot.mouseClick(prompt.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return prompt


def test_a_locked_case_asks_for_its_passphrase_again_after_a_wrong_one(window, qtbot, tmp_path):
    path = locked_case(tmp_path)
    window.open_case_path(path)
    first = answer_prompt(window, qtbot, "not the passphrase")
    assert not first.problem.isVisible()
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        second = answer_prompt(window, qtbot, PASSPHRASE)
        assert second.problem.isVisibleTo(second)  # "That passphrase does not open it"
    assert window.session.case.encrypted and window.session.case.title == "加密案件"
    assert window.hide_action.isEnabled()
    window.close_case()  # the welcome screen knows it for a locked case without asking anything
    recent = window.welcome.recent_model
    assert "locked with a passphrase" in recent.index(0).data()


def test_a_new_case_can_be_locked_from_the_start(window, qtbot, tmp_path):
    window.new_case()
    dialog = window.new_case_dialog
    dialog.folder_edit.setText(str(tmp_path))
    type_text(qtbot, dialog.title_edit, "Locked from the start")
    create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.lock_check, Qt.MouseButton.LeftButton)
    assert dialog.passphrase_fields.warning.isVisible() and "nobody can open" in dialog.passphrase_fields.warning.text()
    type_text(qtbot, dialog.passphrase_fields.first, PASSPHRASE)
    assert not create.isEnabled()  # not yet typed twice
    type_text(qtbot, dialog.passphrase_fields.second, PASSPHRASE)
    assert create.isEnabled()
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert window.session.case.encrypted and is_locked_with_passphrase(window.session.case.path)


def test_a_passphrase_set_from_the_file_menu_rewrites_and_reopens_the_case(window, qtbot, tmp_path):
    (tmp_path / "cases").mkdir()
    path = tmp_path / "cases" / "plain.refundcase"
    create_case(path, "Plain first").close()
    open_and_wait(window, qtbot, path)
    window.passphrase_action.trigger()
    dialog = window.passphrase_dialog
    type_text(qtbot, dialog.new.first, PASSPHRASE)
    type_text(qtbot, dialog.new.second, PASSPHRASE)
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert is_locked_with_passphrase(path) and window.session.case.title == "Plain first"
    assert sorted(p.name for p in path.parent.iterdir()) == ["plain.refundcase", "plain.refundcase.lock"]


def test_the_case_is_hidden_after_no_use_and_shown_again_with_its_passphrase(window, qtbot, tmp_path):
    path = locked_case(tmp_path)
    window.open_case_path(path)
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        answer_prompt(window, qtbot, PASSPHRASE)
    window.idle.start_ms(200)  # the same watch as the minutes chosen in File › Hide the case after no use
    qtbot.waitUntil(lambda: window.lock_screen is not None and window.lock_screen.isVisible(), timeout=10_000)
    screen = window.lock_screen
    assert not window.menuBar().isEnabled() and not window.workspace.isVisible()
    type_text(qtbot, screen.field, "wrong one")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert screen.problem.isVisible() and window.lock_screen is screen
    type_text(qtbot, screen.field, PASSPHRASE)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.lock_screen is None and window.workspace.isVisible() and window.menuBar().isEnabled()
    window.hide_action.trigger()  # Ctrl+L
    assert window.lock_screen is not None and window.lock_screen.isVisible()


def test_a_copy_opened_elsewhere_is_deleted_when_the_case_closes(window, qtbot, tmp_path, probe_pool, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    path = locked_case(tmp_path, probe_pool)
    window.open_case_path(path)
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        answer_prompt(window, qtbot, PASSPHRASE)
    window.show_page(EVIDENCE)
    view = window.workspace.evidence
    opened = []
    view.open_url = lambda url: opened.append(url.toLocalFile())
    view.current_view().selectAll()
    view.open_selected_elsewhere()
    box = view.message_box
    assert "unencrypted copy" in box.text() and box.checkBox() is None  # always asked
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Open), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    copy = opened[0]
    assert copy.startswith(str(decrypted.copies_dir()))
    assert open(copy, "rb").read() == (PHOTOS / "Canon_40D.jpg").read_bytes()
    window.close_case()
    assert not decrypted.copies_dir().exists()
    assert list(temp.iterdir()) == []
