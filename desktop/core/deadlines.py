"""Every legal deadline a case faces, worked out from its details and its timeline.

`compute(details, events, today, calendar)` is pure: the same case, day and calendar give the same
report. `for_case(case)` reads an open case and uses the holiday data on this machine. The words for
each rule (title, basis, source, mark, what a passed date means, cautions) are in deadline_rules.py;
the domain brief (rules as of 2026-12-02) is the authority for the rules themselves.

Counting (民法典 arts. 201-203):
- the day of the event is not counted; a period in years or months ends on the corresponding day
  (29 February ends on 28 February in a year without one: dates.add_years / add_months);
- the last day of a civil-law period (limitation, rescission-fraud, settlement-rescission,
  prepaid-refund) that is not a working day moves to the next working day, weekends counting as rest
  days (the usual reading, marked [S] in the brief: the moved deadline says so);
- a window in working days counts working days from the day after the request;
- the other periods (12315 cut-off, court confirmation, market mediation, a reply date) are not moved.
Where the holiday data does not cover a year a deadline counted or moved over, only weekends were
skipped: `holiday_data` is False and the deadline carries the "no-holiday-data" caution.
An event dated only to a month counts from the 1st (dates.event_day: never too late); a deadline that
rests on a month- or approximately-dated event carries the "imprecise-date" caution.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Iterator

from desktop.core import deadline_rules
from desktop.core.case import Case
from desktop.core.dates import add_years, countable, event_day, first_date, parse_dates
from desktop.core.deadline_rules import RULES, fill, pick
from desktop.core.workdays import WorkCalendar

__all__ = ["Deadline", "DeadlineReport", "compute", "for_case", "LimitationDeadline", "limitation_deadline",
           "RESTART_KINDS", "DEMAND_KIND", "add_years", "event_day", "first_date", "parse_dates"]

LIMITATION_YEARS = 3
LONGEST_PERIOD_YEARS = 20
RESCISSION_YEARS = 1
RESCISSION_LONGEST_YEARS = 5
COMPLAINT_CUTOFF_YEARS = 3
PREPAID_REFUND_DAYS = 7
CONFIRMATION_DAYS = 30
MARKET_MEDIATION_DAYS = 60
AUTHORITY_WORKING_DAYS = 7
PEOPLE_MEDIATION_WORKING_DAYS = 30
HEALTH_ACCEPT_WORKING_DAYS = 5
HEALTH_MEDIATION_WORKING_DAYS = 30

DEMAND_KIND = "demand"
# Events that start the limitation period again from their day (a demand from the day it arrived).
RESTART_KINDS = ("demand", "promise", "complaint", "mediation-request", "payment-order", "police-report", "ended")
# Complaints the consumer-protection law's 7 working days apply to: those made to an authority.
NOT_AN_AUTHORITY = ("consumer-association", "people")
IMPRECISE = ("month", "approximate")


@dataclass(frozen=True)
class Deadline:
    rule: str
    due: date                               # the last day, after any move past a rest day
    days_left: int                          # (due - today).days: negative once passed
    passed: bool                            # due < today
    start: date                             # the day counted from (itself not counted)
    counted: date                           # the last day as counted, before any move
    event_id: int | None = None             # the event that started it
    event_title: str = ""
    holiday_data: bool = True               # False: a day it counted or moved over lies in a year not covered
    moved: bool = False                     # the last day was moved past a rest day
    cautions: tuple[str, ...] = ()          # codes (deadline_rules.CAUTIONS): this case's first, then the rule's
    variant: str = "default"                # which basis sentence (deadline_rules.Rule.basis)
    origin: str = ""                        # limitation: where it runs from (deadline_rules.ORIGINS)
    facts: tuple[tuple[str, object], ...] = ()  # more template fields: harm, cap_from, cap_event, lawsuit, years

    def _values(self, lang: str) -> dict[str, object]:
        values: dict[str, object] = {"start": self.start, "due": self.due, "counted": self.counted,
                                     "event": self.event_title, **dict(self.facts)}
        if self.origin:
            values["origin"] = fill(pick(deadline_rules.ORIGINS[self.origin], lang), values, lang)
        return values

    def title(self, lang: str = "en") -> str:
        return pick(RULES[self.rule].title, lang)

    def basis(self, lang: str = "en") -> str:
        """How the date was worked out, in one sentence with its dates and the event's title."""
        variants = RULES[self.rule].basis
        return fill(pick(variants.get(self.variant, variants["default"]), lang), self._values(lang), lang)

    def source(self, lang: str = "en") -> str:
        return pick(RULES[self.rule].source, lang)

    @property
    def mark(self) -> str:
        """P statute text read, S secondary source, U could not be confirmed."""
        return RULES[self.rule].mark

    def mark_text(self, lang: str = "en") -> str:
        return deadline_rules.mark_text(self.rule, lang)

    def passed_meaning(self, lang: str = "en") -> str:
        """What it means once the date has passed."""
        return pick(RULES[self.rule].passed, lang)

    def caution_texts(self, lang: str = "en") -> list[str]:
        values = self._values(lang)
        return [fill(pick(deadline_rules.CAUTIONS[code], lang), values, lang) for code in self.cautions]

    def as_json(self) -> dict:
        """The deadline for a script (`main.py deadlines --json`), its sentences in English."""
        return {"rule": self.rule, "title": self.title(), "due": self.due.isoformat(), "days_left": self.days_left,
                "passed": self.passed, "basis": self.basis(), "source": self.source(), "mark": self.mark,
                "event_id": self.event_id, "holiday_data": self.holiday_data, "moved": self.moved,
                "cautions": self.caution_texts()}


