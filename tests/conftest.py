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


@pytest.fixture(autouse=True)
def no_reading_unasked(monkeypatch):
    """Reading text takes seconds a picture: the window reads unasked only in the tests about it."""
    from desktop.ui.evidence import view

    monkeypatch.setattr(view, "AUTO_READ_DEFAULT", False)


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


class Stick:
    """A USB stick, as close as this machine allows: a small tmpfs mounted for the test (as root, which
    CI is), remounted read-only or lazily unmounted ("pulled": the path goes, open files still read).
    Without the rights to mount, a plain folder made read-only with chmod and pulled by renaming it,
    and the test output says so."""

    def __init__(self, folder: Path):
        import subprocess

        self.folder = folder
        folder.mkdir()
        self.mounted = os.geteuid() == 0 and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", str(folder)], capture_output=True).returncode == 0
        if not self.mounted:
            print(f"\nnote: cannot mount a tmpfs here (not root); {folder} stands in for the stick: read-only by "
                  "chmod, pulled by renaming it")

    def make_read_only(self) -> None:
        import subprocess

        if self.mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], check=True)
        else:
            for path in self.folder.rglob("*"):
                path.chmod(0o444)
            self.folder.chmod(0o555)

    def pull(self) -> None:
        import subprocess

        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], check=True)
            self.mounted = False
        else:
            self.folder.rename(self.folder.with_name(self.folder.name + "-pulled"))

    def remove(self) -> None:
        import subprocess

        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], check=False)
        for folder in (self.folder, self.folder.with_name(self.folder.name + "-pulled")):
            if folder.exists():
                folder.chmod(0o755)
                for path in folder.rglob("*"):
                    path.chmod(0o644)


@pytest.fixture
def stick(tmp_path):
    made = Stick(tmp_path / "stick")
    yield made
    made.remove()
