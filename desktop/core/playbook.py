"""Playbooks: the ladder of steps for a kind of dispute, as data files in resources/playbooks/."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop.core.paths import resources_dir

DEFAULT_PLAYBOOK = "cn-medical-aesthetic"


@dataclass(frozen=True)
class Source:
    cite_zh: str
    cite_en: str
    secondary: bool

    def cite(self, lang: str) -> str:
        return self.cite_zh if lang.startswith("zh") else self.cite_en


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
    deadline_days: int | None
    deadline_unit: str | None

    def text(self, field: str, lang: str) -> str:
        values: dict[str, str] = getattr(self, field)
        return values.get("zh" if lang.startswith("zh") else "en") or values.get("en", "")


@dataclass(frozen=True)
class Playbook:
    id: str
    version: int
    rules_as_of: str
    title: dict[str, str]
    disclaimer: dict[str, str]
    stages: tuple[tuple[str, dict[str, str]], ...]
    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def text(self, field: str, lang: str) -> str:
        values: dict[str, str] = getattr(self, field)
        return values.get("zh" if lang.startswith("zh") else "en") or values.get("en", "")

    def stage_title(self, stage_id: str, lang: str) -> str:
        for sid, title in self.stages:
            if sid == stage_id:
                return title.get("zh" if lang.startswith("zh") else "en", sid)
        return stage_id


def playbook_path(playbook_id: str) -> Path:
    return resources_dir() / "playbooks" / f"{playbook_id}.toml"


@lru_cache(maxsize=8)
def load_playbook(playbook_id: str = DEFAULT_PLAYBOOK) -> Playbook:
    with open(playbook_path(playbook_id), "rb") as handle:
        data = tomllib.load(handle)
    steps = tuple(
        Step(
            id=s["id"],
            stage=s["stage"],
            title=s["title"],
            what=s["what"],
            why=s["why"],
            sources=tuple(Source(src["cite_zh"], src["cite_en"], bool(src.get("secondary", False)))
                          for src in s.get("sources", [])),
            needs_evidence=tuple(s.get("needs_evidence", [])),
            check_current_rule=bool(s.get("check_current_rule", False)),
            deadline_days=s.get("deadline_days"),
            deadline_unit=s.get("deadline_unit"),
        )
        for s in data["steps"]
    )
    stages = tuple((st["id"], st["title"]) for st in data["stages"])
    return Playbook(data["id"], int(data["version"]), str(data["rules_as_of"]), data["title"],
                    data["disclaimer"], stages, steps)
