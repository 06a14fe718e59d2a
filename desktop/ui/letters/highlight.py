"""Placeholders ([fill in: clinic address] / 【请填写：诊所地址】) stand out in the editor, so the
places still to fill in are found at a glance."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop.core.letter_drafts import PLACEHOLDER_PATTERN

# A soft amber: visible on light and dark palettes, and not the red of an error.
BACKGROUND = QColor(255, 214, 102)
FOREGROUND = QColor(40, 30, 0)


class PlaceholderHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(BACKGROUND)
        self._format.setForeground(FOREGROUND)
        self._format.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        for match in PLACEHOLDER_PATTERN.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._format)
