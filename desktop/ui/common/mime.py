"""Drag-and-drop formats shared by the views: evidence items dragged onto events or steps."""

from __future__ import annotations

import json

from PySide6.QtCore import QItemSelectionModel, QMimeData

EVIDENCE_IDS_MIME = "application/x-refundcase-evidence-ids"


def evidence_mime(evidence_ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(EVIDENCE_IDS_MIME, json.dumps([int(i) for i in evidence_ids]).encode())
    return data


def evidence_ids_from(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(EVIDENCE_IDS_MIME):
        return []
    try:
        return [int(i) for i in json.loads(bytes(mime.data(EVIDENCE_IDS_MIME)).decode())]
    except (ValueError, TypeError):
        return []


class EvidenceDropRows:
    """For item views (before the Qt class in the bases) whose rows accept dragged evidence:
    the row under the pointer is selected while dragging, and a drop emits
    `evidenceDropped(row id, evidence ids)`. Subclasses set `drop_id_role` and declare the signal."""

    drop_id_role: int

    def drop_target_id(self, pos) -> int | None:
        index = self.indexAt(pos.toPoint() if hasattr(pos, "toPoint") else pos)
        return index.data(self.drop_id_role) if index.isValid() else None

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(EVIDENCE_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(EVIDENCE_IDS_MIME) and self.drop_target_id(event.position()) is not None:
            self.selectionModel().setCurrentIndex(
                self.indexAt(event.position().toPoint()),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        target = self.drop_target_id(event.position())
        ids = evidence_ids_from(event.mimeData())
        if target is None or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.evidenceDropped.emit(target, ids)
