"""The Timeline page: the drawn timeline above the chronological list, photo-date suggestions,
and an evidence panel to drag items from onto events."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.commands import (
    AddEventCommand,
    DeleteEventCommand,
    LinkCommand,
    edit_event_command,
    link_event_evidence_text,
)
from desktop.ui.common.evidence_panel import EvidencePanel
from desktop.ui.common.mime import EvidenceDropRows
from desktop.ui.session import CaseSession
from desktop.ui.timeline.chart import TimelineChart
from desktop.ui.timeline.event_dialog import EventDialog
from desktop.ui.timeline.model import EVENT_ID_ROLE, TimelineModel
from desktop.ui.timeline.suggestions import PhotoSuggestionBanner


class EventTable(EvidenceDropRows, QTableView):
    """The chronological list; evidence dropped onto a row is linked to that event."""

    evidenceDropped = Signal(int, list)  # event id, evidence ids
    drop_id_role = EVENT_ID_ROLE
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.deleteRequested.emit()
        else:
            super().keyPressEvent(event)


class TimelineView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = TimelineModel(session, self)
        self.dialog: EventDialog | None = None  # the open add/edit dialog, if any
        self._syncing = False
        self._build_buttons()
        self.banner = PhotoSuggestionBanner(session, self)
        self.banner.addRequested.connect(self.add_from_photos)
        self._build_chart()
        self._build_table()
        self.evidence_panel = EvidencePanel(session)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_event,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._build_layout()
        self.model.synced.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def _build_buttons(self) -> None:
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.zoom_in_button, self.zoom_out_button, self.fit_button = QPushButton(), QPushButton(), QPushButton()
        self.accept_button = QPushButton()
        self.add_button.clicked.connect(self.add_event)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.accept_button.clicked.connect(self.accept_selected_offer)
        self.message_box: QMessageBox | None = None

    def _build_chart(self) -> None:
        self.chart = TimelineChart(self.model)
        self.chart.eventClicked.connect(self._chart_clicked)
        self.chart.eventActivated.connect(self.edit_event)
        self.chart.evidenceDropped.connect(self.link_evidence)
        self.chart.deleteRequested.connect(self.delete_selected)
        self.zoom_in_button.clicked.connect(lambda: self.chart.zoom(0.7))
        self.zoom_out_button.clicked.connect(lambda: self.chart.zoom(1 / 0.7))
        self.fit_button.clicked.connect(self.chart.fit_all)

    def _build_table(self) -> None:
        self.table = EventTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed widths: measuring contents would read every row of a long timeline.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TimelineModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TimelineModel.DATE, 170)
        header.resizeSection(TimelineModel.KIND, 190)
        header.resizeSection(TimelineModel.EVIDENCE, 130)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda index: self.edit_event(index.data(EVENT_ID_ROLE)))
        self.table.evidenceDropped.connect(self.link_evidence)
        self.table.deleteRequested.connect(self.delete_selected)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.accept_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            buttons.addWidget(button)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.addWidget(self.chart)
        self.left_splitter.addWidget(self.table)
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 1)
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.setSizes([300, 360])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(self.evidence_panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1050, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        order = (self.add_button, self.edit_button, self.delete_button, self.zoom_in_button, self.zoom_out_button,
                 self.fit_button, self.chart, self.table, self.evidence_panel.list)
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add event…"))
        self.add_button.setToolTip(self.tr("Add an event to the timeline (Insert)"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.delete_button.setText(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the selected event (Delete). You can undo this."))
        self.accept_button.setText(self.tr("Offer accepted…"))
        self.accept_button.setToolTip(self.tr("Record that you signed this settlement offer, after a last look at "
                                              "what is missing or worrying in it"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Show all"))
        self.chart.setAccessibleName(self.tr("Timeline chart"))
        self.table.setAccessibleName(self.tr("Events"))
        self.model.retranslate()
        self.banner.retranslate()
        self.evidence_panel.retranslate()
        self.chart.update()

    # -- selection ----------------------------------------------------------------------------
    def selected_event_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(EVENT_ID_ROLE)

    def show_item(self, event_id: int) -> None:
        """Select and reveal one event (search results jump here)."""
        row = self.model.row_of(event_id)
        if row < 0:
            return
        index = self.model.index(row, TimelineModel.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.chart.set_selected(event_id)
        self.chart.ensure_visible(event_id)
        self.table.setFocus()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if not self._syncing:
            self.chart.set_selected(current.data(EVENT_ID_ROLE) if current.isValid() else None)

    def _chart_clicked(self, event_id: int) -> None:
        self._syncing = True
        try:
            row = self.model.row_of(event_id)
            index = self.model.index(row, TimelineModel.TITLE)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._syncing = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.session.read_only
        selected = self.selected_event_id()
        has_selection = selected is not None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and has_selection)
        self.delete_button.setEnabled(writable and has_selection)
        offer = has_selection and self.model.event_dict(self.model.row_of(selected))["kind"] == "settlement-offer"
        self.accept_button.setVisible(offer)
        self.accept_button.setEnabled(writable and offer)
        self.table.setAcceptDrops(writable)
        self.chart.setAcceptDrops(writable)

    # -- editing ------------------------------------------------------------------------------
    def _open_dialog(self, event: dict | None, on_accept) -> EventDialog:
        dialog = EventDialog(self.session, event, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        dialog.title.setFocus()
        return dialog

    def add_event(self, _checked: bool = False, prefill: dict | None = None) -> None:
        if self.session.read_only:
            return
        self._open_dialog(prefill, self._add_accepted)

    def _add_accepted(self, dialog: EventDialog) -> None:
        command = AddEventCommand(self.session, dialog.values(), dialog.evidence_ids())
        self.session.push(command)
        self.show_item(command.event_id)

    def add_from_photos(self, suggestion: dict) -> None:
        self.add_event(prefill={"occurred_at": suggestion["day"], "precision": "day", "kind": "other",
                                "title": self.tr("Photos taken on this day"),
                                "evidence_ids": suggestion["evidence_ids"]})

    def edit_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self.edit_event(event_id)

    def edit_event(self, event_id: int | None) -> None:
        if event_id is None or self.session.read_only:
            return
        event = self.session.case.timeline.get(event_id)
        self._open_dialog(event, lambda dialog: self._edit_accepted(event, dialog))

    def _edit_accepted(self, event: dict, dialog: EventDialog) -> None:
        values = dialog.values()
        changes = {k: v for k, v in values.items() if event[k] != v}
        before, after = set(event["evidence_ids"]), set(dialog.evidence_ids())
        link_ids, unlink_ids = sorted(after - before), sorted(before - after)
        if changes or link_ids or unlink_ids:
            self.session.push(edit_event_command(self.session, event["id"], values["title"], changes,
                                                 link_ids, unlink_ids))

    def delete_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None or self.session.read_only:
            return
        title = self.model.event_dict(self.model.row_of(event_id))["title"]
        self.session.push(DeleteEventCommand(self.session, event_id, title))

    def link_evidence(self, event_id: int, evidence_ids: list[int]) -> None:
        if self.session.read_only:
            return
        row = self.model.row_of(event_id)
        event = self.model.event_dict(row)
        new_ids = [i for i in evidence_ids if i not in event["evidence_ids"]]
        if new_ids:
            self.session.push(LinkCommand(self.session, "event", event_id, "evidence", new_ids,
                                          link_event_evidence_text(event["title"], len(new_ids))))
        self.show_item(event_id)

    # -- settlement offers ----------------------------------------------------------------------
    def accept_selected_offer(self) -> None:
        """Before an offer is recorded as signed, say plainly what is missing or worrying in it."""
        event_id = self.selected_event_id()
        if event_id is None or self.session.read_only:
            return
        offer = self.model.event_dict(self.model.row_of(event_id))
        worries = self.model.concerns(offer)
        lang = self.model.lang
        if worries:
            text = self.tr("Before you sign, look again at these points of the offer “{title}”:").format(
                title=offer["title"])
            details = "\n".join(f"• {q.worry_text(lang)}" for q in worries)
            advice = self.tr("A signed settlement binds you. If something is unclear, ask the clinic to put it in "
                             "writing, or ask a lawyer or the 12348 legal aid hotline first.")
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Offer accepted"), f"{text}\n\n{details}\n\n{advice}",
                              QMessageBox.StandardButton.Cancel, self)
            record = box.addButton(self.tr("Record it as signed…"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(lambda _r: box.clickedButton() is record and self._record_signed(offer))
            self.message_box = box
            box.open()
        else:
            self._record_signed(offer)

    def _record_signed(self, offer: dict) -> None:
        self.add_event(prefill={"occurred_at": date.today().isoformat(), "precision": "day",
                                "kind": "settlement-signed",
                                "title": self.tr("Settlement signed: {title}").format(title=offer["title"]),
                                "evidence_ids": offer["evidence_ids"]})
