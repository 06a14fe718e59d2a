"""Timestamps as stored in the case: local time with its UTC offset, to the second."""

from datetime import datetime


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
