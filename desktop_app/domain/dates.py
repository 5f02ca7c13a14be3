"""Dates as the office writes them: 3月31日 inside the year being worked on, 2027年3月31日
outside it. The one formatter every page, dialog, report and form uses, so that a date of
another year never loses its year ("延期至3月31日" for 2027-03-31 seen in 2026)."""

from __future__ import annotations

from datetime import date


def _as_date(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _year_of(ref: int | date | None) -> int | None:
    return ref.year if isinstance(ref, date) else ref


def cn_date(value: date | str | None, ref: int | date | None = None) -> str:
    """"2027-03-31" → 3月31日 when ``ref`` (a year, or a day whose year counts) is 2027,
    2027年3月31日 otherwise (and always without ``ref``); "" for nothing; a text that is not
    a date comes back as it was."""
    day = _as_date(value)
    if day is None:
        return "" if value is None else str(value)
    if day.year == _year_of(ref):
        return f"{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def cn_full_date(value: date | str | None) -> str:
    """Always with the year: 2026年11月23日."""
    return cn_date(value, None)


def cn_range(first: date, last: date, ref: int | date | None = None) -> str:
    """12月28日—2027年1月3日 (each end carries its year when outside ``ref``)."""
    return f"{cn_date(first, ref)}—{cn_date(last, ref)}"
