"""Find (Ctrl+F): search everything in the case, results grouped by kind, each leading to its item."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from desktop.core.errors import CaseError
from desktop.core.playbook import load_playbook
from desktop.core.search import Hit
from desktop.ui.common.language import ui_language
from desktop.ui.session import CaseSession

KIND_ORDER = ("case", "evidence", "text", "event", "step")
KindRole = Qt.ItemDataRole.UserRole + 1
RefRole = Qt.ItemDataRole.UserRole + 2


class SearchResultsModel(QStandardItemModel):
    """A two-level tree: a group per kind ("Evidence (3)"), then one row per hit: item, where found."""

    def __init__(self, session: CaseSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._exhibits: dict[int, str] = {}
        self.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Found in")])

    def group_title(self, kind: str, count: int) -> str:
        titles = {
            "case": self.tr("Case details ({count})"),
            "evidence": self.tr("Evidence ({count})"),
            "text": self.tr("Text read in pictures ({count})"),
            "event": self.tr("Events ({count})"),
            "step": self.tr("Steps ({count})"),
        }
        return titles[kind].format(count=count)

    def set_hits(self, hits: list[Hit]) -> None:
        self.removeRows(0, self.rowCount())
        self._exhibits = self._session.case.evidence.exhibit_numbers() if any(
            h.kind in ("evidence", "text") for h in hits) else {}
        for kind in KIND_ORDER:
            of_kind = [h for h in hits if h.kind == kind]
            if not of_kind:
                continue
            group = QStandardItem(self.group_title(kind, len(of_kind)))
            group.setEditable(False)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            filler = QStandardItem()
            filler.setEditable(False)
            filler.setSelectable(False)
            for hit in of_kind:
                name = QStandardItem(self._name(hit))
                name.setData(hit.kind, KindRole)
                name.setData(hit.ref_id, RefRole)
                snippet = QStandardItem(hit.snippet)
                snippet.setToolTip(hit.snippet)
                for item in (name, snippet):
                    item.setEditable(False)
                group.appendRow([name, snippet])
            self.appendRow([group, filler])

    def _name(self, hit: Hit) -> str:
        case = self._session.case
        try:
            if hit.kind == "case":
                return case.title
            if hit.kind in ("evidence", "text"):  # a line of text is named by the item it was read in
                evidence_id = hit.ref_id if hit.kind == "evidence" else case.text.evidence_of_line(hit.ref_id)
                item = case.evidence.get(evidence_id)
                exhibit = self._exhibits.get(evidence_id, "")
                return self.tr("{exhibit} {title}").format(exhibit=exhibit, title=item["title"] or item["file_name"])
            if hit.kind == "event":
                event = case.timeline.get(hit.ref_id)
                return self.tr("{date}  {title}").format(date=event["occurred_at"], title=event["title"])
            step = case.checklist.get(hit.ref_id)
            return load_playbook(step["playbook_id"]).step_title(step, ui_language())
        except CaseError:
            return hit.snippet

    def first_result(self) -> QModelIndex:
        group = self.index(0, 0)
        return self.index(0, 0, group) if group.isValid() else QModelIndex()


class SearchDialog(QDialog):
    """Type to search; Enter or a double-click goes to the result (the first one from the search field)."""

    resultChosen = Signal(str, int, str)  # kind, id, the words searched for

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find in this case"))
        self.resize(720, 480)
        self._session = session
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("&Search the case details, evidence, events and steps:"))
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("For example: 退款, contract, 12315"))
        self.query_edit.setClearButtonEnabled(True)
        caption.setBuddy(self.query_edit)
        layout.addWidget(caption)
        layout.addWidget(self.query_edit)
        self.model = SearchResultsModel(session, self)
        self.results = QTreeView()
        self.results.setModel(self.model)
        self.results.setUniformRowHeights(True)
        self.results.setAllColumnsShowFocus(True)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.results.header().setStretchLastSection(True)
        self.results.setColumnWidth(0, 300)
        layout.addWidget(self.results, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.query_edit.textChanged.connect(self.run_search)
        self.query_edit.returnPressed.connect(self._go_to_first)
        self.query_edit.installEventFilter(self)
        self.results.activated.connect(self._go_to)
        self.run_search("")

    def run_search(self, text: str) -> None:
        hits = self._session.case.search(text) if text.strip() else []
        self.model.set_hits(hits)
        self.results.expandAll()
        if not text.strip():
            self.status.setText(self.tr("Type a word to search. Two-character Chinese words work too."))
        elif hits:
            self.status.setText(self.tr("1 result. Press Enter or double-click to go to it.") if len(hits) == 1 else
                                self.tr("{count} results. Press Enter or double-click to go to one.")
                                .format(count=len(hits)))
        else:
            self.status.setText(self.tr("Nothing in this case matches “{text}”.").format(text=text.strip()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow from the search field moves into the results, as in a browser's address bar.
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down and self.model.first_result().isValid():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.first_result())
            return True
        return super().eventFilter(watched, event)

    def _go_to_first(self) -> None:
        first = self.model.first_result()
        if first.isValid():
            self._go_to(first)

    def _go_to(self, index: QModelIndex) -> None:
        name_index = index.siblingAtColumn(0)
        kind = name_index.data(KindRole)
        if kind is None:  # a group heading
            return
        self.resultChosen.emit(kind, int(name_index.data(RefRole)), self.query_edit.text().strip())
        self.accept()
