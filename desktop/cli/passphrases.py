"""Passphrases on the command line: from REFUNDCASE_PASSPHRASE (and REFUNDCASE_NEW_PASSPHRASE), or
asked on a terminal without echo. With neither, one line and exit 2: a script never waits on a
prompt nobody can answer. A passphrase is never taken as an argument (it would stay in the shell's
history and in the process list)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from desktop.cli.base import UsageError
from desktop.core.case import Case
from desktop.core.cipher import CaseKey
from desktop.core.connection import read_header
from desktop.core.lifecycle import open_case

CURRENT, NEW = "REFUNDCASE_PASSPHRASE", "REFUNDCASE_NEW_PASSPHRASE"
FORGOTTEN = ("A forgotten passphrase cannot be recovered: nobody can open the case without it, "
             "this app included.")


def _terminal() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def current_passphrase(path: Path) -> str:
    """The passphrase that opens an encrypted case: the variable, or asked once."""
    if CURRENT in os.environ:
        return os.environ[CURRENT]
    if not _terminal():
        raise UsageError(f"{path.name} is locked with a passphrase: set {CURRENT} (there is no terminal to ask on)")
    return getpass.getpass(f"Passphrase for {path.name}: ")


def new_passphrase(variable: str = NEW) -> str:
    """A new passphrase: the variable, or asked twice, after saying what forgetting it means."""
    if variable in os.environ:
        chosen = os.environ[variable]
    elif not _terminal():
        raise UsageError(f"no new passphrase: set {variable} (there is no terminal to ask on)")
    else:
        print(FORGOTTEN, file=sys.stderr)
        chosen = getpass.getpass("New passphrase: ")
        if getpass.getpass("The same passphrase again: ") != chosen:
            raise UsageError("the two passphrases differ; nothing was changed")
    if not chosen:
        raise UsageError("an empty passphrase protects nothing; nothing was changed")
    return chosen


def key_for(path: str | Path) -> CaseKey | None:
    """The key of an encrypted case (None for a plain one), from its passphrase."""
    path = Path(path)
    header = read_header(path)
    return CaseKey.derive(current_passphrase(path), header.salt) if header.encrypted else None


def open_for_command(path: str | Path, read_only: bool = False) -> Case:
    """open_case, asking for the passphrase only when the case is locked with one."""
    return open_case(path, read_only=read_only, key=key_for(path))
