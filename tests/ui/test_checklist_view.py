"""The Checklist page driven like a user would: status combo, notes, dates, drops, language."""

from __future__ import annotations

from contextlib import closing
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.checklist.model import ChecklistModel
from desktop.ui.checklist.view import ChecklistView
from desktop.ui.common.commands import EditEvidenceCommand
from desktop.ui.common.language import UI_LANGUAGE_PROPERTY
from desktop.ui.common.mime import evidence_mime
from tests.helpers import PDFS, PHOTOS, add_event, import_into, send_drop, show_on_screen


def step_on_disk(case, step_id: int) -> dict:
    """The step as another connection reads it from the case file."""
    with closing(case.secondary(read_only=True)) as other:
        return other.checklist.get(step_id)


@pytest.fixture
def view(session, qtbot):
    return show_on_screen(qtbot, ChecklistView(session))


@pytest.fixture
def english(qapp):
    # The language follows QLocale here: a window test before this one may have left a chosen language.
    chosen = qapp.property(UI_LANGUAGE_PROPERTY)
    qapp.setProperty(UI_LANGUAGE_PROPERTY, "")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qapp.setProperty(UI_LANGUAGE_PROPERTY, chosen)


def select(view, qtbot, step_key: str) -> dict:
    """Click the step's row in the list."""
    step = view.session.case.checklist.by_key(step_key)
    index = view.model.index_of(step["id"])
    view.tree.scrollTo(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=view.tree.visualRect(index).center())
    assert view.selected_step_id() == step["id"]
    return step


def test_progress_guidance_and_sources_are_shown(view, session, qtbot, english):
    settled, total = session.case.checklist.progress()
    assert (settled, total) == (0, 25)
    assert view.progress_label.text() == "0 of 25 steps settled"
    assert "guidance, not legal advice" in view.guidance.text()
    assert "2 Dec 2026" in view.guidance.text()  # the playbook's "rules as of" date
    assert "not legal advice" in view.detail.disclaimer.text()
    select(view, qtbot, "keep-evidence")  # statute texts only
    assert "Civil Proceedings" in view.detail.sources.text()
    assert "statute text read" in view.detail.sources.text()
    assert "secondary source" not in view.detail.sources.text()
    assert view.detail.rule_warning.isHidden()
    select(view, qtbot, "check-settlement")  # cites SAMR Order No. 121 from a secondary source
    assert "Order No. 121), art. 16 — <i>secondary source, not the official text</i>" in view.detail.sources.text()
    assert not view.detail.rule_warning.isHidden()
    assert "Check the current rule." in view.detail.rule_warning.text()
    select(view, qtbot, "check-licence")  # one of its sources could not be confirmed
    assert "<i>could not be confirmed</i>" in view.detail.sources.text()


def test_status_done_fills_done_on_and_undo_restores(view, session, qtbot, english):
    step = select(view, qtbot, "read-contract")
    combo = view.detail.status
    combo.setFocus()
    qtbot.keyClicks(combo, "Done")
    assert combo.currentData() == "done"
    stored = step_on_disk(session.case, step["id"])
    assert (stored["status"], stored["done_on"]) == ("done", date.today().isoformat())
    assert view.detail.done.value() == date.today().isoformat()
    assert session.undo_stack.undoText() == "Mark “Read your contract and its refund clause” as Done"
    settled, total = session.case.checklist.progress()
    assert settled == 1 and view.progress.value() == 1

    session.undo_stack.undo()
    stored = step_on_disk(session.case, step["id"])
    assert (stored["status"], stored["done_on"]) == ("todo", None)
    assert combo.currentData() == "todo" and view.detail.done.value() is None
    session.undo_stack.redo()
    assert step_on_disk(session.case, step["id"])["status"] == "done"


def test_outcome_notes_are_committed_and_undoable(view, session, qtbot, english):
    step = select(view, qtbot, "negotiate")
    notes = view.detail.outcome
    notes.setFocus()
    qtbot.keyClicks(notes, "Manager offered 30 percent")
    qtbot.waitUntil(lambda: step_on_disk(session.case, step["id"])["outcome"] == "Manager offered 30 percent",
                    timeout=5000)
    assert session.undo_stack.count() == 1  # the typing is one undo step
    assert session.undo_stack.undoText().startswith("Edit notes of")
    session.undo_stack.undo()
    assert step_on_disk(session.case, step["id"])["outcome"] == ""
    assert notes.toPlainText() == ""


