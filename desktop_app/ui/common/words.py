"""The words the interface shows for values worked out below it: a light's word, a day and a
week, in the interface language.

The domain layer has no Qt and speaks Chinese (reports and printed sheets stay Chinese);
the interface turns its codes into words here, at its edge. English sources with the
Chinese in the ``common`` catalogue, so the Chinese interface shows what it always did.
"""

from __future__ import annotations

import re
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


# A light's explanation (LightResult.detail, written in Chinese by domain.lights) read back
# into its parts and said in the interface language; in Chinese the catalogue gives back the
# very same words. A text of another shape is shown as it is.
_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日"
_DATE_PARTS = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_NOTE = re.compile(rf"（已延期，原时限({_DATE})）$")
_PROGRESS = re.compile(r"序时进度(\d+)%，(?:尚未填报进度|实际(\d+)%)(?:，落后(\d+)个百分点)?")
_UNITS = {
    "周": QT_TRANSLATE_NOOP("LightDetail", "No progress reported for {0} week(s) ({1})"),
    "个月": QT_TRANSLATE_NOOP("LightDetail", "No progress reported for {0} month(s) ({1})"),
    "个季度": QT_TRANSLATE_NOOP("LightDetail", "No progress reported for {0} quarter(s) ({1})"),
    "年": QT_TRANSLATE_NOOP("LightDetail", "No progress reported for {0} year(s) ({1})"),
}
_FIXED = {
    "已取消，不计入统计": QT_TRANSLATE_NOOP("LightDetail", "Cancelled, not counted"),
    "已暂缓，不计入统计": QT_TRANSLATE_NOOP("LightDetail", "Paused, not counted"),
    "完成时限待确认": QT_TRANSLATE_NOOP("LightDetail", "Deadline to be confirmed"),
    "已完成": QT_TRANSLATE_NOOP("LightDetail", "Finished"),
    "没有下级任务": QT_TRANSLATE_NOOP("LightDetail", "No sub-tasks"),
    "开始日期未知，无法计算序时进度": QT_TRANSLATE_NOOP(
        "LightDetail", "Start date unknown: no expected progress"),
    "今天到期": QT_TRANSLATE_NOOP("LightDetail", "Due today"),
    "尚未报送过进展": QT_TRANSLATE_NOOP("LightDetail", "No progress reported yet"),
    "从未报送进展": QT_TRANSLATE_NOOP("LightDetail", "Progress never reported"),
}
# (pattern of the whole text, English with {0}, {1}… for the groups in order; a group
# named d… is a date, p… a progress text, s… a "since" text).
_SHAPES = [
    (re.compile(rf"计划于(?P<d0>{_DATE})开始"), QT_TRANSLATE_NOOP("LightDetail", "Starts on {0}")),
    (re.compile(rf"已超过完成时限（(?P<d0>{_DATE})）(\d+)天"),
     QT_TRANSLATE_NOOP("LightDetail", "Past the deadline ({0}) by {1} days")),
    (re.compile(rf"(?P<d0>{_DATE})完成"), QT_TRANSLATE_NOOP("LightDetail", "Finished on {0}")),
    (re.compile(rf"(?P<d0>{_DATE})完成，超过时限(\d+)天"),
     QT_TRANSLATE_NOOP("LightDetail", "Finished on {0}, {1} days late")),
    (re.compile(rf"(?P<d0>{_DATE})完成，在延期后的时限内"),
     QT_TRANSLATE_NOOP("LightDetail", "Finished on {0}, within the extended deadline")),
    (re.compile(rf"距完成时限（(?P<d0>{_DATE})）还有(\d+)个工作日；(?P<p0>.+)"),
     QT_TRANSLATE_NOOP("LightDetail", "{1} working days left to the deadline ({0}); {2}")),
    (re.compile(r"今天到期；(?P<p0>.+)"), QT_TRANSLATE_NOOP("LightDetail", "Due today; {0}")),
    (re.compile(rf"最近一次报送：(?P<d0>{_DATE})"), QT_TRANSLATE_NOOP("LightDetail", "Last report: {0}")),
    (re.compile(r"下级任务(\d+)项均已暂缓或取消"),
     QT_TRANSLATE_NOOP("LightDetail", "All {0} sub-tasks paused or cancelled")),
    (re.compile(r"下级任务(\d+)项：([■▲●✓○\d ]+)"), QT_TRANSLATE_NOOP("LightDetail", "{0} sub-tasks: {1}")),
]
_STALE = re.compile(r"已连续(\d+)(周|个月|个季度|年)未报送进展（(?P<s0>.+)）")


def _detail_tr(text: str) -> str:
    return QCoreApplication.translate("LightDetail", text)


def _date_words(text: str) -> str:
    m = _DATE_PARTS.fullmatch(text)
    if m is None:
        return text
    year, month, day = m.groups()
    shown = int(year or 2000)  # 2000: a leap year, so 2月29日 reads too
    return day_text(date(shown, int(month), int(day)), None if year else shown)


def _progress_words(text: str) -> str | None:
    if text in _FIXED:
        return _detail_tr(_FIXED[text])
    m = _PROGRESS.fullmatch(text)
    if m is None:
        return None
    schedule, actual, behind = m.groups()
    if actual is None:
        words = QCoreApplication.translate("LightDetail", "Expected progress {0}%, none reported").format(
            schedule)
    else:
        words = QCoreApplication.translate("LightDetail", "Expected progress {0}%, actual {1}%").format(
            schedule, actual)
    if behind is not None:
        words += QCoreApplication.translate("LightDetail", ", {0} points behind").format(behind)
    return words


def _body_words(text: str) -> str | None:
    progress = _progress_words(text)
    if progress is not None:
        return progress
    m = _STALE.fullmatch(text)
    if m is not None:
        since = _body_words(m.group("s0"))
        return None if since is None else _detail_tr(_UNITS[m.group(2)]).format(m.group(1), since)
    for pattern, english in _SHAPES:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        names = {index: name for name, index in pattern.groupindex.items()}
        args = []
        for index, value in enumerate(m.groups(), start=1):
            name = names.get(index, "")
            if name.startswith("d"):
                value = _date_words(value)
            elif name.startswith("p"):
                value = _progress_words(value)
                if value is None:
                    return None
            args.append(value)
        return _detail_tr(english).format(*args)
    return None


def light_detail(light: LightResult | None) -> str:
    """已超过完成时限（10月31日）18天 / Past the deadline (10/31) by 18 days: a light's
    explanation in the interface language."""
    if light is None or not light.detail:
        return ""
    text, note = light.detail, ""
    m = _NOTE.search(text)
    if m is not None:
        text = text[:m.start()]
        note = QCoreApplication.translate("LightDetail", " (extended, originally due {0})").format(
            _date_words(m.group(1)))
    words = _body_words(text)
    return light.detail if words is None else words + note
