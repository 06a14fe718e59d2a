"""Reading the text in pictures and scans, in the window: after the thumbnails pass (and when a case
opens with items still unread), and for the items the user asks for. One item at a time in a worker
process of its own (desktop.core.reading), so the window stays responsive and never loads OpenCV;
each item's text shows as soon as it is read."""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.core import reading
from desktop.ui.common.tasks import TaskKeeper
from desktop.ui.common.workers import SharedProbePool
from desktop.ui.evidence.background_pass import BackgroundPass
from desktop.ui.session import CaseSession


class ReadingPass(BackgroundPass):
    progressed = Signal(int, int, str)  # items done, items in this pass, the item being read
    what = "reading the text in pictures"

    def __init__(self, session: CaseSession, keeper: TaskKeeper, readers: SharedProbePool, parent=None):
        super().__init__(session, keeper, parent)
        self._readers = readers
        self._asked: list[int] = []      # items the user asked for, read next
        self.reading: frozenset[int] = frozenset()  # items in the running pass

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
        self._asked = []
        super().cancel()

    def _ended(self) -> None:
        self.reading = frozenset()
        self._again = self._again or bool(self._asked)  # items asked for after a failure are still read
        super()._ended()
