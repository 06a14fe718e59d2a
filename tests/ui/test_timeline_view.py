"""The Timeline page driven like a user would: dialog typing, undo/redo, drops, chart clicks."""

from __future__ import annotations

from contextlib import closing

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.changes import EVERYTHING
from desktop.ui.common.mime import evidence_mime
from desktop.ui.timeline.model import TimelineModel
from desktop.ui.timeline.view import TimelineView
from tests.helpers import PHOTOS, add_event, import_into, send_drop, show_on_screen


def on_disk(case) -> list[dict]:
    """The events as another connection reads them from the case file."""
    with closing(case.secondary(read_only=True)) as other:
        return other.timeline.list()


@pytest.fixture
def view(session, qtbot):
    return show_on_screen(qtbot, TimelineView(session))


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def drop(widget, pos: QPoint, evidence_ids: list[int]) -> bool:
    """Drop dragged evidence at pos; True if the widget accepted it."""
    mime = evidence_mime(evidence_ids)  # the events do not own it: keep it alive while they are sent
    return send_drop(widget, mime, pos, Qt.DropAction.LinkAction)


def test_add_event_by_typing_in_the_dialog(view, session, qtbot):
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a title is required
    dialog.date.setFocus()
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "2026-03-02")
    qtbot.keyClicks(dialog.title, "First consultation")
    dialog.kind.setCurrentIndex(dialog.kind.findData("consultation"))
    click_ok(qtbot, dialog)

    assert view.model.rowCount() == 1
    index = view.model.index(0, TimelineModel.TITLE)
    assert index.data() == "First consultation"
    assert view.model.index(0, TimelineModel.DATE).data() == "2 Mar 2026"
    assert view.model.index(0, TimelineModel.KIND).data() == "Consultation"
    [stored] = on_disk(session.case)
    assert (stored["occurred_at"], stored["precision"], stored["kind"]) == ("2026-03-02", "day", "consultation")
    assert session.undo_stack.undoText() == "Add event “First consultation”"
    assert view.selected_event_id() == stored["id"]

    session.undo_stack.undo()
    assert on_disk(session.case) == [] and view.model.rowCount() == 0
    session.undo_stack.redo()
    assert [e["id"] for e in on_disk(session.case)] == [stored["id"]]


def test_edit_and_delete_with_undo_and_redo(view, session, qtbot):
    case = session.case
    import_into(session, [PHOTOS / "Canon_40D.jpg"])
    photo_id = case.evidence.list()[0]["id"]
    event_id = add_event(session, "2026-03-02", "Treatment", kind="treatment", evidence_ids=[photo_id])
    session.undo_stack.clear()
    assert view.model.index(0, TimelineModel.EVIDENCE).data() == "E1"

    view.show_item(event_id)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.title.text() == "Treatment"
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Second treatment")
    dialog.precision.setCurrentIndex(dialog.precision.findData("approximate"))
    click_ok(qtbot, dialog)
    assert session.undo_stack.undoText() == "Edit event “Second treatment”"
    [stored] = on_disk(case)
    assert (stored["title"], stored["precision"]) == ("Second treatment", "approximate")
    assert view.model.index(0, TimelineModel.DATE).data() == "about 2 Mar 2026"

    session.undo_stack.undo()
    [stored] = on_disk(case)
    assert (stored["title"], stored["precision"]) == ("Treatment", "day")
    session.undo_stack.redo()
    assert on_disk(case)[0]["title"] == "Second treatment"

    # Delete with the Delete key on the focused list; undo brings back the same id and its evidence.
    view.show_item(event_id)
    view.activateWindow()
    qtbot.waitUntil(lambda: view.table.hasFocus())
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert on_disk(case) == [] and view.model.rowCount() == 0
    assert session.undo_stack.undoText() == "Delete event “Second treatment”"
    session.undo_stack.undo()
    [restored] = on_disk(case)
    assert (restored["id"], restored["title"], restored["evidence_ids"]) == (event_id, "Second treatment", [photo_id])
    session.undo_stack.redo()
    assert on_disk(case) == []


