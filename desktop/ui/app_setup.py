"""Setting up the QApplication: where things are written, logging, fonts, icon and language."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.core.paths import confine_to_app_folder, data_dir, is_portable, log_dir, resources_dir
from desktop.ui.common.language import UI_LANGUAGE_PROPERTY
from desktop.ui.fonts import register_fonts

APP_NAME = "Refund Case Organizer"
LOG_FILE = "refund-case.log"
TRANSLATION_BASENAME = "refund"


def prepare_environment() -> None:
    """Before Qt starts. In portable mode every cache, config and data folder Qt or a library might
    use points inside the app's data folder, so nothing is written outside the app's folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    if not is_portable():
        return
    confine_to_app_folder()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(data_dir() / "config"))


def configure_logging() -> Path | None:
    """A rotating log file in the log folder; returns it (None if the folder cannot be written)."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return None
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_FILE, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return Path(handler.baseFilename)


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "app.svg"))


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(["refund-case", *argv])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("RefundCaseOrganizer")
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("refund-case-organizer")
    app.setWindowIcon(app_icon())
    register_fonts(app)
    return app


class Languages:
    """Installs the app's and Qt's own translations; `code` is "en" or "zh_CN"."""

    def __init__(self, app: QApplication):
        self._app = app
        self._translators: list[QTranslator] = []
        self.code = "en"

    @staticmethod
    def resolve(choice: str) -> str:
        """"system" follows the system locale: Chinese for any zh locale, English otherwise."""
        if choice in ("en", "zh_CN"):
            return choice
        return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"

    def apply(self, choice: str) -> str:
        code = self.resolve(choice)
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        if code != "en":
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in ((f"qtbase_{code}", qt_folder),
                                 (f"{TRANSLATION_BASENAME}_{code}", str(resources_dir() / "translations"))):
                translator = QTranslator(self._app)
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    logging.getLogger(__name__).warning("translation %s not found in %s", name, folder)
        self.code = code
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if code == "zh_CN"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        self._app.setProperty(UI_LANGUAGE_PROPERTY, code)
        return code