@dataclass(frozen=True)
class DeadlineReport:
    today: date
    deadlines: tuple[Deadline, ...]         # by due date, then rule
    missing: tuple[str, ...]                # what the case lacks for the main ones (deadline_rules.MISSING)

    def __iter__(self) -> Iterator[Deadline]:
        return iter(self.deadlines)

    def __len__(self) -> int:
        return len(self.deadlines)

    def of_rule(self, rule: str) -> tuple[Deadline, ...]:
        return tuple(d for d in self.deadlines if d.rule == rule)

    @property
    def limitation(self) -> Deadline | None:
        found = self.of_rule("limitation")
        return found[0] if found else None

    @property
    def holiday_data(self) -> bool:
        """Whether every deadline could take holidays into account."""
        return all(d.holiday_data for d in self.deadlines)

    def missing_texts(self, lang: str = "en") -> list[str]:
        return [pick(deadline_rules.MISSING[code], lang) for code in self.missing]


# -- computing ------------------------------------------------------------------------------------

class _Builder:
    """Makes the deadlines of one report: today and the calendar, the moving and the cautions."""

    def __init__(self, today: date, calendar: WorkCalendar):
        self.today, self.calendar = today, calendar
        self.made: list[Deadline] = []

    def add(self, rule: str, start: date, counted: date, *, event: dict | None = None, dated_by_event: bool = True,
            cautions: Iterable[str] = (), working_days: bool = False, **fields) -> None:
        """A deadline counted to `counted`; a civil-law one moved past a rest day. For a working-day
        window `counted` is already the n-th working day after `start`. `dated_by_event`: its date rests
        on the event's own date (not on a date recorded with it, such as a demand's arrival)."""
        due, moved, looked_at = counted, False, None
        if working_days:
            looked_at = (start + timedelta(days=1), counted)
        elif RULES[rule].moves:
            due = self.calendar.next_working_day_from(counted)
            moved, looked_at = due != counted, (counted, due)
        found = list(cautions)
        if event is not None and dated_by_event and event.get("precision") in IMPRECISE:
            found.insert(0, "imprecise-date")
        facts = dict(fields.pop("facts", {}))
        holiday_data = looked_at is None or self.calendar.covered_between(*looked_at)
        if not holiday_data:
            years = [y for y in range(looked_at[0].year, looked_at[1].year + 1) if not self.calendar.covered(y)]
            facts["years"] = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
            found.insert(0, "no-holiday-data")
        if moved:
            found.insert(0, "moved")
        found += [code for code in RULES[rule].cautions if code not in found]
        self.made.append(Deadline(
            rule=rule, due=due, days_left=(due - self.today).days, passed=due < self.today, start=start,
            counted=counted, event_id=event["id"] if event else None, event_title=(event or {}).get("title", ""),
            holiday_data=holiday_data, moved=moved, cautions=tuple(found), facts=tuple(facts.items()), **fields))


def _iso_day(text: str | None) -> date | None:
    try:
        return countable(date.fromisoformat((text or "").strip()[:10]))
    except ValueError:
        return None


