"""The text parts of the dossier as reportlab flowables: cover, contents, summary, statement,
steps, evidence index (the front part), and the integrity appendix."""

from __future__ import annotations

from reportlab.lib.pagesizes import landscape
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from desktop.core import checks, vocab
from desktop.core.clock import short_datetime
from desktop.dossier import fonts, labels, layout
from desktop.dossier.model import DossierData
from desktop.dossier.styles import grid, key_values, styles, toc_table

MM = layout.MM


class SectionHeading(Paragraph):
    """A section's title: the document template files it in the contents and the bookmarks."""

    def __init__(self, text: str, key: str, level: int = 0):
        super().__init__(fonts.markup(text), styles().h1 if level == 0 else styles().h2)
        self.plain_text, self.key, self.level = text, key, level


class FrontEnd(Flowable):
    """Zero-size and last in the front part. It learns how many pages the front part has in each
    pass of multiBuild, which runs again until that count is stable: the exhibits' page numbers in
    the contents and the index follow from it."""

    def __init__(self, state: "FrontState"):
        super().__init__()
        self.state = state
        self._previous: int | None = None
        self._current: int | None = None

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self._current = self.canv.getPageNumber()
        self.state.front_pages = self._current

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self._previous, self._current = self._current, None

    def afterBuild(self) -> None:
        pass

    def notify(self, kind, stuff) -> None:
        pass

    def isSatisfied(self) -> bool:
        return self._current is not None and self._current == self._previous


class FrontState:
    front_pages = 0


class PageRef(Flowable):
    """The dossier page on which an exhibit starts, known once the front part's length is."""

    def __init__(self, state: FrontState, offset: int, font_size: float):
        super().__init__()
        self.state, self.offset, self.font_size = state, offset, font_size

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.font_size * 1.3

    def draw(self) -> None:
        fonts.draw_string(self.canv, 0, self.font_size * 0.25, str(self.state.front_pages + 1 + self.offset),
                          self.font_size)


def t(key: str, data: DossierData, **values) -> str:
    return labels.text(key, data.lang, **values)


def p(text: str | None, style) -> Paragraph:
    return Paragraph(fonts.markup(text or ""), style)


def given(value: str | None, data: DossierData) -> str:
    return value.strip() if value and value.strip() else t("not_given", data)


def hash_lines(sha256: str, per_line: int = 64) -> str:
    return "<br/>".join(sha256[i:i + per_line] for i in range(0, len(sha256), per_line))


def format_size(size: int, lang: str) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def key_value_table(rows: list[tuple[str, str]], data: DossierData, label_width: float = 48 * MM,
                    width: float = layout.BODY_WIDTH) -> Table:
    s = styles()
    table = Table([[p(k, s.cell), p(v, s.cell)] for k, v in rows], colWidths=[label_width, width - label_width])
    table.setStyle(key_values())
    return table


