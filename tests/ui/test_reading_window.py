"""Reading the text in pictures, in the window: the background pass after an import, the Text tab, the
boxes over the picture, corrections with undo, Find leading to a line, and OpenCV never in this process.
The OCR engine runs for real (in its worker), on pictures rendered from known sentences."""

import sys

import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from desktop.core.lifecycle import create_case
from desktop.ui.evidence import view as view_module
from desktop.ui.main_window import EVIDENCE
from desktop.ui.search_dialog import KindRole, SearchDialog
from tests.helpers import PHOTOS, ROOT, drop_files, open_and_wait, type_text

FONT = ROOT / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
CHAT = ["诊所客服 小周", "套餐是优惠价，做了一次就不能退", "合同第七条写了没开始的疗程可以退款", "收款金额：¥19,800.00"]
NOTE = ["Refund request", "The clinic promised a full refund within 7 days.", "Paid on 2026-06-15"]


def screenshot(path, lines, size=(900, 1400)):
    """A phone-screenshot-like picture: dark text on white, no camera in its metadata."""
    picture = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(picture)
    font = ImageFont.truetype(str(FONT), 38)
    for number, line in enumerate(lines):
        draw.text((50, 80 + number * 110), line, fill=(25, 25, 25), font=font)
    picture.save(path)
    return path


@pytest.fixture
def reading_window(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(view_module, "AUTO_READ_DEFAULT", True)
    path = tmp_path / "读图.refundcase"
    create_case(path, "读图测试").close()
    open_and_wait(window, qtbot, path)
    window.show_page(EVIDENCE)
    return window


def import_and_read(qtbot, view, paths):
    with qtbot.waitSignal(view.importFinished, timeout=60_000):
        drop_files(view.grid, paths)
    if view.message_box is not None:
        view.message_box.close()
    # The pictures come first, then the text, in the background.
    qtbot.waitUntil(lambda: view.reading_label.isVisible() or view.reader.running, timeout=60_000)
    qtbot.waitUntil(lambda: not view.pictures.running and not view.reader.running, timeout=180_000)
    view.wait_idle()


def ids_by_name(case):
    return {item["file_name"]: item["id"] for item in case.evidence.list()}


def shown_lines(view):
    return [view.text_panel.list.item(row).text() for row in range(view.text_panel.list.count())]


def test_text_is_read_after_an_import_and_shown_beside_the_picture(reading_window, qtbot, tmp_path):
    view = reading_window.workspace.evidence
    files = [screenshot(tmp_path / "聊天.png", CHAT), screenshot(tmp_path / "note.png", NOTE),
             PHOTOS / "Canon_40D.jpg"]
    import_and_read(qtbot, view, files)
    case = reading_window.session.case
    ids = ids_by_name(case)

    # OpenCV (and the engine that loads it) stayed in the worker: cv2 would point Qt at its own plugins.
    for module in ("cv2", "rapidocr", "onnxruntime"):
        assert module not in sys.modules

    view.show_item(ids["聊天.png"])
    tabs = view.details_tabs
    assert tabs.tabText(tabs.indexOf(view.text_panel)) == f"Text ({len(case.text.lines(ids['聊天.png']))})"
    tabs.setCurrentWidget(view.text_panel)
    lines = shown_lines(view)
    assert "套餐是优惠价，做了一次就不能退" in lines and "合同第七条写了没开始的疗程可以退款" in lines
    assert "Read by the computer" in view.text_panel.status.text()

    # Choosing a line marks its box on the picture; clicking a box chooses its line.
    qtbot.waitUntil(lambda: view.preview.preview is not None and view.preview.boxes_button.isVisible(), timeout=20_000)
    promise = case.text.lines(ids["聊天.png"])[1]
    view.text_panel.select_line(promise["id"])
    assert view.preview.highlighted_line == promise["id"]
    other = case.text.lines(ids["聊天.png"])[2]
    area = view.preview.canvas.box_rect(other["id"])
    QTest.mouseClick(view.preview.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, area.center())
    assert view.text_panel.current_line_id() == other["id"]
    qtbot.keyClick(view.text_panel.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == other["text"]  # the line of the box clicked, copied

    # The camera's photo of a room is not read unasked; the user can ask for it.
    view.show_item(ids["Canon_40D.jpg"])
    assert "photo of people or places" in view.text_panel.status.text()
    assert view.text_panel.read_button.isVisible()
    qtbot.mouseClick(view.text_panel.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.reader.running, timeout=120_000)
    qtbot.waitUntil(lambda: "photo of people" not in view.text_panel.status.text(), timeout=10_000)
    assert "Read by the computer" in view.text_panel.status.text()
    assert "cv2" not in sys.modules


def test_a_correction_is_searchable_undoable_and_found_from_find(reading_window, qtbot, tmp_path):
    view = reading_window.workspace.evidence
    import_and_read(qtbot, view, [screenshot(tmp_path / "收据.png", CHAT)])
    case = reading_window.session.case
    (item_id,) = ids_by_name(case).values()
    view.show_item(item_id)
    view.details_tabs.setCurrentWidget(view.text_panel)
    panel = view.text_panel
    first = case.text.lines(item_id)[0]

    # Choose the line, F2 (as a double-click does), type the right reading, Enter.
    panel.select_line(first["id"])
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: panel.list.state() == panel.list.State.EditingState)
    editor = panel.list.findChild(QLineEdit)
    assert editor is not None and editor.text() == first["text"]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "悦颜诊所客服小周")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case.text.lines(item_id)[0]["corrected"] is not None)
    assert shown_lines(view)[0] == "悦颜诊所客服小周" and panel.list.item(0).font().italic()
    corrected = case.text.lines(item_id)[0]
    assert corrected["corrected"] == "悦颜诊所客服小周" and corrected["text"] == first["text"]
    assert "The computer read" in panel.list.item(0).toolTip()
    assert [hit.kind for hit in case.search("悦颜诊所")] == ["text"]
    logged = case.audit_entries(limit=1)[0]
    assert logged["action"] == "text.correct" and logged["detail"]["now"] == "悦颜诊所客服小周"

    # Find leads to the line: its item, its tab, its box.
    view.show_item(item_id)
    reading_window.find_action.trigger()
    dialog = reading_window.findChild(SearchDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    type_text(qtbot, dialog.query_edit, "优惠价")
    groups = [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]
    assert groups == ["Text read in pictures (1)"]
    hit = dialog.model.index(0, 0, dialog.model.index(0, 0))
    assert hit.data(KindRole) == "text"
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    promise = next(line for line in case.text.lines(item_id) if "优惠价" in line["shown"])
    assert reading_window.workspace.page() == EVIDENCE
    assert view.details_tabs.currentWidget() is view.text_panel
    assert panel.current_line_id() == promise["id"]
    qtbot.waitUntil(lambda: view.preview.highlighted_line == promise["id"])

    # Undo takes the correction back; the machine's reading was never changed.
    reading_window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: shown_lines(view)[0] == first["text"])
    assert case.search("悦颜诊所") == []


