"""What drafting a letter again would change: line by line, field by field, so the user sees it
before their own text is replaced."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

SAME, REMOVED, ADDED = " ", "-", "+"


@dataclass(frozen=True)
class FieldDiff:
    key: str
    label: str
    lines: tuple[tuple[str, str], ...]  # (SAME | REMOVED | ADDED, line)

    @property
    def removed(self) -> int:
        return sum(1 for op, _ in self.lines if op == REMOVED)

    @property
    def added(self) -> int:
        return sum(1 for op, _ in self.lines if op == ADDED)


def field_changes(current: list[dict], fresh: list[dict]) -> list[FieldDiff]:
    """The fields whose text differs (a field only one side has counts as all removed or all added)."""
    old = {f["key"]: f for f in current}
    new = {f["key"]: f for f in fresh}
    keys = [f["key"] for f in fresh] + [k for k in old if k not in new]
    diffs = []
    for key in keys:
        before, after = old.get(key, {}).get("text", ""), new.get(key, {}).get("text", "")
        if before == after:
            continue
        label = (new.get(key) or old.get(key))["label"]
        diffs.append(FieldDiff(key, label, tuple(_lines(before.splitlines(), after.splitlines()))))
    return diffs


def _lines(before: list[str], after: list[str]):
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if op == "equal":
            yield from ((SAME, line) for line in before[i1:i2])
            continue
        yield from ((REMOVED, line) for line in before[i1:i2])
        yield from ((ADDED, line) for line in after[j1:j2])
