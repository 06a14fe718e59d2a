"""What a program wrote to the file system, read from `strace -ff -y` logs: every file or folder it
created, opened for writing, renamed, linked or removed. The built app's smoke test uses it to show
that nothing outside the app's folder and the case's folder was touched."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

# `?` makes strace skip a name this processor has no system call for (open, mkdir… on arm64).
SYSCALLS = ("open", "openat", "openat2", "creat", "mkdir", "mkdirat", "rename", "renameat", "renameat2",
            "link", "linkat", "symlink", "symlinkat", "unlink", "unlinkat", "rmdir", "truncate")
STRACE = ["strace", "-f", "-ff", "-qq", "-y", "-s", "4096", "-e", "status=successful",
          "-e", "trace=" + ",".join(f"?{name}" for name in SYSCALLS)]

_CALL = re.compile(r"^(\w+)\((.*)\)\s+=\s+\S")
# A directory descriptor as -y shows it (AT_FDCWD</cwd> or 7</folder>), or a quoted path.
_TOKEN = re.compile(r'(?:AT_FDCWD|\d+)<((?:[^>\\]|\\.)*)>|"((?:[^"\\]|\\.)*)"')
_WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_TMPFILE")


def _text(escaped: str) -> str:
    """strace's C-style escapes (\\346\\202\\246, \\") back to the path."""
    return codecs.escape_decode(escaped.encode("latin-1"))[0].decode("utf-8", "replace")


def _paths(arguments: str, cwd: Path) -> list[Path]:
    """Each quoted path, made absolute against the folder before it (an *at call) or the cwd."""
    folder, paths = cwd, []
    for match in _TOKEN.finditer(arguments):
        if match.group(1) is not None:
            folder = Path(_text(match.group(1)))
        else:
            paths.append(Path(os.path.normpath(folder / _text(match.group(2)))))
            folder = cwd
    return paths


def writes_in_line(line: str, cwd: Path) -> list[tuple[str, Path]]:
    """(system call, path) for each path a traced line wrote to, [] for a read; a rename's old
    name is "NAME from", as it is removed."""
    call = _CALL.match(line)
    if not call:
        return []
    name, arguments = call.groups()
    paths = _paths(arguments, cwd)
    if name.startswith("open") and not _WRITE_FLAGS.search(arguments):
        return []
    if name.startswith("rename"):
        return [(f"{name} from", paths[0]), (name, paths[-1])]
    if name.startswith(("link", "symlink")):
        return [(name, paths[-1])]  # the new name only: the target is not written
    return [(name, path) for path in paths]


def traced_writes(trace_folder: Path, cwd: Path) -> list[tuple[str, Path]]:
    """Every write in the logs of a folder that `STRACE + ["-o", folder/"trace", …]` filled."""
    return [write for log in sorted(trace_folder.glob("trace*"))
            for line in log.read_text(encoding="utf-8", errors="replace").splitlines()
            for write in writes_in_line(line, cwd)]


def outside(writes: list[tuple[str, Path]], allowed: list[Path]) -> list[str]:
    """The writes anywhere but the allowed folders and /dev/null. A named semaphore in /dev/shm
    (multiprocessing's) is left out when it was removed again."""
    removed = {path for name, path in writes if name.startswith(("unlink", "rmdir")) or name.endswith(" from")}
    return [f"{name} {path}" for name, path in writes
            if path != Path("/dev/null") and not any(path.is_relative_to(folder) for folder in allowed)
            and not (path.is_relative_to("/dev/shm") and path in removed)]
