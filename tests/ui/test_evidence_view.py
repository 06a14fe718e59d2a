"""The Evidence page, driven through its real widgets over a real case file and the shared fixtures."""

import hashlib
import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QImage, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMenu, QMessageBox, QPushButton, QToolButton

from desktop.core.vocab import CATEGORIES
from desktop.ui.common.commands import EditEvidenceCommand, ReorderEvidenceCommand, TrashEvidenceCommand
from desktop.ui.common.mime import EVIDENCE_IDS_MIME, evidence_ids_from
from desktop.ui.evidence import item_views
from desktop.ui.evidence.model import COL, IdRole
from desktop.ui.evidence.view import EvidenceView
from tests.helpers import BROKEN, PDFS, PHOTOS, add_event, drop_files, show_on_screen

PHOTO_FILES = [PHOTOS / n for n in ("Canon_40D.jpg", "Nikon_D70.jpg", "orientation_landscape_1.jpg",
                                     "orientation_landscape_6.jpg", "iphone_IMG_5195.HEIC")]
PDF_FILES = [PDFS / "pdflatex-4-pages.pdf", PDFS / "google-doc.pdf"]
BROKEN_FILES = [BROKEN / "password-protected.pdf", BROKEN / "corrupted.jpg"]


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def view(session, qtbot, workers, tmp_path, monkeypatch):
    monkeypatch.setenv("REFUND_CASE_DATA_DIR", str(tmp_path / "appdata"))
    widget = EvidenceView(session, workers)
    show_on_screen(qtbot, widget)
    widget.activateWindow()
    qtbot.waitActive(widget)  # focus moves (and saves on leaving a box) only in the active window
    yield widget
    widget.shutdown()
    for box in widget.findChildren(QMessageBox):
        box.close()


def import_by_drop(qtbot, view, paths, target=None):
    with qtbot.waitSignal(view.importFinished, timeout=60_000) as blocker:
        drop_files(target or view.grid, paths)
    view.wait_idle()
    summary = view.message_box
    outcomes = blocker.args[0]
    if summary is not None:
        summary.close()
    activate(qtbot, view)
    return outcomes


def activate(qtbot, widget) -> None:
    """Give the page's window the focus back (closing a dialog leaves none active offscreen)."""
    def active() -> bool:
        widget.activateWindow()
        return QApplication.activeWindow() is widget
    qtbot.waitUntil(active, timeout=5_000)


def ids_by_name(session) -> dict[str, int]:
    return {item["file_name"]: item["id"] for item in session.case.evidence.list()}


def select(view, *evidence_ids) -> None:
    """Click the first item, Ctrl+click the others, in the view the user has in front of them."""
    shown = view.current_view()
    for number, evidence_id in enumerate(evidence_ids):
        index = view.proxy.mapFromSource(view.model.index(view.model.row_of(evidence_id), 0))
        shown.scrollTo(index)
        modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
        QTest.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, modifier, shown.visualRect(index).center())
    assert view.selected_ids() == sorted(evidence_ids, key=lambda i: view.model.row_of(i))


def button_for(widget, action) -> QToolButton:
    """The tool button that shows an action, as the user sees and clicks it."""
    return next(b for b in widget.findChildren(QToolButton) if b.defaultAction() is action)


def wait_preview(qtbot, view):
    """The preview of the selected item, once its render task is done."""
    qtbot.waitUntil(lambda: not view.preview.keeper.busy and view.preview.preview is not None, timeout=20_000)
    view.wait_idle()
    return view.preview.preview


# -- importing ---------------------------------------------------------------------------------------------

def test_dropped_files_are_imported_unchanged(qtbot, view, session):
    files = PHOTO_FILES + PDF_FILES + BROKEN_FILES
    outcomes = import_by_drop(qtbot, view, files)
    assert [o.status for o in outcomes] == ["stored"] * len(files)
    assert view.model.rowCount() == len(files)
    listed = {view.model.index(row, COL["file_name"]).data() for row in range(view.model.rowCount())}
    assert listed == {p.name for p in files}
    assert [view.model.index(r, COL["exhibit"]).data() for r in range(3)] == ["E1", "E2", "E3"]
    for path in files:
        item = session.case.evidence.get(ids_by_name(session)[path.name])
        assert item["sha256"] == sha256(path)
        assert session.case.evidence.recompute_hash(item["id"]) == sha256(path)
    assert session.undo_stack.count() == 0  # imports are audit-logged, not undone
    assert any(e["action"] == "evidence.import" for e in session.case.audit_entries())


