"""Build the portable app: one folder to copy onto a USB stick and double-click there.

    .venv/bin/python tools/build_portable.py      (or: make portable)

PyInstaller freezes main.py with Python, Qt and the libraries into dist/RefundCaseOrganizer/, as
tools/RefundCaseOrganizer.spec says (on macOS also RefundCaseOrganizer.app, which opens .refundcase files);
the resources (fonts, playbooks, translations) go beside the executable, with the
`portable.txt` marker that makes the app keep settings, logs and new cases inside the folder.
Build on each operating system you ship for (PyInstaller does not cross-compile)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "RefundCaseOrganizer"
MARKER_TEXT = (
    "This file makes Refund Case Organizer portable: settings, logs and new cases stay in this folder.\n"
    "Delete it to use the usual per-user folders instead.\n"
)


def main() -> int:
    dist = ROOT / "dist"
    # The options are in the spec; on macOS it also declares the .refundcase document type.
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(dist), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "tools" / f"{NAME}.spec")],
        check=True, cwd=ROOT)
    app_dir = dist / NAME
    built_qm = list((ROOT / "resources" / "translations").glob("*.qm"))
    if not built_qm:
        print("warning: no compiled translations (.qm); run `make translations` first", file=sys.stderr)
    shutil.copytree(ROOT / "resources", app_dir / "resources", dirs_exist_ok=True)
    (app_dir / "portable.txt").write_text(MARKER_TEXT, encoding="utf-8")
    (app_dir / "Cases").mkdir(exist_ok=True)
    if (ROOT / "README.md").exists():
        shutil.copy(ROOT / "README.md", app_dir / "README.md")
    print(f"portable app: {app_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
