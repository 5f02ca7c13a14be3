"""Bulk reads for printed reports: one query per fact, never one query per task.

Reports cover up to tens of thousands of tasks, so everything here returns
dictionaries keyed by task id, filled by a single pass over the table.
"""

from __future__ import annotations

from desktop_app.domain.numbering import derive_numbers
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import Register


def report_tasks(reg: Register, plan_id: int | None = None) -> list[dict]:
    """Live tasks with their assignment in document order (plan by plan).

    Each row also carries ``number`` (编号 such as 2.1.3), ``section_id`` /
    ``section_title`` (its top-level 大项), ``is_leaf`` and the plan's
    ``plan_title``, ``plan_year`` and ``organisation``.
    """
    plans = reg.query(
        "SELECT id, title, year, organisation FROM plans "
        + ("WHERE id = ? " if plan_id is not None else "")
        + "ORDER BY coalesce(year, 0) DESC, position, id",
        (plan_id,) if plan_id is not None else (),
    )
    out: list[dict] = []
    for plan in plans:
        skeleton = task_store.tree_skeleton(reg, plan["id"])
        numbers = derive_numbers(skeleton)
        parents = {tid: parent for tid, parent, _ in skeleton}
        has_children = {parent for _, parent, _ in skeleton if parent is not None}
        rows = task_store.list_tasks(reg, plan["id"])
        titles = {r["id"]: r["title"] for r in rows}
        for row in rows:
            top = row["id"]
            while parents.get(top) in parents:
                top = parents[top]
            row.update(
                number=numbers.get(row["id"], ""),
                section_id=top,
                section_title=titles.get(top, ""),
                is_leaf=row["id"] not in has_children,
                plan_title=plan["title"],
                plan_year=plan["year"],
                organisation=plan["organisation"],
            )
            out.append(row)
    return out


def extended_between(reg: Register, start: str, end: str) -> set[int]:
    """Tasks whose deadline was extended with a request dated ``start..end`` (ISO days)."""
    rows = reg.execute(
        "SELECT DISTINCT task_id FROM extensions WHERE substr(requested_at, 1, 10) BETWEEN ? AND ?",
        (start, end),
    )
    return {r[0] for r in rows}
