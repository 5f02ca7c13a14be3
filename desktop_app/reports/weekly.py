"""周报表: what Monday's meeting reads — each task's week, grouped, with its light."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app import clock
from desktop_app.domain.lights import sort_key
from desktop_app.domain.numbering import chinese_number
from desktop_app.domain.weeks import normalise_week, parse_week, week_id, week_label, week_range
from desktop_app.reports import common
from desktop_app.reports.model import Column, Report, Row
from desktop_app.storage import progress, report_queries
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.extensions import original_deadlines
from desktop_app.storage.status import lights_for

COLUMNS = [
    Column("seq", "序号", 0.5, "center", wrap=False),
    Column("title", "工作任务", 2.3),
    Column("department", "牵头科室", 1.0, "center"),
    Column("owner", "责任人", 0.75, "center"),
    Column("deadline", "完成时限", 0.95, "center"),
    Column("done", "本周完成情况", 2.3),
    Column("next", "下周工作计划", 2.0),
    Column("problems", "存在问题及需协调事项", 1.6),
    Column("percent", "进度%", 0.6, "center", wrap=False, optional=True),
    Column("schedule", "序时进度", 0.7, "center", wrap=False, optional=True),
    Column("status", "状态", 1.05, "center"),
]
NOT_REPORTED = "（本周未报送）"
ONLY = (None, "red", "key")
GROUPS = ("department", "section")


def percent_text(entry: dict | None, task: dict) -> str:
    """进度% as printed: the newest reported figure; 100% once finished."""
    if task["status"] == "finished":
        return "100%"
    if entry is None or entry["percent"] is None:
        return ""
    return f"{entry['percent']}%"


def default_week(today: date) -> str:
    """The week to print: last week on Monday and Tuesday (the Monday meeting reviews it),
    the current week from Wednesday on."""
    return week_id(today - timedelta(days=7)) if today.weekday() < 2 else week_id(today)


def weekly_report(
    reg: Register,
    week: str,
    *,
    plan_id: int | None = None,
    department: str | None = None,
    only: str | None = None,
    group: str = "department",
    red_first: bool = True,
    today: date | None = None,
) -> Report:
    """The weekly sheet of ``week`` ("2026-W47").

    ``only``: None (all tasks), "red" (red and yellow lights) or "key" (重点工作);
    ``group``: "department" or "section" (the plan's 大项). Lights are computed for
    the last day of the week, or today while the week is still running.
    """
    try:
        week = normalise_week(week)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    if only not in ONLY:
        raise ValidationError(f"筛选“{only}”不正确，只能是 red（红黄灯）或 key（重点工作）。")
    if group not in GROUPS:
        raise ValidationError(f"分组“{group}”不正确，只能是 department（按科室）或 section（按大项）。")
    dep_name = common.resolve_department(reg, department)
    today = today or clock.today()
    start, end = week_range(week)
    on = min(end, today)

    tasks = [
        t for t in report_queries.report_tasks(reg, plan_id)
        if t["is_leaf"]
        and t["status"] in ("active", "finished")
        and not (t["status"] == "finished" and (t["finished_date"] or "") < start.isoformat())
        and not (t["start_date"] and t["start_date"] > end.isoformat())
        and (dep_name is None or t["lead_name"] == dep_name)
        and (only != "key" or t["is_key"])
    ]
    lights = lights_for(reg, on, plan_id=plan_id, task_ids=[t["id"] for t in tasks])
    if only == "red":
        tasks = [t for t in tasks if lights[t["id"]].colour in ("red", "yellow")]
    entries = progress.week_entries(reg, week)
    latest = progress.latest_entries(reg, week)  # 进度%: the newest figure up to this week
    originals = original_deadlines(reg)

    def row(t: dict) -> Row:
        light = lights[t["id"]]
        entry = entries.get(t["id"])
        return Row(
            {
                "title": common.task_title(t),
                "department": t["lead_name"] or "",
                "owner": t["owner_name"] or "",
                "deadline": common.deadline_text(t, originals.get(t["id"])),
                "done": entry["done"] if entry else NOT_REPORTED,
                "next": entry["next"] if entry else "",
                "problems": entry["problems"] if entry else "",
                "percent": percent_text(latest.get(t["id"]), t),
                "schedule": "" if light.schedule_percent is None else f"{round(light.schedule_percent)}%",
                "status": f"{light.symbol} {light.label}".strip(),
            },
            light=light.colour,
        )

    if group == "department":
        grouped = common.group_by_department(reg, tasks)
    else:
        sections: dict[int, list[dict]] = {}
        for t in tasks:
            sections.setdefault(t["section_id"], []).append(t)
        grouped = [
            (f"{chinese_number(int(ts[0]['number'].split('.')[0]))}、{ts[0]['section_title']}", ts)
            for ts in sections.values()
        ]
    def order(t: dict) -> tuple:
        """重点工作 first; then, when asked, red before yellow before the rest."""
        return (not t["is_key"], *(sort_key(lights[t["id"]]) if red_first else ()))

    grouped = [(name, sorted(ts, key=order)) for name, ts in grouped]
    groups = common.numbered([(name, [row(t) for t in ts]) for name, ts in grouped])

    _, number = parse_week(week)
    counts: dict[str, int] = {}
    for light in sorted((lights[t["id"]] for t in tasks), key=sort_key):
        key = f"{light.symbol}{light.label}"
        counts[key] = counts.get(key, 0) + 1
    scope = "、".join(
        part for part in (dep_name, {"red": "红黄灯事项", "key": "重点工作"}.get(only or "")) if part
    )
    org = common.organisation(reg, tasks)
    subtitle = "　　".join(
        part for part in (
            f"填报单位：{org}" if org else "",
            f"范围：{scope}" if scope else "",
            f"统计截至：{common.day_text(on, with_year=True)}",
        ) if part
    )
    label = week_label(week).removeprefix(f"第{number}周（").removesuffix("）")
    return Report(
        kind="weekly",
        title=f"重点工作推进情况周报表（第{number}周：{label}）",
        subtitle=subtitle,
        columns=[c for c in COLUMNS if not c.optional],
        optional_columns=[c for c in COLUMNS if c.optional],
        groups=groups,
        footer=common.footer(reg),
        orientation="landscape",
        summary=[
            f"合计 {len(tasks)} 项"
            + ("：" + "，".join(f"{k} {v} 项" for k, v in counts.items()) if counts else "")
            + f"。{common.KEY_MARK}为重点工作。"
        ],
    )
