"""The letters the app can draft, as data files in resources/letters/ beside the playbooks.

Each `<kind>.toml` holds the letter's `[title]`, who it goes to (`[recipient]`), when to use it
(`[when]`), the playbook steps it serves (`steps`), what marking it sent records on the timeline
(`event_kind`, `event_body`), whether it is a form to paste field by field (`form`), and its
`[[fields]]`: each a `key`, a `[fields.label]`, an optional character `limit`, and a Jinja template
per language in `[fields.template]`. A prose letter has one field, `body`. `fields.toml` names every
fact a template can use, so a missing one is shown as a placeholder the user can find and fill in."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop.core.paths import resources_dir
from desktop.core.vocab import BODIES, EVENT_KINDS

# The order the app offers them in: from the first letter a user writes to the last.
KIND_ORDER = ("demand", "complaint-12315", "complaint-health", "people-mediation", "consumer-association",
              "payment-dispute", "statement", "civil-complaint")
LANGUAGES = ("en", "zh")


def _pick(pair: dict[str, str], lang: str) -> str:
    return pair["zh" if lang.startswith("zh") else "en"]


@dataclass(frozen=True)
class FieldTemplate:
    key: str
    label: dict[str, str]
    template: dict[str, str]
    limit: int = 0          # the form's character limit, 0 for none

    def text(self, which: str, lang: str) -> str:
        return _pick(getattr(self, which), lang)


@dataclass(frozen=True)
class LetterKind:
    id: str
    title: dict[str, str]
    recipient: dict[str, str]
    when: dict[str, str]
    steps: tuple[str, ...]
    form: bool
    event_kind: str | None
    event_body: str
    draft: bool                 # a draft to check with a lawyer or the court, and says so on every page
    fields: tuple[FieldTemplate, ...]

    def text(self, which: str, lang: str) -> str:
        return _pick(getattr(self, which), lang)


def letters_dir() -> Path:
    return resources_dir() / "letters"


@lru_cache(maxsize=1)
def fact_labels() -> dict[str, dict[str, str]]:
    """What each fact is called in a placeholder: {"clinic_address": {"en": "clinic address", "zh": "诊所地址"}}."""
    with open(letters_dir() / "fields.toml", "rb") as handle:
        return tomllib.load(handle)["facts"]


def letter_kinds() -> tuple[LetterKind, ...]:
    return tuple(letter_kind(kind) for kind in KIND_ORDER)


@lru_cache(maxsize=len(KIND_ORDER))
def letter_kind(kind_id: str) -> LetterKind:
    if kind_id not in KIND_ORDER:
        raise KeyError(kind_id)
    return load_kind_file(letters_dir() / f"{kind_id}.toml")


def _texts(raw: dict, where: str, name: str) -> dict[str, str]:
    value = raw.get(name)
    if not isinstance(value, dict) or any(not str(value.get(lang, "")).strip() for lang in LANGUAGES):
        raise ValueError(f"{where}: [{name}] needs en and zh")
    return {lang: str(value[lang]) for lang in LANGUAGES}


def load_kind_file(path: Path) -> LetterKind:
    where = path.name
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    event_kind = data.get("event_kind") or None
    if event_kind is not None and event_kind not in EVENT_KINDS:
        raise ValueError(f"{where}: unknown event_kind {event_kind!r}")
    body = data.get("event_body", "")
    if body and body not in BODIES:
        raise ValueError(f"{where}: unknown event_body {body!r}")
    fields = tuple(FieldTemplate(f["key"], _texts(f, where, "label"), _texts(f, where, "template"),
                                 int(f.get("limit", 0))) for f in data.get("fields", []))
    if not fields:
        raise ValueError(f"{where}: a letter needs at least one field")
    if not data.get("form") and [f.key for f in fields] != ["body"]:
        raise ValueError(f"{where}: a letter that is not a form has one field, body")
    return LetterKind(data["id"], _texts(data, where, "title"), _texts(data, where, "recipient"),
                      _texts(data, where, "when"), tuple(data.get("steps", [])), bool(data.get("form")),
                      event_kind, body, bool(data.get("draft")), fields)