# -- cover ----------------------------------------------------------------------------------------
def cover(data: DossierData) -> list:
    s, d = styles(), data.details
    amount_claimed = " ".join(x for x in (vocab.label(vocab.DEMAND_KINDS, d["demand_kind"], data.lang)
                                          if d["demand_kind"] else "", d["demand_amount"]) if x)
    complainant = "\n".join(x for x in (d["complainant_name"], d["complainant_phone"], d["complainant_address"]) if x)
    clinic = "\n".join(x for x in (d["clinic_name"], d["clinic_address"], d["clinic_phone"]) if x)
    story: list = [
        p(data.title, s.cover_title),
        p(t("dossier", data), s.cover_sub),
        key_value_table([
            (t("complainant", data), given(complainant, data)),
            (t("clinic", data), given(clinic, data)),
            (t("credit_code", data), given(d["clinic_credit_code"], data)),
            (t("licence_no", data), given(d["clinic_licence_no"], data)),
            (t("amount_paid", data), given(d["amount_paid"], data)),
            (t("amount_claimed", data), given(amount_claimed, data)),
            (t("generated", data), data.generated),
            (t("exhibit_count", data), str(len(data.exhibits))),
        ], data),
        Paragraph(f"<b>{fonts.markup(t('notice_title', data))}</b><br/>{fonts.markup(t('notice', data))}<br/>"
                  f"{fonts.markup(t('rules_as_of', data, date=data.playbook.rules_as_of, title=data.playbook.text('title', data.lang)))}",
                  s.notice),
    ]
    if data.exhibits:
        story.append(p(t("exhibit_hashes", data), s.h2))
        story.append(verification_line(data))
        rows = [[p(t("no", data), s.cell_head), p(t("file_name", data), s.cell_head), p(t("sha256", data), s.cell_head)]]
        for exhibit in data.exhibits:  # plain strings where the text is ASCII: far quicker to lay out
            rows.append([exhibit.number, p(exhibit.item["file_name"], s.cell), exhibit.item["sha256"]])
        table = Table(rows, colWidths=[14 * MM, layout.BODY_WIDTH - 14 * MM - 92 * MM, 92 * MM], repeatRows=1)
        style = grid()
        style.add("FONTSIZE", (0, 1), (0, -1), 8.5)
        style.add("FONTNAME", (2, 1), (2, -1), fonts.MONO)
        style.add("FONTSIZE", (2, 1), (2, -1), 6.3)
        table.setStyle(style)
        story.append(table)
    return story


def verification_line(data: DossierData) -> Paragraph:
    s = styles()
    bad = data.mismatched
    if bad:
        return p(t("hashes_flagged", data, bad=len(bad), n=len(data.exhibits)), s.alert)
    return p(t("hashes_verified", data, n=len(data.exhibits)), s.small)


# -- contents ---------------------------------------------------------------------------------------
def contents(data: DossierData) -> list:
    toc = TableOfContents(levelStyles=styles().toc, dotsMinLevel=0, tableStyle=toc_table())
    return [SectionHeading(t("contents", data), "contents"), toc]


# -- summary ----------------------------------------------------------------------------------------
def summary(data: DossierData) -> list:
    s, d = styles(), data.details
    rows = [
        (t("treatment", data), d["treatment"]),
        (t("treatment_dates", data), d["treatment_dates"]),
        (t("practitioner", data), d["practitioner"]),
        (t("amount_paid", data), d["amount_paid"]),
        (t("payment_method", data), d["payment_method"]),
        (t("payment_refs", data), d["payment_refs"]),
        (t("refund_clause", data), vocab.label(vocab.REFUND_CLAUSE, d["refund_clause"], data.lang)),
        (t("refund_clause_text", data), d["refund_clause_text"]),
        (t("first_aware", data), d["first_aware_date"]),
    ]
    story: list = [SectionHeading(t("summary", data), "summary"), p(t("facts", data), s.h2),
                   key_value_table([(k, v) for k, v in rows if v and v.strip()] or
                                   [(t("treatment", data), t("not_given", data))], data)]
    if d["notes"].strip():
        story += [Spacer(0, 6), p(t("notes", data), s.h2), p(d["notes"], s.body)]
    story += [p(t("counts", data, events=len(data.events), exhibits=len(data.exhibits)), s.small),
              p(t("demand", data), s.h2),
              key_value_table([(t("demand_kind", data), vocab.label(vocab.DEMAND_KINDS, d["demand_kind"], data.lang)),
                               (t("amount_claimed", data), given(d["demand_amount"], data))], data)]
    story += deadline_table(data)
    story.append(p(t("notice", data), s.notice))
    return story


