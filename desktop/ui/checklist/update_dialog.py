"""What a newer playbook changes in the case's steps, shown before anything changes."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.playbook import Playbook, PlaybookDiff
from desktop.ui.common.dates import format_day


class PlaybookUpdateDialog(QDialog):
    def __init__(self, changes: PlaybookDiff, old: Playbook | None, new: Playbook, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The guidance has been brought up to date"))
        self.resize(640, 560)
        self.text = QLabel(self._summary(changes, old, new, lang))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        scroll = QScrollArea()
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Update the steps"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _summary(self, changes: PlaybookDiff, old: Playbook | None, new: Playbook, lang: str) -> str:
        esc = html.escape

        def day(value: str) -> str:
            return format_day(date.fromisoformat(value), lang) if value else self.tr("an earlier date")

        intro = self.tr("Your steps were made with the guidance as of {old}; the app now has the guidance as of "
                        "{new}.").format(old=day(changes.old_rules_as_of), new=day(changes.new_rules_as_of))
        parts = [f"<p>{esc(intro)}</p>"]
        sections = (
            (self.tr("New steps"), [s.text("title", lang) for s in changes.added]),
            (self.tr("Steps whose guidance was rewritten"), [s.text("title", lang) for s in changes.changed]),
            (self.tr("Steps no longer in the guidance (kept in your case, with what you recorded)"),
             [self._old_title(old, key, lang) for key in changes.retired]),
        )
        for heading, titles in sections:
            if titles:
                items = "".join(f"<li>{esc(t)}</li>" for t in titles)
                parts.append(f"<p><b>{esc(heading)}</b></p><ul>{items}</ul>")
        if old is None:
            missing = self.tr("The earlier guidance is not kept in this version of the app, so the rewritten steps "
                              "cannot be listed.")
            parts.append(f"<p>{esc(missing)}</p>")
        kept = self.tr("Every status, date, note and link you recorded stays as it is. Nothing changes unless you "
                       "choose “Update the steps”, and Edit › Undo takes it back.")
        parts.append(f"<p>{esc(kept)}</p>")
        return "".join(parts)

    @staticmethod
    def _old_title(old: Playbook | None, key: str, lang: str) -> str:
        step = old.step(key) if old else None
        return step.text("title", lang) if step else key
