"""Every playbook file in resources/playbooks: complete in both languages, every step sourced with a
mark, only known categories, conditions and deadline rules, no promises; and the loader refuses a
bad file, naming the file and the step."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from desktop.core.paths import resources_dir
from desktop.core.playbook import DEFAULT_PLAYBOOK, Source, available_playbooks, load_playbook, load_playbook_file
from desktop.core.vocab import CATEGORIES

PLAYBOOK_FILES = sorted((resources_dir() / "playbooks").glob("*.toml"))

# The fixed lists from the playbook brief (kept here on purpose, not imported from the loader).
APPLIES_WHEN = {"recent-payment", "paid-by-card-or-app", "treatment-loan", "platform-or-advert", "clinic-closed",
                "licence-problem"}
DEADLINE_RULES = {"limitation", "rescission-fraud", "settlement-rescission", "mediation-confirmation",
                  "prepaid-refund", "complaint-cutoff-12315", "authority-handling", "people-mediation",
                  "health-mediation-accept", "health-mediation", "market-mediation", "demand-reply"}

# Version 1 of the medical-aesthetic playbook: cases migrate by these ids, so none may go.
MEDICAL_V1_IDS = {
    "read-contract", "keep-evidence", "check-licence", "check-consent-form", "request-medical-record",
    "write-timeline", "work-out-claim", "send-written-demand", "negotiate", "check-settlement", "complain-12315",
    "market-regulation-mediation", "complain-health-commission", "consumer-association-mediation",
    "medical-dispute-mediation", "health-dept-mediation", "legal-aid", "lawyer-or-lawsuit",
}
MEDICAL_DROPPED_IDS: set[str] = set()  # none dropped in version 2

# Wording that promises an outcome. The guidance says "you may claim", never what the user will get.
PROMISES_EN = ["the law allows", "you will get", "you will receive", "will be refunded", "you will be refunded",
               "you will be compensated", "you will win", "guaranteed", "guarantee", "will definitely",
               "certainly get", "are entitled to get"]
PROMISES_ZH = ["一定能", "一定会", "肯定能", "肯定会", "保证", "必然", "必定", "包退", "稳赢", "法律允许", "一定可以"]


def _raw(path: Path) -> dict:
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def _texts(data: dict) -> list[tuple[str, str, str]]:
    """(where, language, text) for every user-facing text in a raw playbook."""
    found = []
    for field in ("title", "description", "disclaimer"):
        for lang in ("en", "zh"):
            found.append((field, lang, data.get(field, {}).get(lang, "")))
    for stage in data["stages"]:
        for lang in ("en", "zh"):
            found.append((f"stage {stage['id']}", lang, stage["title"].get(lang, "")))
    for step in data["steps"]:
        for field in ("title", "what", "why"):
            for lang in ("en", "zh"):
                found.append((f"{step['id']}.{field}", lang, step.get(field, {}).get(lang, "")))
    return found


@pytest.fixture(params=PLAYBOOK_FILES, ids=[p.stem for p in PLAYBOOK_FILES])
def playbook_file(request) -> Path:
    return request.param


def test_the_two_playbooks_are_there_and_the_default_comes_first():
    assert {p.stem for p in PLAYBOOK_FILES} >= {"cn-medical-aesthetic", "cn-prepaid-services"}
    ids = [p.id for p in available_playbooks()]
    assert ids[0] == DEFAULT_PLAYBOOK
    assert sorted(ids) == sorted(p.stem for p in PLAYBOOK_FILES)


def test_header_fields(playbook_file):
    data = _raw(playbook_file)
    assert data["id"] == playbook_file.stem
    assert isinstance(data["version"], int) and data["version"] >= 1
    assert date.fromisoformat(str(data["rules_as_of"])) >= date(2026, 12, 2)
    assert data["jurisdiction"] == "CN"
    playbook = load_playbook_file(playbook_file)
    assert playbook.id == data["id"] and playbook.version == data["version"]
    assert playbook.text("description", "en").strip() and playbook.text("description", "zh").strip()
    assert "not legal advice" in playbook.text("disclaimer", "en")
    assert "不是法律意见" in playbook.text("disclaimer", "zh")
    assert "Order No. 121" in playbook.text("disclaimer", "en")
    assert "reportedly" not in playbook.text("disclaimer", "en")


def test_every_text_has_english_and_chinese(playbook_file):
    for where, lang, text in _texts(_raw(playbook_file)):
        assert isinstance(text, str) and text.strip(), (where, lang)
        if lang == "zh":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (where, "zh text has no Chinese")


def test_step_ids_are_unique_kebab_case_and_stages_exist(playbook_file):
    data = _raw(playbook_file)
    stage_ids = [s["id"] for s in data["stages"]]
    assert len(stage_ids) == len(set(stage_ids))
    ids = [s["id"] for s in data["steps"]]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    for step in data["steps"]:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", step["id"]), step["id"]
        assert step["stage"] in stage_ids, step["id"]
    assert {s["stage"] for s in data["steps"]} == set(stage_ids), "a stage without steps"


def test_every_step_has_sources_with_a_mark(playbook_file):
    for step in _raw(playbook_file)["steps"]:
        assert step.get("sources"), step["id"]
        for source in step["sources"]:
            assert source["mark"] in {"P", "S", "U"}, (step["id"], source)
            assert source["cite_zh"].strip() and source["cite_en"].strip(), step["id"]
            assert "secondary" not in source, (step["id"], "the old flag; use mark")


def test_a_step_resting_on_a_secondary_or_unconfirmed_source_says_check_the_current_rule(playbook_file):
    for step in load_playbook_file(playbook_file).steps:
        if any(s.mark in {"S", "U"} for s in step.sources):
            assert step.check_current_rule, step.id


def test_categories_conditions_and_deadline_rules_are_known(playbook_file):
    for step in _raw(playbook_file)["steps"]:
        assert set(step.get("needs_evidence", [])) <= set(CATEGORIES), step["id"]
        if "applies_when" in step:
            assert step["applies_when"] in APPLIES_WHEN, step["id"]
        deadlines = step.get("deadlines", [])
        assert isinstance(deadlines, list) and set(deadlines) <= DEADLINE_RULES, step["id"]
        assert len(deadlines) == len(set(deadlines)), step["id"]
        assert "deadline_days" not in step and "deadline_unit" not in step, step["id"]


def test_no_text_promises_an_outcome(playbook_file):
    for where, lang, text in _texts(_raw(playbook_file)):
        lowered = text.lower()
        for phrase in PROMISES_EN if lang == "en" else PROMISES_ZH:
            assert phrase not in lowered, (where, lang, phrase)


def test_the_repealed_interim_measures_are_never_cited_as_current(playbook_file):
    for step in _raw(playbook_file)["steps"]:
        for source in step["sources"]:
            if "暂行办法" in source["cite_zh"]:
                assert "废止" in source["cite_zh"] and "repealed" in source["cite_en"], step["id"]
            if "Order No. 121" in source["cite_en"]:
                assert source["mark"] == "S", (step["id"], "Order 121's text was not read")


def test_the_medical_playbook_keeps_every_old_step_id():
    playbook = load_playbook("cn-medical-aesthetic")
    ids = {s.id for s in playbook.steps}
    assert MEDICAL_V1_IDS - MEDICAL_DROPPED_IDS <= ids
    assert not (MEDICAL_DROPPED_IDS & ids)
    assert playbook.version == 2 and playbook.rules_as_of == "2026-12-02"


def test_the_medical_playbook_new_steps_and_their_conditions():
    playbook = load_playbook("cn-medical-aesthetic")
    expected = {
        "prepaid-refund-7-days": ("recent-payment", ("prepaid-refund",)),
        "seal-physical-evidence": (None, ()),
        "payment-channel-dispute": ("paid-by-card-or-app", ()),
        "treatment-loan": ("treatment-loan", ()),
        "platform-and-advertiser": ("platform-or-advert", ()),
        "report-violations": (None, ()),
        "clinic-closed-police": ("clinic-closed", ("limitation",)),
        "complain-health-commission": ("licence-problem", ()),
        "send-written-demand": (None, ("demand-reply", "limitation")),
        "complain-12315": (None, ("complaint-cutoff-12315", "authority-handling")),
        "market-regulation-mediation": (None, ("market-mediation",)),
        "medical-dispute-mediation": (None, ("people-mediation", "mediation-confirmation")),
        "health-dept-mediation": (None, ("health-mediation-accept", "health-mediation")),
        "check-settlement": (None, ("settlement-rescission",)),
        "lawyer-or-lawsuit": (None, ("limitation", "rescission-fraud")),
    }
    for step_id, (applies_when, deadlines) in expected.items():
        step = playbook.step(step_id)
        assert step is not None, step_id
        assert (step.applies_when, step.deadlines) == (applies_when, deadlines), step_id
    assert len(playbook.steps) == len(MEDICAL_V1_IDS) + 7


def test_the_medical_playbook_carries_the_corrections_of_the_brief():
    playbook = load_playbook("cn-medical-aesthetic")

    def text(step_id: str, lang: str = "en") -> str:
        step = playbook.step(step_id)
        cites = " ".join(s.cite(lang) for s in step.sources)
        return " ".join(step.text(f, lang) for f in ("title", "what", "why")) + " " + cites

    assert "60 days" in text("market-regulation-mediation") and "45" not in text("market-regulation-mediation")
    assert "60日" in text("market-regulation-mediation", "zh")
    refusals = text("complain-12315")
    for ground in ("remit", "arbitration", "personal consumption", "3 years", "missing or false", "identity"):
        assert ground in refusals, ground
    settlement = text("check-settlement")
    for check in ("amount", "give up", "confidentiality", "seal", "complaints you have already filed", "loan",
                  "1 year", "court"):
        assert check in settlement, check
    assert "who is liable" in text("write-timeline")
    assert "you may claim" in text("work-out-claim") and "three times" in text("work-out-claim")
    assert "12345" in text("complain-health-commission") and "could not confirm" in text("complain-health-commission")
    lawsuit = text("lawyer-or-lawsuit")
    for point in ("small-claims", "payment order", "online", "where the contract was performed"):
        assert point in lawsuit, point


def test_the_prepaid_playbook_has_no_medical_only_steps():
    playbook = load_playbook("cn-prepaid-services")
    ids = {s.id for s in playbook.steps}
    assert not ids & {"request-medical-record", "complain-health-commission", "medical-dispute-mediation",
                      "health-dept-mediation", "check-consent-form", "seal-physical-evidence"}
    for step in playbook.steps:
        assert "medical_record" not in step.needs_evidence and "consent_form" not in step.needs_evidence, step.id
        for source in step.sources:
            assert "医疗纠纷" not in source.cite_zh and "医疗机构管理条例" not in source.cite_zh, step.id
    read = playbook.step("read-contract")
    assert "美容" in read.text("why", "en") and "court" in read.text("why", "en")
    assert "local rules" in playbook.step("legal-aid").text("what", "en")
    assert playbook.step("business-closed-police").applies_when == "clinic-closed"
    assert playbook.step("prepaid-refund-7-days").deadlines == ("prepaid-refund",)


# -- the loader's API and its checks ------------------------------------------------------------------

def test_source_marks_in_plain_words():
    statute, secondary, unconfirmed = Source("甲", "A", "P"), Source("乙", "B", "S"), Source("丙", "C", "U")
    assert (statute.secondary, secondary.secondary, unconfirmed.secondary) == (False, True, True)
    assert statute.mark_text("en") == "statute text read" and statute.mark_text("zh_CN") == "已查阅法条原文"
    assert secondary.mark_text("en") == "secondary source, not the official text"
    assert secondary.mark_text("zh") == "二手资料，非官方文本"
    assert unconfirmed.mark_text("en") == "could not be confirmed" and unconfirmed.mark_text("zh") == "未能核实"
    assert secondary.cite("zh") == "乙" and secondary.cite("en") == "B"


GOOD = '''
id = "tiny"
version = 1
rules_as_of = "2026-12-02"
jurisdiction = "CN"
title = {en = "Tiny", zh = "小"}
description = {en = "For tests.", zh = "测试用。"}
disclaimer = {en = "Not legal advice.", zh = "不是法律意见。"}

[[stages]]
id = "contract"
title = {en = "Contract", zh = "合同"}

[[steps]]
id = "first-step"
stage = "contract"
needs_evidence = ["contract"]
check_current_rule = true
applies_when = "recent-payment"
deadlines = ["prepaid-refund"]
title = {en = "First", zh = "第一步"}
what = {en = "Do it.", zh = "去做。"}
why = {en = "Because.", zh = "因为。"}
[[steps.sources]]
cite_zh = "某法第一条"
cite_en = "Some Law, art. 1"
mark = "S"

[[steps]]
id = "second-step"
stage = "contract"
title = {en = "Second", zh = "第二步"}
what = {en = "Do it.", zh = "去做。"}
why = {en = "Because.", zh = "因为。"}
[[steps.sources]]
cite_zh = "某法第二条"
cite_en = "Some Law, art. 2"
mark = "P"
'''


def test_a_good_small_file_loads(tmp_path):
    path = tmp_path / "tiny.toml"
    path.write_text(GOOD, encoding="utf-8")
    playbook = load_playbook_file(path)
    first = playbook.step("first-step")
    assert first.applies_when == "recent-payment" and first.deadlines == ("prepaid-refund",)
    assert first.sources[0].mark == "S" and first.sources[0].secondary
    assert first.deadline_days is None and first.deadline_unit is None
    assert playbook.step("second-step").applies_when is None and playbook.step("second-step").deadlines == ()
    assert playbook.text("description", "zh") == "测试用。"


def test_an_old_style_file_with_the_secondary_flag_still_loads(tmp_path):
    old = GOOD.replace('mark = "S"', "secondary = true").replace('mark = "P"', "secondary = false")
    old = old.replace('description = {en = "For tests.", zh = "测试用。"}\n', "")
    path = tmp_path / "old.toml"
    path.write_text(old, encoding="utf-8")
    playbook = load_playbook_file(path)
    assert [s.sources[0].mark for s in playbook.steps] == ["S", "P"]
    assert playbook.text("description", "en") == ""


@pytest.mark.parametrize(("change", "message"), [
    (('mark = "S"', 'mark = "X"'), "mark"),
    (('needs_evidence = ["contract"]', 'needs_evidence = ["receipt_scan"]'), "receipt_scan"),
    (('applies_when = "recent-payment"', 'applies_when = "rainy-day"'), "rainy-day"),
    (('deadlines = ["prepaid-refund"]', 'deadlines = ["forty-days"]'), "forty-days"),
    (('id = "second-step"', 'id = "first-step"'), "duplicate"),
    (('stage = "contract"\nneeds_evidence', 'stage = "court"\nneeds_evidence'), "court"),
    (('what = {en = "Do it.", zh = "去做。"}', 'what = {en = "Do it."}'), "what"),
])
def test_a_bad_file_is_refused_naming_the_file_and_the_step(tmp_path, change, message):
    old, new = change
    assert old in GOOD
    path = tmp_path / "broken-playbook.toml"
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        load_playbook_file(path)
    text = str(caught.value)
    assert "broken-playbook.toml" in text and "first-step" in text and message in text


def test_a_file_that_is_not_toml_or_has_a_bad_date_is_refused(tmp_path):
    path = tmp_path / "garbled.toml"
    path.write_text("id = [unclosed", encoding="utf-8")
    with pytest.raises(ValueError, match="garbled.toml"):
        load_playbook_file(path)
    path.write_text(GOOD.replace('"2026-12-02"', '"early December"'), encoding="utf-8")
    with pytest.raises(ValueError, match="rules_as_of"):
        load_playbook_file(path)
