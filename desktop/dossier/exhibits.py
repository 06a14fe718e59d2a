"""Exhibit pages, drawn straight on a canvas (each exhibit's page count is known in advance):
a photo page, a details page for other files, the stamp layer laid over each PDF page, and the
exhibit's recognised text when asked for (read_text.py), under it or on pages of its own."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table

from desktop.core import vocab
from desktop.core.clock import short_datetime
from desktop.dossier import fonts, labels, layout, read_text
from desktop.dossier.model import DossierData, Exhibit
from desktop.dossier.pages import Decoration
from desktop.dossier.sections import format_size, key_value_table
from desktop.dossier.styles import ACCENT, ALERT, MUTED, RULE, SHADE, plain, styles

MM = layout.MM
MAX_POINTS_PER_PIXEL = 2.0  # a tiny picture is enlarged at most this much, not blown up to the page
LONG_TEXT = 1500  # a details page holds one page: longer notes are cut (the case file keeps them whole)
TEXT_GAP = 6 * MM  # between an exhibit's caption and its recognised text under it


def write_chunk(path: str, chunk: list[Exhibit], data: DossierData, decoration: Decoration,
                first_page: int, total: int) -> list[tuple[Exhibit, int] | None]:
    """Draw the pages of these exhibits into one PDF. Returns, per page, the (exhibit, page index)
    of the PDF evidence page to lay under it, or None."""
    canvas = Canvas(path, pagesize=(layout.PAGE_WIDTH, layout.PAGE_HEIGHT), initialFontName=fonts.LATIN,
                    pageCompression=1)
    canvas.setTitle(data.title)
    under: list[tuple[Exhibit, int] | None] = []
    number = first_page
    for exhibit in chunk:
        text = _text_layout(exhibit, data)
        if exhibit.pdf:
            for index in range(exhibit.pdf_pages):
                draw_pdf_stamp(canvas, exhibit, index, data)
                decoration.draw(canvas, number, total)
                canvas.showPage()
                under.append((exhibit, index))
                number += 1
        else:
            bottom = draw_photo(canvas, exhibit, data) if exhibit.image else draw_details(canvas, exhibit, data)
            if text.below:
                read_text.draw(canvas, text.below, bottom - TEXT_GAP)
            decoration.draw(canvas, number, total)
            canvas.showPage()
            under.append(None)
            number += 1
        for index, pieces in enumerate(text.pages):
            draw_stamp(canvas, read_text.stamp(exhibit, index, data), f"{exhibit.number}  {exhibit.item['title']}")
            read_text.draw(canvas, pieces, read_text.TOP)
            decoration.draw(canvas, number, total)
            canvas.showPage()
            under.append(None)
            number += 1
    canvas.save()
    return under


def text_pages(exhibit: Exhibit, data: DossierData) -> int:
    """How many pages of its own the exhibit's recognised text takes (0: none, or under its picture)."""
    return len(_text_layout(exhibit, data).pages)


def _text_layout(exhibit: Exhibit, data: DossierData) -> read_text.TextLayout:
    """Where the exhibit's recognised text goes; nothing is laid out (or measured) for an exhibit without any."""
    if exhibit.read_text is None:
        return read_text.TextLayout([], [])
    return read_text.text_layout(exhibit, data, free_below(exhibit, data))


def free_below(exhibit: Exhibit, data: DossierData) -> float | None:
    """The height left on the exhibit's last page under what it shows (None for a PDF: its own pages)."""
    if exhibit.pdf:
        return None
    if exhibit.image:
        bottom = _photo_place(exhibit, data, _heading(None, exhibit, data))[-1]
    else:
        bottom = _details_bottom(exhibit, data)
    return bottom - TEXT_GAP - layout.MARGIN_BOTTOM


def _t(key: str, data: DossierData, **values) -> str:
    return labels.text(key, data.lang, **values)


def _read_notes(item: dict, data: DossierData) -> str:
    """What could not be read at import, in the dossier's language (the English note if no codes)."""
    return labels.read_notes(item.get("read_notes") or [], data.lang) or item["read_note"] or ""


