"""make install-desktop: a Linux desktop then opens *.refundcase files with this checkout's app.
Checked with HOME in a temporary folder, and with GLib's own `gio` where it is installed."""

import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import desktop_integration  # noqa: E402
from document_type import APP_ID, MIME_TYPE  # noqa: E402

SCRIPT = ROOT / "tools" / "desktop_integration.py"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops only")


def desktop_env(home):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "REFUND_CASE_"))}
    env.update(HOME=str(home), XDG_DATA_DIRS="/usr/local/share:/usr/share", XDG_CONFIG_HOME=str(home / "config"))
    return env


def entry_keys(path):
    return dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line)


def fake_checkout(folder):
    """A checkout whose .venv/bin/python records the arguments the desktop passes it."""
    python = folder / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{folder.parent / "arguments.txt"}"\n')
    python.chmod(0o755)
    (folder / "main.py").write_text("")
    return folder


def test_install_writes_the_entry_the_type_and_the_icons(tmp_path):
    share = tmp_path / "share"
    checkout = fake_checkout(tmp_path / "app")
    written = desktop_integration.install(checkout, share)

    entry = share / "applications" / f"{APP_ID}.desktop"
    assert set(written) == {entry, share / "mime" / "packages" / f"{APP_ID}.xml",
                            share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
                            share / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-refundcase.svg"}
    keys = entry_keys(entry)
    assert keys["Exec"] == f"{checkout}/.venv/bin/python {checkout}/main.py %f"
    assert keys["MimeType"] == f"{MIME_TYPE};" and keys["Icon"] == APP_ID and keys["Type"] == "Application"
    assert "*.refundcase" in (share / "mime" / "packages" / f"{APP_ID}.xml").read_text(encoding="utf-8")
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes().startswith(b"<svg")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)

    removed = desktop_integration.uninstall(checkout, share)
    assert set(removed) == set(written) and not any(path.exists() for path in written)


def test_exec_quotes_paths_as_the_desktop_entry_spec_asks():
    assert desktop_integration.exec_argument("/home/li/app/main.py") == "/home/li/app/main.py"
    assert desktop_integration.exec_argument("/home/li/my app/main.py") == '"/home/li/my app/main.py"'
    assert desktop_integration.exec_argument('/a"b$c`d\\e') == '"/a\\"b\\$c\\`d\\\\e"'
    assert desktop_integration.exec_argument("/100%/main.py") == "/100%%/main.py"
    assert desktop_integration.key_value('"/a\\\\b"') == '"/a\\\\\\\\b"'


@linux_only
@pytest.mark.skipif(not (shutil.which("gio") and shutil.which("update-mime-database")),
                    reason="needs GLib's gio and shared-mime-info")
def test_the_desktop_knows_case_files_by_name_and_by_content_and_opens_them_with_the_app(tmp_path):
    from desktop.core.lifecycle import create_case

    home = tmp_path / "home 家"
    checkout = fake_checkout(tmp_path / "my checkout $HOME")  # a space, a dollar, Chinese: quoted right
    share = home / ".local" / "share"
    desktop_integration.install(checkout, share)
    env = desktop_env(home)

    named = tmp_path / "悦颜诊所.refundcase"
    renamed = tmp_path / "case-backup"  # no extension: the magic (application_id at offset 68) tells
    plain = tmp_path / "other.sqlite"
    create_case(named, "Double-click 双击").close()
    shutil.copy(named, renamed)
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.commit()

    def content_type(path):
        out = subprocess.run(["gio", "info", "-a", "standard::content-type", str(path)], env=env, check=True,
                             capture_output=True, text=True).stdout
        return out.strip().rsplit(" ", 1)[-1]

    assert content_type(named) == MIME_TYPE
    assert content_type(renamed) == MIME_TYPE
    assert content_type(plain) != MIME_TYPE
    default = subprocess.run(["gio", "mime", MIME_TYPE], env=env, check=True, capture_output=True, text=True).stdout
    assert f"{APP_ID}.desktop" in default.splitlines()[0]

    # What a double-click runs: GLib parses the Exec line and starts the checkout's python with the file.
    subprocess.run(["gio", "launch", str(share / "applications" / f"{APP_ID}.desktop"), str(named)], env=env,
                   check=True, timeout=30)
    arguments = tmp_path / "arguments.txt"
    for _ in range(100):
        if arguments.exists() and arguments.read_text(encoding="utf-8").endswith("\n"):
            break
        time.sleep(0.1)
    assert arguments.read_text(encoding="utf-8").splitlines() == [str(checkout / "main.py"), str(named)]


@linux_only
def test_make_install_desktop_registers_this_checkout_for_the_user(tmp_path):
    if not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("no .venv in this checkout (make test creates it)")
    env = desktop_env(tmp_path)
    done = subprocess.run([sys.executable, str(SCRIPT), "install"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert entry_keys(entry)["Exec"] == (f"{desktop_integration.exec_argument(str(ROOT / '.venv' / 'bin' / 'python'))} "
                                         f"{desktop_integration.exec_argument(str(ROOT / 'main.py'))} %f")
    done = subprocess.run([sys.executable, str(SCRIPT), "uninstall"], env=env, capture_output=True, text=True)
    assert done.returncode == 0 and not entry.exists()


@linux_only
def test_portable_mode_refuses_to_register_and_writes_nothing(tmp_path):
    env = desktop_env(tmp_path)
    env["REFUND_CASE_PORTABLE"] = "1"
    done = subprocess.run([sys.executable, str(SCRIPT), "install"], env=env, capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: portable mode")
    assert list(tmp_path.iterdir()) == []
