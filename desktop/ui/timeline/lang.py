"""Which language the interface is in, for texts that come with their own translations
(vocabulary labels, playbook steps) rather than through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

# The shell may set this application property ("zh" or "en") when the user picks a language.
UI_LANGUAGE_PROPERTY = "uiLanguage"


def ui_lang() -> str:
    """'zh' when the interface is Chinese, else 'en'.

    An explicit choice stored on the application wins; otherwise the default QLocale decides
    (the shell calls QLocale.setDefault when it installs a translator)."""
    app = QCoreApplication.instance()
    chosen = app.property(UI_LANGUAGE_PROPERTY) if app is not None else None
    if isinstance(chosen, str) and chosen:
        return "zh" if chosen.lower().startswith("zh") else "en"
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
