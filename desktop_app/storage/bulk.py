"""Bulk writes for a whole imported plan: thousands of tasks in one transaction, fast.

``tasks.add_task`` costs a query per task for its position and an audit row; a
plan of 10,000 items is written here with ``executemany`` and ids chosen up front
(callers hold the write lock: they call these inside the transaction that
created the plan, so no other writer can take the same ids).
"""

from __future__ import annotations

from typing import Any

from desktop_app.storage import audit, tasks
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError

# A plan's rows as the importer proposes them (is_key keeps its default: nothing is key yet).
BULK_TASK_COLUMNS = (
    "id", "plan_id", "parent_id", "position", "marker",
    *(field for field in tasks.EDITABLE_FIELDS if field != "is_key"),
)


def next_task_id(reg: Register) -> int:
    return int(reg.scalar("SELECT coalesce(max(id), 0) + 1 FROM tasks"))


def insert_tasks(reg: Register, rows: list[dict[str, Any]], *, operation: str = "导入任务") -> None:
    """Insert task rows that carry their own ``id`` (see :func:`next_task_id`).

    Each row is validated like a single task; the first bad one raises
    ``ValidationError`` and, inside the caller's transaction, nothing lands.
    """
    values = []
    for row in rows:
        fields = {k: v for k, v in row.items() if k not in ("id", "plan_id", "parent_id", "position")}
        try:
            tasks.validate(fields)
        except ValidationError as exc:
            raise ValidationError(f"任务“{row.get('title', '')}”：{exc}") from exc
        values.append(tuple(fields[col] if col in fields else row.get(col) for col in BULK_TASK_COLUMNS))
    with reg.atomic():
        reg.conn.executemany(
            f"INSERT INTO tasks ({', '.join(BULK_TASK_COLUMNS)}, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(BULK_TASK_COLUMNS))}, app_now(), app_now())",
            values,
        )
        audit.record_many(
            reg, [("tasks", row["id"], "title", None, row["title"]) for row in rows], operation=operation
        )


def insert_task_departments(reg: Register, rows: list[tuple[int, int, str, int]]) -> None:
    """(task_id, department_id, role 'lead'|'co', position) rows for new tasks."""
    with reg.atomic():
        reg.conn.executemany(
            "INSERT OR IGNORE INTO task_departments (task_id, department_id, role, position) "
            "VALUES (?, ?, ?, ?)",
            rows,
        )


def insert_milestones(reg: Register, rows: list[tuple[int, str, str | None]], *,
                      operation: str = "导入任务") -> int:
    """(task_id, title, due) rows for new tasks: the 时间节点 an imported plan names."""
    positions: dict[int, int] = {}
    values = []
    for task_id, title, due in rows:
        positions[task_id] = positions.get(task_id, 0) + 1
        values.append((task_id, title.strip() or (due or ""), due, positions[task_id]))
    if not values:
        return 0
    with reg.atomic():
        reg.conn.executemany(
            "INSERT INTO milestones (task_id, title, due, position) VALUES (?, ?, ?, ?)", values
        )
        audit.record_many(
            reg, [("tasks", v[0], "milestone", None, v[1]) for v in values], operation=operation
        )
    return len(values)
