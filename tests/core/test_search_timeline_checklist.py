"""Search (Chinese included), the timeline, the checklist and the playbook it comes from."""

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import guidance
from desktop.core.errors import CaseError
from desktop.core.importer import import_paths
from desktop.core.playbook import load_playbook
from desktop.core.vocab import CATEGORIES
from tests.helpers import PHOTOS


def kinds_and_ids(hits):
    return {(h.kind, h.ref_id) for h in hits}


def test_chinese_two_character_word_is_found(case):
    event = case.timeline.add("2026-03-02", "诊所拒绝退款", description="前台说合同写明不退", kind="communication").created
    case.details.update({"clinic_name": "丽人医疗美容诊所", "notes": "要求全额退款"})
    assert kinds_and_ids(case.search("退款")) == {("event", event), ("case", 1)}
    assert kinds_and_ids(case.search("医疗美容")) == {("case", 1)}
    assert kinds_and_ids(case.search("合同 不退")) == {("event", event)}
    assert case.search("不存在的词") == []
    hit = next(h for h in case.search("退款") if h.kind == "event")
    assert "退款" in hit.snippet


def test_search_covers_evidence_titles_notes_file_names_and_step_notes(case, probe_pool):
    outcome = import_paths(case, [PHOTOS / "gps_DSCN0010.jpg"], pool=probe_pool)[0]
    case.evidence.update(outcome.evidence_id, {"title": "术后红肿照片", "notes": "右脸颊"})
    step = case.checklist.by_key("send-written-demand")
    case.checklist.update(step["id"], {"outcome": "已寄出律师函, EMS 单号 1234"})
    assert ("evidence", outcome.evidence_id) in kinds_and_ids(case.search("DSCN0010"))
    assert ("evidence", outcome.evidence_id) in kinds_and_ids(case.search("红肿"))
    assert ("evidence", outcome.evidence_id) in kinds_and_ids(case.search("脸颊"))
    assert ("step", step["id"]) in kinds_and_ids(case.search("律师函"))
    assert ("step", step["id"]) in kinds_and_ids(case.search("ems"))
    case.evidence.trash([outcome.evidence_id])
    assert ("evidence", outcome.evidence_id) not in kinds_and_ids(case.search("红肿"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from(list("退款诊所医生合同照片abcXYZ%_\\\"'*-")), min_size=1, max_size=12),
       data=st.data())
def test_any_substring_of_a_title_finds_it(case, text, data):
    event = case.timeline.add("2026-01-01", text).created
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    query = text[start:end].strip()
    if query and " " not in query:
        assert ("event", event) in kinds_and_ids(case.search(query))
    case.timeline.delete(event)


def test_timeline_events_precision_links_and_order(case, probe_pool):
    ids = [o.evidence_id for o in import_paths(case, [PHOTOS / "Canon_40D.jpg", PHOTOS / "Nikon_D70.jpg"],
                                               pool=probe_pool)]
    later = case.timeline.add("2026-05-10T14:30", "发出书面要求", kind="demand", precision="exact").created
    earlier = case.timeline.add("2026-03", "做了玻尿酸注射", kind="treatment", precision="month",
                                evidence_ids=ids[:1]).created
    events = case.timeline.list()
    assert [e["id"] for e in events] == [earlier, later]
    assert events[0]["occurred_at"] == "2026-03" and events[1]["occurred_at"] == "2026-05-10T14:30"
    assert events[0]["evidence_ids"] == ids[:1]
    assert case.links.set("event", later, "evidence", ids).previous == ids
    assert case.links.set("event", later, "evidence", ids).previous == []
    assert case.timeline.update(later, {"title": "寄出律师函"}).previous == {"title": "发出书面要求"}
    step = case.checklist.by_key("send-written-demand")
    case.links.set("step", step["id"], "event", [later])
    deleted = case.timeline.delete(later)
    assert deleted.removed_ids("event") == {later} and deleted.updated_ids("step") == {step["id"]}
    assert deleted.previous["evidence_ids"] == ids and deleted.previous["step_ids"] == [step["id"]]
    assert case.checklist.get(step["id"])["event_ids"] == []
    again = case.timeline.restore(deleted.previous)
    assert again.created == later and case.timeline.get(later)["evidence_ids"] == ids
    assert case.checklist.get(step["id"])["event_ids"] == [later]
    with pytest.raises(CaseError):
        case.timeline.add("not a date", "x")
    with pytest.raises(ValueError):
        case.timeline.add("2026-01-01", "x", kind="party")


