"""Search and filters of the task tree, done in SQL: they return matching task ids.

Warning lights are computed (``storage.status``), not stored, so the light filter is
applied by the caller on the ids returned here.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.storage.db import Register


@dataclass(frozen=True)
class TaskFilter:
    text: str = ""  # words (space separated), each found in title, description or progress
    department_id: int | None = None  # as lead or co-operating department
    owner_id: int | None = None
    leader_id: int | None = None
    deadline_from: str | None = None  # ISO dates, inclusive
    deadline_to: str | None = None
    key_only: bool = False
    unclear_only: bool = False  # 待确认: deadline_kind 'unclear'

    def is_empty(self) -> bool:
        return self == TaskFilter()


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def matching_ids(reg: Register, plan_id: int, flt: TaskFilter) -> set[int]:
    """Ids of the live tasks of a plan that meet every condition of ``flt``."""
    sql = ["SELECT t.id FROM tasks t WHERE t.plan_id = ? AND t.deleted_at IS NULL"]
    params: list = [plan_id]
    for word in flt.text.split():
        like = _like(word)
        sql.append(
            "AND (t.title LIKE ? ESCAPE '\\' OR t.description LIKE ? ESCAPE '\\' OR t.id IN ("
            "SELECT g.task_id FROM progress g WHERE g.done LIKE ? ESCAPE '\\' "
            "OR g.next LIKE ? ESCAPE '\\' OR g.problems LIKE ? ESCAPE '\\'))"
        )
        params += [like] * 5
    if flt.department_id is not None:
        sql.append("AND t.id IN (SELECT task_id FROM task_departments WHERE department_id = ?)")
        params.append(flt.department_id)
    if flt.owner_id is not None:
        sql.append("AND t.owner_id = ?")
        params.append(flt.owner_id)
    if flt.leader_id is not None:
        sql.append("AND t.leader_id = ?")
        params.append(flt.leader_id)
    if flt.deadline_from:
        sql.append("AND t.deadline >= ?")
        params.append(flt.deadline_from)
    if flt.deadline_to:
        sql.append("AND t.deadline <= ?")
        params.append(flt.deadline_to)
    if flt.key_only:
        sql.append("AND t.is_key = 1")
    if flt.unclear_only:
        sql.append("AND t.deadline_kind = 'unclear'")
    return {r[0] for r in reg.execute(" ".join(sql), params)}
