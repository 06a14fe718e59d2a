"""File > Export dossier…: choose language, parts, exhibits and image quality, then export the PDF
in a worker with progress and cancel."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CaseError
from desktop.dossier.build import DossierOptions, ExportCancelled, build_dossier
from desktop.dossier.model import SECTIONS
from desktop.ui.common.file_names import file_stem
from desktop.ui.common.tasks import TaskKeeper
from desktop.ui.error_text import describe
from desktop.ui.session import CaseSession

log = logging.getLogger(__name__)


class ExhibitChoiceModel(QAbstractListModel):
    """The case's evidence in exhibit order, each with a tick: which exhibits go in the dossier.
    Private items can be ticked only while private items are included."""

    def __init__(self, items: list[dict], parent=None):
        super().__init__(parent)
        self._items = items
        self._chosen = {item["id"] for item in items if not item["private"]}
        self._include_private = False

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.tr("%1  %2 (%3)").replace("%1", item["exhibit"]).replace("%2", item["title"] or "") \
                .replace("%3", item["file_name"])
            if item["private"]:
                text = self.tr("%1 · private").replace("%1", text)
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._is_chosen(item) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return item["file_name"]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        item = self._items[index.row()]
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        if not item["private"] or self._include_private:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item = self._items[index.row()]
        if item["private"] and not self._include_private:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._chosen.add(item["id"])
        else:
            self._chosen.discard(item["id"])
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_include_private(self, include: bool) -> None:
        self._include_private = include
        for item in self._items:
            if item["private"]:
                (self._chosen.add if include else self._chosen.discard)(item["id"])
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_all(self, chosen: bool) -> None:
        self._chosen = {i["id"] for i in self._items if chosen and (not i["private"] or self._include_private)}
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def _is_chosen(self, item: dict) -> bool:
        return item["id"] in self._chosen and (not item["private"] or self._include_private)

    def chosen_ids(self) -> list[int]:
        return [item["id"] for item in self._items if self._is_chosen(item)]


class DossierDialog(QDialog):
    exportDone = Signal(bool)  # True when a dossier was written

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.tasks = TaskKeeper(self)
        self.message_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Export dossier"))
        self.resize(720, 640)
        self._build_choices()
        sections_box = self._build_sections()
        exhibits_box = self._build_exhibits()
        self._build_progress()
        note = QLabel(self.tr("The dossier organises your case for a regulator, mediator or lawyer. "
                              "It is not legal advice. Each file is checked against its fingerprint while exporting."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(self.form)
        layout.addWidget(sections_box)
        layout.addWidget(exhibits_box, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._inputs = [self.language, self.quality, self.mask_numbers, self.include_private, sections_box,
                        exhibits_box, self.path_edit, self.browse_button]

    def _build_choices(self) -> None:
        self.language = QComboBox()
        self.language.addItem(self.tr("Chinese (简体中文)"), "zh")
        self.language.addItem(self.tr("English"), "en")
        self.quality = QComboBox()
        self.quality.addItem(self.tr("Standard (smaller file)"), "standard")
        self.quality.addItem(self.tr("High (sharper photos)"), "high")
        self.include_private = QCheckBox(self.tr("Include items marked private"))
        # On by default: the dossier is handed on, and the first and last digits are enough to recognise a number.
        self.mask_numbers = QCheckBox(self.tr("Hide most digits of ID-card and phone numbers"))
        self.mask_numbers.setToolTip(self.tr("In the text of the dossier, 110101199003071234 shows as "
                                             "110***********1234 and 138 0000 1234 as 138 **** 1234."))
        self.mask_numbers.setChecked(True)
        self.path_edit = QLineEdit(str(self.default_path()))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Language:"), self.language)
        self.form.addRow(self.tr("Photo quality:"), self.quality)
        self.form.addRow(self.tr("Privacy:"), self.mask_numbers)
        self.form.addRow(self.tr("Save as:"), path_row)

    def _build_sections(self) -> QGroupBox:
        section_names = {
            "cover": self.tr("Cover with exhibit fingerprints"), "contents": self.tr("Contents"),
            "summary": self.tr("Summary and demand"), "statement": self.tr("Statement of circumstances"),
            "steps": self.tr("Steps taken"), "index": self.tr("Evidence index"),
            "exhibits": self.tr("Exhibits (photos, PDF pages, file details)"),
            "letters": self.tr("Letters sent (their text as sent)"),
            "appendix": self.tr("Integrity appendix (how to check the fingerprints)"),
        }
        self.section_boxes: dict[str, QCheckBox] = {}
        sections_box = QGroupBox(self.tr("Parts"))
        sections_grid = QGridLayout(sections_box)
        for position, key in enumerate(SECTIONS):
            box = QCheckBox(section_names[key])
            box.setChecked(True)
            self.section_boxes[key] = box
            sections_grid.addWidget(box, position % 5, position // 5)  # two columns
        return sections_box

    def _build_exhibits(self) -> QGroupBox:
        self.exhibits = ExhibitChoiceModel(self.session.case.evidence.list(), self)
        self.exhibit_view = QListView()
        self.exhibit_view.setModel(self.exhibits)
        self.exhibit_view.setMinimumHeight(150)
        select_all = QPushButton(self.tr("Select all"))
        select_none = QPushButton(self.tr("Select none"))
        select_all.clicked.connect(lambda: self.exhibits.set_all(True))
        select_none.clicked.connect(lambda: self.exhibits.set_all(False))
        self.include_private.toggled.connect(self.exhibits.set_include_private)
        # Off by default: the pictures are the evidence, and the text adds pages.
        self.recognised_text = QCheckBox(self.tr("Print the recognised text under each exhibit"))
        self.recognised_text.setToolTip(self.tr("The text read in pictures and scans, with your corrections, "
                                                "marked as machine-read: the pictures stay the evidence. "
                                                "Items not read yet print none."))
        exhibits_box = QGroupBox(self.tr("Exhibits"))
        exhibits_layout = QVBoxLayout(exhibits_box)
        exhibits_layout.addWidget(self.exhibit_view)
        numbering = QLabel(self.tr("In the dossier the ticked exhibits are numbered E1, E2… in this order."))
        numbering.setWordWrap(True)
        exhibits_layout.addWidget(numbering)
        exhibits_layout.addWidget(self.recognised_text)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.include_private)
        buttons_row.addStretch(1)
        buttons_row.addWidget(select_all)
        buttons_row.addWidget(select_none)
        exhibits_layout.addLayout(buttons_row)
        return exhibits_box

    def _build_progress(self) -> None:
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_or_close)

    # -- choices ----------------------------------------------------------------------------------------
    def default_path(self) -> Path:
        case_path = self.session.case.path
        title = file_stem(self.session.case.title, case_path.stem)
        return case_path.with_name(self.tr("%1 dossier.pdf").replace("%1", title))

    def choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the dossier as"), self.path_edit.text(),
                                                self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.path_edit.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def options(self) -> DossierOptions:
        return DossierOptions(
            lang=self.language.currentData(), quality=self.quality.currentData(),
            include_private=self.include_private.isChecked(), mask_numbers=self.mask_numbers.isChecked(),
            recognised_text=self.recognised_text.isChecked(),
            sections=frozenset(k for k, box in self.section_boxes.items() if box.isChecked()),
            exhibit_ids=self.exhibits.chosen_ids())

    # -- export ------------------------------------------------------------------------------------------
    def start_export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.show_message(QMessageBox.Icon.Warning, self.tr("Choose where to save the dossier."))
            return
        out = Path(text)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        options = self.options()
        if not options.sections:
            self.show_message(QMessageBox.Icon.Warning, self.tr("Tick at least one part of the dossier."))
            return
        case_path, key = self.session.case.path, self.session.case.file.key

        def export(report, is_cancelled):
            return build_dossier(case_path, out, options, progress=report, is_cancelled=is_cancelled, key=key)

        for widget in self._inputs:
            widget.setEnabled(False)
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Starting…"))
        self.tasks.start(export, on_success=self.on_succeeded, on_failure=self.on_failed,
                                     on_progress=self.on_progress)

    def on_progress(self, done: int, total: int, stage: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        messages = {
            "exhibits": self.tr("Checking fingerprints and preparing exhibits…"),
            "layout": self.tr("Laying out the pages…"),
            "pages": self.tr("Adding the exhibit pages…"),
            "saving": self.tr("Saving the PDF…"),
        }
        self.status.setText(messages.get(stage, ""))

    def on_succeeded(self, result) -> None:
        self._finish()
        self.status.setText(self.tr("Saved %1 (%2 pages, %3 exhibits).").replace("%1", result.path.name)
                            .replace("%2", str(result.pages)).replace("%3", str(result.exhibits)))
        box = self.make_message(QMessageBox.Icon.Information,
                                self.tr("The dossier was saved as %1.").replace("%1", str(result.path)))
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent))))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        self.exportDone.emit(True)

    def on_failed(self, error: BaseException, details: str) -> None:
        self._finish()
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("Export cancelled. No dossier was saved."))
        elif isinstance(error, CaseError):
            self.status.setText("")
            self.show_message(QMessageBox.Icon.Warning, describe(error))
        else:
            log.error("dossier export failed:\n%s", details)
            self.status.setText("")
            self.show_message(QMessageBox.Icon.Critical,
                              self.tr("The dossier could not be made because of an unexpected problem (%1). "
                                      "Your case file is unchanged.").replace("%1", type(error).__name__))
        self.exportDone.emit(False)

    def _finish(self) -> None:
        for widget in self._inputs:
            widget.setEnabled(True)
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)

    def make_message(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        """A window-modal message, shown with open() so it does not block (tests read and close it)."""
        if self.message_box is not None:
            self.message_box.close()
        self.message_box = QMessageBox(icon, self.tr("Export dossier"), text, QMessageBox.StandardButton.NoButton,
                                       self)
        return self.message_box

    def show_message(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = self.make_message(icon, text)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()
        return box

    def cancel_or_close(self) -> None:
        if self.tasks.busy:
            self.tasks.cancel_all()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def done(self, result: int) -> None:
        # Closing in any way (Cancel, Esc, the window's close button) stops an export first.
        self.tasks.shutdown()
        super().done(result)