def test_photo_capture_days_are_suggested_as_events(case, probe_pool):
    import_paths(case, [PHOTOS / "gps_DSCN0010.jpg", PHOTOS / "gps_DSCN0021.jpg", PHOTOS / "Canon_40D.jpg"],
                 pool=probe_pool)
    suggestions = case.timeline.suggest_from_photos()
    assert [(s["day"], s["count"]) for s in suggestions] == [("2008-05-30", 1), ("2008-10-22", 2)]
    case.timeline.add("2008-10-22", "复诊拍照", kind="follow-up")
    assert [s["day"] for s in case.timeline.suggest_from_photos()] == ["2008-05-30"]


def test_checklist_steps_status_links_and_missing_evidence(case, probe_pool):
    steps = case.checklist.list()
    playbook = load_playbook()
    assert [s["step_key"] for s in steps] == [s.id for s in playbook.steps]
    contract_step = case.checklist.by_key("read-contract")
    assert "contract" in case.checklist.missing_evidence(contract_step)
    outcome = import_paths(case, [PHOTOS / "scan_BSG1.tiff"], pool=probe_pool)[0]
    case.evidence.update(outcome.evidence_id, {"category": "contract"})
    assert "contract" not in case.checklist.missing_evidence(contract_step)
    changes = case.checklist.update(contract_step["id"], {"status": "done", "done_on": "2026-04-01",
                                                          "outcome": "合同第7条: 不予退款"})
    assert changes.previous == {"status": "todo", "done_on": None, "outcome": ""}
    assert changes.updated_ids("step") == {contract_step["id"]}
    assert case.checklist.progress() == (1, len(steps))
    assert guidance.next_step(case)["step_key"] == steps[1]["step_key"]
    linked = case.links.set("step", contract_step["id"], "evidence", [outcome.evidence_id])
    assert linked.previous == [outcome.evidence_id]
    assert linked.updated_ids("step") == {contract_step["id"]} and linked.updated_ids("evidence") == {outcome.evidence_id}
    event = case.timeline.add("2026-04-01", "读合同").created
    assert case.links.set("step", contract_step["id"], "event", [event]).previous == [event]
    step = case.checklist.get(contract_step["id"])
    assert step["evidence_ids"] == [outcome.evidence_id] and step["event_ids"] == [event]
    with pytest.raises(ValueError):
        case.checklist.update(contract_step["id"], {"status": "finished"})


def test_the_playbook_is_complete_in_both_languages_with_sources():
    playbook = load_playbook()
    assert playbook.rules_as_of and playbook.disclaimer["en"] and playbook.disclaimer["zh"]
    stage_ids = {sid for sid, _ in playbook.stages}
    ids = [s.id for s in playbook.steps]
    assert len(ids) == len(set(ids)) >= 12
    for step in playbook.steps:
        assert step.stage in stage_ids
        for field in ("title", "what", "why"):
            assert step.text(field, "en").strip() and step.text(field, "zh").strip(), (step.id, field)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in step.text(field, "zh")), (step.id, field)
        assert step.sources and all(s.cite_zh and s.cite_en for s in step.sources), step.id
        assert set(step.needs_evidence) <= set(CATEGORIES), step.id
    assert any(s.check_current_rule for s in playbook.steps)
    assert playbook.step("request-medical-record") is not None
    assert set(string.ascii_lowercase + string.digits + "-") >= set("".join(ids))
