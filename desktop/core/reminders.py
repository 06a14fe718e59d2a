"""Deadlines coming soon, for the notice shown when a case opens and when the app starts with its
recent cases (read without changing them)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.core import deadlines
from desktop.core.case import Case
from desktop.core.deadlines import Deadline
from desktop.core.errors import CaseError
from desktop.core.lifecycle import open_case

SOON_DAYS = 7
log = logging.getLogger(__name__)


def due_soon(case: Case, today: date | None = None, within: int = SOON_DAYS) -> list[Deadline]:
    """The deadlines still to come within `within` days, soonest first."""
    return due_soon_in(deadlines.for_case(case, today), within)


def due_soon_in(report: deadlines.DeadlineReport, within: int = SOON_DAYS) -> list[Deadline]:
    return [d for d in report.deadlines if not d.passed and d.days_left <= within]


@dataclass(frozen=True)
class CaseReminder:
    path: Path
    title: str
    deadlines: tuple[Deadline, ...]


def recent_cases_due(paths: list[str | Path], today: date | None = None, within: int = SOON_DAYS,
                     is_cancelled=lambda: False) -> list[CaseReminder]:
    """For each recent case that can be read, its deadlines due soon. A case that is gone, locked for
    writing elsewhere or damaged is passed over quietly: the welcome screen is no place for its errors."""
    found = []
    for raw in paths:
        if is_cancelled():
            break
        path = Path(raw)
        if not path.is_file():
            continue
        try:
            with open_case(path, read_only=True) as case:
                soon = due_soon(case, today, within)
                title = case.title
        except CaseError as exc:
            log.info("reminders: %s skipped (%s)", path, exc.code)
            continue
        if soon:
            found.append(CaseReminder(path, title, tuple(soon)))
    return found
