"""The thumbnails pass in the window: after an import, and when a case opens with pictures still to
make, the evidence grid gets each picture as it is made (a placeholder, then the picture), while
the user goes on working. It runs in a background task over the window's warm worker pool."""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.core import thumbnails
from desktop.ui.common.tasks import TaskKeeper
from desktop.ui.common.workers import SharedProbePool
from desktop.ui.evidence.background_pass import BackgroundPass
from desktop.ui.session import CaseSession


class PicturePass(BackgroundPass):
    progressed = Signal(int, int)   # pictures done, pictures in all
    what = "the thumbnails pass"

    def __init__(self, session: CaseSession, keeper: TaskKeeper, workers: SharedProbePool, parent=None):
        super().__init__(session, keeper, parent)
        self._workers = workers

    def start(self) -> None:
        """Make the missing pictures; if a pass is running, another follows it (new items came)."""
        if self._session.read_only or self._session.case.closed:
            return
        if self._task is not None:
            self._again = True
            return
        if not thumbnails.pending(self._session.case):
            return
        case, workers, stored = self._session.case, self._workers, self._stored.emit

        def run(report, is_cancelled) -> int:
            worker_case = case.secondary()
            try:
                return thumbnails.make_missing(worker_case, workers.get(), progress=report,
                                               is_cancelled=is_cancelled, stored=stored)
            finally:
                worker_case.close()

        self._task = self._keeper.start(run, on_progress=lambda done, total, _: self.progressed.emit(done, total),
                                        on_failure=self._failed, on_finished=self._ended)
