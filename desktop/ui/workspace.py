"""An open case: banners, the page list on the left, the five views on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFrame, QListView, QPushButton, QSplitter, QStackedWidget, QStyle, QVBoxLayout, QWidget

from desktop.core import reminders
from desktop.ui.checklist.view import ChecklistView
from desktop.ui.common.banner import Banner
from desktop.ui.common.language import ui_language
from desktop.ui.common.reminders import reminder_text
from desktop.ui.common.workers import SharedProbePool
from desktop.ui.evidence.view import EvidenceView
from desktop.ui.letters import LettersView
from desktop.ui.overview import OverviewView
from desktop.ui.session import MEDIUM, VANISHED, CaseSession
from desktop.ui.timeline.view import TimelineView

OVERVIEW, EVIDENCE, TIMELINE, CHECKLIST, LETTERS = range(5)


class CaseWorkspace(QWidget):
    """An open case: banners, the page list on the left, the five views on the right."""

    pageChanged = Signal(int)

    def __init__(self, session: CaseSession, workers: SharedProbePool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._add_banners(layout)
        self.overview = OverviewView(session)
        self.evidence = EvidenceView(session, workers)
        self.timeline = TimelineView(session)
        self.checklist = ChecklistView(session)
        self.letters = LettersView(session)
        self.overview.showStepRequested.connect(self.show_step)
        self._build_nav()
        self.stack = QStackedWidget()
        for view in self.views():
            self.stack.addWidget(view)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 1100])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.set_page(OVERVIEW)

    def _add_banners(self, layout: QVBoxLayout) -> None:
        self.sample_banner: QFrame | None = None
        self.start_own_button: QPushButton | None = None
        if self.session.case.details.get().get("is_sample"):
            self.sample_banner = Banner(
                self.tr("Sample case. The people, the clinic, the amounts and the pictures in it are made up. "
                        "Look around and try things: changes are saved in the sample file only."),
                self.tr("Start your own case…"))
            self.start_own_button = self.sample_banner.button
            layout.addWidget(self.sample_banner)
        self.read_only_banner: Banner | None = None
        self.save_copy_button: QPushButton | None = None
        if self.session.read_only:
            self.read_only_banner = Banner(self._read_only_text(), self.tr("Save a copy as…"))
            self.save_copy_button = self.read_only_banner.button
            layout.addWidget(self.read_only_banner)
        self.reminder_banner: Banner | None = None
        soon = reminders.due_soon_in(self.session.deadline_report())
        if soon:
            self.reminder_banner = Banner(reminder_text(soon, ui_language()),
                                          self.tr("Show the deadlines"))
            self.reminder_banner.button.clicked.connect(self._show_deadlines)
            layout.addWidget(self.reminder_banner)

    def _read_only_text(self) -> str:
        reason = self.session.read_only_reason
        if reason == VANISHED:
            return self.tr("The case file can no longer be reached: the USB stick was removed, or the file or its "
                           "folder was moved. Everything saved before is in the file, and nothing more can be "
                           "changed here. Put the stick back and open the case again, or save a copy elsewhere now.")
        if reason == MEDIUM:
            return self.tr("This case is on a read-only disk or in a folder the app cannot write to, so it is open "
                           "read-only: you can read, search, check and export it, but not change it. To work on it, "
                           "save a copy to a writable folder.")
        return self.tr("This case is open read-only: you can read, search and export it, but not change it.")

    def _build_nav(self) -> None:
        self.pages_model = QStandardItemModel(self)
        style = self.style()
        for text, icon in ((self.tr("Overview"), QStyle.StandardPixmap.SP_FileDialogInfoView),
                           (self.tr("Evidence"), QStyle.StandardPixmap.SP_DirIcon),
                           (self.tr("Timeline"), QStyle.StandardPixmap.SP_FileDialogListView),
                           (self.tr("Checklist"), QStyle.StandardPixmap.SP_DialogApplyButton),
                           (self.tr("Letters"), QStyle.StandardPixmap.SP_FileDialogContentsView)):
            item = QStandardItem(style.standardIcon(icon), text)
            item.setEditable(False)
            self.pages_model.appendRow(item)
        self.nav = QListView()
        self.nav.setModel(self.pages_model)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.nav.setSpacing(3)
        self.nav.setMinimumWidth(120)
        self.nav.setMaximumWidth(210)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setBackgroundRole(QPalette.ColorRole.Window)
        self.nav.selectionModel().currentChanged.connect(self._nav_changed)

    def _show_deadlines(self) -> None:
        self.set_page(OVERVIEW)
        self.overview.show_deadlines()
        self.reminder_banner.hide()

    def shutdown(self) -> None:
        """Before the workspace is replaced: stop its background work (pictures, saving a letter)."""
        self.evidence.shutdown()
        self.letters.shutdown()

    def views(self) -> tuple[QWidget, ...]:
        return self.overview, self.evidence, self.timeline, self.checklist, self.letters

    def page(self) -> int:
        return self.stack.currentIndex()

    def set_page(self, page: int) -> None:
        self.nav.setCurrentIndex(self.pages_model.index(page, 0))
        self.stack.setCurrentIndex(page)

    def _nav_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.stack.setCurrentIndex(current.row())
            self.pageChanged.emit(current.row())

    def show_step(self, step_id: int) -> None:
        self.set_page(CHECKLIST)
        self.checklist.show_item(step_id)

    def go_to(self, kind: str, ref_id: int, query: str = "") -> None:
        if kind == "case":
            self.set_page(OVERVIEW)
            self.overview.show_item(ref_id, query)
        elif kind == "evidence":
            self.set_page(EVIDENCE)
            self.evidence.show_item(ref_id)
        elif kind == "text":
            self.set_page(EVIDENCE)
            self.evidence.show_line(ref_id)
        elif kind == "event":
            self.set_page(TIMELINE)
            self.timeline.show_item(ref_id)
        elif kind == "step":
            self.show_step(ref_id)
        elif kind == "letter":
            self.set_page(LETTERS)
            self.letters.show_item(ref_id)
