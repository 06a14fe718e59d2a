"""Deadlines, reminders, the settlement and licence checks, the playbook chooser and the playbook
update, driven through the window as a user would."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton

from desktop.core import guidance
from desktop.core.lifecycle import create_case, open_case
from desktop.ui.main_window import CHECKLIST, OVERVIEW, TIMELINE
from desktop.ui.welcome import NewCaseDialog
from tests.core.test_playbook_update import old_case, recorded
from tests.helpers import open_and_wait, type_text

TODAY = date.today()


def cards(window):
    return window.workspace.overview.summary.deadlines.cards


def test_the_overview_lists_every_deadline_soonest_first(window, qtbot, sample_copy):
    open_and_wait(window, qtbot, sample_copy)
    panel = window.workspace.overview.summary.deadlines
    assert all(not c.deadline.passed for c in cards(window))  # the dates that have passed wait behind a button
    [more] = [b for b in panel.findChildren(QPushButton) if b.text().startswith("Show the ")]
    assert more.text().startswith("Show the ") and "date(s) that have passed" in more.text()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    shown = cards(window)
    upcoming = [c.deadline for c in shown if not c.deadline.passed]
    passed = [c.deadline for c in shown if c.deadline.passed]
    assert upcoming and passed and f"{len(passed)} date(s)" in more.text()
    assert [d.due for d in upcoming] == sorted(d.due for d in upcoming)  # soonest first
    assert shown[:len(upcoming)] == [c for c in shown if not c.deadline.passed]  # then the dates that passed
    rules = {c.deadline.rule for c in shown}
    assert {"limitation", "rescission-fraud", "complaint-cutoff-12315", "authority-handling", "demand-reply",
            "prepaid-refund"} <= rules
    limitation = next(c for c in shown if c.deadline.rule == "limitation")
    assert "days left" in limitation.when.text() and "statute text read" in limitation.source.text()
    cutoff = next(c for c in shown if c.deadline.rule == "complaint-cutoff-12315")
    assert "secondary source, not the official text" in cutoff.source.text()
    refund = next(c for c in shown if c.deadline.rule == "prepaid-refund")
    assert "this date has passed" in refund.when.text() and refund.deadline.passed_meaning("en") in refund.basis.text()

    # A link on each card opens the step it belongs to.
    limitation.step_link.linkActivated.emit("step")
    assert window.workspace.page() == CHECKLIST
    step = window.workspace.checklist.detail.current_step()
    assert "limitation" in window.workspace.checklist.model.definition(step).deadlines


def test_a_deadline_within_30_days_stands_out_and_editing_the_case_moves_it(window, qtbot, tmp_path):
    path = tmp_path / "soon.refundcase"
    with create_case(path, "soon") as case:
        case.details.update({"first_aware_date": (TODAY - timedelta(days=3 * 365 - 20)).isoformat()})
    open_and_wait(window, qtbot, path)
    [limitation] = [c for c in cards(window) if c.deadline.rule == "limitation"]
    assert limitation.soon and 0 < limitation.deadline.days_left <= 30
    # A demand that arrived starts the three years again: the overview follows at once.
    window.show_page(TIMELINE)
    timeline = window.workspace.timeline
    timeline.add_event()
    dialog = timeline.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("demand"))
    assert dialog.arrived.isVisible() and dialog.reply_by.isVisible() and not dialog.body.isVisible()
    dialog.date.setDate(dialog.date.date().addDays(-5))
    dialog.arrived.check.click()
    dialog.arrived.edit.setDate(dialog.date.date().addDays(2))
    type_text(qtbot, dialog.title, "寄出要求函")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    [limitation] = [c for c in cards(window) if c.deadline.rule == "limitation"]
    assert not limitation.soon and limitation.deadline.days_left > 3 * 365 - 10
    assert "寄出要求函" in limitation.basis.text()
    window.session.undo_stack.undo()
    assert [c for c in cards(window) if c.deadline.rule == "limitation"][0].soon


def test_a_notice_names_what_is_due_within_a_week_when_a_case_opens(window, qtbot, tmp_path):
    path = tmp_path / "due.refundcase"
    with create_case(path, "due") as case:
        case.timeline.add((TODAY - timedelta(days=1)).isoformat(), "付款 19,800 元", kind="payment")
    open_and_wait(window, qtbot, path)
    banner = window.workspace.reminder_banner
    assert banner is not None and banner.isVisible()
    assert banner.label.text().startswith("Coming up within a week:")
    assert "Refund of a prepayment within 7 days" in banner.label.text()
    window.show_page(TIMELINE)
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert window.workspace.page() == OVERVIEW and not banner.isVisible()


def test_the_welcome_screen_names_what_is_due_in_recent_cases(qtbot, qapp, app_data, tmp_path, compiled_translations):
    from desktop.ui.app_setup import Languages
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    path = tmp_path / "due.refundcase"
    with create_case(path, "健身卡退款") as case:
        case.timeline.add(TODAY.isoformat(), "付款", kind="payment")
    settings = AppSettings(app_data / "settings.ini")
    settings.add_recent(path)
    languages = Languages(qapp)
    languages.apply("en")
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.welcome.reminders.isVisible(), timeout=20_000)
    text = window.welcome.reminders.text()
    assert "健身卡退款 (due.refundcase)" in text and "Refund of a prepayment within 7 days" in text
    window.close()
    assert not window.controller.busy


def test_a_settlement_offer_is_checked_before_it_is_marked_accepted(window, qtbot, sample_copy, monkeypatch):
    open_and_wait(window, qtbot, sample_copy)
    window.show_page(TIMELINE)
    timeline = window.workspace.timeline
    timeline.add_event()
    dialog = timeline.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("settlement-offer"))
    assert dialog.settlement.isVisible() and not dialog.arrived.isVisible()
    type_text(qtbot, dialog.title, "诊所提出退 8000 元")
    type_text(qtbot, dialog.settlement.editors["amount"], "8000 元")
    waiver = dialog.settlement.editors["waiver"]
    waiver.setCurrentIndex(waiver.findData("yes"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    [offer] = [e for e in window.session.case.timeline.list() if e["kind"] == "settlement-offer"]
    assert offer["checks"] == {"amount": "8000 元", "waiver": "yes"}
    row = timeline.model.row_of(offer["id"])
    assert timeline.model.index(row, timeline.model.TITLE).data().startswith("⚠ ")
    assert "give up any further claim" in timeline.model.index(row, timeline.model.TITLE).data(
        Qt.ItemDataRole.ToolTipRole)

    timeline.show_item(offer["id"])
    assert timeline.accept_button.isVisible() and timeline.accept_button.isEnabled()
    qtbot.mouseClick(timeline.accept_button, Qt.MouseButton.LeftButton)
    box = timeline.message_box
    assert box.isVisible()
    for worry in ("There is no date for the payment.", "You would give up claims you may still have",
                  "Without the clinic's company seal"):
        assert worry in box.text()
    record = next(b for b in box.buttons() if b.text() == "Record it as signed…")
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    signed = timeline.dialog
    assert signed.kind.currentData() == "settlement-signed"
    assert signed.body.isVisible()  # where it was signed: a people's mediation agreement can be confirmed
    signed.body.setCurrentIndex(signed.body.findData("people"))
    qtbot.mouseClick(signed.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    rules = [c.deadline.rule for c in cards(window)]
    assert "settlement-rescission" in rules and "mediation-confirmation" in rules


def test_a_licence_problem_makes_the_health_commission_the_first_complaint(window, qtbot, sample_copy):
    open_and_wait(window, qtbot, sample_copy)
    case = window.session.case
    for step in case.checklist.list():
        if step["step_key"] not in ("complain-12315", "complain-health-commission") and step["status"] in guidance.OPEN:
            case.checklist.update(step["id"], {"status": "done"})
    window.close_case()
    open_and_wait(window, qtbot, sample_copy)
    case = window.session.case
    assert guidance.next_step(case)["step_key"] == "complain-12315"
    combo = window.workspace.overview.form.editors["licence_scope"]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("no"))
    combo.activated.emit(combo.currentIndex())  # what choosing an entry with the mouse does
    assert window.session.case.details.get()["licence_scope"] == "no"
    summary = window.workspace.overview.summary
    assert summary.next_label.text() == "Next step: Complain to the health authority"
    checklist = window.workspace.checklist
    step = case.checklist.by_key("complain-health-commission")
    title = checklist.model.index_of(step["id"]).data()
    assert title.endswith("★")
    checklist.show_item(step["id"])
    assert "Recommended first: your licence check found a problem." in checklist.detail.situation.text()


def test_a_new_case_is_made_with_the_chosen_playbook(window, qtbot, tmp_path):
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NewCaseDialog)
    qtbot.waitUntil(dialog.isVisible)
    combo = dialog.playbook_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["cn-medical-aesthetic", "cn-prepaid-services"]
    combo.setCurrentIndex(1)
    assert "gym" in dialog.playbook_help.text()
    type_text(qtbot, dialog.title_edit, "健身卡退款")
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert window.session.case.playbook_id == "cn-prepaid-services"
    assert window.workspace.checklist.model.playbook.id == "cn-prepaid-services"


def test_a_case_made_with_the_old_playbook_is_updated_only_when_asked(window, qtbot, tmp_path):
    path = tmp_path / "old.refundcase"
    old_case(path)
    open_and_wait(window, qtbot, path)
    window.show_page(CHECKLIST)
    checklist = window.workspace.checklist
    with open_case(path, read_only=True) as reader:
        before = recorded(reader)
    assert checklist.update_banner.isVisible()
    assert checklist.model.playbook.version == 1  # the steps show the guidance they were made with
    qtbot.mouseClick(checklist.update_banner.button, Qt.MouseButton.LeftButton)
    dialog = checklist.update_dialog
    assert "New steps" in dialog.text.text() and "Every status, date, note and link" in dialog.text.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert window.session.case.details.playbook_version == 1  # "Not now" changed nothing

    qtbot.mouseClick(checklist.update_banner.button, Qt.MouseButton.LeftButton)
    dialog = checklist.update_dialog
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    case = window.session.case
    assert case.details.playbook_version == checklist.model.playbook.version > 1
    assert not checklist.update_banner.isVisible()
    after = recorded(case)
    assert all(after[key] == values for key, values in before.items())
    assert window.undo_action.text() == "Undo Update the steps to the current guidance"
    window.undo_action.trigger()
    assert recorded(case) == before and checklist.update_banner.isVisible()


def test_the_deadlines_go_to_a_calendar_file(window, qtbot, sample_copy, tmp_path, monkeypatch, messages):
    open_and_wait(window, qtbot, sample_copy)
    target = tmp_path / "my deadlines"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    panel = window.workspace.overview.summary.deadlines
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    saved = target.with_name("my deadlines.ics")
    assert saved.read_bytes().startswith(b"BEGIN:VCALENDAR")
    kind, _title, text = messages[-1]
    upcoming = sum(1 for c in cards(window) if not c.deadline.passed)
    assert kind == "information" and text.startswith(f"{upcoming} deadlines were saved in {saved}")
