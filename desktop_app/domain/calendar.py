"""The Chinese working-day calendar: official holidays and 调休 make-up working days.

Sources, in this order: the days the clerk entered in the register (the year's State
Council notice, see :func:`combined_calendar`), then the ``chinese_calendar`` package for
the years it has published, then Monday–Friday; :meth:`WorkCalendar.coverage_note` says
which years are known in a sentence for the settings page.

Lights are computed for 20,000 tasks at a time, so every query is O(1) or a bisection:
the calendar keeps one flag per day and a running count of working days over the covered
years (and a margin), indexed by ``date.toordinal()``; outside that table every year is
Monday–Friday, counted by arithmetic. The table never changes after construction, so one
calendar can serve several threads.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import accumulate

from desktop_app import clock

# Years of table kept after the last covered one (cheap, and keeps common dates in it).
_MARGIN_YEARS = 5


def _weekdays_before(ordinal: int) -> int:
    """Monday–Friday days in ``[1, ordinal)``; ordinal 1 (0001-01-01) is a Monday."""
    weeks, rest = divmod(ordinal - 1, 7)
    return weeks * 5 + min(rest, 5)


def _first_with_weekdays_before(count: int) -> int:
    """The smallest ordinal y with ``_weekdays_before(y) >= count``."""
    if count <= 0:
        return 1
    weeks, rest = divmod(count - 1, 5)
    return weeks * 7 + rest + 2


class WorkCalendar:
    """Working days from holiday data; weekdays for years without data."""

    def __init__(
        self,
        holidays: Iterable[date] | None = None,
        makeup_workdays: Iterable[date] | None = None,
        *,
        names: dict[date, str] | None = None,
        covered: Iterable[int] | None = None,
        entered: Iterable[int] = (),
    ) -> None:
        if holidays is None and makeup_workdays is None:
            from chinese_calendar import constants

            holidays, makeup_workdays = constants.holidays, constants.workdays
            names = {**_library_names(constants.workdays, "调休"),
                     **_library_names(constants.holidays, "")}
        self._holidays = frozenset(holidays or ())
        self._makeup = frozenset(makeup_workdays or ())
        self._names = dict(names or {})
        self._entered = tuple(sorted(set(entered)))
        if covered is None:
            covered = {d.year for d in self._holidays | self._makeup}
        self._covered = tuple(sorted(set(covered)))
        anchor = self._covered or (clock.today().year,)
        first = date(anchor[0] - 1, 1, 1)
        last = date(anchor[-1] + _MARGIN_YEARS, 12, 31)
        self._lo, self._hi = first.toordinal(), last.toordinal() + 1  # table: [lo, hi)
        # Monday–Friday by a repeated week, then the holidays out and the 调休 days in.
        days = self._hi - self._lo
        week = bytes((1, 1, 1, 1, 1, 0, 0))
        start = first.weekday()
        flags = bytearray(((week[start:] + week[:start]) * (days // 7 + 1))[:days])
        for holiday in self._holidays:
            if self._lo <= holiday.toordinal() < self._hi:
                flags[holiday.toordinal() - self._lo] = 0
        for makeup in self._makeup:
            if self._lo <= makeup.toordinal() < self._hi:
                flags[makeup.toordinal() - self._lo] = 1
        self._flags = bytes(flags)
        self._cum = [0, *accumulate(flags)]  # cum[i]: working days in [lo, lo + i)
        self._before_lo = _weekdays_before(self._lo)

    # -- coverage -----------------------------------------------------------------
    def covered_years(self) -> tuple[int, ...]:
        """Years whose holidays and make-up days are known."""
        return self._covered

    def is_covered(self, year: int) -> bool:
        return year in self._covered

    def entered_years(self) -> tuple[int, ...]:
        """Years whose days the clerk entered in the register (they win over the library)."""
        return self._entered

    def missing_years(self, years: Iterable[int]) -> list[int]:
        """Those of ``years`` without official data (counted as Monday–Friday)."""
        return sorted({y for y in years if y not in self._covered})

    def coverage_note(self) -> str:
        """What the settings page says about the calendar data."""
        if not self._covered:
            return "未收录节假日数据，按周一至周五计算工作日。"
        first, last = self._covered[0], self._covered[-1]
        gaps = [y for y in range(first, last + 1) if y not in self._covered]
        note = f"已收录 {first}—{last} 年的法定节假日和调休安排"
        if gaps:
            note += f"（缺 {'、'.join(map(str, gaps))} 年）"
        if self._entered:
            note += f"，其中 {'、'.join(map(str, self._entered))} 年为本台账录入"
        return note + f"；{last + 1} 年起的节假日数据尚未收录，按周一至周五计算工作日。"

    def day_name(self, day: date) -> str:
        """春节 for a holiday, 春节调休 for a make-up working day, "" otherwise."""
        return self._names.get(day, "")

    def special_days(self, year: int) -> list[tuple[date, str, str]]:
        """(day, "休"|"班", name) of ``year`` that differ from Monday–Friday, in order."""
        out = []
        day = date(year, 1, 1)
        while day.year == year:
            weekday = day.weekday() < 5
            if self.is_workday(day) != weekday:
                kind = "班" if not weekday else "休"
                out.append((day, kind, self.day_name(day) or ("调休上班" if kind == "班" else "休息")))
            day += _ONE_DAY
        return out

    # -- queries ------------------------------------------------------------------
    def is_workday(self, day: date) -> bool:
        ordinal = day.toordinal()
        if self._lo <= ordinal < self._hi:
            return bool(self._flags[ordinal - self._lo])
        return day.weekday() < 5

    def workdays_between(self, first: date, last: date) -> int:
        """Working days from ``first`` to ``last``, both included; 0 when last < first."""
        a, b = first.toordinal(), last.toordinal()
        if b < a:
            return 0
        return self._before(b + 1) - self._before(a)

    def add_workdays(self, day: date, n: int) -> date:
        """The n-th working day after ``day`` (before it when n < 0); ``day`` itself for 0."""
        if n == 0:
            return day
        ordinal = day.toordinal()
        target = self._before(ordinal + 1) + n if n > 0 else self._before(ordinal) + n + 1
        try:
            return date.fromordinal(self._first_with_before(target) - 1)
        except (ValueError, OverflowError):
            raise ValueError(f"{day} 起第 {n} 个工作日超出了可计算的日期范围") from None

    def next_workday(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first one after it."""
        return day if self.is_workday(day) else self.add_workdays(day, 1)

    # -- internals ----------------------------------------------------------------
    def _before(self, ordinal: int) -> int:
        """Working days in ``[1, ordinal)``: weekdays outside the table, the table inside."""
        if ordinal <= self._lo:
            return _weekdays_before(ordinal)
        if ordinal <= self._hi:
            return self._before_lo + self._cum[ordinal - self._lo]
        return (self._before_lo + self._cum[-1]
                + _weekdays_before(ordinal) - _weekdays_before(self._hi))

    def _first_with_before(self, count: int) -> int:
        """The smallest ordinal y with ``_before(y) >= count`` (the inverse of ``_before``)."""
        if count <= self._before_lo:
            return _first_with_weekdays_before(count)
        in_table = count - self._before_lo
        if in_table <= self._cum[-1]:
            return self._lo + bisect_left(self._cum, in_table)
        beyond = count - self._before_lo - self._cum[-1]
        return _first_with_weekdays_before(_weekdays_before(self._hi) + beyond)


