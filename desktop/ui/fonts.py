"""The shipped CJK font, registered so Chinese renders on a machine that has none."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.core.paths import resources_dir

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"


def register_fonts(app: QApplication) -> list[str]:
    """Add the shipped font as a fallback after the system's UI font; returns its family names."""
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / CJK_FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), *families])
        app.setFont(font)
    return families
