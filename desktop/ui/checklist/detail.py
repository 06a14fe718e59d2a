"""What one step is about and where the case stands on it: the playbook's guidance (what, why,
sources, the evidence it needs) and the user's own record (status, dates, notes, links)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import guidance
from desktop.core.playbook import Playbook, Step
from desktop.core.vocab import CATEGORIES, STEP_STATUSES, label
from desktop.ui.common.date_edit import OptionalDateEdit
from desktop.ui.common.dates import format_day, format_when
from desktop.ui.common.mime import EVIDENCE_IDS_MIME, evidence_ids_from

LINK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OUTCOME_IDLE_MS = 1200        # notes are saved this long after the last keystroke, or on leaving the box
Index = QModelIndex | QPersistentModelIndex


class LinkListModel(QAbstractListModel):
    """(id, text) rows: the evidence items or events a step is linked to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int, str]] = []

    def set_rows(self, rows: list[tuple[int, str]]) -> None:
        if rows != self._rows:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()

    def rows(self) -> list[tuple[int, str]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][1]
        if role == LINK_ID_ROLE:
            return self._rows[index.row()][0]
        return None


@dataclass
class ShownStep:
    """What the panel shows of one step: the case's record, the playbook's guidance (None once the
    step left the playbook), whether it applies here, its deadlines, and the names of what it links."""

    step: dict
    definition: Step | None
    title: str
    advice: guidance.StepAdvice
    deadlines: list = field(default_factory=list)
    have: dict[str, int] = field(default_factory=dict)            # evidence count by category
    exhibits: dict[int, str] = field(default_factory=dict)        # evidence id -> E-number
    evidence_titles: dict[int, str] = field(default_factory=dict)
    events: dict[int, dict] = field(default_factory=dict)


