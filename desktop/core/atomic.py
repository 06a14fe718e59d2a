"""A file that appears complete or not at all: written under a temporary name beside its place, then
renamed into it. Exports, calendars and letters share it; a case file and a dossier have their own
(a database built in place, a dossier's working folder)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from desktop.core.errors import CaseError


@contextmanager
def written(path: Path) -> Iterator[Path]:
    """The temporary path to write; renamed to `path` when the block ends, removed if it fails. A file
    system error is a plain "could not write" (code export_failed)."""
    temporary = path.with_name(f".{path.name}.partial")
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CaseError(f"Could not write {path}: {exc.strerror or exc}.", code="export_failed", location=str(path),
                        detail=str(exc.strerror or exc)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
