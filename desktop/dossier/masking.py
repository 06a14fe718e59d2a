"""Hiding most digits of ID-card and phone numbers in the text a dossier takes from the case.

A dossier goes to officials, and often on to the clinic: the complainant's resident ID number and
phone number in the details, the statement or a letter need not be readable in full to be
recognised. The first three and the last four characters stay (a landline keeps its area code):
110101199003071234 becomes 110***********1234, 138 0000 1234 becomes 138 **** 1234.

Only text goes through here: what the user wrote, and what was read in the pictures (gather applies
`masked` to the data it read); a picture that shows a number is redacted as a picture. Hashes,
exhibit numbers, dates and amounts are not numbers of these shapes: a number is only taken whole,
never out of a longer run of digits or letters (a SHA-256 is 64 of them), and an ID number must
hold a real date of birth."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.dossier.model import DossierData, Exhibit, SentLetter

MASK = "*"
KEPT_FIRST, KEPT_LAST = 3, 4

_NOT_AFTER = r"(?<![\dA-Za-z])"   # \d: full-width digits are digits too
_NOT_BEFORE = r"(?![\dA-Za-z])"
_SEP = r"[ -]?"
_MONTH_DAY = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
# Resident ID: six digits of the place, the date of birth, three digits and a check digit (or X);
# before 1999, fifteen digits with a two-digit year and no check digit.
_ID_18 = rf"[1-9]\d{{5}}{_SEP}(?:18|19|20)\d{{2}}{_MONTH_DAY}{_SEP}\d{{3}}[\dXx]"
_ID_15 = rf"[1-9]\d{{5}}\d{{2}}{_MONTH_DAY}\d{{3}}"
# Mobile: 1[3-9] and nine digits, written 138 0000 1234 or 138-0000-1234 too, maybe after +86.
_MOBILE = rf"1[3-9]\d{_SEP}\d{{4}}{_SEP}\d{{4}}"
# Landline: an area code 0xx or 0xxx, then a local number of 7 or 8 digits that starts with 2-9.
_AREA = r"\(0\d{2,3}\)|0\d{2,3}"
_LOCAL = r"[2-9]\d{6,7}"

NUMBERS = re.compile(
    rf"{_NOT_AFTER}(?:(?P<id>{_ID_18}|{_ID_15})"
    rf"|(?P<country>(?:\+|00)86{_SEP})?(?P<mobile>{_MOBILE})"
    rf"|(?P<area>{_AREA}){_SEP}(?P<local>{_LOCAL})){_NOT_BEFORE}")


# A Chinese input method may type full-width digits: they are looked for as the digits they are,
# one character for one, so what is starred is at the same place in the text as written.
_AS_ASCII = str.maketrans({**{chr(0xFF10 + d): str(d) for d in range(10)}, "Ｘ": "X", "ｘ": "x", "－": "-",
                           "\u3000": " ", "＋": "+", "（": "(", "）": ")"})


def mask_numbers(text: str) -> str:
    """The text with the middle of every resident ID, mobile and landline number starred out."""
    if not text or not isinstance(text, str):
        return text
    parts, done = [], 0
    for match in NUMBERS.finditer(text.translate(_AS_ASCII)):
        parts += [text[done:match.start()], _masked_match(match, text[match.start():match.end()])]
        done = match.end()
    return "".join(parts) + text[done:]


def _masked_match(match: re.Match, whole: str) -> str:
    """The number as written (`whole`), starred where `match` (on its ASCII form) says."""
    start = match.start()
    if match.group("area"):
        # The area code says only the city: it stays, and the local number keeps its last four.
        local_start = match.start("local") - start
        return whole[:local_start] + _starred(whole[local_start:], 0)
    name = "id" if match.group("id") else "mobile"
    number_start = match.start(name) - start
    return whole[:number_start] + _starred(whole[number_start:], KEPT_FIRST)


def _starred(number: str, first: int) -> str:
    """Every character but the first `first` and the last four that are digits (or X) starred;
    spaces and dashes stay where they are."""
    places = [i for i, char in enumerate(number) if char.isalnum()]
    hidden = set(places[first:len(places) - KEPT_LAST])
    return "".join(MASK if i in hidden else char for i, char in enumerate(number))


# Case details that are a business's public registration, not a person's number: never starred.
KEPT_DETAILS = frozenset({"clinic_credit_code", "clinic_licence_no"})


def masked(data: DossierData) -> DossierData:
    """A copy of the dossier's data with the numbers in the case's own text masked: the details, the
    events, the steps' outcomes, the letters sent, the exhibits' titles, notes, file names and
    recognised text, and the deadlines that quote an event's title."""
    return replace(
        data, title=mask_numbers(data.title), case_file_name=mask_numbers(data.case_file_name),
        details={key: value if key in KEPT_DETAILS else mask_numbers(value) for key, value in data.details.items()},
        events=[_fields(event, "title", "description") for event in data.events],
        steps=[{**_fields(step, "outcome"),
                "retired_title": {k: mask_numbers(v) for k, v in (step.get("retired_title") or {}).items()}}
               for step in data.steps],
        exhibits=[_exhibit(exhibit) for exhibit in data.exhibits],
        letters=[_letter(letter) for letter in data.letters],
        deadlines=tuple(_deadline(deadline) for deadline in data.deadlines))


def _fields(row: dict, *names: str) -> dict:
    return {**row, **{name: mask_numbers(row.get(name)) for name in names}}


def _exhibit(exhibit: Exhibit) -> Exhibit:
    item = _fields(exhibit.item, "title", "proves", "source", "notes", "file_name")
    if item.get("derivation"):
        item["derivation"] = _fields(item["derivation"], "from_file_name")
    read_text = exhibit.read_text
    if read_text is not None:  # the text read in a picture of an ID card or a chat holds the same numbers
        read_text = replace(read_text, lines=[replace(line, text=mask_numbers(line.text)) for line in read_text.lines])
    return replace(exhibit, item=item, read_text=read_text)


def _letter(letter: SentLetter) -> SentLetter:
    # The tracking number stays whole: it is how an official checks that the letter went.
    return replace(letter, title=mask_numbers(letter.title),
                   fields=[_fields(field, "text") for field in letter.fields])


def _deadline(deadline):
    """A deadline's sentences quote the title of the event it runs from (and of a lawsuit or a cap)."""
    facts = tuple((key, mask_numbers(value) if isinstance(value, str) else value) for key, value in deadline.facts)
    return replace(deadline, event_title=mask_numbers(deadline.event_title), facts=facts)
