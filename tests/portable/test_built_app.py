"""The portable build (`make portable`), run as on someone else's computer: a copy of
dist/RefundCaseOrganizer/ with HOME and TMPDIR empty folders and no display (offscreen). It creates
a case, imports the shared fixtures' photos, verifies, exports the dossier and opens the case in the
window, then quits; strace records every write, and none may land outside the app's folder and the
case's folder. It reads the text in the sample case's pictures with no network, and checks that the
reading engine (OpenCV, onnxruntime, rapidocr) loads in the reading worker only. Runs when
REFUND_CASE_BUILT_APP names the built folder: `make test-portable`, which .ci/run calls after
`make portable`. Prints the folder's size and the start-up times."""

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop import __version__
from tests.helpers import PHOTOS
from tests.portable.traced_writes import STRACE, SYSCALLS, outside, traced_writes, writes_in_line

BUILT = os.environ.get("REFUND_CASE_BUILT_APP")
NAME = "RefundCaseOrganizer"
FIRST_VIEW = "first view shown"  # what the window prints with REFUND_CASE_QUIT_AFTER_FIRST_VIEW=1

# `make test` leaves this file out (--ignore); `make test-portable` runs it after `make portable`.
assert BUILT, "set REFUND_CASE_BUILT_APP to the built folder (make test-portable does)"


