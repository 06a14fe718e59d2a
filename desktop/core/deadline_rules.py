"""The deadline rules in words, in English and Simplified Chinese: what each is called, the sentence
that says how its date was worked out, where it comes from and how sure that source is, what it means
once the date has passed, and the cautions that go with it. deadlines.py computes the dates.

Sources and marks follow the domain brief (rules as of 2026-12-02): "P" statute text read, "S" a
secondary source (not the official text), "U" could not be confirmed. The texts state facts calmly
and never promise an outcome: "you may", "a court decides".

Templates take these fields (dates are written for the language by `format_date`):
{start} the day counted from; {due} the last day; {counted} the last day before it was moved past a
rest day; {event} the title of the event that started it; {origin} where the limitation period runs
from (ORIGINS); {harm} the day of the harm (20-year limit); {cap_from} the contract day (5-year limit);
{cap_event} the event that outer limit counts from; {lawsuit} a lawsuit with no end recorded; {years}
the years the holiday data does not cover.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.dates import format_date

LANGUAGES = ("en", "zh")

MARKS: dict[str, tuple[str, str]] = {
    "P": ("statute text read", "已查阅法条原文"),
    "S": ("secondary source, not the official text", "二手资料，非官方文本"),
    "U": ("could not be confirmed", "未能核实"),
}
# The reply date of a demand comes from the user's own letter, not from a rule.
OWN_DATE_MARK = ("the date you set", "您自己设定的日期")



def pick(pair: tuple[str, str], lang: str) -> str:
    """The Chinese text for 'zh' (and 'zh_CN'…), the English one otherwise."""
    return pair[1] if lang.startswith("zh") else pair[0]


@dataclass(frozen=True)
class Rule:
    id: str
    title: tuple[str, str]
    # The basis sentence: "default", and other variants where the date can come about in another way.
    basis: dict[str, tuple[str, str]]
    source: tuple[str, str]
    mark: str
    passed: tuple[str, str]
    cautions: tuple[str, ...] = ()      # standing cautions, shown with every deadline of the rule
    moves: bool = False                 # a civil-law period: a last day on a rest day moves (民法典 art. 203)


_AFTER_MEDIATION = (
    " When the mediation ends, add that to the timeline: the limitation period starts again from that day.",
    "调解结束后，请在时间线上记录，诉讼时效自该日起重新计算。",
)
_UNKNOWN_RECEIPT = (
    "the app does not know when your request was received or accepted, so it counts from the day you made it",
    "本应用无法得知对方收到或受理申请的日期，因此从您提出之日起算",
)

RULES: dict[str, Rule] = {rule.id: rule for rule in (
    Rule(
        id="limitation",
        title=("Limitation period for a court claim", "诉讼时效"),
        basis={
            "default": ("Three years from {origin}: the period ends on {due}.",
                        "自{origin}起计算三年，至{due}届满。"),
            "capped": ("Three years from {origin}, but the twenty-year outer limit from the harm ({harm}) comes "
                       "first: the period ends on {due}.",
                       "自{origin}起本应计算三年，但自损害发生之日（{harm}）起二十年的最长期限先到，至{due}届满。"),
        },
        source=("民法典 (Civil Code) arts. 188, 195, 203; 诉讼时效规定 (SPC provisions on limitation) "
                "arts. 8, 11–14",
                "《民法典》第一百八十八条、第一百九十五条、第二百零三条；《最高人民法院关于审理民事案件适用诉讼时效"
                "制度若干问题的规定》第八条、第十一条至第十四条"),
        mark="P",
        passed=("By the app's count the three years have run out. The clinic may now refuse to pay on that "
                "ground, but you may still ask it to, and something the app does not know of (a demand that "
                "arrived, a promise, a complaint) may have started the period again; a court decides. Legal aid "
                "(12348) can go through the dates with you.",
                "按本应用的计算，三年诉讼时效已经届满。对方可以据此拒绝履行，但您仍可以要求对方支付；如果有本应用"
                "未记录的事由（已送达的书面要求、对方的承诺、投诉等）使时效重新计算，结果可能不同，最终由法院认定。"
                "可以拨打 12348 法律援助热线，请人帮您核对日期。"),
        moves=True,
    ),
    Rule(
        id="rescission-fraud",
        title=("Rescinding the contract for fraud, coercion or gross unfairness",
               "因欺诈、胁迫或显失公平撤销合同"),
        basis={
            "default": ("One year from the day you first knew something was wrong ({start}), and never more than "
                        "five years from the contract ({cap_from}): the period ends on {due}.",
                        "自您最早发现问题之日（{start}）起计算一年，且最长不超过自合同订立之日（{cap_from}）起五年，"
                        "至{due}届满。"),
            "capped": ("One year from the day you first knew something was wrong ({start}), but the five-year outer "
                       "limit from the contract ({cap_from}) comes first: the period ends on {due}.",
                       "自您最早发现问题之日（{start}）起本应计算一年，但自合同订立之日（{cap_from}）起五年的最长期限"
                       "先到，至{due}届满。"),
            "uncapped": ("One year from the day you first knew something was wrong ({start}): the period ends on "
                         "{due}.",
                         "自您最早发现问题之日（{start}）起计算一年，至{due}届满。"),
        },
        source=("民法典 (Civil Code) art. 152", "《民法典》第一百五十二条"),
        mark="P",
        passed=("By the app's count the year to ask a court or an arbitration body to rescind the contract has "
                "ended. Other claims, such as a refund or compensation, have their own time limits; a court decides.",
                "按本应用的计算，请求法院或仲裁机构撤销合同的一年期限已经届满。退款、赔偿等其他请求有各自的期限，"
                "最终由法院认定。"),
        cautions=("court-only", "fraud-knowledge"),
        moves=True,
    ),
    Rule(
        id="settlement-rescission",
        title=("Rescinding a signed settlement", "撤销已签署的和解或调解协议"),
        basis={"default": ("One year from signing “{event}” ({start}): the period ends on {due}.",
                           "自签署“{event}”之日（{start}）起计算一年，至{due}届满。")},
        source=("民法典 (Civil Code) arts. 148–152", "《民法典》第一百四十八条至第一百五十二条"),
        mark="P",
        passed=("By the app's count the year to ask a court to rescind this settlement has ended, unless you "
                "learned of the fraud, or the coercion ended, after the signing; a court decides. As signed, the "
                "settlement binds both sides.",
                "按本应用的计算，请求法院撤销该协议的一年期限已经届满；如果您是在签署之后才得知受到欺诈，"
                "或者胁迫在签署之后才结束，情况可能不同，最终由法院认定。协议按签署的内容对双方具有约束力。"),
        cautions=("counted-from-signing", "court-only"),
        moves=True,
    ),
    Rule(
        id="mediation-confirmation",
        title=("Court confirmation of a people's mediation agreement", "人民调解协议的司法确认"),
        basis={"default": ("Thirty days from the mediation agreement “{event}” ({start}): you and the clinic may "
                           "apply together to a court to confirm it until {due}.",
                           "自调解协议“{event}”（{start}）起三十日内（截至{due}），您和对方可以共同向人民法院申请"
                           "司法确认。")},
        source=("人民调解法 (People's Mediation Law) art. 33", "《人民调解法》第三十三条"),
        mark="P",
        passed=("The 30 days to apply together for court confirmation have passed. The agreement still binds both "
                "sides; if it is not kept, you may take it to court.",
                "共同申请司法确认的三十日已过。调解协议对双方仍有约束力；对方不履行的，您可以向人民法院起诉。"),
        cautions=("effective-day",),
    ),
    Rule(
        id="prepaid-refund",
        title=("Refund of a prepayment within 7 days", "预付款七日内退还本金"),
        basis={"default": ("Seven days from the payment “{event}” ({start}): you may ask for the principal back "
                           "until {due}.",
                           "自付款“{event}”（{start}）起七日内（截至{due}），您可以要求退还本金。")},
        source=("法释〔2025〕4号 (SPC interpretation on prepaid consumption) art. 14",
                "《最高人民法院关于审理预付式消费民事纠纷案件适用法律若干问题的解释》（法释〔2025〕4号）第十四条"),
        mark="P",
        passed=("The 7 days after this payment have passed. You may still ask for the unused balance back on "
                "other grounds, such as those in art. 13 of the same interpretation; a court decides.",
                "这笔付款后的七日已过。您仍可以依据其他理由（例如同一司法解释第十三条规定的情形）要求退还"
                "未消费的余额，最终由法院认定。"),
        cautions=("same-service-not-received", "prepaid-scope"),
        moves=True,
    ),
    Rule(
        id="complaint-cutoff-12315",
        title=("Last day for a 12315 complaint", "向市场监管部门（12315）投诉的期限"),
        basis={"default": ("Three years from the day you first knew something was wrong ({start}): after {due} "
                           "market regulation may refuse a complaint.",
                           "自您最早发现问题之日（{start}）起满三年，{due}之后市场监管部门可以不予受理投诉。")},
        source=("市场监督管理投诉举报处理办法 (SAMR Order No. 121) art. 16",
                "《市场监督管理投诉举报处理办法》（国家市场监督管理总局令第121号）第十六条"),
        mark="S",
        passed=("More than three years have passed since you knew: market regulation may refuse a complaint. "
                "Other routes, such as mediation or a court, have their own time limits.",
                "自您知道之日起已超过三年，市场监管部门可以不予受理投诉。调解、诉讼等其他途径有各自的期限。"),
        cautions=("no-restart",),
    ),
    Rule(
        id="authority-handling",
        title=("The authority's handling of your complaint", "行政部门处理投诉的期限"),
        basis={"default": ("Seven working days counted from the day after your complaint “{event}” ({start}): "
                           "the authority should handle it and tell you by {due} (" + _UNKNOWN_RECEIPT[0] + ").",
                           "自投诉“{event}”（{start}）次日起计算七个工作日，行政部门应最迟于{due}处理并告知您（"
                           + _UNKNOWN_RECEIPT[1] + "）。")},
        source=("消费者权益保护法 (Consumer Protection Law) art. 46", "《消费者权益保护法》第四十六条"),
        mark="P",
        passed=("The 7 working days have passed. If you have heard nothing, you may ask the authority where your "
                "complaint stands.",
                "七个工作日已过。如果还没有收到答复，您可以向该部门询问投诉的处理情况。"),
    ),
    Rule(
        id="people-mediation",
        title=("People's mediation of the medical dispute", "医疗纠纷人民调解的期限"),
        basis={"default": ("Thirty working days counted from the day after your request “{event}” ({start}): "
                           "the committee should finish mediating by {due} (" + _UNKNOWN_RECEIPT[0] + ").",
                           "自调解申请“{event}”（{start}）次日起计算三十个工作日，调解委员会应最迟于{due}完成调解（"
                           + _UNKNOWN_RECEIPT[1] + "）。")},
        source=("医疗纠纷预防和处理条例 (Regulation on medical disputes) art. 38", "《医疗纠纷预防和处理条例》第三十八条"),
        mark="P",
        passed=("The 30 working days have passed. If no agreement was reached and the time was not extended, you "
                "may ask the committee where things stand or take another route, such as a lawsuit."
                + _AFTER_MEDIATION[0],
                "三十个工作日已过。如果未达成协议、也没有约定延长，您可以向调解委员会了解进展，或者选择诉讼等其他途径。"
                + _AFTER_MEDIATION[1]),
        cautions=("extension-expert",),
    ),
    Rule(
        id="health-mediation-accept",
        title=("Health department's decision to accept mediation", "卫生主管部门决定是否受理调解"),
        basis={"default": ("Five working days counted from the day after your request “{event}” ({start}): the "
                           "health department should decide by {due} whether to accept it (" + _UNKNOWN_RECEIPT[0]
                           + ").",
                           "自调解申请“{event}”（{start}）次日起计算五个工作日，卫生主管部门应最迟于{due}决定是否受理（"
                           + _UNKNOWN_RECEIPT[1] + "）。")},
        source=("医疗纠纷预防和处理条例 (Regulation on medical disputes) art. 40", "《医疗纠纷预防和处理条例》第四十条"),
        mark="P",
        passed=("The 5 working days have passed. If you have heard nothing, you may ask the health department "
                "whether it accepted your request.",
                "五个工作日已过。如果还没有收到通知，您可以向卫生主管部门询问是否已经受理。"),
        cautions=("clinic-consent",),
    ),
    Rule(
        id="health-mediation",
        title=("Health department's mediation", "卫生主管部门调解的期限"),
        basis={"default": ("Thirty-five working days counted from the day after your request “{event}” ({start}), "
                           "five to accept it and thirty to mediate: the mediation should be finished by {due} ("
                           + _UNKNOWN_RECEIPT[0] + ").",
                           "自调解申请“{event}”（{start}）次日起计算三十五个工作日（受理五个工作日、调解三十个工作日），"
                           "调解应最迟于{due}完成（" + _UNKNOWN_RECEIPT[1] + "）。")},
        source=("医疗纠纷预防和处理条例 (Regulation on medical disputes) art. 40", "《医疗纠纷预防和处理条例》第四十条"),
        mark="P",
        passed=("The time for the health department's mediation has passed. If there is no agreement, you may take "
                "another route, such as a lawsuit." + _AFTER_MEDIATION[0],
                "卫生主管部门调解的期限已过。如果未达成协议，您可以选择诉讼等其他途径。" + _AFTER_MEDIATION[1]),
        cautions=("clinic-consent", "expert-not-counted"),
    ),
    Rule(
        id="market-mediation",
        title=("Market-regulation mediation", "市场监管部门调解的期限"),
        basis={"default": ("Sixty days from your request “{event}” ({start}): without an agreement the mediation "
                           "ends on {due} (" + _UNKNOWN_RECEIPT[0] + ").",
                           "自调解申请“{event}”（{start}）起六十日，未达成协议的，调解于{due}终止（"
                           + _UNKNOWN_RECEIPT[1] + "）。")},
        source=("市场监督管理投诉举报处理办法 (SAMR Order No. 121) art. 23",
                "《市场监督管理投诉举报处理办法》（国家市场监督管理总局令第121号）第二十三条"),
        mark="S",
        passed=("The 60 days have passed. If there is no agreement, you may take another route, such as a lawsuit."
                + _AFTER_MEDIATION[0],
                "六十日已过。如果未达成协议，您可以选择诉讼等其他途径。" + _AFTER_MEDIATION[1]),
        cautions=("testing-not-counted",),
    ),
    Rule(
        id="demand-reply",
        title=("Reply to your written demand", "对方答复书面要求的期限"),
        basis={"default": ("The reply date you set in your written demand “{event}”: {due}.",
                           "您在书面要求“{event}”中要求对方最迟于{due}答复。")},
        source=("Your own demand letter", "您自己的书面要求函"),
        mark="P",
        passed=("The reply date you set has passed. If no reply came, you may take the next step, such as a "
                "complaint or a mediation request.",
                "您设定的答复日期已过。如果对方没有答复，您可以进行下一步，例如投诉或申请调解。"),
    ),
)}

# Where the limitation period runs from: the day of first knowledge, or the event that restarted it.
ORIGINS: dict[str, tuple[str, str]] = {
    "first_aware": ("the day you knew, or should have known, of the harm and who was liable ({start})",
                    "您知道或者应当知道权利受到损害以及义务人之日（{start}）"),
    "demand": ("the day your written demand “{event}” reached the clinic ({start}), which started the period again",
               "您的书面要求“{event}”送达对方之日（{start}，时效由此重新计算）"),
    "demand-sent": ("the day your written demand “{event}” was sent ({start}), which started the period again",
                    "您的书面要求“{event}”发出之日（{start}，时效由此重新计算）"),
    "promise": ("the day the clinic agreed to pay or perform (“{event}”, {start}), which started the period again",
                "对方同意履行之日（“{event}”，{start}，时效由此重新计算）"),
    "complaint": ("the day of your complaint “{event}” ({start}), which started the period again",
                  "您提出投诉“{event}”之日（{start}，时效由此重新计算）"),
    "mediation-request": ("the day you asked for mediation (“{event}”, {start}), which started the period again",
                          "您申请调解之日（“{event}”，{start}，时效由此重新计算）"),
    "payment-order": ("the day you applied for a payment order (“{event}”, {start}), which started the period "
                      "again",
                      "您申请支付令之日（“{event}”，{start}，时效由此重新计算）"),
    "police-report": ("the day you reported to the police (“{event}”, {start}), which started the period again",
                      "您向公安机关报案之日（“{event}”，{start}，时效由此重新计算）"),
    "ended": ("the day the mediation or lawsuit ended (“{event}”, {start}), which started the period again",
              "调解或诉讼结束之日（“{event}”，{start}，时效由此重新计算）"),
}

CAUTIONS: dict[str, tuple[str, str]] = {
    "moved": ("The last day, {counted}, is a rest day, so the period ends on the next working day, {due} "
              "(民法典 art. 203). Counting weekends as rest days is the usual reading, from a secondary source (S): "
              "to be safe, act by {counted}.",
              "最后一日{counted}是休息日，期间顺延至下一个工作日{due}（《民法典》第二百零三条）。把周末算作休息日是"
              "通常的理解，出自二手资料：稳妥起见，请不晚于{counted}办理。"),
    "no-holiday-data": ("The holiday calendar does not cover {years} yet: only weekends were treated as rest days, "
                        "so public holidays and working weekends could not be taken into account. Check the "
                        "official holiday notice for that year.",
                        "节假日数据尚未涵盖{years}年：只把周末当作休息日，未能考虑法定节假日和调休。请查阅当年的"
                        "官方放假通知。"),
    "demand-arrival-unknown": ("The day the demand “{event}” arrived is not recorded, so the period is counted from "
                               "the day it was sent; add the arrival date (for example from the delivery tracking) "
                               "to the event.",
                               "没有记录书面要求“{event}”的送达日期，因此从发出之日起算；请在该事件中补充送达日期"
                               "（例如查看快递签收记录）。"),
    "lawsuit-pending": ("The lawsuit “{lawsuit}” has no end recorded: while it runs the period is interrupted, and "
                        "it starts again from the day the lawsuit ends. Add that day to the timeline when it comes.",
                        "诉讼“{lawsuit}”尚未记录结束：诉讼期间时效中断，自诉讼结束之日起重新计算。诉讼结束后，"
                        "请在时间线上记录。"),
    "no-harm-date": ("No treatment date could be read, so the twenty-year outer limit from the harm was not "
                     "checked.",
                     "未能读取治疗日期，因此没有核对自损害发生之日起二十年的最长期限。"),
    "no-contract-date": ("No contract date or payment is recorded, so the five-year outer limit from the contract "
                         "was not checked.",
                         "没有记录合同日期或付款，因此没有核对自合同订立之日起五年的最长期限。"),
    "imprecise-date": ("“{event}” is dated only to the month or approximately, so the date shown may be off; a "
                       "month is counted from its first day.",
                       "“{event}”的日期只精确到月份或是大约日期，所示日期可能有出入；只有月份的，从该月第一日起算。"),
    "imprecise-cap-date": ("The outer limit counts from “{cap_event}”, which is dated only to the month or "
                           "approximately, so the date shown may be off.",
                           "最长期限从“{cap_event}”起算，而该事件的日期只精确到月份或是大约日期，所示日期可能有出入。"),
    "court-only": ("Rescission is only through a court or an arbitration body; a demand, a complaint or a mediation "
                   "does not extend this year.",
                   "撤销只能通过法院或仲裁机构请求；书面要求、投诉或调解都不会延长这一年。"),
    "fraud-knowledge": ("The year runs from when you knew, or should have known, of the fraud (or when the coercion "
                        "ended); the app counts from the day you first knew something was wrong, which may be "
                        "earlier.",
                        "这一年自您知道或者应当知道受到欺诈（或胁迫行为终止）之日起算；本应用从您最早发现问题之日起算，"
                        "这一日期可能更早。"),
    "counted-from-signing": ("The year runs from when you learned of the fraud or when the coercion ended (for gross "
                             "unfairness, from when you knew of it), and never past five years from signing; the app "
                             "cannot know those days, so it counts from the signing, the earliest they can be.",
                             "这一年自您知道受到欺诈或者胁迫行为终止之日起算（显失公平的，自知道之日起算），且最长"
                             "不超过签署后五年；本应用无法得知这些日期，因此从签署之日（可能的最早日期）起算。"),
    "effective-day": ("The 30 days run from the day the agreement takes effect; the app counts from the day it was "
                      "signed. Both sides apply together.",
                      "三十日自调解协议生效之日起算，本应用从签署之日起算；须由双方共同申请。"),
    "same-service-not-received": ("This applies only if you have not yet received the same service.",
                                  "仅在您尚未接受同一服务时适用。"),
    "prepaid-scope": ("Whether a medical-aesthetic course counts as prepaid consumption under this interpretation "
                      "(art. 1) is for the court to decide.",
                      "医疗美容疗程是否属于该司法解释（第一条）所说的预付式消费，由法院认定。"),
    "no-restart": ("Nothing starts this period again: a demand, a promise or another complaint does not extend it.",
                   "这一期限不会重新计算：书面要求、对方承诺或再次投诉都不会延长它。"),
    "extension-expert": ("The period can be extended by agreement, and time for an expert assessment is not "
                         "counted.",
                         "经双方约定可以延长，鉴定时间不计入期限。"),
    "clinic-consent": ("The health department mediates only if the clinic agrees to it.",
                       "卫生主管部门调解须经医疗机构同意。"),
    "expert-not-counted": ("Time for an expert assessment is not counted.", "鉴定时间不计入期限。"),
    "testing-not-counted": ("Time for testing or assessment is not counted.", "检测、鉴定时间不计入期限。"),
}

# What a case still lacks for the main deadlines (DeadlineReport.missing).
MISSING: dict[str, tuple[str, str]] = {
    "first_aware_date": ("The date you first knew something was wrong: the limitation period, the year to rescind "
                         "the contract and the 12315 cut-off count from it.",
                         "最早发现问题的日期：诉讼时效、撤销合同的一年期限和 12315 投诉期限都从这一天起算。"),
    "treatment_date": ("A treatment date (in the case details, or a treatment on the timeline): without it the "
                       "twenty-year outer limit cannot be checked.",
                       "治疗日期（填写在案件信息中，或在时间线上记录治疗）：缺少它，无法核对二十年的最长期限。"),
    "contract_date": ("The contract date, or a payment on the timeline: without it the five-year outer limit for "
                      "rescinding the contract cannot be checked.",
                      "合同日期，或时间线上的付款记录：缺少它，无法核对撤销合同的五年最长期限。"),
}


def rule(rule_id: str) -> Rule:
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"unknown deadline rule {rule_id!r}") from None


def mark_text(rule_id: str, lang: str) -> str:
    """The rule's mark in plain words; for a demand's reply date, the date the user set."""
    if rule_id == "demand-reply":
        return pick(OWN_DATE_MARK, lang)
    return pick(MARKS[rule(rule_id).mark], lang)


def fill(template: str, values: dict[str, object], lang: str) -> str:
    """A template with its fields filled in; dates written for the language, a missing field left as it is."""
    written = {key: format_date(value, lang) if isinstance(value, date) else value for key, value in values.items()}
    return template.format_map(_Keep(written))


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
