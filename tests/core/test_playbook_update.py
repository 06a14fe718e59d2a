"""A case made with an older playbook is brought up to date only when the user says yes, and keeps
every status, note, date and link; a step the new playbook drops keeps its data, marked."""

from __future__ import annotations

import sqlite3
import tomllib
from datetime import date

import pytest
import tomli_w
from sqlite_utils import Database

from desktop.core import audit, guidance, schema
from desktop.core.clock import now_iso
from desktop.core.connection import configure_new, connect_new
from desktop.core.lifecycle import create_case, open_case
from desktop.core.playbook import diff, load_playbook, load_playbook_file, previous_version
from tests.helpers import ROOT

V1 = ROOT / "resources" / "playbooks" / "previous" / "cn-medical-aesthetic-v1.toml"
# What the user had recorded in the old case, step by step: status, started, done, notes.
RECORDED = {
    "read-contract": ("done", "2026-06-20", "2026-06-21", "合同第七条可退款"),
    "check-licence": ("done", "2026-06-22", "2026-06-22", "许可证有效"),
    "send-written-demand": ("done", "2026-08-29", "2026-08-29", "EMS 单号 1234"),
    "complain-12315": ("in_progress", "2026-10-03", None, "等待答复"),
    "legal-aid": ("not_applicable", None, None, ""),
}


def old_case(path) -> None:
    """A case file as the previous version of the app made it: format 2, the version-1 steps, the
    old event kinds, statuses, notes and links."""
    temporary = path.with_name("building.tmp")
    conn = connect_new(temporary)
    configure_new(conn)
    db = Database(conn, execute_plugins=False)
    schema.migrate(db, stop_before="m003_deadlines_and_checks")
    now = now_iso()
    v1 = load_playbook_file(V1)
    with db.atomic():
        conn.execute("INSERT INTO case_details(id, title, playbook_id, first_aware_date, created_at, updated_at) "
                     "VALUES (1, 'old', 'cn-medical-aesthetic', '2026-07-02', ?, ?)", [now, now])
        for position, step in enumerate(v1.steps, start=1):
            status, started, done, outcome = RECORDED.get(step.id, ("todo", None, None, ""))
            conn.execute("INSERT INTO steps(playbook_id, step_key, position, status, started_on, done_on, outcome, "
                         "updated_at) VALUES ('cn-medical-aesthetic', ?, ?, ?, ?, ?, ?, ?)",
                         [step.id, position, status, started, done, outcome, now])
        blob = conn.execute("INSERT INTO blobs(sha256, size, stored_at) VALUES (?, 3, ?)", ["a" * 64, now]).lastrowid
        conn.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (?, 0, x'616263')", [blob])
        evidence = conn.execute(
            "INSERT INTO evidence(blob_id, sha256, size, file_name, media_type, imported_at, exhibit_order) "
            "VALUES (?, ?, 3, 'letter.txt', 'text/plain', ?, 1)", [blob, "a" * 64, now]).lastrowid
        event = conn.execute("INSERT INTO events(occurred_at, kind, title, created_at, updated_at) "
                             "VALUES ('2026-08-29', 'written_demand', '寄出要求函', ?, ?)", [now, now]).lastrowid
        demand_step = conn.execute("SELECT id FROM steps WHERE step_key = 'send-written-demand'").fetchone()[0]
        conn.execute("INSERT INTO step_evidence(step_id, evidence_id) VALUES (?, ?)", [demand_step, evidence])
        conn.execute("INSERT INTO step_events(step_id, event_id) VALUES (?, ?)", [demand_step, event])
        conn.execute("INSERT INTO event_evidence(event_id, evidence_id) VALUES (?, ?)", [event, evidence])
        audit.append(conn, "case.create", "case", {"title": "old"})
    conn.close()
    temporary.rename(path)


def recorded(case) -> dict[str, tuple]:
    return {s["step_key"]: (s["status"], s["started_on"], s["done_on"], s["outcome"], s["evidence_ids"],
                            s["event_ids"]) for s in case.checklist.list()}


def test_an_old_case_updated_to_the_new_playbook_keeps_everything(tmp_path):
    path = tmp_path / "old.refundcase"
    old_case(path)
    with open_case(path) as case:
        assert case.details.playbook_version == 1  # format 3 knows which version made the steps
        [event] = case.timeline.list()
        assert event["kind"] == "demand"  # the old kind, under its new name
        before = recorded(case)
        current = load_playbook("cn-medical-aesthetic")
        old = previous_version("cn-medical-aesthetic", 1)
        changes = diff(old, current, [s["step_key"] for s in case.checklist.list()], 1)
        assert {s.id for s in changes.added} == {s.id for s in current.steps} - set(before)
        assert "prepaid-refund-7-days" in {s.id for s in changes.added} and changes.retired == ()
        assert "complain-12315" in {s.id for s in changes.changed}  # Order 121 instead of the interim measures
        assert (changes.old_rules_as_of, changes.new_rules_as_of) == ("2026-11-25", current.rules_as_of)
        assert recorded(case) == before  # showing what would change changes nothing

        update = case.checklist.apply_playbook(current, old)
        after = recorded(case)
        assert case.details.playbook_version == current.version
        assert [s["step_key"] for s in case.checklist.list()] == [s.id for s in current.steps]
        for key, values in before.items():
            assert after[key] == values, key
        assert len(update.added_ids("step")) == len(changes.added)
        assert all(after[s.id][0] == "todo" for s in changes.added)
        assert case.audit_entries()[-1]["action"] == "playbook.update"

        case.checklist.restore_playbook(update.previous)  # the update can be undone
        assert recorded(case) == before and case.details.playbook_version == 1


