"""Every version of a letter, oldest first: when, where it came from, and its text; one can be
made the current text again (itself a new version, so nothing is lost)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListView, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from desktop.core.clock import short_datetime

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class VersionsDialog(QDialog):
    def __init__(self, versions: list[dict], can_restore: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions of this letter"))
        self._versions = {v["id"]: v for v in versions}
        origins = {"generated": self.tr("Drafted from the case"), "edited": self.tr("Your changes"),
                   "regenerated": self.tr("Drafted again from the case"), "restored": self.tr("An earlier version "
                                                                                            "used again")}
        self.model = QStandardItemModel(self)
        for number, version in enumerate(versions, start=1):
            item = QStandardItem(self.tr("{number}. {when} · {origin}").format(
                number=number, when=short_datetime(version["created_at"]),
                origin=origins.get(version["origin"], version["origin"])))
            item.setData(version["id"], VERSION_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Versions"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([160, 360])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Use this version"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setVisible(can_restore)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(lambda current, _previous: self._show())
        self.list.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        self.resize(640, 560)

    def chosen(self) -> dict | None:
        return self._versions.get(self.list.currentIndex().data(VERSION_ROLE))

    def _show(self) -> None:
        version = self.chosen()
        latest = self.list.currentIndex().row() == self.model.rowCount() - 1
        self.restore_button.setEnabled(version is not None and not latest)
        fields = version["fields"] if version else []
        if len(fields) == 1:
            self.text.setPlainText(fields[0]["text"])
        else:
            self.text.setPlainText("\n\n".join(f"{f['label']}\n{f['text']}" for f in fields))
