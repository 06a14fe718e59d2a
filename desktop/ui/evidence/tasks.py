"""Keeps the worker Tasks of a view alive until their threads end, and lets the view wait for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from desktop.ui.workers import Task


class TaskKeeper(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks: set[Task] = set()

    def start(self, fn, *, on_success=None, on_failure=None, on_progress=None) -> Task:
        task = Task(fn, self)
        if on_success:
            task.succeeded.connect(on_success)
        if on_failure:
            task.failed.connect(on_failure)
        if on_progress:
            task.progress.connect(on_progress)
        task.finished.connect(lambda t=task: self._forget(t))
        self._tasks.add(task)
        task.start()
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
