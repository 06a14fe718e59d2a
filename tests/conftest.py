"""Shared test setup: headless Qt, the shared real-world fixtures, and fresh case files."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep settings and logs written by the app inside the test's temporary folders.
os.environ.setdefault("REFUND_CASE_DATA_DIR", str(Path(__file__).resolve().parent / ".." / ".pytest_cache" / "appdata"))

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.helpers import FIXTURES, ROOT  # noqa: E402


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    assert FIXTURES.is_dir(), f"the shared fixtures are missing at {FIXTURES}"
    return FIXTURES


@pytest.fixture
def case(tmp_path):
    from desktop.core.lifecycle import create_case

    opened = create_case(tmp_path / "test.refundcase", "Test case 测试案件")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def probe_pool():
    from desktop.core.probe_pool import ProbePool

    with ProbePool() as pool:
        yield pool


@pytest.fixture
def session(case, qapp):
    """A GUI session over a fresh case (the case fixture closes the file)."""
    from desktop.ui.fonts import register_fonts
    from desktop.ui.session import CaseSession

    register_fonts(qapp)
    opened = CaseSession(case)
    yield opened
    opened.undo_stack.clear()


@pytest.fixture(scope="session")
def compiled_translations():
    """`make test` builds the .qm files first; this keeps a bare `pytest` run working too."""
    import subprocess

    translations = ROOT / "resources" / "translations"
    for ts in translations.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            lrelease = Path(sys.executable).with_name("pyside6-lrelease")
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return translations
