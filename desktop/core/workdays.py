"""Working days in mainland China: weekends and public holidays are rest days, the adjusted working
weekend days (调休) are working days.

Where the data comes from, for each year:
1. the user's `data_dir()/holidays.json`, then the shipped `resources/holidays.json` (a year in a file
   is covered, and the file wins over the package for that year; the user's file wins over the shipped one);
2. the `chinesecalendar` package (import `chinese_calendar`), which holds 2004-2026 and raises
   NotImplementedError for any other year;
3. for a year nobody covers, weekends alone: the answer is then a guess, and `covered(year)` /
   `covered_between(first, last)` let a caller say so.

A holidays file, so newly published years need no new app version:
    {"2027": {"holidays": ["2027-01-01", ...], "workdays": ["2027-02-07", ...]}}
"holidays" are the official days off (weekend days among them allowed), "workdays" the weekend days
worked instead. Both lists are required, every day must lie in its year, no day may be in both, and a
"workdays" day must be a Saturday or Sunday. A file that breaks any of this is ignored as a whole with a
logged warning (half a year's holidays would be worse than none); a missing file is simply not used.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar

from desktop.core.paths import data_dir, resources_dir

log = logging.getLogger(__name__)

HOLIDAYS_FILE = "holidays.json"
# The most working days a caller may ask to count (a year holds about 250).
_MOST_WORKING_DAYS = 10_000


@dataclass(frozen=True)
class YearData:
    """One year's official days off and adjusted working weekend days."""

    holidays: frozenset[date]
    workdays: frozenset[date]


class HolidayFileError(ValueError):
    """A holidays file that does not follow the format (the message says where)."""


def parse_holidays(raw: object) -> dict[int, YearData]:
    """The years of a holidays file's JSON value; HolidayFileError if anything in it is wrong."""
    if not isinstance(raw, dict):
        raise HolidayFileError("the file must hold one JSON object, keyed by year")
    years: dict[int, YearData] = {}
    for key, value in raw.items():
        if not (isinstance(key, str) and len(key) == 4 and key.isdigit()):
            raise HolidayFileError(f"{key!r} is not a year (write it as \"2027\")")
        year = int(key)
        if not isinstance(value, dict) or set(value) != {"holidays", "workdays"}:
            raise HolidayFileError(f"{key}: give exactly two lists, \"holidays\" and \"workdays\"")
        lists = {name: _days(value[name], year, f"{key}.{name}") for name in ("holidays", "workdays")}
        both = lists["holidays"] & lists["workdays"]
        if both:
            raise HolidayFileError(f"{key}: {min(both).isoformat()} is both a holiday and a working day")
        weekdays = sorted(day for day in lists["workdays"] if day.weekday() < 5)
        if weekdays:
            raise HolidayFileError(f"{key}.workdays: {weekdays[0].isoformat()} is a weekday, not a weekend day")
        years[year] = YearData(holidays=lists["holidays"], workdays=lists["workdays"])
    return years


def _days(value: object, year: int, where: str) -> frozenset[date]:
    if not isinstance(value, list):
        raise HolidayFileError(f"{where} must be a list of dates")
    days = set()
    for item in value:
        try:
            day = date.fromisoformat(item) if isinstance(item, str) and len(item) == 10 else None
        except ValueError:
            day = None
        if day is None:
            raise HolidayFileError(f"{where}: {item!r} is not a date (write it as YYYY-MM-DD)")
        if day.year != year:
            raise HolidayFileError(f"{where}: {item} is not in {year}")
        days.add(day)
    return frozenset(days)


def load_holidays_file(path: Path) -> dict[int, YearData]:
    """The years a holidays file adds; nothing when it is missing, and nothing (with a warning in the
    log) when it cannot be read or breaks the format."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        log.warning("Holiday file %s ignored: it cannot be read (%s)", path, error)
        return {}
    try:
        return parse_holidays(json.loads(text))
    except ValueError as error:  # JSONDecodeError and HolidayFileError are ValueErrors
        log.warning("Holiday file %s ignored: %s", path, error)
        return {}


def holiday_files() -> tuple[Path, ...]:
    """The files read, the later winning for a year both hold: the shipped one, then the user's."""
    return resources_dir() / HOLIDAYS_FILE, data_dir() / HOLIDAYS_FILE


class WorkCalendar:
    """Whether a day is a working day in mainland China, and counting in working days.

    `WorkCalendar()` uses the package's data alone (and `years`, when given: they win for their
    year); `WorkCalendar.default()` adds the shipped and the user's holidays files."""

    def __init__(self, years: Mapping[int, YearData] | None = None):
        self._years = dict(years or {})
        self._package_years: dict[int, bool] = {}

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> WorkCalendar:
        years: dict[int, YearData] = {}
        for path in paths:
            years.update(load_holidays_file(path))
        return cls(years)

    @classmethod
    def default(cls) -> WorkCalendar:
        """The package, the shipped `resources/holidays.json`, then the user's `data_dir()/holidays.json`
        (read afresh on each call: a file dropped in is used at once)."""
        return cls.from_files(holiday_files())

    def _in_package(self, year: int) -> bool:
        known = self._package_years.get(year)
        if known is None:
            try:
                chinese_calendar.is_workday(date(year, 1, 1))
                known = True
            except NotImplementedError:
                known = False
            self._package_years[year] = known
        return known

    def covered(self, year: int) -> bool:
        """Whether the holidays of that year are known (otherwise only weekends are rest days)."""
        return year in self._years or self._in_package(year)

    def covered_between(self, first: date, last: date) -> bool:
        """Whether every day from first to last (either order, both included) lies in a covered year."""
        low, high = sorted((first, last))
        return all(self.covered(year) for year in range(low.year, high.year + 1))

    def is_working_day(self, day: date) -> bool:
        data = self._years.get(day.year)
        if data is not None:
            if day in data.workdays:
                return True
            if day in data.holidays:
                return False
        elif self._in_package(day.year):
            return bool(chinese_calendar.is_workday(day))
        return day.weekday() < 5

    def next_working_day_from(self, day: date) -> date:
        """The day itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day after `day` (the day itself not counted); `day` itself when n is 0."""
        if not 0 <= n <= _MOST_WORKING_DAYS:
            raise ValueError(f"cannot count {n} working days")
        while n:
            day += timedelta(days=1)
            if self.is_working_day(day):
                n -= 1
        return day