def _heading(canvas: Canvas | None, exhibit: Exhibit, data: DossierData) -> float:
    """Number, title and a line of facts at the top; returns the y below them (only that, without a
    canvas: how much room the heading takes)."""
    s = styles()
    item = exhibit.item
    y = layout.PAGE_HEIGHT - layout.MARGIN_TOP
    facts = [vocab.label(vocab.CATEGORIES, item["category"], data.lang), short_datetime(item["evidence_date"]),
             item["file_name"], format_size(item["size"], data.lang)]
    parts = [(Paragraph(f'<font color="#1f4e79">{exhibit.number}</font>&nbsp;&nbsp;{fonts.markup(item["title"])}',
                        s.exhibit_heading), 60 * MM, 2),
             (Paragraph(fonts.markup(" · ".join(f for f in facts if f)), s.exhibit_meta), 30 * MM, 4)]
    if exhibit.mismatched:
        parts.append((Paragraph(fonts.markup(_t("mismatch_banner", data)), s.alert), 30 * MM, 4))
    for paragraph, room, gap in parts:
        _, height = paragraph.wrap(layout.BODY_WIDTH, room)
        if canvas is not None:
            paragraph.drawOn(canvas, layout.MARGIN_X, y - height)
        y -= height + gap
    return y


def _made_from(item: dict, data: DossierData) -> str:
    """For a redacted copy: what it is a copy of, and the original's hash (the original itself may be
    left out of the dossier as private, and can be asked for and checked against it)."""
    made = item.get("derivation") or {}
    if made.get("kind") != "redaction":
        return ""
    return _t("redacted_from", data, name=made["from_file_name"], n=made["boxes"], sha256=made["from_sha256"])


def _caption(exhibit: Exhibit, data: DossierData) -> Paragraph:
    s, item = styles(), exhibit.item
    made_from = _made_from(item, data)
    lines = [fonts.markup(made_from)] if made_from else []
    if item["proves"]:
        lines.append(f"{fonts.markup(_t('proves', data))}: {fonts.markup(_shorten(item['proves']))}")
    if item["notes"]:
        lines.append(fonts.markup(_shorten(item["notes"])))
    if item["captured_at"]:
        when = short_datetime(item["captured_at"]) + (f" ({item['captured_offset']})" if item["captured_offset"] else "")
        captured = _t("captured", data, when=when)
        if item["camera_model"]:
            captured += ", " + _t("camera", data, model=item["camera_model"])
        lines.append(fonts.markup(captured))
    lines.append(f'<font color="#5b6673">{fonts.markup(item["file_name"])}</font>')
    lines.append(f'<font face="{fonts.MONO}" size="7.5" color="#5b6673">SHA-256 {item["sha256"]}</font>')
    return Paragraph("<br/>".join(lines), s.caption)


def _photo_place(exhibit: Exhibit, data: DossierData,
                 under_heading: float) -> tuple[Paragraph, float, float, float, float, float]:
    """Where a photo page puts things under its heading (whose bottom is `under_heading`): its caption,
    the picture's box (x, y, width, height), and the y under the caption."""
    top = under_heading - 2 * MM
    caption = _caption(exhibit, data)
    _, caption_height = caption.wrap(layout.BODY_WIDTH, 80 * MM)
    bottom = layout.MARGIN_BOTTOM + caption_height + 4 * MM
    box_width, box_height = layout.BODY_WIDTH, max(top - bottom, 40 * MM)
    pixels_w, pixels_h = exhibit.image_size
    scale = min(box_width / pixels_w, box_height / pixels_h, MAX_POINTS_PER_PIXEL)
    width, height = pixels_w * scale, pixels_h * scale
    x = layout.MARGIN_X + (box_width - width) / 2
    y = top - height
    return caption, x, y, width, height, y - 3 * MM - caption_height


def draw_photo(canvas: Canvas, exhibit: Exhibit, data: DossierData) -> float:
    """The picture as large as the page allows, its caption under it; returns the y under the caption."""
    caption, x, y, width, height, bottom = _photo_place(exhibit, data, _heading(canvas, exhibit, data))
    canvas.drawImage(exhibit.image, x, y, width, height)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, width, height)
    caption.drawOn(canvas, layout.MARGIN_X, bottom)
    return bottom


def _details_bottom(exhibit: Exhibit, data: DossierData) -> float:
    """The y under a details page's content, worked out on a canvas that is never saved."""
    return draw_details(Canvas(io.BytesIO(), pagesize=(layout.PAGE_WIDTH, layout.PAGE_HEIGHT)), exhibit, data)