def deadline_table(data: DossierData) -> list:
    """The deadlines as of the dossier's date, soonest first, each with how it was worked out, its
    source and how sure that source is."""
    s, lang = styles(), data.lang
    story: list = [p(t("deadlines", data, date=data.generated), s.h2)]
    for missing in data.deadlines_missing:
        story.append(p(missing, s.small))
    if not data.deadlines:
        return story + [p(t("no_deadlines", data), s.small)]
    rows = [[p(t(k, data), s.cell_head) for k in ("deadline_due", "deadline_rule", "deadline_basis")]]
    for deadline in data.deadlines:
        state = t("deadline_passed", data) if deadline.passed else t("deadline_left", data, days=deadline.days_left)
        basis = [fonts.markup(deadline.basis(lang))]
        if deadline.passed:
            basis.append(fonts.markup(deadline.passed_meaning(lang)))
        basis.append(f'<font size="7.5" color="#5b6673">{fonts.markup(deadline.source(lang))} '
                     f'({fonts.markup(deadline.mark_text(lang))})</font>')
        for caution in deadline.caution_texts(lang):
            basis.append(f'<font size="7.5" color="#5b6673">{fonts.markup(caution)}</font>')
        rows.append([p(f"{deadline.due.isoformat()}\n{state}", s.cell), p(deadline.title(lang), s.cell),
                     Paragraph("<br/>".join(basis), s.cell)])
    table = Table(rows, colWidths=[28 * MM, 40 * MM, layout.BODY_WIDTH - 68 * MM], repeatRows=1)
    table.setStyle(grid())
    return story + [table, p(t("deadlines_note", data), s.small)]


# -- statement of circumstances ---------------------------------------------------------------------
def event_when(event: dict, data: DossierData) -> str:
    when = short_datetime(event["occurred_at"])
    return t("about", data, when=when) if event["precision"] == "approximate" else when


def event_particulars(event: dict, data: DossierData) -> list:
    """What an event records beyond its story: a demand's arrival and reply date, who received a
    complaint, and a settlement offer's check with what is missing or worrying in it."""
    s, lang = styles(), data.lang
    lines = []
    if event.get("body"):
        lines.append(t("received_by", data, body=vocab.label(vocab.BODIES, event["body"], lang)))
    if event.get("arrived_on"):
        lines.append(t("arrived_on", data, date=event["arrived_on"]))
    if event.get("reply_by"):
        lines.append(t("reply_by", data, date=event["reply_by"]))
    story = [p(line, s.event_body) for line in lines]
    if event["kind"] == "settlement-offer":
        answers = event.get("checks") or {}
        rows = [(q.text(lang), checks.answer_label(str(answers.get(q.key) or ""), lang) or t("not_answered", data))
                for q in checks.SETTLEMENT_QUESTIONS]
        story.append(p(t("settlement_check", data), s.event_when))
        story.append(key_value_table(rows, data))
        for question in checks.concerns(answers, data.details):
            story.append(p("⚠ " + question.worry_text(lang), s.event_body))
    return story


def statement(data: DossierData) -> list:
    s = styles()
    story: list = [SectionHeading(t("statement", data), "statement")]
    if not data.events:
        story.append(p(t("no_events", data), s.body))
    for event in data.events:
        block = [p(f"{event_when(event, data)} · {vocab.label(vocab.EVENT_KINDS, event['kind'], data.lang)}",
                   s.event_when),
                 p(event["title"], s.event_title)]
        if event["description"]:
            block.append(p(event["description"], s.event_body))
        block += event_particulars(event, data)
        cited = data.cite(event["evidence_ids"])
        if cited:
            block.append(p(t("cites", data, refs=", ".join(cited)), s.event_cites))
        story.append(KeepTogether(block))
    return story


