"""Drafting a letter from the case: its details, timeline, evidence (by E-number), steps and deadlines,
written through the letter's templates (resources/letters/, Jinja). A fact the case does not hold yet
is written as a visible placeholder (【请填写：诊所地址】 / [fill in: clinic address]) for the user to
fill in; the app asks before a letter with one left is copied or exported."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from jinja2 import Environment, StrictUndefined

from desktop.core import deadlines, guidance, vocab
from desktop.core.case import Case
from desktop.core.dates import event_day, first_date, format_date
from desktop.core.details import CHOICES, DATE_FIELDS, DETAIL_FIELDS
from desktop.core.letter_kinds import KIND_ORDER, LetterKind, fact_labels, letter_kind
from desktop.core.playbook import Playbook, load_playbook
from desktop.core.workdays import WorkCalendar

PLACEHOLDER = {"en": "[fill in: {label}]", "zh": "【请填写：{label}】"}
PLACEHOLDER_PATTERN = re.compile(r"\[fill in: [^\]\n]*\]|【请填写：[^】\n]*】")
REPLY_DAYS = 15  # a demand's default reply date: enough time to answer, not so much it stalls
MONEY_FACTS = ("amount_paid", "demand_amount")
_NUMBER = re.compile(r"^\s*(?:¥|￥|RMB|CNY)?\s*([0-9][0-9,]*(?:\.[0-9]{1,2})?)\s*(?:元|yuan|RMB)?\s*$", re.I)


def placeholder(fact: str, lang: str) -> str:
    labels = fact_labels().get(fact, {"en": fact.replace("_", " "), "zh": fact})
    return PLACEHOLDER["zh" if lang.startswith("zh") else "en"].format(label=labels["zh" if lang == "zh" else "en"])


def placeholders(text: str) -> list[str]:
    """The placeholders still in a text, in order."""
    return PLACEHOLDER_PATTERN.findall(text)


def money(text: str, lang: str) -> str:
    """19800 → 19,800 元 / RMB 19,800; anything else as written."""
    match = _NUMBER.match(text or "")
    if not match:
        return text
    amount = match.group(1).replace(",", "")
    whole, _, cents = amount.partition(".")
    written = f"{int(whole):,}" + (f".{cents}" if cents and cents.strip("0") else "")
    return f"{written} 元" if lang == "zh" else f"RMB {written}"


class Facts:
    """What a template can say about the case: `f.clinic_address` is the fact, or its placeholder."""

    def __init__(self, values: dict[str, str], lang: str):
        self._values, self._lang = values, lang

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        value = self._values.get(name)
        return str(value) if value is not None and str(value).strip() else placeholder(name, self._lang)

    def has(self, name: str) -> bool:
        value = self._values.get(name)
        return value is not None and bool(str(value).strip())

    def raw(self, name: str) -> str:
        """The fact as the case holds it, '' when missing (for tests in a template)."""
        return str(self._values.get(name) or "")


@dataclass(frozen=True)
class DraftField:
    key: str
    label: str
    text: str
    limit: int = 0


@dataclass(frozen=True)
class Draft:
    kind: LetterKind
    lang: str
    title: str
    fields: tuple[DraftField, ...]

    @property
    def placeholders(self) -> list[str]:
        return [p for field in self.fields for p in placeholders(field.text)]

    def as_dict(self) -> dict[str, str]:
        return {field.key: field.text for field in self.fields}

    def stored_fields(self) -> list[dict]:
        """The fields as a letter keeps them (case.letters)."""
        return [{"key": f.key, "label": f.label, "text": f.text, "limit": f.limit} for f in self.fields]


def _environment() -> Environment:
    env = Environment(undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=False)
    return env


ENVIRONMENT = _environment()


def facts_of(details: dict, events: list[dict], playbook: Playbook, lang: str, today: date,
             reply_by: date) -> dict[str, str]:
    """Every fact as a letter writes it: choices by their label, dates and amounts for the language."""
    values: dict[str, str] = {}
    for field in DETAIL_FIELDS:
        value = str(details.get(field) or "")
        if field in CHOICES and value:
            value = vocab.label(CHOICES[field], value, lang)
        elif field in DATE_FIELDS and (day := first_date(value)):
            value = format_date(day, lang)
        elif field in MONEY_FACTS:
            value = money(value, lang)
        values[field] = value
    payments = sorted(d for e in events if e["kind"] == "payment" and (d := event_day(e["occurred_at"])))
    treatments = sorted(d for e in events if e["kind"] == "treatment" and (d := event_day(e["occurred_at"])))
    contract = first_date(details.get("contract_date"))
    values["payment_date"] = format_date(payments[0], lang) if payments else \
        (format_date(contract, lang) if contract else "")
    written = first_date(details.get("treatment_dates"))
    values["treatment_date"] = format_date(treatments[0], lang) if treatments else \
        (format_date(written, lang) if written else details.get("treatment_dates") or "")
    values["today"] = format_date(today, lang)
    values["reply_by"] = format_date(reply_by, lang)
    values["playbook"] = playbook.text("title", lang)
    return values


def context_of(case: Case, lang: str, today: date, reply_by: date) -> dict:
    """What the templates see: `f` (the facts), the timeline, the evidence, the steps and the deadlines."""
    details, timeline = case.details.get(), case.timeline.list()
    playbook = load_playbook(case.playbook_id)
    public = case.evidence.list(include_private=False)
    # The events cite the same numbers the evidence list gives (the public items, E1, E2… as the dossier
    # numbers them); a private item is neither listed nor cited.
    numbers = {item["id"]: item["exhibit"] for item in public}
    evidence = [{"exhibit": item["exhibit"], "title": item["title"] or item["file_name"],
                 "category": vocab.label(vocab.CATEGORIES, item["category"], lang), "proves": item["proves"],
                 "date": _day_text(item["evidence_date"], lang), "file_name": item["file_name"]}
                for item in public]
    events = [{"date": _day_text(e["occurred_at"], lang), "kind": e["kind"],
               "kind_label": vocab.label(vocab.EVENT_KINDS, e["kind"], lang), "title": e["title"],
               "description": e["description"], "body": vocab.label(vocab.BODIES, e["body"], lang) if e["body"] else "",
               "exhibits": ", ".join(numbers[i] for i in e["evidence_ids"] if i in numbers)}
              for e in timeline]
    steps = [{"title": d.text("title", lang) if (d := playbook.step(s["step_key"])) else s["step_key"],
              "status": vocab.label(vocab.STEP_STATUSES, s["status"], lang), "done_on": _day_text(s["done_on"], lang),
              "outcome": s["outcome"]}
             for s in case.checklist.list() if s["status"] in ("done", "in_progress") and s["in_playbook"]]
    report = deadlines.compute(details, timeline, today, WorkCalendar.default())  # as deadlines.for_case
    upcoming = [{"title": d.title(lang), "due": format_date(d.due, lang), "basis": d.basis(lang)}
                for d in report.deadlines if not d.passed]
    limitation = report.limitation
    return {
        "f": Facts(facts_of(details, timeline, playbook, lang, today, reply_by), lang),
        "lang": lang,
        "events": events,
        "complaints": [e for e in events if e["kind"] in ("complaint", "mediation-request")],
        "evidence": evidence,
        "exhibits": ("、" if lang == "zh" else ", ").join(f"{e['exhibit']} {e['title']}" for e in evidence),
        "steps": steps,
        "deadlines": upcoming,
        "limitation_due": format_date(limitation.due, lang) if limitation and not limitation.passed else "",
        "placeholder": lambda fact: placeholder(fact, lang),
    }


def _day_text(value: str | None, lang: str) -> str:
    day = event_day(value)
    return format_date(day, lang) if day else ""


def draft(case: Case, kind_id: str, lang: str = "zh", *, today: date | None = None,
          reply_by: date | None = None) -> Draft:
    """A fresh draft of a letter from the case as it is now (nothing is stored)."""
    today = today or date.today()
    kind = letter_kind(kind_id)
    context = context_of(case, lang, today, reply_by or today + timedelta(days=REPLY_DAYS))
    fields = tuple(DraftField(field.key, field.text("label", lang),
                              _tidy(ENVIRONMENT.from_string(field.text("template", lang)).render(context)),
                              field.limit)
                   for field in kind.fields)
    return Draft(kind, lang, kind.text("title", lang), fields)


def _tidy(text: str) -> str:
    """At most one blank line between paragraphs, none at the ends."""
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def suggestion(case: Case, today: date | None = None) -> tuple[str, dict] | None:
    """The letter for the first open step that has one, with that step: what to write next. A step
    the case shows applies comes before one that depends on what is not known yet (a licence problem
    still unsure); a kind already sent is passed over (a second demand is the user's choice)."""
    sent = {letter["kind"] for letter in case.letters.list() if letter["status"] == "sent"}
    kinds = [letter_kind(kind_id) for kind_id in KIND_ORDER if kind_id not in sent]
    advice = guidance.advice_for_case(case, today)
    steps = guidance.open_steps(case, today)
    for certain in (True, False):
        for step in steps:
            applies = advice.get(step["step_key"])
            if certain and applies is not None and applies.applies is not True:
                continue
            for kind in kinds:
                if step["step_key"] in kind.steps:
                    return kind.id, step
    return None
