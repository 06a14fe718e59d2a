"""What the dossier shows, read from the case once: plain data the layout modules draw from."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.playbook import Playbook

IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp",
               "image/heic", "image/heif", "image/avif"}

SECTIONS = ("cover", "contents", "summary", "statement", "steps", "index", "exhibits", "letters", "appendix")


@dataclass
class ReadLine:
    page: int        # the page of the item it was read on (0 for a picture)
    text: str        # as shown: the user's correction, else the machine's text
    corrected: bool  # the user corrected the machine's reading


@dataclass
class ReadText:
    """The text machine-read in an exhibit (core.recognised), printed under it when asked for."""
    engine: str
    read_on: str     # the day it was read, YYYY-MM-DD
    lines: list[ReadLine]


@dataclass
class Exhibit:
    item: dict           # the evidence row (core.evidence LIST_COLUMNS)
    number: str          # E1, E2… numbered within this dossier
    kind: str            # photo, pdf or file: how its pages are made
    sha256_now: str = ""  # recomputed from the stored content during this export
    image: str | None = None
    image_size: tuple[int, int] = (0, 0)
    pdf: str | None = None
    pdf_pages: int = 0
    placed: list = field(default_factory=list)  # where each PDF page landed on its dossier page
    problem: str | None = None  # password, unreadable, too_slow, image_too_large
    first_page: int = 0  # offset of its first page within the exhibits part
    read_text: ReadText | None = None  # only when the dossier prints recognised text, and there is some
    text_pages: int = 0  # pages of recognised text after its own (0 when it fits under its picture)

    @property
    def page_count(self) -> int:
        return (self.pdf_pages if self.pdf else 1) + self.text_pages

    @property
    def mismatched(self) -> bool:
        return bool(self.sha256_now) and self.sha256_now != self.item["sha256"]


@dataclass
class SentLetter:
    """A letter marked sent, numbered L1, L2… within this dossier in the order sent (oldest first)."""
    number: str
    title: str
    lang: str            # the letter's own language: its text is shown as it was sent
    form: bool           # a form, shown field by field under the labels; else prose
    fields: list[dict]   # {key, label, text, limit}: the version that was sent (a sent letter is frozen)
    sent_on: str
    method: str          # how it went, in the dossier's language (core.vocab.SEND_METHODS)
    tracking_no: str
    receipt: str         # the receipt's exhibit number, "" when the receipt is not an exhibit of this dossier
    first_page: int = 0  # offset of its first page within the letters part
    page_count: int = 0


@dataclass
class DossierData:
    lang: str
    title: str
    details: dict
    playbook: Playbook
    events: list[dict]
    steps: list[dict]
    exhibits: list[Exhibit]
    number_of: dict[int, str]  # evidence id -> exhibit number, for the included exhibits only
    audit_summary: dict[str, int]
    audit_first: str
    audit_last: str
    audit_entries: int
    audit_broken_at: int | None
    case_file_name: str
    generated: str   # date shown on every page
    generated_at: str  # date and time, for the integrity appendix
    sections: frozenset[str]
    app_version: str
    deadlines: tuple = ()      # core.deadlines.Deadline, soonest first, as of `generated`
    deadlines_missing: tuple[str, ...] = ()  # what the case lacks to work out the main ones, in this language
    letters: list[SentLetter] = field(default_factory=list)

    def has(self, section: str) -> bool:
        return section in self.sections

    @property
    def mismatched(self) -> list[Exhibit]:
        return [e for e in self.exhibits if e.mismatched]

    def cite(self, evidence_ids: list[int]) -> list[str]:
        """Exhibit numbers of the given items that are in this dossier, in exhibit order."""
        numbers = [self.number_of[i] for i in evidence_ids if i in self.number_of]
        return sorted(numbers, key=lambda n: int(n[1:]))
