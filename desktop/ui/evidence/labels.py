"""How evidence values read on screen: category names, file types, sizes and dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core import vocab
from desktop.ui.common.language import ui_language


def category_label(key: str | None) -> str:
    return vocab.label(vocab.CATEGORIES, key, ui_language())


def category_choices() -> list[tuple[str, str]]:
    """(key, label) in the vocabulary's order."""
    lang = ui_language()
    return [(key, vocab.label(vocab.CATEGORIES, key, lang)) for key in vocab.CATEGORIES]


def _type_names() -> dict[str, str]:
    # Built on each call (cheap) so a language switch takes effect; literal translate() calls so
    # pyside6-lupdate can extract them.
    return {
        "image/jpeg": QCoreApplication.translate("EvidenceTypes", "JPEG photo"),
        "image/png": QCoreApplication.translate("EvidenceTypes", "PNG image"),
        "image/gif": QCoreApplication.translate("EvidenceTypes", "GIF image"),
        "image/webp": QCoreApplication.translate("EvidenceTypes", "WebP image"),
        "image/tiff": QCoreApplication.translate("EvidenceTypes", "TIFF image"),
        "image/bmp": QCoreApplication.translate("EvidenceTypes", "BMP image"),
        "image/heic": QCoreApplication.translate("EvidenceTypes", "HEIC photo (iPhone)"),
        "image/heif": QCoreApplication.translate("EvidenceTypes", "HEIF photo"),
        "image/avif": QCoreApplication.translate("EvidenceTypes", "AVIF image"),
        "application/pdf": QCoreApplication.translate("EvidenceTypes", "PDF document"),
        "text/plain": QCoreApplication.translate("EvidenceTypes", "Text file"),
        "application/zip": QCoreApplication.translate("EvidenceTypes", "ZIP archive"),
        "application/octet-stream": QCoreApplication.translate("EvidenceTypes", "Unknown type"),
    }


def type_label(media_type: str | None) -> str:
    media_type = media_type or "application/octet-stream"
    known = _type_names().get(media_type)
    if known:
        return known
    if media_type.startswith("audio/"):
        return QCoreApplication.translate("EvidenceTypes", "Audio recording ({0})").format(media_type.split("/", 1)[1])
    if media_type.startswith("video/"):
        return QCoreApplication.translate("EvidenceTypes", "Video ({0})").format(media_type.split("/", 1)[1])
    return media_type


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return QCoreApplication.translate("EvidenceTypes", "{0} bytes").format(size)
    if size < 1024**2:
        return QCoreApplication.translate("EvidenceTypes", "{0:.0f} KB").format(size / 1024)
    if size < 1024**3:
        return QCoreApplication.translate("EvidenceTypes", "{0:.1f} MB").format(size / 1024**2)
    return QCoreApplication.translate("EvidenceTypes", "{0:.2f} GB").format(size / 1024**3)


def time_left(seconds: float) -> str:
    """About how long an import still takes, rounded as a person would say it."""
    if seconds < 60:
        return QCoreApplication.translate("EvidenceTypes", "about {0} s left").format(max(1, round(seconds / 5) * 5))
    return QCoreApplication.translate("EvidenceTypes", "about {0} min left").format(round(seconds / 60))


def made_from(item: dict, original: dict | None) -> str:
    """What a redacted copy was made from ("" for a file imported as it was). `original` is the
    original's row, with its exhibit number while it is not in the trash; None once it was deleted
    for good (the copy still names its file)."""
    made = item.get("derivation") or {}
    if made.get("kind") != "redaction":
        return ""
    areas = made.get("boxes") or 0
    if original is None:
        return QCoreApplication.translate("EvidenceTypes", "A copy of “{0}” (no longer in the case) with %n area(s) "
                                                           "blacked out", "", areas).format(made["from_file_name"])
    if not original.get("exhibit"):
        return QCoreApplication.translate("EvidenceTypes", "A copy of “{0}” (in the trash) with %n area(s) blacked "
                                                           "out", "", areas).format(original["title"])
    return QCoreApplication.translate("EvidenceTypes", "A copy of {0} “{1}” with %n area(s) blacked out", "",
                                      areas).format(original["exhibit"], original["title"])
