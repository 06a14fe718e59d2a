"""The interface language for the timeline and checklist (one definition for the whole UI)."""

from desktop.ui.language import UI_LANGUAGE_PROPERTY, ui_language as ui_lang

__all__ = ["UI_LANGUAGE_PROPERTY", "ui_lang"]
