"""Keeping a list model in step with the case without resetting it.

A model that shows a list of row dicts (each with an "id") reads the fresh list when rows came,
went or moved, and `sync_rows` turns the difference into the row signals Qt views understand:
removals, one layout change for a new order, insertions, and dataChanged for rows whose values
differ. Views keep their selection, current item, scroll position and expanded state."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows grouped into (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def sync_rows(model: QAbstractItemModel, rows: list[dict], fresh: list[dict],
              parent: QModelIndex = QModelIndex(), changed: Callable[[dict, dict], bool] | None = None) -> bool:
    """Make `rows` (the list the model shows, changed in place) equal to `fresh`, emitting the row
    signals on the way. Returns whether anything was different."""
    different = changed or (lambda old, new: old != new)
    fresh_ids = [row["id"] for row in fresh]
    wanted = set(fresh_ids)
    touched = False

    gone = [row for row, item in enumerate(rows) if item["id"] not in wanted]
    for first, last in reversed(_runs(gone)):
        model.beginRemoveRows(parent, first, last)
        del rows[first:last + 1]
        model.endRemoveRows()
        touched = True

    kept = {item["id"] for item in rows}
    order = [i for i in fresh_ids if i in kept]
    if [item["id"] for item in rows] != order:
        _move(model, rows, order, parent)
        touched = True

    position = {item_id: row for row, item_id in enumerate(fresh_ids)}
    new_rows = sorted(position[i] for i in wanted - kept)
    for first, last in _runs(new_rows):
        model.beginInsertRows(parent, first, last)
        rows[first:first] = fresh[first:last + 1]
        model.endInsertRows()
        touched = True

    changed_rows = [row for row, (old, new) in enumerate(zip(rows, fresh)) if old is not new and different(old, new)]
    rows[:] = fresh
    # A list model has one column (and keeps columnCount private).
    last_column = 0 if isinstance(model, QAbstractListModel) else max(model.columnCount(parent) - 1, 0)
    for first, last in _runs(changed_rows):
        model.dataChanged.emit(model.index(first, 0, parent), model.index(last, last_column, parent))
        touched = True
    return touched


def _move(model: QAbstractItemModel, rows: list[dict], order: list[int], parent: QModelIndex) -> None:
    """Put the rows in a new order as one layout change; persistent indexes (selection, current item)
    follow their rows."""
    model.layoutAboutToBeChanged.emit()
    new_row = {item_id: row for row, item_id in enumerate(order)}
    old_ids = [item["id"] for item in rows]
    sources, targets = [], []
    for index in model.persistentIndexList():
        if index.parent() != parent or not 0 <= index.row() < len(old_ids):
            continue
        sources.append(index)
        targets.append(model.index(new_row[old_ids[index.row()]], index.column(), parent))
    by_id = {item["id"]: item for item in rows}
    rows[:] = [by_id[item_id] for item_id in order]
    model.changePersistentIndexList(sources, targets)
    model.layoutChanged.emit()
