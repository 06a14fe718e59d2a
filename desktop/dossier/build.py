"""Export the dossier PDF of a case.

The dossier is made in parts, so memory stays flat whatever the number of exhibits:
1. Each exhibit's stored content is hashed again and, in worker processes bounded in time, turned
   into what the dossier draws: an upright JPEG at about 150/200 dpi, or its PDF pages on A4.
   Every part's page count is then known.
2. The front part (cover, contents, summary, statement, steps, index) is laid out by reportlab's
   multiBuild, which repeats until the contents' page numbers are stable.
3. The exhibit pages are drawn in chunks of a few dozen, then the letters marked sent and the
   integrity appendix.
4. pypdf joins the parts, lays each PDF evidence page under its stamp, adds the bookmarks, and
   writes a temporary file beside the destination, renamed into place only when complete."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from desktop import __version__
from desktop.core import deadlines, vocab
from desktop.core.cipher import CaseKey
from desktop.core.errors import CaseError
from desktop.core.letter_kinds import letter_kind
from desktop.core.lifecycle import open_case, reopen_read_only
from desktop.core.ocr_engine import MACHINE
from desktop.core.playbook import case_playbook
from desktop.dossier import jobs, labels, layout, masking
from desktop.dossier.model import IMAGE_TYPES, SECTIONS, DossierData, Exhibit, ReadLine, ReadText, SentLetter

JOB_TIMEOUT_S = 60.0
# What each worker process runs for an exhibit (a module-level function, so the spawned worker can
# import it by name); a crashed or stuck worker costs that exhibit its pages, never the export.
exhibit_job = jobs.prepare_exhibit
EXHIBITS_PER_CHUNK = 24

Progress = Callable[[int, int, str], None]  # done, total, stage: exhibits, layout, pages, saving


class ExportCancelled(CaseError):
    """The user cancelled; nothing was written at the destination."""


@dataclass
class DossierOptions:
    lang: str = "zh"
    include_private: bool = False
    quality: str = "standard"
    sections: frozenset[str] = frozenset(SECTIONS)
    exhibit_ids: list[int] | None = None  # None: every item (private ones only with include_private)
    allow_mismatch: bool = False  # False: refuse to export if a stored file no longer matches its hash
    # Star out the middle of ID-card and phone numbers in the case's text (masking.py). On unless
    # asked: a dossier is handed on, and the last digits are enough to recognise a number.
    mask_numbers: bool = True
    # Print each exhibit's recognised text (read_text.py) after it, marked as machine-read. Off unless
    # asked: the picture is the evidence, and the text adds pages.
    recognised_text: bool = False

    def check(self) -> None:
        if self.lang not in ("zh", "en"):
            raise CaseError(f"Unknown dossier language {self.lang!r}: use zh or en.")
        if self.quality not in layout.QUALITY:
            raise CaseError(f"Unknown image quality {self.quality!r}: use standard or high.")
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise CaseError(f"Unknown dossier sections: {', '.join(sorted(unknown))}.")
        if not self.sections:
            raise CaseError("Choose at least one part of the dossier to export.")


@dataclass
class DossierResult:
    path: Path
    pages: int
    exhibits: int
    size: int
    mismatched: list[str] = field(default_factory=list)  # exhibit numbers flagged in the dossier


def build_dossier(case_path: Path, out: Path, options: DossierOptions | None = None,
                  progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None,
                  key: CaseKey | None = None) -> DossierResult:
    """Write the dossier of the case at `case_path` (an encrypted one with its key) to `out`. Opens the
    case read-only itself, so it runs while the app has the case open, in any thread."""
    options = options or DossierOptions()
    options.check()
    out = Path(out)
    report = progress or (lambda done, total, stage: None)
    cancelled = is_cancelled or (lambda: False)
    if not out.parent.is_dir():
        raise CaseError(f"The folder {out.parent} does not exist.", code="dossier.no_folder", folder=str(out.parent))
    if not os.access(out.parent, os.W_OK):
        raise CaseError(f"The folder {out.parent} cannot be written: choose another place for the dossier.",
                        code="dossier.folder_read_only", folder=str(out.parent))
    partial = out.with_name(f".{out.name}.partial")
    workdir = out.with_name(f".{out.name}.parts")
    shutil.rmtree(workdir, ignore_errors=True)
    try:
        workdir.mkdir()
        with open_case(case_path, read_only=True, key=key) as case:
            data = gather(case, options)
            total_steps = len(data.exhibits) + (len(data.exhibits) // EXHIBITS_PER_CHUNK + 1) + 2
            prepare_exhibits(case.path, data.exhibits, workdir, options, report, cancelled, total_steps, key)
        bad = data.mismatched
        if bad and not options.allow_mismatch:
            names = ", ".join(f"{e.number} ({e.item['file_name']})" for e in bad[:5])
            raise CaseError(f"{len(bad)} evidence item(s) no longer match the SHA-256 recorded at import: {names}. "
                            "The dossier was not made. Run Verify to see the details.",
                            code="dossier.mismatch", count=str(len(bad)), items=names)
        pages = compose(data, workdir, partial, report, cancelled, total_steps)
        if cancelled():
            raise ExportCancelled("The export was cancelled; no dossier was written.")
        os.replace(partial, out)
    except OSError as exc:
        raise CaseError(f"The dossier could not be written to {out}: {exc.strerror or exc}.", code="dossier.write_failed",
                        location=str(out), detail=str(exc.strerror or exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
        shutil.rmtree(workdir, ignore_errors=True)
    report(total_steps, total_steps, "saving")
    return DossierResult(out, pages, len(data.exhibits), out.stat().st_size, [e.number for e in bad])


# -- 0. what goes in --------------------------------------------------------------------------------
def gather(case, options: DossierOptions) -> DossierData:
    items = case.evidence.list(include_private=options.include_private)
    if options.exhibit_ids is not None:
        wanted = set(options.exhibit_ids)
        items = [i for i in items if i["id"] in wanted]
    exhibits = [Exhibit(item, f"E{n}", _kind(item)) for n, item in enumerate(items, start=1)]
    if options.recognised_text and "exhibits" in options.sections:
        for exhibit in exhibits:
            exhibit.read_text = _read_text(case, exhibit.item["id"])
    number_of = {e.item["id"]: e.number for e in exhibits}
    entries = case.audit_entries()
    chain = case.audit_chain()
    now = datetime.now().astimezone()
    lang = options.lang
    report = deadlines.for_case(case, now.date())
    data = DossierData(
        lang=lang, title=case.title, details=case.details.get(),
        playbook=case_playbook(case.playbook_id, case.details.playbook_version),
        events=case.timeline.list(), steps=case.checklist.list(), exhibits=exhibits,
        number_of=number_of,
        audit_summary=case.audit_summary(), audit_first=entries[0]["at"] if entries else "",
        audit_last=entries[-1]["at"] if entries else "", audit_entries=chain.entries,
        audit_broken_at=chain.broken_at, case_file_name=case.path.name,
        generated=now.date().isoformat(), generated_at=now.isoformat(timespec="minutes").replace("T", " "),
        sections=frozenset(options.sections), app_version=__version__, deadlines=report.deadlines,
        deadlines_missing=tuple(report.missing_texts(lang)), letters=_sent_letters(case, number_of, lang))
    # Everything the dossier says of the case is read here: masked here, it is masked everywhere.
    return masking.masked(data) if options.mask_numbers else data


def _read_text(case, evidence_id: int) -> ReadText | None:
    """The lines machine-read in an item, corrections applied; None when it was never read or nothing was
    read in it. A PDF's own text is left out: its pages, in the dossier, already show it."""
    info = case.text.read_info(evidence_id)
    if info is None:
        return None
    lines = [ReadLine(line["page"], line["shown"], line["corrected"] is not None)
             for line in case.text.lines(evidence_id) if line["source"] == MACHINE and line["shown"].strip()]
    return ReadText(info["engine"], (info["read_at"] or "")[:10], lines) if lines else None


