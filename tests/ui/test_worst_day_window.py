"""The worst day in the window: a case on a read-only stick opens read-only with a banner saying why
and offering a copy; a stick pulled while its case is open turns the window read-only with a plain
message, never a crash, and what was saved before is all still there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.core.lifecycle import create_case, open_case
from desktop.ui.common.commands import EditDetailsCommand
from desktop.ui.session import MEDIUM, VANISHED
from tests.helpers import open_and_wait


def test_a_case_on_a_read_only_stick_opens_read_only_with_a_banner_and_a_copy(window, qtbot, stick, tmp_path,
                                                                              monkeypatch, messages):
    path = stick.folder / "案件.refundcase"
    create_case(path, "只读 U 盘").close()
    stick.make_read_only()
    open_and_wait(window, qtbot, path)
    session = window.session
    assert session.read_only and session.read_only_reason == MEDIUM and messages == []  # no question asked
    banner = window.workspace.read_only_banner
    assert banner.isVisible() and "read-only disk" in banner.label.text()
    assert not window.import_action.isEnabled() and "Read-only" in window.saved_label.text()
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.controller.copied, timeout=20_000):
        qtbot.mouseClick(window.workspace.save_copy_button, Qt.MouseButton.LeftButton)
    with open_case(target.with_suffix(".refundcase"), read_only=True) as copy:
        assert copy.title == "只读 U 盘"


def test_a_stick_pulled_during_an_edit_turns_the_window_read_only_and_loses_nothing(window, qtbot, stick, tmp_path,
                                                                                   monkeypatch, messages):
    path = stick.folder / "case.refundcase"
    create_case(path, "before").close()
    open_and_wait(window, qtbot, path)
    session = window.session
    session.push(EditDetailsCommand(session, {"title": "saved before the stick went"}, "Title"))
    stick.pull()
    session.push(EditDetailsCommand(session, {"clinic_name": "never saved"}, "Clinic"))  # the next edit fails
    assert any("can no longer be reached" in text for _, _, text in messages)
    assert session.read_only and session.read_only_reason == VANISHED and session.undo_stack.count() == 0
    banner = window.workspace.read_only_banner
    assert banner.isVisible() and "can no longer be reached" in banner.label.text()
    # The copy is made through the connection still open to the file, so it holds every saved change.
    target = tmp_path / "rescued"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.controller.copied, timeout=20_000):
        qtbot.mouseClick(window.workspace.save_copy_button, Qt.MouseButton.LeftButton)
    with open_case(target.with_suffix(".refundcase"), read_only=True) as copy:
        assert copy.title == "saved before the stick went" and copy.details.get()["clinic_name"] == ""
    window.close_case()  # closing a case whose file is gone is quiet too
    assert window.session is None


def test_a_pulled_stick_is_noticed_without_an_edit(window, qtbot, stick):
    path = stick.folder / "case.refundcase"
    create_case(path, "watched").close()
    open_and_wait(window, qtbot, path)
    stick.pull()
    qtbot.waitUntil(lambda: window.session.read_only_reason == VANISHED, timeout=10_000)
    assert window.workspace.read_only_banner.isVisible()
