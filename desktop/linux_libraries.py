"""Before the window starts on Linux: the system libraries Qt's X11 plugin cannot find, named with the
Debian/Ubuntu packages that bring them. Qt itself only says "no Qt platform plugin could be
initialized" and aborts with a core dump; this asks `ldd` first. It never imports Qt."""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

# What Qt 6's xcb plugin and Qt GUI load from the system (doc.qt.io "Qt for X11 Requirements"),
# by the package that ships each library on Debian and Ubuntu.
SONAME_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",  # needed since Qt 6.5; the usual one missing on Ubuntu
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")


def platforms_qt_tries(environ: Mapping[str, str], argv: Sequence[str] = ()) -> list[str]:
    """The platform plugins Qt 6 tries, in order: `-platform`, else QT_QPA_PLATFORM, else Wayland
    first in a Wayland session, then X11 (Qt's own rule in QGuiApplication)."""
    chosen = ""
    for flag, value in itertools.pairwise(argv):
        if flag == "-platform":
            chosen = value
    chosen = chosen or environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [name.split(":")[0].strip() for name in chosen.split(";") if name.strip()]
    order = []
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        order.append("wayland")
    order.append("xcb")
    return order


def missing_in_ldd_output(output: str) -> list[str]:
    """The libraries `ldd` could not find ("libfoo.so.1 => not found"), each once, in order."""
    missing: list[str] = []
    for line in output.splitlines():
        found = _NOT_FOUND.match(line)
        if found and found.group(1) not in missing:
            missing.append(found.group(1))
    return missing


def packages_for(sonames: Sequence[str]) -> tuple[list[str], list[str]]:
    """(the Debian/Ubuntu packages to install, the libraries no package here is known for)."""
    packages: list[str] = []
    unknown: list[str] = []
    for soname in sonames:
        package = SONAME_PACKAGES.get(soname)
        if package is None:
            unknown.append(soname)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def problem_line(sonames: Sequence[str]) -> str:
    """One line for the terminal: what is missing and the apt command that brings it."""
    packages, unknown = packages_for(sonames)
    line = f"the window cannot open: Qt needs system libraries that are missing ({', '.join(sonames)})."
    if packages:
        line += f" On Debian or Ubuntu: sudo apt install {' '.join(packages)}"
        if unknown:
            line += f" (and the package that provides {', '.join(unknown)})"
    else:
        line += " Install the packages that provide them."
    return line + ". The command line works without them (--help)."


def xcb_plugin() -> Path | None:
    """PySide6's X11 platform plugin, found without importing PySide6 (in a frozen build too)."""
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if getattr(sys, "frozen", False):
        folders.append(str(Path(getattr(sys, "_MEIPASS", "")) / "PySide6"))
    for folder in folders:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def run_ldd(library: Path) -> str | None:
    """`ldd`'s report on a library, or None when ldd is not there or fails (then nothing is claimed)."""
    try:
        done = subprocess.run(["ldd", str(library)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def missing_for_window(argv: Sequence[str] = (), environ: Mapping[str, str] | None = None,
                       platform: str = sys.platform,
                       ldd: Callable[[Path], str | None] = run_ldd) -> list[str]:
    """The libraries missing for the X11 plugin, when Linux and X11 is what Qt tries first;
    [] otherwise (offscreen, Wayland, another system) or when it cannot be told."""
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux") or platforms_qt_tries(environ, argv)[:1] != ["xcb"]:
        return []
    plugin = xcb_plugin()
    report = ldd(plugin) if plugin else None
    return missing_in_ldd_output(report) if report else []


def window_problem(argv: Sequence[str] = ()) -> str | None:
    """The one line to print instead of starting Qt, or None when the window can start."""
    missing = missing_for_window(argv)
    return problem_line(missing) if missing else None
