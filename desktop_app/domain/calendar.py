"""The Chinese working-day calendar: official holidays and 调休 make-up working days.

Data comes from the ``chinese_calendar`` package for the years it has published; for any
other year the calendar falls back to Monday–Friday, and :meth:`WorkCalendar.coverage_note`
says so in a sentence for the settings page.

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
from datetime import date
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
    ) -> None:
        if holidays is None and makeup_workdays is None:
            from chinese_calendar import constants

            holidays, makeup_workdays = constants.holidays, constants.workdays
        self._holidays = frozenset(holidays or ())
        self._makeup = frozenset(makeup_workdays or ())
        self._covered = tuple(sorted({d.year for d in self._holidays | self._makeup}))
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

    def coverage_note(self) -> str:
        """What the settings page says about the calendar data."""
        if not self._covered:
            return "未收录节假日数据，按周一至周五计算工作日。"
        first, last = self._covered[0], self._covered[-1]
        return (
            f"已收录 {first}—{last} 年的法定节假日和调休安排；"
            f"{last + 1} 年起的节假日数据尚未收录，按周一至周五计算工作日。"
        )

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