# -- steps taken ------------------------------------------------------------------------------------
def steps(data: DossierData) -> list:
    s, lang, playbook = styles(), data.lang, data.playbook
    story: list = [SectionHeading(t("steps", data), "steps"),
                   p(t("rules_as_of", data, date=playbook.rules_as_of, title=playbook.text("title", lang)), s.small),
                   p(playbook.text("disclaimer", lang), s.notice)]
    head = [p(t(k, data), s.cell_head) for k in ("step", "status", "dates", "outcome")]
    rows = [head]
    for step in data.steps:
        definition = playbook.step(step["step_key"]) if step["in_playbook"] else None
        title = playbook.step_title(step, lang)
        stage = playbook.stage_title(definition.stage, lang) if definition else t("retired_step", data)
        parts = [f"<b>{fonts.markup(title)}</b>"]
        if stage:
            parts.append(f'<font color="#5b6673">{fonts.markup(stage)}</font>')
        if definition:
            for source in definition.sources:
                cite = f"{source.cite(lang)} ({source.mark_text(lang)})"
                parts.append(f'<font size="7.5" color="#5b6673">{fonts.markup(t("source", data) + ": " + cite)}</font>')
            if definition.check_current_rule:
                parts.append(f'<font size="7.5" color="#a11d1d">{fonts.markup(t("check_rule", data))}</font>')
        dates = [t("started", data, date=step["started_on"]) if step["started_on"] else "",
                 t("done", data, date=step["done_on"]) if step["done_on"] else ""]
        outcome = step["outcome"] or ""
        cited = data.cite(step["evidence_ids"])
        if cited:
            outcome = (outcome + "\n" if outcome else "") + t("cites", data, refs=", ".join(cited))
        rows.append([Paragraph("<br/>".join(parts), s.cell),
                     p(vocab.label(vocab.STEP_STATUSES, step["status"], lang), s.cell),
                     p("\n".join(x for x in dates if x), s.cell), p(outcome, s.cell)])
    table = Table(rows, colWidths=[82 * MM, 22 * MM, 28 * MM, layout.BODY_WIDTH - 132 * MM], repeatRows=1)
    table.setStyle(grid())
    story.append(table)
    if data.letters:
        story.append(letters_sent(data))
    return story


def letters_sent(data: DossierData) -> KeepTogether:
    """The letters marked sent, oldest first: their L-numbers (their pages in the letters part), when and
    how each went, and the exhibit that proves it went."""
    s = styles()
    rows = [[p(t(k, data), s.cell_head) for k in ("no", "letter", "date_sent", "how_sent", "receipt")]]
    for letter in data.letters:
        how = [letter.method, t("tracking_no", data, no=letter.tracking_no) if letter.tracking_no else ""]
        rows.append([p(letter.number, s.cell), p(letter.title, s.cell), p(letter.sent_on, s.cell),
                     p("\n".join(x for x in how if x) or "—", s.cell), p(letter.receipt or "—", s.cell)])
    table = Table(rows, colWidths=[14 * MM, layout.BODY_WIDTH - 110 * MM, 24 * MM, 52 * MM, 20 * MM], repeatRows=1)
    table.setStyle(grid())
    return KeepTogether([p(t("letters", data), s.h2), table])


# -- evidence index (landscape) -------------------------------------------------------------------
INDEX_COLUMNS = (("no", 14), ("title", 40), ("category", 24), ("date", 22), ("evidence_source", 26),
                 ("proves", 48), ("file_name", 34), ("size", 18), ("sha256", 48))
PAGE_COLUMN_WIDTH = 12


