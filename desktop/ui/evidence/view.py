"""Placeholder until the evidence view lands: the interface the main window relies on."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.session import CaseSession


class EvidenceView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        QVBoxLayout(self).addWidget(QLabel(self.tr("Evidence")))

    def show_item(self, evidence_id: int) -> None:
        """Select and reveal one item (search results jump here)."""

    def import_paths(self, paths: list[str]) -> None:
        """Import files and folders with a progress dialog (File > Import, drops)."""
