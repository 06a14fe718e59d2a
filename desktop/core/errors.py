"""Errors a user can fix. Each carries a plain English message (the command line prints it as it is)
and a stable `code` with the `params` its message uses, so an interface can say the same in the
user's language (desktop/ui/error_text.py)."""

import os
from pathlib import Path


class CaseError(Exception):
    """A problem with a case file that the user can understand and act on."""

    def __init__(self, message: str, path: str | None = None, *, code: str = "", **params: str):
        super().__init__(message)
        self.message = message
        self.path = path
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.message


class NotACaseFile(CaseError):
    """Empty, not SQLite, another program's database, or missing."""


class CorruptCase(CaseError):
    """A case file whose content SQLite reports as damaged or truncated."""

    @classmethod
    def unreadable(cls, path: str | os.PathLike, detail: object):
        """SQLite (or the text in the file) could not be read: `detail` is what it said."""
        name = Path(path).name
        return cls(f"{name} is damaged and cannot be read ({detail}).", str(path), code="corrupt", name=name,
                   detail=str(detail))

    @classmethod
    def found(cls, path: str | os.PathLike, detail: str):
        """A check of the file found damage: `detail` is what it found."""
        name = Path(path).name
        return cls(f"{name} is damaged ({detail}).", str(path), code="corrupt.check", name=name, detail=detail)


class NewerVersion(CaseError):
    """Written by a newer version of the app: refused and left untouched."""


class PassphraseNeeded(CaseError):
    """An encrypted case, opened without its passphrase."""


class WrongPassphrase(CaseError):
    """The passphrase given does not open the case."""


class CaseLocked(CaseError):
    """Another process has the case open for writing."""


class ReadOnlyMedium(CaseError):
    """The case or its folder cannot be written (read-only stick, permissions)."""


class CaseGone(ReadOnlyMedium):
    """The case file, or its folder or disk, went away while it was open (a pulled stick)."""


class NotEnoughSpace(CaseError):
    """Free space or the file system's file-size limit would be exceeded."""


class EvidenceNotFound(CaseError):
    """No evidence item with that id."""
