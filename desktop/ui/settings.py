"""What the app remembers between runs: recent cases, the language, the window's geometry.

An INI file in the data folder, never the Windows registry or ~/.config directly, so a portable
copy keeps its settings on the stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.core.paths import data_dir

MAX_RECENT = 10
LANGUAGES = ("system", "en", "zh_CN")


def settings_path() -> Path:
    return data_dir() / "settings.ini"


DEFAULT_IDLE_LOCK_MINUTES = 10


class AppSettings:
    def __init__(self, path: Path | None = None):
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qt = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qt.sync()

    # -- recent cases ---------------------------------------------------------------------
    def recent_cases(self) -> list[str]:
        value = self._qt.value("recent/cases", [])
        if isinstance(value, str):  # QSettings returns a lone value as a string
            value = [value]
        return [str(p) for p in value or []]

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        paths = [text, *(p for p in self.recent_cases() if p != text)][:MAX_RECENT]
        self._qt.setValue("recent/cases", paths)

    def remove_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        self._qt.setValue("recent/cases", [p for p in self.recent_cases() if p != text])

    def clear_recent(self) -> None:
        self._qt.setValue("recent/cases", [])

    # -- language -------------------------------------------------------------------------
    def language(self) -> str:
        value = str(self._qt.value("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    def set_language(self, language: str) -> None:
        self._qt.setValue("ui/language", language if language in LANGUAGES else "system")

    # -- privacy ----------------------------------------------------------------------------
    def idle_lock_minutes(self) -> int:
        """How long an encrypted case stays shown without input (0: never hidden)."""
        try:
            return max(0, int(self._qt.value("privacy/idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self._qt.setValue("privacy/idle_lock_minutes", int(minutes))

    # -- window and folders ---------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._qt.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._qt.setValue("window/geometry", geometry)

    def last_folder(self, fallback: Path) -> str:
        value = str(self._qt.value("folders/last", "") or "")
        return value if value and Path(value).is_dir() else str(fallback)

    def set_last_folder(self, folder: str | Path) -> None:
        self._qt.setValue("folders/last", str(folder))
