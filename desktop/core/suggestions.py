"""Dates and amounts found in an item's recognised text (corrections applied), offered to the user as
the item's evidence date, the case's amount paid or timeline events: suggestions, never silent changes.

Each kind is accepted by a call the stores already have, which returns the Changes an undo needs
(`Suggestion.fields(lang)` is what the call takes; `accept` makes it):
- 'evidence_date': `case.evidence.update(evidence_id, {"evidence_date": value})`; `previous` is
  {evidence_id: {"evidence_date": before}}, put back by `case.evidence.set_values(previous)`.
- 'amount_paid': `case.details.update({"amount_paid": value})`; `previous` is {"amount_paid": before},
  put back by `case.details.update(previous)`.
- 'event': `case.timeline.add(occurred_at, title, kind=…, precision="day", description=…,
  evidence_ids=[evidence_id])`; `created` is the event's id, removed by `case.timeline.delete(id)`.

What is found: dates written 2026年06月15日, 2026年6月5日, 2026-06-15, 2026/6/15, 2026.06.15 (from
2000 to a year after today: an older or later one is a misreading or a birth date); amounts with a
currency mark (¥19,800.00, ￥19800, 19,800.00元, 人民币19800元, RMB 19,800, 1.98万元) or after a label
and a colon (金额：19800), and a line that is nothing but an amount with cents (-19,800.00, how WeChat
Pay and Alipay show a payment). A run of digits with neither (a phone number, an order number, a
price in a chat written bare) is no amount. A date and an amount become a payment only where the
words say money changed hands (付款, 转账, 收款, paid…) or the item is a receipt or an invoice: a
contract's price or a quote is not a payment."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from desktop.core.case import Case
from desktop.core.changes import Changes
from desktop.core.dates import add_years, format_date

EVIDENCE_DATE, AMOUNT_PAID, EVENT = "evidence_date", "amount_paid", "event"
FIRST_YEAR = 2000
MAX_AMOUNT = Decimal(10000000)  # ten million yuan: past this a "price" is a misread number
NEAR = 4           # lines apart a date and an amount can be and still be one payment (a chat's
                   # timestamp and its transfer, a receipt's date and its total)
TITLE_QUOTE = 40   # characters of the line quoted in a noted event's title
PAYMENT_CATEGORIES = {"payment_record", "invoice"}

# OCR and input methods write full-width digits and marks; they are read as the ASCII they are
# (one character for one, so positions stay those of the text as written).
_ASCII = str.maketrans({**{chr(0xFF10 + d): str(d) for d in range(10)}, "／": "/", "－": "-", "．": ".",
                        "\u3000": " "})

_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:"
    r"(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})"
    r"|年\s*(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})\s*[日号]?)(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_DATE_LABEL = re.compile(r"[:：]|日期|时间|date|time", re.IGNORECASE)  # 签订日期：, 支付时间 say what a date is

# Thousands grouped by commas, or by spaces as OCR often reads them (¥ 19 800).
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:\.\d+)?"
_CURRENCY_BEFORE = r"[¥￥]|RMB|CNY|人民币"
_CURRENCY_AFTER = r"元|块|圆|yuan|RMB|CNY"
# A label that says the number after its colon is money.
_LABEL = r"金额|实付|实收|合计|总计|总价|总额|应付|付款|支付|收款|价格|费用|amount|total|paid|price"
_AMOUNT = re.compile(
    rf"(?:(?P<cur>{_CURRENCY_BEFORE})|(?P<label>{_LABEL})\s*[:：])?\s*"
    rf"(?<![\d.,])(?P<num>{_NUMBER})(?![\d,]|\.\d|\s*(?:[年月日号:：]|[-/]\d))"  # not a date's or a time's
    rf"\s*(?P<wan>万)?\s*(?P<unit>{_CURRENCY_AFTER})?", re.IGNORECASE)
# A line that is only an amount with its cents, perhaps signed: a payment app's bill.
_BARE_AMOUNT = re.compile(r"^\s*[-−+]?\s*[¥￥]?\s*(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})\s*$")
# Words that say money changed hands (not a price, a quote or a contract's total).
_PAID = re.compile(r"付|收款|实收|收到|转账|缴|交费|交款|收据|刷卡|paid|payment|received|transfer|receipt", re.IGNORECASE)


@dataclass(frozen=True)
class Suggestion:
    kind: str                 # EVIDENCE_DATE, AMOUNT_PAID or EVENT
    value: str                # a date 'YYYY-MM-DD' (evidence_date, event); yuan as '19800' or '19800.50'
    line_id: int              # the line it was read in (a payment's: the line of its date)
    line_text: str            # that line as shown: the user's correction, else the machine's text
    amount: Decimal | None = None  # amount_paid's, and a payment event's
    event_kind: str = ""      # an event's: 'payment', else 'other'
    line_ids: tuple[int, ...] = ()  # every line it draws on (a payment's date line and amount line)
    exhibit: str = ""         # E3: how an event's title cites the item
    context: tuple[str, ...] = ()   # an event's other lines, quoted in its description (a payment's
                                    # amount line; the message after a chat's timestamp)

    def label(self, lang: str) -> str:
        """A short line for the suggestion's button, in the user's language."""
        zh = lang.startswith("zh")
        day = _day(self.value, lang) if self.kind != AMOUNT_PAID else ""
        if self.kind == EVIDENCE_DATE:
            return f"证据日期：{day}" if zh else f"Date of this item: {day}"
        if self.kind == AMOUNT_PAID:
            return f"已付金额：{yuan(self.amount, lang)}" if zh else f"Amount paid: {yuan(self.amount, lang)}"
        if self.event_kind == "payment":
            return (f"时间线：{day}付款 {yuan(self.amount, lang)}" if zh
                    else f"Timeline: payment of {yuan(self.amount, lang)} on {day}")
        return f"时间线：{day}的事件（见 {self.exhibit}）" if zh else f"Timeline: {day}, noted in {self.exhibit}"

    def fields(self, lang: str) -> dict:
        """What the accepting call takes (see the module's notes): the evidence field, the case detail,
        or an event's fields as the timeline's `add` and the window's add-event command take them."""
        if self.kind == EVIDENCE_DATE:
            return {"evidence_date": self.value}
        if self.kind == AMOUNT_PAID:
            return {"amount_paid": self.value}
        zh = lang.startswith("zh")
        if self.event_kind == "payment":
            title = f"付款 {yuan(self.amount, lang)}" if zh else f"Payment of {yuan(self.amount, lang)}"
        else:
            quote = _shortened(self._telling_line())
            title = f"{self.exhibit} 中记载：{quote}" if zh else f"Noted in {self.exhibit}: {quote}"
        read = f"据 {self.exhibit} 中识别出的文字：" if zh else f"From the text read in {self.exhibit}: "
        return {"occurred_at": self.value, "title": title, "kind": self.event_kind, "precision": "day",
                "description": read + " / ".join(f"“{text}”" for text in (self.line_text, *self.context))}

    def _telling_line(self) -> str:
        """The line a noted event's title quotes: its date's, unless that is a chat's timestamp (a date, a
        time and a name at most), then the message after it. 签订日期：2026年6月5日 says what the date is."""
        plain = self.line_text.translate(_ASCII)
        rest = _TIME.sub("", _DATE.sub("", plain)).strip()
        timestamp = bool(_TIME.search(plain)) and len(rest) < 8 and not _DATE_LABEL.search(rest)
        return self.context[0] if self.context and timestamp else self.line_text


def accept(case: Case, evidence_id: int, suggestion: Suggestion, lang: str) -> Changes:
    """Make the change a suggestion offers, by the call named in the module's notes (the window does
    the same through its undoable commands)."""
    fields = suggestion.fields(lang)
    if suggestion.kind == EVIDENCE_DATE:
        return case.evidence.update(evidence_id, fields)
    if suggestion.kind == AMOUNT_PAID:
        return case.details.update(fields)
    return case.timeline.add(fields["occurred_at"], fields["title"], kind=fields["kind"], precision="day",
                             description=fields["description"], evidence_ids=[evidence_id])


# -- reading ------------------------------------------------------------------------------------------
def find_dates(text: str, today: date) -> list[date]:
    """The plausible dates written in a line, in order."""
    found = []
    for match in _DATE.finditer(text.translate(_ASCII)):
        month, day = (match["m"], match["d"]) if match["sep"] else (match["cm"], match["cd"])
        try:
            when = date(int(match["y"]), int(month), int(day))
        except ValueError:
            continue
        if date(FIRST_YEAR, 1, 1) <= when <= add_years(today, 1):
            found.append(when)
    return found


def find_amounts(text: str) -> list[Decimal]:
    """The amounts of money written in a line, in yuan, in order."""
    plain = text.translate(_ASCII)
    bare = _BARE_AMOUNT.match(plain)
    if bare:
        return _checked([_decimal(bare["num"])])
    found = []
    for match in _AMOUNT.finditer(plain):
        if not (match["cur"] or match["unit"] or match["label"]):
            continue
        if match["wan"] and not (match["cur"] or match["unit"]):
            continue  # 1.98万 alone may count anything; 1.98万元 is money
        number = _decimal(match["num"])
        places = -number.as_tuple().exponent if number is not None else 0
        if number is None or places > (4 if match["wan"] else 2):
            continue  # 3.14159元 is not how money is written
        found.append(number * 10000 if match["wan"] else number)
    return _checked(found)


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "").replace(" ", ""))
    except InvalidOperation:
        return None