def index(data: DossierData, state: FrontState) -> list:
    s, lang = styles(), data.lang
    width = layout.PAGE_HEIGHT - 2 * layout.MARGIN_X
    columns = list(INDEX_COLUMNS)
    with_pages = data.has("exhibits")
    fixed = sum(w for _, w in columns) + (PAGE_COLUMN_WIDTH if with_pages else 0)
    stretch = (width / MM - fixed) / 3  # spare width goes to title, proves and file name
    widths = [(w + stretch if key in ("title", "proves", "file_name") else w) * MM for key, w in columns]
    head = [p(t(key, data), s.index_head) for key, _ in columns]
    if with_pages:
        widths.append(PAGE_COLUMN_WIDTH * MM)
        head.append(p("页码" if lang.startswith("zh") else "Page", s.index_head))
    story: list = [SectionHeading(t("index", data), "index"), verification_line(data)]
    if not data.exhibits:
        return story + [p(t("no_exhibits", data), s.body)]
    rows = [head]
    alerts = []
    for row_number, exhibit in enumerate(data.exhibits, start=1):
        item = exhibit.item
        sha = f"{item['sha256'][:32]}\n{item['sha256'][32:]}"
        if exhibit.mismatched:
            sha = Paragraph(f'{hash_lines(item["sha256"], 32)}<br/><font color="#a11d1d" face="{fonts.LATIN}">'
                            f'{fonts.markup(t("mismatch", data))}</font>', s.mono_cell)
            alerts.append(row_number)
        row = [exhibit.number, p(item["title"], s.index_cell),
               p(vocab.label(vocab.CATEGORIES, item["category"], lang), s.index_cell),
               p(short_datetime(item["evidence_date"] or item["captured_at"]), s.index_cell),
               p(item["source"], s.index_cell), p(item["proves"], s.index_cell),
               p(item["file_name"], s.index_cell),
               Paragraph(f"{format_size(item['size'], lang)}<br/>"
                         f'<font size="5.5" color="#5b6673">{item["size"]:,} B</font>', s.index_cell),
               sha]
        if with_pages:
            row.append(PageRef(state, exhibit.first_page, 7))
        rows.append(row)
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = grid()
    style.add("FONTSIZE", (0, 1), (0, -1), 7)
    style.add("FONTNAME", (8, 1), (8, -1), fonts.MONO)
    style.add("FONTSIZE", (8, 1), (8, -1), 6.3)
    style.add("LEADING", (8, 1), (8, -1), 8.2)
    for row_number in alerts:
        style.add("BACKGROUND", (0, row_number), (-1, row_number), "#f6dede")
    table.setStyle(style)
    return story + [table]


def appendix(data: DossierData) -> list:
    s = styles()
    story: list = [SectionHeading(t("appendix", data), "appendix"),
                   p(t("integrity_intro", data, when=data.generated_at), s.body), verification_line(data),
                   p(t("how_to_check", data), s.h2), p(t("how_to_check_intro", data), s.body)]
    for label_key, command in (("on_windows", "certutil -hashfile FILE SHA256"),
                               ("on_macos", "shasum -a 256 FILE"),
                               ("on_linux", "sha256sum FILE")):
        story += [p(t(label_key, data), s.small), Paragraph(command, s.code)]
    story += [p(t("export_command", data), s.small),
              Paragraph(fonts.markup(f'python main.py export-evidence "{data.case_file_name}" ID OUT'), s.code),
              CondPageBreak(60 * MM), p(t("audit_title", data), s.h2), p(t("audit_intro", data), s.body)]
    if data.audit_entries:
        story.append(p(t("audit_entries", data, n=data.audit_entries, first=short_datetime(data.audit_first),
                         last=short_datetime(data.audit_last)), s.body))
    if data.audit_broken_at is None:
        story.append(p(t("audit_intact", data), s.body))
    else:
        story.append(p(t("audit_broken", data, n=data.audit_broken_at), s.alert))
    rows = [[p(t("action", data), s.cell_head), p(t("count", data), s.cell_head)]]
    rows += [[p(labels.audit_action(action, data.lang), s.cell), p(str(n), s.cell)]
             for action, n in data.audit_summary.items()]
    table = Table(rows, colWidths=[110 * MM, 30 * MM], repeatRows=1, hAlign="LEFT")
    table.setStyle(grid())
    story += [table, Spacer(0, 10),
              p(t("generated_by", data, version=data.app_version), s.small)]
    return story


def front(data: DossierData, state: FrontState) -> tuple[list, bool]:
    """The front part in order, sections left out by the options skipped; and whether its first
    page is the (landscape) index."""
    story: list = []
    builders = (("cover", cover), ("contents", contents), ("summary", summary), ("statement", statement),
                ("steps", steps))
    for key, builder in builders:
        if data.has(key):
            if story:
                story.append(PageBreak())
            story += builder(data)
    starts_landscape = False
    if data.has("index"):
        if story:
            story += [NextPageTemplate("landscape"), PageBreak()]
        else:
            starts_landscape = True
        story += index(data, state)
    story.append(FrontEnd(state))
    return story, starts_landscape


INDEX_PAGE_SIZE = landscape((layout.PAGE_WIDTH, layout.PAGE_HEIGHT))
