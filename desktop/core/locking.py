"""The lock that keeps a case open in one window or program at a time: an OS lock on a small
`.lock` file beside the case (filelock). A crashed holder's lock holds no OS lock, so the next
open takes it over; a clean close removes the file, so a closed case is exactly one file."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from filelock import FileLock, Timeout

from desktop.core.errors import CaseLocked, ReadOnlyMedium


def lock_path(path: Path) -> Path:
    return Path(str(path) + ".lock")


def acquire(path: Path) -> FileLock:
    """Take the case's lock or say who has it. Not tied to a thread: a case opened by a worker
    thread is closed (and unlocked) by the GUI thread."""
    lock = FileLock(str(lock_path(path)), timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise CaseLocked(
            f"{path.name} is already open in another window or program. Close it there first.", str(path),
            code="locked", name=path.name,
        ) from None
    except OSError as exc:
        raise ReadOnlyMedium(f"The folder of {path.name} cannot be written ({exc.strerror or exc}).",
                             str(path), code="read_only.lock", name=path.name,
                             detail=str(exc.strerror or exc)) from None
    return lock


def release(lock: FileLock) -> None:
    lock.release(force=True)
    with contextlib.suppress(OSError):
        os.unlink(lock.lock_file)