def _checked(amounts: list[Decimal | None]) -> list[Decimal]:
    return [a.quantize(Decimal("0.01")) for a in amounts if a is not None and 0 < a <= MAX_AMOUNT]


def amount_text(amount: Decimal) -> str:
    """Yuan as the case's amount_paid holds it: 19800, or 19800.50 with its cents."""
    return f"{amount:.0f}" if amount == amount.to_integral_value() else f"{amount:.2f}"


def yuan(amount: Decimal | None, lang: str) -> str:
    """19,800 元 / RMB 19,800 (cents only when there are some)."""
    if amount is None:
        return ""
    written = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    return f"{written} 元" if lang.startswith("zh") else f"RMB {written}"


def _day(value: str, lang: str) -> str:
    return format_date(date.fromisoformat(value), lang)


def _shortened(text: str) -> str:
    return text if len(text) <= TITLE_QUOTE else text[:TITLE_QUOTE] + "…"


# -- the suggestions ----------------------------------------------------------------------------------
@dataclass
class _Line:
    id: int
    page: int
    text: str
    dates: list[date]
    amounts: list[Decimal]
    paid: bool  # its words say money changed hands


def suggestions_for(case: Case, evidence_id: int, today: date | None = None) -> list[Suggestion]:
    """What the item's recognised text offers: evidence dates, then amounts paid, then payments and other
    dated events, in reading order; none that already holds, none twice. `today` bounds the dates read
    (a year after it at most). An item never read, or with no text, offers nothing."""
    today = today or date.today()
    item = case.evidence.get(evidence_id)
    exhibit = case.evidence.exhibit_numbers().get(evidence_id) or f"“{item['title'] or item['file_name']}”"
    lines = [_Line(row["id"], row["page"], row["shown"], find_dates(row["shown"], today),
                   find_amounts(row["shown"]), bool(_PAID.search(row["shown"])))
             for row in case.text.lines(evidence_id)]
    receipt = item["category"] in PAYMENT_CATEGORIES

    dates = [Suggestion(EVIDENCE_DATE, day.isoformat(), line.id, line.text, line_ids=(line.id,), exhibit=exhibit)
             for line in lines for day in line.dates]
    amounts = [Suggestion(AMOUNT_PAID, amount_text(amount), line.id, line.text, amount=amount, line_ids=(line.id,),
                          exhibit=exhibit)
               for line in lines for amount in line.amounts]
    # Those on a line that says paid first (实收 before 原价); the sort is stable: reading order otherwise.
    paid_lines = {line.id for line in lines if line.paid}
    amounts.sort(key=lambda s: s.line_id not in paid_lines)
    payments = _payments(lines, receipt, exhibit)
    paid_days = {s.value for s in payments}
    noted = [Suggestion(EVENT, day.isoformat(), line.id, line.text, event_kind="other", line_ids=(line.id,),
                        exhibit=exhibit, context=_next_text(lines, index))
             for index, line in enumerate(lines) for day in line.dates if day.isoformat() not in paid_days]

    held = _Held(case, item)
    found, seen = [], set()
    for suggestion in (*dates, *amounts, *payments, *noted):
        key = (suggestion.kind, suggestion.value, suggestion.event_kind, suggestion.amount)
        if key not in seen and not held.holds(suggestion):
            found.append(suggestion)
        seen.add(key)
    return found


