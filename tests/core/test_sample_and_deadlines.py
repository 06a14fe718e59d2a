"""The limitation deadline (民法典 arts. 188, 195, 201-203) and the sample case. The last day of the
limitation period moves past a rest day (art. 203): see tests/core/test_deadlines.py for the calendar."""

from datetime import date

import pytest

from desktop.core import deadlines
from desktop.core.deadlines import add_years, limitation_deadline, parse_dates
from desktop.core.importer import Cancelled
from desktop.core.lifecycle import open_case
from desktop.core.sample import ITEMS, build_sample_case
from desktop.core.verify import verify_case

TODAY = date(2026, 11, 25)


def demand(event_id, when, title="书面要求", kind="demand"):
    return {"id": event_id, "occurred_at": when, "kind": kind, "title": title}


# -- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("start, years, expected", [
    (date(2024, 2, 29), 3, date(2027, 2, 28)),   # no 29 Feb in the last year: the month's last day
    (date(2024, 2, 29), 4, date(2028, 2, 29)),   # a leap year again: the corresponding day
    (date(2023, 2, 28), 1, date(2024, 2, 28)),   # not moved to 29 Feb
    (date(2025, 1, 31), 3, date(2028, 1, 31)),
    (date(2025, 12, 31), 3, date(2028, 12, 31)),
])
def test_years_end_on_the_corresponding_day(start, years, expected):
    assert add_years(start, years) == expected


def test_dates_are_read_from_free_text():
    assert parse_dates("2025-03-15") == [date(2025, 3, 15)]
    assert parse_dates("2025年3月5日、2025/04/01 和 2025.5.6") == [date(2025, 3, 5), date(2025, 4, 1), date(2025, 5, 6)]
    assert parse_dates("2025-02-30 or 2025-13-01") == []  # impossible dates are ignored, not guessed
    assert parse_dates("last spring") == [] and parse_dates(None) == []


def test_month_events_count_from_their_first_day():
    assert deadlines.event_day("2026-03") == date(2026, 3, 1)
    assert deadlines.event_day("2026-03-02T10:00") == date(2026, 3, 2)
    assert deadlines.event_day("soon") is None


# -- the rule ---------------------------------------------------------------------------------

def test_no_first_aware_date_means_no_deadline_yet():
    assert limitation_deadline({"first_aware_date": ""}, [], TODAY) is None
    assert limitation_deadline({"first_aware_date": "after the treatment"}, [], TODAY) is None


def test_three_years_from_the_day_the_harm_was_known():
    result = limitation_deadline({"first_aware_date": "2025-06-25", "treatment_dates": "2025-06-18"}, [], TODAY)
    # Three years end on 2028-06-25, a Sunday: the period ends on Monday 2028-06-26 (art. 203).
    assert result.deadline == date(2028, 6, 26) and result.moved
    assert result.days_left == (date(2028, 6, 26) - TODAY).days
    assert result.basis == "first_aware" and result.start == date(2025, 6, 25)
    assert result.restart_event_id is None and not result.capped and not result.passed
    assert result.harm_date == date(2025, 6, 18)


def test_leap_day_start():
    # No 29 February in 2027: the period ends on 2027-02-28, a Sunday, so on Monday 2027-03-01.
    result = limitation_deadline({"first_aware_date": "2024-02-29"}, [], TODAY)
    assert result.deadline == date(2027, 3, 1) and result.moved
    restarted = limitation_deadline({"first_aware_date": "2023-05-01"}, [demand(4, "2024-02-29")], TODAY)
    assert restarted.deadline == date(2027, 3, 1) and restarted.basis == "demand"


def test_the_latest_written_demand_restarts_the_period():
    events = [
        demand(1, "2025-01-10", kind="communication"),          # talking is not a written demand
        demand(2, "2025-03-01", title="第一次要求函"),
        demand(3, "2025-09-15", title="第二次要求函"),
        demand(4, "2024-12-01", title="知道受损之前"),           # before the harm was known: no effect
        demand(5, "2027-01-01", title="计划中的"),               # not made yet: no effect
    ]
    result = limitation_deadline({"first_aware_date": "2025-02-01"}, events, TODAY)
    assert result.basis == "demand"
    assert result.start == date(2025, 9, 15)
    assert result.deadline == date(2028, 9, 15)
    assert (result.restart_event_id, result.restart_event_title) == (3, "第二次要求函")
    assert result.first_aware == date(2025, 2, 1)


