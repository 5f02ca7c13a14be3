"""The 总览 (dashboard) figures: lights by kind, department rates, what is due, overdue
and silent — each figure with the task ids behind it, so every number can be opened.

Everything counts leaf tasks (the ones people report on), 暂缓/取消 left out, and the
lights are exactly :func:`desktop_app.storage.status.lights_for`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.lights import LightResult, Thresholds
from desktop_app.domain.weeks import shift_week, week_id, week_monday
from desktop_app.storage import directory, settings
from desktop_app.storage.db import Register
from desktop_app.storage.plan_tree import plan_tree
from desktop_app.storage.status import lights_for, task_start

NO_DEPARTMENT = "未指定科室"

# Dashboard kinds of light, in display order: (key, label).
LIGHT_KINDS: list[tuple[str, str]] = [
    ("red", "■ 逾期/滞后"),
    ("yellow", "▲ 预警"),
    ("green", "● 正常"),
    ("done", "✓ 已完成"),
    ("not_started", "未启动"),
    ("no_deadline", "待确认"),
]

_LEAVES_SQL = """
SELECT t.id, t.plan_id, t.title, t.status, t.start_date, t.deadline, t.deadline_text,
       t.finished_date, substr(t.created_at, 1, 10), p.year,
       tl.department_id, d.name, o.name,
       (SELECT e.old_deadline FROM extensions e WHERE e.task_id = t.id ORDER BY e.id LIMIT 1),
       CASE WHEN t.status = 'active' THEN
           (SELECT max(g.week) FROM progress g WHERE g.task_id = t.id AND g.week <= :week)
       END
FROM tasks t
JOIN plans p ON p.id = t.plan_id
LEFT JOIN task_departments tl ON tl.task_id = t.id AND tl.role = 'lead'
LEFT JOIN departments d ON d.id = tl.department_id
LEFT JOIN people o ON o.id = t.owner_id
WHERE t.deleted_at IS NULL AND t.status IN ('active', 'finished')
  AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted_at IS NULL)
"""


@dataclass(slots=True)
class TaskBrief:
    """What a dashboard list shows of a task."""

    id: int
    number: str
    title: str
    lead_name: str
    owner_name: str
    deadline: str | None
    deadline_text: str
    last_week: str | None


@dataclass(slots=True)
class DepartmentRate:
    """完成率 = finished ÷ tasks; 按时完成率 = finished by the original deadline ÷ tasks
    that are finished or whose original deadline has passed (what could be on time so far)."""

    department_id: int | None
    name: str
    task_ids: list[int] = field(default_factory=list)
    finished: int = 0
    due: int = 0
    on_time: int = 0

    @property
    def total(self) -> int:
        return len(self.task_ids)

    @property
    def completion_rate(self) -> float | None:
        return self.finished / self.total if self.total else None

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.due if self.due else None


@dataclass
class Overview:
    on: date
    lights: dict[int, LightResult]  # every counted leaf task
    tasks: dict[int, TaskBrief]  # the tasks of the four lists
    by_kind: dict[str, list[int]]
    departments: list[DepartmentRate]
    due_this_week: list[int]
    due_next_week: list[int]
    overdue: list[int]
    stale: list[int]
    stale_weeks: int


def light_kind(light: LightResult) -> str | None:
    """The dashboard kind of a light; None for 暂缓/取消, which are not counted."""
    if light.colour != "none":
        return light.colour
    return light.state if light.state in ("not_started", "no_deadline") else None


def overview(
    reg: Register,
    on: date,
    *,
    plan_id: int | None = None,
    th: Thresholds | None = None,
    cal: WorkCalendar | None = None,
) -> Overview:
    """All dashboard figures as of ``on``."""
    this_week = week_id(on)
    stale_weeks = th.stale_yellow_weeks if th else settings.get(reg, "light.stale_yellow_weeks")
    sql = _LEAVES_SQL
    params: dict[str, object] = {"week": this_week}
    if plan_id is not None:
        sql += " AND t.plan_id = :plan"
        params["plan"] = plan_id
    rows = reg.execute(sql, params).fetchall()
    all_lights = lights_for(reg, on, plan_id=plan_id, th=th, cal=cal)
    numbers: dict[int, str] = {}
    for pid in sorted({r[1] for r in rows}):
        numbers.update(plan_tree(reg, pid).numbers)

    monday = week_monday(this_week)
    # ISO dates compare as text: the due windows are [monday, next monday) and the week after.
    windows = [(monday + timedelta(days=7 * k)).isoformat() for k in range(3)]
    # Silent: no report in the last ``stale_weeks`` complete weeks (nor this one so far).
    silent_before = shift_week(this_week, -stale_weeks)
    silent_start = week_monday(silent_before)
    on_text = on.isoformat()

    order = {d["id"]: d["position"] for d in directory.list_departments(reg)}
    departments: dict[int | None, DepartmentRate] = {}
    found: dict[int, tuple[str, str | None, str | None, str | None, str, str | None]] = {}
    lights: dict[int, LightResult] = {}
    by_kind: dict[str, list[int]] = {key: [] for key, _ in LIGHT_KINDS}
    due_this: list[int] = []
    due_next: list[int] = []
    overdue: list[int] = []
    stale: list[int] = []
    for (tid, _plan, title, status, start, deadline, deadline_text, finished, created, year,
         dep_id, dep_name, owner, original, last_week) in rows:
        light = all_lights.get(tid)
        if light is None:
            continue
        lights[tid] = light
        found[tid] = (title, dep_name, owner, deadline, deadline_text, last_week)
        kind = light_kind(light)
        if kind is not None:
            by_kind[kind].append(tid)
        rate = departments.setdefault(dep_id, DepartmentRate(dep_id, dep_name or NO_DEPARTMENT))
        rate.task_ids.append(tid)
        done = status == "finished" and finished is not None and finished <= on_text
        original = original or deadline
        if done:
            rate.finished += 1
            rate.due += 1
            if original is None or finished <= original:
                rate.on_time += 1
        elif original is not None and original < on_text:
            rate.due += 1
        if light.state == "overdue":
            overdue.append(tid)
        if done or status != "active":
            continue
        if deadline is not None and windows[0] <= deadline < windows[2]:
            (due_this if deadline < windows[1] else due_next).append(tid)
        if (last_week is None or last_week < silent_before) and light.state != "not_started":
            began = task_start(_day(start), _day(created), year)
            if began is None or began < silent_start:
                stale.append(tid)

    def brief(tid: int) -> TaskBrief:
        title, dep_name, owner, deadline, deadline_text, last_week = found[tid]
        return TaskBrief(tid, numbers.get(tid, ""), title, dep_name or "", owner or "",
                         deadline, deadline_text or (deadline or ""), last_week)

    briefs = {tid: brief(tid) for tid in {*due_this, *due_next, *overdue, *stale}}

    def by_deadline(ids: list[int]) -> list[int]:
        return sorted(ids, key=lambda t: (briefs[t].deadline or "9999", briefs[t].number))

    return Overview(
        on=on,
        lights=lights,
        tasks=briefs,
        by_kind=by_kind,
        departments=sorted(
            departments.values(),
            key=lambda r: (r.department_id is None, order.get(r.department_id, 0), r.name),
        ),
        due_this_week=by_deadline(due_this),
        due_next_week=by_deadline(due_next),
        overdue=by_deadline(overdue),
        stale=sorted(stale, key=lambda t: (briefs[t].last_week or "", briefs[t].number)),
        stale_weeks=stale_weeks,
    )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
