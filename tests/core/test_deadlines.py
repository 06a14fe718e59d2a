"""Working days in mainland China and every deadline of a case (domain brief, rules as of 2026-12-02).

The 2026 calendar (国务院办公厅 notice of 2025-11-04, as the brief gives it): days off Jan 1-3, Feb 15-23,
Apr 4-6, May 1-5, Jun 19-21, Sep 25-27, Oct 1-7; weekend days worked Jan 4, Feb 14, Feb 28, May 9, Sep 20,
Oct 10. 2027 has no notice yet: only weekends are rest days there unless a holidays.json adds it.
Every date below was worked out by hand against that calendar (weekdays checked)."""

import json
import logging
import re
from datetime import date, timedelta

import pytest

from desktop.core import deadline_rules, deadlines
from desktop.core.deadline_rules import CAUTIONS, MARKS, MISSING, ORIGINS, RULES
from desktop.core.deadlines import compute
from desktop.core.paths import resources_dir
from desktop.core.playbook import DEADLINE_RULES
from desktop.core.workdays import WorkCalendar, YearData, load_holidays_file

TODAY = date(2026, 11, 25)
PACKAGE = WorkCalendar()  # the package's data alone: 2004-2026
CJK = re.compile(r"[\u4e00-\u9fff]")


def day_range(first: str, last: str) -> list[date]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def event(event_id, when, kind, title=None, *, precision="day", body="", arrived_on=None, reply_by=None):
    return {"id": event_id, "occurred_at": when, "precision": precision, "kind": kind, "title": title or kind,
            "body": body, "arrived_on": arrived_on, "reply_by": reply_by}


def report(first_aware="", events=(), *, today=TODAY, calendar=PACKAGE, **details):
    return compute({"first_aware_date": first_aware, **details}, list(events), today, calendar)


def only(result, rule):
    found = result.of_rule(rule)
    assert len(found) == 1, found
    return found[0]


def write_holidays(folder, content) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content)
    (folder / "holidays.json").write_text(text, encoding="utf-8")


# A made-up 2027 (no notice yet, [U]): National Day Oct 1-7 off, Saturday Oct 9 worked, New Year's Day off.
HOLIDAYS_2027 = {"2027": {"holidays": ["2027-01-01", *[d.isoformat() for d in day_range("2027-10-01", "2027-10-07")]],
                          "workdays": ["2027-10-09"]}}


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh app data folder (where the user's holidays.json lives)."""
    folder = tmp_path / "appdata"
    monkeypatch.setenv("REFUND_CASE_DATA_DIR", str(folder))
    return folder


# -- the calendar -----------------------------------------------------------------------------------

def test_weekends_are_rest_days_and_weekdays_working_days():
    assert PACKAGE.is_working_day(date(2026, 3, 9))          # a Monday
    assert not PACKAGE.is_working_day(date(2026, 3, 7))      # a Saturday
    assert not PACKAGE.is_working_day(date(2026, 3, 8))      # a Sunday


@pytest.mark.parametrize("day", [d for first, last in [
    ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
    ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
    ("2026-10-01", "2026-10-07")] for d in day_range(first, last)])
def test_the_2026_holidays_are_rest_days(day):
    assert not PACKAGE.is_working_day(day)


@pytest.mark.parametrize("day", ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])
def test_the_2026_adjusted_weekends_are_working_days(day):
    worked = date.fromisoformat(day)
    assert worked.weekday() >= 5 and PACKAGE.is_working_day(worked)


def test_next_working_day_from():
    assert PACKAGE.next_working_day_from(date(2026, 3, 9)) == date(2026, 3, 9)      # a working day: itself
    assert PACKAGE.next_working_day_from(date(2026, 3, 7)) == date(2026, 3, 9)      # Saturday -> Monday
    assert PACKAGE.next_working_day_from(date(2026, 10, 1)) == date(2026, 10, 8)    # National Day week
    assert PACKAGE.next_working_day_from(date(2026, 2, 14)) == date(2026, 2, 14)    # a worked Saturday


