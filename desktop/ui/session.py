"""One open case in the GUI: the core Case, its undo stack, and the one place where what the core
changed becomes a signal.

Every core write returns a `Changes` value; undo commands and background jobs hand it to `apply`,
which emits `changed`. Each model looks at the kinds of rows it shows and updates just those rows.
Nothing else emits `changed`, so what the views show always follows what was written."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.case import Case
from desktop.core.changes import Changes


class CaseSession(QObject):
    """Owned by the window's case controller while a case is open."""

    changed = Signal(object)       # Changes
    # Before the case is closed, exported, copied or switched: views save text still being typed.
    aboutToLeave = Signal()
    # Files to add to the case, asked for anywhere in the window; the Evidence page imports them.
    importRequested = Signal(list)
    closing = Signal()

    def __init__(self, case: Case, parent: QObject | None = None):
        super().__init__(parent)
        self.case = case
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        return self.case.read_only

    def apply(self, changes: Changes) -> Changes:
        """Tell every view what a write changed; returns it, so a command can keep what it needs."""
        if not changes.empty:
            self.changed.emit(changes)
        return changes

    def push(self, command: QUndoCommand) -> None:
        """Run an edit (its redo) and keep it for undo."""
        self.undo_stack.push(command)

    def leave(self) -> None:
        """Let every view commit what is still being typed (before close, export, copy)."""
        self.aboutToLeave.emit()

    def close(self) -> None:
        self.leave()
        self.closing.emit()
        self.undo_stack.clear()
        self.case.close()
