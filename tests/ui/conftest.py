"""What the window's tests share: a window at the smallest screen we support, the sample case, and
message boxes recorded instead of shown."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.sample import build_sample_case
from desktop.ui import main_window as main_window_module
from desktop.ui.app_setup import Languages
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory, probe_pool):
    return build_sample_case(tmp_path_factory.mktemp("sample") / "sample.refundcase", pool=probe_pool)


@pytest.fixture
def sample_copy(built_sample, tmp_path):
    return Path(shutil.copy(built_sample, tmp_path / "示例副本.refundcase"))


class GivenWorkers:
    """The window's shared worker processes, standing in for SharedProbePool: the test session's warm pool."""

    def __init__(self, pool):
        self._pool = pool

    def get(self):
        return self._pool

    def close(self):
        pass


@pytest.fixture
def workers(probe_pool):
    return GivenWorkers(probe_pool)


@pytest.fixture
def app_data(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("REFUND_CASE_DATA_DIR", str(data))
    monkeypatch.setattr(main_window_module, "default_cases_dir", lambda: tmp_path / "Cases")
    return data


@pytest.fixture
def messages(monkeypatch):
    """Message boxes would block: record what they would have said."""
    shown = []

    def record(kind):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture
def window(qtbot, qapp, app_data, compiled_translations, workers):
    settings = AppSettings(app_data / "settings.ini")
    languages = Languages(qapp)
    languages.apply("en")
    win = MainWindow(settings, languages)
    win.workers = workers
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()
    assert not win.controller.busy, "a background task was left running"
    languages.apply("en")
