"""Before the window starts on Linux: missing system libraries named, with the packages to install,
instead of Qt's abort and core dump."""

import ctypes
import os
import subprocess
import sys

import pytest

from desktop.linux_libraries import (
    SONAME_PACKAGES,
    missing_for_window,
    missing_in_ldd_output,
    packages_for,
    platforms_qt_tries,
    problem_line,
    xcb_plugin,
)
from tests.helpers import ROOT

# What ldd printed for PySide6's libqxcb.so on an Ubuntu desktop without libxcb-cursor0 (shortened).
UBUNTU_LDD = """\
\tlinux-vdso.so.1 (0x00007ffd4b7f2000)
\tlibQt6XcbQpa.so.6 => /venv/site-packages/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f1)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f9346990000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f9346990000)
\tlibxcb-cursor.so.0 => not found
\tlibfoo-extra.so.3 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f9346b52000)
"""
ALL_FOUND = "\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f9346998000)\n"


def test_missing_libraries_are_read_from_ldd_once_each_in_order():
    assert missing_in_ldd_output(UBUNTU_LDD) == ["libxcb-cursor.so.0", "libfoo-extra.so.3"]
    assert missing_in_ldd_output(ALL_FOUND) == []


def test_libraries_map_to_the_debian_and_ubuntu_packages():
    wanted = {"libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
              "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
              "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-render-util.so.0": "libxcb-render-util0",
              "libxcb-shape.so.0": "libxcb-shape0", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
              "libfontconfig.so.1": "libfontconfig1"}
    assert {soname: SONAME_PACKAGES[soname] for soname in wanted} == wanted
    # Two libraries of one package name it once; a library no package is known for is kept apart.
    assert packages_for(["libglib-2.0.so.0", "libgthread-2.0.so.0", "libodd.so.9"]) == (["libglib2.0-0"],
                                                                                          ["libodd.so.9"])


def test_the_message_is_one_line_with_the_apt_command():
    line = problem_line(["libxcb-cursor.so.0", "libxcb-keysyms.so.1", "libodd.so.9"])
    assert "\n" not in line
    assert "sudo apt install libxcb-cursor0 libxcb-keysyms1" in line
    assert "libodd.so.9" in line
    assert "apt" not in problem_line(["libodd.so.9"])


@pytest.mark.parametrize("environ, argv, first", [
    ({}, [], "xcb"),
    ({"DISPLAY": ":0"}, [], "xcb"),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, [], "xcb"),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, [], "wayland"),
    ({"XDG_SESSION_TYPE": "wayland"}, [], "wayland"),
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, [], "offscreen"),
    ({"QT_QPA_PLATFORM": "xcb:dpi=96", "WAYLAND_DISPLAY": "wayland-0"}, [], "xcb"),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, [], "wayland"),
    ({"QT_QPA_PLATFORM": "offscreen"}, ["-platform", "xcb"], "xcb"),
])
def test_the_platform_qt_tries_first(environ, argv, first):
    assert platforms_qt_tries(environ, argv)[0] == first


def test_only_x11_on_linux_is_checked():
    def ldd(plugin):
        return UBUNTU_LDD

    assert missing_for_window(environ={"DISPLAY": ":0"}, platform="linux", ldd=ldd) == [
        "libxcb-cursor.so.0", "libfoo-extra.so.3"]
    for environ in ({"QT_QPA_PLATFORM": "offscreen"}, {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}):
        assert missing_for_window(environ=environ, platform="linux", ldd=ldd) == []
    assert missing_for_window(environ={}, platform="win32", ldd=ldd) == []
    assert missing_for_window(environ={}, platform="darwin", ldd=ldd) == []
    # ldd missing or failing: nothing is claimed, Qt speaks for itself.
    assert missing_for_window(environ={}, platform="linux", ldd=lambda plugin: None) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_the_real_check_runs_here_and_names_only_libraries_that_do_not_load():
    assert xcb_plugin() is not None and xcb_plugin().name == "libqxcb.so"
    missing = missing_for_window(environ={"QT_QPA_PLATFORM": "xcb"})
    for soname in missing:
        with pytest.raises(OSError):
            ctypes.CDLL(soname)
    assert missing_for_window(environ={"QT_QPA_PLATFORM": "offscreen"}) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_the_window_reports_a_missing_library_in_one_line_without_starting_qt(tmp_path, case):
    """A fake ldd says libxcb-cursor.so.0 is missing, as on a fresh Ubuntu desktop."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "ldd").write_text("#!/bin/sh\nprintf '\\tlibxcb-cursor.so.0 => not found\\n'\n")
    (fake / "ldd").chmod(0o755)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "WAYLAND"))}
    env.update(PATH=f"{fake}{os.pathsep}{env['PATH']}", QT_QPA_PLATFORM="xcb")
    done = subprocess.run([sys.executable, "-X", "importtime", str(ROOT / "main.py"), str(case.path)], env=env,
                          capture_output=True, text=True, timeout=60)
    lines = [line for line in done.stderr.splitlines() if not line.startswith("import time:")]
    assert done.returncode == 2
    assert lines == [lines[0]] and lines[0].startswith("error: the window cannot open")
    assert "sudo apt install libxcb-cursor0" in lines[0]
    assert "PySide6" not in done.stderr  # -X importtime lists every module imported: Qt never was
