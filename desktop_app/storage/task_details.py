"""One task's editable state as a plain dict: read it, write it back whole.

The detail panel, bulk assignment and undo/redo all work with these snapshots: an edit
is "state before → state after", redo applies *after*, undo applies *before*, both
through the same audited storage functions, so the audit log stays truthful.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from desktop_app.storage import audit, tasks
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ConflictError, ValidationError
from desktop_app.storage.indicators import COMPARATORS

EDITABLE_FIELDS = tasks.EDITABLE_FIELDS
INDICATOR_FIELDS = ("text", "value", "unit", "comparator", "actual")
MILESTONE_FIELDS = ("title", "due", "done_date")


def _rows_of(reg: Register, table: str, fields: tuple[str, ...], task_id: int) -> list[dict]:
    cols = ", ".join(fields)
    return reg.query(f"SELECT {cols} FROM {table} WHERE task_id = ? ORDER BY position, id", (task_id,))


def _check_indicator(row: dict) -> None:
    if not (row.get("text") or "").strip():
        raise ValidationError("指标内容不能为空。")
    if row.get("comparator", "") not in COMPARATORS:
        raise ValidationError(f"比较符“{row.get('comparator')}”不正确。")
    for key, label in (("value", "目标值"), ("actual", "实际值")):
        value = row.get(key)
        if value is not None and not isinstance(value, int | float):
            raise ValidationError(f"{label}“{value}”不是数字。")


def _check_milestone(row: dict) -> None:
    if not (row.get("title") or "").strip():
        raise ValidationError("时间节点的内容不能为空。")
    for key, label in (("due", "节点日期"), ("done_date", "完成日期")):
        value = row.get(key)
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ValidationError(f"{label}“{value}”不是有效日期（应为 年-月-日）。") from None


def replace_rows(
    reg: Register, table: str, task_id: int, rows: list[dict], *, operation: str = "修改任务"
) -> bool:
    """Replace a task's indicators or milestones by ``rows`` (in order); audited as one
    before/after entry. Returns True when anything changed."""
    fields, check = {
        "indicators": (INDICATOR_FIELDS, _check_indicator),
        "milestones": (MILESTONE_FIELDS, _check_milestone),
    }[table]
    clean = [{f: row.get(f, "" if f in ("text", "unit", "comparator", "title") else None) for f in fields} for row in rows]
    for row in clean:
        check(row)
    old = _rows_of(reg, table, fields, task_id)
    if old == clean:
        return False
    with reg.atomic():
        reg.execute(f"DELETE FROM {table} WHERE task_id = ?", (task_id,))
        reg.conn.executemany(
            f"INSERT INTO {table} (task_id, {', '.join(fields)}, position) "
            f"VALUES (?, {', '.join('?' * len(fields))}, ?)",
            [(task_id, *(row[f] for f in fields), pos) for pos, row in enumerate(clean, start=1)],
        )
        audit.record(reg, "tasks", task_id, table, old, clean, operation=operation)
    return True


def snapshot(reg: Register, task_ids: Iterable[int], *, details: bool = False) -> dict[int, dict[str, Any]]:
    """The editable state of tasks: fields, ``lead_id``, ``co_ids`` (and, with ``details``,
    ``indicators`` and ``milestones``)."""
    ids = list(task_ids)
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ", ".join("?" * len(chunk))
        for row in reg.query(f"SELECT id, {', '.join(EDITABLE_FIELDS)} FROM tasks WHERE id IN ({marks})", chunk):
            task_id = row.pop("id")
            out[task_id] = {**row, "lead_id": None, "co_ids": []}
        for task_id, dep, role in reg.execute(
            f"SELECT task_id, department_id, role FROM task_departments WHERE task_id IN ({marks}) "
            "ORDER BY task_id, position",
            chunk,
        ):
            if role == "lead":
                out[task_id]["lead_id"] = dep
            else:
                out[task_id]["co_ids"].append(dep)
    if details:
        for task_id, state in out.items():
            state["indicators"] = _rows_of(reg, "indicators", INDICATOR_FIELDS, task_id)
            state["milestones"] = _rows_of(reg, "milestones", MILESTONE_FIELDS, task_id)
    return {i: out[i] for i in ids if i in out}


def _comparable(key: str, value: Any) -> Any:
    if key in ("indicators", "milestones"):
        return [{k: v for k, v in row.items() if k != "id"} for row in (value or [])]
    if key == "co_ids":
        return sorted(value or [])
    return value


def check_current(reg: Register, expected: dict[int, dict[str, Any]]) -> None:
    """Refuse (``ConflictError``) when a stored value is no longer what the view started from."""
    details = any("indicators" in s or "milestones" in s for s in expected.values())
    now = snapshot(reg, expected, details=details)
    stale: dict[int, list[str]] = {}
    for task_id, started in expected.items():
        current = now.get(task_id)
        if current is None:
            continue  # require_live says what is wrong
        keys = [k for k, v in started.items()
                if k in current and _comparable(k, current[k]) != _comparable(k, v)]
        if keys:
            stale[task_id] = keys
    if not stale:
        return
    first = next(iter(stale))
    title = reg.scalar("SELECT title FROM tasks WHERE id = ?", (first,)) or ""
    labels = "、".join(tasks.FIELD_LABELS.get(k, k) for k in stale[first])
    more = f"（另有 {len(stale) - 1} 项任务也已变化）" if len(stale) > 1 else ""
    raise ConflictError(
        f"任务“{title}”的{labels}已被修改（在别的页面、别的窗口或由导入），{more}"
        "本次修改没有保存，以免覆盖。已显示最新内容，请核对后重新修改。",
        list(stale),
    )


def apply(reg: Register, states: dict[int, dict[str, Any]], *, operation: str = "修改任务",
          expected: dict[int, dict[str, Any]] | None = None) -> int:
    """Write whole or partial snapshots back in one transaction (all or nothing).

    ``expected`` holds, per task, the values the edit started from (for the fields it
    changes): if any is no longer current, nothing is written (``ConflictError``).
    Tasks in the recycle bin refuse writes. Returns the number of tasks that changed.
    """
    changed = 0
    with reg.atomic():
        tasks.require_live(reg, states)
        if expected:
            check_current(reg, expected)
        for task_id, state in states.items():
            fields = {k: v for k, v in state.items() if k in EDITABLE_FIELDS}
            any_change = bool(tasks.update_task(reg, task_id, operation=operation, **fields))
            if "lead_id" in state or "co_ids" in state:
                before = tasks.departments_of(reg, task_id)
                lead = state.get("lead_id", before[0])
                tasks.set_departments(reg, task_id, lead, state.get("co_ids", before[1]), operation=operation)
                any_change |= tasks.departments_of(reg, task_id) != before
            for table in ("indicators", "milestones"):
                if table in state:
                    any_change |= replace_rows(reg, table, task_id, state[table], operation=operation)
            changed += any_change
    return changed
