"""The case's deadlines as a calendar file (.ics, RFC 5545) for a phone or a computer: one all-day
event per deadline still to come, with reminders a week and a day before."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from desktop import __version__
from desktop.core.atomic import written
from desktop.core.deadlines import DeadlineReport

REMINDERS = (timedelta(days=7), timedelta(days=1))
GUIDANCE = ("Worked out by Refund Case Organizer from the rules as it reads them: guidance, not legal advice. "
            "Check the current rule.",
            "由维权案件整理助手按其理解的规则推算，仅供参考，不是法律意见。请核实现行规定。")


def calendar_of(report: DeadlineReport, case_title: str, lang: str) -> Calendar:
    zh = lang.startswith("zh")
    calendar = Calendar()
    calendar.add("prodid", f"-//Refund Case Organizer//{__version__}//{'ZH' if zh else 'EN'}")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", case_title)
    for deadline in report.deadlines:
        if deadline.passed:
            continue
        event = Event()
        # Stable across exports, so a phone updates the event instead of adding it twice.
        event.add("uid", f"{deadline.rule}-{deadline.event_id or 'case'}-{deadline.start.isoformat()}"
                         f"@refund-case-organizer")
        event.add("summary", f"{deadline.title(lang)}（{case_title}）" if zh else f"{deadline.title(lang)} ({case_title})")
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + timedelta(days=1))
        event.add("dtstamp", report_stamp(report))
        lines = [deadline.basis(lang), f"{deadline.source(lang)} — {deadline.mark_text(lang)}",
                 *deadline.caution_texts(lang), GUIDANCE[1] if zh else GUIDANCE[0]]
        event.add("description", "\n".join(lines))
        for before in REMINDERS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", deadline.title(lang))
            alarm.add("trigger", -before)
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar


def report_stamp(report: DeadlineReport) -> datetime:
    return datetime.combine(report.today, time(0, 0), tzinfo=timezone.utc)


def write_ics(report: DeadlineReport, case_title: str, path: Path, lang: str) -> int:
    """Write the file (complete or not at all); returns how many deadlines it holds."""
    calendar = calendar_of(report, case_title, lang)
    count = len(calendar.walk("VEVENT"))
    with written(path) as temporary:
        temporary.write_bytes(calendar.to_ical())
    return count
