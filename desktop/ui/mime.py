"""Drag-and-drop formats shared by the views: evidence items dragged onto events or steps."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

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
