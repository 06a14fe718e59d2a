"""Every deadline the case faces, soonest first: the date, the days left, the rule and its source
with how sure the source is, a link to the step it belongs to, and the cautions. Within 30 days a
deadline stands out; once passed it says so, and what that means, calmly."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.deadlines import Deadline, DeadlineReport
from desktop.core.playbook import Playbook
from desktop.ui.common.dates import long_date

SOON_DAYS = 30
CARDS_SHOWN = 10  # deadlines to come shown at once; the rest behind a button


def step_for(rule: str, playbook: Playbook, steps: list[dict]) -> dict | None:
    """The case's step that a deadline rule belongs to (the first in the playbook that names it)."""
    by_key = {s["step_key"]: s for s in steps if s["in_playbook"]}
    for definition in playbook.steps:
        if rule in definition.deadlines and definition.id in by_key:
            return by_key[definition.id]
    return None


class DeadlineCard(QFrame):
    """One deadline."""

    showStepRequested = Signal(int)

    def __init__(self, deadline: Deadline, step: dict | None, step_title: str, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.deadline = deadline
        self.setObjectName("deadline")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.soon = not deadline.passed and deadline.days_left <= SOON_DAYS
        if self.soon:  # stands out without alarm: the palette's own highlight, softened
            self.setAutoFillBackground(True)
            self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.when = QLabel(self._when_text(deadline, lang))
        font = self.when.font()
        font.setBold(True)
        self.when.setFont(font)
        self.title = QLabel(html.escape(deadline.title(lang)))
        layout.addWidget(self.when)
        layout.addWidget(self.title)
        texts = [deadline.basis(lang)]
        if deadline.passed:
            texts.append(deadline.passed_meaning(lang))
        self.basis = self._muted(("" if lang == "zh" else " ").join(texts), muted=False)
        self.source = self._muted("{} — {}".format(deadline.source(lang), deadline.mark_text(lang)))
        self.cautions = self._muted(" ".join(deadline.caution_texts(lang)))
        for label in (self.basis, self.source, self.cautions):
            layout.addWidget(label)  # in the layout first: a shown label without a parent opens as a window
            label.setVisible(bool(label.text()))
        self.step_link: QLabel | None = None
        if step is not None:
            # A link, not a button: it wraps like the text around it in a narrow column.
            self.step_link = QLabel('<a href="step">{}</a>'.format(
                html.escape(self.tr("Open the step: {title}").format(title=step_title))))
            self.step_link.setWordWrap(True)
            self.step_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                   | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            self.step_link.linkActivated.connect(lambda _href: self.showStepRequested.emit(step["id"]))
            layout.addWidget(self.step_link)

    def _when_text(self, deadline: Deadline, lang: str) -> str:
        when = long_date(deadline.due, lang)
        if deadline.passed:
            return self.tr("{date}: this date has passed").format(date=when)
        if deadline.days_left == 0:
            return self.tr("{date}: today is the last day").format(date=when)
        if deadline.days_left == 1:
            return self.tr("{date}: 1 day left").format(date=when)
        return self.tr("{date}: {days} days left").format(date=when, days=deadline.days_left)

    @staticmethod
    def _muted(text: str, muted: bool = True) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if muted:  # the source and the cautions: quieter and a little smaller than the basis
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            label.setFont(font)
        return label


class DeadlinesPanel(QGroupBox):
    """The case's deadlines: the ones still to come first, soonest first, then the passed ones."""

    showStepRequested = Signal(int)
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Deadlines"))
        self.cards: list[DeadlineCard] = []
        self._more_buttons: list[QPushButton] = []
        self._context: tuple = ()
        self._layout = QVBoxLayout(self)
        self.missing = self._note()
        self.passed_heading = QLabel(self.tr("Dates that have passed"), self)
        font = self.passed_heading.font()
        font.setBold(True)
        self.passed_heading.setFont(font)
        self.caution = self._note(self.tr(
            "Worked out from the rules as the app reads them (rules as of the date the checklist shows), counting as "
            "the Civil Code does: the day of an event is not counted, and a last day on a weekend or public holiday "
            "moves to the next working day where that rule applies. Check the current rule; this is guidance, not "
            "legal advice."))
        self.caution.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.export_button = QPushButton(self.tr("Add them to a calendar…"), self)
        self.export_button.setToolTip(self.tr("Save the deadlines as a calendar file (.ics) for your phone or computer"))
        self.export_button.clicked.connect(self.exportRequested)

    def _note(self, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def show_report(self, report: DeadlineReport, playbook: Playbook, steps: list[dict], step_titles: dict[int, str],
                    lang: str) -> None:
        for widget in self.cards + self._more_buttons:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        for fixed in (self.missing, self.passed_heading, self.caution, self.export_button):
            self._layout.removeWidget(fixed)
        self.cards, self._more_buttons = [], []
        self._context = (playbook, steps, step_titles, lang)
        upcoming = [d for d in report.deadlines if not d.passed]
        passed = sorted((d for d in report.deadlines if d.passed), key=lambda d: d.due, reverse=True)
        # Widgets join the layout before they are shown: a widget without a parent would open as a window.
        self._layout.addWidget(self.missing)
        # The soonest first; the rest, and the dates that have passed, one click away. A case with a long
        # history can have hundreds, and a card each would take seconds to lay out.
        for deadline in upcoming[:CARDS_SHOWN]:
            self._add_card(deadline)
        if len(upcoming) > CARDS_SHOWN:
            self._add_more_button(self.tr("Show %n more deadline(s) to come", "", len(upcoming) - CARDS_SHOWN),
                                  upcoming[CARDS_SHOWN:])
        self._layout.addWidget(self.passed_heading)
        if passed:
            self._add_more_button(self.tr("Show the %n date(s) that have passed", "", len(passed)), passed)
        self._layout.addWidget(self.caution)
        self._layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        missing = " ".join(report.missing_texts(lang))
        if not report.deadlines and not missing:
            missing = self.tr("No deadline can be worked out yet: add the dates of what happened (payment, "
                              "treatment, a demand) to the timeline.")
        self.missing.setText(missing)
        self.missing.setVisible(bool(missing))
        self.passed_heading.setVisible(bool(passed))
        self.export_button.setEnabled(bool(upcoming))

    def _add_more_button(self, text: str, deadlines: list[Deadline]) -> None:
        button = QPushButton(text, self)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self._expand(button, deadlines))
        self._more_buttons.append(button)
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def _expand(self, button: QPushButton, deadlines: list[Deadline]) -> None:
        """The cards a button stood for, in its place."""
        at = self._layout.indexOf(button)
        self._layout.removeWidget(button)
        self._more_buttons.remove(button)
        button.deleteLater()
        for offset, deadline in enumerate(deadlines):
            self._add_card(deadline, at + offset)

    def _add_card(self, deadline: Deadline, at: int = -1) -> None:
        playbook, steps, step_titles, lang = self._context
        step = step_for(deadline.rule, playbook, steps)
        card = DeadlineCard(deadline, step, step_titles.get(step["id"], "") if step else "", lang, self)
        card.showStepRequested.connect(self.showStepRequested)
        self.cards.append(card)
        self._layout.insertWidget(at, card)

