"""The letters part, after the exhibits: each letter marked sent on pages of its own, its text as sent
in a frame under a stamp like a PDF exhibit's (number and title; when, how and the receipt; page x/y)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from desktop.dossier import fonts, labels, layout
from desktop.dossier.exhibits import draw_stamp
from desktop.dossier.letter_pdf import LetterText, body
from desktop.dossier.model import DossierData, SentLetter
from desktop.dossier.pages import Decoration
from desktop.dossier.styles import MUTED, RULE

MM = layout.MM
PADDING = 6 * MM  # between the frame drawn around the letter and its text


class LetterStart(Flowable):
    """Zero-size, first in each letter's story: the pages from here on are this letter's."""

    def __init__(self, letter: SentLetter):
        super().__init__()
        self.letter = letter

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        pass


class LettersDocument(BaseDocTemplate):
    """Notes where each letter starts, and stamps and decorates each page once its text is on it."""

    def __init__(self, path: Path, data: DossierData, decoration: Decoration, first_page: int, total: int):
        x, y, width, height = layout.PDF_BOX  # the letter sits where a PDF exhibit's page does
        frame = Frame(x, y, width, height, leftPadding=PADDING, rightPadding=PADDING, topPadding=PADDING,
                      bottomPadding=PADDING)
        super().__init__(str(path), pagesize=(layout.PAGE_WIDTH, layout.PAGE_HEIGHT),
                         pageTemplates=[PageTemplate("letter", [frame])], title=data.title,
                         creator="Refund Case Organizer", initialFontName=fonts.LATIN)
        self.data, self.decoration, self.first_page, self.total = data, decoration, first_page, total
        self.current: SentLetter | None = None

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, LetterStart):
            self.current = flowable.letter
            self.current.first_page = self.page - 1

    def afterPage(self) -> None:
        if self.current is not None:
            draw_letter_stamp(self.canv, self.current, self.page - 1 - self.current.first_page, self.data)
        self.decoration.draw(self.canv, self.first_page + self.page - 1, self.total)


def draw_letter_stamp(canvas: Canvas, letter: SentLetter, index: int, data: DossierData) -> None:
    top = layout.STAMP_BAND_TOP
    canvas.saveState()
    draw_stamp(canvas, labels.text("exhibit_page", data.lang, exhibit=letter.number, x=index + 1,
                                   y=letter.page_count), f"{letter.number}  {letter.title}")
    canvas.setFillColor(MUTED)
    fonts.draw_string(canvas, layout.MARGIN_X, top - 9.6 * MM, fonts.fit_text(sent_facts(letter, data), 8,
                                                                           layout.BODY_WIDTH), 8)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.rect(*layout.PDF_BOX)
    canvas.restoreState()


def sent_facts(letter: SentLetter, data: DossierData) -> str:
    """When and how it went, and its receipt, joined as an exhibit's facts are (the methods are the
    app's labels, "By hand, with a signed receipt", so no "sent … by …" sentence)."""
    lang = data.lang
    facts = [labels.text("sent_on", lang, date=letter.sent_on or labels.text("not_given", lang)), letter.method,
             labels.text("tracking_no", lang, no=letter.tracking_no) if letter.tracking_no else "",
             labels.text("receipt_is", lang, exhibit=letter.receipt) if letter.receipt else ""]
    return " · ".join(fact for fact in facts if fact)


def write_letters(data: DossierData, path: Path, decoration: Decoration, first_page: int, total: int) -> int:
    """Lay out the letters part, its pages numbered from `first_page` of `total`; returns its page count
    and sets each letter's first page and page count. The export calls it twice, as it does the appendix:
    to count the pages, then with the dossier's page numbers (and each letter's "page x/y" right)."""
    story: list = []
    for letter in data.letters:
        if story:
            story.append(PageBreak())
        story.append(LetterStart(letter))
        story += body(LetterText(letter.title, letter.fields, letter.lang, letter.form))
    document = LettersDocument(path, data, decoration, first_page, total)
    document.build(story)
    pages = document.page
    ends = [letter.first_page for letter in data.letters[1:]] + [pages]
    for letter, end in zip(data.letters, ends):
        letter.page_count = end - letter.first_page
    return pages
