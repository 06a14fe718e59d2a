"""Which language the interface is in, for texts that carry their own translations (vocabulary
labels, playbook steps) rather than going through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

# Set by app_setup.Languages.apply to "en" or "zh_CN" when the user's choice is installed.
UI_LANGUAGE_PROPERTY = "ui_language"


def ui_language() -> str:
    """'zh' or 'en'. The installed choice wins; otherwise the default QLocale decides."""
    app = QCoreApplication.instance()
    chosen = app.property(UI_LANGUAGE_PROPERTY) if app is not None else None
    if isinstance(chosen, str) and chosen:
        return "zh" if chosen.lower().startswith("zh") else "en"
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