@functools.cache
def default_calendar() -> WorkCalendar:
    """The program-wide calendar over the installed holiday data."""
    return WorkCalendar()


_ONE_DAY = timedelta(days=1)
LIBRARY_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


def _library_names(days: dict, suffix: str) -> dict[date, str]:
    out = {}
    for day, holiday in days.items():
        value = getattr(holiday, "value", holiday)
        value = value[0] if isinstance(value, tuple) else value
        out[day] = LIBRARY_NAMES.get(str(value), str(value)) + suffix
    return out


def _library_notice_year(day: date, name: str) -> int:
    """The year of the notice a library day came from: 元旦 days of late December belong
    to the next year's notice."""
    return day.year + 1 if day.month == 12 and name.startswith("元旦") else day.year


@functools.cache
def _library() -> tuple[dict[date, tuple[str, str]], frozenset[int]]:
    from chinese_calendar import constants

    days = {d: ("班", n) for d, n in _library_names(constants.workdays, "调休").items()}
    days.update({d: ("休", n) for d, n in _library_names(constants.holidays, "").items()})
    covered = frozenset(d.year for d in days)
    return days, covered


@functools.cache
def combined_calendar(entries: tuple[tuple[date, str, str, int], ...]) -> WorkCalendar:
    """The calendar the lights use: the clerk's ``entries`` (day, "休"|"班", name, notice
    year) replace the library's days of the same notice years and win day by day; the
    library fills the other years; Monday–Friday the rest. Cached by the entries, so
    the same register content gives the same calendar object (and the lights' caches hold)."""
    if not entries:
        return default_calendar()
    library, library_years = _library()
    entered = {year for *_, year in entries}
    days = {d: v for d, v in library.items() if _library_notice_year(d, v[1]) not in entered}
    for day, kind, name, _year in entries:
        days[day] = (kind, name)
    return WorkCalendar(
        [d for d, (k, _) in days.items() if k == "休"],
        [d for d, (k, _) in days.items() if k == "班"],
        names={d: n for d, (_, n) in days.items()},
        covered=library_years | entered,
        entered=entered,
    )
