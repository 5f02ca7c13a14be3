"""The program's one clock.

Every "today" and "now" in the program comes from here, so a test (or a clerk
checking last week's sheet from the command line) can set the date in one place.
``DUBAN_TODAY=2027-02-10`` in the environment fixes the date for a whole run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time

_fixed: datetime | None = None


def _from_environment() -> datetime | None:
    text = os.environ.get("DUBAN_TODAY", "").strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text) if "T" in text or " " in text else datetime.combine(
            date.fromisoformat(text), time(9, 0))
    except ValueError:
        return None


def now() -> datetime:
    """The current local time (naive, as everything in the register is)."""
    if _fixed is not None:
        return _fixed
    return _from_environment() or datetime.now()


def today() -> date:
    return now().date()


def set_now(value: datetime | date | None) -> None:
    """Fix the clock at ``value`` (a date means 09:00 that day); ``None`` releases it."""
    global _fixed
    if value is None or isinstance(value, datetime):
        _fixed = value
    else:
        _fixed = datetime.combine(value, time(9, 0))


@contextmanager
def fixed(value: datetime | date) -> Iterator[None]:
    """``with clock.fixed(date(2027, 1, 4)):`` — the clock reads ``value`` inside the block."""
    global _fixed
    before = _fixed
    set_now(value)
    try:
        yield
    finally:
        _fixed = before


def wall_now() -> datetime:
    """The machine's real time, never fixed: for what other processes compare with file
    times (the register's lock and its heartbeat), not for what the clerk's day is."""
    return datetime.now()
