"""Placeholder until the checklist view lands: the interface the main window relies on."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.session import CaseSession


class ChecklistView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        QVBoxLayout(self).addWidget(QLabel(self.tr("Checklist")))

    def show_item(self, step_id: int) -> None:
        """Select and reveal one item (search results jump here)."""

