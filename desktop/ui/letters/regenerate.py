"""Draft a letter again from the case as it is now: first see what would change, then choose."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.letter_diff import ADDED, REMOVED, FieldDiff

REMOVED_STYLE = "background:#fbe3e4; color:#7a1020; text-decoration:line-through;"
ADDED_STYLE = "background:#e3f4e1; color:#0f4d18;"
SAME_STYLE = "color:#6b7280;"


def diff_html(diffs: list[FieldDiff], show_labels: bool) -> str:
    parts = []
    for diff in diffs:
        if show_labels:
            parts.append(f"<h4>{html.escape(diff.label)}</h4>")
        rows = []
        for op, line in diff.lines:
            style = REMOVED_STYLE if op == REMOVED else ADDED_STYLE if op == ADDED else SAME_STYLE
            mark = "−" if op == REMOVED else "+" if op == ADDED else "&nbsp;"
            rows.append(f'<div style="{style} white-space:pre-wrap;">{mark} {html.escape(line) or "&nbsp;"}</div>')
        parts.append("".join(rows))
    return "".join(parts)


class RegenerateDialog(QDialog):
    """Shows the changes; Accepted means: replace the letter's text with the fresh draft."""

    def __init__(self, diffs: list[FieldDiff], form: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft again from the case"))
        removed, added = sum(d.removed for d in diffs), sum(d.added for d in diffs)
        self.summary = QLabel(self.tr("Drafting this letter again from the case as it is now would remove {removed} "
                                      "line(s) and add {added}. Lines struck through in red go; lines in green "
                                      "come in. Your present text stays among the letter's versions, and Undo "
                                      "brings it back.").format(removed=removed, added=added))
        self.summary.setWordWrap(True)
        self.changes = QTextBrowser()
        self.changes.setHtml(diff_html(diffs, show_labels=form))
        buttons = QDialogButtonBox()
        self.replace_button = buttons.addButton(self.tr("Replace my text"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(self.tr("Keep my text"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
