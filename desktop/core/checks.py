"""The questions a careful friend asks before a settlement is signed ("don't sign what isn't clear"),
from the domain brief: 民法典 arts. 148–152 [P] (a signed settlement binds; it can be rescinded within a
year only for fraud, coercion or gross unfairness, through a court) and Order 121 art. 16 [S] (a
complaint another body already handled is refused). The answers are kept with the offer's event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

ANSWERS = {
    "yes_no": {"": ("Not answered", "未回答"), "yes": ("Yes", "是"), "no": ("No", "否"),
               "unsure": ("Not sure", "不确定")},
}


@dataclass(frozen=True)
class Question:
    key: str
    kind: str                           # "text", "date" or "yes_no"
    question: tuple[str, str]           # en, zh
    worry: tuple[str, str]              # why an answer is worrying, en, zh
    worrying: Callable[[str, dict], bool]

    def text(self, lang: str) -> str:
        return self.question[1] if lang.startswith("zh") else self.question[0]

    def worry_text(self, lang: str) -> str:
        return self.worry[1] if lang.startswith("zh") else self.worry[0]


SETTLEMENT_QUESTIONS: tuple[Question, ...] = (
    Question("amount", "text", ("How much will the clinic pay?", "机构同意支付多少钱？"),
             ("The amount is not written down.", "协议没有写明金额。"), lambda v, d: not v.strip()),
    Question("paid_by", "date", ("By when will it be paid?", "什么时候之前付款？"),
             ("There is no date for the payment.", "协议没有写明付款日期。"), lambda v, d: not v.strip()),
    Question("waiver", "yes_no", ("Does it say you give up any further claim (“no further claims”)?",
                                  "协议是否写明您放弃其他一切权利（“不再追究”）？"),
             ("You would give up claims you may still have, for example for harm that shows later.",
              "签字后将放弃您可能还有的权利，例如以后才出现的损害。"), lambda v, d: v in ("yes", "unsure")),
    Question("confidentiality", "yes_no", ("Does it ask you to keep it secret or to delete posts and reviews?",
                                           "协议是否要求保密，或要求删除帖子、评价？"),
             ("A confidentiality or take-down clause limits what you may say afterwards.",
              "保密或删帖条款会限制您以后能说什么。"), lambda v, d: v in ("yes", "unsure")),
    Question("seal", "yes_no", ("Is it signed for the clinic and stamped with its company seal (公章)?",
                                "机构一方是否签字并加盖公章？"),
             ("Without the clinic's company seal it may be hard to show the clinic agreed.",
              "没有机构公章，以后可能难以证明是机构同意的。"), lambda v, d: v in ("no", "unsure", "")),
    Question("signer", "text", ("Who signs for the clinic?", "机构由谁签字？"),
             ("It does not say who signs for the clinic.", "没有写明由谁代表机构签字。"), lambda v, d: not v.strip()),
    Question("complaints", "text", ("What does it say about complaints you already filed?",
                                    "协议对您已经提交的投诉怎么说？"),
             ("Complaints already filed are not mentioned; a body that sees the dispute settled may close them.",
              "协议没有提到已经提交的投诉；处理机关看到已和解，可能会结案。"), lambda v, d: not v.strip()),
    Question("loan", "text", ("What happens to the treatment loan?", "医美贷怎么处理？"),
             ("You have a treatment loan and the offer does not say what happens to it: a refund from the clinic "
              "does not cancel the loan by itself.",
              "您有医美贷，而和解方案没有说明贷款怎么处理：机构退款并不会自动取消贷款。"),
             lambda v, d: not v.strip() and (d.get("loan") == "yes" or d.get("payment_channel") == "loan")),
)


def answer_label(value: str, lang: str) -> str:
    pair = ANSWERS["yes_no"].get(value)
    return (pair[1] if lang.startswith("zh") else pair[0]) if pair else value


def concerns(answers: dict, details: dict) -> list[Question]:
    """The questions whose answer is missing or worrying, in the order asked."""
    return [q for q in SETTLEMENT_QUESTIONS if q.worrying(str(answers.get(q.key) or ""), details)]
