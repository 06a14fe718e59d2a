"""The Letters page: the case's letters on the left; the chosen one on the right, to edit, copy,
save as PDF or text, draft again from the case, and mark sent.

Every change is an undo command. A letter's text is kept as a new version when the user leaves it;
a letter marked sent is frozen and adds the timeline event that moves the deadlines."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import letter_drafts, paths
from desktop.core.changes import EVENT, LETTER, Changes
from desktop.core.dates import event_day
from desktop.core.errors import CaseError
from desktop.core.letter_diff import field_changes
from desktop.core.letter_kinds import letter_kind, letter_kinds
from desktop.core.playbook import load_playbook
from desktop.core.vocab import SEND_METHODS, label
from desktop.dossier.letter_pdf import LetterText, plain_text, write_pdf, write_text
from desktop.ui.common.commands import (
    CreateLetterCommand,
    DeleteLetterCommand,
    EditLetterCommand,
    UpdateEventCommand,
    UpdateStepCommand,
    compound,
    send_letter_command,
)
from desktop.ui.common.dates import format_day
from desktop.ui.common.evidence_panel import evidence_choices
from desktop.ui.common.file_names import file_stem
from desktop.ui.common.language import ui_language
from desktop.ui.common.tasks import TaskKeeper
from desktop.ui.error_text import describe
from desktop.ui.letters.model import LettersModel
from desktop.ui.letters.new_letter import NewLetterDialog
from desktop.ui.letters.panel import LetterPanel
from desktop.ui.letters.regenerate import RegenerateDialog
from desktop.ui.letters.send_dialog import ArrivalDialog, SendDialog
from desktop.ui.letters.versions import VersionsDialog
from desktop.ui.session import CaseSession

EMPTY, LETTER_SHOWN = range(2)


class LettersView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = LettersModel(session, self)
        self.keeper = TaskKeeper(self)
        self.open_url = QDesktopServices.openUrl  # how a saved letter is opened
        self.current: dict | None = None          # the letter shown, as the case holds it
        self.new_dialog: NewLetterDialog | None = None
        self.send_dialog: SendDialog | None = None
        self.regenerate_dialog: RegenerateDialog | None = None
        self.versions_dialog: VersionsDialog | None = None
        self.arrival_dialog: ArrivalDialog | None = None
        self.message_box: QMessageBox | None = None
        self._build()
        session.changed.connect(self._case_changed)
        session.aboutToLeave.connect(self.commit)
        session.closing.connect(self.shutdown)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._row_chosen())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_letter(self.model.letter_at(0))

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self.tr("Letters"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.notice = QLabel(self.tr("The app drafts each letter from your case for you to read, correct and "
                                     "complete before you use it. It gives guidance, not legal advice, and cannot "
                                     "promise how the clinic or an office will answer."))
        self.notice.setWordWrap(True)
        self.notice.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.new_button = QPushButton(self.tr("New letter…"))
        self.new_button.setEnabled(not self.session.read_only)
        self.new_button.clicked.connect(self.new_letter)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Letters"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LettersModel.TITLE, QHeaderView.ResizeMode.Stretch)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.new_button)
        column.addWidget(self.table, 1)

        self.panel = LetterPanel()
        self.empty = QLabel(self.tr("No letters yet. Choose “New letter…”: the app suggests the letter for your "
                                    "next step and drafts it from what the case holds. Whatever the case does not "
                                    "hold yet is left as a highlighted place to fill in."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.panel)
        panel = self.panel
        panel.copyLetterRequested.connect(self.copy_letter)
        panel.exportPdfRequested.connect(lambda: self.export("pdf"))
        panel.exportTextRequested.connect(lambda: self.export("txt"))
        panel.regenerateRequested.connect(self.regenerate)
        panel.versionsRequested.connect(self.show_versions)
        panel.sendRequested.connect(self.mark_sent)
        panel.arrivalRequested.connect(self.record_arrival)
        panel.deleteRequested.connect(self.delete_letter)
        panel.editor.edited.connect(self.commit)
        panel.editor.copyRequested.connect(self.copy_field)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 710])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    # -- which letter ------------------------------------------------------------------------
    def show_item(self, letter_id: int) -> None:
        row = self.model.row_of(letter_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def _row_chosen(self) -> None:
        self.commit()
        self._show_letter(self.model.letter_at(self.table.currentIndex().row()))

    def _show_letter(self, row: dict | None) -> None:
        self.current = self.session.case.letters.get(row["id"]) if row else None
        if self.current is None:
            self.right.setCurrentIndex(EMPTY)
            self.panel.clear()
            return
        self.right.setCurrentIndex(LETTER_SHOWN)
        kind = letter_kind(self.current["kind"])
        sent = self.current["status"] == "sent"
        self.panel.editor.load(self.current["fields"], kind.form, read_only=sent or self.session.read_only)
        for box in self.panel.editor.boxes:
            box.edit.textChanged.connect(self._update_fill)
        self.panel.set_editable(not sent, not self.session.read_only)
        self._update_header()
        self._update_fill()

    def _update_header(self) -> None:
        letter, lang = self.current, ui_language()
        kind = letter_kind(letter["kind"])
        self.panel.title.setText(letter["title"])
        to = self.tr("To: {recipient}").format(recipient=kind.text("recipient", lang))
        arrival_missing = False
        if letter["status"] == "sent":
            day = event_day(letter["sent_on"])
            state = self.tr("Sent on {date}").format(date=format_day(day, lang) if day else letter["sent_on"])
            if letter["sent_method"]:
                state += " · " + label(SEND_METHODS, letter["sent_method"], lang)
            if letter["tracking_no"]:
                state += " · " + self.tr("tracking no. {number}").format(number=letter["tracking_no"])
            state += "\n" + self.tr("Kept exactly as sent; it can no longer be changed.")
            arrival_missing = self._arrival_missing(letter)
            if arrival_missing:
                state += "\n" + self.tr("The day it arrived is not recorded: the deadlines count from the day it "
                                        "was sent until you add it.")
        else:
            state = self.tr("Draft · written in {language}").format(
                language="中文" if letter["lang"] == "zh" else "English")
            if kind.draft:
                state += "\n" + self.tr("A draft to check with a lawyer or the court's filing desk before you "
                                        "use it.")
        self.panel.state.setText(f"{to}\n{state}")
        self.panel.arrival_button.setVisible(arrival_missing and not self.session.read_only)

    def _arrival_missing(self, letter: dict) -> bool:
        if letter_kind(letter["kind"]).event_kind != "demand" or not letter["event_id"]:
            return False
        try:
            return not self.session.case.timeline.get(letter["event_id"]).get("arrived_on")
        except CaseError:
            return False  # the event was deleted from the timeline

    def _update_fill(self) -> None:
        self.panel.show_placeholders(len(self.panel.editor.placeholders()) if self.current else 0)

    def _case_changed(self, changes: Changes) -> None:
        if self.session.case.closed or not changes.touches(LETTER, EVENT):
            return
        if self.current is None:
            added = sorted(changes.added_ids(LETTER))
            if added:  # the first letter, or one back from Undo: show it
                self.show_item(added[-1])
            return
        try:
            fresh = self.session.case.letters.get(self.current["id"])
        except CaseError:  # deleted (or its creation undone): show what is selected now
            self.current = None
            self._show_letter(self.model.letter_at(self.table.currentIndex().row()))
            return
        if fresh["status"] != self.current["status"]:
            self._show_letter(fresh)
            return
        self.current = fresh
        if not self.panel.editor.is_modified():
            self.panel.editor.set_texts([f["text"] for f in fresh["fields"]])
        self._update_header()
        self._update_fill()

    # -- editing ---------------------------------------------------------------------------
    def commit(self) -> None:
        """Keep what was typed as the letter's new version (one undo step)."""
        letter = self.current
        if letter is None or letter["status"] == "sent" or self.session.read_only \
                or not self.panel.editor.is_modified():
            return
        fields = self.panel.editor.fields()
        self.panel.editor.mark_kept()
        self.session.push(EditLetterCommand(self.session, letter["id"], fields,
                                            self.tr("Edit letter “{title}”").format(title=letter["title"])))

    def new_letter(self) -> None:
        if self.session.read_only:
            return
        self.commit()
        lang = ui_language()
        suggested = letter_drafts.suggestion(self.session.case)
        step_title = self._step_title(suggested[1], lang) if suggested else ""
        self.new_dialog = NewLetterDialog(list(letter_kinds()), suggested[0] if suggested else None, step_title,
                                          lang, self)
        self.new_dialog.accepted.connect(self._create_chosen)
        self.new_dialog.open()

    def _create_chosen(self) -> None:
        dialog = self.new_dialog
        kind_id, lang = dialog.kind(), dialog.letter_language()
        written = letter_drafts.draft(self.session.case, kind_id, lang)
        command = CreateLetterCommand(self.session, kind_id, lang, written.title, written.stored_fields(),
                                      self.tr("New letter “{title}”").format(title=written.title))
        self.session.push(command)
        self.show_item(command.letter_id)

    def regenerate(self) -> None:
        letter = self.current
        if letter is None or letter["status"] == "sent" or self.session.read_only:
            return
        self.commit()
        written = letter_drafts.draft(self.session.case, letter["kind"], letter["lang"])
        fresh = written.stored_fields()
        diffs = field_changes(letter["fields"], fresh)
        if not diffs:
            self._tell(QMessageBox.Icon.Information, self.tr("This letter already says what the case holds: "
                                                             "drafting it again would change nothing."))
            return
        self.regenerate_dialog = RegenerateDialog(diffs, letter_kind(letter["kind"]).form, self)
        self.regenerate_dialog.accepted.connect(
            lambda: self.session.push(EditLetterCommand(
                self.session, letter["id"], fresh, self.tr("Draft “{title}” again from the case")
                .format(title=letter["title"]), origin="regenerated")))
        self.regenerate_dialog.open()

    def show_versions(self) -> None:
        letter = self.current
        if letter is None:
            return
        self.commit()
        can_restore = letter["status"] != "sent" and not self.session.read_only
        self.versions_dialog = VersionsDialog(self.session.case.letters.versions(letter["id"]), can_restore, self)
        self.versions_dialog.accepted.connect(self._restore_version)
        self.versions_dialog.open()

    def _restore_version(self) -> None:
        version, letter = self.versions_dialog.chosen(), self.current
        if version is None or letter is None:
            return
        self.session.push(EditLetterCommand(self.session, letter["id"], version["fields"],
                                            self.tr("Use an earlier version of “{title}”")
                                            .format(title=letter["title"]), origin="restored"))

    def delete_letter(self) -> None:
        letter = self.current
        if letter is None or letter["status"] == "sent" or self.session.read_only:
            return
        self.commit()
        self.session.push(DeleteLetterCommand(self.session, letter["id"],
                                              self.tr("Delete letter “{title}”").format(title=letter["title"])))

    # -- sending -----------------------------------------------------------------------------
    def mark_sent(self) -> None:
        if self.current is None or self.current["status"] == "sent" or self.session.read_only:
            return
        self.commit()
        self._ask_about_placeholders(self.tr("This letter still has {count} place(s) to fill in. Mark it sent as "
                                             "it is?"), self.tr("Mark sent as it is"), self._open_send_dialog)

    def _open_send_dialog(self) -> None:
        letter, lang = self.current, ui_language()
        kind = letter_kind(letter["kind"])
        step = self._open_step_for(kind.steps)
        step_title = self._step_title(step, lang) if step is not None else ""
        self.send_dialog = SendDialog(lang=lang, event_kind=kind.event_kind, event_body=kind.event_body,
                                      reply_by=self._reply_date(letter), receipts=evidence_choices(self.session),
                                      step_title=step_title or None, online=kind.form, parent=self)
        self.send_dialog.accepted.connect(lambda: self._send(step))
        self.send_dialog.open()

    def _step_title(self, step: dict, lang: str) -> str:
        return load_playbook(self.session.case.playbook_id).step_title(step, lang)

    def _open_step_for(self, step_keys: tuple[str, ...]) -> dict | None:
        """The step this letter is written for (its kind's first), while it is still open."""
        for step in self.session.case.checklist.list():
            if step_keys and step["step_key"] == step_keys[0] and step["in_playbook"] \
                    and step["status"] in ("todo", "in_progress"):
                return step
        return None

    def _reply_date(self, letter: dict) -> date | None:
        """The reply date the letter's draft was written with: REPLY_DAYS after it was last drafted."""
        drafted = [v for v in self.session.case.letters.versions(letter["id"])
                   if v["origin"] in ("generated", "regenerated")]
        day = event_day(drafted[-1]["created_at"]) if drafted else None
        return day + timedelta(days=letter_drafts.REPLY_DAYS) if day else None

    def _send(self, step: dict | None) -> None:
        dialog, letter = self.send_dialog, self.current
        kind = letter_kind(letter["kind"])
        sent = dialog.sent()
        event = None
        receipt = sent["receipt_evidence_id"]
        if kind.event_kind:
            how = label(SEND_METHODS, sent["method"], letter["lang"])
            description = f"{how} · {sent['tracking_no']}" if sent["tracking_no"] else how
            event = {"occurred_at": sent["sent_on"], "precision": "day", "kind": kind.event_kind,
                     "title": letter["title"], "description": description, "body": kind.event_body,
                     "arrived_on": dialog.arrived(), "reply_by": dialog.reply_date()}
        text = self.tr("Mark “{title}” sent").format(title=letter["title"])
        command = send_letter_command(self.session, letter["id"], sent, event, [receipt] if receipt else [], text)
        if step is not None and dialog.mark_step.isChecked():
            done = UpdateStepCommand(self.session, step["id"], {"status": "done", "done_on": sent["sent_on"]}, text)
            command = compound(text, [command, done])
        self.session.push(command)

    def record_arrival(self) -> None:
        letter = self.current
        if letter is None or not letter["event_id"] or self.session.read_only:
            return
        dialog = ArrivalDialog(self)

        def chosen() -> None:
            if dialog.day.value():
                self.session.push(UpdateEventCommand(self.session, letter["event_id"],
                                                     {"arrived_on": dialog.day.value()},
                                                     self.tr("Record when “{title}” arrived")
                                                     .format(title=letter["title"])))

        dialog.accepted.connect(chosen)
        self.arrival_dialog = dialog
        dialog.open()

    # -- out of the app ------------------------------------------------------------------------
    def _letter_text(self) -> LetterText:
        letter = self.current
        kind = letter_kind(letter["kind"])
        fields = self.panel.editor.fields() if letter["status"] != "sent" else letter["fields"]
        return LetterText(letter["title"], fields, letter["lang"], kind.form, kind.draft)

    def copy_letter(self) -> None:
        if self.current is None:
            return
        self.commit()
        self._ask_about_placeholders(self.tr("This letter still has {count} place(s) to fill in. Copy it as it is?"),
                                     self.tr("Copy as it is"),
                                     lambda: QGuiApplication.clipboard().setText(plain_text(self._letter_text())))

    def copy_field(self, key: str) -> None:
        box = next((b for b in self.panel.editor.boxes if b.key == key), None)
        if box is None:
            return
        self.commit()
        count = len(letter_drafts.placeholders(box.text()))
        self._ask_about_placeholders(self.tr("“{field}” still has {count} place(s) to fill in. Copy it as it is?")
                                     .replace("{field}", box.label_text), self.tr("Copy as it is"),
                                     lambda: QGuiApplication.clipboard().setText(box.text()), count)

    def export(self, suffix: str) -> None:
        if self.current is None:
            return
        self.commit()
        self._ask_about_placeholders(self.tr("This letter still has {count} place(s) to fill in. Save it as it is?"),
                                     self.tr("Save as it is"), lambda: self._choose_file(suffix))

    def _choose_file(self, suffix: str) -> None:
        letter = self.current
        day = event_day(letter["sent_on"]) or date.today()
        name = f"{file_stem(letter['title'], 'letter')} {day.isoformat()}.{suffix}"
        start = self.session.case.path.parent if self.session.case.path else paths.default_cases_dir()
        caption = self.tr("Save the letter as PDF") if suffix == "pdf" else self.tr("Save the letter as text")
        filters = self.tr("PDF (*.pdf)") if suffix == "pdf" else self.tr("Text (*.txt)")
        target, _chosen = QFileDialog.getSaveFileName(self, caption, str(start / name), filters)
        if not target:
            return
        target_path = Path(target)
        if target_path.suffix.lower() != f".{suffix}":
            target_path = target_path.with_name(f"{target_path.name}.{suffix}")
        letter_text = self._letter_text()
        writer = write_pdf if suffix == "pdf" else write_text
        self.keeper.with_progress(lambda _report, _cancelled: writer(letter_text, target_path),
                                  self.tr("Saving the letter…"), self, show_after_ms=500,
                                  on_success=lambda _result: self._saved(target_path),
                                  on_failure=lambda exc, _details: self._tell(QMessageBox.Icon.Warning, describe(exc)))

    def _saved(self, path: Path) -> None:
        box = self._tell(QMessageBox.Icon.Information, self.tr("The letter was saved as {name}.")
                         .format(name=path.name), buttons=QMessageBox.StandardButton.Close)
        open_button = box.addButton(self.tr("Open it"), QMessageBox.ButtonRole.AcceptRole)
        open_button.clicked.connect(lambda: self.open_url(QUrl.fromLocalFile(str(path))))

    # -- asking ---------------------------------------------------------------------------------
    def _ask_about_placeholders(self, question: str, go_text: str, go, count: int | None = None) -> None:
        """Go on at once when nothing is left to fill in; otherwise ask first."""
        left = len(self.panel.editor.placeholders()) if count is None else count
        if not left or self.current["status"] == "sent":
            go()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Places still to fill in"),
                          question.replace("{count}", str(left)), QMessageBox.StandardButton.NoButton, self)
        go_button = box.addButton(go_text, QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Go back and fill them in"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        go_button.clicked.connect(go)
        back.clicked.connect(self.panel.editor.go_to_next_placeholder)
        self.message_box = box
        box.open()

    def _tell(self, icon: QMessageBox.Icon, text: str,
              buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
        box = QMessageBox(icon, self.tr("Letters"), text, buttons, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.message_box = box
        box.open()
        return box

    def shutdown(self) -> None:
        self.keeper.shutdown()


