"""The letter texts (resources/letters/*.toml), drafted from the sample case and from an empty case in
both languages: each fact where it belongs, no placeholder in the sample except for what only the user
knows, visible placeholders in the empty case, no threats or promises, no app branding, and every
branch a case can take (demand kinds, payment channels, licence check answers) renders."""

import re
from datetime import date, timedelta

import pytest

from desktop.core.letter_drafts import draft, placeholder
from desktop.core.letter_kinds import KIND_ORDER, LANGUAGES, fact_labels, letter_kind, letter_kinds
from desktop.core.lifecycle import create_case, open_case
from desktop.core.playbook import available_playbooks
from desktop.core.sample import build_sample_case

TODAY = date(2026, 12, 2)
REPLY_BY = {"zh": "2026年12月17日", "en": "17 December 2026"}   # TODAY + 15 days, the default
CLINIC = "悦颜医疗美容诊所（虚构）"
CREDIT_CODE = "91000000MA00SAMPLE"
PAID = {"zh": "19,800 元", "en": "RMB 19,800"}
ASKED = {"zh": "12,000 元", "en": "RMB 12,000"}
PAYMENT_DATE = {"zh": "2026年6月15日", "en": "15 June 2026"}   # the sample's payment: 170 days before TODAY
PUBLIC_EXHIBITS = [f"E{n}" for n in range(1, 10)]

# Facts only the user knows: the sample may still ask for these.
USER_ONLY = ("court", "bank", "card_number", "lawyer", "committee", "association", "health_department",
             "respondent_representative", "lender", "complainant_identity", "interest_from", "signature",
             "filing_date", "demand_details")

# Words of threat, pressure or promise, and the app's name: none may appear in a letter's own words
# (English ones as whole words: "mediation" is not "media"). Exclamation marks are checked in the drafts,
# since a template's own code uses "!=".
DENY = {
    "zh": ("否则", "后果自负", "曝光", "媒体", "必将", "一定会", "必然", "保证", "威胁", "追究到底", "不惜",
           "最后通牒", "严惩", "立即", "马上"),
    "en": ("or else", "guarantee", "guaranteed", "will get", "you will pay", "consequences", "expose", "media",
           "last chance", "sue you", "ultimatum", "will win", "immediately", "demand that you"),
}
BRANDING = ("Refund Case Organizer", "维权案件整理助手", "本应用", "this app", "the app")


@pytest.fixture(scope="module")
def sample(tmp_path_factory, probe_pool):
    path = build_sample_case(tmp_path_factory.mktemp("letters") / "sample.refundcase", today=TODAY, pool=probe_pool)
    case = open_case(path)
    yield case
    case.close()


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    case = create_case(tmp_path_factory.mktemp("letters-empty") / "empty.refundcase")
    yield case
    case.close()


@pytest.fixture(scope="module")
def sample_drafts(sample):
    return {(kind, lang): draft(sample, kind, lang, today=TODAY) for kind in KIND_ORDER for lang in LANGUAGES}


@pytest.fixture(scope="module")
def empty_drafts(empty):
    return {(kind, lang): draft(empty, kind, lang, today=TODAY) for kind in KIND_ORDER for lang in LANGUAGES}


def text_of(d) -> str:
    return "\n".join(field.text for field in d.fields)


def labels(facts, lang: str) -> set[str]:
    return {placeholder(fact, lang) for fact in facts}


# -- the files ------------------------------------------------------------------------------------

EXPECTED_EVENTS = {
    "demand": ("demand", ""), "complaint-12315": ("complaint", "12315"), "complaint-health": ("complaint", "health"),
    "people-mediation": ("mediation-request", "people"),
    "consumer-association": ("mediation-request", "consumer-association"),
    "payment-dispute": (None, ""), "statement": (None, ""), "civil-complaint": ("lawsuit", ""),
}


