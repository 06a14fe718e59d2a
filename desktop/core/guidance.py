"""Which steps apply to this case and which comes next: what a careful friend would point out.

A playbook step may apply only in some situations (`applies_when`: a recent payment, a card or app
payment, a loan, a platform, a closed clinic). From the case's details and timeline each situation is
known to hold (True), known not to (False) or not known yet (None); a step is left out of "next"
only when its situation is known not to hold. A licence problem found by the licence check makes the
health-commission complaint the recommended first complaint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.case import Case
from desktop.core.dates import event_day
from desktop.core.deadlines import PREPAID_REFUND_DAYS
from desktop.core.playbook import Playbook, Step, load_playbook

OPEN = ("todo", "in_progress")
# A recommendation, not a condition: the step applies in any case.
RECOMMEND_FIRST = "licence-problem"

# For each situation: when it is still unknown ("only if …"), and when the case says it does not hold.
SITUATION_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "recent-payment": {
        "if": ("Only while your payment is less than 7 days old.", "仅在付款后 7 日内适用。"),
        "no": ("Your payment is more than 7 days old: this step no longer applies.",
               "付款已超过 7 日：此步骤已不适用。"),
        "yes": ("You paid less than 7 days ago: you may still ask for the money back this way.",
                "您付款还不到 7 日：仍可以按这一步要求退还。"),
    },
    "paid-by-card-or-app": {
        "if": ("Only if you paid by bank card, Alipay or WeChat Pay.", "仅在您用银行卡、支付宝或微信支付付款时适用。"),
        "no": ("You said you did not pay by card or app: this step may not apply.",
               "您填写的付款方式不是银行卡或支付软件：此步骤可能不适用。"),
        "yes": ("You paid by card or through a payment app: this step applies to you.",
                "您是用银行卡或支付软件付款的：这一步适用于您。"),
    },
    "treatment-loan": {
        "if": ("Only if a loan (医美贷) paid for the treatment.", "仅在治疗费用由贷款（医美贷）支付时适用。"),
        "no": ("You said no loan paid for the treatment: this step may not apply.",
               "您填写了没有医美贷：此步骤可能不适用。"),
        "yes": ("A loan paid for the treatment: this step applies to you.", "治疗费用由贷款支付：这一步适用于您。"),
    },
    "platform-or-advert": {
        "if": ("Only if you bought through a platform or after an advertisement or endorsement.",
               "仅在您通过平台购买，或因广告、代言购买时适用。"),
        "no": ("You said no platform or advertisement was involved: this step may not apply.",
               "您填写了不涉及平台或广告：此步骤可能不适用。"),
        "yes": ("A platform or an advertisement was involved: this step applies to you.",
                "涉及平台或广告：这一步适用于您。"),
    },
    "clinic-closed": {
        "if": ("Only if the clinic has closed, moved away or cannot be reached.", "仅在机构关闭、搬走或联系不上时适用。"),
        "no": ("You said the clinic is still open: this step may not apply.", "您填写了机构仍在营业：此步骤可能不适用。"),
        "yes": ("You said the clinic has closed or cannot be reached: this step applies to you.",
                "您填写了机构已关闭或联系不上：这一步适用于您。"),
    },
    "licence-problem": {
        "if": ("Recommended first when the licence check finds a problem.", "资质核查发现问题时，建议先走这一步。"),
        "yes": ("Recommended first: your licence check found a problem.", "建议先走这一步：您的资质核查发现了问题。"),
    },
}


def situation_text(situation: str, which: str, lang: str) -> str:
    en, zh = SITUATION_TEXTS[situation][which]
    return zh if lang.startswith("zh") else en


def situations(details: dict, events: list[dict], today: date) -> dict[str, bool | None]:
    """Each situation a step can depend on: True, False, or None when the case does not say yet."""
    payments = [day for day in (event_day(e["occurred_at"]) for e in events if e["kind"] == "payment")
                if day is not None and day <= today]
    recent = None if not payments else any(today - day <= timedelta(days=PREPAID_REFUND_DAYS) for day in payments)
    channel = details.get("payment_channel") or ""
    licence = [details.get(f) or "" for f in ("licence_scope", "practitioner_qualified", "product_approved")]
    if "no" in licence:
        licence_problem: bool | None = True
    elif licence[0] == "yes" and licence[1] == "yes" and licence[2] in ("yes", "not_applicable"):
        licence_problem = False
    else:
        licence_problem = None
    return {
        "recent-payment": recent,
        "paid-by-card-or-app": None if not channel else channel in ("card", "alipay", "wechat"),
        "treatment-loan": True if details.get("loan") == "yes" or channel == "loan" else
        (False if details.get("loan") == "no" else None),
        "platform-or-advert": {"yes": True, "no": False}.get(details.get("platform") or ""),
        "clinic-closed": {"closed": True, "open": False}.get(details.get("clinic_status") or ""),
        "licence-problem": licence_problem,
    }


def advice_text(advice: "StepAdvice", lang: str) -> str:
    """What the checklist says about a step's situation: that it applies, may not, or applies only if…"""
    if not advice.situation:
        return ""
    if advice.situation == RECOMMEND_FIRST:
        which = "yes" if advice.recommended else "if"
    else:
        which = {True: "yes", False: "no", None: "if"}[advice.applies]
    return situation_text(advice.situation, which, lang)


