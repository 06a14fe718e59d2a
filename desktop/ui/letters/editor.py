"""A letter's text, as the user edits it: one box for a letter, a box per field for a form (the
12315 complaint), each form field with its character count and a Copy button, ready to paste.

Typing changes nothing in the case until the user leaves the text (focus out, another letter,
another page, closing): then the letter's new text is kept as a new version, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.letter_drafts import PLACEHOLDER_PATTERN, placeholders
from desktop.ui.letters.highlight import PlaceholderHighlighter


class FieldBox(QFrame):
    """One field: its label, its text, and (in a form) its length and a Copy button."""

    copyRequested = Signal(str)  # the field's key

    def __init__(self, field: dict, form: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.label_text, self.limit = field["key"], field["label"], int(field.get("limit") or 0)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self.label_text)
        self.edit.setTabChangesFocus(True)
        self.highlighter = PlaceholderHighlighter(self.edit.document())
        self.count = QLabel()
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy this field, to paste it into the form"))
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit(self.key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        if form:
            head = QHBoxLayout()
            caption = QLabel(f"<b>{self.label_text}</b>")
            head.addWidget(caption, 1)
            head.addWidget(self.count)
            head.addWidget(self.copy_button)
            layout.addLayout(head)
            self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        else:
            self.count.hide()
            self.copy_button.hide()
        layout.addWidget(self.edit, 1)
        self.edit.textChanged.connect(self._count)
        self.set_text(field["text"])

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.edit.toPlainText():
            self.edit.setPlainText(text)
        self._count()

    def _count(self) -> None:
        length = len(self.edit.toPlainText())
        if not self.limit:
            self.count.setText(self.tr("{count} characters").format(count=length))
            return
        over = length > self.limit
        self.count.setText(self.tr("{count} / {limit} characters").format(count=length, limit=self.limit))
        self.count.setStyleSheet("color: #b00020; font-weight: bold;" if over else "")
        self.count.setToolTip(self.tr("The form takes at most {limit} characters here: shorten the text before "
                                      "you paste it.").format(limit=self.limit) if over else "")


class LetterEditor(QWidget):
    """Edits the fields of one letter; `edited` says when the text left differs from what is kept."""

    edited = Signal()           # the user left the text after changing it
    copyRequested = Signal(str)  # a field's key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: list[FieldBox] = []
        self._form = False
        self._kept: list[str] = []
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)

    def load(self, fields: list[dict], form: bool, read_only: bool) -> None:
        """Show a letter's fields (replacing what was shown)."""
        self._form = form
        self._kept = [field["text"] for field in fields]
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        self.boxes = []
        for field in fields:
            box = FieldBox(field, form)
            box.edit.setReadOnly(read_only)
            box.edit.installEventFilter(self)
            box.copyRequested.connect(self.copyRequested)
            if form:
                lines = max(2, min(12, field["text"].count("\n") + 2 + len(field["text"]) // 60))
                box.edit.setFixedHeight(box.edit.fontMetrics().lineSpacing() * lines + 14)
            column.addWidget(box, 0 if form else 1)
            self.boxes.append(box)
        if form:
            column.addStretch(1)
        self.area.setWidget(inner)  # the previous letter's boxes go with their widget

    def set_texts(self, texts: list[str]) -> None:
        """The kept text changed (undo, drafted again): show it, where the user is not mid-edit."""
        self._kept = list(texts)
        for box, text in zip(self.boxes, texts):
            box.set_text(text)

    def fields(self) -> list[dict]:
        return [{"key": b.key, "label": b.label_text, "text": b.text(), "limit": b.limit} for b in self.boxes]

    def is_modified(self) -> bool:
        return [b.text() for b in self.boxes] != self._kept

    def mark_kept(self) -> None:
        self._kept = [b.text() for b in self.boxes]

    def placeholders(self) -> list[str]:
        return [p for box in self.boxes for p in placeholders(box.text())]

    def go_to_next_placeholder(self) -> bool:
        """Select the next place still to fill in after the cursor, wrapping round to the first."""
        if not self.boxes:
            return False
        here = next((i for i, b in enumerate(self.boxes) if b.edit.hasFocus()), 0)
        after = self.boxes[here].edit.textCursor().selectionEnd()
        candidates = [(self.boxes[here], after)] + [(b, 0) for b in self.boxes[here + 1:] + self.boxes[:here + 1]]
        for box, start in candidates:
            match = PLACEHOLDER_PATTERN.search(box.text(), start)
            if match:
                cursor = box.edit.textCursor()
                cursor.setPosition(match.start())
                cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
                box.edit.setTextCursor(cursor)
                box.edit.setFocus(Qt.FocusReason.OtherFocusReason)
                box.edit.ensureCursorVisible()
                self.area.ensureWidgetVisible(box.edit)
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.is_modified():
            self.edited.emit()
        return super().eventFilter(watched, event)