@pytest.mark.parametrize("start, n, expected", [
    # Thu 12 Feb: Fri 13 (1), Sat 14 worked (2), 15-23 off, Tue 24-Fri 27 (3-6), Sat 28 worked (7).
    ("2026-02-12", 7, "2026-02-28"),
    ("2026-02-12", 2, "2026-02-14"),
    # Tue 29 Sep: Wed 30 (1), Oct 1-7 off, Thu 8 (2), Fri 9 (3), Sat 10 worked (4), Mon 12-Wed 14 (5-7).
    ("2026-09-29", 7, "2026-10-14"),
    ("2026-09-29", 4, "2026-10-10"),
    ("2026-03-09", 0, "2026-03-09"),
    # Fri 2027-01-01 counts as a working day: 2027's holidays are not known, only weekends are skipped.
    ("2026-12-28", 7, "2027-01-06"),
])
def test_add_working_days(start, n, expected):
    assert PACKAGE.add_working_days(date.fromisoformat(start), n) == date.fromisoformat(expected)


def test_years_outside_the_data_fall_back_to_weekends_and_say_so():
    assert PACKAGE.covered(2004) and PACKAGE.covered(2026)
    assert not PACKAGE.covered(2027) and not PACKAGE.covered(2003)
    # No NotImplementedError escapes: 2027-10-01 (a Friday) is a working day by weekends alone.
    assert PACKAGE.is_working_day(date(2027, 10, 1)) and not PACKAGE.is_working_day(date(2027, 10, 2))
    assert PACKAGE.is_working_day(date(2003, 10, 1))
    assert PACKAGE.covered_between(date(2026, 1, 1), date(2026, 12, 31))
    assert not PACKAGE.covered_between(date(2026, 12, 28), date(2027, 1, 6))
    with pytest.raises(ValueError):
        PACKAGE.add_working_days(date(2026, 1, 1), -1)


def test_a_user_holidays_file_adds_2027(data_dir):
    write_holidays(data_dir, HOLIDAYS_2027)
    calendar = WorkCalendar.default()
    assert calendar.covered(2027) and calendar.covered(2026) and not calendar.covered(2028)
    assert not calendar.is_working_day(date(2027, 10, 1))    # a Friday, off
    assert calendar.is_working_day(date(2027, 10, 9))        # a Saturday, worked
    assert not calendar.is_working_day(date(2027, 10, 10))   # a Sunday, not in the file: still a rest day
    # The 2026 data still comes from the package.
    assert not calendar.is_working_day(date(2026, 10, 1)) and calendar.is_working_day(date(2026, 10, 10))
    # Mon 2026-12-28: Dec 29-31 (1-3), Jan 1 now off, Mon 4-Thu 7 (4-7).
    assert calendar.add_working_days(date(2026, 12, 28), 7) == date(2027, 1, 7)


def test_a_file_wins_over_the_package_for_its_year(tmp_path):
    path = tmp_path / "holidays.json"
    path.write_text(json.dumps({"2026": {"holidays": [], "workdays": []}}), encoding="utf-8")
    calendar = WorkCalendar.from_files([path])
    assert calendar.covered(2026)
    assert calendar.is_working_day(date(2026, 10, 1))        # a Thursday: this file has no holidays
    assert not calendar.is_working_day(date(2026, 10, 10))   # a Saturday: this file works none


def test_the_later_file_wins_for_a_year_both_hold(tmp_path):
    shipped, user = tmp_path / "shipped.json", tmp_path / "user.json"
    shipped.write_text(json.dumps({"2027": {"holidays": ["2027-01-01"], "workdays": []},
                                   "2028": {"holidays": ["2028-01-03"], "workdays": []}}), encoding="utf-8")
    user.write_text(json.dumps({"2027": {"holidays": [], "workdays": []}}), encoding="utf-8")
    calendar = WorkCalendar.from_files([shipped, user])
    assert calendar.is_working_day(date(2027, 1, 1))          # the user's 2027 replaces the shipped one
    assert not calendar.is_working_day(date(2028, 1, 3))      # the shipped 2028 stays


def test_the_shipped_holidays_file_is_an_empty_object():
    assert json.loads((resources_dir() / "holidays.json").read_text(encoding="utf-8")) == {}


