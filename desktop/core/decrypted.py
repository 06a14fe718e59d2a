"""Unencrypted copies of an encrypted case's items, written only when the user opens one in another
program (after a warning). They live in one folder of the app's own (inside the app folder when
portable) and are deleted when the case closes, when the app quits, and at the next start after a
crash. Another program may still hold a copy open (Windows refuses to delete it then): what cannot
be deleted now is deleted next time."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.core.paths import data_dir


def copies_dir() -> Path:
    return data_dir() / "decrypted"


def folder_for(item: dict) -> Path:
    """One folder per item: two files with the same name never overwrite each other."""
    return copies_dir() / f"{item['id']}-{item['sha256'][:12]}"


def clear() -> None:
    shutil.rmtree(copies_dir(), ignore_errors=True)
