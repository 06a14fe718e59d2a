"""The right side of the Letters page: the chosen letter's title and state, the places left to
fill in, its text, and what can be done with it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.letters.editor import LetterEditor


class LetterPanel(QWidget):
    copyLetterRequested = Signal()
    exportPdfRequested = Signal()
    exportTextRequested = Signal()
    regenerateRequested = Signal()
    versionsRequested = Signal()
    sendRequested = Signal()
    arrivalRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.arrival_button = QPushButton(self.tr("When did it arrive?…"))
        self.arrival_button.clicked.connect(self.arrivalRequested)
        self.editor = LetterEditor()
        self._build_fill_bar()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state, 1)
        state_row.addWidget(self.arrival_button)
        layout.addLayout(state_row)
        layout.addWidget(self.fill_bar)
        layout.addWidget(self.editor, 1)
        layout.addLayout(self.buttons_row)

    def _build_fill_bar(self) -> None:
        self.fill_bar = QFrame()
        self.fill_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.fill_bar.setAutoFillBackground(True)
        self.fill_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.fill_label = QLabel()
        self.fill_label.setWordWrap(True)
        bold = QFont(self.fill_label.font())
        bold.setBold(True)
        self.fill_label.setFont(bold)
        self.next_fill_button = QPushButton(self.tr("Go to the next one"))
        self.next_fill_button.clicked.connect(self.editor.go_to_next_placeholder)
        row = QHBoxLayout(self.fill_bar)
        row.addWidget(self.fill_label, 1)
        row.addWidget(self.next_fill_button)

    def _build_buttons(self) -> None:
        def button(text: str, tip: str, signal) -> QPushButton:
            made = QPushButton(text)
            made.setToolTip(tip)
            made.clicked.connect(signal)
            return made

        self.copy_button = button(self.tr("Copy letter"), self.tr("Copy the whole letter, to paste it elsewhere"),
                                  self.copyLetterRequested)
        self.pdf_button = button(self.tr("Save as PDF…"), self.tr("A PDF to print, sign and send, or to attach"),
                                 self.exportPdfRequested)
        self.text_button = button(self.tr("Save as text…"), self.tr("A plain text file"), self.exportTextRequested)
        self.regenerate_button = button(self.tr("Draft again from the case…"),
                                        self.tr("Write the letter again from the case's details as they are now; "
                                                "you see what would change first"), self.regenerateRequested)
        self.versions_button = button(self.tr("Versions…"), self.tr("Every version of this letter"),
                                      self.versionsRequested)
        self.send_button = button(self.tr("Mark sent…"), self.tr("Record when and how you sent it: the letter is "
                                                                 "then kept as sent, and the timeline and deadlines "
                                                                 "follow"), self.sendRequested)
        self.delete_button = button(self.tr("Delete draft"), self.tr("Delete this draft (Undo brings it back)"),
                                    self.deleteRequested)
        self.buttons_row = QHBoxLayout()
        for made in (self.copy_button, self.pdf_button, self.text_button):
            self.buttons_row.addWidget(made)
        self.buttons_row.addSpacing(12)
        for made in (self.regenerate_button, self.versions_button):
            self.buttons_row.addWidget(made)
        self.buttons_row.addStretch(1)
        for made in (self.delete_button, self.send_button):
            self.buttons_row.addWidget(made)

    def clear(self) -> None:
        """No letter shown: nothing of the last one stays behind."""
        self.title.clear()
        self.state.clear()
        self.editor.load([], form=False, read_only=True)
        self.show_placeholders(0)
        self.fill_label.clear()

    def show_placeholders(self, count: int) -> None:
        self.fill_bar.setVisible(count > 0)
        self.fill_label.setText(self.tr("%n place(s) still to fill in, highlighted in the text.", "", count))

    def set_editable(self, draft: bool, writable: bool) -> None:
        """A sent letter is frozen; a read-only case changes nothing."""
        for made in (self.regenerate_button, self.send_button, self.delete_button):
            made.setVisible(draft)
            made.setEnabled(writable)
