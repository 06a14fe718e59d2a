"""How a notice names the deadlines coming soon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.deadlines import Deadline
from desktop.ui.common.dates import long_date


def deadline_line(deadline: Deadline, lang: str) -> str:
    values = {"title": deadline.title(lang), "date": long_date(deadline.due, lang), "days": deadline.days_left}
    if deadline.days_left == 0:
        return QCoreApplication.translate("Reminders", "{title}: today ({date})").format(**values)
    if deadline.days_left == 1:
        return QCoreApplication.translate("Reminders", "{title}: tomorrow ({date})").format(**values)
    return QCoreApplication.translate("Reminders", "{title}: in {days} days ({date})").format(**values)


def reminder_text(soon: list[Deadline], lang: str) -> str:
    heading = QCoreApplication.translate("Reminders", "Coming up within a week:")
    return "\n".join([heading, *(f"• {deadline_line(d, lang)}" for d in soon)])
