"""Page geometry shared by the layout and the worker processes (which do not import reportlab)."""

from __future__ import annotations

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM  # A4 portrait, in points

MARGIN_X = 18 * MM
MARGIN_TOP = 22 * MM       # below the running header
MARGIN_BOTTOM = 18 * MM    # above the running footer
HEADER_Y = PAGE_HEIGHT - 12 * MM
HEADER_RULE_Y = PAGE_HEIGHT - 14.5 * MM
FOOTER_RULE_Y = 13 * MM
FOOTER_Y = 8.5 * MM

BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Photo exhibits: the largest box a picture can take below its heading and above its caption.
PHOTO_BOX_WIDTH = BODY_WIDTH
PHOTO_BOX_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 60 * MM

# Pages of PDF evidence are scaled into this box, below the exhibit stamp band.
STAMP_BAND_TOP = PAGE_HEIGHT - 16 * MM
PDF_BOX = (MARGIN_X, MARGIN_BOTTOM, BODY_WIDTH, PAGE_HEIGHT - MARGIN_BOTTOM - 28 * MM)  # x, y, width, height

QUALITY = {
    # dots per inch at the drawn size, JPEG quality
    "standard": (150, 80),
    "high": (200, 90),
}
