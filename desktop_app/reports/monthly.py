"""月汇总: per department, what was finished this month, what is in hand, overdue, extended."""

from __future__ import annotations

from datetime import date

from desktop_app import clock
from desktop_app.domain.weeks import week_id
from desktop_app.reports import common
from desktop_app.reports.model import Chart, Column, Report, Row
from desktop_app.storage import progress, report_queries
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.extensions import original_deadlines
from desktop_app.storage.status import lights_for

COLUMNS = [
    Column("seq", "序号", 0.5, "center", wrap=False),
    Column("title", "工作任务", 2.6),
    Column("owner", "责任人", 0.75, "center"),
    Column("deadline", "完成时限", 1.1, "center"),
    Column("category", "类别", 0.8, "center"),
    Column("progress", "本月进展", 3.0),
    Column("status", "状态", 0.95, "center"),
]
# Each task is counted once, in the first category that applies.
CATEGORIES = ("本月完成", "逾期", "延期", "在办")


def parse_month(text: str) -> tuple[int, int]:
    """"2026-11" → (2026, 11) with a clear message otherwise."""
    try:
        year, month = (int(p) for p in (text or "").strip().split("-"))
        date(year, month, 1)
    except ValueError:
        raise ValidationError(f"月份“{text}”格式不正确，应为 2026-11。") from None
    return year, month


def monthly_report(
    reg: Register,
    month: str,
    *,
    plan_id: int | None = None,
    department: str | None = None,
    today: date | None = None,
) -> Report:
    """The summary of ``month`` ("2026-11"), lights as of the month's end (or today)."""
    year, number = parse_month(month)
    first, last = common.period_bounds(year, month=number)
    today = today or clock.today()
    on = min(last, today)
    dep_name = common.resolve_department(reg, department)
    tasks = [
        t for t in report_queries.report_tasks(reg, plan_id)
        if t["is_leaf"]
        and t["status"] in ("active", "finished")
        and not (t["status"] == "finished" and (t["finished_date"] or "") < first.isoformat())
        and not (t["start_date"] and t["start_date"] > last.isoformat())
        and (dep_name is None or t["lead_name"] == dep_name)
    ]
    lights = lights_for(reg, on, plan_id=plan_id, task_ids=[t["id"] for t in tasks])
    extended = report_queries.extended_between(reg, first.isoformat(), last.isoformat())
    originals = original_deadlines(reg)
    latest = progress.latest_entries(reg, week_id(on))

    def category(t: dict) -> str:
        if t["status"] == "finished" and first.isoformat() <= (t["finished_date"] or "") <= last.isoformat():
            return "本月完成"
        if lights[t["id"]].state == "overdue":
            return "逾期"
        if t["id"] in extended:
            return "延期"
        return "在办"

    def on_time(t: dict) -> bool:
        original = originals.get(t["id"])
        due = original.isoformat() if original else t["deadline"]
        return not due or (t["finished_date"] or "") <= due

    grouped = []
    chart_rows: list[tuple[str, int, int, int]] = []
    totals = dict.fromkeys(CATEGORIES, 0)
    for name, members in common.group_by_department(reg, tasks):
        cats = {t["id"]: category(t) for t in members}
        counts = {c: sum(1 for v in cats.values() if v == c) for c in CATEGORIES}
        for c, n in counts.items():
            totals[c] += n
        chart_rows.append((name, counts["本月完成"],
                           sum(1 for t in members if cats[t["id"]] == "本月完成" and on_time(t)), counts["逾期"]))
        members = sorted(members, key=lambda t: CATEGORIES.index(cats[t["id"]]))
        rows = []
        for t in members:
            light = lights[t["id"]]
            entry = latest.get(t["id"])
            in_month = entry is not None and entry["week"] >= week_id(first)
            rows.append(Row(
                {
                    "title": common.task_title(t),
                    "owner": t["owner_name"] or "",
                    "deadline": common.deadline_text(t, originals.get(t["id"])),
                    "category": cats[t["id"]],
                    "progress": entry["done"] if in_month else "（本月未报送进展）",
                    "status": f"{light.symbol} {light.label}".strip(),
                },
                light=light.colour,
            ))
        heading = f"{name}：" + "　".join(f"{c} {counts[c]} 项" for c in CATEGORIES)
        grouped.append((heading, rows))
    org = common.organisation(reg, tasks)
    subtitle = "　　".join(p for p in (
        f"单位：{org}" if org else "",
        f"科室：{dep_name}" if dep_name else "",
        f"统计截至：{common.day_text(on, with_year=True)}",
    ) if p)
    return Report(
        kind="monthly",
        title=f"{year}年{number}月重点工作推进情况月汇总",
        subtitle=subtitle,
        columns=list(COLUMNS),
        groups=common.numbered(grouped),
        footer=common.footer(reg),
        orientation="landscape",
        chart=Chart(
            f"{year}年{number}月各科室任务完成情况",
            [r[0] for r in chart_rows],
            [("本月完成", [r[1] for r in chart_rows]), ("其中按时完成", [r[2] for r in chart_rows]),
             ("逾期", [r[3] for r in chart_rows])],
        ) if chart_rows else None,
        summary=[
            f"合计 {len(tasks)} 项：" + "，".join(f"{c} {totals[c]} 项" for c in CATEGORIES) + "。",
            "说明：每项任务只计入一个类别，依次为本月完成、逾期、延期（本月内申请延期）、在办。"
            f"{common.KEY_MARK}为重点工作。",
        ],
    )
