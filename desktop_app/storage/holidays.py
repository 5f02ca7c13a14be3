"""The holiday calendar the clerk enters (节假日安排), and the calendar the lights use.

One row per day of a year's State Council notice that is a day off (休) or a make-up
working day (班), kept under the notice's year (its 元旦 may start in the December before).
The clerk's days replace the installed library's days of that notice year; the library
fills the other years; Monday–Friday the rest (``domain.calendar.combined_calendar``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.domain.calendar import WorkCalendar, combined_calendar
from desktop_app.storage import audit
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError

if TYPE_CHECKING:  # the notice reader is loaded when a notice is saved, not with the calendar
    from desktop_app.domain.holiday_notice import Notice, NoticeDay

KINDS = ("休", "班")


def entries(reg: Register, year: int | None = None) -> list[dict]:
    """The entered days (day, year, kind, name), of one notice year or all, by date."""
    sql = "SELECT day, year, kind, name, entered_at FROM calendar_days"
    params: tuple = ()
    if year is not None:
        sql += " WHERE year = ?"
        params = (year,)
    return reg.query(sql + " ORDER BY day", params)


def entered_years(reg: Register) -> list[int]:
    return [int(r[0]) for r in reg.execute("SELECT DISTINCT year FROM calendar_days ORDER BY year")]


def register_calendar(reg: Register) -> WorkCalendar:
    """The working-day calendar of this register (what every light is computed with)."""
    rows = reg.execute("SELECT day, kind, name, year FROM calendar_days ORDER BY day").fetchall()
    key = []
    for day, kind, name, year in rows:
        try:
            key.append((date.fromisoformat(day), kind, name, int(year)))
        except (TypeError, ValueError):
            continue    # a damaged row counts as absent rather than stopping the lights
    return combined_calendar(tuple(key))


def _check(year: int, days: Iterable[NoticeDay | tuple]) -> list[tuple[str, int, str, str]]:
    from desktop_app.domain.holiday_notice import NoticeDay

    if not 1990 <= int(year) <= 2100:
        raise ValidationError(f"年度“{year}”不正确。")
    rows: dict[str, tuple[str, int, str, str]] = {}
    for item in days:
        day, kind, name = (item.day, item.kind, item.name) if isinstance(item, NoticeDay) else item[:3]
        if not isinstance(day, date):
            raise ValidationError(f"日期“{day}”不正确。")
        if kind not in KINDS:
            raise ValidationError(f"“{kind}”应为“休”或“班”。")
        if not year - 1 <= day.year <= year + 1:
            raise ValidationError(f"{day.isoformat()} 不属于{year}年的节假日安排。")
        if day.isoformat() in rows:
            raise ValidationError(f"{day.isoformat()} 重复出现。")
        rows[day.isoformat()] = (day.isoformat(), int(year), kind, (name or "").strip())
    return list(rows.values())


def save_year(reg: Register, year: int, days: Iterable[NoticeDay | tuple] | Notice) -> Changes:
    """Replace the entered days of notice year ``year`` with ``days`` (a parsed notice, or
    (day, kind, name) tuples), in one transaction; audited. Nothing is written on an error."""
    from desktop_app.domain.holiday_notice import Notice

    if isinstance(days, Notice):
        if days.year != year:
            raise ValidationError(f"通知是{days.year}年的，不是{year}年的。")
        days = days.days
    rows = _check(year, days)
    if not rows:
        raise ValidationError(f"{year}年没有任何放假或调休日期，未保存。")
    with reg.atomic():
        clash = reg.query(
            "SELECT day, year FROM calendar_days WHERE year <> ? AND day IN (SELECT value FROM json_each(?))",
            (year, json.dumps([r[0] for r in rows])),
        )
        if clash:
            c = clash[0]
            raise ValidationError(f"{c['day']} 已录入在{c['year']}年的节假日安排中，同一天不能录入两次。")
        old = entries(reg, year)
        reg.execute("DELETE FROM calendar_days WHERE year = ?", (year,))
        reg.conn.executemany(
            "INSERT INTO calendar_days (day, year, kind, name, entered_at) VALUES (?, ?, ?, ?, app_now())",
            rows
        )
        audit.record(
            reg, "calendar", year, "",
            [f"{r['day']} {r['kind']} {r['name']}" for r in old] or None,
            [f"{d} {k} {n}" for d, _, k, n in rows],
            operation="录入节假日安排",
        )
    return Changes(calendar=True)


def clear_year(reg: Register, year: int) -> Changes:
    """Remove the entered days of notice year ``year`` (the library or Monday–Friday counts again)."""
    with reg.atomic():
        old = entries(reg, year)
        if not old:
            return Changes()
        reg.execute("DELETE FROM calendar_days WHERE year = ?", (year,))
        audit.record(reg, "calendar", year, "",
                     [f"{r['day']} {r['kind']} {r['name']}" for r in old], None,
                     operation="删除节假日安排")
    return Changes(calendar=True)


def year_source(reg: Register, year: int) -> str:
    """Where the days of ``year`` come from: 本台账录入, 程序内置 or 无（按周一至周五）."""
    cal = register_calendar(reg)
    if year in cal.entered_years():
        return "本台账录入"
    if cal.is_covered(year):
        return "程序内置"
    return "无（按周一至周五）"


def plan_years(reg: Register, plan_id: int | None = None) -> list[int]:
    """The plan's year (or every plan's) and the years of its tasks' deadlines."""
    where, params = ("WHERE id = ?", (plan_id,)) if plan_id is not None else ("", ())
    years = {int(r[0]) for r in reg.execute(f"SELECT year FROM plans {where}", params) if r[0]}
    where_t = "AND plan_id = ?" if plan_id is not None else ""
    years |= {
        int(r[0]) for r in reg.execute(
            "SELECT DISTINCT substr(deadline, 1, 4) FROM tasks WHERE deadline IS NOT NULL "
            f"AND deleted_at IS NULL AND status = 'active' {where_t}", params)
        if r[0] and str(r[0]).isdigit()
    }
    return sorted(years)


def missing_years(reg: Register, plan_id: int | None = None) -> list[int]:
    """Years the plan (its year, its open tasks' deadlines) needs that have no official data."""
    return register_calendar(reg).missing_years(plan_years(reg, plan_id))


def missing_note(years: list[int]) -> str:
    """What the status bar and the light settings say when ``years`` have no data."""
    if not years:
        return ""
    joined = "、".join(f"{y}年" for y in years)
    return f"{joined}的节假日安排尚未录入，暂按周一至周五计算工作日。可在 工具 ▸ 节假日安排 中录入。"
