"""What a 工作总结 quotes from the register: each task's last words, and its indicators.

One query for the words (a year of a 20,000-task register holds about 700,000 progress
entries): for each task the newest non-empty 本周完成情况, 下周计划 and 存在问题 in a range of
weeks, each with the week it was written; one for the indicators.
"""

from __future__ import annotations

from desktop_app.storage.db import Register

_FIELDS = ("done", "next", "problems")


def last_words(
    reg: Register, first_week: str, last_week: str, plan_id: int | None = None
) -> dict[str, dict[int, tuple[str, str]]]:
    """``{"done" | "next" | "problems": {task_id: (week, text)}}``: per task the newest
    non-empty text of that column written in weeks ``first_week..last_week``.

    Each task walks its own entries backwards along the (task_id, week) index and stops at
    the first non-empty one — a grouping over the whole progress table would read every
    entry of the year, about ten times slower on a large register.
    """
    pick = (
        "(SELECT p.week || p.{col} FROM progress p WHERE p.task_id = t.id"
        " AND p.week BETWEEN :first AND :last AND trim(p.{col}) <> '' ORDER BY p.week DESC LIMIT 1)"
    )
    sql = (
        "SELECT t.id, " + ", ".join(pick.format(col=c) for c in _FIELDS)
        + " FROM tasks t WHERE t.deleted_at IS NULL"
        + (" AND t.plan_id = :plan" if plan_id is not None else "")
    )
    out: dict[str, dict[int, tuple[str, str]]] = {c: {} for c in _FIELDS}
    params = {"first": first_week, "last": last_week, "plan": plan_id}
    for task_id, *found in reg.execute(sql, params):
        for column, value in zip(_FIELDS, found, strict=True):
            if value is not None:  # an ISO week is 8 characters: 2026-W47
                out[column][task_id] = (value[:8], value[8:])
    return out


def indicators_by_task(reg: Register, plan_id: int | None = None) -> dict[int, list[dict]]:
    """Every indicator of live tasks (of one plan), in their order, by task."""
    sql = (
        "SELECT i.task_id, i.text, i.value, i.unit, i.comparator, i.actual FROM indicators i"
        " JOIN tasks t ON t.id = i.task_id WHERE t.deleted_at IS NULL"
    )
    params: tuple = ()
    if plan_id is not None:
        sql += " AND t.plan_id = ?"
        params = (plan_id,)
    out: dict[int, list[dict]] = {}
    for row in reg.query(sql + " ORDER BY i.task_id, i.position, i.id", params):
        out.setdefault(row["task_id"], []).append(row)
    return out
