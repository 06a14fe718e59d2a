"""The Letters page, driven as a user would: a new letter suggested for the next step and drafted
from the case, places to fill in that stand out and are asked about before copying or saving, a
form's fields each ready to paste, typing kept as versions with undo, drafting again with the
changes shown first, and marking a demand sent, which adds the event that moves the deadlines."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from desktop.core import deadlines
from desktop.core.lifecycle import create_case
from desktop.ui.common.commands import EditDetailsCommand
from desktop.ui.main_window import LETTERS, TIMELINE
from tests.helpers import open_and_wait, type_text

TODAY = date.today()
CLINIC = "悦颜医疗美容诊所"
DETAILS = {"clinic_name": CLINIC, "clinic_credit_code": "91310000MA1ABCDE2X", "amount_paid": "19800",
           "complainant_name": "李晓雯", "treatment": "鼻部透明质酸注射", "demand_kind": "full_refund",
           "demand_amount": "19800"}


@pytest.fixture
def case_path(tmp_path):
    path = tmp_path / "letters.refundcase"
    with create_case(path, "信函测试") as case:
        case.details.update({**DETAILS, "first_aware_date": (TODAY - timedelta(days=3 * 365 - 20)).isoformat()})
        case.timeline.add((TODAY - timedelta(days=3 * 365 - 10)).isoformat(), "付款 19,800 元", kind="payment")
    return path


def letters_page(window, qtbot, path):
    open_and_wait(window, qtbot, path)
    window.show_page(LETTERS)
    return window.workspace.letters


def new_letter(qtbot, view, kind: str, lang: str = "zh"):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_dialog
    assert dialog.isVisible()
    dialog.choose(kind)
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return view.current


def question(view) -> QMessageBox:
    box = view.message_box
    assert box is not None and box.isVisible()
    return box


def click_role(qtbot, box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_letter_is_suggested_for_the_next_step_and_drafted_from_the_case(window, qtbot, case_path):
    view = letters_page(window, qtbot, case_path)
    assert view.empty.isVisible() and view.model.rowCount() == 0
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_dialog
    first = dialog.model.index(0, 0)
    assert first.data().startswith("★") and dialog.kind() == "demand"  # a written demand comes first
    assert "written demand" in dialog.suggestion.text()
    assert "The clinic" in dialog.about.text()
    dialog.choose("complaint-12315")
    assert "field by field" in dialog.about.text()
    dialog.reject()

    letter = new_letter(qtbot, view, "demand", "en")
    assert view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(4)]
    assert row[0] == "Demand" and row[1] == letter["title"] and row[3] == "Draft"
    text = view.panel.editor.boxes[0].text()
    assert CLINIC in text and "RMB 19,800" in text and "李晓雯" in text
    assert "[fill in: clinic address]" in text  # the case holds no address: a visible place to fill in
    left = view.panel.editor.placeholders()
    assert left and view.panel.fill_bar.isVisible() and str(len(left)) in view.panel.fill_label.text()

    # "Go to the next one" selects the first place to fill in; typing over it leaves one fewer.
    qtbot.mouseClick(view.panel.next_fill_button, Qt.MouseButton.LeftButton)
    edit = view.panel.editor.boxes[0].edit
    assert edit.textCursor().selectedText() == left[0]
    type_text(qtbot, edit, "示例路 1 号")
    assert len(view.panel.editor.placeholders()) == len(left) - 1


def test_typing_is_kept_as_a_version_when_the_user_leaves_and_undo_takes_it_back(window, qtbot, case_path):
    view = letters_page(window, qtbot, case_path)
    letter = new_letter(qtbot, view, "statement", "zh")
    edit = view.panel.editor.boxes[0].edit
    original = edit.toPlainText()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(qtbot, edit, "补充：诊所曾口头承诺退款。")
    assert window.session.case.letters.get(letter["id"])["fields"][0]["text"] == original  # not yet
    view.table.setFocus()  # leaving the text keeps it
    kept = window.session.case.letters.get(letter["id"])["fields"][0]["text"]
    assert kept.endswith("补充：诊所曾口头承诺退款。")
    assert [v["origin"] for v in window.session.case.letters.versions(letter["id"])] == ["generated", "edited"]

    window.session.undo_stack.undo()
    assert edit.toPlainText() == original
    window.session.undo_stack.redo()
    assert edit.toPlainText() == kept

    # A deleted draft comes back with Undo.
    qtbot.mouseClick(view.panel.delete_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0 and view.empty.isVisible()
    window.session.undo_stack.undo()
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert view.panel.editor.boxes[0].text() == kept


def test_copying_or_saving_with_places_left_asks_first(window, qtbot, case_path, monkeypatch, tmp_path):
    view = letters_page(window, qtbot, case_path)
    new_letter(qtbot, view, "demand", "zh")
    clipboard = QApplication.clipboard()
    clipboard.setText("before")

    qtbot.mouseClick(view.panel.copy_button, Qt.MouseButton.LeftButton)
    box = question(view)
    assert "place(s) to fill in" in box.text()
    click_role(qtbot, box, QMessageBox.ButtonRole.RejectRole)  # go back and fill them in
    assert clipboard.text() == "before"
    assert view.panel.editor.boxes[0].edit.textCursor().selectedText().startswith("【请填写：")

    qtbot.mouseClick(view.panel.copy_button, Qt.MouseButton.LeftButton)
    click_role(qtbot, question(view), QMessageBox.ButtonRole.AcceptRole)  # copy as it is
    assert CLINIC in clipboard.text() and "19,800 元" in clipboard.text()

    target = tmp_path / "要求函.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(view.panel.pdf_button, Qt.MouseButton.LeftButton)
    click_role(qtbot, question(view), QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: target.exists() and view.message_box is not None
                    and "was saved" in view.message_box.text(), timeout=30_000)
    extracted = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert CLINIC in extracted and "【请填写：" in extracted
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded
    view.message_box.close()


def test_a_form_has_a_copy_button_and_a_character_count_for_each_field(window, qtbot, case_path):
    view = letters_page(window, qtbot, case_path)
    new_letter(qtbot, view, "complaint-12315", "zh")
    boxes = {box.key: box for box in view.panel.editor.boxes}
    assert len(boxes) >= 8 and all(box.copy_button.isVisible() and box.count.isVisible() for box in boxes.values())
    code = next(box for box in boxes.values() if box.text() == DETAILS["clinic_credit_code"])
    assert code.count.text() == "18 / 18 characters"
    qtbot.mouseClick(code.copy_button, Qt.MouseButton.LeftButton)  # nothing to fill in: copied at once
    assert QApplication.clipboard().text() == DETAILS["clinic_credit_code"]
    type_text(qtbot, code.edit, "9")
    assert code.count.text() == "19 / 18 characters" and "at most 18" in code.count.toolTip()


def test_drafting_again_shows_what_would_change_before_replacing(window, qtbot, case_path):
    view = letters_page(window, qtbot, case_path)
    letter = new_letter(qtbot, view, "demand", "zh")
    qtbot.mouseClick(view.panel.regenerate_button, Qt.MouseButton.LeftButton)
    assert "would change nothing" in question(view).text()
    view.message_box.close()

    window.session.push(EditDetailsCommand(window.session, {"clinic_address": "示例市中山路 188 号"}, "address"))
    qtbot.mouseClick(view.panel.regenerate_button, Qt.MouseButton.LeftButton)
    dialog = view.regenerate_dialog
    shown = dialog.changes.toPlainText()
    assert "【请填写：机构地址】" in shown and "示例市中山路 188 号" in shown
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert "示例市中山路 188 号" not in view.panel.editor.boxes[0].text()

    qtbot.mouseClick(view.panel.regenerate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.regenerate_dialog.replace_button, Qt.MouseButton.LeftButton)
    assert "示例市中山路 188 号" in view.panel.editor.boxes[0].text()
    versions = window.session.case.letters.versions(letter["id"])
    assert [v["origin"] for v in versions] == ["generated", "regenerated"]

    # Every version is there to go back to.
    qtbot.mouseClick(view.panel.versions_button, Qt.MouseButton.LeftButton)
    versions_dialog = view.versions_dialog
    assert versions_dialog.model.rowCount() == 2 and not versions_dialog.restore_button.isEnabled()
    versions_dialog.list.setCurrentIndex(versions_dialog.model.index(0, 0))
    assert "【请填写：机构地址】" in versions_dialog.text.toPlainText()
    qtbot.mouseClick(versions_dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "【请填写：机构地址】" in view.panel.editor.boxes[0].text()
    window.session.undo_stack.undo()
    assert "示例市中山路 188 号" in view.panel.editor.boxes[0].text()
    assert [v["origin"] for v in window.session.case.letters.versions(letter["id"])] == ["generated", "regenerated"]


def limitation(session):
    return deadlines.for_case(session.case, TODAY).limitation


def test_marking_a_demand_sent_freezes_it_adds_the_event_and_moves_the_deadline(window, qtbot, case_path):
    view = letters_page(window, qtbot, case_path)
    letter = new_letter(qtbot, view, "demand", "zh")
    before = limitation(window.session)
    assert 0 < before.days_left <= 30

    qtbot.mouseClick(view.panel.send_button, Qt.MouseButton.LeftButton)
    click_role(qtbot, question(view), QMessageBox.ButtonRole.AcceptRole)  # mark sent as it is
    dialog = view.send_dialog
    assert dialog.arrived_on is not None and dialog.arrived_on.value() is None
    assert dialog.mark_step.isVisible() and dialog.mark_step.isChecked()
    dialog.sent_on.setDate(dialog.sent_on.date().addDays(-3))
    type_text(qtbot, dialog.tracking, "EMS1180000000000")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    stored = window.session.case.letters.get(letter["id"])
    assert stored["status"] == "sent" and stored["tracking_no"] == "EMS1180000000000"
    assert view.model.index(0, 3).data() == "Sent"
    assert view.panel.editor.boxes[0].edit.isReadOnly() and not view.panel.send_button.isVisible()
    assert "arrived is not recorded" in view.panel.state.text() and view.panel.arrival_button.isVisible()
    event = window.session.case.timeline.get(stored["event_id"])
    assert (event["kind"], event["occurred_at"], event["title"]) == \
        ("demand", (TODAY - timedelta(days=3)).isoformat(), letter["title"])
    step = window.session.case.checklist.by_key("send-written-demand")
    assert step["status"] == "done"
    moved = limitation(window.session)
    assert moved.due > before.due + timedelta(days=365 * 2)  # three years again, from the day it was sent
    assert "demand-arrival-unknown" in moved.cautions

    # The day it arrived: the deadline counts from there, and the caution goes.
    qtbot.mouseClick(view.panel.arrival_button, Qt.MouseButton.LeftButton)
    arrival = view.arrival_dialog
    arrival.day.edit.setDate(arrival.day.edit.date().addDays(-1))
    qtbot.mouseClick(arrival.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    arrived = limitation(window.session)
    assert arrived.due > moved.due  # from the day it arrived, two days after it was sent
    assert "demand-arrival-unknown" not in arrived.cautions and not view.panel.arrival_button.isVisible()

    window.show_page(TIMELINE)
    assert window.workspace.timeline.model.rowCount() == 2

    # Undo: the arrival, then the whole sending (event, letter, step) as one step.
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert window.session.case.letters.get(letter["id"])["status"] == "draft"
    assert [e["kind"] for e in window.session.case.timeline.list()] == ["payment"]
    assert window.session.case.checklist.by_key("send-written-demand")["status"] == "todo"
    assert limitation(window.session).due == before.due


def test_a_read_only_case_shows_letters_but_changes_nothing(window, qtbot, tmp_path, built_sample):
    import shutil

    path = shutil.copy(built_sample, tmp_path / "ro.refundcase")
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        window.controller.open_path(path, read_only=True)
    window.show_page(LETTERS)
    view = window.workspace.letters
    assert view.model.rowCount() == 2 and not view.new_button.isEnabled()
    assert view.panel.editor.boxes[0].edit.isReadOnly()
    assert view.panel.copy_button.isEnabled() and view.panel.pdf_button.isEnabled()
