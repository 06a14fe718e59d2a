"""A title made into a file name that is valid on Windows, macOS and Linux (Chinese kept as it is):
case files, letters and dossiers are all named after what the user typed."""

from __future__ import annotations

import re

_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_STEM = 80


def file_stem(title: str, fallback: str) -> str:
    """The title without separators, reserved or control characters and trailing dots or spaces, runs
    of spaces made one, at most MAX_STEM characters; `fallback` when nothing is left."""
    name = _UNSAFE_IN_FILE_NAMES.sub(" ", title).strip().rstrip(". ")
    name = re.sub(r"\s+", " ", name)[:MAX_STEM].strip()
    return name or fallback
