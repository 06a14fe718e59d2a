"""One open case in the GUI: the core Case, its undo stack, and change signals the models listen to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.case import Case


class CaseSession(QObject):
    """Owned by the main window while a case is open. Models re-read what a signal names.

    The id lists say which rows changed; an empty list means "anything may have changed"."""

    evidenceChanged = Signal(list)
    eventsChanged = Signal(list)
    stepsChanged = Signal(list)
    detailsChanged = Signal()
    closing = Signal()

    def __init__(self, case: Case, parent: QObject | None = None):
        super().__init__(parent)
        self.case = case
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        return self.case.read_only

    def push(self, command: QUndoCommand) -> None:
        """Run an edit (its redo) and keep it for undo."""
        self.undo_stack.push(command)

    def notify_all(self) -> None:
        """After work done elsewhere (an import in a worker): every view re-reads."""
        self.evidenceChanged.emit([])
        self.eventsChanged.emit([])
        self.stepsChanged.emit([])
        self.detailsChanged.emit()

    def close(self) -> None:
        self.closing.emit()
        self.undo_stack.clear()
        self.case.close()
