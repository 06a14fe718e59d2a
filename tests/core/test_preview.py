"""Previews of evidence for the screen: every real fixture renders or explains itself, never raises."""

import io

import pytest
from PIL import Image

from desktop.core.importer import import_paths
from desktop.core.preview import MAX_SIDE, render_bytes, render_evidence
from tests.helpers import BROKEN, FIXTURES, PDFS, PHOTOS

ALL_FIXTURES = sorted(p for p in FIXTURES.rglob("*") if p.is_file())


def decoded(preview) -> Image.Image:
    image = Image.open(io.BytesIO(preview.data))
    image.load()
    return image


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_gives_a_picture_or_a_clear_note(path):
    preview = render_bytes(path.read_bytes())
    assert preview.kind in ("image", "pdf", "none")
    if preview.kind == "none":
        assert preview.note and not preview.data
    else:
        image = decoded(preview)
        assert image.size == (preview.width, preview.height)
        assert max(image.size) <= MAX_SIDE
        assert preview.format in ("png", "jpeg")


@pytest.mark.parametrize("name", ["orientation_landscape_3.jpg", "orientation_landscape_6.jpg",
                                  "orientation_landscape_8.jpg"])
def test_photos_come_out_upright(name):
    reference = decoded(render_bytes((PHOTOS / "orientation_landscape_1.jpg").read_bytes())).convert("L")
    turned = render_bytes((PHOTOS / name).read_bytes())
    assert (turned.width, turned.height) == reference.size == (600, 450)
    assert (turned.source_width, turned.source_height) == (600, 450)
    small = decoded(turned).convert("L").resize((60, 45))
    difference = sum(abs(a - b) for a, b in zip(small.tobytes(), reference.resize((60, 45)).tobytes())) / (60 * 45)
    assert difference < 40  # the same scene the same way up; only the painted digit differs


def test_heic_photo_renders():
    preview = render_bytes((PHOTOS / "iphone_IMG_5195.HEIC").read_bytes())
    assert preview.kind == "image" and preview.width > 0
    assert (preview.source_width, preview.source_height) == (2566, 3313)


def test_pdf_pages_render_one_at_a_time():
    data = (PDFS / "pdflatex-4-pages.pdf").read_bytes()
    first = render_bytes(data)
    last = render_bytes(data, page=3)
    beyond = render_bytes(data, page=9)
    assert (first.kind, first.page, first.page_count) == ("pdf", 0, 4)
    assert (last.page, beyond.page) == (3, 3)
    assert first.data != last.data
    half = render_bytes(data, scale=1.0)
    assert abs(half.width * 2 - first.width) <= 2


def test_password_protected_pdf_explains_itself():
    preview = render_bytes((BROKEN / "password-protected.pdf").read_bytes())
    assert preview.kind == "none"
    assert "password" in preview.note


def test_decompression_bomb_is_refused_not_decoded():
    buffer = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(buffer, "PNG")  # 400 megapixels in a few kilobytes
    preview = render_bytes(buffer.getvalue(), "image/png")
    assert preview.kind == "none"
    assert "too large" in preview.note


def test_render_from_the_case_uses_stored_bytes(case, probe_pool):
    outcomes = import_paths(case, [PHOTOS / "orientation_landscape_6.jpg", PDFS / "pdflatex-4-pages.pdf",
                                   PDFS / "LICENSE-CC-BY-SA-4.0.txt"], pool=probe_pool)
    photo, pdf, text = (o.evidence_id for o in outcomes)
    reader = case.secondary(read_only=True)
    try:
        assert (render_evidence(reader, photo).width, render_evidence(reader, photo).height) == (600, 450)
        assert render_evidence(reader, pdf, page=1).page == 1
        assert render_evidence(reader, text).kind == "none"
    finally:
        reader.close()
