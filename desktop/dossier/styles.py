"""Paragraph and table styles. One text face (DejaVu Sans, with CJK runs in Droid Sans Fallback)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from desktop.dossier import fonts

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
RULE = colors.HexColor("#b8c0c8")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#1f4e79")
ALERT = colors.HexColor("#a11d1d")
READ_INK = colors.HexColor("#3a4654")  # recognised text: readable, a shade lighter than the case's own


class Styles:
    def __init__(self) -> None:
        fonts.register()

        def style(name: str, size: float, leading: float | None = None, **extra) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=extra.pop("fontName", fonts.LATIN), fontSize=size,
                                  leading=leading or size * 1.45, textColor=extra.pop("textColor", INK),
                                  wordWrap="CJK", **extra)

        self.cover_title = style("CoverTitle", 22, 30, spaceAfter=4, textColor=ACCENT)
        self.cover_sub = style("CoverSub", 12, 18, spaceAfter=14, textColor=MUTED)
        self.h1 = style("H1", 16, 22, spaceBefore=4, spaceAfter=10, textColor=ACCENT)
        self.h2 = style("H2", 12, 17, spaceBefore=10, spaceAfter=5, textColor=ACCENT)
        self.body = style("Body", 10, 15, spaceAfter=6)
        self.line = style("Line", 10, 15)  # a line of a paragraph written line by line (letters)
        self.notice = style("Notice", 9, 13.5, textColor=INK, backColor=SHADE, borderPadding=6,
                            spaceBefore=8, spaceAfter=12)
        self.small = style("Small", 8.5, 12, textColor=MUTED, spaceAfter=4)
        self.cell = style("Cell", 8.5, 11.5)
        self.cell_head = style("CellHead", 8.5, 11.5, textColor=colors.white)
        self.index_cell = style("IndexCell", 7, 9.2)
        self.index_head = style("IndexHead", 7, 9.2, textColor=colors.white)
        self.mono = style("Mono", 7, 9, fontName=fonts.MONO)
        self.mono_cell = style("MonoCell", 6.3, 8.2, fontName=fonts.MONO)
        self.code = style("Code", 8.5, 12, fontName=fonts.MONO, backColor=SHADE, borderPadding=4,
                          leftIndent=6, spaceBefore=3, spaceAfter=8)
        self.event_when = style("EventWhen", 9.5, 14, textColor=ACCENT, spaceBefore=8)
        self.event_title = style("EventTitle", 10.5, 15, spaceAfter=2)
        self.event_body = style("EventBody", 9.5, 14, leftIndent=10, spaceAfter=2)
        self.event_cites = style("EventCites", 9, 13, leftIndent=10, textColor=MUTED, spaceAfter=4)
        self.alert = style("Alert", 9.5, 14, textColor=ALERT, spaceAfter=6)
        self.toc = [style("TOC0", 11, 18, leftIndent=0, firstLineIndent=0),
                    style("TOC1", 9.5, 14, leftIndent=16, firstLineIndent=0)]
        self.exhibit_heading = style("ExhibitHeading", 15, 20, textColor=ACCENT)
        self.exhibit_meta = style("ExhibitMeta", 9, 13, textColor=MUTED)
        self.caption = style("Caption", 9.5, 14)
        # An exhibit's recognised text (read_text.py): smaller and quieter than the exhibit's own caption.
        self.read_heading = style("ReadHeading", 8.5, 12, textColor=ACCENT)
        self.read_notice = style("ReadNotice", 7.5, 10.5, textColor=MUTED)
        self.read_about = style("ReadAbout", 6.5, 9, textColor=MUTED, spaceAfter=2)
        self.read_page = style("ReadPage", 7, 10, textColor=MUTED)
        self.read_line = style("ReadLine", 8.5, 12, textColor=READ_INK)


@lru_cache(maxsize=1)
def styles() -> Styles:
    return Styles()


def grid(header_rows: int = 1, *, zebra: bool = True) -> TableStyle:
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),  # reportlab's default for cells is Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, SHADE]))
    return TableStyle(commands)


def key_values() -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
    ])


def toc_table() -> TableStyle:
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.LATIN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                       ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def plain(*commands) -> TableStyle:
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.LATIN), *commands])
