"""The limitation deadline of a claim, worked out from the case so the app can warn in time.

Rules (民法典, as read for the playbook; the UI shows them with a "check the current rule" caution):
- art. 188: three years from the day the person knew, or should have known, of the harm;
  at most twenty years from the day the harm occurred;
- art. 195(1): a demand made to the other side restarts the three years from that day; only a
  written demand recorded on the timeline counts here, because it can be proved;
- arts. 201-202: a period in years ends on the corresponding day of the last year, or on the last
  day of that month when there is none (a start on 29 February ends on 28 February).
A last day that falls on a public holiday moves to the next working day (art. 203); holidays are
not known here, so the date shown is never later than the real one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from desktop.core.case import Case
from desktop.core.dates import add_years, event_day, first_date, parse_dates

__all__ = ["LimitationDeadline", "limitation_deadline", "for_case", "add_years", "event_day", "first_date",
           "parse_dates"]

LIMITATION_YEARS = 3
LONGEST_PERIOD_YEARS = 20
DEMAND_KIND = "demand"


@dataclass(frozen=True)
class LimitationDeadline:
    deadline: date
    days_left: int                      # negative once the deadline has passed
    start: date                         # the day the three years run from
    basis: str                          # "first_aware" or "written_demand"
    first_aware: date
    restart_event_id: int | None = None
    restart_event_title: str = ""
    harm_date: date | None = None       # the treatment date, when it could be read
    capped: bool = False                # the twenty-year limit came first

    @property
    def passed(self) -> bool:
        return self.days_left < 0


def limitation_deadline(details: dict, events: Iterable[dict], today: date | None = None) -> LimitationDeadline | None:
    """The deadline, or None while the case has no readable 'first knew of the harm' date."""
    today = today or date.today()
    first_aware = first_date(details.get("first_aware_date"))
    if first_aware is None:
        return None
    start, basis, restart = first_aware, "first_aware", None
    for event in events:
        if event.get("kind") != DEMAND_KIND:
            continue
        day = event_day(event.get("occurred_at", ""))
        # Only a demand already made restarts the period; a planned one (dated later) does not.
        if day is None or day <= first_aware or day > today:
            continue
        if day > start or (day == start and restart is not None and event["id"] > restart["id"]):
            start, basis, restart = day, "demand", event
    deadline = add_years(start, LIMITATION_YEARS)
    treatment_days = parse_dates(details.get("treatment_dates"))
    harm = min(treatment_days) if treatment_days else None
    capped = False
    if harm is not None:
        longest = add_years(harm, LONGEST_PERIOD_YEARS)
        if longest < deadline:
            deadline, capped = longest, True
    return LimitationDeadline(
        deadline=deadline, days_left=(deadline - today).days, start=start, basis=basis, first_aware=first_aware,
        restart_event_id=restart["id"] if restart else None,
        restart_event_title=restart.get("title", "") if restart else "",
        harm_date=harm, capped=capped,
    )


def for_case(case: Case, today: date | None = None) -> LimitationDeadline | None:
    # Only the written demands are read: a timeline can hold thousands of events.
    return limitation_deadline(case.details.get(), case.timeline.list(kinds=(DEMAND_KIND,)), today)