def _dated(events: Iterable[dict]) -> list[tuple[date, dict]]:
    """The events whose day can be read, with it, in date order (then by id)."""
    found = [(event_day(e.get("occurred_at")), e) for e in events]
    return sorted(((day, e) for day, e in found if day is not None), key=lambda p: (p[0], p[1].get("id") or 0))


def _earliest(candidates: list[tuple[date, dict | None]]) -> tuple[date, dict | None] | None:
    """The earliest (day, event) pair; a date from the details (no event) wins a tie."""
    if not candidates:
        return None
    return min(candidates, key=lambda p: (p[0], p[1] is not None))


def _restart_day(day: date, event: dict) -> tuple[date, bool]:
    """The day an event restarts the limitation period from, and whether a demand's arrival is known."""
    if event.get("kind") == DEMAND_KIND:
        arrived = _iso_day(event.get("arrived_on"))
        return (arrived, True) if arrived else (day, False)
    return day, True


def _outer_limit(counted: date, anchor: tuple[date, dict | None], years: int, cautions: list[str],
                 facts: dict) -> tuple[date, bool]:
    """The last day, or the outer limit `years` from the anchor (harm, contract) when that comes first,
    and whether it did; an outer limit from an imprecisely dated event adds its caution."""
    day, event = anchor
    longest = add_years(day, years)
    if longest >= counted:
        return counted, False
    if event is not None and event.get("precision") in IMPRECISE:
        cautions.append("imprecise-cap-date")
        facts["cap_event"] = event.get("title", "")
    return longest, True


def _limitation(b: _Builder, first_aware: date, dated: list[tuple[date, dict]],
                harm: tuple[date, dict | None] | None) -> None:
    start, restart, arrival_known = first_aware, None, True
    for day, event in dated:
        if event.get("kind") not in RESTART_KINDS:
            continue
        when, known = _restart_day(day, event)
        # Only what happened after first knowledge and has already happened restarts the period.
        later = when > start or (when == start and restart is not None and event["id"] > restart["id"])
        if first_aware < when <= b.today and later:
            start, restart, arrival_known = when, event, known
    counted = add_years(start, LIMITATION_YEARS)
    cautions, facts, variant = [], {}, "default"
    if restart is not None and not arrival_known:
        cautions.append("demand-arrival-unknown")
    ended = [day for day, e in dated if e.get("kind") == "ended" and day <= b.today]
    pending = [e for day, e in dated if e.get("kind") == "lawsuit" and day <= b.today
               and not any(end >= day for end in ended)]
    if pending:
        cautions.append("lawsuit-pending")
        facts["lawsuit"] = pending[-1].get("title", "")
    if harm is None:
        cautions.append("no-harm-date")
    else:
        facts["harm"] = harm[0]
        counted, capped = _outer_limit(counted, harm, LONGEST_PERIOD_YEARS, cautions, facts)
        variant = "capped" if capped else variant
    if restart is None:
        origin = "first_aware"
    elif restart.get("kind") == DEMAND_KIND:
        origin = "demand" if arrival_known else "demand-sent"
    else:
        origin = restart["kind"]
    b.add("limitation", start, counted, event=restart, dated_by_event=origin != "demand", cautions=cautions,
          variant=variant, origin=origin, facts=facts)


def _rescission(b: _Builder, first_aware: date, contract: tuple[date, dict | None] | None) -> None:
    counted = add_years(first_aware, RESCISSION_YEARS)
    cautions, facts, variant = [], {}, "uncapped"
    if contract is None:
        cautions.append("no-contract-date")
    else:
        facts["cap_from"] = contract[0]
        counted, capped = _outer_limit(counted, contract, RESCISSION_LONGEST_YEARS, cautions, facts)
        variant = "capped" if capped else "default"
    b.add("rescission-fraud", first_aware, counted, cautions=cautions, variant=variant, facts=facts)


