"""The year turn (新年度): the new year's plan, last year's unfinished tasks carried into it,
and the old plan closed — in one transaction, undone as one step.

A carried task is a copy in the new plan: same title, description, 重点, 工作标准, owner,
leader, lead and co-operating departments and indicators; 任务来源 上年结转; a link to its
origin (``carried_from_id``); a new deadline the office confirms (by default the same day
and month one year on, flagged 待确认). Recurring and ongoing tasks keep their wording.
By default the copies go under a section 上年结转任务 at the end of the new plan.

The origin stays exactly as it stood at the year's end (the old plan is closed, and the
storage triggers of migration m003 refuse any write to its tasks), so the old year's
reports and 年终考核统计 print as before; it shows 已结转至2027年 through :func:`carried_to`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from desktop_app import clock
from desktop_app.domain.dates import cn_full_date
from desktop_app.storage import audit, plans, progress
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError

SECTION_TITLE = "上年结转任务"
SOURCE = "上年结转"

# Leaves of a plan that are neither finished nor cancelled (暂缓 ones may go on next year).
_UNFINISHED_SQL = """
SELECT t.id FROM tasks t
WHERE t.plan_id = :plan AND t.deleted_at IS NULL AND t.status IN ('active', 'paused')
  AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted_at IS NULL)
ORDER BY t.id
"""


class RolloverResult(NamedTuple):  # a frozen value, defined without compiling methods at start-up
    """What a rollover did — enough to undo it (:func:`undo_rollover`)."""

    old_plan_id: int
    new_plan_id: int
    year: int
    created_plan: bool
    section_id: int | None
    carried: dict[int, int]   # origin id → new id
    closed: bool = False
    changes: Changes = Changes()

    def as_json(self) -> dict:
        return {"old_plan": self.old_plan_id, "new_plan": self.new_plan_id, "year": self.year,
                "created_plan": self.created_plan, "section": self.section_id,
                "closed": self.closed, "carried": [{"from": a, "to": b} for a, b in self.carried.items()]}


def unfinished_leaves(reg: Register, plan_id: int) -> list[int]:
    """Ids of the plan's live leaf tasks that are not finished or cancelled."""
    return [r[0] for r in reg.execute(_UNFINISHED_SQL, {"plan": plan_id})]


def default_deadline(old: date | str | None, year: int) -> date | None:
    """The same day and month in ``year`` (29 February becomes the 28th); None stays None."""
    if old is None or old == "":
        return None
    day = old if isinstance(old, date) else date.fromisoformat(str(old)[:10])
    try:
        return day.replace(year=year)
    except ValueError:
        return date(year, day.month, 28)


def candidates(reg: Register, plan_id: int, on: date | None = None) -> list[dict]:
    """The unfinished leaves with what the wizard shows: 编号, title, lead department, owner,
    leader, deadline, light and the last reported progress; already carried ones marked."""
    from desktop_app.domain.numbering import derive_numbers
    from desktop_app.domain.weeks import week_id
    from desktop_app.storage import tasks as task_store
    from desktop_app.storage.status import lights_for

    on = on or clock.today()
    ids = unfinished_leaves(reg, plan_id)
    if not ids:
        return []
    numbers = derive_numbers(task_store.tree_skeleton(reg, plan_id))
    lights = lights_for(reg, on, plan_id=plan_id)
    latest = progress.latest_for_tasks(reg, ids, week_id(on))
    done = carried_to(reg, ids)
    out = []
    for row in task_store.get_tasks(reg, ids):
        light = lights.get(row["id"])
        last = latest.get(row["id"]) or {}
        out.append({
            "id": row["id"], "number": numbers.get(row["id"], ""), "title": row["title"],
            "lead_name": row.get("lead_name") or "", "owner_name": row.get("owner_name") or "",
            "leader_name": row.get("leader_name") or "", "deadline": row["deadline"],
            "deadline_kind": row["deadline_kind"], "deadline_text": row["deadline_text"],
            "light": light, "last_done": last.get("done") or "", "last_percent": last.get("percent"),
            "last_week": last.get("week") or "", "carried_to": done.get(row["id"]),
        })
    out.sort(key=lambda r: [int(p) if p.isdigit() else 0 for p in r["number"].split(".")])
    return out


def carried_to(reg: Register, task_ids: Iterable[int] | None = None) -> dict[int, int]:
    """origin task id → the year of the plan its live copy went to (已结转至2027年)."""
    sql = ("SELECT t.carried_from_id, p.year FROM tasks t JOIN plans p ON p.id = t.plan_id "
           "WHERE t.carried_from_id IS NOT NULL AND t.deleted_at IS NULL")
    params: tuple = ()
    if task_ids is not None:
        sql += " AND t.carried_from_id IN (SELECT value FROM json_each(?))"
        params = (json.dumps([int(i) for i in task_ids]),)
    return {int(a): int(y or 0) for a, y in reg.execute(sql, params)}


