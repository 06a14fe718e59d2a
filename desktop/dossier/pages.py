"""What every page carries: the case title at the top, "page x of y" at the foot."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from desktop.dossier import fonts, labels, layout
from desktop.dossier.styles import MUTED, RULE


class Decoration:
    """The running header and footer of the whole dossier (every part draws pages with it)."""

    def __init__(self, case_title: str, lang: str, generated: str):
        self.case_title = case_title
        self.lang = lang
        self.generated = generated

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        width, height = canvas._pagesize
        margin = layout.MARGIN_X
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        dossier = labels.text("dossier", self.lang)
        right_width = fonts.string_width(dossier, 8)
        title = fonts.fit_text(self.case_title, 8.5, width - 2 * margin - right_width - 12)
        fonts.draw_string(canvas, margin, height - 12 * layout.MM, title, 8.5)
        fonts.draw_string(canvas, width - margin, height - 12 * layout.MM, dossier, 8, anchor="right")
        canvas.line(margin, height - 14.5 * layout.MM, width - margin, height - 14.5 * layout.MM)
        canvas.line(margin, layout.FOOTER_RULE_Y, width - margin, layout.FOOTER_RULE_Y)
        fonts.draw_string(canvas, margin, layout.FOOTER_Y, f"{labels.text('generated', self.lang)}: {self.generated}", 7.5)
        fonts.draw_string(canvas, width - margin, layout.FOOTER_Y,
                          labels.text("pages_of", self.lang, x=page, y=total), 8.5, anchor="right")
        canvas.restoreState()


def numbered_canvas(decoration: Decoration, first_page: int, pages_after: int):
    """A canvas class that holds its pages until save, when their count is known, then draws
    "page x of y" on each: y = this part's pages + `pages_after`, x counted from `first_page`."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = first_page - 1 + len(self._held_pages) + pages_after
            for number, state in enumerate(self._held_pages, start=first_page):
                self.__dict__.update(state)
                decoration.draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