def test_every_kind_loads_in_both_languages_with_valid_steps():
    kinds = letter_kinds()
    assert [k.id for k in kinds] == list(KIND_ORDER)
    step_ids = {step.id for playbook in available_playbooks() for step in playbook.steps}
    for kind in kinds:
        for lang in LANGUAGES:
            for which in ("title", "recipient", "when"):
                assert kind.text(which, lang).strip(), (kind.id, which, lang)
            for field in kind.fields:
                assert field.text("label", lang).strip() and field.text("template", lang).strip(), (kind.id, field.key)
        assert kind.steps and set(kind.steps) <= step_ids, (kind.id, set(kind.steps) - step_ids)
        assert (kind.event_kind, kind.event_body) == EXPECTED_EVENTS[kind.id]
        assert kind.draft == (kind.id == "civil-complaint")
        assert kind.form == (kind.id == "complaint-12315")
        if not kind.form:
            assert [f.key for f in kind.fields] == ["body"]
    assert letter_kind("demand").steps == ("send-written-demand", "negotiate")


def test_the_12315_form_has_one_field_per_box_in_order():
    keys = [f.key for f in letter_kind("complaint-12315").fields]
    assert keys == ["complainant_name", "complainant_phone", "complainant_address", "respondent_name",
                    "respondent_credit_code", "respondent_address", "service", "purchase_date", "amount",
                    "order_number", "demand", "facts", "evidence"]
    limits = {f.key: f.limit for f in letter_kind("complaint-12315").fields}
    # Only the credit code has a length everybody knows (18 characters); the others are unconfirmed.
    assert limits.pop("respondent_credit_code") == 18 and not any(limits.values())


_FACT_USE = re.compile(r"""\bf\.(?:has|raw)\(\s*["'](\w+)["']\s*\)|\bf\.(\w+)|placeholder\(\s*["'](\w+)["']\s*\)""")


def test_templates_name_only_facts_that_have_a_label():
    """A fact missing from fields.toml would show its raw name in the placeholder ('[fill in: foo_bar]')."""
    known = set(fact_labels())
    for kind in letter_kinds():
        for field in kind.fields:
            for lang in LANGUAGES:
                used = {a or b or c for a, b, c in _FACT_USE.findall(field.text("template", lang))} - {"has", "raw"}
                assert used <= known, (kind.id, field.key, lang, used - known)


def test_no_threats_promises_or_branding_in_the_templates():
    for kind in letter_kinds():
        for lang in LANGUAGES:
            words = " ".join([kind.text("title", lang)] + [f.text("template", lang) for f in kind.fields]).lower()
            for word in DENY[lang] + BRANDING:
                assert not re.search(rf"(?<![a-z]){re.escape(word.lower())}(?![a-z])", words), (kind.id, lang, word)


# -- the sample case ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KIND_ORDER)
def test_the_sample_drafts_carry_its_facts(sample_drafts, kind, lang):
    text = text_of(sample_drafts[kind, lang])
    assert CLINIC in text
    assert PAID[lang] in text
    if kind != "complaint-health":  # the health complaint tells the treatment, not the purchase
        assert PAYMENT_DATE[lang] in text
    if kind != "payment-dispute":   # the payment channel needs the payment, not the clinic's registration
        assert CREDIT_CODE in text
    if kind not in ("complaint-health", "payment-dispute"):
        assert ASKED[lang] in text
    cited = set(re.findall(r"\bE\d+\b", text))
    if kind == "payment-dispute":   # only the papers a payment channel needs
        assert cited == {"E1", "E2", "E3", "E7", "E9"}
    else:
        assert cited == set(PUBLIC_EXHIBITS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_demand_has_the_reply_date_the_demand_and_how_to_pay(sample, sample_drafts, lang):
    text = text_of(sample_drafts["demand", lang])
    assert REPLY_BY[lang] in text
    assert ("微信支付" if lang == "zh" else "WeChat Pay") in text
    assert ("第五十三条" if lang == "zh" else "article 53") in text
    # The contract has a refund clause, which the letter quotes instead of arguing against standard clauses.
    assert "第七条：疗程未开始的部分" in text and ("第四百九十六条" if lang == "zh" else "496") not in text
    assert text.splitlines()[-1] == ("2026年12月2日" if lang == "zh" else "2 December 2026")
    later = draft(sample, "demand", lang, today=TODAY, reply_by=date(2027, 1, 8))
    assert ("2027年1月8日" if lang == "zh" else "8 January 2027") in text_of(later)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_12315_form_puts_each_fact_in_its_own_box(sample_drafts, lang):
    boxes = sample_drafts["complaint-12315", lang].as_dict()
    assert boxes["respondent_name"] == CLINIC
    assert boxes["respondent_credit_code"] == CREDIT_CODE
    assert boxes["respondent_address"] == "示例省虚构市和平区中山路 188 号 3 楼"
    assert boxes["complainant_name"] == "李晓雯（虚构）" and boxes["complainant_phone"] == "138 0000 0000"
    assert boxes["amount"] == PAID[lang] and boxes["purchase_date"] == PAYMENT_DATE[lang]
    assert boxes["order_number"].startswith("交易单号 4200000000202500000000")
    assert ASKED[lang] in boxes["demand"]
    assert PAYMENT_DATE[lang] in boxes["facts"] and "示例省虚构市和平区中山路" in boxes["facts"]
    assert [line.split()[0] for line in boxes["evidence"].splitlines()] == PUBLIC_EXHIBITS
    assert all(text.strip() for text in boxes.values())


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KIND_ORDER)
def test_the_sample_asks_only_for_what_the_user_alone_knows(sample_drafts, kind, lang):
    left = set(sample_drafts[kind, lang].placeholders)
    assert left <= labels(USER_ONLY, lang), left - labels(USER_ONLY, lang)
    if kind in ("demand", "complaint-12315", "payment-dispute"):
        assert not left   # to the clinic, the 12315 form and WeChat Pay: everything is in the case


