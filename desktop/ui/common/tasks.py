"""Long work off the GUI thread, with progress and cancel: the one way the interface runs it.

A Task runs `fn(report, is_cancelled)` in its own QThread. `report(done, total, label)` may be
called from the worker as often as it likes; the GUI receives `progress` through a queued
signal. The function must open its own connection (`case.secondary()`): sqlite3 connections
are not shared between threads here.

A TaskKeeper starts Tasks for one owner (a view, a dialog, the case controller), keeps them alive
until their threads end, and lets its owner cancel and wait for them; `with_progress` adds a
progress dialog with a Cancel button."""

from __future__ import annotations

import sys
import threading
import traceback
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

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


class TaskKeeper(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks: set[Task] = set()

    def start(self, fn: TaskFunction, *, on_success=None, on_failure=None, on_progress=None,
              on_finished=None) -> Task:
        task = Task(fn, self)
        for signal, slot in ((task.succeeded, on_success), (task.failed, on_failure), (task.progress, on_progress),
                             (task.finished, on_finished)):
            if slot is not None:
                signal.connect(slot)
        task.finished.connect(lambda t=task: self._forget(t))
        self._tasks.add(task)
        task.start()
        return task

    def with_progress(self, fn: TaskFunction, label: str, parent: QWidget, *, on_success=None, on_failure=None,
                      show_after_ms: int = 0, stages: dict[str, str] | None = None) -> Task:
        """Run `fn` with a window-modal progress dialog whose Cancel button cancels it. `stages` names
        the dialog's text for each stage the work reports (its progress label)."""
        dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(show_after_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(380)

        def progressed(done: int, total: int, stage: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            if stages and stage in stages:
                dialog.setLabelText(stages[stage])

        def close() -> None:
            if not dialog.isHidden() or not dialog.wasCanceled():
                dialog.reset()  # also stops its timer: it must not show up after the work is done
                dialog.close()

        def succeeded(result) -> None:
            close()  # before the result is used: what follows may take a moment, with no dialog in the way
            if on_success is not None:
                on_success(result)

        def failed(exc: BaseException, details: str) -> None:
            close()
            if on_failure is not None:
                on_failure(exc, details)

        task = self.start(fn, on_success=succeeded, on_failure=failed, on_progress=progressed,
                          on_finished=dialog.deleteLater)
        dialog.canceled.connect(task.cancel)
        if show_after_ms == 0:
            dialog.show()
        return task

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        task.deleteLater()
        if not self._tasks:
            self.idle.emit()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def wait_all(self, msecs: int = 30_000) -> None:
        """Block until every thread has ended, then deliver their results (closing, tests)."""
        for task in list(self._tasks):
            task.wait(msecs)
        # Results and `finished` arrive as queued signals: let them in.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)

    def shutdown(self) -> None:
        """Cancel everything and wait until it has stopped (the owner is going away)."""
        while self._tasks:
            self.cancel_all()
            self.wait_all()
