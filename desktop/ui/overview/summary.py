"""Where the case stands: steps settled, evidence by category, the next step, the deadline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import calendar_export, guidance
from desktop.core.changes import DETAILS, EVENT, EVIDENCE, STEP, Changes
from desktop.core.errors import CaseError
from desktop.core.playbook import load_playbook
from desktop.core.vocab import CATEGORIES, label
from desktop.ui.common.language import ui_language
from desktop.ui.error_text import describe
from desktop.ui.overview.deadlines import DeadlinesPanel
from desktop.ui.session import CaseSession


class CaseSummary(QWidget):
    """Where the case stands: steps settled, evidence by category, the next step, the deadline."""

    showStepRequested = Signal(int)

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._next_step_id: int | None = None
        layout = QVBoxLayout(self)

        steps_box = QGroupBox(self.tr("Steps"))
        steps_layout = QVBoxLayout(steps_box)
        self.steps_label = QLabel()
        self.steps_bar = QProgressBar()
        self.steps_bar.setTextVisible(False)
        self.steps_bar.setMaximumHeight(10)
        self.next_label = _wrapping_label()
        self.missing_label = _wrapping_label()
        self.next_button = QPushButton(self.tr("Open this step in the checklist"))
        self.next_button.clicked.connect(lambda: self._next_step_id and self.showStepRequested.emit(self._next_step_id))
        for widget in (self.steps_label, self.steps_bar, self.next_label, self.missing_label):
            steps_layout.addWidget(widget)
        steps_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(steps_box)

        evidence_box = QGroupBox(self.tr("Evidence"))
        evidence_layout = QVBoxLayout(evidence_box)
        self.evidence_label = QLabel()
        self.categories_label = _wrapping_label()
        evidence_layout.addWidget(self.evidence_label)
        evidence_layout.addWidget(self.categories_label)
        layout.addWidget(evidence_box)

        self.deadlines = DeadlinesPanel()
        self.deadlines.showStepRequested.connect(self.showStepRequested)
        self.deadlines.exportRequested.connect(self.export_calendar)
        layout.addWidget(self.deadlines)
        layout.addStretch(1)

        session.changed.connect(self._case_changed)
        self.refresh()

    def _case_changed(self, changes: Changes) -> None:
        # Only what it shows: not a picture's thumbnail or text read in the background (one change per
        # item while an import's passes run), nor a letter's text.
        if not self._session.case.closed and changes.touches(DETAILS, EVIDENCE, EVENT, STEP):
            self.refresh()

    def refresh(self) -> None:
        case, lang = self._session.case, ui_language()
        settled, total = case.checklist.progress()
        self.steps_label.setText(self.tr("{settled} of {total} steps settled (done, skipped or not needed)")
                                 .format(settled=settled, total=total))
        self.steps_bar.setRange(0, max(total, 1))
        self.steps_bar.setValue(settled)
        step = guidance.next_step(case)
        self._next_step_id = step["id"] if step else None
        self.next_button.setVisible(step is not None)
        if step is None:
            self.next_label.setText(self.tr("Every step is settled."))
            self.missing_label.clear()
        else:
            title = load_playbook(step["playbook_id"]).step_title(step, lang)
            self.next_label.setText(self.tr("Next step: {title}").format(title=title))
            missing = [label(CATEGORIES, c, lang) for c in case.checklist.missing_evidence(step)]
            if missing:
                self.missing_label.setText(self.tr("This step still needs: {categories}.")
                                           .format(categories=self.tr(", ").join(missing)))
            else:
                self.missing_label.setText(self.tr("The evidence this step needs is in the case."))

        counts = case.evidence.count_by_category()
        count = sum(counts.values())
        self.evidence_label.setText(self.tr("1 item of evidence") if count == 1 else
                                    self.tr("{count} items of evidence").format(count=count))
        parts = [self.tr("{category}: {count}").format(category=label(CATEGORIES, key, lang), count=counts[key])
                 for key in CATEGORIES if counts.get(key)]
        self.categories_label.setText(self.tr(" · ").join(parts) if parts else
                                      self.tr("No evidence yet: import photos, chats and documents in Evidence."))
        self._show_deadlines(lang)

    def _show_deadlines(self, lang: str) -> None:
        case = self._session.case
        self.report = self._session.deadline_report()
        playbook = load_playbook(case.playbook_id)
        steps = case.checklist.list()
        titles = {s["id"]: d.text("title", lang) for s in steps if (d := playbook.step(s["step_key"]))}
        self.deadlines.show_report(self.report, playbook, steps, titles, lang)

    def export_calendar(self) -> None:
        """Save the deadlines still to come as a calendar file (.ics) for a phone or a computer."""
        case = self._session.case
        suggested = case.path.with_name(self.tr("{name} deadlines").format(name=case.path.stem) + ".ics")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Add the deadlines to a calendar"),
                                                      str(suggested), self.tr("Calendar files (*.ics)"))
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".ics") else chosen + ".ics")
        try:
            count = calendar_export.write_ics(self.report, case.title, path, ui_language())
        except CaseError as exc:
            QMessageBox.warning(self, self.tr("Deadlines"), describe(exc))
            return
        QMessageBox.information(self, self.tr("Deadlines"), self.tr(
            "{count} deadlines were saved in {path}. Open that file on your phone or computer to add them to its "
            "calendar, with reminders a week and a day before each.").format(count=count, path=path))


def _wrapping_label() -> QLabel:
    widget = QLabel()
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget
