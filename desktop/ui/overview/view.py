"""The Overview: the case's details as a form, and a summary of where the case stands.

The form's widgets are bound to CaseDetailsModel (one row, a column per detail). An edit is
committed when the field is left (Tab, Enter, a click elsewhere), never per keystroke, and goes
through the undo stack as one EditDetailsCommand; undo re-reads the model and the form follows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from desktop.ui.overview.fields import CaseDetailsModel
from desktop.ui.overview.form import DetailsForm
from desktop.ui.overview.summary import CaseSummary
from desktop.ui.session import CaseSession


class OverviewView(QWidget):
    showStepRequested = Signal(int)

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = CaseDetailsModel(session, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = DetailsForm(self.model, session.read_only)
        self.summary = CaseSummary(session)
        self.summary.showStepRequested.connect(self.showStepRequested)
        session.aboutToLeave.connect(self.form.commit_all)
        self.scrolls: list[QScrollArea] = []
        for widget, stretch in ((self.form, 3), (self.summary, 2)):
            scroll = QScrollArea()
            scroll.setWidget(widget)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the page list straight to the fields
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            layout.addWidget(scroll, stretch)
            self.scrolls.append(scroll)


    def show_item(self, _case_id: int = 1, query: str = "") -> None:
        if not (query and self.form.focus_matching(query)):
            self.form.editors["title"].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_deadlines(self) -> None:
        """Bring the deadlines into view (the reminder notice's button)."""
        self.scrolls[1].ensureWidgetVisible(self.summary.deadlines, 0, 0)