def test_a_demand_on_the_day_of_knowing_changes_nothing():
    result = limitation_deadline({"first_aware_date": "2025-02-01"}, [demand(1, "2025-02-01")], TODAY)
    assert result.basis == "first_aware" and result.deadline == date(2028, 2, 1)


def test_a_month_only_demand_restarts_from_the_first_of_that_month():
    result = limitation_deadline({"first_aware_date": "2025-02-01"}, [demand(1, "2025-08")], TODAY)
    assert result.start == date(2025, 8, 1) and result.deadline == date(2028, 8, 1)


def test_twenty_years_from_the_harm_is_the_outer_limit():
    details = {"first_aware_date": "2024-05-01", "treatment_dates": "2005-03-01, 2006-01-01"}
    result = limitation_deadline(details, [], TODAY)
    assert result.capped and result.harm_date == date(2005, 3, 1)
    # 2025-03-01 is a Saturday: the twenty years end on Monday 2025-03-03.
    assert result.deadline == date(2025, 3, 3) and result.passed
    assert result.days_left == (date(2025, 3, 3) - TODAY).days < 0


def test_the_cap_is_skipped_when_the_treatment_date_cannot_be_read():
    result = limitation_deadline({"first_aware_date": "2024-05-01", "treatment_dates": "去年春天"}, [], TODAY)
    # 2027-05-01 is a Saturday (2027's holidays are not known yet: weekends alone): Monday 2027-05-03.
    assert not result.capped and result.harm_date is None and result.deadline == date(2027, 5, 3)


def test_a_passed_deadline_is_reported_as_passed():
    result = limitation_deadline({"first_aware_date": "2020-01-10"}, [], TODAY)
    assert result.passed and result.deadline == date(2023, 1, 10)


def test_deadline_for_an_open_case(case):
    case.details.update({"first_aware_date": "2026年1月5日", "treatment_dates": "2025-12-20"})
    case.timeline.add("2026-03-02", "要求函", kind="demand")
    result = deadlines.for_case(case, TODAY).limitation
    # Restarted by the demand (its arrival not recorded: from the day it was sent); 2029-03-02 is a Friday.
    assert result.due == date(2029, 3, 2) and result.origin == "demand-sent" and result.event_title == "要求函"
    assert "demand-arrival-unknown" in result.cautions


# -- the sample case ------------------------------------------------------------------------

def test_sample_case_is_complete_fictional_and_marked(tmp_path, probe_pool):
    reported = []
    path = build_sample_case(tmp_path / "sample.refundcase", today=TODAY, pool=probe_pool,
                             progress=lambda done, total, label: reported.append(done))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.refundcase"]
    assert reported[-1] == 4
    with open_case(path, read_only=True) as case:
        details = case.details.get()
        assert details["is_sample"] == 1
        assert "虚构" in details["clinic_name"] and "示例" in details["notes"]
        items = case.evidence.list()
        assert len(items) == len(ITEMS) >= 8
        assert {i["category"] for i in items} >= {"contract", "payment_record", "photo_before", "photo_after", "chat"}
        assert {i["media_type"] for i in items} >= {"image/jpeg", "image/png", "application/pdf"}
        assert all(case.evidence.thumbnail(i["id"]) is not None for i in items)
        photos = [i for i in items if i["category"].startswith("photo_")]
        assert all(p["captured_at"] for p in photos)
        events = case.timeline.list()
        assert len(events) >= 8 and sum(bool(e["evidence_ids"]) for e in events) >= 6
        statuses = {s["status"] for s in case.checklist.list()}
        assert {"done", "in_progress", "todo"} <= statuses
        assert [h.kind for h in case.search("退款")][:1] == ["case"]
        assert verify_case(case).ok
        report = deadlines.for_case(case, TODAY)
        # The demand restarted the period when it arrived, and the 12315 complaint after it again.
        limitation = report.limitation
        complaint = next(e for e in events if e["kind"] == "complaint")
        assert limitation.origin == "complaint" and limitation.event_id == complaint["id"]
        assert 0 < limitation.days_left < 3 * 366 and report.missing == ()
        assert {d.rule for d in report} >= {"limitation", "rescission-fraud", "complaint-cutoff-12315",
                                            "prepaid-refund", "demand-reply", "authority-handling"}


def test_sample_case_build_leaves_nothing_behind_when_cancelled(tmp_path, probe_pool):
    with pytest.raises(Cancelled):
        build_sample_case(tmp_path / "sample.refundcase", today=TODAY, pool=probe_pool, is_cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