def _next_text(lines: list[_Line], index: int) -> tuple[str, ...]:
    after = lines[index + 1] if index + 1 < len(lines) else None
    return (after.text,) if after is not None and after.page == lines[index].page else ()


def _payments(lines: list[_Line], receipt: bool, exhibit: str) -> list[Suggestion]:
    """A payment for each date that has amounts on its line or near it, where the words between them (or
    the item's category) say money was paid. Of several amounts near one date, those on a line that
    says paid (实收 ¥19,800 beside 原价 ¥25,800); if none does, the largest (a total, not a part)."""
    near: dict[int, list[tuple[_Line, Decimal]]] = {}
    for index, line in enumerate(lines):
        date_index = _date_index(lines, index) if line.amounts else None
        if date_index is None:
            continue
        first, last = sorted((index, date_index))
        if receipt or any(other.paid for other in lines[first:last + 1]):
            near.setdefault(date_index, []).extend((line, amount) for amount in line.amounts)
    found = []
    for date_index in sorted(near):  # in reading order of their dates
        candidates, dated = near[date_index], lines[date_index]
        chosen = [c for c in candidates if c[0].paid] or [max(candidates, key=lambda c: c[1])]
        for amount_line, amount in chosen:
            context = () if amount_line is dated else (amount_line.text,)
            found.append(Suggestion(EVENT, dated.dates[0].isoformat(), dated.id, dated.text, amount=amount,
                                    event_kind="payment", line_ids=tuple(dict.fromkeys((dated.id, amount_line.id))),
                                    exhibit=exhibit, context=context))
    return found