def _sent_letters(case, number_of: dict[int, str], lang: str) -> list[SentLetter]:
    """The letters marked sent, oldest first, each with the text it was sent with."""
    sent = sorted((row for row in case.letters.list() if row["status"] == "sent"),
                  key=lambda row: (row["sent_on"] or "", row["id"]))
    letters = []
    for number, row in enumerate(sent, start=1):
        letter = case.letters.get(row["id"])
        method = vocab.label(vocab.SEND_METHODS, letter["sent_method"], lang)
        letters.append(SentLetter(f"L{number}", letter["title"], letter["lang"], _is_form(letter), letter["fields"],
                                  letter["sent_on"] or "", method, letter["tracking_no"] or "",
                                  number_of.get(letter["receipt_evidence_id"], "")))
    return letters


def _is_form(letter: dict) -> bool:
    """Whether a letter is a form, shown field by field. A sent letter keeps its text whatever becomes of
    its kind's file, so a kind this app cannot load is told by its fields: prose has one, `body`."""
    try:
        return letter_kind(letter["kind"]).form
    except (KeyError, OSError, ValueError):
        return [f["key"] for f in letter["fields"]] != ["body"]


def _kind(item: dict) -> str:
    if item["media_type"] in IMAGE_TYPES:
        return "photo"
    if item["media_type"] == "application/pdf":
        return "pdf"
    return "file"