@pytest.mark.parametrize("content", [
    "{not json",
    "[]",
    {"2027": ["2027-01-01"]},
    {"2027": {"holidays": ["2027-01-01"]}},                                  # "workdays" missing
    {"2027": {"holidays": ["2027-01-01"], "workdays": [], "note": "x"}},     # an unknown key
    {"27": {"holidays": [], "workdays": []}},
    {"2027": {"holidays": ["2027-02-30"], "workdays": []}},
    {"2027": {"holidays": ["1 January 2027"], "workdays": []}},
    {"2027": {"holidays": [20270101], "workdays": []}},
    {"2027": {"holidays": ["2028-01-01"], "workdays": []}},                  # not in its year
    {"2027": {"holidays": ["2027-10-09"], "workdays": ["2027-10-09"]}},      # both at once
    {"2027": {"holidays": [], "workdays": ["2027-10-08"]}},                  # a Friday cannot be a worked weekend
])
def test_a_malformed_holidays_file_is_ignored_with_a_warning(data_dir, caplog, content):
    write_holidays(data_dir, content)
    with caplog.at_level(logging.WARNING, logger="desktop.core.workdays"):
        calendar = WorkCalendar.default()
    assert not calendar.covered(2027)
    assert calendar.is_working_day(date(2027, 1, 1))          # weekends alone, as without the file
    assert "holidays.json ignored" in caplog.text


def test_a_missing_or_undecodable_holidays_file(tmp_path, caplog):
    assert load_holidays_file(tmp_path / "none.json") == {}
    assert caplog.text == ""
    broken = tmp_path / "holidays.json"
    broken.write_bytes(b"\xff\xfe{")
    with caplog.at_level(logging.WARNING, logger="desktop.core.workdays"):
        assert load_holidays_file(broken) == {}
    assert "ignored" in caplog.text


def test_a_valid_file_allows_weekend_holidays(tmp_path):
    path = tmp_path / "holidays.json"
    path.write_text(json.dumps(HOLIDAYS_2027), encoding="utf-8")
    years = load_holidays_file(path)
    assert years[2027] == YearData(holidays=frozenset([date(2027, 1, 1), *day_range("2027-10-01", "2027-10-07")]),
                                   workdays=frozenset([date(2027, 10, 9)]))


# -- moving the last day (民法典 art. 203) ------------------------------------------------------------

def test_a_civil_law_period_ending_on_a_holiday_moves_to_the_next_working_day():
    # 2023-10-01 + 3 years = Thu 2026-10-01, National Day: the limitation period ends on Thu 2026-10-08.
    result = report("2023-10-01")
    limitation = only(result, "limitation")
    assert (limitation.counted, limitation.due, limitation.moved) == (date(2026, 10, 1), date(2026, 10, 8), True)
    assert limitation.holiday_data and limitation.cautions[0] == "moved"
    assert "secondary source" in limitation.caution_texts("en")[0] and "二手资料" in limitation.caution_texts("zh")[0]
    # The 12315 cut-off, not a civil-law period, stays on the holiday.
    cutoff = only(result, "complaint-cutoff-12315")
    assert (cutoff.due, cutoff.moved) == (date(2026, 10, 1), False) and "moved" not in cutoff.cautions


def test_a_civil_law_period_ending_on_a_weekend_moves_to_monday():
    # A payment on Sat 2026-03-07: 7 days end on Sat 2026-03-14, so on Mon 2026-03-16.
    refund = only(report(events=[event(1, "2026-03-07", "payment")]), "prepaid-refund")
    assert (refund.start, refund.counted, refund.due, refund.moved) == (
        date(2026, 3, 7), date(2026, 3, 14), date(2026, 3, 16), True)
    assert refund.event_id == 1 and refund.passed and refund.days_left == (date(2026, 3, 16) - TODAY).days


def test_a_civil_law_period_ending_on_a_worked_saturday_does_not_move():
    limitation = only(report("2023-02-14"), "limitation")    # Sat 2026-02-14 is worked
    assert limitation.due == date(2026, 2, 14) and not limitation.moved


def test_periods_that_are_not_civil_law_periods_are_not_moved():
    result = report(events=[
        event(1, "2026-08-02", "mediation-request", body="market"),   # + 60 days = Thu 2026-10-01
        event(2, "2026-09-01", "settlement-signed", body="people"),   # + 30 days = Thu 2026-10-01
        event(3, "2026-08-01", "demand", reply_by="2026-10-03"),      # a Saturday in the holiday week
    ])
    for rule in ("market-mediation", "mediation-confirmation", "demand-reply"):
        found = only(result, rule)
        assert found.due == found.counted and not found.moved and found.holiday_data, rule
    assert only(result, "market-mediation").due == date(2026, 10, 1)
    assert only(result, "mediation-confirmation").due == date(2026, 10, 1)
    assert only(result, "demand-reply").due == date(2026, 10, 3)


