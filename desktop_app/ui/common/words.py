"""The words the interface shows for values worked out below it: a light's word, a day and a
week, in the interface language.

The domain layer has no Qt and speaks Chinese (reports and printed sheets stay Chinese);
the interface turns its codes into words here, at its edge. English sources with the
Chinese in the ``common`` catalogue, so the Chinese interface shows what it always did.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.lights import SYMBOLS, LightResult
from desktop_app.domain.weeks import parse_week, week_range

# LightResult.state → its word (domain.lights.LABELS in Chinese).
LIGHT_WORDS = {
    "overdue": QT_TRANSLATE_NOOP("Light", "Overdue"),
    "lagging": QT_TRANSLATE_NOOP("Light", "Behind"),
    "due_soon": QT_TRANSLATE_NOOP("Light", "Due soon"),
    "stale": QT_TRANSLATE_NOOP("Light", "Warning"),
    "normal": QT_TRANSLATE_NOOP("Light", "On track"),
    "finished": QT_TRANSLATE_NOOP("Light", "Finished"),
    "finished_late": QT_TRANSLATE_NOOP("Light", "Finished late"),
    "not_started": QT_TRANSLATE_NOOP("Light", "Not started"),
    "paused": QT_TRANSLATE_NOOP("Light", "Paused"),
    "cancelled": QT_TRANSLATE_NOOP("Light", "Cancelled"),
    "no_deadline": QT_TRANSLATE_NOOP("Light", "To be confirmed"),
}
# The kinds the 总览 page counts (storage.overview.LIGHT_KINDS) → their words.
KIND_WORDS = {
    "red": QT_TRANSLATE_NOOP("Light", "Overdue/behind"),
    "yellow": QT_TRANSLATE_NOOP("Light", "Warning"),
    "green": QT_TRANSLATE_NOOP("Light", "On track"),
    "done": QT_TRANSLATE_NOOP("Light", "Finished"),
    "not_started": QT_TRANSLATE_NOOP("Light", "Not started"),
    "no_deadline": QT_TRANSLATE_NOOP("Light", "To be confirmed"),
}


def light_word(light: LightResult) -> str:
    """逾期 / Overdue: the word of a light's state."""
    word = LIGHT_WORDS.get(light.state)
    return QCoreApplication.translate("Light", word) if word else light.label


def light_text(light: LightResult | None) -> str:
    """■ 逾期 / ■ Overdue: symbol and word ("" for no light)."""
    if light is None:
        return ""
    return f"{light.symbol} {light_word(light)}".strip()


def kind_text(key: str) -> str:
    """■ 逾期/滞后, ▲ 预警, …, 待确认: a kind of the 总览 page with its symbol."""
    word = QCoreApplication.translate("Light", KIND_WORDS[key])
    symbol = SYMBOLS.get(key, "")
    return f"{symbol} {word}" if symbol else word


def day_text(day: date, ref: int | date | None = None) -> str:
    """3月31日 / 3/31 within the year of ``ref`` (a year or a day), with the year otherwise."""
    year = ref.year if isinstance(ref, date) else ref
    if day.year == year:
        return QCoreApplication.translate("Dates", "{month}/{day}").format(month=day.month, day=day.day)
    return QCoreApplication.translate("Dates", "{month}/{day}/{year}").format(
        month=day.month, day=day.day, year=day.year)


def full_day_text(day: date) -> str:
    """2026年12月6日 / 12/6/2026: a day with its year."""
    return day_text(day, None)


def date_edit_format() -> str:
    """The display format of a QDateEdit: yyyy年M月d日 / M/d/yyyy."""
    return QCoreApplication.translate("Dates", "M/d/yyyy")


def week_text(week: str) -> str:
    """第47周（11月16日—11月22日） / Week 47 (11/16–11/22); a day outside the week's year
    carries its year (domain.weeks.week_label in the interface language)."""
    start, end = week_range(week)
    year, number = parse_week(week)
    return QCoreApplication.translate("Dates", "Week {0} ({1}–{2})").format(
        number, day_text(start, year), day_text(end, year))