class Stick:
    """The copied app folder, the empty HOME and TMPDIR, a folder for the case, and strace's logs."""

    def __init__(self, root: Path):
        self.app = root / NAME
        shutil.copytree(Path(BUILT), self.app, symlinks=True)
        self.home, self.tmp, self.cases, self.traces = (root / name for name in ("home", "tmp", "cases", "traces"))
        for folder in (self.home, self.tmp, self.cases, self.traces):
            folder.mkdir()
        self.traced = 0

    def env(self, **extra) -> dict[str, str]:
        # Only what a desktop session would have: none of the test run's own settings.
        return {"PATH": os.environ["PATH"], "HOME": str(self.home), "TMPDIR": str(self.tmp), "LANG": "C.UTF-8",
                "QT_QPA_PLATFORM": "offscreen", **extra}

    def command(self, *args: str, trace: bool = True) -> list[str]:
        if not trace:
            return [str(self.app / NAME), *args]
        self.traced += 1
        logs = self.traces / str(self.traced)
        logs.mkdir()
        return [*STRACE, "-o", str(logs / "trace"), str(self.app / NAME), *args]

    def run(self, *args: str, trace: bool = True, **extra: str) -> subprocess.CompletedProcess:
        done = subprocess.run(self.command(*args, trace=trace), env=self.env(**extra), cwd=self.cases,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done

    def writes_outside(self) -> list[str]:
        writes = [write for logs in self.traces.iterdir() for write in traced_writes(logs, self.cases)]
        assert any(path.is_relative_to(self.cases) for _, path in writes), "strace recorded nothing"
        return outside(writes, [self.app, self.cases])


@pytest.fixture(scope="module")
def stick(tmp_path_factory):
    if not (Path(BUILT) / NAME).is_file():
        pytest.fail(f"no built app in {BUILT}: run `make portable` first")
    if not shutil.which("strace"):
        pytest.fail("strace is needed to see where the built app writes (Debian: apt-get install strace)")
    return Stick(tmp_path_factory.mktemp("stick"))


def say(capsys, text: str) -> None:
    with capsys.disabled():
        print(f"\n  portable build: {text}", end="")


def time_to_first_view(stick: Stick, case: Path) -> tuple[float, float]:
    """(seconds until the window has painted the case's first view, seconds until the app has quit)."""
    process = subprocess.Popen(stick.command(str(case), trace=False), cwd=stick.cases, text=True,
                               env=stick.env(REFUND_CASE_QUIT_AFTER_FIRST_VIEW="1"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    guard = threading.Timer(120, process.kill)  # a window that never shows the case fails, not hangs
    guard.start()
    started = time.perf_counter()
    shown = None
    for line in process.stdout:
        if line.strip() == FIRST_VIEW:
            shown = time.perf_counter() - started
            break
    _, errors = process.communicate()
    quit_after = time.perf_counter() - started
    guard.cancel()
    assert shown is not None and process.returncode == 0, f"exit {process.returncode}: {errors}"
    return shown, quit_after


def test_the_folder_and_its_size(stick, capsys):
    assert (stick.app / NAME).is_file() and (stick.app / "portable.txt").is_file()
    assert (stick.app / "resources" / "translations" / "refund_zh_CN.qm").is_file()
    files = [path.lstat() for path in stick.app.rglob("*") if path.is_file() and not path.is_symlink()]
    on_disk = sum(stat.st_blocks * 512 for stat in files)  # what `du -sh` counts
    say(capsys, f"the folder holds {len(files)} files, {sum(s.st_size for s in files) / 2**20:.0f} MiB "
                f"({on_disk / 2**20:.0f} MiB on disk)")


def test_a_case_from_new_to_the_window_writes_only_in_the_app_and_case_folders(stick):
    photos = sorted(path for path in PHOTOS.iterdir() if path.is_file())
    assert stick.run("--version").stdout.strip() == f"Refund Case Organizer {__version__}"
    stick.run("new", "case.refundcase", "--title", "Smoke test 冒烟测试")
    imported = stick.run("import", "case.refundcase", str(PHOTOS))
    assert f"{len(photos)} stored, 0 already in the case, 0 refused" in imported.stderr  # the summary
    assert stick.run("verify", "case.refundcase").stdout.startswith(f"ok: {len(photos)} items match")
    exported = stick.run("export", "case.refundcase", "dossier.pdf").stdout
    assert f"{len(photos)} exhibits" in exported
    assert (stick.cases / "dossier.pdf").read_bytes().startswith(b"%PDF-")
    window = stick.run("case.refundcase", REFUND_CASE_QUIT_AFTER_FIRST_VIEW="1")
    assert window.stdout.splitlines() == [FIRST_VIEW]

    assert sorted(path.name for path in stick.cases.iterdir()) == ["case.refundcase", "dossier.pdf"]
    assert list(stick.home.iterdir()) == [] and list(stick.tmp.iterdir()) == []
    assert stick.writes_outside() == []
    # Portable mode: the settings and the log are in the app's folder.
    assert (stick.app / "data" / "logs" / "refund-case.log").is_file()


def test_an_encrypted_case_works_in_the_built_app(stick):
    """SQLCipher is in the build: a case locked with a passphrase is made, filled, searched, checked,
    exported and shown in the window, with the passphrase from the environment."""
    locked = {"REFUNDCASE_PASSPHRASE": "portable pass phrase"}
    stick.run("new", "locked.refundcase", "--encrypt", "--title", "加密 locked", **locked)
    assert not (stick.cases / "locked.refundcase").read_bytes().startswith(b"SQLite format 3")
    stick.run("import", "locked.refundcase", str(PHOTOS / "Canon_40D.jpg"), **locked)
    assert stick.run("search", "locked.refundcase", "Canon", **locked).stdout.startswith("evidence\t")
    assert stick.run("verify", "locked.refundcase", **locked).stdout.startswith("ok: 1 items match")
    stick.run("export", "locked.refundcase", "locked.pdf", **locked)
    assert (stick.cases / "locked.pdf").read_bytes().startswith(b"%PDF-")
    assert list(stick.home.iterdir()) == [] and list(stick.tmp.iterdir()) == []


def test_start_up_times(stick, capsys):
    """Untraced: how long `--version` takes, and the window until it has painted a case's first view."""
    case = stick.cases / "timed.refundcase"
    stick.run("new", case.name, "--title", "Timed", trace=False)
    stick.run("import", case.name, str(PHOTOS), trace=False)
    versions = []
    for _ in range(3):
        started = time.perf_counter()
        stick.run("--version", trace=False)
        versions.append(time.perf_counter() - started)
    shown, quit_after = min(time_to_first_view(stick, case) for _ in range(2))
    say(capsys, f"--version in {min(versions):.2f} s (slowest of 3: {max(versions):.2f} s); "
                f"the window showed the case after {shown:.2f} s and had quit after {quit_after:.2f} s")
    assert list(stick.home.iterdir()) == [] and list(stick.tmp.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_missing_x11_libraries_are_named_before_qt_starts(stick):
    from desktop.linux_libraries import missing_for_window, packages_for

    missing = missing_for_window(environ={"QT_QPA_PLATFORM": "xcb"})  # the same machine, unfrozen
    if not missing:  # nothing to name on this machine: the built app then starts as usual (test above)
        assert missing_for_window(environ={"QT_QPA_PLATFORM": "offscreen"}) == []
        return
    done = subprocess.run(stick.command("case.refundcase", trace=False), env=stick.env(QT_QPA_PLATFORM="xcb"),
                          cwd=stick.cases, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr  # not Qt's abort (-6) with a core dump
    (line,) = done.stderr.splitlines()
    assert line.startswith("error: the window cannot open")
    assert f"sudo apt install {' '.join(packages_for(missing)[0])}" in line


# -- reading the text in pictures ---------------------------------------------------------------------

# Where the reading engine's files are in the built folder: opened only by a process that loads it.
ENGINE_FILES = ("/_internal/cv2/", "/_internal/opencv_python_headless.libs/", "/_internal/onnxruntime/",
                "/_internal/rapidocr/")
# Every open and write as traced_writes reads them, and each process's execve: a reading worker is the
# app started again by multiprocessing, with --multiprocessing-fork.
ENGINE_TRACE = [*STRACE[:-1], "trace=execve,connect," + ",".join(f"?{name}" for name in SYSCALLS)]


def no_network_prefix() -> list[str]:
    """A network namespace of its own where the machine allows one; the trace's connect() calls are
    checked either way, so a machine that refuses namespaces still proves nothing went out."""
    assert shutil.which("unshare"), "unshare (util-linux) is needed to run the app without a network"
    probe = subprocess.run(["unshare", "--net", "--map-root-user", "true"], capture_output=True, timeout=30)
    return ["unshare", "--net", "--map-root-user"] if probe.returncode == 0 else []


@pytest.fixture(scope="module")
def sample(stick):
    """The sample case (drawn by this checkout, as the app draws it), nothing read in it yet."""
    from desktop.core.sample import build_sample_case

    return build_sample_case(stick.cases / "sample.refundcase")


def engine_opens(stick: Stick, logs: Path, *args: str, **extra: str) -> tuple[subprocess.CompletedProcess, dict]:
    """Run the app under strace with no network at all (a network namespace of its own: what it needs must
    be in the folder); {"workers": [...], "others": [...]}: the engine's files each kind of process opened."""
    logs.mkdir()
    done = subprocess.run([*no_network_prefix(), *ENGINE_TRACE, "-o", str(logs / "trace"),
                           str(stick.app / NAME), *args], env=stick.env(**extra), cwd=stick.cases,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    opened: dict[str, list[str]] = {"workers": [], "others": []}
    for log in logs.glob("trace*"):
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        # Each process's or thread's own log; a thread's has no execve, and counts as "others".
        worker = any(line.startswith("execve(") and "--multiprocessing-fork" in line for line in lines)
        opened["workers" if worker else "others"] += [line for line in lines if not line.startswith("execve(")
                                                      and any(part in line for part in ENGINE_FILES)]
    writes = [write for log in logs.glob("trace*") for line in log.read_text(errors="replace").splitlines()
              if not line.startswith(("execve(", "connect(")) for write in writes_in_line(line, stick.cases)]
    assert outside(writes, [stick.app, stick.cases]) == []
    reached_out = [line for log in logs.glob("trace*") for line in log.read_text(errors="replace").splitlines()
                   if line.startswith("connect(") and ("AF_INET" in line or "AF_INET6" in line)]
    assert reached_out == []
    return done, opened


def test_the_window_starts_without_the_reading_engine(stick, sample):
    """OpenCV would point Qt at plugins of its own, and the engine takes a second and 300 MB to load: the
    window's process never opens their files, here on a case whose pictures are waiting to be read."""
    done, opened = engine_opens(stick, stick.traces.parent / "window-start", sample.name,
                                REFUND_CASE_QUIT_AFTER_FIRST_VIEW="1")
    assert done.stdout.splitlines() == [FIRST_VIEW]
    assert opened["others"] == []


def test_the_built_app_reads_the_text_in_pictures_offline(stick, sample):
    """The models are in the build: with no network, `ocr` reads the sample case's pictures and scans in
    its worker (the command's own process never loads the engine), `text` prints what the chat
    screenshot says, and search finds it."""
    from desktop.core.lifecycle import open_case

    with open_case(sample, read_only=True) as case:
        items = {item["file_name"]: item for item in case.evidence.list()}
    done, opened = engine_opens(stick, stick.traces.parent / "ocr", "ocr", sample.name)
    assert opened["workers"] and opened["others"] == []
    chat, receipt = items["聊天记录.png"], items["收据.png"]
    for item in (chat, receipt):
        (line,) = [line for line in done.stdout.splitlines() if line.split()[:3] == [item["exhibit"], "id",
                                                                                      str(item["id"])]]
        assert line.endswith(" lines") and int(line.rsplit(": ", 1)[1].split()[0]) >= 5, done.stdout
    said = stick.run("text", sample.name, str(chat["id"])).stdout
    assert "套餐是优惠价" in said  # what the clinic's staff wrote, drawn in the sample's chat
    assert "19,800.00" in stick.run("text", sample.name, str(receipt["id"])).stdout
    assert stick.run("search", sample.name, "优惠价").stdout.startswith("text\t")
    assert list(stick.home.iterdir()) == [] and list(stick.tmp.iterdir()) == []
    assert stick.writes_outside() == []
