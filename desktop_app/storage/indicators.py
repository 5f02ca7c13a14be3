"""Quantified targets of a task (指标: 入园率达到97%以上, 新建25所), with the actual value."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.storage import audit
from desktop_app.storage.db import Register

COMPARATORS = ("", ">=", "<=", "=", ">", "<")


def add_indicators(
    reg: Register,
    rows: Iterable[tuple[int, str, float | None, str, str]],
    *,
    operation: str = "新增指标",
) -> int:
    """Insert (task_id, text, value, unit, comparator) rows; positions count per task."""
    positions: dict[int, int] = {}
    values = []
    for task_id, text, value, unit, comparator in rows:
        if comparator not in COMPARATORS:
            comparator = ""
        positions[task_id] = positions.get(task_id, 0) + 1
        values.append((task_id, text, value, unit, comparator, positions[task_id]))
    if not values:
        return 0
    with reg.atomic():
        reg.conn.executemany(
            "INSERT INTO indicators (task_id, text, value, unit, comparator, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            values,
        )
        audit.record_many(
            reg, [("tasks", v[0], "indicator", None, v[1]) for v in values], operation=operation
        )
    return len(values)


def list_indicators(reg: Register, task_id: int) -> list[dict]:
    return reg.query(
        "SELECT * FROM indicators WHERE task_id = ? ORDER BY position, id", (task_id,)
    )