def draw_details(canvas: Canvas, exhibit: Exhibit, data: DossierData) -> float:
    """For files the dossier cannot show (video, audio, documents, unreadable PDFs and pictures);
    returns the y under its content."""
    s, item = styles(), exhibit.item
    y = _heading(canvas, exhibit, data) - 2 * MM
    rows = [(_t("file_name", data), item["file_name"]), (_t("media_type", data), item["media_type"]),
            (_t("size", data), f"{format_size(item['size'], data.lang)} ({item['size']:,} B)"),
            (_t("date", data), short_datetime(item["evidence_date"])),
            (_t("evidence_source", data), _shorten(item["source"])), (_t("proves", data), _shorten(item["proves"])),
            (_t("notes", data), _shorten(item["notes"])), (_t("read_note", data), _shorten(_read_notes(item, data))),
            (_t("made_from", data), _made_from(item, data))]
    table = key_value_table([(k, v) for k, v in rows if v], data)
    _, height = table.wrap(layout.BODY_WIDTH, y - layout.MARGIN_BOTTOM)
    table.drawOn(canvas, layout.MARGIN_X, y - height)
    y -= height + 4 * MM
    hash_table = Table([[Paragraph("SHA-256", s.cell), Paragraph(item["sha256"], s.mono)]],
                       colWidths=[48 * MM, layout.BODY_WIDTH - 48 * MM])
    hash_table.setStyle(plain(("BACKGROUND", (0, 0), (0, 0), SHADE), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    _, height = hash_table.wrap(layout.BODY_WIDTH, 30 * MM)
    hash_table.drawOn(canvas, layout.MARGIN_X, y - height)
    y -= height + 6 * MM
    notes = []
    if exhibit.problem:
        reason = _t(exhibit.problem if exhibit.problem in ("password", "too_slow") else "unreadable", data)
        key = "pdf_unreadable" if exhibit.kind == "pdf" else "image_unreadable"
        notes.append(Paragraph(fonts.markup(_t(key, data, reason=reason)), s.alert))
    notes.append(Paragraph(fonts.markup(_t("original_kept", data, case=data.case_file_name)), s.body))
    for paragraph in notes:
        _, height = paragraph.wrap(layout.BODY_WIDTH, 40 * MM)
        paragraph.drawOn(canvas, layout.MARGIN_X, y - height)
        y -= height + 3 * MM
    return y + 3 * MM


def draw_pdf_stamp(canvas: Canvas, exhibit: Exhibit, index: int, data: DossierData) -> None:
    """The layer over a page of PDF evidence: the exhibit's number, title and page x/y above it,
    and a frame around it."""
    top = layout.STAMP_BAND_TOP
    canvas.saveState()
    draw_stamp(canvas, _t("exhibit_page", data, exhibit=exhibit.number, x=index + 1, y=exhibit.pdf_pages),
               f"{exhibit.number}  {exhibit.item['title']}")
    canvas.setFillColor(MUTED)
    detail = fonts.fit_text(exhibit.item["file_name"], 6.5, 60 * MM)
    width = fonts.draw_string(canvas, layout.MARGIN_X, top - 9.3 * MM, detail, 6.5)
    canvas.setFont(fonts.MONO, 6.3)
    canvas.drawString(layout.MARGIN_X + width + 3 * MM, top - 9.3 * MM, f"SHA-256 {exhibit.item['sha256']}")
    if exhibit.mismatched:
        canvas.setFillColor(ALERT)
        fonts.draw_string(canvas, layout.MARGIN_X, top - 12.5 * MM, _t("mismatch_banner", data), 7)
    if index < len(exhibit.placed):
        x, y, width, height = exhibit.placed[index]
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, width, height)
    canvas.restoreState()


def draw_stamp(canvas: Canvas, stamp: str, title: str) -> None:
    """The top of a stamped page (a PDF exhibit's, a sent letter's): the title at the left, the boxed
    stamp (number · page x/y) at the right."""
    top = layout.STAMP_BAND_TOP
    stamp_width = fonts.string_width(stamp, 10) + 6 * MM
    right = layout.PAGE_WIDTH - layout.MARGIN_X
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.rect(right - stamp_width, top - 8 * MM, stamp_width, 7 * MM)
    canvas.setFillColor(ACCENT)
    fonts.draw_string(canvas, right - stamp_width / 2, top - 5.6 * MM, stamp, 10, anchor="centre")
    fonts.draw_string(canvas, layout.MARGIN_X, top - 5 * MM,
                      fonts.fit_text(title, 11.5, layout.BODY_WIDTH - stamp_width - 4 * MM), 11.5)


def _shorten(text: str | None) -> str:
    text = text or ""
    return text if len(text) <= LONG_TEXT else text[:LONG_TEXT] + "…"