@dataclass(frozen=True)
class StepAdvice:
    applies: bool | None      # False: the case says its situation does not hold
    recommended: bool         # to take first among its stage (a licence problem)
    situation: str | None     # the step's applies_when


def advise(step: Step | None, known: dict[str, bool | None]) -> StepAdvice:
    situation = step.applies_when if step else None
    if not situation:
        return StepAdvice(True, False, None)
    if situation == RECOMMEND_FIRST:
        return StepAdvice(True, bool(known.get(situation)), situation)
    return StepAdvice(known.get(situation), False, situation)


def recommended_order(steps: list[dict], playbook: Playbook, known: dict[str, bool | None]) -> list[dict]:
    """The case's current steps in the order to take them: the playbook's, except that a step
    recommended first moves to the front of its stage."""
    current = [s for s in steps if s["in_playbook"]]
    stage_of = {s.id: s.stage for s in playbook.steps}
    first_of_stage: dict[str, int] = {}
    for index, step in enumerate(current):
        first_of_stage.setdefault(stage_of.get(step["step_key"], ""), index)
    ordered = list(current)
    for step in current:
        if advise(playbook.step(step["step_key"]), known).recommended:
            ordered.remove(step)
            ordered.insert(first_of_stage[stage_of[step["step_key"]]], step)
    return ordered


def _situations_of(case: Case, today: date | None) -> dict[str, bool | None]:
    """The case's situations (only its payments are read from the timeline)."""
    return situations(case.details.get(), case.timeline.list(kinds=("payment",)), today or date.today())


def open_steps(case: Case, today: date | None = None) -> list[dict]:
    """The open steps that apply, in the recommended order."""
    playbook = load_playbook(case.playbook_id)
    known = _situations_of(case, today)
    return [step for step in recommended_order(case.checklist.list(), playbook, known)
            if step["status"] in OPEN and advise(playbook.step(step["step_key"]), known).applies is not False]


def next_step(case: Case, today: date | None = None) -> dict | None:
    """The first open step that applies, in the recommended order."""
    steps = open_steps(case, today)
    return steps[0] if steps else None


def advice_for_case(case: Case, today: date | None = None) -> dict[str, StepAdvice]:
    """Every current step's advice, by step id (the checklist shows it)."""
    playbook = load_playbook(case.playbook_id)
    known = _situations_of(case, today)
    return {step.id: advise(step, known) for step in playbook.steps}
