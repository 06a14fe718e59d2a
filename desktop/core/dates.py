"""Reading the dates people write, and calendar arithmetic that needs no holiday data."""

from __future__ import annotations

import calendar
import re
from datetime import date

# 2025-03-15, 2025/3/15, 2025.03.15, 2025年3月15日 (the day mark optional)
_DATE_PATTERN = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})")
# The last year a date is read in: the longest period counted from a date (20 years) and a window in
# working days after it must end before 9999-12-31, the last day Python's dates hold. Later is a typo.
LAST_YEAR = 9900


def countable(day: date | None) -> date | None:
    """The day, or None when it is too late to count a deadline from (LAST_YEAR)."""
    return day if day is None or day.year <= LAST_YEAR else None


def parse_dates(text: str | None) -> list[date]:
    """Every valid date written in a free-text field, in the order written."""
    found = []
    for year, month, day in _DATE_PATTERN.findall(text or ""):
        try:
            found.append(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return [day for day in found if countable(day)]


def first_date(text: str | None) -> date | None:
    dates = parse_dates(text)
    return dates[0] if dates else None


def event_day(occurred_at: str | None) -> date | None:
    """The day of a stored event (2026-03-02, 2026-03-02T10:00); a month-only date counts from its
    first day, the earliest it can be, so a deadline worked out from it is never too late."""
    text = (occurred_at or "").strip()
    try:
        return countable(date.fromisoformat(text + "-01" if len(text) == 7 else text[:10]))
    except ValueError:
        return None


def add_months(start: date, months: int) -> date:
    """The corresponding day `months` later; the month's last day when it has none (民法典 art. 202)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last_day))


def add_years(start: date, years: int) -> date:
    return add_months(start, 12 * years)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def format_date(day: date, lang: str) -> str:
    """2 March 2029 / 2029年3月2日: a date nobody can misread."""
    if lang.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