def test_the_import_shows_files_bytes_and_time_left_then_the_pictures_come(qtbot, view, session):
    labels = []
    drop_files(view.grid, [PHOTOS, PDFS])
    view.import_job.progress.connect(lambda where: labels.append(view.import_job.dialog.labelText()))
    with qtbot.waitSignal(view.importFinished, timeout=60_000):
        pass
    first = next(text for text in labels if text.startswith("Adding file"))
    lines = first.splitlines()
    assert lines[0].startswith("Adding file 1 of ") and lines[1]  # which file
    assert " of " in lines[2] and ("KB" in lines[2] or "MB" in lines[2])  # how much of all the bytes
    # Stored first; the pictures follow in the background, each one shown as it is made.
    qtbot.waitUntil(lambda: not view.pictures.running, timeout=60_000)
    view.wait_idle()
    for row in range(view.model.rowCount()):
        item = view.model.item(row)
        if item["media_type"].startswith("image/") and not item["read_notes"]:
            thumb = session.case.evidence.thumbnail(item["id"])
            assert thumb is not None and thumb.source == "full", item["file_name"]
            upright_landscape = item["width"] > item["height"]
            assert (thumb.width > thumb.height) == upright_landscape, item["file_name"]  # upright, as seen
            qtbot.waitUntil(lambda r=row: isinstance(view.model.index(r, 0).data(item_views.ThumbnailRole), QPixmap),
                            timeout=5_000)  # the grid shows the picture, not the placeholder
    assert not view.pictures_label.isVisible()


def test_dropping_on_the_list_and_duplicates_are_reported(qtbot, view, session):
    import_by_drop(qtbot, view, PDF_FILES)
    view.set_mode("list")
    with qtbot.waitSignal(view.importFinished, timeout=60_000) as blocker:
        drop_files(view.table, [PDFS / "google-doc.pdf", PHOTOS / "Canon_40D.jpg"])
    view.wait_idle()
    statuses = sorted(o.status for o in blocker.args[0])
    assert statuses == ["duplicate", "stored"]
    assert view.model.rowCount() == 3
    summary = view.message_box
    assert summary.isVisible()
    assert "1 file(s) added" in summary.text() and "already in the case" in summary.text()
    assert "google-doc.pdf" in summary.detailedText()


def test_cancelling_keeps_only_complete_items(qtbot, view, session):
    # The same folders several times over: enough files that the import is still running when Stop is pressed.
    folders = [PHOTOS, PDFS, BROKEN] * 4
    stopped = []

    def stop_on_first_progress(where):
        if not stopped and where.current:
            stopped.append(where.files_done)
            stop = next(b for b in view.import_job.dialog.findChildren(QPushButton) if b.text() == "Stop")
            stop.click()

    drop_files(view.grid, folders)
    view.import_job.progress.connect(stop_on_first_progress)
    with qtbot.waitSignal(view.importFinished, timeout=60_000) as blocker:
        pass
    view.wait_idle()
    outcomes = blocker.args[0]
    assert stopped
    assert any(o.status == "cancelled" for o in outcomes)
    stored = [o for o in outcomes if o.status == "stored"]
    items = session.case.evidence.list()
    assert len(items) == len(stored) == view.model.rowCount()
    for item in items:
        assert session.case.evidence.recompute_hash(item["id"]) == item["sha256"]
    blobs = session.case.file.conn.execute("SELECT count(*) FROM blobs").fetchone()[0]
    assert blobs == len(items)  # the file in progress left nothing behind


# -- editing ---------------------------------------------------------------------------------------------------

