"""Helpers the tests share: where the real-world fixtures are, showing widgets, typing and dropping
as a user does, importing into an open session, and functions handed to worker processes.
Qt is imported inside the helpers that need it: worker processes import this module too."""

from __future__ import annotations

import struct
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared/fixtures/evidence: files real cameras, phones and office programs made (see its README).
FIXTURES = (ROOT.parent / "shared" / "fixtures" / "evidence").resolve()
PHOTOS = FIXTURES / "photos"
PDFS = FIXTURES / "pdfs"
BROKEN = FIXTURES / "broken"


# -- worker processes ---------------------------------------------------------------------------

def hanging_probe(path: str) -> dict:
    """Stands in for a decoder stuck in an infinite loop on a crafted file."""
    time.sleep(120)
    return {}


# -- files ----------------------------------------------------------------------------------------

def png_bomb(width, height):
    """A 1-bit PNG that claims 400 megapixels in a few kilobytes."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    body = zlib.compress(row * height, 9)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", body) + chunk(b"IEND", b""))


# -- the GUI --------------------------------------------------------------------------------------

def show_on_screen(qtbot, widget):
    """Show a widget at the smallest screen we support (1366x768) and wait until it is exposed;
    qtbot closes it after the test."""
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(qtbot, widget, text):
    """Type as a person would: Latin keys as key presses, Chinese as an input method commits it
    (QTest can only press keys that exist on a keyboard)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    run = ""
    for char in text + "\0":
        if char != "\0" and (ord(char) >= 128) == (bool(run) and ord(run[0]) >= 128):
            run += char
            continue
        if run and ord(run[0]) >= 128:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
        elif run:
            qtbot.keyClicks(widget, run)
        run = char if char != "\0" else ""


def import_into(session, paths, pool=None) -> list:
    """Import as the Evidence page's background job does: the core imports, then the session is
    told what was stored (the one change path), and every view shows the new items."""
    from desktop.core.importer import import_paths, stored_changes

    outcomes = import_paths(session.case, paths, pool=pool)
    session.apply(stored_changes(outcomes))
    return outcomes


# -- drag and drop, as the file manager or another view does it ------------------------------------

def file_urls(paths):
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def send_drop(widget, mime, point=None, action=None) -> bool:
    """Drag `mime` onto widget at point (its centre by default) and drop it if the drag was
    accepted; returns whether the drop was. Drag events take a QPoint, the drop a QPointF.
    The caller keeps `mime` alive: the events do not own it."""
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    action = Qt.DropAction.CopyAction if action is None else action
    point = widget.rect().center() if point is None else QPoint(point)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, QDragMoveEvent(point, action, mime, buttons, modifiers))
    drop = QDropEvent(QPointF(point), action, mime, buttons, modifiers, QEvent.Type.Drop)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def drop_files(target_view, paths) -> None:
    """What the file manager does: drag enter, then drop, with file URLs, on the view's viewport."""
    mime = file_urls(paths)
    assert send_drop(target_view.viewport(), mime)


def add_event(session, day: str, title: str, kind: str = "other", evidence_ids=()) -> int:
    """Add an event as the timeline's dialog does: one undoable command. Returns its id."""
    from desktop.ui.common.commands import AddEventCommand

    command = AddEventCommand(session, {"occurred_at": day, "title": title, "kind": kind, "precision": "day"},
                              list(evidence_ids))
    session.push(command)
    return command.event_id


def crashing_exhibit_job(*args) -> dict:
    """Stands in for a decoder that takes its worker process down with it."""
    import os

    os._exit(3)


def hanging_exhibit_job(*args) -> dict:
    time.sleep(120)
    return {}


def open_and_wait(window, qtbot, path):
    """Open a case as the window does, off the GUI thread, and wait until its views are shown."""
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        window.open_case_path(path)
