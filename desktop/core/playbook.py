"""Playbooks: the ladder of steps for a kind of dispute, as data files in resources/playbooks/.

A playbook file (TOML) holds `id`, `version`, `rules_as_of`, `jurisdiction`, `[title]`,
`[description]` and `[disclaimer]` (each with `en` and `zh`), its `[[stages]]` and its `[[steps]]`.
Each step cites its sources with a mark: "P" statute text read, "S" secondary source, "U" could
not be confirmed (older files used `secondary = true/false`, still understood). A step may say
when it applies (`applies_when`) and which deadline rules it relates to (`deadlines`). Files are
checked when loaded; a mistake raises ValueError naming the file and the step.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from desktop.core.paths import resources_dir
from desktop.core.vocab import CATEGORIES

DEFAULT_PLAYBOOK = "cn-medical-aesthetic"

MARKS: dict[str, tuple[str, str]] = {
    "P": ("statute text read", "已查阅法条原文"),
    "S": ("secondary source, not the official text", "二手资料，非官方文本"),
    "U": ("could not be confirmed", "未能核实"),
}

# When a step applies (or, for some steps, when the app recommends it first).
APPLIES_WHEN: tuple[str, ...] = (
    "recent-payment", "paid-by-card-or-app", "treatment-loan", "platform-or-advert", "clinic-closed",
    "licence-problem",
)

# The deadline rules a step can relate to; the deadline engine knows how to compute each.
DEADLINE_RULES: tuple[str, ...] = (
    "limitation", "rescission-fraud", "settlement-rescission", "mediation-confirmation", "prepaid-refund",
    "complaint-cutoff-12315", "authority-handling", "people-mediation", "health-mediation-accept",
    "health-mediation", "market-mediation", "demand-reply",
)

LANGUAGES = ("en", "zh")


def _pick(values: dict[str, str], lang: str) -> str:
    return values.get("zh" if lang.startswith("zh") else "en") or values.get("en", "")


@dataclass(frozen=True)
class Source:
    cite_zh: str
    cite_en: str
    mark: str = "P"

    @property
    def secondary(self) -> bool:
        """Anything but statute text read (the older files' `secondary` flag)."""
        return self.mark != "P"

    def cite(self, lang: str) -> str:
        return self.cite_zh if lang.startswith("zh") else self.cite_en

    def mark_text(self, lang: str) -> str:
        """The mark in plain words."""
        en, zh = MARKS[self.mark]
        return zh if lang.startswith("zh") else en


@dataclass(frozen=True)
class Step:
    id: str
    stage: str
    title: dict[str, str]
    what: dict[str, str]
    why: dict[str, str]
    sources: tuple[Source, ...]
    needs_evidence: tuple[str, ...]
    check_current_rule: bool
    deadline_days: int | None = None
    deadline_unit: str | None = None
    applies_when: str | None = None
    deadlines: tuple[str, ...] = ()

    def text(self, field: str, lang: str) -> str:
        return _pick(getattr(self, field), lang)


@dataclass(frozen=True)
class Playbook:
    id: str
    version: int
    rules_as_of: str
    title: dict[str, str]
    disclaimer: dict[str, str]
    stages: tuple[tuple[str, dict[str, str]], ...]
    steps: tuple[Step, ...]
    description: dict[str, str] | None = None
    jurisdiction: str = ""

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def step_title(self, step: dict, lang: str) -> str:
        """A case's step (a checklist row) by its title: this playbook's while the step is in it, else the
        title it had when a playbook update retired it, else its key."""
        definition = self.step(step["step_key"]) if step.get("in_playbook", 1) else None
        if definition is not None:
            return definition.text("title", lang)
        retired = step.get("retired_title") or {}
        return retired.get("zh" if lang == "zh" else "en") or retired.get("en") or step["step_key"]

    def text(self, field: str, lang: str) -> str:
        return _pick(getattr(self, field) or {}, lang)

    def stage_title(self, stage_id: str, lang: str) -> str:
        for sid, title in self.stages:
            if sid == stage_id:
                return title.get("zh" if lang.startswith("zh") else "en", sid)
        return stage_id


def playbooks_dir() -> Path:
    return resources_dir() / "playbooks"


def playbook_path(playbook_id: str) -> Path:
    return playbooks_dir() / f"{playbook_id}.toml"


@lru_cache(maxsize=32)
def is_known(playbook_id: object) -> bool:
    """A playbook this app has. The id comes from the case file: a plain name, never a path that
    would have the app read a file elsewhere."""
    return (isinstance(playbook_id, str) and re.fullmatch(r"[\w-]{1,100}", playbook_id) is not None
            and playbook_path(playbook_id).is_file())


@lru_cache(maxsize=8)
def load_playbook(playbook_id: str = DEFAULT_PLAYBOOK) -> Playbook:
    if not is_known(playbook_id):
        raise ValueError(f"there is no playbook {playbook_id!r:.80}")
    return load_playbook_file(playbook_path(playbook_id))


def previous_version(playbook_id: str, version: int) -> Playbook | None:
    """An earlier version of a playbook, kept in resources/playbooks/previous/ so a case made with it
    can be shown what changed; the current version when that is the one asked; None if not kept."""
    current = load_playbook(playbook_id)
    if version == current.version:
        return current
    path = playbooks_dir() / "previous" / f"{playbook_id}-v{version}.toml"
    return load_playbook_file(path) if path.is_file() else None


def case_playbook(playbook_id: str, version: int) -> Playbook:
    """The guidance a case's steps were made with: the version it records when that is kept (so nothing
    changes before the user agrees to an update), else the current one."""
    return previous_version(playbook_id, version) or load_playbook(playbook_id)


def available_playbooks() -> list[Playbook]:
    """Every playbook in resources/playbooks, the default first, then by id."""
    ids = sorted(p.stem for p in playbooks_dir().glob("*.toml"))
    return [load_playbook(i) for i in sorted(ids, key=lambda i: (i != DEFAULT_PLAYBOOK, i))]


# -- reading and checking a file -------------------------------------------------------------------

def load_playbook_file(path: str | Path) -> Playbook:
    """Read and check one playbook file; ValueError names the file and the step at fault."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path.name}: not valid TOML: {exc}") from exc
    return _build(data, path.name)


def _fail(where: str, message: str) -> ValueError:
    return ValueError(f"{where}: {message}")


def _texts(value: object, where: str, field: str, required: bool = True) -> dict[str, str]:
    if value is None and not required:
        return {}
    if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) for lang in LANGUAGES):
        raise _fail(where, f"[{field}] needs en and zh texts")
    return dict(value)


def _source(raw: object, where: str) -> Source:
    if not isinstance(raw, dict) or not raw.get("cite_zh") or not raw.get("cite_en"):
        raise _fail(where, "a source needs cite_zh and cite_en")
    if "mark" in raw:
        mark = raw["mark"]
        if mark not in MARKS:
            raise _fail(where, f"source mark {mark!r} is not one of {', '.join(MARKS)}")
    else:  # older files: secondary = true / false
        mark = "S" if raw.get("secondary", False) else "P"
    return Source(raw["cite_zh"], raw["cite_en"], mark)


def _step(raw: dict, file: str, stage_ids: set[str]) -> Step:
    step_id = raw.get("id")
    if not isinstance(step_id, str) or not step_id:
        raise _fail(file, "a step has no id")
    where = f"{file}, step {step_id!r}"
    stage = raw.get("stage")
    if stage not in stage_ids:
        raise _fail(where, f"unknown stage {stage!r}")
    needs = raw.get("needs_evidence", [])
    unknown = [c for c in needs if c not in CATEGORIES]
    if unknown:
        raise _fail(where, f"unknown evidence categories {unknown}")
    applies_when = raw.get("applies_when")
    if applies_when is not None and applies_when not in APPLIES_WHEN:
        raise _fail(where, f"unknown applies_when {applies_when!r}")
    deadlines = raw.get("deadlines", [])
    unknown = [d for d in deadlines if d not in DEADLINE_RULES]
    if unknown:
        raise _fail(where, f"unknown deadline rules {unknown}")
    return Step(
        id=step_id,
        stage=stage,
        title=_texts(raw.get("title"), where, "title"),
        what=_texts(raw.get("what"), where, "what"),
        why=_texts(raw.get("why"), where, "why"),
        sources=tuple(_source(src, where) for src in raw.get("sources", [])),
        needs_evidence=tuple(needs),
        check_current_rule=bool(raw.get("check_current_rule", False)),
        deadline_days=raw.get("deadline_days"),
        deadline_unit=raw.get("deadline_unit"),
        applies_when=applies_when,
        deadlines=tuple(deadlines),
    )


def _build(data: dict, file: str) -> Playbook:
    for key in ("id", "version", "rules_as_of", "title", "disclaimer", "stages", "steps"):
        if key not in data:
            raise _fail(file, f"missing {key!r}")
    rules_as_of = str(data["rules_as_of"])
    try:
        date.fromisoformat(rules_as_of)
    except ValueError as exc:
        raise _fail(file, f"rules_as_of {rules_as_of!r} is not a date") from exc
    stages = []
    for st in data["stages"]:
        if not st.get("id"):
            raise _fail(file, "a stage has no id")
        stages.append((st["id"], _texts(st.get("title"), f"{file}, stage {st['id']!r}", "title")))
    stage_ids = {sid for sid, _ in stages}
    if len(stage_ids) != len(stages):
        raise _fail(file, "duplicate stage id")
    steps: list[Step] = []
    seen: set[str] = set()
    for raw in data["steps"]:
        step = _step(raw, file, stage_ids)
        if step.id in seen:
            raise _fail(f"{file}, step {step.id!r}", "duplicate step id")
        seen.add(step.id)
        steps.append(step)
    return Playbook(
        id=str(data["id"]), version=int(data["version"]), rules_as_of=rules_as_of,
        title=_texts(data["title"], file, "title"),
        disclaimer=_texts(data["disclaimer"], file, "disclaimer"),
        stages=tuple(stages), steps=tuple(steps),
        description=_texts(data.get("description"), file, "description", required=False),
        jurisdiction=str(data.get("jurisdiction", "")),
    )


# -- what changed between two versions -------------------------------------------------------------

@dataclass(frozen=True)
class PlaybookDiff:
    """How a newer playbook differs from the one a case was made with."""

    old_version: int
    new_version: int
    old_rules_as_of: str
    new_rules_as_of: str
    added: tuple[Step, ...]        # steps the case will gain
    retired: tuple[str, ...]       # step ids the case has and the new playbook no longer has
    changed: tuple[Step, ...]      # steps whose guidance (title, texts, sources) was rewritten

    @property
    def empty(self) -> bool:
        return not (self.added or self.retired or self.changed) and self.old_version == self.new_version


def diff(old: Playbook | None, new: Playbook, case_step_ids: list[str], old_version: int) -> PlaybookDiff:
    """What updating a case's steps from `old` (None when that version is not kept) to `new` does."""
    have = set(case_step_ids)
    added = tuple(step for step in new.steps if step.id not in have)
    retired = tuple(step_id for step_id in case_step_ids if new.step(step_id) is None)
    changed = []
    if old is not None:
        for step in new.steps:
            before = old.step(step.id)
            if step.id in have and before is not None and (
                    before.title, before.what, before.why, before.sources) != (step.title, step.what, step.why,
                                                                               step.sources):
                changed.append(step)
    return PlaybookDiff(old_version, new.version, old.rules_as_of if old else "", new.rules_as_of, added, retired,
                        tuple(changed))