def test_typing_a_title_is_saved_and_undoable(qtbot, view, session):
    import_by_drop(qtbot, view, PHOTO_FILES[:2])
    evidence_id = ids_by_name(session)["Nikon_D70.jpg"]
    view.show_item(evidence_id)
    title = view.fields.title_edit
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Receipt ")
    title.insert("收据")  # what an input method commits (key clicks are ASCII only)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert session.case.evidence.get(evidence_id)["title"] == "Receipt 收据"
    assert session.undo_stack.undoText() == "Edit title of E2"
    row = view.model.row_of(evidence_id)
    assert view.model.index(row, COL["title"]).data() == "Receipt 收据"

    session.undo_stack.undo()
    assert session.case.evidence.get(evidence_id)["title"] == "Nikon_D70"
    assert title.text() == "Nikon_D70"
    session.undo_stack.redo()
    assert session.case.evidence.get(evidence_id)["title"] == "Receipt 收据"

    notes = view.fields.notes_edit
    notes.setFocus()
    qtbot.keyClicks(notes, "Sent by the clinic on WeChat")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)  # leaving the box saves it
    assert session.case.evidence.get(evidence_id)["notes"] == "Sent by the clinic on WeChat"
    assert session.undo_stack.undoText() == "Edit notes of E2"

    date = view.fields.date_edit
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "not a date")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert view.fields.date_problem.isVisibleTo(view.fields)
    assert session.case.evidence.get(evidence_id)["evidence_date"].startswith("2008-03-15")
    date.selectAll()
    qtbot.keyClicks(date, "2024-03-15 14:30")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert session.case.evidence.get(evidence_id)["evidence_date"] == "2024-03-15T14:30:00"

    view.fields.private_check.click()
    assert session.case.evidence.get(evidence_id)["private"] == 1
    assert session.undo_stack.undoText() == "Mark E2 private"


def test_multi_select_then_set_category_and_privacy(qtbot, view, session):
    import_by_drop(qtbot, view, PHOTO_FILES[:3])
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.selected_ids()) == 3
    assert not view.fields.editable.isVisibleTo(view.fields)

    action = next(a for a in view.category_menu.actions() if a.text() == CATEGORIES["photo_after"][0])
    action.trigger()
    assert {i["category"] for i in session.case.evidence.list()} == {"photo_after"}
    assert session.undo_stack.undoText() == "Set category of 3 items to Photo after"
    assert view.model.index(0, COL["category"]).data() == "Photo after"

    view.private_action.trigger()
    assert {i["private"] for i in session.case.evidence.list()} == {1}
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert {(i["category"], i["private"]) for i in session.case.evidence.list()} == {("other", 0)}
    assert len(view.selected_ids()) == 3  # the selection survives the models re-reading


def test_delete_key_trashes_and_undo_restores(qtbot, view, session):
    import_by_drop(qtbot, view, PHOTO_FILES[:3])
    names = ids_by_name(session)
    second = names["Nikon_D70.jpg"]
    select(view, second)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Delete)
    assert view.model.row_of(second) is None
    assert session.case.evidence.get(second)["trashed_at"]
    assert session.undo_stack.undoText() == "Move E2 to the trash"
    assert view.selected_ids() == [names["orientation_landscape_1.jpg"]]  # the next item

    session.undo_stack.undo()
    assert view.model.row_of(second) == 1
    assert session.case.evidence.get(second)["trashed_at"] is None
    session.undo_stack.redo()

    view.show_trash()
    dialog = view.trash_dialog
    assert dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert view.model.row_of(second) == 1 and dialog.model.rowCount() == 0
    session.undo_stack.undo()  # undo the restore: back in the trash
    assert dialog.model.rowCount() == 1

    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert "cannot be undone" in box.text()
    delete = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert session.case.file.conn.execute("SELECT count(*) FROM evidence WHERE id = ?", [second]).fetchone()[0] == 0
    assert session.undo_stack.count() == 0
    assert view.model.rowCount() == 2
    dialog.close()


def test_exhibit_order_moves_with_undo(qtbot, view, session):
    import_by_drop(qtbot, view, PHOTO_FILES[:3])
    first, second, third = view.model.ids()
    select(view, third)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.model.ids() == [first, third, second]
    assert session.case.evidence.exhibit_numbers()[third] == "E2"
    assert session.undo_stack.undoText() == "Move E3 up"
    assert view.selected_ids() == [third]
    view.move_down_action.trigger()
    view.move_down_action.trigger()  # already last: nothing to do, nothing pushed
    assert view.model.ids() == [first, second, third]
    assert session.undo_stack.count() == 2

    session.undo_stack.undo()
    assert view.model.ids() == [first, third, second]
    session.undo_stack.undo()
    assert view.model.ids() == [first, second, third]

    view.move_by_drop([first], third, True)  # what dropping E1 below E3 in the list does
    assert view.model.ids() == [second, third, first]
    session.undo_stack.undo()
    assert view.model.ids() == [first, second, third]