# -- 1. exhibits: hash again, and make what is drawn ----------------------------------------------
def prepare_exhibits(case_path: Path, exhibits: list[Exhibit], workdir: Path, options: DossierOptions,
                     report: Progress, cancelled: Callable[[], bool], total_steps: int,
                     key: CaseKey | None = None) -> None:
    """Re-hash every exhibit and prepare its pictures or pages, a few at a time in worker processes.
    Exhibits left out of the pages (the exhibits section unticked) are still hashed for the index."""
    from pebble import ProcessPool
    from pebble.common import ProcessExpired

    if not exhibits:
        return
    draws_pages = options.sections and "exhibits" in options.sections
    dpi, quality = layout.QUALITY[options.quality]
    photo_params = {"box_width_in": layout.PHOTO_BOX_WIDTH / 72, "box_height_in": layout.PHOTO_BOX_HEIGHT / 72,
                    "dpi": dpi, "quality": quality}
    pdf_params = {"page_width": layout.PAGE_WIDTH, "page_height": layout.PAGE_HEIGHT, "box": layout.PDF_BOX}
    workers = max(1, min(4, os.cpu_count() or 1, len(exhibits)))
    pool = ProcessPool(max_workers=workers, context=multiprocessing.get_context("spawn"))

    def submit(exhibit: Exhibit):
        kind = exhibit.kind if draws_pages else "file"
        suffix = ".jpg" if kind == "photo" else ".pdf"
        params = photo_params if kind == "photo" else pdf_params if kind == "pdf" else {}
        target = workdir / f"exhibit-{exhibit.item['id']}{suffix}"
        return pool.schedule(exhibit_job, args=(str(case_path), key, exhibit.item["id"], kind, str(target), params),
                             timeout=JOB_TIMEOUT_S)

    window = workers * 3  # a few jobs queued ahead: workers stay busy, finished files stay few
    futures: dict[int, concurrent.futures.Future] = {}
    try:
        for index, exhibit in enumerate(exhibits):
            for ahead in range(index, min(index + window, len(exhibits))):
                if ahead not in futures:
                    futures[ahead] = submit(exhibits[ahead])
            future = futures.pop(index)
            while not future.done():
                if cancelled():
                    raise ExportCancelled("The export was cancelled; no dossier was written.")
                concurrent.futures.wait([future], timeout=0.2)
            try:
                result = future.result()
            except concurrent.futures.TimeoutError:
                result = {"error": "too_slow"}
            except ProcessExpired:
                result = {"error": "unreadable"}
            _apply(exhibit, result, case_path, key)
            report(index + 1, total_steps, "exhibits")
    finally:
        pool.stop()
        pool.join(timeout=10)


def _apply(exhibit: Exhibit, result: dict, case_path: Path, key: CaseKey | None = None) -> None:
    exhibit.sha256_now = result.get("sha256") or _hash_here(case_path, exhibit.item["id"], key)
    if "image" in result:
        exhibit.image, exhibit.image_size = result["image"], (result["width"], result["height"])
    elif "pdf" in result:
        exhibit.pdf, exhibit.pdf_pages, exhibit.placed = result["pdf"], result["pages"], result["placed"]
    elif "error" in result:
        exhibit.problem = result["error"]


def _hash_here(case_path: Path, evidence_id: int, key: CaseKey | None = None) -> str:
    """When a worker was stopped (too slow, crashed), the hash is still recomputed, here."""
    case = reopen_read_only(case_path, key)
    try:
        return case.evidence.recompute_hash(evidence_id)
    except sqlite3.DatabaseError:
        return jobs.UNREADABLE
    finally:
        case.close()