def test_a_step_the_new_playbook_drops_keeps_its_data_marked(case, tmp_path):
    current = load_playbook(case.playbook_id)
    step = case.checklist.by_key("legal-aid")
    case.checklist.update(step["id"], {"status": "in_progress", "started_on": "2026-11-01", "outcome": "约了 12348"})
    data = tomllib.loads((ROOT / "resources" / "playbooks" / "cn-medical-aesthetic.toml").read_text("utf-8"))
    data["steps"] = [s for s in data["steps"] if s["id"] != "legal-aid"]
    data["version"] = current.version + 1
    newer_file = tmp_path / "cn-medical-aesthetic.toml"
    newer_file.write_text(tomli_w.dumps(data), encoding="utf-8")
    newer = load_playbook_file(newer_file)

    changes = diff(current, newer, [s["step_key"] for s in case.checklist.list()], current.version)
    assert changes.retired == ("legal-aid",) and changes.added == ()
    case.checklist.apply_playbook(newer, current)
    kept = case.checklist.by_key("legal-aid")
    assert not kept["in_playbook"] and kept["position"] > len(newer.steps)
    assert (kept["status"], kept["started_on"], kept["outcome"]) == ("in_progress", "2026-11-01", "约了 12348")
    assert kept["retired_title"] == current.step("legal-aid").title
    settled, total = case.checklist.progress()
    assert total == len(newer.steps)  # progress counts the playbook's steps
    assert guidance.next_step(case)["step_key"] != "legal-aid"


def test_a_new_case_records_its_playbook_and_version(tmp_path):
    for playbook in ("cn-medical-aesthetic", "cn-prepaid-services"):
        with create_case(tmp_path / f"{playbook}.refundcase", playbook_id=playbook) as case:
            expected = load_playbook(playbook)
            assert (case.playbook_id, case.details.playbook_version) == (playbook, expected.version)
            assert [s["step_key"] for s in case.checklist.list()] == [s.id for s in expected.steps]


@pytest.mark.parametrize("details, payments, situation, expected", [
    ({}, [], "recent-payment", None),
    ({}, ["2026-11-28"], "recent-payment", True),
    ({}, ["2026-11-20"], "recent-payment", False),
    ({"payment_channel": "wechat"}, [], "paid-by-card-or-app", True),
    ({"payment_channel": "cash"}, [], "paid-by-card-or-app", False),
    ({"payment_channel": "loan"}, [], "treatment-loan", True),
    ({"loan": "no"}, [], "treatment-loan", False),
    ({"clinic_status": "closed"}, [], "clinic-closed", True),
    ({"licence_scope": "no"}, [], "licence-problem", True),
    ({"licence_scope": "yes", "practitioner_qualified": "yes", "product_approved": "not_applicable"}, [],
     "licence-problem", False),
    ({"licence_scope": "yes", "practitioner_qualified": "unsure"}, [], "licence-problem", None),
])
def test_what_the_case_says_about_each_situation(details, payments, situation, expected):
    events = [{"kind": "payment", "occurred_at": day} for day in payments]
    assert guidance.situations(details, events, date(2026, 12, 2))[situation] is expected


def test_a_licence_problem_puts_the_health_commission_first(case):
    for key in ("read-contract", "prepaid-refund-7-days", "keep-evidence", "check-licence", "check-consent-form",
                "request-medical-record", "seal-physical-evidence", "write-timeline", "work-out-claim",
                "platform-and-advertiser", "send-written-demand", "negotiate", "treatment-loan", "check-settlement"):
        case.checklist.update(case.checklist.by_key(key)["id"], {"status": "done"})
    assert guidance.next_step(case)["step_key"] == "complain-12315"
    case.details.update({"licence_scope": "no"})
    assert guidance.next_step(case)["step_key"] == "complain-health-commission"


def test_a_step_whose_situation_does_not_hold_is_not_next(case):
    case.checklist.update(case.checklist.by_key("read-contract")["id"], {"status": "done"})
    case.timeline.add("2026-01-05", "付款", kind="payment")
    assert guidance.next_step(case, today=date(2026, 1, 8))["step_key"] == "prepaid-refund-7-days"
    assert guidance.next_step(case, today=date(2026, 3, 1))["step_key"] == "keep-evidence"


def test_the_old_file_is_untouched_until_the_user_agrees(tmp_path):
    path = tmp_path / "old.refundcase"
    old_case(path)
    with open_case(path) as case:
        before = recorded(case)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT playbook_version FROM case_details").fetchone()[0] == 1
    with open_case(path) as case:
        assert recorded(case) == before
