"""The Export dossier dialog, driven through its widgets."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.importer import import_paths

from .conftest import PDFS, PHOTOS


def fill(session, probe_pool) -> list[dict]:
    import_paths(session.case, [PHOTOS / "orientation_portrait_6.jpg", PHOTOS / "gps_DSCN0010.jpg",
                                PDFS / "libreoffice-writer.pdf", PHOTOS / "Canon_40D.jpg"], pool=probe_pool)
    items = session.case.evidence.list()
    session.case.evidence.update(items[3]["id"], {"private": 1})
    session.case.details.update({"clinic_name": "美丽人生医疗美容诊所"})
    return session.case.evidence.list()


def open_dialog(qtbot, session):
    from desktop.ui.dossier_dialog import DossierDialog

    dialog = DossierDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_export_from_the_dialog(qtbot, session, probe_pool, tmp_path):
    items = fill(session, probe_pool)
    dialog = open_dialog(qtbot, session)
    assert dialog.path_edit.text().endswith("dossier.pdf")
    assert dialog.exhibits.chosen_ids() == [i["id"] for i in items[:3]]  # the private one is left out

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.quality.setCurrentIndex(dialog.quality.findData("high"))
    qtbot.mouseClick(dialog.section_boxes["statement"], Qt.MouseButton.LeftButton)
    # Untick the second exhibit with the keyboard, as a user would.
    dialog.exhibit_view.setFocus()
    dialog.exhibit_view.setCurrentIndex(dialog.exhibits.index(1))
    qtbot.keyClick(dialog.exhibit_view, Qt.Key.Key_Space)
    assert dialog.exhibits.chosen_ids() == [items[0]["id"], items[2]["id"]]
    # A private item cannot be ticked until private items are included.
    assert not dialog.exhibits.flags(dialog.exhibits.index(3)) & Qt.ItemFlag.ItemIsEnabled
    qtbot.mouseClick(dialog.include_private, Qt.MouseButton.LeftButton)
    assert items[3]["id"] in dialog.exhibits.chosen_ids()
    qtbot.mouseClick(dialog.include_private, Qt.MouseButton.LeftButton)

    out = tmp_path / "from dialog.pdf"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(out))
    with qtbot.waitSignal(dialog.exportDone, timeout=60_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    qtbot.waitUntil(lambda: not dialog.tasks.busy)  # the worker thread has ended
    reader = PdfReader(out)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Statement of circumstances" not in titles and "Exhibits" in titles
    exhibits = next(item for item in reader.outline if isinstance(item, list))
    assert [e.title.split()[0] for e in exhibits] == ["E1", "E2"]
    assert dialog.message_box.text().endswith(f"{out}.")
    assert "pages" in dialog.status.text()
    dialog.message_box.close()


def test_cancel_from_the_dialog_writes_nothing(qtbot, session, probe_pool, tmp_path):
    fill(session, probe_pool)
    dialog = open_dialog(qtbot, session)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.path_edit.setText(str(folder / "cancelled.pdf"))
    with qtbot.waitSignal(dialog.exportDone, timeout=60_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert done.args == [False]
    assert "cancelled" in dialog.status.text()
    assert list(folder.iterdir()) == []
    assert dialog.export_button.isEnabled()


def test_a_bad_destination_is_a_plain_message(qtbot, session, probe_pool, tmp_path):
    fill(session, probe_pool)
    dialog = open_dialog(qtbot, session)
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "x.pdf"))
    with qtbot.waitSignal(dialog.exportDone, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message_box.icon() == QMessageBox.Icon.Warning
    assert "does not exist" in dialog.message_box.text()
    dialog.message_box.close()


def click_box(qtbot, box) -> None:
    """Click a check box on its square (a wide box's middle may be past its label: not a click on it)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_phone_and_id_numbers_are_hidden_unless_the_box_is_unticked(qtbot, session, tmp_path):
    session.case.details.update({"complainant_phone": "138 0000 1234", "notes": "身份证号 110101199003071234"})
    dialog = open_dialog(qtbot, session)
    assert dialog.mask_numbers.isChecked()
    for key, box in dialog.section_boxes.items():
        if box.isChecked() != (key in ("cover", "summary")):
            click_box(qtbot, box)

    def export(name: str) -> str:
        out = tmp_path / name
        dialog.path_edit.setText(str(out))
        with qtbot.waitSignal(dialog.exportDone, timeout=60_000) as done:
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert done.args == [True]
        qtbot.waitUntil(lambda: not dialog.tasks.busy)
        dialog.message_box.close()
        return "".join("".join(page.extract_text() for page in PdfReader(out).pages).split())

    hidden = export("hidden.pdf")
    assert "138****1234" in hidden and "110***********1234" in hidden
    assert "13800001234" not in hidden and "110101199003071234" not in hidden
    click_box(qtbot, dialog.mask_numbers)
    assert not dialog.mask_numbers.isChecked()
    shown = export("shown.pdf")
    assert "13800001234" in shown and "110101199003071234" in shown