# -- 2-4. lay out, draw, join -------------------------------------------------------------------------
def compose(data: DossierData, workdir: Path, partial: Path, report: Progress, cancelled: Callable[[], bool],
            total_steps: int) -> int:
    from pypdf import PdfReader, PdfWriter

    from desktop.dossier import exhibits as exhibit_pages
    from desktop.dossier import letter_pages
    from desktop.dossier.pages import Decoration

    decoration = Decoration(data.title, data.lang, data.generated)
    exhibit_count = 0
    if data.has("exhibits"):
        for exhibit in data.exhibits:
            exhibit.text_pages = exhibit_pages.text_pages(exhibit, data)
            exhibit.first_page = exhibit_count
            exhibit_count += exhibit.page_count
    done = len(data.exhibits)
    report(done, total_steps, "layout")

    # The letters and the appendix are laid out once to count their pages, again below with the right numbers.
    letters_path = workdir / "letters.pdf"
    letter_count = 0
    if data.has("letters") and data.letters:
        letter_count = letter_pages.write_letters(data, letters_path, decoration, 1, 0)
    appendix_path = workdir / "appendix.pdf"
    appendix_count = 0
    if data.has("appendix"):
        appendix_count = build_appendix(data, appendix_path, decoration, 1, 0)
    front_path = workdir / "front.pdf"
    front_count, section_pages = build_front(data, front_path, decoration,
                                             exhibit_count + letter_count + appendix_count,
                                             _contents_after(data, exhibit_count, letter_count))
    total = front_count + exhibit_count + letter_count + appendix_count
    if letter_count:
        letter_pages.write_letters(data, letters_path, decoration, front_count + exhibit_count + 1, total)
    if data.has("appendix"):
        build_appendix(data, appendix_path, decoration, front_count + exhibit_count + letter_count + 1, total)
    done += 1

    writer = PdfWriter()
    if front_count:
        for page in PdfReader(front_path).pages:
            writer.add_page(page)
    if exhibit_count:
        first = front_count + 1
        for start in range(0, len(data.exhibits), EXHIBITS_PER_CHUNK):
            if cancelled():
                raise ExportCancelled("The export was cancelled; no dossier was written.")
            chunk = data.exhibits[start:start + EXHIBITS_PER_CHUNK]
            chunk_path = workdir / f"exhibits-{start}.pdf"
            under = exhibit_pages.write_chunk(str(chunk_path), chunk, data, decoration, first, total)
            _append_chunk(writer, chunk_path, under)
            chunk_path.unlink()
            first += sum(e.page_count for e in chunk)
            done += 1
            report(done, total_steps, "pages")
    for part, count in ((letters_path, letter_count), (appendix_path, appendix_count)):
        if count:
            for page in PdfReader(part).pages:
                writer.add_page(page)
    _outline(writer, data, section_pages, front_count, exhibit_count, letter_count, appendix_count)
    writer.add_metadata({"/Title": f"{data.title} — {labels.text('dossier', data.lang)}",
                         "/Creator": f"Refund Case Organizer {data.app_version}"})
    writer.page_mode = "/UseOutlines"
    report(done, total_steps, "saving")
    with open(partial, "wb") as handle:
        writer.write(handle)
        handle.flush()
        os.fsync(handle.fileno())
    return total


def _append_chunk(writer, chunk_path: Path, under: list) -> None:
    """Add a chunk's pages; a stamp page goes over its PDF evidence page (already put on A4 by a worker)."""
    from pypdf import PdfReader

    readers: dict[str, PdfReader] = {}
    for page, below in zip(PdfReader(chunk_path).pages, under):
        if below is None:
            writer.add_page(page)
            continue
        exhibit, index = below
        reader = readers.get(exhibit.pdf) or readers.setdefault(exhibit.pdf, PdfReader(exhibit.pdf))
        writer.add_page(reader.pages[index]).merge_page(page)


def _contents_after(data: DossierData, exhibit_count: int, letter_count: int) -> list[tuple[int, str, int]]:
    """The contents' lines for the parts after the front: (level, title, pages after the front's last)."""
    lines = []
    if data.has("exhibits") and data.exhibits:
        lines.append((0, labels.text("exhibits", data.lang), 0))
    if letter_count:
        lines.append((0, labels.text("letters", data.lang), exhibit_count))
        lines += [(1, f"{letter.number}  {letter.title}", exhibit_count + letter.first_page)
                  for letter in data.letters]
    if data.has("appendix"):
        lines.append((0, labels.text("appendix", data.lang), exhibit_count + letter_count))
    return lines


