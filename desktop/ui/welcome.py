"""The first screen: start a case, open one, reopen a recent one, or look around the sample case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CaseError
from desktop.core.lifecycle import CASE_SUFFIX, is_locked_with_passphrase
from desktop.core.playbook import available_playbooks, load_playbook
from desktop.ui.app_setup import app_icon
from desktop.ui.common.file_names import file_stem
from desktop.ui.common.language import ui_language
from desktop.ui.common.passphrase import NewPassphraseFields
from desktop.ui.common.reminders import deadline_line


def file_name_for(title: str) -> str:
    """A file name from a case title, valid on Windows, macOS and Linux (Chinese kept as it is)."""
    return file_stem(title, "case") + CASE_SUFFIX


def free_path(folder: Path, file_name: str) -> Path:
    """The path in `folder`, with " (2)", " (3)"… added when the name is taken."""
    candidate = folder / file_name
    stem = candidate.name[: -len(CASE_SUFFIX)]
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){CASE_SUFFIX}"
        number += 1
    return candidate


class RecentCasesModel(QAbstractListModel):
    PathRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, paths: list[str], parent=None):
        super().__init__(parent)
        self._paths = list(paths)
        self._locked: dict[Path, bool] = {}

    def set_paths(self, paths: list[str]) -> None:
        self.beginResetModel()
        self._paths = list(paths)
        self._locked = {}
        self.endResetModel()

    def _is_locked(self, path: Path) -> bool:
        """Read once from the file's first bytes: an encrypted case is known before it is opened."""
        if path not in self._locked:
            try:
                self._locked[path] = is_locked_with_passphrase(path)
            except CaseError:
                self._locked[path] = False
        return self._locked[path]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._paths)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        path = Path(self._paths[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            if not path.exists():
                return self.tr("{name} (not found in {folder})").format(name=path.stem, folder=path.parent)
            if self._is_locked(path):
                return self.tr("{name}  —  {folder}  (locked with a passphrase)").format(name=path.stem,
                                                                                         folder=path.parent)
            return self.tr("{name}  —  {folder}").format(name=path.stem, folder=path.parent)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(path)
        if role == self.PathRole:
            return str(path)
        return None


class WelcomePage(QWidget):
    newCaseRequested = Signal()
    openCaseRequested = Signal()
    sampleRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        outer.addLayout(column, 4)
        outer.addStretch(1)

        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading = QVBoxLayout()
        title = QLabel(self.tr("Refund Case Organizer"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        heading.addWidget(title)
        tagline = QLabel(self.tr("Keep the evidence, the timeline and the steps of your refund case together, "
                                 "in one file on this computer. Nothing you keep here leaves it."))
        tagline.setWordWrap(True)
        heading.addWidget(tagline)
        header.addLayout(heading, 1)
        column.addStretch(1)
        column.addLayout(header)
        self.reminders = QLabel()
        self.reminders.setObjectName("reminders")
        self.reminders.setWordWrap(True)
        self.reminders.setFrameShape(QFrame.Shape.StyledPanel)
        self.reminders.setMargin(8)
        self.reminders.setAutoFillBackground(True)
        self.reminders.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.reminders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.reminders)
        self.reminders.hide()

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New case…"))
        self.open_button = QPushButton(self.tr("Open case…"))
        self.sample_button = QPushButton(self.tr("Open the sample case"))
        self.new_button.setDefault(True)
        for button, signal in ((self.new_button, self.newCaseRequested), (self.open_button, self.openCaseRequested),
                               (self.sample_button, self.sampleRequested)):
            button.setMinimumHeight(38)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        column.addLayout(buttons)
        sample_hint = QLabel(self.tr("The sample case is made up: look around in it to see how a finished case "
                                     "looks before you start your own."))
        sample_hint.setWordWrap(True)
        column.addWidget(sample_hint)

        recent_label = QLabel(self.tr("&Recent cases"))
        bold = QFont(recent_label.font())
        bold.setBold(True)
        recent_label.setFont(bold)
        column.addSpacing(8)
        column.addWidget(recent_label)
        self.recent_model = RecentCasesModel(recent, self)
        self.recent_view = QListView()
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.recent_view.setUniformItemSizes(True)
        self.recent_view.setMinimumHeight(120)
        self.recent_view.activated.connect(self._chosen)
        recent_label.setBuddy(self.recent_view)
        column.addWidget(self.recent_view, 2)
        self.empty_recent = QLabel(self.tr("Cases you create or open will be listed here."))
        column.addWidget(self.empty_recent)

        footer = QLabel(self.tr("This app helps you organise your case. It gives guidance, not legal advice, "
                                "and cannot promise any result."))
        footer.setWordWrap(True)
        footer.setEnabled(False)  # the disabled text colour: quieter, and right in light and dark palettes
        column.addWidget(footer)
        column.addStretch(1)
        self.set_recent(recent)  # the list view's `activated` covers Enter and double-click

    def show_reminders(self, found: list) -> None:
        """Deadlines due within a week in the recent cases (reminders.CaseReminder), or nothing."""
        if not found:
            self.reminders.hide()
            return
        lang = ui_language()
        lines = [self.tr("Deadlines coming up within a week in your recent cases:")]
        for reminder in found:
            lines.append(f"{reminder.title} ({reminder.path.name})")
            lines += [f"   • {deadline_line(d, lang)}" for d in reminder.deadlines]
        self.reminders.setText("\n".join(lines))
        self.reminders.show()

    def set_recent(self, recent: list[str]) -> None:
        self.recent_model.set_paths(recent)
        self.recent_view.setVisible(bool(recent))
        self.empty_recent.setVisible(not recent)
        if recent:
            self.recent_view.setCurrentIndex(self.recent_model.index(0))

    def _chosen(self, index: QModelIndex) -> None:
        self.recentChosen.emit(index.data(RecentCasesModel.PathRole))


class NewCaseDialog(QDialog):
    """Asks for a title and a folder; the file name follows the title."""

    def __init__(self, default_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Give the case a name you will recognise, for example the clinic and the treatment. "
                               "You can change it later."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("For example: Refund from Example Clinic"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(default_folder))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form.addRow(self.tr("&Save in:"), folder_row)
        label = form.labelForField(folder_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder_edit)
        self.playbook_combo = QComboBox()
        lang = ui_language()
        for playbook in available_playbooks():
            self.playbook_combo.addItem(playbook.text("title", lang), playbook.id)
        self.playbook_combo.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("&What kind of dispute:"), self.playbook_combo)
        self.playbook_help = QLabel()
        self.playbook_help.setWordWrap(True)
        form.addRow("", self.playbook_help)
        layout.addLayout(form)
        self.lock_check = QCheckBox(self.tr("&Lock this case with a passphrase (it is encrypted: a lost stick "
                                            "gives nothing away)"))
        self.passphrase_fields = NewPassphraseFields()
        self.passphrase_fields.setVisible(False)
        self.lock_check.toggled.connect(self.passphrase_fields.setVisible)
        self.lock_check.toggled.connect(self._update)
        self.passphrase_fields.changed.connect(self._update)
        layout.addWidget(self.lock_check)
        layout.addWidget(self.passphrase_fields)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create case"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update)
        self.folder_edit.textChanged.connect(self._update)
        self._update()

    def title(self) -> str:
        return self.title_edit.text().strip()

    def playbook_id(self) -> str:
        return self.playbook_combo.currentData()

    def passphrase(self) -> str | None:
        return self.passphrase_fields.passphrase() if self.lock_check.isChecked() else None

    def case_path(self) -> Path:
        return free_path(Path(self.folder_edit.text().strip()).expanduser(), file_name_for(self.title()))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to save the case"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _update(self) -> None:
        self.playbook_help.setText(load_playbook(self.playbook_id()).text("description", ui_language()))
        ready = bool(self.title()) and bool(self.folder_edit.text().strip()) and (
            not self.lock_check.isChecked() or self.passphrase() is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        if ready:
            self.file_label.setText(self.tr("The case will be saved as {path}").format(path=self.case_path()))
        else:
            self.file_label.setText(self.tr("Type a title to continue."))