# -- working-day windows ------------------------------------------------------------------------------

def test_the_authority_has_7_working_days_over_the_spring_festival_ending_on_a_worked_saturday():
    handling = only(report(events=[event(1, "2026-02-12", "complaint", "投诉", body="12315")]), "authority-handling")
    assert handling.due == date(2026, 2, 28) and handling.start == date(2026, 2, 12)
    assert handling.holiday_data and not handling.moved
    assert "counts from the day you made it" in handling.basis("en") and "从您提出之日起算" in handling.basis("zh")


def test_the_authority_has_7_working_days_over_national_day():
    handling = only(report(events=[event(1, "2026-09-29", "complaint", body="health")]), "authority-handling")
    assert handling.due == date(2026, 10, 14)


def test_no_authority_window_for_a_complaint_to_a_consumer_association():
    result = report(events=[event(1, "2026-09-29", "complaint", body="consumer-association")])
    assert result.of_rule("authority-handling") == ()


def test_people_mediation_has_30_working_days():
    # Tue 1 Sep: Sep 2-4 (1-3), 7-11 (4-8), 14-18 (9-13), Sun 20 worked (14), 21-24 (15-18), 25-27 off,
    # 28-30 (19-21), Oct 1-7 off, Oct 8-9 (22-23), Sat 10 worked (24), 12-16 (25-29), Mon 19 (30).
    mediation = only(report(events=[event(1, "2026-09-01", "mediation-request", body="people")]), "people-mediation")
    assert mediation.due == date(2026, 10, 19)


def test_health_department_mediation_accepts_in_5_and_mediates_in_35_working_days():
    # Thu 30 Apr: May 1-5 off, May 6-8 (1-3), Sat 9 worked (4), Mon 11 (5) ... Jun 18 (33), 19 off, 22-23 (34-35).
    result = report(events=[event(1, "2026-04-30", "mediation-request", "卫健委调解", body="health")])
    assert only(result, "health-mediation-accept").due == date(2026, 5, 11)
    assert only(result, "health-mediation").due == date(2026, 6, 23)
    assert "卫健委调解" in only(result, "health-mediation").basis("zh")


def test_a_window_reaching_into_a_year_without_holiday_data_says_so():
    handling = only(report(events=[event(1, "2026-12-28", "complaint", body="12315")]), "authority-handling")
    assert handling.due == date(2027, 1, 6) and not handling.holiday_data
    assert handling.cautions[0] == "no-holiday-data"
    assert "2027" in handling.caution_texts("en")[0] and "2027年" in handling.caution_texts("zh")[0]


def test_windows_appear_once_per_event_and_stay_after_their_date():
    events = [event(1, "2026-03-02", "payment"), event(2, "2026-06-01", "payment"),
              event(3, "2026-11-20", "complaint", body="12315")]
    result = report(events=events)
    refunds = result.of_rule("prepaid-refund")
    assert [d.event_id for d in refunds] == [1, 2] and all(d.passed for d in refunds)
    assert [d.due for d in refunds] == [date(2026, 3, 9), date(2026, 6, 8)]  # Mondays, not moved
    assert not only(result, "authority-handling").passed


# -- the limitation period and what restarts it -------------------------------------------------------

@pytest.mark.parametrize("kind", ["promise", "complaint", "mediation-request", "payment-order", "police-report",
                                  "ended"])
def test_each_restart_kind_starts_the_three_years_again(kind):
    # Restarted on Mon 2025-09-15: three years end on Fri 2028-09-15 (2028: weekends alone, so said).
    limitation = only(report("2025-02-01", [event(7, "2025-09-15", kind, "事件")]), "limitation")
    assert (limitation.start, limitation.due, limitation.event_id, limitation.origin) == (
        date(2025, 9, 15), date(2028, 9, 15), 7, kind)
    assert not limitation.holiday_data and "no-holiday-data" in limitation.cautions
    assert "事件" in limitation.basis("zh") and "事件" in limitation.basis("en")


