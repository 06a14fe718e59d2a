"""The dossier's fonts: shipped TrueType files, embedded as subsets, never a standard-14 font.

The CJK font (Droid Sans Fallback) has no Latin letters or digits, and DejaVu Sans has no CJK,
so text is split into runs and each run set in the font that has its characters."""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from desktop.core.paths import resources_dir

LATIN = "DossierSans"
LATIN_BOLD = "DossierSans-Bold"
CJK = "DossierCJK"
MONO = "DossierMono"

_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    MONO: "DejaVuSansMono.ttf",
}

# JPEG and content streams written as binary, not ASCII85: a quarter smaller and faster to write.
rl_config.useA85 = 0
# reportlab's CJK line breaking keeps a character that cannot start a line at the end of the one
# before; its list is Japanese. Chinese also never starts a line with these full-width marks.
paragraph.ALL_CANNOT_START += "".join(c for c in "，：；！？）》」』】〕" if c not in paragraph.ALL_CANNOT_START)


@lru_cache(maxsize=1)
def register() -> None:
    """Register the fonts with reportlab once per process."""
    folder = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    # <b> in a paragraph picks the bold Latin face; CJK has no bold face and stays regular.
    # The upright mappings go last: reportlab reads a face's style back from its last mapping.
    for name, bold_name in ((LATIN, LATIN_BOLD), (CJK, CJK), (MONO, MONO)):
        addMapping(name, 1, 1, bold_name)
        addMapping(name, 0, 1, name)
        addMapping(name, 1, 0, bold_name)
        addMapping(name, 0, 0, name)


@lru_cache(maxsize=1)
def _coverage() -> tuple[frozenset[int], frozenset[int]]:
    register()
    latin = pdfmetrics.getFont(LATIN).face.charToGlyph
    cjk = pdfmetrics.getFont(CJK).face.charToGlyph
    return frozenset(latin), frozenset(cjk)


def runs(text: str, latin_font: str = LATIN) -> list[tuple[str, str]]:
    """(font, text) runs: a character goes to the Latin font if it has it, else to the CJK font."""
    latin, cjk = _coverage()
    result: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        font = latin_font if code in latin or code not in cjk else CJK
        if result and result[-1][0] == font:
            result[-1] = (font, result[-1][1] + char)
        else:
            result.append((font, char))
    return result


def markup(text: str | None) -> str:
    """Escaped paragraph markup with CJK runs wrapped in the CJK font; newlines become line breaks."""
    if not text:
        return ""
    parts = []
    for font, chunk in runs(str(text)):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(f'<font face="{CJK}">{escaped}</font>' if font == CJK else escaped)
    return "".join(parts)


def string_width(text: str, size: float, latin_font: str = LATIN) -> float:
    return sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, latin_font))


def draw_string(canvas, x: float, y: float, text: str, size: float, latin_font: str = LATIN,
                anchor: str = "left") -> float:
    """Draw one line of mixed text on a canvas; returns its width."""
    width = string_width(text, size, latin_font)
    if anchor == "right":
        x -= width
    elif anchor == "centre":
        x -= width / 2
    for font, chunk in runs(text, latin_font):
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)
    return width


def fit_text(text: str, size: float, max_width: float, latin_font: str = LATIN) -> str:
    """The text, shortened with an ellipsis if it is wider than max_width."""
    if string_width(text, size, latin_font) <= max_width:
        return text
    while text and string_width(text + "…", size, latin_font) > max_width:
        text = text[:-1]
    return text + "…"