def test_filter_by_category_and_text(qtbot, view, session):
    import_by_drop(qtbot, view, PHOTO_FILES + PDF_FILES)
    names = ids_by_name(session)
    select(view, names["pdflatex-4-pages.pdf"], names["google-doc.pdf"])
    view.set_category_of_selected("contract")

    combo = view.category_filter
    combo.setCurrentIndex(combo.findData("contract"))
    assert view.proxy.rowCount() == 2
    assert view.count_label.text() == "2 of 7 shown"
    qtbot.keyClicks(view.text_filter, "google")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data(IdRole) == names["google-doc.pdf"]
    combo.setCurrentIndex(0)
    view.text_filter.clear()
    qtbot.keyClicks(view.text_filter, "orientation")
    assert view.proxy.rowCount() == 2
    view.text_filter.clear()
    assert view.proxy.rowCount() == 7

    view.text_filter.setText("nothing matches this")
    view.show_item(names["Canon_40D.jpg"])  # a search result reveals its item, whatever the filter
    assert view.proxy.rowCount() == 7 and view.selected_ids() == [names["Canon_40D.jpg"]]


# -- preview -------------------------------------------------------------------------------------------------

def small_grey(image: QImage) -> Image.Image:
    data = image.convertToFormat(QImage.Format.Format_RGB888)
    buffer = bytes(data.constBits())[: data.sizeInBytes()]
    pil = Image.frombuffer("RGB", (data.width(), data.height()), buffer, "raw", "RGB", data.bytesPerLine(), 1)
    return pil.convert("L").resize((60, 45))


def test_rotated_photo_preview_is_upright(qtbot, view, session):
    import_by_drop(qtbot, view, [PHOTOS / "orientation_landscape_1.jpg", PHOTOS / "orientation_landscape_6.jpg"])
    names = ids_by_name(session)
    view.show_item(names["orientation_landscape_1.jpg"])
    reference = wait_preview(qtbot, view)
    reference_image = QImage(view.preview.canvas.image)
    view.show_item(names["orientation_landscape_6.jpg"])
    qtbot.waitUntil(lambda: view.preview.preview is not reference, timeout=20_000)
    turned = wait_preview(qtbot, view)
    image = view.preview.canvas.image
    assert (image.width(), image.height()) == (reference_image.width(), reference_image.height()) == (600, 450)
    assert (turned.source_width, turned.source_height) == (600, 450)
    a, b = small_grey(reference_image).tobytes(), small_grey(image).tobytes()
    assert sum(abs(x - y) for x, y in zip(a, b)) / len(a) < 40

    # Zoom: fit, in, out, 100 %, and Ctrl+wheel.
    assert view.preview.fit_action.isChecked()
    qtbot.mouseClick(button_for(view.preview, view.preview.actual_action), Qt.MouseButton.LeftButton)
    assert view.preview.zoom_label.text() == "100%"
    assert view.preview.canvas.width() == 600
    view.preview.zoom_in_action.trigger()
    assert view.preview.zoom_label.text() == "125%"
    view.preview.zoom_out_action.trigger()
    view.preview.zoom_out_action.trigger()
    assert view.preview.zoom_label.text() == "80%"
    from PySide6.QtGui import QWheelEvent
    wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.preview.scroll.viewport(), wheel)
    assert view.preview.zoom_label.text() == "100%"
    view.preview.fit_action.trigger()
    assert view.preview.fit_action.isChecked()


def test_pdf_preview_pages_through(qtbot, view, session):
    import_by_drop(qtbot, view, [PDFS / "pdflatex-4-pages.pdf"])
    view.show_item(view.model.ids()[0])
    first = wait_preview(qtbot, view)
    assert first.kind == "pdf"
    assert view.preview.page_label.text() == "Page 1 / 4"
    first_image = QImage(view.preview.canvas.image)
    assert first_image.height() > first_image.width()  # a portrait page
    assert not view.preview.previous_action.isEnabled()
    next_button = button_for(view.preview, view.preview.next_action)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.preview.preview is not first, timeout=20_000)
    second = wait_preview(qtbot, view)
    assert (second.page, view.preview.page_label.text()) == (1, "Page 2 / 4")
    assert view.preview.canvas.image != first_image
    assert view.preview.previous_action.isEnabled()


