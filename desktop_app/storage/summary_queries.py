"""What a 工作总结 quotes from the register: each task's last words, and its indicators.

One query per fact over the whole progress table (a year of a 20,000-task register is about
a million entries): for each task the newest non-empty 本周完成情况, 下周计划 and 存在问题 in
a range of weeks, each with the week it was written.
"""

from __future__ import annotations

from desktop_app.storage.db import Register

_FIELDS = ("done", "next", "problems")


def last_words(reg: Register, first_week: str, last_week: str) -> dict[str, dict[int, tuple[str, str]]]:
    """``{"done" | "next" | "problems": {task_id: (week, text)}}``: per task the newest
    non-empty text of that column written in weeks ``first_week..last_week``."""
    out: dict[str, dict[int, tuple[str, str]]] = {}
    for column in _FIELDS:
        # SQLite takes the bare columns of the row that holds max(week)
        rows = reg.execute(
            f"SELECT task_id, max(week), {column} FROM progress"
            f" WHERE week BETWEEN ? AND ? AND trim({column}) <> '' GROUP BY task_id",
            (first_week, last_week),
        )
        out[column] = {task_id: (week, text) for task_id, week, text in rows}
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
