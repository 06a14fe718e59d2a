"""One open case in the GUI: the core Case, its undo stack, and the one place where what the core
changed becomes a signal.

Every core write returns a `Changes` value; undo commands and background jobs hand it to `apply`,
which emits `changed`. Each model looks at the kinds of rows it shows and updates just those rows.
Nothing else emits `changed`, so what the views show always follows what was written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core import deadlines
from desktop.core.case import Case
from desktop.core.changes import Changes
from desktop.core.errors import CaseError

# Why a case is open read-only, for the banner that says so.
ASKED, MEDIUM, VANISHED = "asked", "medium", "vanished"
# Writes that fail like this mean the case cannot be written any more, not just this once.
GONE_FOR_GOOD = ("gone", "io_error", "read_only.write")
WATCH_EVERY_MS = 2000


class CaseSession(QObject):
    """Owned by the window's case controller while a case is open."""

    changed = Signal(object)       # Changes
    # Before the case is closed, exported, copied or switched: views save text still being typed.
    aboutToLeave = Signal()
    # Files to add to the case, asked for anywhere in the window; the Evidence page imports them.
    importRequested = Signal(list)
    closing = Signal()
    # A write failed: the window says so in plain words (CaseError).
    writeFailed = Signal(object)
    # The case became read-only while open (its stick was pulled): the window rebuilds its views.
    wentReadOnly = Signal(str)

    def __init__(self, case: Case, parent: QObject | None = None, read_only_reason: str = ""):
        super().__init__(parent)
        self.case = case
        self.undo_stack = QUndoStack(self)
        self.read_only_reason = read_only_reason or (ASKED if case.read_only else "")
        self._report: tuple[date, deadlines.DeadlineReport] | None = None
        # A pulled stick is noticed within a couple of seconds, not at the next edit.
        self._watch = QTimer(self, interval=WATCH_EVERY_MS)
        self._watch.timeout.connect(self._check_still_there)
        self._watch.start()

    @property
    def read_only(self) -> bool:
        return self.case.read_only

    def apply(self, changes: Changes) -> Changes:
        """Tell every view what a write changed; returns it, so a command can keep what it needs."""
        if not changes.empty:
            self._report = None
            self.changed.emit(changes)
        return changes

    def deadline_report(self) -> deadlines.DeadlineReport:
        """The case's deadlines as of today, worked out once for every view until the case changes
        (a case with many events has hundreds, and several pages show them)."""
        today = date.today()
        if self._report is None or self._report[0] != today:
            self._report = (today, deadlines.for_case(self.case, today))
        return self._report[1]

    def push(self, command: QUndoCommand) -> None:
        """Run an edit (its redo) and keep it for undo."""
        self.undo_stack.push(command)

    def write_failed(self, exc: CaseError) -> None:
        """An edit could not be saved: say so; if the case cannot be written any more, go read-only."""
        self.writeFailed.emit(exc)
        self.read_only_after(exc)

    def read_only_after(self, exc: CaseError) -> None:
        """A write failed: if the case cannot be written any more (its stick was pulled), go read-only."""
        if exc.code in GONE_FOR_GOOD:
            self.go_read_only(VANISHED if exc.code != "read_only.write" else MEDIUM)

    def go_read_only(self, reason: str) -> None:
        if self.case.closed or (self.read_only and self.read_only_reason == reason):
            return
        self.case.file.read_only = True
        self.read_only_reason = reason
        self.undo_stack.clear()  # an undo would be a write
        self.wentReadOnly.emit(reason)

    def _check_still_there(self) -> None:
        if self.case.closed:
            self._watch.stop()
        elif self.read_only_reason != VANISHED and not self.case.file.still_there():
            self._watch.stop()
            self.go_read_only(VANISHED)

    def leave(self) -> None:
        """Let every view commit what is still being typed (before close, export, copy)."""
        self.aboutToLeave.emit()

    def close(self) -> None:
        self._watch.stop()
        self.leave()
        self.closing.emit()
        self.undo_stack.clear()
        self.case.close()