def test_a_demand_restarts_from_the_day_it_arrived():
    demand = event(3, "2025-09-10", "demand", "要求函", arrived_on="2025-09-15")
    limitation = only(report("2025-02-01", [demand]), "limitation")
    assert limitation.start == date(2025, 9, 15) and limitation.due == date(2028, 9, 15)
    assert limitation.origin == "demand" and "demand-arrival-unknown" not in limitation.cautions
    assert "written demand" in limitation.basis("en") and "送达" in limitation.basis("zh")


def test_a_demand_without_its_arrival_date_restarts_from_the_day_it_was_sent_and_asks_for_it():
    limitation = only(report("2025-02-01", [event(3, "2025-09-15", "demand", "要求函")]), "limitation")
    assert limitation.start == date(2025, 9, 15) and limitation.origin == "demand-sent"
    assert "demand-arrival-unknown" in limitation.cautions
    assert any("要求函" in text and "arrival date" in text for text in limitation.caution_texts("en"))


def test_a_demand_not_yet_arrived_does_not_restart_it():
    # Sent before today, arriving after it (today 2026-11-25).
    demand = event(3, "2026-11-20", "demand", arrived_on="2026-11-28")
    limitation = only(report("2025-02-01", [demand]), "limitation")
    assert limitation.origin == "first_aware" and limitation.event_id is None


def test_future_and_earlier_restarts_are_ignored():
    events = [event(1, "2025-01-10", "demand", "知道之前"),        # before first knowledge
              event(2, "2027-01-01", "demand", "计划中"),          # not made yet
              event(3, "2027-01-01", "complaint", "计划中的投诉"),
              event(4, "2025-06-01", "communication"),            # talking restarts nothing
              event(5, "2025-06-02", "reply")]
    limitation = only(report("2025-02-01", events), "limitation")
    # Three years from Sat 2025-02-01: Tue 2028-02-01.
    assert limitation.origin == "first_aware" and limitation.event_id is None
    assert limitation.start == date(2025, 2, 1) and limitation.due == date(2028, 2, 1)


def test_the_latest_restart_wins():
    events = [event(1, "2025-03-01", "complaint"), event(2, "2025-05-01", "demand", arrived_on="2025-05-06"),
              event(3, "2025-05-05", "promise")]
    limitation = only(report("2025-02-01", events), "limitation")
    assert limitation.event_id == 2 and limitation.start == date(2025, 5, 6)   # the demand's arrival is latest


def test_a_lawsuit_does_not_restart_it_but_says_it_will_when_it_ends():
    limitation = only(report("2025-02-01", [event(4, "2025-09-15", "lawsuit", "起诉")]), "limitation")
    assert limitation.origin == "first_aware" and limitation.due == date(2028, 2, 1)
    assert "lawsuit-pending" in limitation.cautions
    assert any("起诉" in text for text in limitation.caution_texts("zh"))


def test_a_lawsuit_that_ended_restarts_it_from_the_end():
    events = [event(4, "2025-09-15", "lawsuit", "起诉"), event(5, "2026-03-02", "ended", "撤诉")]
    limitation = only(report("2025-02-01", events), "limitation")
    # Three years from Mon 2026-03-02: Fri 2029-03-02.
    assert limitation.event_id == 5 and limitation.due == date(2029, 3, 2)
    assert "lawsuit-pending" not in limitation.cautions


def test_the_twenty_year_limit_from_the_harm_comes_first():
    # Treated 2006-05-10: twenty years end on Sun 2026-05-10 (Sat 9 May is worked, Sunday is not): Mon 11 May.
    result = report("2025-06-01", treatment_dates="2006-05-10 和 2006-07-01")
    limitation = only(result, "limitation")
    assert limitation.variant == "capped" and limitation.counted == date(2026, 5, 10)
    assert limitation.due == date(2026, 5, 11) and limitation.passed and limitation.moved
    assert "twenty-year" in limitation.basis("en") and "二十年" in limitation.basis("zh")
    assert "2006年5月10日" in limitation.basis("zh")