def _date_index(lines: list[_Line], index: int) -> int | None:
    """Where the line of an amount's date is: its own, else the nearest before it (a chat's timestamp comes
    before its message), else the nearest after (a bill's time comes after its total), on the same page."""
    line = lines[index]
    if line.dates:
        return index
    for step in (*range(-1, -NEAR - 1, -1), *range(1, NEAR + 1)):
        other = index + step
        if 0 <= other < len(lines) and lines[other].page == line.page and lines[other].dates:
            return other
    return None


class _Held:
    """What the case already says: a suggestion that already holds is not made."""

    def __init__(self, case: Case, item: dict):
        self._evidence_day = (item["evidence_date"] or "")[:10]
        written = case.details.get()["amount_paid"] or ""  # ¥12,800, 12800元, or typed bare: 12800
        self._paid = (find_amounts(written) or _numbers(written))[:1]
        self._events = case.timeline.list()

    def holds(self, suggestion: Suggestion) -> bool:
        if suggestion.kind == EVIDENCE_DATE:
            return suggestion.value == self._evidence_day
        if suggestion.kind == AMOUNT_PAID:
            return suggestion.amount in self._paid
        return any(self._same_event(event, suggestion) for event in self._events)

    def _same_event(self, event: dict, suggestion: Suggestion) -> bool:
        """An event on that day that is this one: for a payment, one with the same title (in either
        language) or a payment naming the same amount; for a date noted in the item, any event that day
        (the timeline already says what happened then)."""
        if (event["occurred_at"] or "")[:10] != suggestion.value:
            return False
        if suggestion.event_kind != "payment":
            return True
        if event["title"] in (suggestion.fields("en")["title"], suggestion.fields("zh")["title"]):
            return True
        return event["kind"] == "payment" and suggestion.amount in _numbers(f"{event['title']} {event['description']}")


def _numbers(text: str) -> list[Decimal]:
    """Every number a user wrote (an amount typed without a currency mark: 19800), 万 read as such."""
    found = []
    for match in re.finditer(rf"(?<![\d.,])({_NUMBER})(?![\d,]|\.\d)\s*(万)?", text.translate(_ASCII)):
        number = _decimal(match.group(1))
        if number is not None:
            found.append((number * 10000 if match.group(2) else number).quantize(Decimal("0.01")))
    return found
