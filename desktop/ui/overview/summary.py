"""Where the case stands: steps settled, evidence by category, the next step, the deadline."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QGroupBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.core import deadlines, guidance
from desktop.core.changes import Changes
from desktop.core.playbook import load_playbook
from desktop.core.vocab import CATEGORIES, label
from desktop.ui.common.language import ui_language
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

        deadline_box = QGroupBox(self.tr("Time limit for a claim"))
        deadline_layout = QVBoxLayout(deadline_box)
        self.deadline_label = _wrapping_label()
        font = QFont(self.deadline_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.deadline_label.setFont(font)
        self.basis_label = _wrapping_label()
        self.caution_label = _wrapping_label()
        self.caution_label.setText(self.tr(
            "This is worked out from the Civil Code (arts. 188 and 195) as the app understands it: check the "
            "current rule. It is guidance, not legal advice. If the last day is a public holiday, the time limit "
            "ends on the next working day."))
        self.caution_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for widget in (self.deadline_label, self.basis_label, self.caution_label):
            deadline_layout.addWidget(widget)
        layout.addWidget(deadline_box)
        layout.addStretch(1)

        session.changed.connect(self._case_changed)
        self.refresh()

    def _case_changed(self, changes: Changes) -> None:
        if not self._session.case.closed:
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
            definition = load_playbook(step["playbook_id"]).step(step["step_key"])
            title = definition.text("title", lang) if definition else step["step_key"]
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
        self._show_deadline(deadlines.for_case(case))

    def _show_deadline(self, result: deadlines.LimitationDeadline | None) -> None:
        if result is None:
            self.deadline_label.setText(self.tr("Not known yet"))
            self.basis_label.setText(self.tr(
                "Enter the date you first knew something was wrong (in the form, under “What happened”) to see "
                "how long you have to make a claim."))
            return
        when = _long_date(result.deadline)
        if result.passed:
            self.deadline_label.setText(self.tr("The three-year limit ended on {date}.").format(date=when))
        else:
            self.deadline_label.setText(
                self.tr("1 day left, until {date}").format(date=when) if result.days_left == 1 else
                self.tr("{days} days left, until {date}").format(days=result.days_left, date=when))
        if result.basis == "demand":
            basis = self.tr("Three years from your written demand “{title}” of {date}, which started the period "
                            "again.").format(title=result.restart_event_title, date=_long_date(result.start))
        else:
            basis = self.tr("Three years from the day you first knew something was wrong ({date}).").format(
                date=_long_date(result.start))
        if result.capped:
            basis += " " + self.tr("It cannot go past twenty years from the treatment ({date}).").format(
                date=_long_date(result.harm_date))
        self.basis_label.setText(basis)


def _wrapping_label() -> QLabel:
    widget = QLabel()
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def _long_date(value) -> str:
    """22 August 2029 / 2029年8月22日: a date nobody can misread, without the weekday."""
    pattern = "yyyy年M月d日" if ui_language() == "zh" else "d MMMM yyyy"
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)
