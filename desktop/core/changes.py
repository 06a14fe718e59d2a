"""What one write to the case changed: the value every core write returns.

The interface turns it into one signal (desktop/ui/session.py); each view picks what it shows and
updates only those rows. A write also returns here what an undo needs (`previous`) and the id of
a row it created (`created`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

# Kinds of rows a view can show. THUMBNAIL: an evidence item's picture changed; TEXT: the text read in
# it (both by evidence id).
DETAILS, EVIDENCE, EVENT, STEP, LETTER, THUMBNAIL, TEXT = ("details", "evidence", "event", "step", "letter",
                                                           "thumbnail", "text")
KINDS = (DETAILS, EVIDENCE, EVENT, STEP, LETTER, THUMBNAIL, TEXT)


def _ids(by_kind: Mapping[str, Iterable[int]] | None) -> dict[str, frozenset[int]]:
    return {kind: frozenset(ids) for kind, ids in (by_kind or {}).items() if ids}


@dataclass(frozen=True)
class Changes:
    added: Mapping[str, frozenset[int]] = field(default_factory=dict)
    updated: Mapping[str, frozenset[int]] = field(default_factory=dict)
    removed: Mapping[str, frozenset[int]] = field(default_factory=dict)
    # Evidence changed order or left/joined the list: exhibit numbers (E1, E2…) may all be different.
    renumbered: bool = False
    # Written through another connection (an import in a worker): anything may have changed.
    everything: bool = False
    previous: Any = None
    created: int | None = None

    @classmethod
    def of(cls, *, added: Mapping[str, Iterable[int]] | None = None,
           updated: Mapping[str, Iterable[int]] | None = None,
           removed: Mapping[str, Iterable[int]] | None = None,
           renumbered: bool = False, previous: Any = None, created: int | None = None) -> "Changes":
        return cls(_ids(added), _ids(updated), _ids(removed), renumbered, False, previous, created)

    def touches(self, *kinds: str) -> bool:
        return self.everything or (self.renumbered and EVIDENCE in kinds) or any(
            kind in part for kind in kinds for part in (self.added, self.updated, self.removed))

    def structural(self, kind: str) -> bool:
        """Rows of this kind came, went or may have moved: a list of them must be read again."""
        return (self.everything or kind in self.added or kind in self.removed
                or (kind == EVIDENCE and self.renumbered))

    def added_ids(self, kind: str) -> frozenset[int]:
        return self.added.get(kind, frozenset())

    def updated_ids(self, kind: str) -> frozenset[int]:
        return self.updated.get(kind, frozenset())

    def removed_ids(self, kind: str) -> frozenset[int]:
        return self.removed.get(kind, frozenset())

    @property
    def empty(self) -> bool:
        return not (self.added or self.updated or self.removed or self.renumbered or self.everything)

    def __or__(self, other: "Changes") -> "Changes":
        def merged(a: Mapping[str, frozenset[int]], b: Mapping[str, frozenset[int]]) -> dict[str, frozenset[int]]:
            return {kind: a.get(kind, frozenset()) | b.get(kind, frozenset()) for kind in {*a, *b}}

        return Changes(merged(self.added, other.added), merged(self.updated, other.updated),
                       merged(self.removed, other.removed), self.renumbered or other.renumbered,
                       self.everything or other.everything,
                       self.previous if self.previous is not None else other.previous,
                       self.created if self.created is not None else other.created)


NOTHING = Changes()
EVERYTHING = Changes(renumbered=True, everything=True)
