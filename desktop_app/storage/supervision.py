"""催办 / 督办 / 约谈: supervision actions on a late task or on a department.

Every 督办 gets a running number per year, printed as a 公文's 发文字号 (督办〔2026〕12号:
no 第, no leading zeros, GB/T 9704-2012; the 机关代字 is the setting ``notice.prefix``). The number is computed by
the INSERT statement itself inside the write transaction, so two clerks issuing notices at
the same moment on a shared file can never draw the same number (the unique index
``supervision_number`` guards it as well).
"""

from __future__ import annotations

from datetime import date

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.lights import LightResult, find_part, short_date
from desktop_app.storage import audit, holidays, settings, tasks
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.status import lights_for

KINDS = ("催办", "督办", "约谈")
_STALE_UNITS = {"stale_weeks": "周", "stale_months": "个月", "stale_quarters": "个季度", "stale_years": "年"}
_NEXT_NUMBER_SQL = (
    "SELECT coalesce(max(number), 0) + 1 FROM supervision WHERE kind = '督办' AND year = :year"
)


def reason_text(light: LightResult) -> str:
    """Why a task is supervised, from its light: 逾期 N 天, 滞后序时进度 x 个百分点,
    N 周未报送进展, 临近完成时限; "" when the light gives no reason (on track)."""
    parts = light.parts
    behind = find_part(parts, "behind")
    if light.state == "overdue":
        overdue = find_part(parts, "overdue")
        return f"已逾期{overdue[1]}天" if overdue else "已逾期"
    if light.state == "lagging" and behind:
        return f"滞后序时进度{behind[0]}个百分点"
    if light.state == "stale":
        for key, unit in _STALE_UNITS.items():
            missed = find_part(parts, key)
            if missed is not None:
                return f"已连续{missed[0]}{unit}未报送进展"
        return "从未报送进展"
    if light.state == "due_soon":
        due_in = find_part(parts, "due_in")
        near = f"距完成时限仅剩{due_in[1]}个工作日" if due_in else "今天到期"
        return near + (f"，滞后序时进度{behind[0]}个百分点" if behind else "")
    return ""


def task_reason(reg: Register, task_id: int, on: date) -> tuple[LightResult | None, str]:
    """The task's light on ``on`` and the reason it gives for supervising it."""
    light = lights_for(reg, on, task_ids=[task_id]).get(task_id)
    return light, reason_text(light) if light is not None else ""


def format_number(year: int, number: int, prefix: str = "督办") -> str:
    """督办〔2026〕12号"""
    return f"{prefix}〔{year}〕{int(number)}号"


def number_prefix(reg: Register) -> str:
    """The 机关代字 of the register's 发文字号 (setting ``notice.prefix``)."""
    return settings.get(reg, "notice.prefix") or "督办"


def next_number(reg: Register, year: int) -> int:
    """The number the next 督办 of ``year`` will get (a preview; issuing assigns it)."""
    return int(reg.scalar(_NEXT_NUMBER_SQL, {"year": year}))


def default_reply_by(reg: Register, issued: date, cal: WorkCalendar | None = None) -> date:
    """The reply date a notice asks for: ``supervision.reply_working_days`` working days on."""
    days = settings.get(reg, "supervision.reply_working_days")
    return (cal or holidays.register_calendar(reg)).add_workdays(issued, days)


def issue_action(
    reg: Register,
    kind: str,
    *,
    task_id: int | None = None,
    department_id: int | None = None,
    text: str,
    issued: date,
    reply_by: date | None = None,
    cal: WorkCalendar | None = None,
) -> int:
    """Record a 催办/督办/约谈 and return its id.

    Without a department, a task's action is addressed to the task's lead department.
    """
    if kind not in KINDS:
        raise ValidationError(f"督办方式“{kind}”不正确，应为催办、督办或约谈。")
    text = (text or "").strip()
    if not text:
        raise ValidationError(f"请填写{kind}内容。")
    if task_id is None and department_id is None:
        raise ValidationError(f"{kind}须针对一项任务或一个科室。")
    if task_id is not None:
        alive = reg.scalar("SELECT deleted_at IS NULL FROM tasks WHERE id = ?", (task_id,))
        if not alive:
            raise ValidationError("任务不存在或已删除。")
        if department_id is None:
            department_id = tasks.departments_of(reg, task_id)[0]
    if department_id is not None and reg.scalar(
        "SELECT 1 FROM departments WHERE id = ?", (department_id,)
    ) is None:
        raise ValidationError("科室不存在。")
    if reply_by is None:
        reply_by = default_reply_by(reg, issued, cal)
    if reply_by < issued:
        raise ValidationError(
            f"反馈期限（{short_date(reply_by, issued)}）不能早于下发日期（{short_date(issued, issued)}）。"
        )
    with reg.atomic():
        cur = reg.execute(
            "INSERT INTO supervision (task_id, department_id, kind, year, number, text, issued, reply_by)"
            f" VALUES (:task, :dep, :kind, :year, CASE WHEN :kind = '督办' THEN ({_NEXT_NUMBER_SQL}) END,"
            " :text, :issued, :reply_by)",
            {"task": task_id, "dep": department_id, "kind": kind, "year": issued.year,
             "text": text, "issued": issued.isoformat(), "reply_by": reply_by.isoformat()},
        )
        action_id = int(cur.lastrowid)
        number = reg.scalar("SELECT number FROM supervision WHERE id = ?", (action_id,))
        audit.record(
            reg,
            "supervision",
            action_id,
            "",
            None,
            {"kind": kind, "number": number, "task_id": task_id, "department_id": department_id,
             "text": text, "issued": issued.isoformat(), "reply_by": reply_by.isoformat()},
            operation=kind,
        )
    return action_id


def resolve_action(reg: Register, action_id: int, *, resolved: date, resolution: str = "") -> None:
    """Close an action (办结) with the date and what was done; a later call corrects it."""
    issued = reg.scalar("SELECT issued FROM supervision WHERE id = ?", (action_id,))
    if issued is None:
        raise ValidationError("督办记录不存在。")
    if resolved < date.fromisoformat(issued):
        raise ValidationError("办结日期不能早于下发日期。")
    audit.update_fields(
        reg,
        "supervision",
        action_id,
        {"resolved": resolved.isoformat(), "resolution": (resolution or "").strip()},
        operation="办结",
    )


def get_action(reg: Register, action_id: int) -> dict | None:
    rows = list_actions(reg, action_id=action_id)
    return rows[0] if rows else None


def list_actions(
    reg: Register,
    *,
    action_id: int | None = None,
    task_id: int | None = None,
    department_id: int | None = None,
    kind: str | None = None,
    open_only: bool = False,
) -> list[dict]:
    """Actions, newest first, each with ``number_text`` (督办〔2026〕12号 or '')."""
    where, params = [], []
    for column, value in (("id", action_id), ("task_id", task_id),
                          ("department_id", department_id), ("kind", kind)):
        if value is not None:
            where.append(f"s.{column} = ?")
            params.append(value)
    if open_only:
        where.append("s.resolved IS NULL")
    sql = (
        "SELECT s.*, t.title AS task_title, d.name AS department_name FROM supervision s"
        " LEFT JOIN tasks t ON t.id = s.task_id LEFT JOIN departments d ON d.id = s.department_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = reg.query(sql + " ORDER BY s.issued DESC, s.id DESC", params)
    prefix = number_prefix(reg)
    for row in rows:
        row["number_text"] = format_number(row["year"], row["number"], prefix) if row["number"] else ""
    return rows


def actions_for_task(reg: Register, task_id: int) -> list[dict]:
    return list_actions(reg, task_id=task_id)
