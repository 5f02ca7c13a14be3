"""What all reports share: dates as printed, the footer, department filters, grouping."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop_app import clock
from desktop_app.domain.dates import cn_date, cn_full_date
from desktop_app.reports.model import Footer, Group, Row
from desktop_app.storage import directory, settings
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError

NO_DEPARTMENT = "未明确牵头科室"
KEY_MARK = "★"  # 重点工作, printed before the task's name


def day_text(value: str | date | None, *, with_year: bool = False, year: int | None = None) -> str:
    """"2026-06-30" → 6月30日 inside ``year`` (default: this year), 2026年6月30日 outside
    it or ``with_year``."""
    if not value:
        return ""
    if with_year:
        return cn_full_date(value)
    return cn_date(value, year if year is not None else clock.today().year)


def deadline_text(task: dict, original: date | None = None, year: int | None = None) -> str:
    """The deadline as the plan words it; an extended one shows the original beside it.
    Dates outside ``year`` (default: the task's plan year, else this year) carry their year."""
    year = year if year is not None else (task.get("plan_year") or clock.today().year)
    worded = task.get("deadline_kind") in ("recurring", "ongoing", "period") and task.get("deadline_text")
    if original is not None and original.isoformat() != task.get("deadline"):
        # Extended: the new date counts; a period (上半年) is what it was extended from.
        was = day_text(original, year=year)
        if worded:
            was = f"{task['deadline_text']}，{was}"
        new = date.fromisoformat(str(task["deadline"])[:10])
        # Moved into another year (12月31日 → 次年1月31日): the new date says its year.
        with_year = new.year != original.year or new.year != year
        return f"{day_text(new, with_year=with_year)}（原{was}，已延期）"
    if worded:
        return task["deadline_text"]
    return day_text(task.get("deadline"), year=year) or task.get("deadline_text") or ""


def task_title(task: dict) -> str:
    """The task's name, marked ★ when it is a 重点工作."""
    return KEY_MARK + task["title"] if task["is_key"] else task["title"]


def footer(reg: Register) -> Footer:
    """制表人 and 审核人 from the settings; 打印日期 is the day of printing, not the
    statistics date (last week's sheet printed today says today)."""
    return Footer(
        preparer=settings.get(reg, "report.preparer"),
        reviewer=settings.get(reg, "report.reviewer"),
    )


def organisation(reg: Register, tasks: list[dict]) -> str:
    """The bureau's name: the register setting, else the first plan's organisation."""
    name = settings.get(reg, "organisation")
    if name:
        return name
    return next((t["organisation"] for t in tasks if t.get("organisation")), "")


def resolve_department(reg: Register, name: str | None) -> str | None:
    """The directory's spelling of ``name`` (full or short name); a clear error if unknown."""
    if not name:
        return None
    dep_id = directory.department_id(reg, name)
    if dep_id is None:
        raise ValidationError(f"找不到科室“{name}”，请检查科室名称。")
    return reg.scalar("SELECT name FROM departments WHERE id = ?", (dep_id,))


def department_order(reg: Register) -> dict[str, int]:
    return {d["name"]: i for i, d in enumerate(directory.list_departments(reg))}


def group_by_department(reg: Register, tasks: Iterable[dict]) -> list[tuple[str, list[dict]]]:
    """Tasks grouped by lead department in directory order; unassigned ones last."""
    order = department_order(reg)
    groups: dict[str, list[dict]] = {}
    for t in tasks:
        groups.setdefault(t.get("lead_name") or NO_DEPARTMENT, []).append(t)
    names = sorted(groups, key=lambda n: (n == NO_DEPARTMENT, order.get(n, len(order)), n))
    return [(n, groups[n]) for n in names]


def numbered(groups: list[tuple[str, list[Row]]], key: str = "seq") -> list[Group]:
    """Number rows 1..N through all groups (序号 runs on across group headings)."""
    n = 0
    out = []
    for heading, rows in groups:
        for row in rows:
            n += 1
            row.cells[key] = str(n)
        out.append(Group(heading, rows))
    return out


def period_bounds(year: int, half: int | None = None, month: int | None = None) -> tuple[date, date]:
    """First and last day of a year, a half year, or a month."""
    if month is not None:
        if not 1 <= month <= 12:
            raise ValidationError(f"月份“{month}”不正确。")
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
    if half is None:
        return date(year, 1, 1), date(year, 12, 31)
    if half not in (1, 2):
        raise ValidationError("半年只能是 1（上半年）或 2（下半年）。")
    return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))