def test_stop_ends_the_pass_between_items_and_keeps_what_was_read(reading_window, qtbot, tmp_path):
    view = reading_window.workspace.evidence
    files = [screenshot(tmp_path / f"图{n}.png", CHAT[n:] + NOTE) for n in range(4)]
    with qtbot.waitSignal(view.importFinished, timeout=60_000):
        drop_files(view.grid, files)
    if view.message_box is not None:
        view.message_box.close()
    qtbot.waitUntil(lambda: view.stop_reading_button.isVisible(), timeout=60_000)
    qtbot.mouseClick(view.stop_reading_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.reader.running, timeout=120_000)
    assert not view.stop_reading_button.isVisible()
    case = reading_window.session.case
    unread = case.text.unread()
    assert 1 <= len(unread) <= 3  # the item being read when Stop was pressed is finished and kept
    read = [i for i in ids_by_name(case).values() if i not in unread]
    assert all(case.text.read_info(i) is not None for i in read)
    # Asked again from the Text menu, the rest is read.
    view.read_unread_action.trigger()
    qtbot.waitUntil(lambda: not view.reader.running, timeout=180_000)
    assert case.text.unread() == []


def test_dates_and_amounts_found_are_offered_and_each_use_is_undoable(window, qtbot, tmp_path):
    # What the engine would have read in a receipt, stored as it stores it (the engine itself is tested above).
    path = tmp_path / "收据.refundcase"
    create_case(path, "收据").close()
    open_and_wait(window, qtbot, path)
    window.show_page(EVIDENCE)
    view, session = window.workspace.evidence, window.session
    receipt = screenshot(tmp_path / "receipt.png", ["收款收据"])
    with qtbot.waitSignal(view.importFinished, timeout=60_000):
        drop_files(view.grid, [receipt])
    if view.message_box is not None:
        view.message_box.close()
    (item_id,) = ids_by_name(session.case).values()
    lines = [("收款收据", 0.99), ("日期：2026年06月15日", 0.98), ("实收金额：¥19,800.00", 0.97)]
    session.apply(session.case.text.store(item_id, {"engine": "test", "notes": [], "pages": [{
        "page": 0, "source": "ocr",
        "lines": [{"text": text, "box": [0.1, 0.1 + n / 10, 0.9, 0.1 + n / 10, 0.9, 0.18 + n / 10, 0.1, 0.18 + n / 10],
                   "confidence": score} for n, (text, score) in enumerate(lines)]}]}))
    view.show_item(item_id)
    view.details_tabs.setCurrentWidget(view.text_panel)
    box = view.text_panel.suggestions
    assert box.isVisible()
    labels = [o.label("en") for o in box.offers]
    assert "Date of this item: 15 June 2026" in labels and "Amount paid: RMB 19,800" in labels
    assert any(label.startswith("Timeline: payment of RMB 19,800") for label in labels)

    def use(prefix):
        button = next(b for b in box.findChildren(QPushButton) if b.isVisible()
                      and b.accessibleName().startswith("Use: " + prefix))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    use("Date of this item")
    assert session.case.evidence.get(item_id)["evidence_date"] == "2026-06-15"
    assert "Date of this item: 15 June 2026" not in [o.label("en") for o in box.offers]  # it holds now
    use("Amount paid")
    assert session.case.details.get()["amount_paid"] == "19800"
    use("Timeline: payment")
    (event,) = session.case.timeline.list()
    assert event["occurred_at"].startswith("2026-06-15") and event["kind"] == "payment"
    assert event["evidence_ids"] == [item_id]
    assert box.isHidden()  # nothing left to offer

    # Three edits, three undo steps, in the Edit menu's words.
    stack = session.undo_stack
    stack.undo()
    assert session.case.timeline.list() == []
    stack.undo()
    assert session.case.details.get()["amount_paid"] in ("", None)
    assert stack.undoText() == "Set the date of E1 from its text"
    stack.undo()
    assert not session.case.evidence.get(item_id)["evidence_date"]
    assert len(box.offers) == 3
