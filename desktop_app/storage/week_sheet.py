"""The week sheet: every open leaf task with last week's and this week's entry, and the
writes the week view makes (a week of edits in one transaction, 标记完成).

The week view reads it lazily: :func:`sheet_outline` gives the plan's leaves in document
order with the few fields that decide whether a task is on a week's sheet and which
department leads it (kept while the task tree is unchanged), and :func:`sheet_rows` reads
the contents of the rows on screen, a block at a time: the two weeks' entries come from
the ``UNIQUE (task_id, week)`` index, one seek each per task. :func:`week_sheet` reads a
whole sheet at once (reports, tests).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from typing import Any

from desktop_app.domain.numbering import derive_numbers
from desktop_app.domain.weeks import previous_week, week_id, week_range
from desktop_app.storage import plan_tree
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
    out = [_sheet_row(r, numbers.get(r[0], "")) for r in rows]
    out.sort(key=lambda row: (row.plan_id, number_key(row.number)))
    return out


def _sheet_row(r: tuple, number: str) -> SheetRow:
    return SheetRow(
        id=r[0], plan_id=r[1], number=number, title=r[2], deadline=r[3],
        deadline_text=r[4] or (r[3] or ""), status=r[5], finished_date=r[6], is_key=bool(r[7]),
        lead_id=r[8], lead_name=r[9] or "", owner_name=r[10] or "",
        last=_entry(*r[11:15]), this=_entry(*r[15:19]), has_entry=r[19] is not None,
        extended=bool(r[20]),
    )


@dataclass(slots=True)
class SheetOutline:
    """The live leaves of a plan (or of every plan) in document order — plan by plan,
    then by 编号 — with what decides whether a leaf is on a week's sheet (its status and
    finish date) and its lead department. Compact: no texts but the 编号."""

    ids: list[int]
    numbers: dict[int, str]
    lead: dict[int, int | None]
    # Beside ``ids``: the last day each leaf belongs on a week's sheet as an ISO text to
    # compare with the week's Monday — "~" (after every date) for an open task, the finish
    # date for a finished one, "" for none.
    until: list[str]
    _weeks: dict[str, list[int]] = field(default_factory=dict)  # the last weeks asked

    def open_ids(self, week: str) -> list[int]:
        """The ids on ``week``'s sheet: open leaves and those finished that week or later."""
        found = self._weeks.get(week)
        if found is None:
            progress_store.check_week(week)
            monday = week_range(week)[0].isoformat()
            found = list(compress(self.ids, map(monday.__le__, self.until)))
            if len(self._weeks) >= 8:
                self._weeks.pop(next(iter(self._weeks)))
            self._weeks[week] = found
        return list(found)


_UNTIL_SQL = """
SELECT id, CASE status WHEN 'active' THEN '~' WHEN 'finished' THEN ifnull(finished_date, '') ELSE '' END
FROM tasks WHERE plan_id = ? AND deleted_at IS NULL
"""


class _Outlines:
    """The outline of the last plan asked, kept while the register's task tree is unchanged
    (``Register.tree_epoch``, and ``PRAGMA data_version`` for another connection's writes):
    moving between weeks or opening the page again reads no tree."""

    def __init__(self) -> None:
        self._entry: tuple | None = None

    def get(self, reg: Register, plan_id: int | None) -> SheetOutline | None:
        entry = self._entry
        if entry is None or entry[0] is not reg.conn or entry[1] != plan_id:
            return None
        if entry[2] != (reg.tree_epoch, reg.data_version()):
            self._entry = None
            return None
        return entry[3]

    def put(self, reg: Register, plan_id: int | None, stamp: tuple, value: SheetOutline) -> None:
        self._entry = (reg.conn, plan_id, stamp, value)

    def clear(self) -> None:
        self._entry = None


_outlines = _Outlines()


