"""Every kind of edit, run as a command, undone and redone, with every view of an open case watching.

The views follow only what the core reports back through the session (the one change path); the
test emits no signal. After each step, what the live views show is compared with what views
built fresh from the case file show: if a view missed a change, the two differ."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from desktop.ui.common.commands import (
    AddEventCommand,
    CreateLetterCommand,
    DeleteEventCommand,
    DeleteLetterCommand,
    EditDetailsCommand,
    EditEvidenceCommand,
    EditLetterCommand,
    LinkCommand,
    ReorderEvidenceCommand,
    TrashEvidenceCommand,
    UpdateStepCommand,
    edit_event_command,
    links_command,
    send_letter_command,
)
from desktop.ui.workspace import CaseWorkspace
from tests.helpers import PDFS, PHOTOS, add_event, import_into, show_on_screen


def model_text(model, parent=QModelIndex()) -> list:
    """Everything a model shows (display text, row by row, children included)."""
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    rows = []
    for row in range(model.rowCount(parent)):
        first = model.index(row, 0, parent)
        cells = [model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole) for column in range(columns)]
        rows.append((cells, model_text(model, first) if model.rowCount(first) else []))
    return rows


def what_the_views_show(workspace: CaseWorkspace) -> dict:
    overview, evidence, timeline, checklist, letters = workspace.views()
    summary = overview.summary
    timeline.chart.fit_all()  # the range the user looks at may exclude new events: count them all
    return {
        "overview form": {field: overview.form.editor_value(field) for field in overview.form.editors},
        "overview summary": [label.text() for label in (summary.steps_label, summary.next_label, summary.missing_label,
                                                        summary.evidence_label, summary.categories_label,
                                                        summary.deadlines.missing)],
        "deadlines": [(card.when.text(), card.title.text(), card.basis.text()) for card in summary.deadlines.cards],
        "evidence": model_text(evidence.model),
        "evidence count": evidence.count_label.text(),
        "evidence item shown": (evidence.fields.title_edit.text(), evidence.fields.category_combo.currentText()),
        "trash": model_text(evidence.trash_dialog.model),
        "timeline": model_text(timeline.model),
        "timeline markers": timeline.chart.marker_count(),
        "photo suggestions": timeline.banner.suggestions(),
        "timeline evidence panel": model_text(timeline.evidence_panel.model),
        "checklist": model_text(checklist.model),
        "checklist progress": (checklist.progress_label.text(), checklist.next_label.text()),
        "step shown": (checklist.detail.title.text(), checklist.detail.status.currentText(),
                       checklist.detail.outcome.toPlainText(), checklist.detail.evidence_model.rows(),
                       checklist.detail.events_model.rows()),
        "checklist evidence panel": model_text(checklist.evidence_panel.model),
        "letters": model_text(letters.model),
        "letter shown": (letters.panel.title.text(), letters.panel.state.text(),
                         [box.text() for box in letters.panel.editor.boxes], letters.panel.fill_label.text()),
    }


def show(qtbot, session) -> CaseWorkspace:
    """A workspace over the case, with the trash listed and the step the edits touch shown."""
    workspace = show_on_screen(qtbot, CaseWorkspace(session))
    workspace.evidence.show_trash()
    workspace.evidence.trash_dialog.hide()
    workspace.checklist.show_item(session.case.checklist.by_key("send-written-demand")["id"])
    workspace.evidence.show_item(min(item["id"] for item in session.case.evidence.list()))
    return workspace


@pytest.fixture
def case_with_links(session, probe_pool):
    """Three items; two events, the first citing E2; a step citing E2 and the first event."""
    import_into(session, [PHOTOS / "Canon_40D.jpg", PHOTOS / "Nikon_D70.jpg", PDFS / "google-doc.pdf"], probe_pool)
    e1, e2, e3 = (item["id"] for item in session.case.evidence.list())
    first = add_event(session, "2026-03-02", "Treatment 治疗", kind="treatment", evidence_ids=[e2])
    second = add_event(session, "2026-04-10", "Demand sent 寄出要求函", kind="demand")
    step = session.case.checklist.by_key("send-written-demand")["id"]
    session.push(links_command(session, "step", step, "evidence", "setup", [e2], []))
    session.push(LinkCommand(session, "step", step, "event", [first]))
    letter = CreateLetterCommand(session, "demand", "zh", "退款及赔偿要求函", fields("致：诊所\n地址：【请填写：机构地址】"),
                                 "New letter")
    session.push(letter)
    session.undo_stack.clear()
    return {"e1": e1, "e2": e2, "e3": e3, "first": first, "second": second, "step": step,
            "letter": letter.letter_id}


def fields(text: str) -> list[dict]:
    return [{"key": "body", "label": "信函", "text": text, "limit": 0}]


EDITS = {
    "case details": lambda s, ids: EditDetailsCommand(
        s, {"clinic_name": "新悦颜诊所", "first_aware_date": "2026-02-01", "title": "我的案件"}, "Edit details"),
    "evidence fields": lambda s, ids: EditEvidenceCommand(
        s, [ids["e1"], ids["e3"]], {"category": "contract", "title": "合同 contract"}, "Edit two items"),
    "exhibit order": lambda s, ids: ReorderEvidenceCommand(s, [ids["e3"], ids["e1"], ids["e2"]], "Reorder"),
    "trash a linked item": lambda s, ids: TrashEvidenceCommand(s, [ids["e2"]], "Trash E2"),
    "link evidence to an event": lambda s, ids: LinkCommand(s, "event", ids["second"], "evidence",
                                                            [ids["e1"], ids["e3"]], "Link"),
    "link evidence to a step": lambda s, ids: LinkCommand(s, "step", ids["step"], "evidence", [ids["e3"]], "Link"),
    "link an event to a step": lambda s, ids: LinkCommand(s, "step", ids["step"], "event", [ids["second"]], "Link"),
    "relink a step's evidence": lambda s, ids: links_command(s, "step", ids["step"], "evidence", "Relink",
                                                            [ids["e1"]], [ids["e2"]]),
    "add an event": lambda s, ids: AddEventCommand(s, {"occurred_at": "2026-01-15", "title": "Consultation 咨询",
                                                       "kind": "consultation", "precision": "day"}, [ids["e1"]]),
    "edit an event and its links": lambda s, ids: edit_event_command(
        s, ids["first"], "Treatment", {"occurred_at": "2026-05-20", "title": "Second treatment 复诊"},
        [ids["e1"]], [ids["e2"]]),
    "delete an event a step cites": lambda s, ids: DeleteEventCommand(s, ids["first"], "Treatment"),
    "step status": lambda s, ids: UpdateStepCommand(s, ids["step"], {"status": "done", "done_on": "2026-04-11",
                                                                     "outcome": "寄出 EMS"}, "Mark done"),
    "new letter": lambda s, ids: CreateLetterCommand(s, "complaint-12315", "en", "Complaint", [
        {"key": "name", "label": "Your name", "text": "Li", "limit": 0}], "New letter"),
    "edit a letter": lambda s, ids: EditLetterCommand(s, ids["letter"], fields("致：诊所\n地址：中山路 188 号"), "Edit"),
    "send a letter": lambda s, ids: send_letter_command(
        s, ids["letter"], {"sent_on": "2026-04-12", "method": "courier", "tracking_no": "SF123",
                           "receipt_evidence_id": ids["e3"]},
        {"occurred_at": "2026-04-12", "precision": "day", "kind": "demand", "title": "退款及赔偿要求函",
         "description": "快递", "body": "", "arrived_on": None, "reply_by": "2026-04-27"}, [ids["e3"]], "Send"),
    "delete a letter": lambda s, ids: DeleteLetterCommand(s, ids["letter"], "Delete"),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_every_view_shows_each_edit_its_undo_and_its_redo(qtbot, session, case_with_links, edit):
    live = show(qtbot, session)

    def fresh() -> dict:
        built = show(qtbot, session)
        if live.letters.current is not None:  # the live page keeps the letter the user chose
            built.letters.show_item(live.letters.current["id"])
        try:
            return what_the_views_show(built)
        finally:
            built.close()
            built.deleteLater()

    before = what_the_views_show(live)
    assert before == fresh()
    session.push(EDITS[edit](session, case_with_links))
    after = what_the_views_show(live)
    assert after != before, "the edit changed nothing the user can see"
    assert after == fresh()
    session.undo_stack.undo()
    assert what_the_views_show(live) == before == fresh()
    session.undo_stack.redo()
    assert what_the_views_show(live) == after == fresh()


def test_restoring_from_the_trash_and_emptying_it(qtbot, session, case_with_links):
    ids = case_with_links
    session.push(TrashEvidenceCommand(session, [ids["e2"]], "Trash E2"))
    session.undo_stack.clear()
    live = show(qtbot, session)
    trashed = what_the_views_show(live)
    assert len(trashed["trash"]) == 1 and len(trashed["evidence"]) == 2

    session.push(TrashEvidenceCommand(session, [ids["e2"]], "Restore", restore=True))
    restored = what_the_views_show(live)
    assert restored["trash"] == [] and [row[0][0] for row in restored["evidence"]] == ["E1", "E2", "E3"]
    assert restored["timeline"][0][0][3] == "E2"  # the event cites it again, under its number
    session.undo_stack.undo()
    assert what_the_views_show(live) == trashed

    live.evidence.trash_dialog.empty_now()  # emptying is permanent, confirmed in the dialog, not undoable
    emptied = what_the_views_show(live)
    assert emptied["trash"] == [] and len(emptied["evidence"]) == 2
    assert not session.undo_stack.canUndo()
    built = show(qtbot, session)
    assert what_the_views_show(built) == emptied