def test_started_date_can_be_set_and_cleared(view, session, qtbot, english):
    step = select(view, qtbot, "send-written-demand")
    started = view.detail.started
    assert started.edit.text() == "not set"
    qtbot.mouseClick(started.check, Qt.MouseButton.LeftButton)
    assert step_on_disk(session.case, step["id"])["started_on"] == date.today().isoformat()
    qtbot.mouseClick(started.check, Qt.MouseButton.LeftButton)
    assert step_on_disk(session.case, step["id"])["started_on"] is None
    session.undo_stack.undo()
    assert step_on_disk(session.case, step["id"])["started_on"] == date.today().isoformat()


def test_needed_evidence_flips_from_missing_to_present(view, session, qtbot, english):
    select(view, qtbot, "read-contract")
    assert "Contract: missing" in view.detail.needs.text()
    [outcome] = import_into(session, [PDFS / "google-doc.pdf"])
    assert outcome.status == "stored"
    assert "Contract: missing" in view.detail.needs.text()  # imported as "other" so far
    evidence_id = session.case.evidence.list()[0]["id"]
    session.push(EditEvidenceCommand(session, [evidence_id], {"category": "contract"}, "Set category"))
    assert "✓ Contract: 1 in the case" in view.detail.needs.text()
    assert "Contract: missing" not in view.detail.needs.text()
    session.undo_stack.undo()
    assert "Contract: missing" in view.detail.needs.text()


def test_link_and_unlink_evidence_by_drop_with_undo(view, session, qtbot, english):
    case = session.case
    import_into(session, [PHOTOS / "Canon_40D.jpg", PHOTOS / "Nikon_D70.jpg"])
    first, second = (item["id"] for item in case.evidence.list())
    step = case.checklist.by_key("keep-evidence")
    index = view.model.index_of(step["id"])
    view.tree.scrollTo(index)
    mime = evidence_mime([first, second])  # the events do not own it: keep it alive
    pos = view.tree.visualRect(index).center()
    assert send_drop(view.tree.viewport(), mime, pos, Qt.DropAction.LinkAction)
    assert sorted(step_on_disk(case, step["id"])["evidence_ids"]) == [first, second]
    assert view.selected_step_id() == step["id"]
    assert [text for _, text in view.detail.evidence_model.rows()] == ["E1  Canon_40D", "E2  Nikon_D70"]

    session.undo_stack.undo()
    assert step_on_disk(case, step["id"])["evidence_ids"] == []
    session.undo_stack.redo()
    assert sorted(step_on_disk(case, step["id"])["evidence_ids"]) == [first, second]

    # Unlink the first one through the list and its button.
    evidence_list = view.detail.evidence_list
    evidence_list.setCurrentIndex(view.detail.evidence_model.index(0))
    qtbot.mouseClick(view.detail.unlink_evidence_button, Qt.MouseButton.LeftButton)
    assert step_on_disk(case, step["id"])["evidence_ids"] == [second]
    session.undo_stack.undo()
    assert sorted(step_on_disk(case, step["id"])["evidence_ids"]) == [first, second]


def test_link_events_through_the_chooser(view, session, qtbot, english):
    case = session.case
    event_id = add_event(session, "2026-03-02", "Demand sent", kind="demand")
    session.undo_stack.clear()
    step = select(view, qtbot, "send-written-demand")
    qtbot.mouseClick(view.detail.link_events_button, Qt.MouseButton.LeftButton)
    chooser = view.chooser
    assert chooser is not None
    chooser.model.setData(chooser.model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(chooser.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert step_on_disk(case, step["id"])["event_ids"] == [event_id]
    assert view.detail.events_model.rows() == [(event_id, "2 Mar 2026  Demand sent")]
    session.undo_stack.undo()
    assert step_on_disk(case, step["id"])["event_ids"] == []


def test_retranslate_to_chinese_shows_the_playbook_in_chinese(view, session, english):
    step = session.case.checklist.by_key("read-contract")
    view.show_item(step["id"])
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    view.retranslate()
    title = view.model.index_of(step["id"], ChecklistModel.TITLE).data()
    assert title == "1. 仔细阅读合同和退款条款"
    assert view.detail.title.text() == "1. 仔细阅读合同和退款条款"
    assert "消费者权益保护法" in view.detail.sources.text()
    assert view.heading.text() == "医疗美容机构退款与赔偿维权指引（中国）"
    assert view.detail.status.currentText() == "待办"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    view.retranslate()
    assert view.model.index_of(step["id"]).data() == "1. Read your contract and its refund clause"
