"""The playbook's steps for this case, grouped by stage: a two-level tree model.

Top-level rows are stages; their children are the case's steps (case.checklist.list()) joined
with their playbook definitions for the texts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desktop.core import guidance
from desktop.core.changes import DETAILS, EVENT, EVIDENCE, STEP, Changes
from desktop.core.playbook import Playbook, Step, case_playbook
from desktop.core.vocab import STEP_STATUSES, label
from desktop.ui.common.language import ui_language
from desktop.ui.common.rows import sync_rows
from desktop.ui.session import CaseSession

RETIRED = "retired"  # the group of steps a newer playbook no longer has
STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ROLE = Qt.ItemDataRole.UserRole + 2
SETTLED = ("done", "skipped", "not_applicable")
STATUS_SYMBOLS = {"todo": "○", "in_progress": "◐", "done": "✓", "skipped": "–", "not_applicable": "–"}

Index = QModelIndex | QPersistentModelIndex
_STAGE = 0  # internal id of a stage row; a step row's internal id is its stage's row + 1


class ChecklistModel(QAbstractItemModel):
    TITLE, STATUS = range(2)

    def __init__(self, session: CaseSession, parent=None):
        super().__init__(parent)
        self._session = session
        self._lang = ui_language()
        self.playbook: Playbook = self._case_playbook()
        self._stages: list[tuple[str, list[dict]]] = []
        session.changed.connect(self._case_changed)
        self.advice: dict[str, guidance.StepAdvice] = guidance.advice_for_case(session.case)
        self._stages = self._grouped(session.case.checklist.list())

    # -- reading ------------------------------------------------------------------------------
    def _grouped(self, steps: list[dict]) -> list[tuple[str, list[dict]]]:
        """Steps by stage in the playbook's order; steps no longer in the playbook last, on their own."""
        grouped: dict[str, list[dict]] = {stage_id: [] for stage_id, _ in self.playbook.stages}
        grouped[RETIRED] = []
        for step in steps:
            definition = self.playbook.step(step["step_key"])
            stage = definition.stage if definition and step["in_playbook"] else RETIRED
            grouped.setdefault(stage, []).append(step)
        return [(stage_id, rows) for stage_id, rows in grouped.items() if rows]

    def _case_playbook(self) -> Playbook:
        case = self._session.case
        return case_playbook(case.playbook_id, case.details.playbook_version)

    def _case_changed(self, changes: Changes) -> None:
        # A step's evidence drops out of its list when the evidence goes to the trash; whether a step
        # applies follows the details and the payments on the timeline.
        if self._session.case.closed:
            return
        if changes.touches(STEP, DETAILS, EVENT) or changes.structural(EVIDENCE):
            self.reload()

    def reload(self) -> None:
        """Read the steps again; a step row or a stage's count that changed is repainted, the tree
        (selection, expansion) stays."""
        self.playbook = self._case_playbook()
        advice = guidance.advice_for_case(self._session.case)
        advice_changed, self.advice = advice != self.advice, advice
        stages = self._grouped(self._session.case.checklist.list())
        if [stage for stage, _ in stages] != [stage for stage, _ in self._stages]:
            self.beginResetModel()
            self._stages = stages
            self.endResetModel()
            return
        for row, ((_, rows), (_, fresh)) in enumerate(zip(self._stages, stages)):
            if sync_rows(self, rows, fresh, parent=self.index(row, 0)):
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if advice_changed:
            self.retranslate()

    def retranslate(self) -> None:
        self._lang = ui_language()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        last = self.columnCount() - 1
        for row, (_, rows) in enumerate(self._stages):
            stage = self.index(row, 0)
            self.dataChanged.emit(stage, self.index(row, last))
            self.dataChanged.emit(self.index(0, 0, stage), self.index(len(rows) - 1, last, stage))

    @property
    def lang(self) -> str:
        return self._lang

    def definition(self, step: dict) -> Step | None:
        return self.playbook.step(step["step_key"])

    def step_title(self, step: dict) -> str:
        return self.playbook.step_title(step, self._lang)

    def step_advice(self, step: dict) -> guidance.StepAdvice:
        return self.advice.get(step["step_key"], guidance.StepAdvice(True, False, None))

    def steps(self) -> list[dict]:
        return [step for _, rows in self._stages for step in rows]

    def index_of(self, step_id: int, column: int = 0) -> QModelIndex:
        for stage_row, (_, rows) in enumerate(self._stages):
            for row, step in enumerate(rows):
                if step["id"] == step_id:
                    return self.index(row, column, self.index(stage_row, 0))
        return QModelIndex()

    def step_at(self, index: Index) -> dict | None:
        if not index.isValid() or index.internalId() == _STAGE:
            return None
        return self._stages[index.internalId() - 1][1][index.row()]

    # -- Qt model -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _STAGE)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _STAGE:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _STAGE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._stages)
        if parent.internalId() == _STAGE and parent.column() == 0:
            return len(self._stages[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Step"), self.tr("Status"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _STAGE:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _STAGE:
            return self._stage_data(index, role)
        step = self._stages[index.internalId() - 1][1][index.row()]
        advice = self.step_advice(step)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.TITLE:
                title = f"{step['position']}. {self.step_title(step)}" if step["in_playbook"] else self.step_title(step)
                if advice.recommended and step["status"] in guidance.OPEN:
                    title += "  ★"
                return title
            return f"{STATUS_SYMBOLS.get(step['status'], '')} {label(STEP_STATUSES, step['status'], self._lang)}"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TITLE:
            if advice.situation:
                return f"{self.step_title(step)}\n{guidance.advice_text(advice, self._lang)}"
            return self.step_title(step)
        if role == Qt.ItemDataRole.ForegroundRole and (step["status"] in ("skipped", "not_applicable")
                                                       or advice.applies is False or not step["in_playbook"]):
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == STEP_ID_ROLE:
            return step["id"]
        if role == STEP_ROLE:
            return step
        return None

    def _stage_data(self, index: Index, role: int):
        stage_id, rows = self._stages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.TITLE:
                if stage_id == RETIRED:
                    return self.tr("No longer in the guidance")
                return self.playbook.stage_title(stage_id, self._lang)
            settled = sum(1 for s in rows if s["status"] in SETTLED)
            return self.tr("{settled} of {total}").format(settled=settled, total=len(rows))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        return None