def test_password_protected_pdf_preview_shows_the_note(qtbot, view, session):
    import_by_drop(qtbot, view, [BROKEN / "password-protected.pdf", PDFS / "LICENSE-CC-BY-SA-4.0.txt"])
    names = ids_by_name(session)
    view.show_item(names["password-protected.pdf"])
    preview = wait_preview(qtbot, view)
    assert preview.kind == "none"
    assert "password" in view.preview.note_label.text()
    assert view.preview.stack.currentWidget() is view.preview.message_page
    assert "password-protected.pdf" in view.preview.message_title.text()

    view.show_item(names["LICENSE-CC-BY-SA-4.0.txt"])
    qtbot.waitUntil(lambda: view.preview.preview is not preview, timeout=20_000)
    wait_preview(qtbot, view)
    assert "Text file" in view.preview.message_title.text()
    assert view.fields.info_labels["sha256"].text() == sha256(PDFS / "LICENSE-CC-BY-SA-4.0.txt")


# -- dragging out, keyboard, opening --------------------------------------------------------------------------

def test_dragging_items_out_carries_their_ids(qtbot, view, session, monkeypatch):
    import_by_drop(qtbot, view, PHOTO_FILES[:3])
    first, _second, third = view.model.ids()
    select(view, first, third)
    dragged = []

    class RecordingDrag:
        def __init__(self, source):
            self.source = source

        def setMimeData(self, mime):
            self.mime = mime

        def setPixmap(self, pixmap):
            pass

        def exec(self, actions, default):
            dragged.append((self.mime, actions))
            return Qt.DropAction.CopyAction

    monkeypatch.setattr(item_views, "QDrag", RecordingDrag)
    for target in (view.grid, view.table):
        target.startDrag(Qt.DropAction.CopyAction)
    assert len(dragged) == 2
    for mime, actions in dragged:
        assert mime.hasFormat(EVIDENCE_IDS_MIME)
        assert evidence_ids_from(mime) == [first, third]
        assert actions & Qt.DropAction.LinkAction
    assert view.model.rowCount() == 3  # a drag never removes anything


def test_keyboard_reaches_menu_and_preview(qtbot, view, session, monkeypatch):
    import_by_drop(qtbot, view, PHOTO_FILES[:2])
    view.grid.setFocus()
    select(view, view.model.ids()[0])
    shown = []
    # Offscreen, a real popup cannot grab the keyboard: record where it would open instead.
    monkeypatch.setattr(QMenu, "popup", lambda menu, pos, *args: shown.append((menu, pos)))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), view.grid.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(view.grid, event)
    assert shown
    menu, pos = shown[0]
    assert any(a.text() == "Move to trash" and a.isEnabled() for a in menu.actions())
    current = view.grid.visualRect(view.selection.currentIndex())
    assert pos == view.grid.viewport().mapToGlobal(current.center())  # at the item, not the mouse
    menu.deleteLater()
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert view.preview.isAncestorOf(QApplication.focusWidget())
    wait_preview(qtbot, view)


def test_open_in_another_program_exports_inside_the_app_folder(qtbot, view, session, tmp_path):
    import_by_drop(qtbot, view, [PDFS / "google-doc.pdf"])
    select(view, view.model.ids()[0])
    opened = []
    view.open_url = opened.append
    view.open_action.trigger()
    box = view.message_box
    assert "outside the case file" in box.text()
    box.checkBox().setChecked(True)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Open), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    path = opened[0].toLocalFile()
    assert path.startswith(str(tmp_path / "appdata" / "opened"))
    assert hashlib.sha256(open(path, "rb").read()).hexdigest() == sha256(PDFS / "google-doc.pdf")

    view.open_action.trigger()  # "don't show again": straight to the copy
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20_000)
    view.wait_idle()


