"""Long work off the GUI thread, with progress and cancel.

A Task runs `fn(report, is_cancelled)` in its own QThread. `report(done, total, label)` may be
called from the worker as often as it likes; the GUI receives `progress` through a queued
signal. The function must open its own connection (`case.secondary()`): sqlite3 connections
are not shared between threads here."""

from __future__ import annotations

import sys
import threading
import traceback
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal

TaskFunction = Callable[[Callable[[int, int, str], None], Callable[[], bool]], object]


class _Runner(QThread):
    def __init__(self, task: "Task"):
        super().__init__()
        self._task = task

    def run(self) -> None:
        task = self._task
        try:
            result = task._fn(task._report, task._cancel_event.is_set)
        except BaseException as exc:  # reported to the GUI thread; user errors vs bugs decided there
            task._failure = (exc, "".join(traceback.format_exception(*sys.exc_info())))
            task._signals.failed.emit(exc, task._failure[1])
        else:
            task._signals.succeeded.emit(result)


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)


class Task(QObject):
    """Start with start(); connect `progress`, `succeeded`, `failed` and `finished`."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    finished = Signal()            # after succeeded or failed, once the thread has ended

    def __init__(self, fn: TaskFunction, parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self._cancel_event = threading.Event()
        self._failure: tuple[BaseException, str] | None = None
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.succeeded.connect(self.succeeded)
        self._signals.failed.connect(self.failed)
        self._thread = _Runner(self)
        self._thread.finished.connect(self.finished)

    def _report(self, done: int, total: int, label: str = "") -> None:
        self._signals.progress.emit(done, total, label)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread ends (closing the window, tests)."""
        return self._thread.wait(msecs)
