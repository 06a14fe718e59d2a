"""Timestamps as stored in the case: local time with its UTC offset, to the second."""

from datetime import datetime


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def short_datetime(value: str | None) -> str:
    """Stored ISO text as people read it: 2024-03-15 14:30 (seconds and offset left out)."""
    if not value:
        return ""
    text = value.replace("T", " ")
    return text[:16] if len(text) > 10 else text
