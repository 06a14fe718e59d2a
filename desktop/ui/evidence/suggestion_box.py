"""What the computer found in an item's text (desktop.core.suggestions): dates and amounts offered as the
item's date, the case's amount paid or timeline events. Nothing changes until the user presses Use,
and each Use is one undoable edit; once it holds, the offer goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from desktop.core import suggestions
from desktop.core.changes import DETAILS, EVENT, EVIDENCE, TEXT, Changes
from desktop.core.errors import CaseError
from desktop.ui.common.commands import AddEventCommand, EditDetailsCommand, EditEvidenceCommand
from desktop.ui.common.language import ui_language
from desktop.ui.session import CaseSession


class SuggestionBox(QGroupBox):
    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(self.tr("Found in this text"), parent)
        self.session = session
        self._item: dict | None = None
        self.offers: list[suggestions.Suggestion] = []
        self.setToolTip(self.tr("Dates and amounts the computer found in the text. Check each against the "
                                "picture before you use it."))
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(0, 1)
        session.changed.connect(self._case_changed)
        self.set_item(None)

    def set_item(self, item: dict | None) -> None:
        self._item = item
        self._refresh()

    def _refresh(self) -> None:
        self.offers = []
        if self._item is not None:
            try:
                self.offers = suggestions.suggestions_for(self.session.case, self._item["id"])
            except CaseError:  # the item went away (emptied trash)
                self.offers = []
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        lang = ui_language()
        for row, offer in enumerate(self.offers):
            label = QLabel(offer.label(lang))
            label.setWordWrap(True)
            label.setToolTip(self.tr("Read in the line: “{0}”").format(offer.line_text))
            use = QPushButton(self.tr("Use"))
            use.setAccessibleName(self.tr("Use: {0}").format(offer.label(lang)))
            use.setToolTip(self._use_tip(offer))
            use.setEnabled(not self.session.read_only)
            use.clicked.connect(lambda _checked=False, o=offer: self.use(o))
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(use, row, 1, Qt.AlignmentFlag.AlignTop)
        self.setVisible(bool(self.offers))

    def _use_tip(self, offer: suggestions.Suggestion) -> str:
        if offer.kind == suggestions.EVIDENCE_DATE:
            return self.tr("Set this item's date (you can undo it)")
        if offer.kind == suggestions.AMOUNT_PAID:
            return self.tr("Set the amount paid in the case details (you can undo it)")
        return self.tr("Add this event to the timeline, linked to this item (you can undo it)")

    def use(self, offer: suggestions.Suggestion) -> None:
        """Make the change offered, as one undoable edit."""
        item, lang = self._item, ui_language()
        fields = offer.fields(lang)
        exhibit = self.session.case.evidence.exhibit_numbers().get(item["id"], "")
        if offer.kind == suggestions.EVIDENCE_DATE:
            command = EditEvidenceCommand(self.session, [item["id"]], fields,
                                          self.tr("Set the date of {0} from its text").format(exhibit))
        elif offer.kind == suggestions.AMOUNT_PAID:
            command = EditDetailsCommand(self.session, fields, self.tr("Set the amount paid from {0}").format(exhibit))
        else:
            command = AddEventCommand(self.session, fields, [item["id"]])
        self.session.push(command)

    def _case_changed(self, changes: Changes) -> None:
        # What the offers depend on: this item, its text and exhibit number, the details and the events. Not
        # another item read or edited: a reading pass stores one item after another.
        if self._item is None:
            return
        evidence_id = self._item["id"]
        if (changes.touches(DETAILS, EVENT) or changes.structural(EVIDENCE)
                or evidence_id in changes.updated_ids(TEXT) or evidence_id in changes.updated_ids(EVIDENCE)):
            self._refresh()
