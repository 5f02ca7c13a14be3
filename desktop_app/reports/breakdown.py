"""任务分解表: the plan's decomposition as handed out in January, 大项 by 大项."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.numbering import chinese_number
from desktop_app.reports import common
from desktop_app.reports.model import Column, Group, Report, Row
from desktop_app.storage import report_queries
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.extensions import original_deadlines

COLUMNS = [
    Column("seq", "序号", 0.75, "center"),  # 编号 like 10.12.3 may need two lines
    Column("title", "工作任务", 3.0),
    Column("leader", "分管领导", 0.8, "center"),
    Column("department", "牵头科室", 1.0, "center"),
    Column("owner", "责任人", 0.75, "center"),
    Column("co", "配合科室", 1.2, "center"),
    Column("deadline", "完成时限", 1.0, "center"),
    Column("standard", "工作标准", 2.2),
]


def breakdown_report(
    reg: Register,
    *,
    plan_id: int | None = None,
    department: str | None = None,
    today: date | None = None,
) -> Report:
    """Every task under its 大项; 序号 is the task's 编号 (2.1.3) so the paper matches the tree.

    With ``department``, only tasks it leads or co-operates on.
    """
    dep_name = common.resolve_department(reg, department)
    tasks = [t for t in report_queries.report_tasks(reg, plan_id) if t["status"] != "cancelled"]
    if not tasks:
        raise ValidationError("所选计划中没有任务，无法生成任务分解表。")
    originals = original_deadlines(reg)
    sections: dict[int, list[dict]] = {}
    for t in tasks:
        sections.setdefault(t["section_id"], []).append(t)
    by_id = {t["id"]: t for t in tasks}
    groups = []
    for index, (section_id, members) in enumerate(sections.items(), start=1):
        rows = [t for t in members if t["id"] != section_id] or members
        if dep_name is not None:
            rows = [
                t for t in rows
                if t["lead_name"] == dep_name or dep_name in (t["co_names"] or "").split("、")
            ]
        if not rows:
            continue
        section = by_id.get(section_id)
        heading = f"{chinese_number(index)}、{section['title']}" if section else ""
        groups.append(Group(heading, [
            Row({
                "seq": t["number"],
                "title": common.task_title(t),
                "leader": t["leader_name"] or "",
                "department": t["lead_name"] or "",
                "owner": t["owner_name"] or "",
                "co": t["co_names"] or "",
                "deadline": common.deadline_text(t, originals.get(t["id"])),
                "standard": t["standard"] or "",
            })
            for t in rows
        ]))
    plan_titles = list(dict.fromkeys(t["plan_title"] for t in tasks))
    title = f"{plan_titles[0]}任务分解表" if len(plan_titles) == 1 else "年度工作任务分解表"
    org = common.organisation(reg, tasks)
    years = sorted({t["plan_year"] for t in tasks if t["plan_year"]})
    subtitle = "　　".join(
        p for p in (
            f"单位：{org}" if org else "",
            f"年度：{'、'.join(map(str, years))}年" if years else "",
            f"科室：{dep_name}" if dep_name else "",
        ) if p
    )
    return Report(
        kind="breakdown",
        title=title,
        subtitle=subtitle,
        columns=list(COLUMNS),
        groups=groups,
        footer=common.footer(reg),
        orientation="landscape",
        summary=[f"合计 {sum(len(g.rows) for g in groups)} 项任务。{common.KEY_MARK}为重点工作。"],
    )
