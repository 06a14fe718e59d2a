"""The Checklist page: the playbook's steps as a guided list with progress, and the selected
step's guidance and record beside it. Evidence can be dropped onto a step to link it."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import guidance
from desktop.core.changes import DETAILS, EVENT, EVIDENCE, STEP, Changes
from desktop.core.playbook import Playbook, diff, load_playbook, previous_version
from desktop.core.vocab import STEP_STATUSES, label
from desktop.ui.checklist.detail import ShownStep, StepDetailPanel
from desktop.ui.checklist.model import STEP_ID_ROLE, ChecklistModel
from desktop.ui.checklist.update_dialog import PlaybookUpdateDialog
from desktop.ui.common.banner import Banner
from desktop.ui.common.commands import UpdatePlaybookCommand, UpdateStepCommand, links_command
from desktop.ui.common.dates import format_day, format_when
from desktop.ui.common.evidence_panel import ChoiceModel, EvidencePanel, evidence_choices
from desktop.ui.common.mime import EvidenceDropRows
from desktop.ui.session import CaseSession


class StepTree(EvidenceDropRows, QTreeView):
    """The steps by stage; evidence dropped onto a step row is linked to it."""

    evidenceDropped = Signal(int, list)  # step id, evidence ids
    drop_id_role = STEP_ID_ROLE

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)


class ChooserDialog(QDialog):
    """Tick the items to link: a checkable list over a small model."""

    def __init__(self, title: str, choices: list[tuple[int, str]], checked: set[int], parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = ChoiceModel(choices, checked, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.empty = QLabel(self.tr("There is nothing to link yet."))
        self.empty.setVisible(not choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 420)


class ChecklistView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = ChecklistModel(session, self)
        self.chooser: ChooserDialog | None = None  # the open "Link…" dialog, if any
        self.update_dialog: PlaybookUpdateDialog | None = None
        self.deadlines: list = []
        self._build_header()
        self._build_tree()
        self.detail = StepDetailPanel()
        self.detail.changeRequested.connect(self._change_requested)
        self.detail.linkRequested.connect(self._link_requested)
        self.detail.chooseRequested.connect(self.open_chooser)
        self.evidence_panel = EvidencePanel(session)
        self._build_layout()
        session.changed.connect(self._case_changed)
        session.aboutToLeave.connect(self.detail.commit_outcome)
        self.retranslate()
        first = self.model.steps()[0]["id"] if self.model.steps() else None
        if first is not None:
            self.show_item((guidance.next_step(self.session.case) or {}).get("id", first))

    def _build_header(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(220)
        self.progress_label = QLabel()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.update_banner = Banner("", self.tr("See what changed…"))
        self.update_banner.button.clicked.connect(self.offer_update)

    def _build_tree(self) -> None:
        self.tree = StepTree()
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChecklistModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.evidenceDropped.connect(self._dropped_on_step)
        self.model.modelReset.connect(self.tree.expandAll)

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.addWidget(self.evidence_panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([440, 650, 240])
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.update_banner)
        layout.addWidget(self.next_label)
        layout.addWidget(self.guidance)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.tree, self.detail.status)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.model.retranslate()
        lang = self.model.lang
        playbook = self.model.playbook
        self.heading.setText(playbook.text("title", lang))
        rules_as_of = format_day(date.fromisoformat(playbook.rules_as_of), lang)
        self.guidance.setText(self.tr("This checklist is guidance, not legal advice. Rules as of {date}: check the "
                                      "current rule before you rely on a deadline.").format(date=rules_as_of))
        self.tree.setAccessibleName(self.tr("Steps"))
        self.detail.retranslate(playbook, lang)
        self.evidence_panel.retranslate()
        self._refresh()

    # -- showing ------------------------------------------------------------------------------
    def show_item(self, step_id: int) -> None:
        """Select and reveal one step (search results jump here)."""
        index = self.model.index_of(step_id)
        if not index.isValid():
            return
        self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)

    def selected_step_id(self) -> int | None:
        step = self.detail.current_step()
        return step["id"] if step else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current.data(STEP_ID_ROLE) if current.isValid() else None)

    def _case_changed(self, changes: Changes) -> None:
        # The details decide which step comes next, whether a step applies and the deadlines shown.
        if changes.touches(STEP, DETAILS, EVIDENCE, EVENT):
            self._refresh()

    def _refresh(self) -> None:
        self.deadlines = self._case_deadlines()
        self._show_update_banner()
        settled, total = self.session.case.checklist.progress()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(settled)
        self.progress_label.setText(self.tr("{settled} of {total} steps settled").format(settled=settled, total=total))
        self.progress.setAccessibleName(self.progress_label.text())
        upcoming = guidance.next_step(self.session.case)
        if upcoming:
            self.next_label.setText(self.tr("Next step: {title}").format(title=self.model.step_title(upcoming)))
        else:
            self.next_label.setText(self.tr("Every step is settled."))
        self._show_detail(self.selected_step_id() if self.detail.current_step() else
                          self.tree.currentIndex().data(STEP_ID_ROLE))

    def _show_detail(self, step_id: int | None) -> None:
        case = self.session.case
        step = next((s for s in self.model.steps() if s["id"] == step_id), None) if step_id is not None else None
        shown = None
        if step is not None:
            items = case.evidence.list()
            definition = self.model.definition(step)
            shown = ShownStep(
                step, definition, self.model.step_title(step), self.model.step_advice(step),
                deadlines=[d for d in self.deadlines if definition and d.rule in definition.deadlines],
                have=Counter(i["category"] for i in items), exhibits={i["id"]: i["exhibit"] for i in items},
                evidence_titles={i["id"]: i["title"] or i["file_name"] for i in items},
                events={e["id"]: e for e in case.timeline.list()} if step["event_ids"] else {})
        self.detail.show_step(shown, self.model.playbook, self.model.lang)
        self.detail.widget().setEnabled(step is not None and not self.session.read_only)

    # -- edits --------------------------------------------------------------------------------
    def _change_requested(self, changes: dict) -> None:
        step = self.detail.current_step()
        if step is None or self.session.read_only:
            return
        title = self.model.step_title(step)
        today = date.today().isoformat()
        if changes.get("status") == "done" and not step["done_on"] and "done_on" not in changes:
            changes = {**changes, "done_on": today}
        if changes.get("status") == "in_progress" and not step["started_on"] and "started_on" not in changes:
            changes = {**changes, "started_on": today}
        if "status" in changes:
            text = self.tr("Mark “{step}” as {status}").format(
                step=title, status=label(STEP_STATUSES, changes["status"], self.model.lang))
        elif set(changes) == {"outcome"}:
            text = self.tr("Edit notes of “{step}”").format(step=title)
        else:
            text = self.tr("Change dates of “{step}”").format(step=title)
        self.session.push(UpdateStepCommand(self.session, step["id"], changes, text))

    def _link_requested(self, what: str, link_ids: list[int], unlink_ids: list[int]) -> None:
        step = self.detail.current_step()
        if step is not None:
            self._push_links(step, what, link_ids, unlink_ids)

    def _dropped_on_step(self, step_id: int, evidence_ids: list[int]) -> None:
        self.show_item(step_id)
        step = self.detail.current_step()
        if step is not None:
            self._push_links(step, "evidence", evidence_ids, [])

    def _push_links(self, step: dict, what: str, link_ids: list[int], unlink_ids: list[int]) -> None:
        if self.session.read_only:
            return
        current = set(step["evidence_ids"] if what == "evidence" else step["event_ids"])
        link_ids = [i for i in link_ids if i not in current]
        unlink_ids = [i for i in unlink_ids if i in current]
        if not link_ids and not unlink_ids:
            return
        title = self.model.step_title(step)
        if what == "evidence":
            text = (self.tr("Link evidence to “{step}”") if link_ids and not unlink_ids else
                    self.tr("Unlink evidence from “{step}”") if not link_ids else
                    self.tr("Change evidence linked to “{step}”")).format(step=title)
        else:
            text = (self.tr("Link events to “{step}”") if link_ids and not unlink_ids else
                    self.tr("Unlink events from “{step}”") if not link_ids else
                    self.tr("Change events linked to “{step}”")).format(step=title)
        linked_kind = "evidence" if what == "evidence" else "event"
        self.session.push(links_command(self.session, "step", step["id"], linked_kind, text, link_ids, unlink_ids))

    def open_chooser(self, what: str) -> None:
        step = self.detail.current_step()
        if step is None or self.session.read_only:
            return
        if what == "evidence":
            title, choices, checked = self.tr("Link evidence"), evidence_choices(self.session), step["evidence_ids"]
        else:
            lang = self.model.lang
            title = self.tr("Link events")
            choices = [(e["id"], "{}  {}".format(format_when(e["occurred_at"], e["precision"], lang), e["title"]))
                       for e in self.session.case.timeline.list()]
            checked = step["event_ids"]
        dialog = ChooserDialog(title, choices, set(checked), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def accepted() -> None:
            chosen, before = set(dialog.model.checked_ids()), set(checked)
            self._push_links(step, what, sorted(chosen - before), sorted(before - chosen))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: setattr(self, "chooser", None))
        self.chooser = dialog
        dialog.open()

    # -- a newer playbook -----------------------------------------------------------------------
    def _case_deadlines(self) -> list:
        return list(self.session.deadline_report().deadlines)

    def newer_playbook(self) -> Playbook | None:
        current = load_playbook(self.session.case.playbook_id)
        return current if current.version > self.session.case.details.playbook_version else None

    def _show_update_banner(self) -> None:
        newer = self.newer_playbook()
        self.update_banner.setVisible(newer is not None and not self.session.read_only)
        if newer is not None:
            rules_as_of = format_day(date.fromisoformat(newer.rules_as_of), self.model.lang)
            self.update_banner.label.setText(self.tr(
                "The guidance has been brought up to date (rules as of {date}). Your steps can follow it: your "
                "statuses, notes, dates and links stay as they are.").format(date=rules_as_of))

    def offer_update(self) -> None:
        """Show what the newer playbook changes; the steps change only if the user agrees."""
        newer = self.newer_playbook()
        if newer is None or self.session.read_only:
            return
        self.session.leave()
        case = self.session.case
        old = previous_version(case.playbook_id, case.details.playbook_version)
        changes = diff(old, newer, [s["step_key"] for s in case.checklist.list()], case.details.playbook_version)
        dialog = PlaybookUpdateDialog(changes, old, newer, self.model.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.session.push(UpdatePlaybookCommand(
            self.session, newer, old, self.tr("Update the steps to the current guidance"))))
        dialog.finished.connect(lambda _r: setattr(self, "update_dialog", None))
        self.update_dialog = dialog
        dialog.open()
