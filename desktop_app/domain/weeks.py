"""ISO weeks as the office speaks of them: "2026-W47" is 第47周（11月16日—11月22日）."""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop_app.domain.dates import cn_range

_WEEK_RE = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")


def week_id(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(text: str) -> tuple[int, int]:
    """"2026-W47" / "2026W47" → (2026, 47); ValueError with a Chinese message otherwise."""
    m = _WEEK_RE.match(text or "")
    if not m:
        raise ValueError(f"周次“{text}”格式不正确，应为 2026-W47。")
    year, week = int(m.group(1)), int(m.group(2))
    last = date(year, 12, 28).isocalendar()[1]
    if not 1 <= week <= last:
        raise ValueError(f"{year} 年只有 {last} 周，没有第 {week} 周。")
    return year, week


def normalise_week(text: str) -> str:
    year, week = parse_week(text)
    return f"{year}-W{week:02d}"


def week_monday(week: str) -> date:
    year, wk = parse_week(week)
    return date.fromisocalendar(year, wk, 1)


def week_range(week: str) -> tuple[date, date]:
    monday = week_monday(week)
    return monday, monday + timedelta(days=6)


def shift_week(week: str, weeks: int) -> str:
    return week_id(week_monday(week) + timedelta(weeks=weeks))


def previous_week(week: str) -> str:
    return shift_week(week, -1)


def week_label(week: str) -> str:
    """第47周（11月16日—11月22日）; a day outside the week's year carries its year:
    第53周（12月28日—2027年1月3日）, 第1周（2025年12月29日—1月4日）."""
    start, end = week_range(week)
    year, wk = parse_week(week)
    return f"第{wk}周（{cn_range(start, end, year)}）"


def weeks_between(first: str, last: str) -> list[str]:
    out, cur = [], normalise_week(first)
    last = normalise_week(last)
    while cur <= last:
        out.append(cur)
        cur = shift_week(cur, 1)
    return out
