"""The Chinese working-day calendar: official holidays and 调休 make-up working days.

Data comes from the ``chinese_calendar`` package for the years it has published; for any
other year the calendar falls back to Monday–Friday, and :meth:`WorkCalendar.coverage_note`
says so in a sentence for the settings page.

Lights are computed for 20,000 tasks at a time, so every query is O(1) or a bisection:
the calendar keeps one flag per day and a running count of working days over a span of
whole years (extended on demand), indexed by ``date.toordinal()``.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterable
from datetime import date, timedelta

# Years built around the covered ones before any extension is needed.
_MARGIN_YEARS = 5


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
        anchor = self._covered or (date.today().year,)
        self._first_year = 0
        self._last_year = 0
        self._lo = 0  # ordinal of 1 January of the first built year
        self._flags = bytearray()
        self._cum: list[int] = []  # _cum[i]: working days in [lo, lo + i)
        self._build(anchor[0] - 1, anchor[-1] + _MARGIN_YEARS)

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
        return bool(self._flags[self._index(day.toordinal())])

    def workdays_between(self, first: date, last: date) -> int:
        """Working days from ``first`` to ``last``, both included; 0 when last < first."""
        a, b = first.toordinal(), last.toordinal()
        if b < a:
            return 0
        self._index(b)
        ia = self._index(a)  # may widen the arrays, so b's index is taken afterwards
        return self._cum[b - self._lo + 1] - self._cum[ia]

    def add_workdays(self, day: date, n: int) -> date:
        """The n-th working day after ``day`` (before it when n < 0); ``day`` itself for 0."""
        if n == 0:
            return day
        ordinal = day.toordinal()
        while True:
            i = self._index(ordinal)
            target = self._cum[i + 1] + n if n > 0 else self._cum[i] + n + 1
            if self._cum[0] < target <= self._cum[-1]:
                return date.fromordinal(self._lo + bisect_left(self._cum, target) - 1)
            # Each pass widens the span by at least a year until the target is inside.
            span = abs(n) // 240 + 1
            if n > 0:
                self._build(self._first_year, self._last_year + span)
            else:
                self._build(self._first_year - span, self._last_year)

    def next_workday(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first one after it."""
        return day if self.is_workday(day) else self.add_workdays(day, 1)

    # -- internals ----------------------------------------------------------------
    def _is_workday_raw(self, day: date) -> bool:
        if day in self._makeup:
            return True
        return day.weekday() < 5 and day not in self._holidays

    def _build(self, first_year: int, last_year: int) -> None:
        first_year = max(first_year, 1)
        last_year = min(last_year, 9998)
        lo = date(first_year, 1, 1)
        days = (date(last_year + 1, 1, 1) - lo).days
        flags = bytearray(days)
        cum = [0] * (days + 1)
        running = 0
        day = lo
        one = timedelta(days=1)
        for i in range(days):
            if self._is_workday_raw(day):
                flags[i] = 1
                running += 1
            cum[i + 1] = running
            day += one
        self._first_year, self._last_year = first_year, last_year
        self._lo, self._flags, self._cum = lo.toordinal(), flags, cum

    def _index(self, ordinal: int) -> int:
        i = ordinal - self._lo
        if 0 <= i < len(self._flags):
            return i
        year = date.fromordinal(ordinal).year
        self._build(min(self._first_year, year), max(self._last_year, year))
        return ordinal - self._lo


@functools.cache
def default_calendar() -> WorkCalendar:
    """The program-wide calendar over the installed holiday data."""
    return WorkCalendar()
