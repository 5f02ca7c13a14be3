"""年终考核统计: per lead department, how many tasks, how many finished, on time, late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app import clock
from desktop_app.reports import common
from desktop_app.reports.model import Chart, Column, Group, Report, Row
from desktop_app.storage import report_queries
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.extensions import original_deadlines

COLUMNS = [
    Column("seq", "序号", 0.5, "center", wrap=False),
    Column("department", "牵头科室", 1.6, "center"),
    Column("tasks", "任务数", 0.7, "center"),
    Column("finished", "已完成", 0.7, "center"),
    Column("on_time", "按时完成", 0.8, "center"),
    Column("late", "逾期完成", 0.8, "center"),
    Column("extended", "申请延期", 0.8, "center"),
    Column("overdue", "逾期未完成", 0.9, "center"),
    Column("completion", "完成率", 0.8, "center"),
    Column("on_time_rate", "按时完成率", 0.9, "center"),
]


@dataclass
class Tally:
    """The counts of one department (or the total)."""

    tasks: int = 0
    finished: int = 0
    on_time: int = 0
    late: int = 0
    extended: int = 0
    overdue: int = 0

    def add(self, other: Tally) -> None:
        for name in ("tasks", "finished", "on_time", "late", "extended", "overdue"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def cells(self) -> dict[str, str]:
        def rate(n: int) -> str:
            return f"{100 * n / self.tasks:.1f}%" if self.tasks else "—"

        return {
            "tasks": str(self.tasks),
            "finished": str(self.finished),
            "on_time": str(self.on_time),
            "late": str(self.late),
            "extended": str(self.extended),
            "overdue": str(self.overdue),
            "completion": rate(self.finished),
            "on_time_rate": rate(self.on_time),
        }


@dataclass
class Counted:
    """A task counted in a period, and how it stands at the period's end (or today)."""

    task: dict
    original: str | None  # the original deadline (ISO), before any extension
    finished: bool
    on_time: bool
    late: bool
    overdue: bool
    extended: bool


def counted_tasks(
    reg: Register,
    year: int,
    half: int | None = None,
    *,
    plan_id: int | None = None,
    department: str | None = None,
    today: date | None = None,
    tasks: list[dict] | None = None,
) -> list[Counted]:
    """The leaf tasks a period's statistics count, in document order.

    A task counts in the period of its original deadline (an extension does not move
    it); 按时 means finished by that original deadline. Tasks without a single deadline
    (长期/每月) count in their plan's year. 暂缓/取消 tasks are left out. ``department``
    is the directory's spelling of a lead department; ``tasks`` are the rows of
    ``report_queries.report_tasks`` when the caller already has them.
    """
    start, end = common.period_bounds(year, half)
    as_of = min(end, today or clock.today()).isoformat()
    originals = original_deadlines(reg)
    out = []
    for t in tasks if tasks is not None else report_queries.report_tasks(reg, plan_id):
        if not t["is_leaf"] or t["status"] not in ("active", "finished"):
            continue
        if department is not None and t["lead_name"] != department:
            continue
        extended = originals.get(t["id"])
        original = extended.isoformat() if extended else t["deadline"]
        if original:
            if not start.isoformat() <= original <= end.isoformat():
                continue
        elif t["plan_year"] != year:
            continue
        finished = t["status"] == "finished" and (t["finished_date"] or "") <= end.isoformat()
        late = finished and bool(original) and t["finished_date"] > original
        out.append(Counted(
            task=t,
            original=original,
            finished=finished,
            on_time=finished and not late,
            late=late,
            overdue=not finished and bool(t["deadline"]) and t["deadline"] < as_of,
            extended=extended is not None,
        ))
    return out


def period_name(year: int, half: int | None) -> str:
    """2026年 / 2026年上半年 / 2026年下半年"""
    return f"{year}年" + {None: "", 1: "上半年", 2: "下半年"}[half]


def yearly_report(
    reg: Register,
    year: int,
    *,
    half: int | None = None,
    plan_id: int | None = None,
    department: str | None = None,
    today: date | None = None,
) -> Report:
    """Statistics of the tasks due in ``year`` (or its first/second ``half``).

    A task counts in the period of its original deadline (an extension does not move
    it); 按时 means finished by that original deadline. Tasks without a single
    deadline (长期/每月) count in their plan's year. 暂缓/取消 tasks are left out.
    """
    if not 1990 <= year <= 2100:
        raise ValidationError(f"年度“{year}”不正确。")
    start, end = common.period_bounds(year, half)
    today = today or clock.today()
    as_of = min(end, today).isoformat()
    dep_name = common.resolve_department(reg, department)
    tallies: dict[str, Tally] = {}
    counted = counted_tasks(reg, year, half, plan_id=plan_id, department=dep_name, today=today)
    for c in counted:
        tally = tallies.setdefault(c.task["lead_name"] or common.NO_DEPARTMENT, Tally())
        tally.tasks += 1
        tally.finished += c.finished
        tally.on_time += c.on_time
        tally.late += c.late
        tally.overdue += c.overdue
        tally.extended += c.extended
    order = common.department_order(reg)
    names = sorted(tallies, key=lambda n: (n == common.NO_DEPARTMENT, order.get(n, len(order)), n))
    total = Tally()
    rows = []
    for name in names:
        total.add(tallies[name])
        rows.append(Row({"department": name, **tallies[name].cells()}))
    chart = Chart(
        f"{period_name(year, half)}各科室任务完成情况",
        names,
        [("已完成", [tallies[n].finished for n in names]),
         ("按时完成", [tallies[n].on_time for n in names]),
         ("逾期未完成", [tallies[n].overdue for n in names])],
    )
    groups = common.numbered([("", rows)])
    groups.append(Group("", [Row({"department": "合计", **total.cells()})]))
    period = period_name(year, half)
    org = common.organisation(reg, [c.task for c in counted])
    return Report(
        kind="yearly",
        title=f"{period}重点工作任务完成情况考核统计表",
        subtitle="　　".join(p for p in (
            f"单位：{org}" if org else "",
            f"统计期间：{common.day_text(start, with_year=True)}—{common.day_text(end, with_year=True)}",
            f"统计截至：{common.day_text(as_of, with_year=True)}",
        ) if p),
        columns=list(COLUMNS),
        groups=groups,
        footer=common.footer(reg),
        orientation="landscape",
        chart=chart if names else None,
        summary=[
            "说明：完成率＝已完成÷任务数；按时完成率＝按原定时限完成数÷任务数。"
            "任务按原定完成时限计入统计期间，申请延期不改变其所属期间；暂缓、取消的任务不计入。"
        ],
    )
