"""PDF evidence in the dossier as odd as real PDFs are: turned with /Rotate, cut with an offset crop
box, truncated, without pages; and workers that hang or crash on a file."""

from __future__ import annotations

import subprocess
from io import BytesIO

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, NumberObject
from reportlab.lib.colors import black, red
from reportlab.pdfgen.canvas import Canvas

from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case
from desktop.dossier import build, layout
from desktop.dossier.build import DossierOptions, build_dossier
from desktop.dossier.jobs import normalise_pdf
from tests.helpers import PDFS, PHOTOS, crashing_exhibit_job, hanging_exhibit_job

from .test_dossier import flat, page_text

DPI = 50


def render(path, page: int = 1) -> Image.Image:
    """The page as a PDF viewer shows it: turned by /Rotate, cut to its crop box."""
    out = subprocess.run(["pdftoppm", "-cropbox", "-r", str(DPI), "-f", str(page), "-l", str(page), "-png",
                          str(path)], check=True, capture_output=True).stdout
    return Image.open(BytesIO(out)).convert("L")


def marked_page(path, size, crop=None, rotate=0, outside=None) -> None:
    """A page with a black mark near its top-left corner (of the visible area), and optionally a red
    block outside the crop box that must not be seen."""
    width, height = size
    canvas = Canvas(str(path), pagesize=size)
    left, bottom, right, top = crop or (0, 0, width, height)
    canvas.setFillColor(black)
    canvas.rect(left + 20, top - 80, 120, 60, fill=1, stroke=0)
    canvas.rect(left + 20, bottom + 20, 30, 30, fill=1, stroke=0)
    if outside:
        canvas.setFillColor(red)
        canvas.rect(*outside, fill=1, stroke=0)
    canvas.showPage()
    canvas.save()
    if crop or rotate:
        reader, writer = PdfReader(str(path)), PdfWriter()
        page = reader.pages[0]
        if crop:
            page.cropbox.lower_left, page.cropbox.upper_right = crop[:2], crop[2:]
        if rotate:
            page[NameObject("/Rotate")] = NumberObject(rotate)
        writer.add_page(page)
        with open(path, "wb") as handle:
            writer.write(handle)


def placed_image(normalised, placed) -> Image.Image:
    """The region of the dossier page where the evidence page was laid."""
    left, bottom, width, height = placed
    page = render(normalised)
    scale = DPI / 72
    top = layout.PAGE_HEIGHT - bottom - height
    return page.crop((round(left * scale), round(top * scale), round((left + width) * scale),
                      round((top + height) * scale)))


def difference(a: Image.Image, b: Image.Image) -> float:
    size = (60, 60)  # the whole of each picture, squeezed: where the marks are is what counts
    return ImageStat.Stat(ImageChops.difference(a.resize(size), b.resize(size))).mean[0]


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_a_page_turned_by_rotate_stands_as_a_viewer_shows_it(tmp_path, rotate):
    source = tmp_path / f"turned-{rotate}.pdf"
    marked_page(source, (400, 600), rotate=rotate)
    out = tmp_path / "normalised.pdf"
    with open(source, "rb") as handle:
        result = normalise_pdf(handle, str(out), layout.PAGE_WIDTH, layout.PAGE_HEIGHT, layout.PDF_BOX)
    [placed] = result["placed"]
    landscape = rotate in (90, 270)
    assert (placed[2] > placed[3]) == landscape
    seen, expected = placed_image(out, placed), render(source)
    assert abs(seen.width / seen.height - expected.width / expected.height) < 0.03
    assert difference(seen, expected) < 12
    assert difference(seen, expected.rotate(90, expand=True)) > 12  # the check can tell a turned page


def test_an_offset_crop_box_shows_only_what_is_inside_it(tmp_path):
    source = tmp_path / "cropped.pdf"
    crop = (150, 200, 550, 700)
    marked_page(source, (612, 792), crop=crop, outside=(0, 0, 140, 792))
    out = tmp_path / "normalised.pdf"
    with open(source, "rb") as handle:
        result = normalise_pdf(handle, str(out), layout.PAGE_WIDTH, layout.PAGE_HEIGHT, layout.PDF_BOX)
    [placed] = result["placed"]
    assert abs(placed[2] / placed[3] - 400 / 500) < 0.01
    seen = placed_image(out, placed)
    assert difference(seen, render(source)) < 12
    colour = subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(out)], check=True, capture_output=True).stdout
    red, green, _blue = Image.open(BytesIO(colour)).convert("RGB").split()
    reddish = ImageChops.subtract(red, green)  # white, black and grey give 0; the red block gives 255
    assert reddish.getextrema()[1] < 100  # the block outside the crop box is not drawn


@pytest.fixture
def odd_case(tmp_path, probe_pool):
    """A case holding a truncated PDF, a PDF without pages and a good one."""
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes((PDFS / "pdflatex-4-pages.pdf").read_bytes()[:6000])
    empty = tmp_path / "no-pages.pdf"
    with open(empty, "wb") as handle:
        PdfWriter().write(handle)
    case_path = tmp_path / "odd.refundcase"
    with create_case(case_path, "odd PDFs") as case:
        outcomes = import_paths(case, [truncated, empty, PDFS / "google-doc.pdf", PHOTOS / "Canon_40D.jpg"],
                                pool=probe_pool)
        assert [o.status for o in outcomes] == ["stored"] * 4
    return case_path


def test_truncated_and_pageless_pdfs_get_a_page_that_says_so(odd_case, tmp_path):
    result = build_dossier(odd_case, tmp_path / "odd.pdf", DossierOptions(lang="en"))
    text = flat(page_text(result.path, 1, result.pages))
    assert text.count("ThisPDFcannotbeopened(itcouldnotberead),soitspagesarenotincludedhere.") == 2
    assert "truncated.pdf" in text and "no-pages.pdf" in text
    assert result.mismatched == [] and result.exhibits == 4
    chinese = build_dossier(odd_case, tmp_path / "odd-zh.pdf", DossierOptions(lang="zh"))
    assert flat(page_text(chinese.path, 1, chinese.pages)).count("文件无法读取") == 2


@pytest.mark.parametrize("job, problem", [(crashing_exhibit_job, "itcouldnotberead"),
                                          (hanging_exhibit_job, "readingittooktoolongandwasstopped")])
def test_a_worker_that_crashes_or_hangs_costs_only_the_pictures(odd_case, tmp_path, monkeypatch, job, problem):
    monkeypatch.setattr(build, "exhibit_job", job)
    monkeypatch.setattr(build, "JOB_TIMEOUT_S", 1.0)
    result = build_dossier(odd_case, tmp_path / "fallback.pdf", DossierOptions(lang="en"))
    text = flat(page_text(result.path, 1, result.pages))
    assert result.exhibits == 4 and result.mismatched == []  # each hash was still checked, here
    assert text.count(problem) >= 3  # the photo and the two PDFs that could otherwise be drawn
