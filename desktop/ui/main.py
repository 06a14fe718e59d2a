"""Starting the window: environment, logging, the application, the crash handler, the language."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

from desktop.core import decrypted
from desktop.core.paths import log_dir


class _FileOpenFilter(QObject):
    """macOS delivers a double-clicked case file as a FileOpen event, not as an argument."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self._window.open_case_path(event.file())
            return True
        return False


# The portable build's smoke test (tests/portable/): show the case given, say so, then quit.
QUIT_AFTER_FIRST_VIEW = "REFUND_CASE_QUIT_AFTER_FIRST_VIEW"


def _quit_after_first_view(window) -> None:
    def shown() -> None:
        window.grab()  # paint the first view, as a screen would
        print("first view shown", flush=True)
        QTimer.singleShot(0, window.close)  # once the opening has finished; the last window quits the app
    window.caseOpened.connect(shown)


def case_argument(arguments: list[str]) -> str | None:
    """The case file given on the command line (double-click on Windows and Linux passes it so)."""
    for argument in arguments:
        if not argument.startswith("-"):
            return argument
    return None


def start_gui(argv: list[str]):
    """Everything up to the event loop: returns (application, main window, crash handler)."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app_setup import Languages, configure_logging, create_application, prepare_environment

    prepare_environment()
    configure_logging()
    decrypted.clear()  # what a crash left of the copies of an encrypted case's items
    own_app = QApplication.instance() is None
    app = create_application(argv)
    # Qt removes its own options (-style…) from the arguments of an application it creates.
    arguments = app.arguments()[1:] if own_app else list(argv)
    from desktop.ui.crash import CrashHandler
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    handler = CrashHandler(log_dir()).install()
    settings = AppSettings()
    languages = Languages(app)
    languages.apply(settings.language())
    window = MainWindow(settings, languages)
    app.installEventFilter(_FileOpenFilter(window))
    window.show()
    path = case_argument(arguments)
    if path and os.environ.get(QUIT_AFTER_FIRST_VIEW) == "1":
        _quit_after_first_view(window)
    if path:
        window.open_case_path(Path(path))
    logging.getLogger(__name__).info("started")
    return app, window, handler


def run_gui(argv: list[str]) -> int:
    app, _window, handler = start_gui(argv)
    try:
        return app.exec()
    finally:
        handler.uninstall()
