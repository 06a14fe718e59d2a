"""Choose the letter to write: every kind, with who receives it and when to use it, the one for
the next step first and marked; and the language to write it in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListView, QVBoxLayout, QWidget

from desktop.core.letter_kinds import LetterKind

KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class NewLetterDialog(QDialog):
    def __init__(self, kinds: list[LetterKind], suggested: str | None, step_title: str, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New letter"))
        self._kinds = {kind.id: kind for kind in kinds}
        self._lang = lang
        self.model = QStandardItemModel(self)
        ordered = sorted(kinds, key=lambda k: k.id != suggested)  # the suggestion first, the rest as they come
        for kind in ordered:
            text = kind.text("title", lang)
            item = QStandardItem(f"★ {text}" if kind.id == suggested else text)
            item.setData(kind.id, KIND_ROLE)
            item.setToolTip(kind.text("when", lang))
            item.setEditable(False)
            if kind.id == suggested:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Letters"))
        self.list.setSpacing(2)
        self.list.doubleClicked.connect(lambda _index: self.accept())
        self.suggestion = QLabel(self.tr("★ Suggested for your next step, “{step}”.").format(step=step_title)
                                 if suggested else self.tr("Choose the letter you need."))
        self.suggestion.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setMinimumHeight(self.about.fontMetrics().lineSpacing() * 4)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setToolTip(self.tr("The language the letter is written in. A clinic, an office or a court in "
                                         "China works in Chinese."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draft the letter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("Write it in"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(lambda current, _previous: self._describe())
        self.list.setCurrentIndex(self.model.index(0, 0))
        self.resize(560, 480)

    def kind(self) -> str:
        return self.list.currentIndex().data(KIND_ROLE)

    def letter_language(self) -> str:
        return self.language.currentData()

    def choose(self, kind_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(KIND_ROLE) == kind_id:
                self.list.setCurrentIndex(self.model.index(row, 0))

    def _describe(self) -> None:
        kind = self._kinds.get(self.kind())
        if kind is None:
            self.about.clear()
            return
        text = self.tr("To: {recipient}").format(recipient=kind.text("recipient", self._lang))
        text += "\n" + kind.text("when", self._lang)
        if kind.form:
            text += "\n" + self.tr("Laid out field by field as the online form asks, each ready to copy.")
        if kind.draft:
            text += "\n" + self.tr("A draft to check with a lawyer or the court's filing desk before you use it.")
        self.about.setText(text)