def sheet_outline(reg: Register, plan_id: int | None = None) -> SheetOutline:
    """The plan's (or every plan's) live leaves in document order; see :class:`SheetOutline`."""
    cached = _outlines.get(reg, plan_id)
    if cached is not None:
        return cached
    stamp = (reg.tree_epoch, reg.data_version())
    if plan_id is None:
        plan_ids = [r[0] for r in reg.execute("SELECT id FROM plans ORDER BY id")]
    else:
        plan_ids = [plan_id]
    ids: list[int] = []
    numbers: dict[int, str] = {}
    until: dict[int, str] = {}
    for pid in plan_ids:
        # The plan's tree in document order as kept in the register (storage.plan_tree), and
        # each task's last day on a sheet.
        tree = plan_tree.plan_tree(reg, pid)
        parents = set(tree.parents)
        leaves = [tid for tid in tree.order if tid not in parents]
        ids.extend(leaves)
        plan_numbers = tree.numbers
        numbers.update(zip(leaves, map(plan_numbers.__getitem__, leaves), strict=True))
        until.update(reg.execute(_UNTIL_SQL, (pid,)).fetchall())
    leads = dict(reg.execute("SELECT task_id, department_id FROM task_departments WHERE role = 'lead'"))
    lead = dict(zip(ids, map(leads.get, ids), strict=True))
    value = SheetOutline(ids, numbers, lead, list(map(until.__getitem__, ids)))
    _outlines.put(reg, plan_id, stamp, value)
    return value


def sheet_rows(reg: Register, week: str, task_ids: Iterable[int],
               numbers: Mapping[int, str]) -> dict[int, SheetRow]:
    """The rows of ``task_ids`` (live leaves, whatever their status) on ``week``'s sheet,
    with the 编号 given: the block of rows the week view is about to paint. Tasks no
    longer live leaves are left out."""
    ids = list(task_ids)
    if not ids or reg.closed:  # nothing asked, or a view painted after its register closed
        return {}
    params = {"week": week, "previous": previous_week(week), "ids": json.dumps(ids)}
    rows = reg.execute(_SHEET_SQL.format(rows=_IDS_SQL), params).fetchall()
    return {r[0]: _sheet_row(r, numbers.get(r[0], "")) for r in rows}


def filled_ids(reg: Register, week: str) -> set[int]:
    """Tasks with something entered for ``week`` (a text or a percentage), read from the
    ``progress_filled`` index alone (named: with the statistics of a busy register the
    planner would take ``progress_week`` and read every entry of the week). The last weeks
    asked are kept while nothing is written to the register."""
    progress_store.check_week(week)
    stamp = (reg.conn, reg.conn.total_changes, reg.data_version())
    kept = _filled.get(week)
    if kept is None or kept[0] != stamp:
        ids = {r[0] for r in reg.execute(
            "SELECT task_id FROM progress INDEXED BY progress_filled WHERE week = ? "
            "AND (done <> '' OR next <> '' OR problems <> '' OR percent IS NOT NULL)", (week,))}
        if len(_filled) >= 8:
            _filled.pop(next(iter(_filled)))
        kept = _filled[week] = (stamp, ids)
    return set(kept[1])


_filled: dict[str, tuple[tuple, set[int]]] = {}


def matching_ids(reg: Register, needle: str, plan_id: int | None = None) -> set[int]:
    """Live tasks whose title or owner's name contains ``needle`` (as the grid shows them):
    titles read without the people table, then the tasks of the few people whose name
    matches, through the owner index."""
    plan = "" if plan_id is None else " AND plan_id = :plan"
    params: dict[str, Any] = {"q": needle, "plan": plan_id}
    found = {r[0] for r in reg.execute(
        f"SELECT id FROM tasks WHERE deleted_at IS NULL AND instr(title, :q) > 0{plan}", params)}
    found.update(r[0] for r in reg.execute(
        "SELECT id FROM tasks WHERE owner_id IN (SELECT id FROM people WHERE instr(name, :q) > 0) "
        f"AND deleted_at IS NULL{plan}", params))
    return found


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