class StepDetailPanel(QScrollArea):
    """Shows the selected step. Emits requests; the view turns them into undoable commands."""

    changeRequested = Signal(dict)               # fields to set on the current step
    linkRequested = Signal(str, list, list)      # "evidence"/"events", ids to link, ids to unlink
    chooseRequested = Signal(str)                # open the "Link…" chooser for "evidence"/"events"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self._step: dict | None = None
        self._loading = False
        body = QWidget()
        self.setWidget(body)
        self._build_guidance()
        self._build_record()
        self._build_links()
        self.disclaimer = self._text()
        self.disclaimer.setFrameShape(QFrame.Shape.StyledPanel)
        self.disclaimer.setMargin(6)
        self._build_layout(body)
        body.setEnabled(False)

    def _build_guidance(self) -> None:
        """What the playbook says about the step."""
        self.title = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.stage = QLabel()
        self.what_heading, self.what = self._heading(), self._text()
        self.why_heading, self.why = self._heading(), self._text()
        self.sources_heading, self.sources = self._heading(), self._text()
        self.rule_warning = self._text()
        self.rule_warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.rule_warning.setMargin(6)
        self.deadline = self._text()
        self.situation = self._text()
        self.situation.setFrameShape(QFrame.Shape.StyledPanel)
        self.situation.setMargin(6)
        self.needs_heading, self.needs = self._heading(), self._text()
        for text in (self.title, self.stage):
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_record(self) -> None:
        """What the user records: status, dates, notes."""
        self.status = QComboBox()
        self.started = OptionalDateEdit()
        self.done = OptionalDateEdit()
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMinimumHeight(70)
        self.outcome.setMaximumHeight(120)
        self.outcome.installEventFilter(self)
        self._outcome_timer = QTimer(self)
        self._outcome_timer.setSingleShot(True)
        self._outcome_timer.setInterval(OUTCOME_IDLE_MS)
        self._outcome_timer.timeout.connect(self.commit_outcome)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.started.committed.connect(lambda v: self._request({"started_on": v}))
        self.done.committed.connect(lambda v: self._request({"done_on": v}))
        self.outcome.textChanged.connect(self._outcome_edited)
        self.record = QGroupBox()
        self.form = QFormLayout(self.record)
        self.status_label, self.started_label, self.done_label, self.outcome_label = (QLabel() for _ in range(4))
        for row_label, editor in ((self.status_label, self.status), (self.started_label, self.started),
                                  (self.done_label, self.done), (self.outcome_label, self.outcome)):
            row_label.setBuddy(editor.check if isinstance(editor, OptionalDateEdit) else editor)
            self.form.addRow(row_label, editor)

    def _build_links(self) -> None:
        self.evidence_model, self.events_model = LinkListModel(self), LinkListModel(self)
        self.evidence_box, self.evidence_list, self.link_evidence_button, self.unlink_evidence_button = \
            self._link_box(self.evidence_model, "evidence")
        self.events_box, self.events_list, self.link_events_button, self.unlink_events_button = \
            self._link_box(self.events_model, "events")

    def _build_layout(self, body: QWidget) -> None:
        links = QHBoxLayout()
        links.addWidget(self.evidence_box)
        links.addWidget(self.events_box)
        layout = QVBoxLayout(body)
        for widget in (self.title, self.stage, self.situation, self.rule_warning, self.what_heading, self.what,
                       self.why_heading,
                       self.why, self.sources_heading, self.sources, self.deadline, self.needs_heading, self.needs,
                       self.record):
            layout.addWidget(widget)
        layout.addLayout(links)
        layout.addWidget(self.disclaimer)
        layout.addStretch(1)
        order = (self.status, self.started.check, self.started.edit, self.done.check, self.done.edit, self.outcome,
                 self.link_evidence_button, self.unlink_evidence_button, self.link_events_button,
                 self.unlink_events_button)
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)

    @staticmethod
    def _heading() -> QLabel:
        heading = QLabel()
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        return heading

    @staticmethod
    def _text() -> QLabel:
        text = QLabel()
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return text

    def _link_box(self, model: LinkListModel, what: str):
        box = QGroupBox()
        view = QListView()
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setMinimumHeight(70)
        view.setMaximumHeight(120)
        link, unlink = QPushButton(), QPushButton()
        link.clicked.connect(lambda: self.chooseRequested.emit(what))
        unlink.clicked.connect(lambda: self._unlink_selected(what, view))
        unlink.setEnabled(False)
        view.selectionModel().selectionChanged.connect(
            lambda *_: unlink.setEnabled(view.selectionModel().hasSelection()))
        model.modelReset.connect(lambda: unlink.setEnabled(False))
        buttons = QHBoxLayout()
        buttons.addWidget(link)
        buttons.addWidget(unlink)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        layout.addLayout(buttons)
        return box, view, link, unlink

    # -- language -----------------------------------------------------------------------------
    def retranslate(self, playbook: Playbook, lang: str) -> None:
        self.what_heading.setText(self.tr("What to do"))
        self.why_heading.setText(self.tr("Why"))
        self.sources_heading.setText(self.tr("Sources"))
        self.needs_heading.setText(self.tr("Evidence this step needs"))
        self.record.setTitle(self.tr("Your progress on this step"))
        self.status_label.setText(self.tr("&Status:"))
        self.started_label.setText(self.tr("S&tarted on:"))
        self.done_label.setText(self.tr("Do&ne on:"))
        self.outcome_label.setText(self.tr("&Outcome notes:"))
        self.outcome.setPlaceholderText(self.tr("What happened: who you spoke to, what they said or decided"))
        for edit in (self.started, self.done):
            edit.set_not_set_text(self.tr("not set"))
            edit.check.setToolTip(self.tr("Tick to set a date"))
        self.evidence_box.setTitle(self.tr("Linked evidence"))
        self.events_box.setTitle(self.tr("Linked events"))
        self.link_evidence_button.setText(self.tr("Link evidence…"))
        self.link_events_button.setText(self.tr("Link events…"))
        for button in (self.unlink_evidence_button, self.unlink_events_button):
            button.setText(self.tr("Unlink"))
        self.evidence_list.setToolTip(self.tr("Drop evidence here to link it to this step."))
        rules_as_of = format_day(date.fromisoformat(playbook.rules_as_of), lang)
        self.disclaimer.setText("<b>{}</b><br>{}".format(
            html.escape(self.tr("Guidance, not legal advice. Rules as of {date}.").format(date=rules_as_of)),
            html.escape(playbook.text("disclaimer", lang))))
        self._loading = True
        try:
            current = self.status.currentData()
            self.status.clear()
            for key in STEP_STATUSES:
                self.status.addItem(label(STEP_STATUSES, key, lang), key)
            self.status.setCurrentIndex(max(0, self.status.findData(current)))
        finally:
            self._loading = False

    # -- showing a step -----------------------------------------------------------------------
    def current_step(self) -> dict | None:
        return self._step

    def show_step(self, shown: ShownStep | None, playbook: Playbook, lang: str) -> None:
        step = shown.step if shown else None
        switching = (self._step or {}).get("id") != (step or {}).get("id")
        if switching:
            self.commit_outcome()
        self._step = step
        self.widget().setEnabled(step is not None)
        if shown is None:
            self.title.setText(self.tr("Choose a step on the left to see what to do."))
            for widget in (self.stage, self.what, self.why, self.sources, self.needs, self.deadline, self.situation):
                widget.clear()
            for widget in (self.rule_warning, self.situation, self.deadline):
                widget.hide()
            return
        definition = shown.definition
        self.title.setText(f"{step['position']}. {shown.title}" if step["in_playbook"] else shown.title)
        self._show_guidance(shown, playbook, lang)
        self._show_situation(shown, lang)
        self._show_deadlines(shown, lang)
        needs = definition.needs_evidence if definition else ()
        self.needs_heading.setVisible(bool(needs))
        self.needs.setText("<br>".join(self._need_line(c, shown.have.get(c, 0), lang) for c in needs))
        self._show_record(step, switching)
        self.evidence_model.set_rows([(i, f"{shown.exhibits.get(i, '')}  {shown.evidence_titles.get(i, '')}".strip())
                                      for i in step["evidence_ids"] if i in shown.exhibits])
        # Plain text in a list view, as the evidence rows above: escaping would show "&amp;" for "&".
        self.events_model.set_rows([(i, "{}  {}".format(format_when(e["occurred_at"], e["precision"], lang),
                                                        e["title"]))
                                    for i in step["event_ids"] if (e := shown.events.get(i))])

    def _show_guidance(self, shown: ShownStep, playbook: Playbook, lang: str) -> None:
        esc, definition = html.escape, shown.definition
        if definition is None or not shown.step["in_playbook"]:
            self.stage.setText(esc(self.tr("No longer in the guidance")))
            self.what.setText(esc(self.tr("The current version of the guidance (rules as of {date}) no longer has "
                                          "this step. What you recorded here is kept.").format(
                date=format_day(date.fromisoformat(playbook.rules_as_of), lang))))
            for widget in (self.why, self.sources):
                widget.clear()
            self.rule_warning.hide()
            return
        self.stage.setText(self.tr("Stage: {stage}").format(stage=playbook.stage_title(definition.stage, lang)))
        self.what.setText(esc(definition.text("what", lang)))
        self.why.setText(esc(definition.text("why", lang)))
        cites = []
        for source in definition.sources:
            mark = esc(source.mark_text(lang))
            cites.append(f"• {esc(source.cite(lang))} — " + (f"<i>{mark}</i>" if source.secondary else mark))
        self.sources.setText("<br>".join(cites) or esc(self.tr("No source listed.")))
        self.rule_warning.setVisible(definition.check_current_rule)
        self.rule_warning.setText("⚠ <b>{}</b> {}".format(
            esc(self.tr("Check the current rule.")),
            esc(self.tr("This step rests on a rule that may have changed since the rules date. Check the current "
                        "text, or ask the 12348 legal aid hotline, before you rely on it."))))

    def _show_situation(self, shown: ShownStep, lang: str) -> None:
        advice = shown.advice
        if not advice.situation or not shown.step["in_playbook"]:
            self.situation.hide()
            return
        self.situation.setText(html.escape(guidance.advice_text(advice, lang)))
        self.situation.show()

    def _show_deadlines(self, shown: ShownStep, lang: str) -> None:
        if not shown.deadlines:
            self.deadline.hide()
            return
        lines = []
        for deadline in shown.deadlines:
            when = format_day(deadline.due, lang)
            if deadline.passed:
                state = self.tr("passed")
            elif deadline.days_left == 0:
                state = self.tr("today")
            else:
                state = self.tr("%n day(s) left", "", deadline.days_left)
            line = self.tr("{date} — {title} ({state})").format(date="\0", title=deadline.title(lang), state=state)
            lines.append(html.escape(line).replace("\0", f"<b>{html.escape(when)}</b>"))
        self.deadline.setText("<br>".join(lines))
        self.deadline.show()

    def _need_line(self, category: str, count: int, lang: str) -> str:
        name = label(CATEGORIES, category, lang)
        if count:
            return "✓ " + html.escape(self.tr("{category}: {count} in the case").format(category=name, count=count))
        return "✗ <b>{}</b>".format(html.escape(self.tr("{category}: missing").format(category=name)))

    def _show_record(self, step: dict, switching: bool) -> None:
        self._loading = True
        try:
            self.status.setCurrentIndex(max(0, self.status.findData(step["status"])))
            self.started.set_value(step["started_on"])
            self.done.set_value(step["done_on"])
            # Keep what the user is typing: only replace the notes when they differ and nothing is pending.
            if (switching or not self._outcome_timer.isActive()) and self.outcome.toPlainText() != step["outcome"]:
                self.outcome.setPlainText(step["outcome"] or "")
        finally:
            self._loading = False

    # -- edits --------------------------------------------------------------------------------
    def _request(self, changes: dict) -> None:
        if self._step is not None and not self._loading:
            changed = {k: v for k, v in changes.items() if self._step.get(k) != v}
            if changed:
                self.changeRequested.emit(changed)

    def _status_changed(self) -> None:
        if not self._loading:
            self._request({"status": self.status.currentData()})

    def _outcome_edited(self) -> None:
        if not self._loading:
            self._outcome_timer.start()

    def commit_outcome(self) -> None:
        self._outcome_timer.stop()
        if self._step is not None:
            self._request({"outcome": self.outcome.toPlainText()})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QScrollArea filters its own widget too, before the notes box exists.
        if event.type() == QEvent.Type.FocusOut and watched is getattr(self, "outcome", None):
            self.commit_outcome()
        return super().eventFilter(watched, event)

    def _unlink_selected(self, what: str, view: QListView) -> None:
        ids = [index.data(LINK_ID_ROLE) for index in view.selectionModel().selectedRows()]
        if ids:
            self.linkRequested.emit(what, [], ids)

    # -- dropping evidence onto the step ----------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self._step is not None and event.mimeData().hasFormat(EVIDENCE_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        ids = evidence_ids_from(event.mimeData())
        if self._step is None or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.linkRequested.emit("evidence", ids, [])