def test_the_civil_complaint_says_it_is_a_draft(sample_drafts):
    assert text_of(sample_drafts["civil-complaint", "zh"]).startswith("草稿：请向律师或法院立案窗口核实后再使用")
    assert text_of(sample_drafts["civil-complaint", "en"]).startswith("DRAFT: check with a lawyer")
    zh = text_of(sample_drafts["civil-complaint", "zh"])
    assert "此致\n【请填写：受理法院】" in zh and "第一百六十五条" in zh and "第二十四条" in zh
    assert "本案诉讼费用由被告承担" in zh


# -- the empty case -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KIND_ORDER)
def test_an_empty_case_shows_placeholders_and_no_holes(empty_drafts, kind, lang):
    d = empty_drafts[kind, lang]
    text = text_of(d)
    assert d.placeholders
    if kind != "payment-dispute":
        assert placeholder("clinic_address", lang) in text
    assert placeholder("clinic_name", lang) in text
    assert "None" not in text and "Undefined" not in text
    for broken in ("（）", "()", "。。", "，。", "：。", "，，", ": .", " ,", "  "):
        assert broken not in text, (kind, lang, broken)
    lines = text.splitlines()
    salutations = {placeholder(fact, lang) + "：" for fact in ("health_department", "committee", "association")}
    for number, line in enumerate(lines):
        if line.rstrip().endswith(("：", ":")) and line not in salutations:   # a label: something must follow
            assert number + 1 < len(lines) and lines[number + 1].strip(), (kind, lang, line)
    for field in d.fields:
        assert field.text.strip(), (kind, field.key)


def test_an_empty_case_demand_shows_the_brief_s_placeholders(empty_drafts):
    assert "【请填写：机构地址】" in text_of(empty_drafts["demand", "zh"])
    assert "[fill in: clinic address]" in text_of(empty_drafts["demand", "en"])
    assert "【请填写：所附证据清单】" in text_of(empty_drafts["demand", "zh"])
    assert "【请填写：事情经过（时间、地点、经过）】" in text_of(empty_drafts["demand", "zh"])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KIND_ORDER)
def test_no_letter_shouts_or_names_the_app(sample_drafts, empty_drafts, kind, lang):
    for text in (text_of(sample_drafts[kind, lang]), text_of(empty_drafts[kind, lang])):
        assert "!" not in text and "！" not in text
        assert "Refund Case Organizer" not in text and "维权案件整理助手" not in text


# -- the branches a case can take -----------------------------------------------------------------

