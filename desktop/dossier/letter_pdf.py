"""A letter as a PDF (the dossier's fonts and look, no app branding) or as plain text.

A prose letter is its paragraphs; a form letter (the 12315 complaint) is each box's label and text.
Every page has "page x of y" at its foot; the last page has lines to sign and date. A draft to check
with a lawyer (the civil complaint) says so across the top of every page. Written complete or not at
all: to a temporary file beside the destination, then renamed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from desktop.core.atomic import written
from desktop.dossier import fonts, layout
from desktop.dossier.labels import text as label_text
from desktop.dossier.pages import numbered_canvas
from desktop.dossier.styles import ALERT, MUTED, RULE, styles

TEXTS = {
    "signature": ("Signature: ______________________", "签名：______________________"),
    "date": ("Date: ______________________", "日期：______________________"),
    "draft": ("DRAFT: check it with a lawyer or the court's filing desk before you use it.",
              "草稿：请向律师或法院立案窗口核实后再使用。"),
}


def _t(key: str, lang: str) -> str:
    en, zh = TEXTS[key]
    return zh if lang == "zh" else en


@dataclass(frozen=True)
class LetterText:
    """What is written: a title, the fields (key, label, text), the language, and whether it is a draft
    to be checked (the civil complaint)."""

    title: str
    fields: list[dict]
    lang: str
    form: bool = False
    draft: bool = False


class _Decoration:
    """Page numbers at the foot; for a draft, a band across the top of every page."""

    def __init__(self, letter: LetterText):
        self.letter = letter

    def draw(self, canvas, page: int, total: int) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(layout.MARGIN_X, layout.FOOTER_RULE_Y, width - layout.MARGIN_X, layout.FOOTER_RULE_Y)
        fonts.draw_string(canvas, width - layout.MARGIN_X, layout.FOOTER_Y,
                          label_text("pages_of", self.letter.lang, x=page, y=total), 8.5, anchor="right")
        if self.letter.draft:
            canvas.setFillColor(ALERT)
            fonts.draw_string(canvas, width / 2, height - 12 * layout.MM, _t("draft", self.letter.lang), 9,
                              anchor="centre")
        canvas.restoreState()


def body(letter: LetterText) -> list:
    """The letter's text as flowables: a form's fields each under its label, or the prose's paragraphs.
    The dossier shows a sent letter with this too, under its own heading."""
    s = styles()
    if letter.form:
        return [KeepTogether([Paragraph(f"<b>{fonts.markup(field['label'])}</b>", s.event_when),
                              *_lines(field["text"])]) for field in letter.fields]
    text = letter.fields[0]["text"] if letter.fields else ""
    return [flowable for paragraph in text.split("\n\n") for flowable in _lines(paragraph.strip("\n"))]


def _lines(text: str) -> list:
    """A paragraph's lines each as a Paragraph: a line break inside one paragraph can leave an empty
    line in reportlab when the line before ends in hanging punctuation (。 at the margin)."""
    s = styles()
    lines = text.split("\n")
    return [Paragraph(fonts.markup(line) or "&nbsp;", s.body if last else s.line)
            for last, line in ((i == len(lines) - 1, line) for i, line in enumerate(lines))]


def _story(letter: LetterText) -> list:
    s = styles()
    story: list = [Paragraph(fonts.markup(letter.title), s.h1)] if letter.form else []
    story += body(letter)
    story += [Spacer(0, 16), KeepTogether([Paragraph(fonts.markup(_t("signature", letter.lang)), s.body),
                                           Spacer(0, 6),
                                           Paragraph(fonts.markup(_t("date", letter.lang)), s.body)])]
    return story


def write_pdf(letter: LetterText, path: Path) -> int:
    """Write the PDF; returns its page count."""
    fonts.register()
    with written(Path(path)) as temporary:
        document = SimpleDocTemplate(str(temporary), pagesize=(layout.PAGE_WIDTH, layout.PAGE_HEIGHT),
                                     leftMargin=layout.MARGIN_X, rightMargin=layout.MARGIN_X,
                                     topMargin=layout.MARGIN_TOP, bottomMargin=layout.MARGIN_BOTTOM,
                                     title=letter.title, author="", creator="", producer="",
                                     initialFontName=fonts.LATIN)
        canvas = numbered_canvas(_Decoration(letter), 1, 0)
        document.build(_story(letter), canvasmaker=canvas)
    return document.page


def plain_text(letter: LetterText) -> str:
    """The letter as text to paste or save: a form's boxes each under its label."""
    if not letter.form:
        return (letter.fields[0]["text"] if letter.fields else "").strip() + "\n"
    parts = [letter.title, ""]
    for field in letter.fields:
        parts += [f"【{field['label']}】" if letter.lang == "zh" else f"[{field['label']}]", field["text"], ""]
    return "\n".join(parts).strip() + "\n"


def write_text(letter: LetterText, path: Path) -> None:
    with written(Path(path)) as temporary:
        temporary.write_text(plain_text(letter), encoding="utf-8")
