"""When something goes wrong that the app did not expect: a log file and a dialog with the details.

A problem the user can fix (CaseError) that escapes a slot is shown as a plain message instead.
Exceptions raised in other threads are handed to the GUI thread before a dialog is shown."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CaseError
from desktop.ui.error_text import describe

log = logging.getLogger(__name__)


def write_crash_log(folder: Path, details: str) -> Path | None:
    """Save the details; returns the file, or None when even that is impossible (read-only stick)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
        path.write_text(details, encoding="utf-8")
        return path
    except OSError:
        return None


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The app ran into a problem it did not expect. Your case file is safe: "
                               "every change made before this was already saved."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if log_file is not None:
            where = QLabel(self.tr("The details were saved in {file}.").format(file=log_file))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


class CrashHandler(QObject):
    """Installed as sys.excepthook and threading.excepthook; uninstall() puts the previous ones back."""

    _raised = Signal(object, str)

    def __init__(self, log_folder: Path, show_dialog: Callable[[QWidget | None, str, Path | None], None] | None = None):
        super().__init__()
        self._log_folder = log_folder
        self._show_dialog = show_dialog or _show_crash_dialog
        self._previous = (sys.excepthook, threading.excepthook)
        self._raised.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> "CrashHandler":
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _excepthook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, value, tb)
            return
        self.handle(value, "".join(traceback.format_exception(kind, value, tb)))

    def _thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        self.handle(args.exc_value, f"In thread {getattr(args.thread, 'name', '?')}:\n{details}")

    def handle(self, exc: BaseException | None, details: str) -> None:
        """From any thread: the dialog is always shown by the GUI thread."""
        if threading.current_thread() is threading.main_thread():
            self._report(exc, details)
        else:
            self._raised.emit(exc, details)

    def _report(self, exc: BaseException | None, details: str) -> None:
        parent = QApplication.activeWindow()
        if isinstance(exc, CaseError):
            log.warning("user-fixable problem reached the top level: %s", exc.message)
            QMessageBox.warning(parent, QCoreApplication.translate("CrashHandler", "Refund Case Organizer"),
                                describe(exc))
            return
        log.error("unexpected error\n%s", details)
        self._show_dialog(parent, details, write_crash_log(self._log_folder, details))


def report_failure(parent: QWidget | None, exc: BaseException, details: str, log_folder: Path) -> None:
    """A failure handed back by a worker Task: plain words for a CaseError, the crash dialog otherwise."""
    if isinstance(exc, CaseError):
        QMessageBox.warning(parent, QCoreApplication.translate("CrashHandler", "Refund Case Organizer"),
                            describe(exc))
        return
    log.error("unexpected error in a background task\n%s", details)
    _show_crash_dialog(parent, details, write_crash_log(log_folder, details))


def _show_crash_dialog(parent: QWidget | None, details: str, log_file: Path | None) -> None:
    CrashDialog(details, log_file, parent).exec()