BASE = {"complainant_name": "张三", "clinic_name": "某某健身会所", "clinic_address": "某市某路 1 号",
        "treatment": "私教课 30 节", "amount_paid": "6000", "payment_refs": "订单 123"}


def all_drafts(case, **kwargs):
    return {(kind, lang): text_of(draft(case, kind, lang, today=TODAY, **kwargs))
            for kind in KIND_ORDER for lang in LANGUAGES}


@pytest.mark.parametrize("demand_kind, zh, en", [
    ("full_refund", "全额退还本人已支付的费用 6,000 元", "refund in full the RMB 6,000 I paid"),
    ("partial_refund", "退还本人费用 【请填写：要求的金额】", "refund [fill in: amount you ask for]"),
    ("compensation", "赔偿本人损失 【请填写：要求的金额】", "pay me [fill in: amount you ask for] in compensation"),
    ("other", "【请填写：具体要求】", "[fill in: what exactly you ask for]"),
    ("", "【请填写：您的要求】", "[fill in: what you ask for]"),
])
def test_every_kind_of_demand_reads(case, demand_kind, zh, en):
    case.details.update({**BASE, "demand_kind": demand_kind})
    texts = all_drafts(case)
    assert zh in texts["demand", "zh"] and en in texts["demand", "en"]
    for kind in ("complaint-12315", "people-mediation", "consumer-association", "statement", "civil-complaint"):
        assert "要求的金额" in texts[kind, "zh"] or "6,000 元" in texts[kind, "zh"] or "具体要求" in texts[kind, "zh"] \
            or "您的要求" in texts[kind, "zh"], kind
    compensation = demand_kind == "compensation"
    assert texts["demand", "zh"].startswith("赔偿要求函" if compensation else "退款要求函")
    assert ("第五十三条" in texts["demand", "zh"]) != compensation
    assert ("利息起算日" in texts["civil-complaint", "zh"]) != compensation   # interest only on a refund


@pytest.mark.parametrize("channel, zh_to, en_to", [
    ("wechat", "致：微信支付客户服务", "To: WeChat Pay customer service"),
    ("alipay", "致：支付宝客户服务", "To: Alipay customer service"),
    ("card", "致：【请填写：发卡银行或支付平台】", "To: [fill in: card issuer or payment app]"),
    ("loan", "致：【请填写：贷款机构】", "To: [fill in: lender]"),
    ("cash", "致：【请填写：发卡银行或支付平台】", "To: [fill in: card issuer or payment app]"),
    ("", "致：【请填写：发卡银行或支付平台】", "To: [fill in: card issuer or payment app]"),
])
def test_the_payment_letter_goes_to_the_channel_the_case_names(case, channel, zh_to, en_to):
    case.details.update({**BASE, "payment_channel": channel})
    texts = all_drafts(case)
    assert zh_to in texts["payment-dispute", "zh"] and en_to in texts["payment-dispute", "en"]
    zh, en = texts["payment-dispute", "zh"], texts["payment-dispute", "en"]
    assert ("第三十五条" in zh) == ("article 35" in en) == (channel in ("wechat", "alipay"))
    assert ("退单" in zh) == ("chargeback" in en) == (channel == "card")
    assert ("银行卡号后四位" in zh) == (channel == "card")
    if channel == "card":   # said plainly: a bank practice, the bank decides
        assert "能否办理由贵行审核决定" in zh and "for you to decide" in en
    if channel == "loan":
        assert "贷款如何处理" in texts["demand", "zh"] and "what happens to the loan" in texts["demand", "en"]
    if channel == "cash":
        assert "现金" in texts["demand", "zh"] and "in cash" in texts["demand", "en"]


@pytest.mark.parametrize("answer, zh, en", [
    ("no", "不包括医疗美容科", "do not include medical aesthetics"),
    ("unsure", "无法确认该机构", "could not confirm whether the subjects"),
    ("yes", "核准的诊疗科目包括医疗美容科", "the approved subjects include medical aesthetics"),
])
def test_the_licence_check_gives_its_own_sentence(case, answer, zh, en):
    case.details.update({**BASE, "licence_scope": answer, "practitioner_qualified": answer,
                         "product_approved": "not_applicable"})
    texts = all_drafts(case)
    assert zh in texts["complaint-health", "zh"] and en in texts["complaint-health", "en"]
    assert "所用产品" not in texts["complaint-health", "zh"]   # no product was used
    assert "第二十四条、第二十六条至第二十八条" in texts["complaint-health", "zh"]
    assert "articles 24 and 26–28" in texts["complaint-health", "en"]
    fraud_question = "资质如有问题" in texts["statement", "zh"]
    assert fraud_question == (answer != "yes")