def test_the_twenty_year_limit_from_a_month_dated_treatment_event():
    # A treatment in May 2006 counts from 1 May: twenty years end on 2026-05-01, in the May holiday: 6 May.
    limitation = only(report("2025-06-01", [event(1, "2006-05", "treatment", "注射", precision="month")]),
                      "limitation")
    assert limitation.due == date(2026, 5, 6) and "imprecise-cap-date" in limitation.cautions
    assert any("注射" in text for text in limitation.caution_texts("en"))


def test_without_a_treatment_date_the_twenty_years_are_not_checked():
    result = report("2025-06-01")
    assert "no-harm-date" in only(result, "limitation").cautions and "treatment_date" in result.missing


def test_no_first_knowledge_date_means_no_limitation_and_says_what_is_missing():
    result = report("去年春天", [event(1, "2026-03-02", "payment")])
    assert result.limitation is None and result.of_rule("rescission-fraud") == ()
    assert result.of_rule("complaint-cutoff-12315") == ()
    assert result.missing == ("first_aware_date", "treatment_date")
    assert [d.rule for d in result] == ["prepaid-refund"]
    assert "最早发现问题" in result.missing_texts("zh")[0]


# -- rescission -----------------------------------------------------------------------------------------

def test_rescission_for_fraud_is_one_year_from_knowing_and_not_restarted():
    events = [event(1, "2025-01-10", "payment"), event(2, "2025-06-01", "demand", arrived_on="2025-06-03")]
    rescission = only(report("2025-02-28", events), "rescission-fraud")
    # One year from Fri 2025-02-28: Sat 2026-02-28 is a worked Saturday, so it stays.
    assert rescission.due == date(2026, 2, 28) and not rescission.moved and rescission.event_id is None
    assert rescission.variant == "default" and "court-only" in rescission.cautions
    assert "does not extend" in " ".join(rescission.caution_texts("en"))


def test_rescission_cannot_run_past_five_years_from_the_contract():
    result = report("2026-06-01", contract_date="2021年3月10日")
    rescission = only(result, "rescission-fraud")
    # Five years from 2021-03-10 (Tue 2026-03-10) come before one year from knowing (2027-06-01).
    assert rescission.variant == "capped" and rescission.due == date(2026, 3, 10) and rescission.passed
    assert "five-year" in rescission.basis("en") and "五年" in rescission.basis("zh")


def test_rescission_counts_five_years_from_the_first_payment_without_a_contract_date():
    events = [event(1, "2021-03", "payment", "首付", precision="month"), event(2, "2021-05-01", "payment")]
    rescission = only(report("2026-06-01", events), "rescission-fraud")
    # From 1 March 2021 (month precision): Sun 2026-03-01, moved to Mon 2026-03-02.
    assert rescission.counted == date(2026, 3, 1) and rescission.due == date(2026, 3, 2)
    assert "imprecise-cap-date" in rescission.cautions


def test_rescission_without_a_contract_date_has_no_five_year_limit_and_says_so():
    result = report("2025-06-03")
    rescission = only(result, "rescission-fraud")
    # One year from Tue 2025-06-03: Wed 2026-06-03.
    assert rescission.variant == "uncapped" and rescission.due == date(2026, 6, 3)
    assert "no-contract-date" in rescission.cautions and "contract_date" in result.missing


def test_each_signed_settlement_can_be_rescinded_within_a_year_and_a_people_one_confirmed_in_30_days():
    events = [event(1, "2025-10-01", "settlement-signed", "和解协议"),
              event(2, "2026-06-20", "settlement-signed", "人民调解协议", body="people")]
    result = report(events=events)
    first, second = result.of_rule("settlement-rescission")
    # Thu 2026-10-01 is National Day: Thu 2026-10-08. Sun 2027-06-20 (weekends alone): Mon 2027-06-21.
    assert (first.event_id, first.due) == (1, date(2026, 10, 8))
    assert (second.event_id, second.due, second.holiday_data) == (2, date(2027, 6, 21), False)
    assert "counted-from-signing" in first.cautions
    confirmation = only(result, "mediation-confirmation")
    assert confirmation.event_id == 2 and confirmation.due == date(2026, 7, 20)


# -- 2027 and later ----------------------------------------------------------------------------------------