def test_the_model_updates_rows_and_never_resets(qtbot, view, session):
    import_by_drop(qtbot, view, PHOTO_FILES[:3])
    first, middle, last = view.model.ids()
    with qtbot.assertNotEmitted(view.model.modelReset):
        with qtbot.waitSignal(view.model.dataChanged) as changed:
            session.push(EditEvidenceCommand(session, [middle], {"title": "Changed"}, "Edit title"))
        assert changed.args[0].row() == changed.args[1].row() == 1
        assert view.model.index(1, COL["title"]).data() == "Changed"
        select(view, last)
        with qtbot.waitSignal(view.model.rowsRemoved) as removed:
            session.push(TrashEvidenceCommand(session, [middle], "Trash"))
        assert removed.args[1:] == [1, 1]
        assert view.selected_ids() == [last]  # the selection stayed on its item
        assert view.model.index(1, COL["exhibit"]).data() == "E2"
        with qtbot.waitSignal(view.model.rowsInserted) as inserted:
            session.undo_stack.undo()
        assert inserted.args[1:] == [1, 1] and view.model.ids() == [first, middle, last]
        with qtbot.waitSignal(view.model.layoutChanged):
            session.push(ReorderEvidenceCommand(session, [last, first, middle], "Reorder"))
        assert view.model.ids() == [last, first, middle] and view.selected_ids() == [last]


def test_thumbnails_load_lazily(qtbot, view, session):
    import_by_drop(qtbot, view, PHOTO_FILES[:2] + [PDFS / "LICENSE-CC-BY-SA-4.0.txt"])
    cache = view.model.thumbnails
    qtbot.waitUntil(lambda: all(cache.get(i) is not False for i in view.model.ids()), timeout=5_000)
    photo = view.model.ids()[0]
    pixmap = cache.get(photo)
    assert pixmap and max(pixmap.width(), pixmap.height()) <= 150
    assert cache.get(view.model.ids()[2]) is None  # a text file has no thumbnail: a type icon is shown
    grab = view.grid.viewport().grab().toImage()
    assert not grab.isNull()


def test_link_selected_items_to_an_event_or_a_step_through_the_chooser(qtbot, view, session):
    import_by_drop(qtbot, view, PHOTO_FILES[:3])
    first, second, third = view.model.ids()
    event_id = add_event(session, "2026-03-02", "Swelling after the injection", kind="complication")
    session.undo_stack.clear()
    select(view, first, third)
    assert view.link_action.isEnabled()
    view.link_action.trigger()
    dialog = view.link_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Link to an event or a step"
    qtbot.keyClicks(dialog.filter_edit, "swelling")  # narrow the list as a user would
    assert dialog.proxy.rowCount() == 1
    dialog.list_view.setCurrentIndex(dialog.proxy.index(0, 0))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert session.case.timeline.get(event_id)["evidence_ids"] == [first, third]
    assert session.undo_stack.undoText() == "Link 2 item(s) to an event"
    session.undo_stack.undo()
    assert session.case.timeline.get(event_id)["evidence_ids"] == []

    select(view, second)
    view.link_action.trigger()
    dialog = view.link_dialog
    qtbot.keyClicks(dialog.filter_edit, "written demand")
    step = session.case.checklist.by_key("send-written-demand")
    assert dialog.target() == ("step", step["id"])
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert session.case.checklist.get(step["id"])["evidence_ids"] == [second]

    select(view, third)
    view.link_action.trigger()
    qtbot.mouseClick(view.link_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert session.case.evidence.links(third) == {"events": [], "steps": []}


def test_export_a_copy_of_the_selected_item(qtbot, view, session, tmp_path, monkeypatch):
    import_by_drop(qtbot, view, [PDFS / "google-doc.pdf", PHOTOS / "Canon_40D.jpg"])
    chosen = tmp_path / "for the lawyer" / "receipt.pdf"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    select(view, ids_by_name(session)["google-doc.pdf"])
    assert view.export_action.isEnabled()
    view.export_action.trigger()

    def told() -> list[str]:
        return [box.text() for box in view.findChildren(QMessageBox) if box.isVisible()]
    qtbot.waitUntil(lambda: bool(told()), timeout=20_000)
    assert told() == [f"An exact copy of google-doc.pdf was saved as {chosen}."]
    assert chosen.read_bytes() == (PDFS / "google-doc.pdf").read_bytes()
    assert sorted(p.name for p in chosen.parent.iterdir()) == ["receipt.pdf"]  # no partial file left
    select(view, *view.model.ids())
    assert not view.export_action.isEnabled()  # one item at a time: a copy is of one file


# -- a redacted copy -----------------------------------------------------------------------------------------

def drag(canvas, start: QPointF, end: QPointF) -> None:
    """Press, move and release the left button over the picture, as a user drags a box."""
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start.toPoint())
    QTest.mouseMove(canvas, ((start + end) / 2).toPoint())
    QTest.mouseMove(canvas, end.toPoint())
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end.toPoint())


