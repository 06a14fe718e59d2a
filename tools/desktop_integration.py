"""Double-click on Linux: registers this checkout, for the current user only, as the app that opens
*.refundcase files.

    make install-desktop        (.venv/bin/python tools/desktop_integration.py install)
    make uninstall-desktop      (… uninstall)

Writes under $XDG_DATA_HOME (~/.local/share): the menu entry applications/refund-case-organizer.desktop,
which runs `.venv/bin/python main.py FILE` from this checkout; mime/packages/refund-case-organizer.xml,
which names *.refundcase application/x-refundcase; and the icons. Then refreshes the desktop's caches
with update-mime-database and update-desktop-database where they exist. Refuses in portable mode: a
copy on a USB stick must not register itself on someone else's computer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from document_type import APP_ID, DESCRIPTION, MIME_TYPE, mime_xml  # noqa: E402

ICON = ROOT / "resources" / "icons" / "app.svg"
# What the Desktop Entry spec says must be quoted in Exec, and must be escaped inside the quotes.
EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
EXEC_ESCAPED = set("\"`$\\")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def key_value(text: str) -> str:
    """A desktop-file value: a backslash is written twice."""
    return text.replace("\\", "\\\\")


def exec_argument(argument: str) -> str:
    """One argument of an Exec line, quoted and escaped as the spec asks (before key_value)."""
    argument = argument.replace("%", "%%")
    if any(character in EXEC_RESERVED for character in argument):
        argument = '"' + "".join("\\" + c if c in EXEC_ESCAPED else c for c in argument) + '"'
    return argument


def desktop_entry(python: Path, main: Path) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Refund Case Organizer",
        "Name[zh_CN]=维权案件整理助手",
        "Comment=Evidence, timeline and steps of a refund dispute in one case file",
        "Comment[zh_CN]=把维权的证据、时间线和步骤放进一个案件文件",
        f"Exec={key_value(exec_argument(str(python)))} {key_value(exec_argument(str(main)))} %f",
        f"TryExec={key_value(str(python))}",  # a plain path; the entry hides itself once .venv is gone
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;",
        f"MimeType={MIME_TYPE};",
        "StartupWMClass=Refund Case Organizer",  # the window's class: Qt's application name
        "",
    ])


def planned_files(root: Path, share: Path) -> dict[Path, bytes]:
    """Every file the install writes, with its content."""
    icon = ICON.read_bytes()
    entry = desktop_entry(root / ".venv" / "bin" / "python", root / "main.py")
    return {
        share / "applications" / f"{APP_ID}.desktop": entry.encode("utf-8"),
        share / "mime" / "packages" / f"{APP_ID}.xml": mime_xml().encode("utf-8"),
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icon,
        # The case file's icon: the type's own name, as shared-mime-info looks it up.
        share / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{MIME_TYPE.replace('/', '-')}.svg": icon,
    }


def refresh_caches(share: Path) -> list[str]:
    """Rebuild the MIME database and the desktop entries' cache, where the tools are installed."""
    ran = []
    for tool, folder in (("update-mime-database", share / "mime"),
                         ("update-desktop-database", share / "applications")):
        if shutil.which(tool) and folder.is_dir():
            subprocess.run([tool, str(folder)], check=True, stdout=subprocess.DEVNULL)
            ran.append(tool)
    icons = share / "icons" / "hicolor"
    if icons.is_dir():
        os.utime(icons)  # a newer folder than its icon cache makes GTK look again
    return ran


def install(root: Path, share: Path) -> list[Path]:
    for path, content in planned_files(root, share).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    refresh_caches(share)
    return list(planned_files(root, share))


def uninstall(root: Path, share: Path) -> list[Path]:
    removed = [path for path in planned_files(root, share) if path.exists()]
    for path in removed:
        path.unlink()
    refresh_caches(share)
    return removed


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in ("install", "uninstall"):
        print("usage: desktop_integration.py install|uninstall", file=sys.stderr)
        return 2
    if not sys.platform.startswith("linux"):
        print("error: this registers the app with Linux desktops only (see the README for Windows and macOS)",
              file=sys.stderr)
        return 2
    share = data_home()
    if argv[0] == "uninstall":
        removed = uninstall(ROOT, share)
        print(f"removed {len(removed)} file(s) from {share}")
        return 0
    from desktop.core.paths import is_portable

    if is_portable():
        print("error: portable mode (portable.txt or REFUND_CASE_PORTABLE=1): a copy on a stick is not "
              "registered with the computer; open cases from the app, or by dropping them on its window",
              file=sys.stderr)
        return 2
    if not (ROOT / ".venv" / "bin" / "python").exists():
        print("error: no .venv in this checkout yet: run `make run` once first", file=sys.stderr)
        return 2
    for path in install(ROOT, share):
        print(f"wrote {path}")
    print(f"{DESCRIPTION['en']} files (*.refundcase) now open with Refund Case Organizer from {ROOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
