"""Suggestions from recognised text: the dates and amounts in a receipt, a chat and a contract offered as
the item's date, the amount paid and timeline events; what already holds is not offered, nothing twice,
and each is accepted (and undone) by the store call the module names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PIL import Image

from desktop.core.importer import import_paths
from desktop.core.suggestions import (
    AMOUNT_PAID,
    EVENT,
    EVIDENCE_DATE,
    accept,
    find_amounts,
    find_dates,
    suggestions_for,
)

TODAY = date(2026, 12, 2)

RECEIPT = ["美丽人生医疗美容诊所", "收款收据", "No. 0000123", "收款日期：2026年06月15日", "客户：李小红  电话：13800001234",
           "项目：光子嫩肤疗程（6次）", "原价：¥25,800.00", "实收金额：¥19,800.00",
           "支付方式：微信支付  交易单号 4200000000202606150000"]
CHAT = ["王顾问 2026/6/10 14:32", "亲，原价 25800，今天活动价 19800 元", "我 2026/6/10 14:35", "好的，我转账了",
        "[转账] ¥19,800.00", "王顾问 2026/6/12 09:10", "套餐是优惠价，做了一次就不能退"]
CONTRACT = ["医疗美容服务合同", "甲方：美丽人生医疗美容诊所", "乙方：李小红  身份证号：110101199003071234",
            "服务项目：光子嫩肤疗程六次", "合同总价：人民币19800元（大写：壹万玖仟捌佰元整）", "签订日期：2026年6月5日",
            "第七条：疗程未开始的部分，乙方可以申请退款，甲方扣除已实施项目的费用后，于十五个工作日内退还余款。"]
# WeChat Pay's bill of a payment: the amount alone at the top, its time below.
BILL = ["美丽人生医疗美容诊所", "-19,800.00", "当前状态  支付成功", "支付时间  2026年6月15日 14:32:10",
        "商户单号  4200000000202606150000"]


def box(index: int) -> list[float]:
    top = 0.05 + 0.08 * index
    return [0.1, top, 0.9, top, 0.9, top + 0.05, 0.1, top + 0.05]


def result(*pages: list[str]) -> dict:
    return {"engine": "test engine 1.0", "notes": [],
            "pages": [{"page": number, "source": "ocr",
                       "lines": [{"text": text, "box": box(i), "confidence": 0.97} for i, text in enumerate(lines)]}
                      for number, lines in enumerate(pages)]}


@pytest.fixture
def item(case, probe_pool, tmp_path):
    """Add a picture (its content is not read here: the lines are stored as the engine would)."""
    made = iter(range(100))

    def add(category: str, *pages: list[str], title: str = "") -> int:
        number = next(made)
        path = tmp_path / f"picture-{number}.png"
        Image.new("RGB", (40 + number, 30), "white").save(path)  # each its own content: none a duplicate
        [outcome] = import_paths(case, [path], pool=probe_pool)
        case.evidence.update(outcome.evidence_id, {"category": category, "title": title or category})
        if pages:
            case.text.store(outcome.evidence_id, result(*pages))
        return outcome.evidence_id
    return add


def found(case, evidence_id) -> list[tuple]:
    return [(s.kind, s.value, s.event_kind) for s in suggestions_for(case, evidence_id, today=TODAY)]


def test_a_receipt_offers_its_date_the_amount_received_and_one_payment(case, item):
    evidence_id = item("payment_record", RECEIPT)
    suggestions = suggestions_for(case, evidence_id, today=TODAY)

    assert [(s.kind, s.value, s.event_kind) for s in suggestions] == [
        (EVIDENCE_DATE, "2026-06-15", ""),
        (AMOUNT_PAID, "19800", ""),   # the amount received comes before the list price
        (AMOUNT_PAID, "25800", ""),
        (EVENT, "2026-06-15", "payment"),  # one payment: the amount received, not the list price
    ]
    date_line, received, listed, payment = suggestions
    lines = {line["shown"]: line["id"] for line in case.text.lines(evidence_id)}
    assert date_line.line_id == lines["收款日期：2026年06月15日"] and date_line.line_text == "收款日期：2026年06月15日"
    assert received.amount == Decimal("19800.00") and received.line_id == lines["实收金额：¥19,800.00"]
    assert listed.line_id == lines["原价：¥25,800.00"]
    assert payment.amount == Decimal("19800.00")
    assert payment.line_ids == (lines["收款日期：2026年06月15日"], lines["实收金额：¥19,800.00"])
    # The phone number and the transaction number are no amounts.
    assert not {Decimal(13800001234), Decimal(4200000000202606150000)} & {s.amount for s in suggestions}


def test_a_chat_pays_only_where_the_words_say_so_and_a_timestamp_quotes_its_message(case, item):
    evidence_id = item("chat", CHAT)
    suggestions = suggestions_for(case, evidence_id, today=TODAY)
    lines = {line["shown"]: line["id"] for line in case.text.lines(evidence_id)}

    assert [(s.kind, s.value, s.event_kind) for s in suggestions] == [
        (EVIDENCE_DATE, "2026-06-10", ""), (EVIDENCE_DATE, "2026-06-12", ""),
        (AMOUNT_PAID, "19800", ""),   # once, though the quote and the transfer both say it; 25800 is written bare
        (EVENT, "2026-06-10", "payment"),
        (EVENT, "2026-06-12", "other"),
    ]
    amount, payment, noted = suggestions[2], suggestions[3], suggestions[4]
    assert amount.line_id == lines["[转账] ¥19,800.00"]  # the line that says it was paid
    # The transfer's timestamp is the one before it (14:35), not the quote's nor the next message's.
    assert payment.line_id == lines["我 2026/6/10 14:35"] and payment.context == ("[转账] ¥19,800.00",)
    event = payment.fields("zh")
    assert event["title"] == "付款 19,800 元" and event["kind"] == "payment" and event["occurred_at"] == "2026-06-10"
    assert "“[转账] ¥19,800.00”" in event["description"] and "E1" in event["description"]
    # A timestamp says little: the event's title quotes the message after it.
    assert noted.fields("zh")["title"] == "E1 中记载：套餐是优惠价，做了一次就不能退"
    assert noted.fields("en")["title"] == "Noted in E1: 套餐是优惠价，做了一次就不能退"
    assert noted.label("en") == "Timeline: 12 June 2026, noted in E1"
    assert noted.label("zh") == "时间线：2026年6月12日的事件（见 E1）"


def test_a_contracts_price_is_no_payment_and_an_id_number_no_date(case, item):
    item("chat", CHAT)  # another item first: the contract is E2
    evidence_id = item("contract", CONTRACT)

    assert found(case, evidence_id) == [(EVIDENCE_DATE, "2026-06-05", ""), (AMOUNT_PAID, "19800", ""),
                                        (EVENT, "2026-06-05", "other")]
    noted = suggestions_for(case, evidence_id, today=TODAY)[-1]
    assert noted.fields("en")["title"] == "Noted in E2: 签订日期：2026年6月5日"
    assert noted.exhibit == "E2"


def test_a_payment_apps_bill_pays_its_amount_on_the_time_below_it(case, item):
    evidence_id = item("payment_record", BILL)
    suggestions = suggestions_for(case, evidence_id, today=TODAY)

    assert [(s.kind, s.value, s.event_kind) for s in suggestions] == [
        (EVIDENCE_DATE, "2026-06-15", ""), (AMOUNT_PAID, "19800", ""), (EVENT, "2026-06-15", "payment")]
    assert suggestions[1].label("en") == "Amount paid: RMB 19,800" and suggestions[1].label("zh") == "已付金额：19,800 元"
    assert suggestions[2].label("en") == "Timeline: payment of RMB 19,800 on 15 June 2026"


def test_a_correction_is_read_instead_of_the_machines_text(case, item):
    evidence_id = item("payment_record", ["收款日期：2026年06月15日", "实收金额：¥19,300.00"])
    [_, amount_line] = case.text.lines(evidence_id)
    case.text.correct(amount_line["id"], "实收金额：¥19,800.00")

    suggestions = suggestions_for(case, evidence_id, today=TODAY)
    assert {s.amount for s in suggestions if s.amount is not None} == {Decimal("19800.00")}
    assert [s.line_text for s in suggestions if s.kind == AMOUNT_PAID] == ["实收金额：¥19,800.00"]


def test_implausible_dates_and_numbers_that_are_not_money_are_ignored(case, item):
    evidence_id = item("other", ["出生日期：1990年03月07日", "有效期至 2036.03.07", "订单号：4200000000202606150000",
                                 "联系电话 13800001234", "数量：2", "2026/13/01", "2027.11.30 复诊"])
    assert found(case, evidence_id) == [(EVIDENCE_DATE, "2027-11-30", ""), (EVENT, "2027-11-30", "other")]


def test_an_item_not_read_or_with_no_dates_or_amounts_offers_nothing(case, item):
    assert suggestions_for(case, item("chat"), today=TODAY) == []
    assert suggestions_for(case, item("chat", ["好的", "明天见"]), today=TODAY) == []


def test_what_already_holds_is_not_offered(case, item):
    evidence_id = item("payment_record", RECEIPT)
    case.evidence.update(evidence_id, {"evidence_date": "2026-06-15T10:05"})
    case.details.update({"amount_paid": "19800"})  # typed bare, as people do
    case.timeline.add("2026-06-15", "微信付款 19800", kind="payment")  # typed by hand, linked to nothing

    assert found(case, evidence_id) == [(AMOUNT_PAID, "25800", "")]
    case.details.update({"amount_paid": "¥25,800"})
    assert found(case, evidence_id) == [(AMOUNT_PAID, "19800", "")]


def test_a_date_noted_in_an_item_is_not_offered_when_the_timeline_has_that_day(case, item):
    evidence_id = item("contract", CONTRACT)
    assert (EVENT, "2026-06-05", "other") in found(case, evidence_id)
    case.timeline.add("2026-06-05", "到诊所咨询并签订合同", kind="consultation")  # not linked to the contract
    assert found(case, evidence_id) == [(EVIDENCE_DATE, "2026-06-05", ""), (AMOUNT_PAID, "19800", "")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_kind_is_accepted_by_its_store_call_and_undone_by_its_previous(case, item, lang):
    evidence_id = item("chat", CHAT)
    case.details.update({"amount_paid": "12800"})
    suggestions = {}
    for suggestion in suggestions_for(case, evidence_id, today=TODAY):
        suggestions.setdefault((suggestion.kind, suggestion.event_kind), suggestion)  # the first of each

    changes = accept(case, evidence_id, suggestions[(EVIDENCE_DATE, "")], lang)
    assert case.evidence.get(evidence_id)["evidence_date"] == "2026-06-10"
    case.evidence.set_values(changes.previous)
    assert case.evidence.get(evidence_id)["evidence_date"] is None

    changes = accept(case, evidence_id, suggestions[(AMOUNT_PAID, "")], lang)
    assert case.details.get()["amount_paid"] == "19800"
    case.details.update(changes.previous)
    assert case.details.get()["amount_paid"] == "12800"

    payment = suggestions[(EVENT, "payment")]
    changes = accept(case, evidence_id, payment, lang)
    event = case.timeline.get(changes.created)
    assert (event["occurred_at"], event["kind"], event["evidence_ids"]) == ("2026-06-10", "payment", [evidence_id])
    assert event["title"] == payment.fields(lang)["title"]
    # Accepted, it holds: it is offered no more (in either language), and the other event still is.
    assert [(s.kind, s.value, s.event_kind) for s in suggestions_for(case, evidence_id, today=TODAY)
            if s.kind == EVENT] == [(EVENT, "2026-06-12", "other")]
    accept(case, evidence_id, suggestions[(EVENT, "other")], lang)
    assert [s for s in suggestions_for(case, evidence_id, today=TODAY) if s.kind == EVENT] == []
    case.timeline.delete(changes.created)
    assert (EVENT, "2026-06-10", "payment") in found(case, evidence_id)


@pytest.mark.parametrize("written, amount", [
    ("¥19,800.00", "19800"), ("￥19800", "19800"), ("19,800.00元", "19800"), ("人民币19800元", "19800"),
    ("金额：19800", "19800"), ("RMB 19,800", "19800"), ("1.98万元", "19800"), ("¥ 19 800", "19800"),
    ("付了19800块", "19800"), ("Total: 19,800.50", "19800.50"), ("定金 ￥２０００", "2000"),
])
def test_amounts_in_chinese_and_western_writing(written, amount):
    assert find_amounts(written) == [Decimal(amount).quantize(Decimal("0.01"))]


@pytest.mark.parametrize("written", ["13800001234", "订单号：4200000000202606150000", "原价 25800", "1.98万",
                                     "3.14159元", "付款：2026年6月5日", "支付：14:32", "¥4200000000202606150000"])
def test_numbers_that_are_not_money(written):
    assert find_amounts(written) == []


@pytest.mark.parametrize("written", ["2026年06月15日", "2026年6月15日", "2026-06-15", "2026/6/15", "2026.06.15",
                                     "2026 年 6 月 15 日", "２０２６年６月１５日", "2026-06-15 14:32"])
def test_dates_in_chinese_and_western_writing(written):
    assert find_dates(written, TODAY) == [date(2026, 6, 15)]


@pytest.mark.parametrize("written", ["1999-12-31", "2027-12-03", "2026/06.15", "2026-02-30", "20260615"])
def test_dates_that_are_not_read(written):
    assert find_dates(written, TODAY) == []