def _windows(b: _Builder, dated: list[tuple[date, dict]]) -> None:
    """The deadlines each event opens: once per event, kept after their date (as passed)."""
    def working(rule: str, day: date, event: dict, n: int) -> None:
        b.add(rule, day, b.calendar.add_working_days(day, n), event=event, working_days=True)

    for day, event in dated:
        kind, body = event.get("kind"), event.get("body") or ""
        if kind == "payment":
            b.add("prepaid-refund", day, day + timedelta(days=PREPAID_REFUND_DAYS), event=event)
        elif kind == "settlement-signed":
            # One year from signing; the five years at most from signing cannot come first.
            b.add("settlement-rescission", day, add_years(day, RESCISSION_YEARS), event=event)
            if body == "people":
                b.add("mediation-confirmation", day, day + timedelta(days=CONFIRMATION_DAYS), event=event)
        elif kind == "complaint" and body not in NOT_AN_AUTHORITY:
            working("authority-handling", day, event, AUTHORITY_WORKING_DAYS)
        elif kind == "mediation-request":
            if body == "people":
                working("people-mediation", day, event, PEOPLE_MEDIATION_WORKING_DAYS)
            elif body == "health":
                working("health-mediation-accept", day, event, HEALTH_ACCEPT_WORKING_DAYS)
                working("health-mediation", day, event, HEALTH_ACCEPT_WORKING_DAYS + HEALTH_MEDIATION_WORKING_DAYS)
            elif body == "market":
                b.add("market-mediation", day, day + timedelta(days=MARKET_MEDIATION_DAYS), event=event)
        elif kind == DEMAND_KIND:
            reply_by = _iso_day(event.get("reply_by"))
            if reply_by is not None:
                b.add("demand-reply", day, reply_by, event=event, dated_by_event=False)


def compute(details: dict, events: list[dict], today: date, calendar: WorkCalendar | None = None) -> DeadlineReport:
    """Every deadline of the case on `today`. Without a calendar, the holiday package's data alone is used
    (for_case adds the holidays files on this machine)."""
    calendar = calendar or WorkCalendar()
    b = _Builder(today, calendar)
    dated = _dated(events)
    first_aware = first_date(details.get("first_aware_date"))
    harm = _earliest([(day, None) for day in parse_dates(details.get("treatment_dates"))]
                     + [(day, e) for day, e in dated if e.get("kind") == "treatment"])
    contract_day = first_date(details.get("contract_date"))
    contract = (contract_day, None) if contract_day else _earliest(
        [(day, e) for day, e in dated if e.get("kind") == "payment"])
    missing = []
    if first_aware is None:
        missing.append("first_aware_date")
    else:
        _limitation(b, first_aware, dated, harm)
        _rescission(b, first_aware, contract)
        b.add("complaint-cutoff-12315", first_aware, add_years(first_aware, COMPLAINT_CUTOFF_YEARS))
    if harm is None:
        missing.append("treatment_date")
    if contract is None:
        missing.append("contract_date")
    _windows(b, dated)
    ordered = sorted(b.made, key=lambda d: (d.due, d.rule, d.event_id or 0))
    return DeadlineReport(today=today, deadlines=tuple(ordered), missing=tuple(missing))


def for_case(case: Case, today: date | None = None, calendar: WorkCalendar | None = None) -> DeadlineReport:
    """The deadlines of an open case, with the holidays this machine knows (package and holidays files)."""
    return compute(case.details.get(), case.timeline.list(), today or date.today(), calendar or WorkCalendar.default())


# -- the single limitation deadline the overview showed before -----------------------------------

@dataclass(frozen=True)
class LimitationDeadline:
    deadline: date
    days_left: int                      # negative once the deadline has passed
    start: date                         # the day the three years run from
    basis: str                          # "first_aware", or the kind of the event that restarted it ("demand"…)
    first_aware: date
    restart_event_id: int | None = None
    restart_event_title: str = ""
    harm_date: date | None = None       # the earliest treatment date, when it could be read
    capped: bool = False                # the twenty-year limit came first
    moved: bool = False                 # the last day was moved past a rest day

    @property
    def passed(self) -> bool:
        return self.days_left < 0


def limitation_deadline(details: dict, events: Iterable[dict], today: date | None = None,
                        calendar: WorkCalendar | None = None) -> LimitationDeadline | None:
    """The limitation deadline alone (see compute), or None without a readable first-knowledge date."""
    found = compute(details, list(events), today or date.today(), calendar).limitation
    if found is None:
        return None
    facts = dict(found.facts)
    return LimitationDeadline(
        deadline=found.due, days_left=found.days_left, start=found.start,
        basis="first_aware" if found.origin == "first_aware" else found.origin.removesuffix("-sent"),
        first_aware=first_date(details.get("first_aware_date")), restart_event_id=found.event_id,
        restart_event_title=found.event_title, harm_date=facts.get("harm"), capped=found.variant == "capped",
        moved=found.moved,
    )
