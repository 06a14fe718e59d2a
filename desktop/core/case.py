"""An open case, as the rest of the app sees it: the case file and its stores, behind one object.

How a case is opened, created, migrated and recovered is `lifecycle.py`; what the stores do is in
their own modules. This façade only puts them together."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from filelock import FileLock

from desktop.core import audit, search, sqlerrors
from desktop.core.casefile import CaseFile
from desktop.core.checklist import Checklist
from desktop.core.cipher import CaseKey
from desktop.core.connection import connect
from desktop.core.details import CaseDetails
from desktop.core.evidence import EvidenceStore
from desktop.core.letters import Letters
from desktop.core.links import Links
from desktop.core.recognised import RecognisedText
from desktop.core.timeline import Timeline


class Case:
    """Not thread-safe: a worker thread opens its own with `secondary()`."""

    def __init__(self, file: CaseFile):
        self.file = file
        self.details = CaseDetails(file)
        self.evidence = EvidenceStore(file)
        self.timeline = Timeline(file)
        self.checklist = Checklist(file)
        self.links = Links(file)
        self.letters = Letters(file)
        self.text = RecognisedText(file)

    @classmethod
    def over(cls, path: Path, conn, read_only: bool, lock: FileLock | None = None,
             key: CaseKey | None = None) -> "Case":
        return cls(CaseFile(path, conn, read_only, lock, key))

    # -- what the window and the command line ask most ---------------------------------------
    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @property
    def closed(self) -> bool:
        return self.file.closed

    @property
    def title(self) -> str:
        return self.details.title

    @property
    def playbook_id(self) -> str:
        return self.details.playbook_id

    @property
    def schema_version(self) -> int:
        return self.file.schema_version

    def search(self, query: str, limit: int = 200) -> list[search.Hit]:
        try:
            return search.search(self.file.conn, query, limit)
        except sqlite3.DatabaseError as exc:  # the index's own records are read only when searched
            sqlerrors.raise_plain(exc, self.path)

    def audit_entries(self, limit: int | None = None) -> list[dict]:
        return audit.entries(self.file.conn, limit)

    def audit_chain(self) -> audit.ChainReport:
        return audit.verify_chain(self.file.conn)

    def audit_summary(self) -> dict[str, int]:
        return audit.summary(self.file.conn)

    # -- lifetime -------------------------------------------------------------------------
    def secondary(self, read_only: bool = False) -> "Case":
        """Another connection to the same file, for a worker thread of this process (it shares our lock)."""
        read_only = read_only or self.read_only
        key = self.file.key
        return Case.over(self.path, connect(self.path, read_only=read_only, check_same_thread=False, key=key),
                         read_only, key=key)

    @property
    def encrypted(self) -> bool:
        return self.file.key is not None

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> "Case":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
