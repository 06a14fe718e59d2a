"""Deadlines where the user meets them outside the engine: the command line, a calendar file, and
the reminders of what is due within a week."""

import json
from datetime import date

from icalendar import Calendar

from desktop.core import calendar_export, deadlines, reminders
from desktop.core.lifecycle import create_case
from tests.core.test_cli import run

RULES = {"limitation", "rescission-fraud", "settlement-rescission", "mediation-confirmation", "prepaid-refund",
         "complaint-cutoff-12315", "authority-handling", "people-mediation", "health-mediation-accept",
         "health-mediation", "market-mediation", "demand-reply"}


def test_deadlines_as_json_from_the_command_line(tmp_path):
    case = tmp_path / "c.refundcase"
    run("new", case, check_exit=0)
    run("set", case, "first_aware_date=2026-03-01", "treatment_dates=2026-02-20", check_exit=0)
    for args in (("2026-02-10", "payment", "付款"), ("2026-04-10", "payment", "second payment"),
                 ("2026-09-25", "demand", "要求函", "--arrived", "2026-09-27", "--reply-by", "2026-10-15"),
                 ("2026-09-28", "complaint", "12315", "--body", "12315"),
                 ("2026-11-20", "mediation-request", "调解", "--body", "people")):
        run("event", case, *args, check_exit=0)
    listed = json.loads(run("deadlines", case, "--json", "--today", "2026-12-02", check_exit=0).stdout)
    assert [d["due"] for d in listed] == sorted(d["due"] for d in listed)
    for deadline in listed:
        assert {"rule", "due", "days_left", "passed", "basis", "source", "mark", "event_id", "holiday_data"} <= set(
            deadline)
        assert deadline["rule"] in RULES and deadline["mark"] in ("P", "S", "U")
        assert deadline["days_left"] == (date.fromisoformat(deadline["due"]) - date(2026, 12, 2)).days
        assert deadline["passed"] == (deadline["days_left"] < 0)
    rules = [d["rule"] for d in listed]
    for once in ("limitation", "rescission-fraud", "complaint-cutoff-12315"):
        assert rules.count(once) == 1
    assert rules.count("prepaid-refund") == 2  # one window per payment, passed ones stay listed
    assert all(d["passed"] for d in listed if d["rule"] == "prepaid-refund")
    limitation = next(d for d in listed if d["rule"] == "limitation")
    assert limitation["due"] == "2029-11-20" and limitation["event_id"] == 5  # the mediation request restarted it
    people = next(d for d in listed if d["rule"] == "people-mediation")
    assert people["event_id"] == 5 and not people["passed"]
    assert next(d for d in listed if d["rule"] == "demand-reply")["due"] == "2026-10-15"
    later = json.loads(run("deadlines", case, "--json", "--today", "2030-01-01", check_exit=0).stdout)
    assert all(d["passed"] for d in later) and len(later) == len(listed)
    text = run("deadlines", case, "--today", "2026-12-02", check_exit=0).stdout
    assert "2029-11-20" in text and "days left" in text


def test_a_calendar_file_holds_the_deadlines_still_to_come(case, tmp_path):
    case.details.update({"first_aware_date": "2026-03-01"})
    case.timeline.add("2026-11-28", "付款", kind="payment")
    report = deadlines.for_case(case, date(2026, 12, 2))
    coming = [d for d in report.deadlines if not d.passed]
    path = tmp_path / "deadlines.ics"
    assert calendar_export.write_ics(report, case.title, path, "zh") == len(coming) > 0
    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    assert sorted(e.decoded("dtstart") for e in events) == sorted(d.due for d in coming)
    for event in events:
        assert case.title in str(event.get("summary"))
        assert "不是法律意见" in str(event.get("description"))
        assert sorted(str(a.get("trigger").to_ical(), "ascii") for a in event.walk("VALARM")) == ["-P1D", "-P7D"]
    again = tmp_path / "again.ics"
    calendar_export.write_ics(report, case.title, again, "zh")  # the same deadlines keep their identity
    assert {str(e.get("uid")) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")} == \
        {str(e.get("uid")) for e in events}
    assert sorted(p.name for p in tmp_path.glob("*.ics")) == ["again.ics", "deadlines.ics"]  # no partial file


def test_reminders_name_what_is_due_within_a_week(tmp_path):
    due = tmp_path / "due.refundcase"
    with create_case(due, "到期案件") as case:
        case.timeline.add("2026-11-30", "付款", kind="payment")
    with create_case(tmp_path / "quiet.refundcase", "没有到期的案件") as case:
        case.timeline.add("2026-01-05", "付款", kind="payment")
    (tmp_path / "broken.refundcase").write_text("not a case")
    found = reminders.recent_cases_due([due, tmp_path / "quiet.refundcase", tmp_path / "gone.refundcase",
                                        tmp_path / "broken.refundcase"], today=date(2026, 12, 2))
    assert [(r.title, [d.rule for d in r.deadlines]) for r in found] == [("到期案件", ["prepaid-refund"])]
    assert found[0].deadlines[0].days_left <= reminders.SOON_DAYS