def test_dropping_evidence_onto_an_event_row_links_it(view, session, qtbot):
    case = session.case
    import_into(session, [PHOTOS / "Nikon_D70.jpg", PHOTOS / "Pentax_K10D.jpg"])
    first, second = (item["id"] for item in case.evidence.list())
    add_event(session, "2026-01-10", "Consultation", kind="consultation")
    target = add_event(session, "2026-02-10", "Payment", kind="payment", evidence_ids=[first])
    session.undo_stack.clear()

    row = view.model.row_of(target)
    rect = view.table.visualRect(view.model.index(row, TimelineModel.TITLE))
    assert drop(view.table.viewport(), rect.center(), [first, second])
    assert on_disk(case)[1]["evidence_ids"] == [first, second]
    assert view.model.index(row, TimelineModel.EVIDENCE).data() == "E1, E2"
    assert session.undo_stack.undoText() == "Link an evidence item to “Payment”"  # only the new one

    session.undo_stack.undo()
    assert on_disk(case)[1]["evidence_ids"] == [first]  # the earlier link stays
    session.undo_stack.redo()
    assert on_disk(case)[1]["evidence_ids"] == [first, second]


def test_chart_has_a_marker_per_event_and_a_click_selects_it(view, session, qtbot):
    case = session.case
    ids = [add_event(session, day, title, kind=kind) for day, title, kind in [
        ("2026-01-05", "Consultation", "consultation"), ("2026-01-20", "Paid", "payment"),
        ("2026-02-14", "Treatment", "treatment"), ("2026-03-01", "Swelling", "complication")]]
    chart = view.chart
    chart.fit_all()
    assert chart.marker_count() == 4
    for event_id in ids:
        center = chart.marker_rect(event_id).center().toPoint()
        assert chart.event_at(center) == event_id
    target = ids[2]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.marker_rect(target).center().toPoint())
    assert view.selected_event_id() == target
    assert chart.selected() == target
    assert "Treatment" in chart.tooltip_for(target)

    # ...and selecting in the list highlights the marker.
    view.table.selectRow(view.model.row_of(ids[0]))
    assert chart.selected() == ids[0]

    # Dropping evidence on a marker links it too.
    import_into(session, [PHOTOS / "Canon_40D.jpg"])
    photo = case.evidence.list()[0]["id"]
    assert drop(chart, chart.marker_rect(ids[3]).center().toPoint(), [photo])
    assert case.timeline.get(ids[3])["evidence_ids"] == [photo]


def test_photo_suggestion_adds_an_event_linked_to_the_photos(view, session, qtbot):
    case = session.case
    import_into(session, [PHOTOS / "gps_DSCN0010.jpg", PHOTOS / "gps_DSCN0021.jpg", PHOTOS / "Nikon_D70.jpg"])
    banner = view.banner
    assert banner.isVisible()
    same_day = next(s for s in banner.suggestions() if s["count"] == 2)
    while banner.current()["day"] != same_day["day"]:
        qtbot.mouseClick(banner.next_button, Qt.MouseButton.LeftButton)
    assert banner.message.text().startswith("2 photos taken on 22 Oct 2008: add an event?")

    qtbot.mouseClick(banner.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.date.date().toString("yyyy-MM-dd") == "2008-10-22"
    dialog.kind.setCurrentIndex(dialog.kind.findData("treatment"))
    click_ok(qtbot, dialog)

    [stored] = on_disk(case)
    assert stored["occurred_at"] == "2008-10-22" and stored["kind"] == "treatment"
    assert sorted(stored["evidence_ids"]) == sorted(same_day["evidence_ids"])
    assert all(s["day"] != "2008-10-22" for s in banner.suggestions())

    # Dismiss hides the remaining suggestion without adding anything.
    assert len(banner.suggestions()) == 1
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and len(on_disk(case)) == 1


def test_thousands_of_events_written_elsewhere_all_appear_on_the_chart(view, session, qtbot):
    """Events written through another connection (as a background job does) reach the list and the
    chart once the session is told; how fast is measured in tests/benchmarks/bench_open_case.py."""
    with closing(session.case.secondary()) as writer, writer.file.transaction() as conn:
        conn.executemany(
            "INSERT INTO events(occurred_at, precision, kind, title, description, created_at, updated_at) "
            "VALUES (?, 'day', 'other', ?, '', '2026-01-01', '2026-01-01')",
            [(f"{2000 + i % 26}-{1 + i % 12:02d}-{1 + i % 28:02d}", f"Event {i}") for i in range(5000)])
    session.apply(EVERYTHING)
    assert view.model.rowCount() == 5000
    view.chart.fit_all()
    view.chart.repaint()
    assert view.chart.marker_count() > 0
    first, last = view.model.event_dict(0), view.model.event_dict(4999)
    assert (first["occurred_at"], last["occurred_at"]) == ("2000-01-01", "2025-12-28")
    rect = view.chart.marker_rect(first["id"])
    assert view.chart.event_at(rect.center().toPoint()) is not None
