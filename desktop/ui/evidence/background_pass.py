"""What the Evidence page's background passes share (thumbnails, then reading text): one task at a time,
another after it when asked meanwhile, each stored item applied on the GUI thread, and failures kept
quiet unless the case cannot be written any more (then the window says so)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from desktop.core.changes import Changes
from desktop.core.errors import CaseError
from desktop.ui.common.tasks import Task, TaskKeeper
from desktop.ui.session import GONE_FOR_GOOD, CaseSession

log = logging.getLogger(__name__)


class BackgroundPass(QObject):
    finished = Signal()
    _stored = Signal(object)  # Changes, from the worker thread to the GUI thread
    what = "a background pass"  # for the log

    def __init__(self, session: CaseSession, keeper: TaskKeeper, parent=None):
        super().__init__(parent)
        self._session, self._keeper = session, keeper
        self._task: Task | None = None
        self._again = False
        self._stored.connect(self._apply)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        """Stop after the item at hand; what was stored is kept."""
        self._again = False
        if self._task is not None:
            self._task.cancel()

    def _ended(self) -> None:
        self._task = None
        self.finished.emit()
        if self._again and not self._session.case.closed:
            self._again = False
            self.start()

    def _failed(self, exc: BaseException, details: str) -> None:
        """Not worth a dialog, unless the case cannot be written any more."""
        self._again = False
        if isinstance(exc, CaseError) and exc.code in GONE_FOR_GOOD and not self._session.case.closed:
            self._session.write_failed(exc)
        elif not isinstance(exc, CaseError):
            log.error("%s failed\n%s", self.what, details)

    def _apply(self, changes: Changes) -> None:
        if not self._session.case.closed:
            self._session.apply(changes)