def test_past_the_holiday_data_only_weekends_are_skipped_and_the_deadline_says_so():
    # Three years from 2024-10-09: Sat 2027-10-09; by weekends alone Mon 2027-10-11.
    limitation = only(report("2024-10-09"), "limitation")
    assert limitation.due == date(2027, 10, 11) and limitation.moved and not limitation.holiday_data
    assert {"moved", "no-holiday-data"} <= set(limitation.cautions)
    assert not report("2024-10-09").holiday_data


def test_a_holidays_file_for_2027_is_used(data_dir, case):
    write_holidays(data_dir, HOLIDAYS_2027)
    calendar = WorkCalendar.default()
    # 2027-10-09 is a worked Saturday in that file: the period ends on it.
    limitation = only(report("2024-10-09", calendar=calendar), "limitation")
    assert limitation.due == date(2027, 10, 9) and not limitation.moved and limitation.holiday_data
    assert "no-holiday-data" not in limitation.cautions
    # Three years from 2024-10-01: Fri 2027-10-01, a holiday there: Fri 2027-10-08.
    assert only(report("2024-10-01", calendar=calendar), "limitation").due == date(2027, 10, 8)
    # for_case reads the same file.
    case.details.update({"first_aware_date": "2024-10-09"})
    assert deadlines.for_case(case, TODAY).limitation.due == date(2027, 10, 9)


def test_for_case_without_a_holidays_file(data_dir, case):
    case.details.update({"first_aware_date": "2024-10-09", "treatment_dates": "2024-10-01"})
    case.timeline.add("2026-09-29", "投诉", kind="complaint", body="12315")
    result = deadlines.for_case(case, TODAY)
    assert result.limitation.event_id is not None and result.limitation.start == date(2026, 9, 29)
    assert only(result, "authority-handling").due == date(2026, 10, 14)


# -- leap days -------------------------------------------------------------------------------------------

def test_leap_days():
    result = report("2024-02-29")
    # 2027 has no 29 February: 2027-02-28, a Sunday, so Monday 2027-03-01.
    limitation = only(result, "limitation")
    assert (limitation.counted, limitation.due) == (date(2027, 2, 28), date(2027, 3, 1))
    # One year: Fri 2025-02-28, a working day.
    assert only(result, "rescission-fraud").due == date(2025, 2, 28)
    # The 12315 cut-off is not moved: Sun 2027-02-28.
    assert only(result, "complaint-cutoff-12315").due == date(2027, 2, 28)


def test_leap_days_restarting_and_ending():
    # A demand that arrived on 2024-02-29 restarts the period: it ends on Sun 2027-02-28, so Mon 2027-03-01.
    demand = event(1, "2024-02-25", "demand", arrived_on="2024-02-29")
    assert only(report("2023-05-01", [demand]), "limitation").due == date(2027, 3, 1)
    # A payment on Thu 2024-02-22: seven days end on Thu 2024-02-29, a working day.
    assert only(report(events=[event(2, "2024-02-22", "payment")]), "prepaid-refund").due == date(2024, 2, 29)


# -- the report and the texts ---------------------------------------------------------------------------

def every_rule_case():
    events = [
        event(1, "2026-03-02", "payment", "付款"),
        event(2, "2026-03-05", "treatment", "注射"),
        event(3, "2026-05-10", "demand", "要求函", arrived_on="2026-05-12", reply_by="2026-05-30"),
        event(4, "2026-06-01", "complaint", "投诉", body="12315"),
        event(5, "2026-06-02", "mediation-request", "人民调解", body="people"),
        event(6, "2026-06-03", "mediation-request", "卫健委调解", body="health"),
        event(7, "2026-06-04", "mediation-request", "市场监管调解", body="market"),
        event(8, "2026-07-01", "settlement-signed", "调解协议", body="people"),
    ]
    return report("2026-03-20", events, contract_date="2026-03-02")


def test_every_rule_can_appear_and_the_report_is_sorted():
    result = every_rule_case()
    assert {d.rule for d in result} == set(RULES) == set(DEADLINE_RULES)
    keys = [(d.due, d.rule) for d in result]
    assert keys == sorted(keys) and len(result) == len(RULES)
    assert result.missing == ()
    for found in result:
        assert found.days_left == (found.due - TODAY).days and found.passed == (found.due < TODAY)


