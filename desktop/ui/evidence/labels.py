"""How evidence values read on screen: category names, file types, sizes and dates."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core import vocab


def ui_language() -> str:
    """'zh' when the interface runs in Chinese, else 'en' (picks the vocabulary labels)."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def category_label(key: str | None) -> str:
    return vocab.label(vocab.CATEGORIES, key, ui_language())


def category_choices() -> list[tuple[str, str]]:
    """(key, label) in the vocabulary's order."""
    lang = ui_language()
    return [(key, vocab.label(vocab.CATEGORIES, key, lang)) for key in vocab.CATEGORIES]


@lru_cache(maxsize=1)
def _type_names() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "image/jpeg": t("EvidenceTypes", "JPEG photo"),
        "image/png": t("EvidenceTypes", "PNG image"),
        "image/gif": t("EvidenceTypes", "GIF image"),
        "image/webp": t("EvidenceTypes", "WebP image"),
        "image/tiff": t("EvidenceTypes", "TIFF image"),
        "image/bmp": t("EvidenceTypes", "BMP image"),
        "image/heic": t("EvidenceTypes", "HEIC photo (iPhone)"),
        "image/heif": t("EvidenceTypes", "HEIF photo"),
        "image/avif": t("EvidenceTypes", "AVIF image"),
        "application/pdf": t("EvidenceTypes", "PDF document"),
        "text/plain": t("EvidenceTypes", "Text file"),
        "application/zip": t("EvidenceTypes", "ZIP archive"),
        "application/octet-stream": t("EvidenceTypes", "Unknown type"),
    }


def type_label(media_type: str | None) -> str:
    media_type = media_type or "application/octet-stream"
    known = _type_names().get(media_type)
    if known:
        return known
    t = QCoreApplication.translate
    if media_type.startswith("audio/"):
        return t("EvidenceTypes", "Audio recording ({0})").format(media_type.split("/", 1)[1])
    if media_type.startswith("video/"):
        return t("EvidenceTypes", "Video ({0})").format(media_type.split("/", 1)[1])
    return media_type


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    t = QCoreApplication.translate
    if size < 1024:
        return t("EvidenceTypes", "{0} bytes").format(size)
    if size < 1024**2:
        return t("EvidenceTypes", "{0:.0f} KB").format(size / 1024)
    if size < 1024**3:
        return t("EvidenceTypes", "{0:.1f} MB").format(size / 1024**2)
    return t("EvidenceTypes", "{0:.2f} GB").format(size / 1024**3)


def short_datetime(value: str | None) -> str:
    """ISO text as people read it: 2024-03-15 14:30 (seconds and offset left out)."""
    if not value:
        return ""
    text = value.replace("T", " ")
    return text[:16] if len(text) > 10 else text
