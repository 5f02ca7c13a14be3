"""The week sheet: every open leaf task with last week's and this week's entry, and the
writes the week view makes (a week of edits in one transaction, 标记完成).

One query loads the whole sheet (20,000 tasks in the largest registers): the two weeks'
entries come from the ``UNIQUE (task_id, week)`` index, one seek each per task.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.numbering import derive_numbers
from desktop_app.domain.weeks import previous_week, week_id, week_range
from desktop_app.storage import progress as progress_store
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError

ENTRY_FIELDS = progress_store.PROGRESS_FIELDS  # done, next, problems, percent

_SHEET_SQL = """
SELECT t.id, t.plan_id, t.title, t.deadline, t.deadline_text, t.status, t.finished_date,
       t.is_key,
       tl.department_id, d.name, o.name,
       pp.done, pp.next, pp.problems, pp.percent,
       cp.done, cp.next, cp.problems, cp.percent, cp.id,
       EXISTS (SELECT 1 FROM extensions e WHERE e.task_id = t.id)
FROM tasks t
LEFT JOIN task_departments tl ON tl.task_id = t.id AND tl.role = 'lead'
LEFT JOIN departments d ON d.id = tl.department_id
LEFT JOIN people o ON o.id = t.owner_id
LEFT JOIN progress pp ON pp.task_id = t.id AND pp.week = :previous
LEFT JOIN progress cp ON cp.task_id = t.id AND cp.week = :week
WHERE t.deleted_at IS NULL {rows}
  AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted_at IS NULL)
"""
# Which rows: the open ones (tested before the leaf check, which costs an index seek), or
# exactly the given ones.
_OPEN_SQL = "AND (t.status = 'active' OR (t.status = 'finished' AND t.finished_date >= :monday))"
_IDS_SQL = "AND t.id IN (SELECT value FROM json_each(:ids))"


@dataclass(slots=True)
class SheetRow:
    """One task of the week sheet. ``last``/``this`` hold done/next/problems/percent."""

    id: int
    plan_id: int
    number: str
    title: str
    lead_id: int | None
    lead_name: str
    owner_name: str
    deadline: str | None
    deadline_text: str
    status: str
    finished_date: str | None
    is_key: bool
    last: dict[str, Any] = field(default_factory=dict)
    this: dict[str, Any] = field(default_factory=dict)
    has_entry: bool = False
    extended: bool = False  # the deadline was moved by 延期申请


def _entry(done: str | None, nxt: str | None, problems: str | None, percent: int | None) -> dict[str, Any]:
    return {"done": done or "", "next": nxt or "", "problems": problems or "", "percent": percent}


def week_sheet(
    reg: Register, week: str, *, plan_id: int | None = None, task_ids: list[int] | None = None
) -> list[SheetRow]:
    """Open leaf tasks (and those finished during or after ``week``) in document order.

    With ``task_ids``, exactly those leaves whatever their status: the rows already on
    screen, re-read after 标记完成 or 延期.
    """
    progress_store.check_week(week)
    monday, _sunday = week_range(week)
    params: dict[str, Any] = {"week": week, "previous": previous_week(week), "monday": monday.isoformat()}
    if task_ids is None:
        sql = _SHEET_SQL.format(rows=_OPEN_SQL)
    else:
        sql = _SHEET_SQL.format(rows=_IDS_SQL)
        params["ids"] = json.dumps(list(task_ids))
    if plan_id is not None:
        sql += " AND t.plan_id = :plan"
        params["plan"] = plan_id
    rows = reg.execute(sql, params).fetchall()
    numbers: dict[int, str] = {}
    for pid in sorted({r[1] for r in rows}):
        numbers.update(derive_numbers(task_store.tree_skeleton(reg, pid)))
    out = [
        SheetRow(
            id=r[0], plan_id=r[1], number=numbers.get(r[0], ""), title=r[2], deadline=r[3],
            deadline_text=r[4] or (r[3] or ""), status=r[5], finished_date=r[6], is_key=bool(r[7]),
            lead_id=r[8], lead_name=r[9] or "", owner_name=r[10] or "",
            last=_entry(*r[11:15]), this=_entry(*r[15:19]), has_entry=r[19] is not None,
            extended=bool(r[20]),
        )
        for r in rows
    ]
    out.sort(key=lambda row: (row.plan_id, number_key(row.number)))
    return out


def number_key(number: str) -> list[int]:
    """编号 3.2.10 sorts after 3.2.9: document order is the order of the numbers' parts."""
    return [int(part) for part in number.split(".") if part.isdigit()]


def check_week_writable(week: str, today: date) -> None:
    """Future weeks cannot be filled in; past weeks can be corrected."""
    progress_store.check_week(week)
    if week > week_id(today):
        raise ValidationError("未来的周次不能填报进展。")


def save_week(
    reg: Register, week: str, edits: Mapping[int, Mapping[str, Any]], *, today: date,
    expected: Mapping[int, Mapping[str, Any]] | None = None,
) -> int:
    """Write a week's edited entries in one transaction; returns how many tasks changed.

    Entries of past weeks are corrections and are audited as such; nothing is written
    when any value is refused, when a task is in the recycle bin, or when an entry no
    longer holds the ``expected`` value the grid showed (``ConflictError``).
    """
    check_week_writable(week, today)
    operation = "填报进展" if week == week_id(today) else "更正往周进展"
    changed = 0
    with reg.atomic():
        for task_id, values in edits.items():
            if progress_store.get_progress(reg, task_id, week) is None and not any(
                values.get(k) not in ("", None) for k in ENTRY_FIELDS
            ):
                continue
            started = None if expected is None else dict(expected.get(task_id, {}))
            if progress_store.save_progress(reg, task_id, week, operation=operation,
                                            expected=started, **values):
                changed += 1
    return changed


def mark_finished(reg: Register, task_ids: list[int], finished: date, *, today: date) -> int:
    """办结: mark tasks finished on ``finished`` (not in the future); returns how many changed."""
    if finished > today:
        raise ValidationError("完成日期不能晚于今天。")
    if not task_ids:
        return 0
    return task_store.update_tasks(
        reg, task_ids, operation="标记完成", status="finished", finished_date=finished.isoformat()
    )
