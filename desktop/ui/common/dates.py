"""Event dates as the user reads them: exact time, a day, a month, or "about" a day."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

_PATTERNS = {
    "en": {"day": "d MMM yyyy", "month": "MMM yyyy", "time": "HH:mm"},
    "zh": {"day": "yyyy年M月d日", "month": "yyyy年M月", "time": "HH:mm"},
}


def _locale(lang: str) -> QLocale:
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def parse_when(occurred_at: str) -> datetime:
    """The stored text (2026-03, 2026-03-02 or 2026-03-02T10:30) as a datetime at its start."""
    if len(occurred_at) == 7:
        return datetime.strptime(occurred_at, "%Y-%m")
    return datetime.fromisoformat(occurred_at)


def day_number(occurred_at: str) -> float:
    """Days since 0001-01-01 with the time as a fraction: the chart's x axis."""
    moment = parse_when(occurred_at)
    return moment.toordinal() + (moment.hour * 60 + moment.minute) / 1440


def format_day(day: date, lang: str) -> str:
    return _locale(lang).toString(to_qdate(day), _PATTERNS[lang]["day"])


def format_month(day: date, lang: str) -> str:
    return _locale(lang).toString(to_qdate(day), _PATTERNS[lang]["month"])


def format_when(occurred_at: str, precision: str, lang: str) -> str:
    """'2 Mar 2026 10:30', '2 Mar 2026', 'Mar 2026' or 'about 2 Mar 2026' (and the Chinese forms)."""
    try:
        moment = parse_when(occurred_at)
    except ValueError:
        return occurred_at
    locale, patterns = _locale(lang), _PATTERNS[lang]
    qdate = QDate(moment.year, moment.month, moment.day)
    if precision == "month":
        return locale.toString(qdate, patterns["month"])
    if precision == "exact":
        stamp = QDateTime(qdate, QTime(moment.hour, moment.minute))
        return locale.toString(stamp, f"{patterns['day']} {patterns['time']}")
    text = locale.toString(qdate, patterns["day"])
    if precision == "approximate":
        return QCoreApplication.translate("EventDates", "about {date}").format(date=text)
    return text


def long_date(day: date, lang: str) -> str:
    """22 August 2029 / 2029年8月22日: a deadline's date, that nobody can misread."""
    return _locale(lang).toString(to_qdate(day), "yyyy年M月d日" if lang == "zh" else "d MMMM yyyy")
