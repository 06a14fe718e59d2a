"""Where the app keeps things. Every path derives from one root next to the app (Picard's idea),
so a copy on a USB stick writes nothing outside its own folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PORTABLE_MARKER = "portable.txt"


def app_root() -> Path:
    """The folder that holds main.py (or the frozen executable)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return app_root() / "resources"


def is_portable() -> bool:
    """Portable mode: a marker file beside the app, or REFUND_CASE_PORTABLE=1."""
    if os.environ.get("REFUND_CASE_PORTABLE") == "1":
        return True
    return (app_root() / PORTABLE_MARKER).exists()


def data_dir() -> Path:
    """Settings, logs and caches. Inside the app folder in portable mode."""
    override = os.environ.get("REFUND_CASE_DATA_DIR")
    if override:
        return Path(override)
    if is_portable():
        return app_root() / "data"
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "RefundCaseOrganizer"


def log_dir() -> Path:
    return data_dir() / "logs"


def default_cases_dir() -> Path:
    """Where a new case is offered to be saved."""
    if is_portable():
        return app_root() / "Cases"
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def confine_to_app_folder() -> None:
    """In portable mode, point every per-user folder a library might write to (XDG cache, config
    and data; the temporary folder) inside the app's data folder, before anything uses them."""
    if not is_portable():
        return
    import tempfile

    root = data_dir()
    for variable, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_DATA_HOME", "share"), ("TMPDIR", "tmp"), ("TEMP", "tmp"), ("TMP", "tmp")):
        folder = root / sub
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[variable] = str(folder)
    tempfile.tempdir = str(root / "tmp")