def open_redaction(qtbot, view):
    QTest.mouseClick(button_for(view.toolbar, view.redact_action), Qt.MouseButton.LeftButton)
    dialog = view.redact_dialog
    qtbot.waitUntil(lambda: not dialog.canvas.image.isNull() and dialog.canvas.isVisible(), timeout=20_000)
    return dialog


def test_redacting_a_photo_adds_a_selected_copy_and_the_original_goes_private_undoably(qtbot, view, session):
    import_by_drop(qtbot, view, [PHOTOS / "orientation_landscape_6.jpg", PDFS / "google-doc.pdf"])
    ids = ids_by_name(session)
    original = ids["orientation_landscape_6.jpg"]
    select(view, ids["google-doc.pdf"])
    assert not view.redact_action.isEnabled()  # only pictures
    select(view, original)
    assert view.redact_action.isEnabled()

    dialog = open_redaction(qtbot, view)
    assert dialog.private_check.isChecked() and not dialog.save_button.isEnabled()
    canvas, area = dialog.canvas, dialog.canvas.picture_rect()
    assert area.width() > area.height()  # shown upright: the camera stored it sideways
    # A box over the top-left quarter of the picture, and a stray one taken back with Delete.
    drag(canvas, area.topLeft() + QPointF(1, 1), area.center())
    drag(canvas, area.center() + QPointF(20, 20), area.bottomRight() - QPointF(20, 20))
    assert dialog.count_label.text() == "2 box(es) to fill black"
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert dialog.count_label.text() == "1 box(es) to fill black"
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.redact_dialog is None, timeout=20_000)

    [copy] = [i for i in view.model.ids() if i not in ids.values()]
    assert view.selected_ids() == [copy]
    assert view.model.index(view.model.row_of(copy), COL["title"]).data() == "orientation_landscape_6 (redacted)"
    assert view.fields.title_edit.text() == "orientation_landscape_6 (redacted)"
    assert view.fields.info_labels["made_from"].text() == \
        "A copy of E1 “orientation_landscape_6” with 1 area(s) blacked out"
    assert view.fields.info_labels["file_name"].text() == "orientation_landscape_6-redacted.jpg"
    with Image.open(io.BytesIO(session.case.evidence.read_bytes(copy))) as stored:
        grey = stored.convert("L")
    width, height = grey.size
    assert (width, height) == (600, 450)
    assert grey.crop((10, 10, width // 2 - 10, height // 2 - 10)).getextrema()[1] <= 16  # the box: black
    assert grey.crop((width // 2 + 10, height // 2 + 10, width, height)).getextrema()[1] > 100  # the rest: as it was

    original_row = view.model.row_of(original)
    assert view.model.index(original_row, COL["private"]).data() == "Private"
    assert session.undo_stack.undoText() == "Mark E1 private"
    session.undo_stack.undo()
    assert view.model.index(original_row, COL["private"]).data() == ""
    assert copy in view.model.ids() and session.case.evidence.get(original)["private"] == 0
    assert session.case.evidence.read_bytes(original) == (PHOTOS / "orientation_landscape_6.jpg").read_bytes()


def test_redact_is_offered_only_where_a_copy_can_be_made(qtbot, view, session):
    import_by_drop(qtbot, view, [PHOTOS / "Canon_40D.jpg", PHOTOS / "Nikon_D70.jpg"])
    ids = ids_by_name(session)
    select(view, ids["Canon_40D.jpg"], ids["Nikon_D70.jpg"])
    assert not view.redact_action.isEnabled()  # one picture at a time
    select(view, ids["Canon_40D.jpg"])
    dialog = open_redaction(qtbot, view)
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.redact_dialog is None)
    assert view.model.rowCount() == 2 and session.undo_stack.count() == 0  # cancelled: nothing made
    session.go_read_only("asked")
    select(view, ids["Nikon_D70.jpg"])
    assert not view.redact_action.isEnabled()
