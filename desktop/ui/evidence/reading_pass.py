"""Reading the text in pictures and scans, in the window: after the thumbnails pass (and when a case
opens with items still unread), and for the items the user asks for. One item at a time in a worker
process of its own (desktop.core.reading), so the window stays responsive and never loads OpenCV;
each item's text shows as soon as it is read."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from desktop.core import reading
from desktop.core.changes import Changes
from desktop.core.errors import CaseError
from desktop.ui.common.tasks import Task, TaskKeeper
from desktop.ui.common.workers import SharedProbePool
from desktop.ui.session import GONE_FOR_GOOD, CaseSession

log = logging.getLogger(__name__)


class ReadingPass(QObject):
    progressed = Signal(int, int, str)  # items done, items in this pass, the item being read
    finished = Signal()
    _stored = Signal(object)            # Changes, from the worker thread to the GUI thread

    def __init__(self, session: CaseSession, keeper: TaskKeeper, readers: SharedProbePool, parent=None):
        super().__init__(parent)
        self._session, self._keeper, self._readers = session, keeper, readers
        self._task: Task | None = None
        self._again = False
        self._asked: list[int] = []      # items the user asked for, read next
        self.reading: frozenset[int] = frozenset()  # items in the running pass
        self._stored.connect(self._apply)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, ids: list[int] | None = None) -> None:
        """Read what is unread (None), or these items whatever they are; after a running pass if there is one."""
        if self._session.read_only or self._session.case.closed:
            return
        if ids is not None:
            self._asked.extend(i for i in ids if i not in self._asked)
        if self._task is not None:
            self._again = True
            return
        asked, self._asked = self._asked, []
        case = self._session.case
        todo = reading.to_read(case, asked) if asked else reading.to_read(case)
        if not todo:
            return
        readers, stored = self._readers, self._stored.emit
        self.reading = frozenset(todo)

        def run(report, is_cancelled) -> int:
            worker_case = case.secondary()
            try:
                return reading.read_items(worker_case, readers.get(), todo, progress=report,
                                          is_cancelled=is_cancelled, stored=stored, asked=bool(asked))
            finally:
                worker_case.close()

        self._task = self._keeper.start(run, on_progress=self.progressed.emit, on_failure=self._failed,
                                        on_finished=self._ended)

    def cancel(self) -> None:
        """Stop after the item being read; what was read is kept."""
        self._again = False
        self._asked = []
        if self._task is not None:
            self._task.cancel()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._again = False
        if isinstance(exc, CaseError) and exc.code in GONE_FOR_GOOD and not self._session.case.closed:
            self._session.write_failed(exc)
        elif not isinstance(exc, CaseError):
            log.error("reading the text in pictures failed\n%s", details)

    def _apply(self, changes: Changes) -> None:
        if not self._session.case.closed:
            self._session.apply(changes)

    def _ended(self) -> None:
        self._task = None
        self.reading = frozenset()
        self.finished.emit()
        if (self._again or self._asked) and not self._session.case.closed:
            self._again = False
            self.start()
