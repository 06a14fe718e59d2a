"""Passphrase widgets: choosing a new one (twice, after saying plainly what forgetting it means),
asking for the one that opens a case, and setting, changing or removing a case's passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


def secret_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


def warning_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class NewPassphraseFields(QWidget):
    """A new passphrase, typed twice; `passphrase()` is None until both agree and are not empty."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.warning = warning_label(self.tr(
            "Keep the passphrase somewhere safe. If it is forgotten, nobody can open this case any more: not you, "
            "not a helper, not this app. There is no way to recover it."))
        self.first = secret_field(self.tr("At least 8 characters; a short sentence is easy to remember"))
        self.second = secret_field()
        self.state = QLabel()
        self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.warning)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("The same again:"), self.second)
        form.addRow("", self.state)
        for field in (self.first, self.second):
            field.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str | None:
        text = self.first.text()
        return text if text and len(text) >= 8 and text == self.second.text() else None

    def _update(self) -> None:
        first, second = self.first.text(), self.second.text()
        if not first:
            self.state.setText("")
        elif len(first) < 8:
            self.state.setText(self.tr("Use at least 8 characters."))
        elif first != second:
            self.state.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.state.setText(self.tr("The two passphrases match."))
        self.changed.emit()


class PassphrasePrompt(QDialog):
    """Asks for the passphrase that opens a case (again, after a wrong one)."""

    def __init__(self, name: str, wrong: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Locked case"))
        self.field = secret_field()
        self.field.setAccessibleName(self.tr("Passphrase"))
        message = QLabel(self.tr("{name} is locked with a passphrase. Enter it to open the case.").format(name=name))
        message.setWordWrap(True)
        self.problem = QLabel(self.tr("That passphrase does not open it. Check it (capital letters too) and try "
                                      "again; nothing was changed."))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a11d1d;")
        self.problem.setVisible(wrong)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.problem)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def passphrase(self) -> str:
        return self.field.text()


class PassphraseDialog(QDialog):
    """Set a passphrase on a plain case; change or remove an encrypted case's."""

    SET, CHANGE, REMOVE = "set", "change", "remove"

    def __init__(self, encrypted: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.encrypted = encrypted
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "With a passphrase, the whole case file is encrypted: without it nothing in it can be read, not the "
            "titles, the pictures or the search. The case is written anew and checked before the old file is "
            "replaced.") if not encrypted else self.tr("This case is locked with a passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = secret_field()
        self.change_choice = QRadioButton(self.tr("Change the passphrase"))
        self.remove_choice = QRadioButton(self.tr("Remove the passphrase (the case file will no longer be encrypted)"))
        self.change_choice.setChecked(True)
        if encrypted:
            form = QFormLayout()
            form.addRow(self.tr("Current passphrase:"), self.current)
            layout.addLayout(form)
            layout.addWidget(self.change_choice)
            layout.addWidget(self.remove_choice)
        self.new = NewPassphraseFields()
        layout.addWidget(self.new)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for signal in (self.current.textChanged, self.change_choice.toggled, self.new.changed):
            signal.connect(self._update)
        self._update()
        self.setMinimumWidth(520)

    def action(self) -> str:
        if not self.encrypted:
            return self.SET
        return self.REMOVE if self.remove_choice.isChecked() else self.CHANGE

    def current_passphrase(self) -> str | None:
        return self.current.text() if self.encrypted else None

    def new_passphrase(self) -> str | None:
        return None if self.action() == self.REMOVE else self.new.passphrase()

    def _update(self) -> None:
        removing = self.action() == self.REMOVE
        self.new.setVisible(not removing)
        ready = (not self.encrypted or bool(self.current.text())) and (removing or self.new.passphrase() is not None)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready)
        ok.setText({self.SET: self.tr("Lock the case"), self.CHANGE: self.tr("Change the passphrase"),
                    self.REMOVE: self.tr("Remove the passphrase")}[self.action()])
