"""An exhibit's recognised text, printed after it when the dossier is asked to: small and muted, set off
by a bar at its left, and marked on every page as the machine's reading, never the evidence itself.

It goes under the exhibit's picture when all of it fits there, else on pages of its own after the
exhibit's pages, stamped with the exhibit's number. Only text machine-read from pictures and scanned
pages is printed: a PDF's own text is on its pages already, as the document itself has it, and
printing it again would only add pages (build.gather leaves it out).

The layout is worked out twice, once to count the pages (the exhibits' page numbers are known before
any is drawn) and once to draw them; it depends on nothing but the exhibit and the language."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.dossier import fonts, labels, layout
from desktop.dossier.model import DossierData, Exhibit
from desktop.dossier.styles import RULE, styles

MM = layout.MM
INDENT = 3.2 * MM   # the lines stand this far in from the bar
GAP = 1.2           # points between two lines of the text
HEADING_GAP = 4.0   # between what the text says of itself and its first line
TOP = layout.STAMP_BAND_TOP - 12 * MM  # where a page of its own starts, under the exhibit's stamp


@dataclass
class Piece:
    flowable: Paragraph
    height: float
    line: bool  # a line of the text (drawn beside the bar), not a heading or a page's label
    after: float = GAP  # the space under it


@dataclass
class TextLayout:
    below: list[Piece]        # drawn under the exhibit on its last page; empty when it goes on pages of its own
    pages: list[list[Piece]]  # else, each page of its own, its heading first


def text_layout(exhibit: Exhibit, data: DossierData, free: float | None) -> TextLayout:
    """Where the exhibit's text (it has some) goes: `free` is the height left under the exhibit on its last
    page (None for a PDF, whose pages are the document's)."""
    lines = _lines(exhibit, data)
    below = [*_heading(exhibit, data, under_picture=True), *lines]
    if free is not None and _height(below) <= free:
        return TextLayout(below, [])
    first, later = _heading(exhibit, data, first=True), _heading(exhibit, data, first=False)
    room = TOP - layout.MARGIN_BOTTOM
    pages = _fill(lines, room - _height(first), room - _height(later))
    return TextLayout([], [[*(first if n == 0 else later), *page] for n, page in enumerate(pages)])


def draw(canvas: Canvas, pieces: list[Piece], top: float) -> float:
    """Draw pieces down from `top`, a thin bar beside each run of lines; returns the y below them."""
    y, run_top = top, None
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(1.1)
    for piece in pieces:
        if piece.line and run_top is None:
            run_top = y
        elif not piece.line and run_top is not None:
            canvas.line(layout.MARGIN_X + 0.6, run_top, layout.MARGIN_X + 0.6, y + GAP)
            run_top = None
        piece.flowable.drawOn(canvas, layout.MARGIN_X + (INDENT if piece.line else 0), y - piece.height)
        y -= piece.height + piece.after
    if run_top is not None:
        canvas.line(layout.MARGIN_X + 0.6, run_top, layout.MARGIN_X + 0.6, y + GAP)
    canvas.restoreState()
    return y


def stamp(exhibit: Exhibit, index: int, data: DossierData) -> str:
    """What a page of the text says in its stamp: E3 · recognised text 1/2."""
    return labels.text("read_stamp", data.lang, exhibit=exhibit.number) + f" {index + 1}/{exhibit.text_pages}"


# -- the pieces ---------------------------------------------------------------------------------------
def _t(key: str, data: DossierData, **values) -> str:
    return labels.text(key, data.lang, **values)


def _piece(markup: str, style, width: float = layout.BODY_WIDTH, line: bool = False) -> Piece:
    paragraph = Paragraph(markup, style)
    return Piece(paragraph, paragraph.wrap(width, layout.PAGE_HEIGHT)[1], line)


def _heading(exhibit: Exhibit, data: DossierData, *, under_picture: bool = False, first: bool = True) -> list[Piece]:
    """What the text says of itself: under the picture, its title too (a page of its own has it in its
    stamp); the engine and the day only once."""
    s, text = styles(), exhibit.read_text
    notice = _t("read_notice_pages" if exhibit.kind == "pdf" else "read_notice_picture", data)
    pieces = [_piece(fonts.markup(_t("read_text", data)), s.read_heading)] if under_picture else []
    pieces.append(_piece(fonts.markup(notice), s.read_notice))
    if under_picture or first:
        about = _t("read_by", data, engine=text.engine or "?", date=text.read_on)
        if any(line.corrected for line in text.lines):
            about += " " + _t("read_corrections", data)
        pieces.append(_piece(fonts.markup(about), s.read_about))
    pieces[-1].after = HEADING_GAP
    return pieces


def _lines(exhibit: Exhibit, data: DossierData) -> list[Piece]:
    """Each line as read (or as corrected, then marked so); a scan of several pages says which page
    each group of lines was read on."""
    s, lines = styles(), exhibit.read_text.lines
    by_page = exhibit.kind == "pdf" or len({line.page for line in lines}) > 1
    corrected = f' <font size="6.5" color="#5b6673">({fonts.markup(_t("read_corrected", data))})</font>'
    pieces, page = [], None
    for line in lines:
        if by_page and line.page != page:
            pieces.append(_piece(fonts.markup(_t("read_page", data, n=line.page + 1)), s.read_page))
            page = line.page
        pieces.append(_piece(fonts.markup(line.text) + (corrected if line.corrected else ""), s.read_line,
                             layout.BODY_WIDTH - INDENT, line=True))
    return pieces


def _height(pieces: list[Piece]) -> float:
    return sum(piece.height + piece.after for piece in pieces)


def _fill(pieces: list[Piece], first_room: float, room: float) -> list[list[Piece]]:
    """Pieces into pages: a line too long for what is left of a page is split between the two; a page's
    label never ends a page."""
    pages: list[list[Piece]] = [[]]
    left, queue = first_room, list(pieces)
    while queue:
        piece = queue.pop(0)
        needed = piece.height + (queue[0].height + GAP if not piece.line and queue else 0)
        parts = _split(piece, left, room) if needed > left else None
        if parts:
            piece, rest = parts
            queue.insert(0, rest)
        elif needed > left and pages[-1]:
            queue.insert(0, piece)
            pages.append([])
            left = room
            continue
        pages[-1].append(piece)  # an empty page takes what does not fit, rather than none
        left -= piece.height + piece.after
        if parts:
            pages.append([])
            left = room
    return pages


def _split(piece: Piece, left: float, room: float) -> tuple[Piece, Piece] | None:
    """A line wrapped over more rows than fit in `left`: the rows that fit, and the rest."""
    width = layout.BODY_WIDTH - INDENT
    if not piece.line or left <= 0:
        return None
    parts = piece.flowable.split(width, left)
    if len(parts) != 2:
        piece.flowable.wrap(width, room)  # a split that fails leaves the paragraph unwrapped
        return None
    head, rest = parts
    return Piece(head, head.wrap(width, left)[1], True), Piece(rest, rest.wrap(width, room)[1], True)