def carried_from(reg: Register, task_id: int) -> dict | None:
    """The origin of a carried task: its id, title, plan title and year."""
    rows = reg.query(
        "SELECT o.id, o.title, p.title AS plan_title, p.year FROM tasks t "
        "JOIN tasks o ON o.id = t.carried_from_id JOIN plans p ON p.id = o.plan_id WHERE t.id = ?",
        (task_id,),
    )
    return rows[0] if rows else None


def carried_note(year: int | None) -> str:
    return f"已结转至{year}年" if year else "已结转"


def link_note(reg: Register, task_id: int) -> str:
    """What the detail panel says of a task's year turn: 上年结转自… or 已结转至2027年; "" else."""
    origin = carried_from(reg, task_id)
    notes = []
    if origin is not None:
        notes.append(f"上年结转自“{origin['plan_title']}”：{origin['title']}")
    carried = carried_to(reg, [task_id])
    if task_id in carried:
        notes.append(carried_note(carried[task_id]))
    return "；".join(notes)


def rollover(
    reg: Register,
    plan_id: int,
    year: int,
    *,
    carry: Iterable[int] | None = None,
    new_plan_id: int | None = None,
    title: str | None = None,
    organisation: str | None = None,
    parsed=None,
    import_options: dict | None = None,
    destinations: dict[int, int | None] | None = None,
    deadlines: dict[int, date | None] | None = None,
    close: bool = True,
) -> RolloverResult:
    """Turn the year of plan ``plan_id``.

    The new plan is ``new_plan_id`` (an existing plan), else the import ``parsed`` (a
    ``ParsedPlan`` written by ``importing.writer.write_plan`` with ``import_options``),
    else an empty plan ``title`` (default “2027年工作要点”). ``carry``: the task ids to carry
    (None: every unfinished leaf; ``[]``: none). ``destinations``: per task, the parent in the
    new plan (None or absent: the section 上年结转任务). ``deadlines``: per task, the confirmed
    new deadline (absent: :func:`default_deadline`, flagged 待确认; a confirmed one is a plain
    date). ``close``: close the old plan. All of it in one transaction, or nothing.
    """
    old = plans.get_plan(reg, plan_id)
    if old is None:
        raise ValidationError(f"找不到编号为 {plan_id} 的计划。")
    if old.get("closed_at"):
        raise ValidationError(f"计划“{old['title']}”已经关闭，不能再结转。")
    if not 1990 <= int(year) <= 2100:
        raise ValidationError(f"年度“{year}”不正确。")
    if old["year"] and int(year) <= int(old["year"]):
        raise ValidationError(f"新年度（{year}年）应晚于原计划的年度（{old['year']}年）。")
    unfinished = unfinished_leaves(reg, plan_id)
    if carry is None:
        chosen = unfinished
    else:
        chosen = list(dict.fromkeys(int(i) for i in carry))
        allowed = set(unfinished)
        bad = [i for i in chosen if i not in allowed]
        if bad:
            raise ValidationError(
                f"有 {len(bad)} 项任务不是原计划中未完成的具体任务（编号 {bad[0]}），不能结转。")
    already = carried_to(reg, chosen)
    if already:
        first = next(iter(already))
        raise ValidationError(f"有 {len(already)} 项任务已经结转过（如任务 {first}），不能重复结转。")
    destinations = destinations or {}
    deadlines = deadlines or {}

    with reg.atomic():
        created = new_plan_id is None
        if new_plan_id is not None:
            target = plans.get_plan(reg, new_plan_id)
            if target is None or new_plan_id == plan_id:
                raise ValidationError("请选择另一个计划作为新年度的计划。")
            if target.get("closed_at"):
                raise ValidationError(f"计划“{target['title']}”已关闭，不能接收结转任务。")
        elif parsed is not None:
            from desktop_app.importing.writer import write_plan

            if parsed.year is None:
                parsed.year = int(year)
            new_plan_id = write_plan(reg, parsed, **(import_options or {}))
        else:
            new_plan_id = plans.create_plan(
                reg, (title or "").strip() or f"{year}年工作要点", int(year),
                old["organisation"] if organisation is None else organisation)
        for parent in {p for p in destinations.values() if p is not None}:
            if reg.scalar("SELECT plan_id FROM tasks WHERE id = ? AND deleted_at IS NULL",
                          (parent,)) != new_plan_id:
                raise ValidationError("结转去向须是新计划中的任务。")
        next_id = int(reg.scalar("SELECT coalesce(max(id), 0) + 1 FROM tasks"))
        stamp = clock.now().isoformat(timespec="seconds")   # one time stamp for the whole turn
        section_id = None
        if any(destinations.get(t) is None for t in chosen):
            section_id = next_id
            next_id += 1
            top = reg.scalar("SELECT coalesce(max(position), 0) + 1 FROM tasks "
                             "WHERE plan_id = ? AND parent_id IS NULL", (new_plan_id,))
            reg.execute(
                "INSERT INTO tasks (id, plan_id, parent_id, position, title, source, description,"
                " created_at, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)",
                (section_id, new_plan_id, top, SECTION_TITLE, SOURCE,
                 f"{old['title']}中未完成、结转至{year}年继续推进的任务。", stamp, stamp),
            )
        originals = {
            r["id"]: r for r in _rows(reg, chosen)
        }
        positions: dict[int | None, int] = {}
        rows, mapping = [], {}
        for origin_id in chosen:
            src = originals[origin_id]
            parent = destinations.get(origin_id) or section_id
            if parent not in positions:
                positions[parent] = int(reg.scalar(
                    "SELECT coalesce(max(position), 0) FROM tasks WHERE parent_id = ?", (parent,)))
            positions[parent] += 1
            new_id = next_id
            next_id += 1
            mapping[origin_id] = new_id
            kind, deadline, text = src["deadline_kind"], None, src["deadline_text"]
            if kind in ("recurring", "ongoing"):
                pass
            elif origin_id in deadlines and deadlines[origin_id] is not None:
                kind, deadline, text = "date", deadlines[origin_id].isoformat(), ""
            else:
                moved = default_deadline(src["deadline"], int(year))
                kind, deadline = "unclear", moved.isoformat() if moved else None
                text = f"原时限{cn_full_date(src['deadline'])}" if src["deadline"] else text
            rows.append((new_id, new_plan_id, parent, positions[parent], src["title"],
                         src["description"], SOURCE, src["is_key"], src["standard"], src["owner_id"],
                         src["leader_id"], kind, src["recurrence"], text, deadline, origin_id,
                         stamp, stamp))
        reg.conn.executemany(
            "INSERT INTO tasks (id, plan_id, parent_id, position, title, description, source, is_key,"
            " standard, owner_id, leader_id, deadline_kind, recurrence, deadline_text, deadline,"
            " carried_from_id, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        pairs = json.dumps(list(mapping.items()))
        reg.execute(
            "INSERT INTO task_departments (task_id, department_id, role, position) "
            "SELECT json_extract(m.value, '$[1]'), d.department_id, d.role, d.position "
            "FROM json_each(?) m JOIN task_departments d ON d.task_id = json_extract(m.value, '$[0]')",
            (pairs,),
        )
        reg.execute(
            "INSERT INTO indicators (task_id, text, value, unit, comparator, actual, position) "
            "SELECT json_extract(m.value, '$[1]'), i.text, i.value, i.unit, i.comparator, i.actual,"
            " i.position FROM json_each(?) m JOIN indicators i ON i.task_id = json_extract(m.value, '$[0]')",
            (pairs,),
        )
        audit.record_many(
            reg,
            [*([("tasks", section_id, "title", None, SECTION_TITLE)] if section_id else []),
             *(("tasks", new, "carried_from_id", None, origin) for origin, new in mapping.items())],
            operation="上年结转",
        )
        if close:
            _set_closed(reg, plan_id, True, operation="新年度关闭计划")
        audit.record(reg, "plans", new_plan_id, "rollover", None,
                     {"from_plan": plan_id, "year": int(year), "carried": len(mapping),
                      "created_plan": created, "closed": close}, operation="新年度")
    return RolloverResult(
        old_plan_id=plan_id, new_plan_id=int(new_plan_id), year=int(year), created_plan=created,
        section_id=section_id, carried=mapping, closed=close,
        changes=Changes(plans=True, structure=True, tasks=frozenset(mapping.values())),
    )


def _rows(reg: Register, ids: list[int]) -> list[dict]:
    if not ids:
        return []
    return reg.query(
        "SELECT id, title, description, is_key, standard, owner_id, leader_id, deadline_kind,"
        " recurrence, deadline_text, deadline FROM tasks WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )


def undo_rollover(reg: Register, result: RolloverResult) -> Changes:
    """The inverse of :func:`rollover`: the old plan reopened, the copies (and the plan, if
    the rollover created it) removed — one transaction, audited."""
    with reg.atomic():
        if result.closed:
            _set_closed(reg, result.old_plan_id, False, operation="撤销新年度")
        if result.created_plan:
            reg.execute("DELETE FROM plans WHERE id = ?", (result.new_plan_id,))
        else:
            ids = [*result.carried.values(), *([result.section_id] if result.section_id else [])]
            reg.execute("DELETE FROM tasks WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(ids),))
        audit.record(reg, "plans", result.new_plan_id, "rollover",
                     {"from_plan": result.old_plan_id, "carried": len(result.carried)}, None,
                     operation="撤销新年度")
    return Changes(plans=True, structure=True, tasks=frozenset(result.carried.values()))


def _set_closed(reg: Register, plan_id: int, closed: bool, *, operation: str) -> None:
    stamp = clock.now().isoformat(timespec="seconds") if closed else None
    old = reg.scalar("SELECT closed_at FROM plans WHERE id = ?", (plan_id,))
    reg.execute("UPDATE plans SET closed_at = ? WHERE id = ?", (stamp, plan_id))
    audit.record(reg, "plans", plan_id, "closed_at", old, stamp, operation=operation)