def test_a_deadline_due_today_has_not_passed():
    refund = only(report(events=[event(1, "2026-11-18", "payment")]), "prepaid-refund")  # + 7 = Wed 25 Nov
    assert refund.due == TODAY and refund.days_left == 0 and not refund.passed


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_deadline_has_its_texts_with_nothing_left_unfilled(lang):
    for found in every_rule_case():
        texts = [found.title(lang), found.basis(lang), found.source(lang), found.mark_text(lang),
                 found.passed_meaning(lang), *found.caution_texts(lang)]
        assert all(texts) and not any("{" in text for text in texts), (found.rule, texts)
        assert found.mark in MARKS
        if lang == "zh":
            assert all(CJK.search(text) for text in texts), found.rule
        else:
            assert not CJK.search(found.title(lang)) and not CJK.search(found.passed_meaning(lang))


def test_the_rules_texts_in_both_languages():
    for rule_id, rule in RULES.items():
        assert rule.mark in ("P", "S", "U")
        pairs = [rule.title, rule.source, rule.passed, *rule.basis.values()]
        assert "default" in rule.basis
        for en, zh in pairs:
            assert en.strip() and zh.strip() and CJK.search(zh), (rule_id, en)
        for code in rule.cautions:
            assert code in CAUTIONS
    for en, zh in [*CAUTIONS.values(), *ORIGINS.values(), *MISSING.values()]:
        assert en.strip() and CJK.search(zh) and not CJK.search(en.replace("民法典", "")), en
    # Marks and their sources, as the brief gives them.
    assert {r: RULES[r].mark for r in RULES if RULES[r].mark != "P"} == {
        "complaint-cutoff-12315": "S", "market-mediation": "S"}
    assert "art. 14" in RULES["prepaid-refund"].source[0] and "法释〔2025〕4号" in RULES["prepaid-refund"].source[1]


def test_mark_texts():
    assert deadline_rules.mark_text("limitation", "en") == "statute text read"
    assert deadline_rules.mark_text("limitation", "zh") == "已查阅法条原文"
    assert deadline_rules.mark_text("market-mediation", "en") == "secondary source, not the official text"
    assert deadline_rules.mark_text("complaint-cutoff-12315", "zh") == "二手资料，非官方文本"
    assert deadline_rules.mark_text("demand-reply", "en") == "the date you set"
    assert deadline_rules.mark_text("demand-reply", "zh") == "您自己设定的日期"
    assert RULES["demand-reply"].mark == "P"


def test_the_passed_meanings_promise_nothing():
    for rule in RULES.values():
        en = rule.passed[0].lower()
        assert "you will" not in en and "guarantee" not in en and "!" not in en, rule.id


def test_dates_are_written_for_each_language():
    assert deadline_rules.format_date(date(2029, 3, 2), "en") == "2 March 2029"
    assert deadline_rules.format_date(date(2029, 3, 2), "zh") == "2029年3月2日"


def test_an_imprecise_event_date_is_cautioned():
    refund = only(report(events=[event(1, "2026-03", "payment", "三月付款", precision="month")]), "prepaid-refund")
    # Counted from 1 March: Sun 2026-03-08, moved to Mon 2026-03-09.
    assert refund.start == date(2026, 3, 1) and refund.due == date(2026, 3, 9)
    assert "imprecise-date" in refund.cautions
    approximate = only(report("2025-02-01", [event(2, "2025-09-15", "promise", precision="approximate")]),
                       "limitation")
    assert "imprecise-date" in approximate.cautions
    # A month-dated demand whose arrival day is recorded rests on that exact day.
    arrived = only(report("2025-02-01", [event(3, "2025-09", "demand", precision="month", arrived_on="2025-09-15",
                                               reply_by="2025-09-30")]), "limitation")
    assert arrived.start == date(2025, 9, 15) and "imprecise-date" not in arrived.cautions


def test_the_old_single_limitation_deadline_follows_the_new_rules():
    old = deadlines.limitation_deadline({"first_aware_date": "2023-10-01"}, [], TODAY)
    assert old.deadline == date(2026, 10, 8) and old.moved and old.basis == "first_aware"
    restarted = deadlines.limitation_deadline({"first_aware_date": "2025-02-01"},
                                              [event(1, "2025-09-15", "police-report", "报案")], TODAY)
    assert restarted.basis == "police-report" and restarted.restart_event_title == "报案"
