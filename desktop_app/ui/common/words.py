"""The words the interface shows for values worked out below it: a light's word, a day and a
week, in the interface language.

The domain layer has no Qt and speaks Chinese (reports and printed sheets stay Chinese);
the interface turns its codes into words here, at its edge. English sources with the
Chinese in the ``common`` catalogue, so the Chinese interface shows what it always did.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.lights import SYMBOLS, LightResult, say_parts
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


def light_text_width(metrics) -> int:
    """The width (``QFontMetrics``) of the widest symbol and light word in the interface language."""
    return max(metrics.horizontalAdvance(f"■ {QCoreApplication.translate('Light', word)}")
               for word in LIGHT_WORDS.values())


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


# The English of each part of a light's explanation (domain.lights.DETAIL_TEXTS holds the
# Chinese, which the catalogue gives back word for word).
DETAIL_WORDS = {
    "cancelled": QT_TRANSLATE_NOOP("LightDetail", "Cancelled, not counted"),
    "paused": QT_TRANSLATE_NOOP("LightDetail", "Paused, not counted"),
    "starts": QT_TRANSLATE_NOOP("LightDetail", "Starts on {0}"),
    "overdue": QT_TRANSLATE_NOOP("LightDetail", "Past the deadline ({0}) by {1} days"),
    "extended": QT_TRANSLATE_NOOP("LightDetail", " (extended, originally due {0})"),
    "no_deadline": QT_TRANSLATE_NOOP("LightDetail", "Deadline to be confirmed"),
    "finished": QT_TRANSLATE_NOOP("LightDetail", "Finished"),
    "finished_on": QT_TRANSLATE_NOOP("LightDetail", "Finished on {0}"),
    "finished_late": QT_TRANSLATE_NOOP("LightDetail", "Finished on {0}, {1} days late"),
    "finished_extended": QT_TRANSLATE_NOOP("LightDetail", "Finished on {0}, within the extended deadline"),
    "start_unknown": QT_TRANSLATE_NOOP("LightDetail", "Start date unknown: no expected progress"),
    "progress_none": QT_TRANSLATE_NOOP("LightDetail", "Expected progress {0}%, none reported"),
    "progress": QT_TRANSLATE_NOOP("LightDetail", "Expected progress {0}%, actual {1}%"),
    "behind": QT_TRANSLATE_NOOP("LightDetail", ", {0} points behind"),
    "due_today": QT_TRANSLATE_NOOP("LightDetail", "Due today; {0}"),
    "due_in": QT_TRANSLATE_NOOP("LightDetail", "{1} working days left to the deadline ({0}); {2}"),
    "not_reported_yet": QT_TRANSLATE_NOOP("LightDetail", "No progress reported yet"),
    "last_report": QT_TRANSLATE_NOOP("LightDetail", "Last report: {0}"),
    "never_reported": QT_TRANSLATE_NOOP("LightDetail", "Progress never reported"),
    "stale_weeks": QT_TRANSLATE_NOOP("LightDetail", "No progress reported for {0} week(s) ({1})"),
    "stale_months": QT_TRANSLATE_NOOP("LightDetail", "No progress reported for {0} month(s) ({1})"),
    "stale_quarters": QT_TRANSLATE_NOOP("LightDetail", "No progress reported for {0} quarter(s) ({1})"),
    "stale_years": QT_TRANSLATE_NOOP("LightDetail", "No progress reported for {0} year(s) ({1})"),
    "no_children": QT_TRANSLATE_NOOP("LightDetail", "No sub-tasks"),
    "children_paused": QT_TRANSLATE_NOOP("LightDetail", "All {0} sub-tasks paused or cancelled"),
    "children": QT_TRANSLATE_NOOP("LightDetail", "{0} sub-tasks: {1}"),
}


def _detail_words(key: str) -> str:
    return QCoreApplication.translate("LightDetail", DETAIL_WORDS[key])


def light_detail(light: LightResult | None) -> str:
    """已超过完成时限（10月31日）18天 / Past the deadline (10/31) by 18 days: a light's
    explanation in the interface language (one without parts as it is)."""
    if light is None:
        return ""
    if not light.parts:
        return light.detail
    return say_parts(light.parts, _detail_words, day_text)