def test_a_refund_clause_or_its_absence_changes_the_legal_basis(case):
    case.details.update({**BASE, "refund_clause": "no"})
    texts = all_drafts(case)
    assert "第四百九十六条、第四百九十七条" in texts["demand", "zh"] and "articles 496–497" in texts["demand", "en"]
    assert "第二十六条" in texts["demand", "zh"]
    case.details.update({"refund_clause": "yes", "refund_clause_text": "未使用的课时可退"})
    texts = all_drafts(case)
    assert "双方合同约定：“未使用的课时可退。”" in texts["demand", "zh"]
    assert "第四百九十六条" not in texts["demand", "zh"]


def test_a_payment_in_the_last_7_days_cites_article_14(case):
    case.details.update(BASE)
    case.timeline.add((TODAY - timedelta(days=3)).isoformat(), "付款购买私教课", kind="payment")
    texts = all_drafts(case)
    assert "第十四条" in texts["demand", "zh"] and "article 14" in texts["demand", "en"]
    assert "第十四条" in texts["civil-complaint", "zh"]
    assert "2026年11月29日" in texts["demand", "zh"]   # the payment date comes from the timeline


def test_no_7_day_refund_after_the_week(sample_drafts):
    assert "第十四条" not in text_of(sample_drafts["demand", "zh"])


def test_people_mediation_states_what_a_court_or_the_health_department_has(case):
    case.details.update(BASE)
    texts = all_drafts(case)
    assert "本纠纷未经人民法院或者卫生主管部门受理" in texts["people-mediation", "zh"]
    assert "不收取任何费用" in texts["people-mediation", "zh"] and "共同申请" in texts["people-mediation", "zh"]
    case.timeline.add("2026-11-20", "向区人民法院起诉", kind="lawsuit")
    texts = all_drafts(case)
    assert "本纠纷曾有以下处理情况：2026年11月20日，向区人民法院起诉。" in texts["people-mediation", "zh"]
    assert "未经人民法院" not in texts["people-mediation", "zh"]
    assert "2026年11月20日" in texts["people-mediation", "zh"]


def test_earlier_complaints_change_what_the_demand_says_it_will_consider(case):
    case.details.update(BASE)
    assert "向市场监督管理部门投诉或者申请调解" in all_drafts(case)["demand", "zh"]
    case.timeline.add("2026-11-01", "向 12315 投诉", kind="complaint", body="12315")
    texts = all_drafts(case)
    assert "继续通过已提出的投诉或者调解途径解决" in texts["demand", "zh"]
    assert "四、其他处理情况" in texts["consumer-association", "zh"]
    assert "市场监管部门（12315）：向 12315 投诉。" in texts["consumer-association", "zh"]


def test_private_evidence_is_neither_listed_nor_cited_and_numbers_match(case, tmp_path):
    """The letters number the public evidence E1, E2… and the timeline cites those same numbers."""
    from desktop.core.importer import import_paths

    files = []
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(name)
        files.append(tmp_path / name)
    outcomes = import_paths(case, files)
    ids = [o.evidence_id for o in outcomes]
    for evidence_id, title in zip(ids, ("合同", "私人日记", "聊天记录")):
        case.evidence.update(evidence_id, {"title": title})
    case.evidence.update(ids[1], {"private": True})
    case.details.update(BASE)
    case.timeline.add("2026-11-01", "沟通退款", kind="communication", evidence_ids=[ids[1], ids[2]])
    text = text_of(draft(case, "demand", "zh", today=TODAY))
    assert "私人日记" not in text
    assert "E1 合同" in text and "E2 聊天记录" in text and "E3" not in text
    assert "沟通退款（见附件E2）" in text