def _outline(writer, data: DossierData, section_pages: dict[str, int], front_count: int, exhibit_count: int,
             letter_count: int, appendix_count: int) -> None:
    def text(key: str) -> str:
        return labels.text(key, data.lang)

    if data.has("cover") and front_count:
        writer.add_outline_item(title=text("cover"), page_number=0)
    for key in ("contents", "summary", "statement", "steps", "index"):
        if key in section_pages:
            writer.add_outline_item(title=text(key), page_number=section_pages[key] - 1)
    if exhibit_count:
        parent = writer.add_outline_item(title=text("exhibits"), page_number=front_count)
        for exhibit in data.exhibits:
            writer.add_outline_item(title=f"{exhibit.number}  {exhibit.item['title']}",
                                    page_number=front_count + exhibit.first_page,
                                    parent=parent)
    if letter_count:
        first = front_count + exhibit_count
        parent = writer.add_outline_item(title=text("letters"), page_number=first)
        for letter in data.letters:
            writer.add_outline_item(title=f"{letter.number}  {letter.title}", page_number=first + letter.first_page,
                                    parent=parent)
    if appendix_count:
        writer.add_outline_item(title=text("appendix"), page_number=front_count + exhibit_count + letter_count)


def build_front(data: DossierData, path: Path, decoration, pages_after: int,
                contents_after: list[tuple[int, str, int]]) -> tuple[int, dict[str, int]]:
    """Lay out the front part; returns its page count and the page each section starts on.
    `contents_after`: the contents' lines for the later parts (see _contents_after)."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from desktop.dossier import fonts, sections
    from desktop.dossier.pages import numbered_canvas

    state = sections.FrontState()
    story, starts_landscape = sections.front(data, state)
    if len(story) == 1:  # only the page-count marker: no front sections chosen
        return 0, {}
    section_pages: dict[str, int] = {}

    class FrontDocument(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if isinstance(flowable, sections.SectionHeading):
                section_pages[flowable.key] = self.page
                if flowable.key != "contents":
                    self.notify("TOCEntry", (flowable.level, fonts.markup(flowable.plain_text), self.page))
            elif isinstance(flowable, sections.FrontEnd):
                for level, title, offset in contents_after:
                    self.notify("TOCEntry", (level, fonts.markup(title), self.page + 1 + offset))

    portrait = (layout.PAGE_WIDTH, layout.PAGE_HEIGHT)
    wide = sections.INDEX_PAGE_SIZE

    def frame(size):
        return Frame(layout.MARGIN_X, layout.MARGIN_BOTTOM, size[0] - 2 * layout.MARGIN_X,
                     size[1] - layout.MARGIN_TOP - layout.MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)

    templates = [PageTemplate("portrait", [frame(portrait)], pagesize=portrait),
                 PageTemplate("landscape", [frame(wide)], pagesize=wide)]
    if starts_landscape:
        templates.reverse()
    document = FrontDocument(str(path), pagesize=portrait, pageTemplates=templates, title=data.title,
                             creator="Refund Case Organizer", initialFontName=fonts.LATIN)
    document.multiBuild(story, maxPasses=8,
                        canvasmaker=numbered_canvas(decoration, 1, pages_after))
    return state.front_pages, section_pages


def build_appendix(data: DossierData, path: Path, decoration, first_page: int, total: int) -> int:
    from reportlab.platypus import SimpleDocTemplate

    from desktop.dossier import fonts, sections

    pages = {"count": 0}

    def on_page(canvas, document):
        pages["count"] = canvas.getPageNumber()
        decoration.draw(canvas, first_page + canvas.getPageNumber() - 1, total)

    document = SimpleDocTemplate(str(path), pagesize=(layout.PAGE_WIDTH, layout.PAGE_HEIGHT),
                                 leftMargin=layout.MARGIN_X, rightMargin=layout.MARGIN_X,
                                 topMargin=layout.MARGIN_TOP, bottomMargin=layout.MARGIN_BOTTOM,
                                 title=data.title, initialFontName=fonts.LATIN)
    document.build(sections.appendix(data), onFirstPage=on_page, onLaterPages=on_page)
    return pages["count"]
