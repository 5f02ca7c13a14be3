"""逾期/督办清单 and 督办通知单: the red tasks to chase, and the numbered notices that chase them."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app import clock
from desktop_app.domain.dates import cn_date
from desktop_app.domain.lights import LightResult, sort_key
from desktop_app.domain.weeks import parse_week, week_id
from desktop_app.reports import common
from desktop_app.reports.model import Column, Notice, Report, Row
from desktop_app.storage import progress, report_queries, settings
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.extensions import original_deadlines
from desktop_app.storage.status import lights_for
from desktop_app.storage.supervision import (
    default_reply_by,
    format_number,
    get_action,
    issue_action,
    list_actions,
    next_number,
    number_prefix,
)

COLUMNS = [
    Column("seq", "序号", 0.5, "center", wrap=False),
    Column("title", "工作任务", 2.2),
    Column("department", "牵头科室", 1.0, "center"),
    Column("owner", "责任人", 0.7, "center"),
    Column("leader", "分管领导", 0.7, "center"),
    Column("deadline", "完成时限", 0.9, "center"),
    Column("late", "逾期（滞后）情况", 2.0),
    Column("latest", "最近进展", 2.0),
    Column("supervision", "督办情况", 1.2),
]
ISSUER = "局办公室（督查室）"
PER = ("department", "task")


def _red_tasks(
    reg: Register, on: date, plan_id: int | None, department: str | None
) -> tuple[list[dict], dict[int, LightResult]]:
    """Leaf tasks with a red light on ``on`` (逾期 first), in document order within that."""
    dep_name = common.resolve_department(reg, department)
    tasks = [
        t for t in report_queries.report_tasks(reg, plan_id)
        if t["is_leaf"] and t["status"] == "active" and (dep_name is None or t["lead_name"] == dep_name)
    ]
    lights = lights_for(reg, on, plan_id=plan_id, task_ids=[t["id"] for t in tasks])
    red = [t for t in tasks if lights[t["id"]].colour == "red"]
    red.sort(key=lambda t: sort_key(lights[t["id"]]))
    return red, lights


def fill_template(template: str, values: dict[str, str]) -> tuple[list[str], list[str]]:
    """The lines of a notice body template before and after its {任务清单} line, filled in.

    The template was checked when it was saved (``settings.check_notice_template``).
    """
    lines = [line for line in template.split("\n")]
    at = next(i for i, line in enumerate(lines) if line.strip() == "{任务清单}")
    fields = {**values, "任务清单": ""}

    def filled(part: list[str]) -> list[str]:
        return [line.format(**fields) for line in part if line.strip()]

    return filled(lines[:at]), filled(lines[at + 1:])


def _late_text(light: LightResult) -> str:
    return f"{light.symbol} {light.label}" + (f"：{light.detail}" if light.detail else "")


def _supervision_text(records: list[dict]) -> str:
    return "；".join(f"{r['number_text'] or r['kind']}（{common.day_text(r['issued'])}）" for r in records)


def overdue_report(
    reg: Register,
    *,
    on: date | None = None,
    plan_id: int | None = None,
    department: str | None = None,
) -> Report:
    """逾期/督办清单 as of ``on`` (today by default): every red task, by department."""
    on = on or clock.today()
    red, lights = _red_tasks(reg, on, plan_id, department)
    originals = original_deadlines(reg)
    supervision: dict[int, list[dict]] = {}
    for action in reversed(list_actions(reg, kind="督办")):
        supervision.setdefault(action["task_id"], []).append(action)
    latest = progress.latest_entries(reg, week_id(on))
    grouped = []
    for name, members in common.group_by_department(reg, red):
        rows = []
        for t in members:
            entry = latest.get(t["id"])
            rows.append(Row(
                {
                    "title": common.task_title(t),
                    "department": t["lead_name"] or "",
                    "owner": t["owner_name"] or "",
                    "leader": t["leader_name"] or "",
                    "deadline": common.deadline_text(t, originals.get(t["id"])),
                    "late": _late_text(lights[t["id"]]),
                    "latest": f"{entry['done']}（第{parse_week(entry['week'])[1]}周）" if entry and entry["done"] else "（未报送进展）",
                    "supervision": _supervision_text(supervision.get(t["id"], [])),
                },
                light="red",
            ))
        grouped.append((f"{name}（{len(rows)} 项）", rows))
    overdue = sum(1 for t in red if lights[t["id"]].state == "overdue")
    org = common.organisation(reg, red)
    return Report(
        kind="overdue",
        title="逾期及滞后工作任务督办清单",
        subtitle="　　".join(p for p in (
            f"单位：{org}" if org else "",
            f"统计截至：{common.day_text(on, with_year=True)}",
        ) if p),
        columns=list(COLUMNS),
        groups=common.numbered(grouped),
        footer=common.footer(reg),
        orientation="landscape",
        summary=[
            f"合计 {len(red)} 项，其中逾期 {overdue} 项，进度滞后或久未报送 {len(red) - overdue} 项。"
            f"{common.KEY_MARK}为重点工作。"
        ],
    )


def notices_report(
    reg: Register,
    *,
    on: date | None = None,
    per: str = "department",
    plan_id: int | None = None,
    department: str | None = None,
    reply_by: date | None = None,
    issue: bool = False,
) -> Report:
    """督办通知单, one per department (or per task) with red tasks, each on its own page.

    With ``issue`` each notice is recorded as a 督办 action (numbered, audited, in one
    transaction) and carries its number; without it — a preview — the numbers shown are
    the next free ones of the year. The reply date defaults to the configured number of
    working days after ``on``.
    """
    if per not in PER:
        raise ValidationError(f"“{per}”不正确：通知单只能按科室（department）或按任务（task）出具。")
    on = on or clock.today()
    red, lights = _red_tasks(reg, on, plan_id, department)
    if not red:
        raise ValidationError("没有逾期或滞后的任务，无需出具督办通知单。")
    reply_by = reply_by or default_reply_by(reg, on)
    originals = original_deadlines(reg)
    basis = "、".join(dict.fromkeys(f"《{t['plan_title']}》" for t in red))
    issued = common.day_text(on, with_year=True)
    template = settings.get(reg, "notice.template")
    prefix = number_prefix(reg)
    signature = settings.get(reg, "notice.signature") or ISSUER
    organ = settings.get(reg, "notice.organ") or common.organisation(reg, red) or signature

    def item(index: int, t: dict) -> str:
        light = lights[t["id"]]
        return (
            f"{index}．{t['title']}（完成时限：{common.deadline_text(t, originals.get(t['id']), year=on.year)}；"
            f"责任人：{t['owner_name'] or '未明确'}；{light.label}"
            + (f"，{light.detail}" if light.detail else "")
            + "）"
        )

    batches = (
        [(name, members) for name, members in common.group_by_department(reg, red)]
        if per == "department"
        else [(t["lead_name"] or common.NO_DEPARTMENT, [t]) for t in red]
    )
    first_number = next_number(reg, on.year)
    notices = []
    for offset, (name, members) in enumerate(batches):
        opening, closing = fill_template(template, {
            "依据": basis, "科室": name, "项数": str(len(members)),
            "回复日期": cn_date(reply_by, on),
        })
        notices.append(Notice(
            title="督办通知单",
            number=format_number(on.year, first_number + offset, prefix),
            addressee=f"{name}：",
            paragraphs=opening,
            items=[item(i, t) for i, t in enumerate(members, start=1)],
            closing="\n".join(closing),
            issuer=signature,
            issued=issued,
            organ=organ,
        ))
    if issue:
        with reg.atomic():
            for notice, (_name, members) in zip(notices, batches, strict=True):
                one = len(members) == 1 or per == "task"
                action = issue_action(
                    reg, "督办",
                    task_id=members[0]["id"] if one or members[0]["lead_id"] is None else None,
                    department_id=members[0]["lead_id"],
                    text="\n".join([*notice.paragraphs, *notice.items, notice.closing]),
                    issued=on, reply_by=reply_by,
                )
                notice.number = get_action(reg, action)["number_text"]
    return Report(
        kind="notices",
        title="督办通知单",
        subtitle=f"共 {len(notices)} 份",
        columns=[],
        footer=common.footer(reg),
        orientation="portrait",
        notices=notices,
    )


def sample_notice(values: dict[str, str], on: date, *, organisation: str = "") -> Notice:
    """A notice written with the settings ``values`` (keys ``notice.*``) around an example
    task, for the settings preview; ValidationError when a value would be refused."""
    for key in ("notice.organ", "notice.prefix", "notice.signature", "notice.template"):
        settings.VALIDATORS[key](values[key])
    reply_by = on + timedelta(days=7)
    opening, closing = fill_template(values["notice.template"], {
        "依据": "《2026年工作要点》", "科室": "办公室", "项数": "1",
        "回复日期": cn_date(reply_by, on),
    })
    return Notice(
        title="督办通知单",
        number=format_number(on.year, 12, values["notice.prefix"]),
        addressee="办公室：",
        paragraphs=opening,
        items=[f"1．（示例）完善机关值班值守制度（完成时限：{cn_date(on - timedelta(days=30), on)}；"
               "责任人：张三；逾期，已超过完成时限 30 天）"],
        closing="\n".join(closing),
        issuer=values["notice.signature"],
        issued=common.day_text(on, with_year=True),
        organ=values["notice.organ"] or organisation or values["notice.signature"],
    )
