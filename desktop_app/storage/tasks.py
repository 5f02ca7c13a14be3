"""Tasks: the plan's tree, with 责任到人 (lead/co departments, owner, leader)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.storage import audit
from desktop_app.storage.db import Register
from desktop_app.storage.errors import DeletedTaskError, ValidationError

# What a person edits on a task (the detail panel, bulk assignment, undo snapshots).
EDITABLE_FIELDS = (
    "title",
    "description",
    "source",
    "is_key",
    "start_date",
    "deadline",
    "deadline_text",
    "deadline_kind",
    "recurrence",
    "standard",
    "owner_id",
    "leader_id",
)
TASK_FIELDS = {*EDITABLE_FIELDS, "marker", "status", "status_reason", "finished_date"}
DEADLINE_KINDS = ("none", "date", "period", "recurring", "ongoing", "unclear")
STATUSES = ("active", "finished", "paused", "cancelled")
SOURCES = ("工作要点", "会议纪要", "领导批示", "上级文件", "上年结转", "其他")

# How the fields are named to a user (conflict messages, the 留痕).
FIELD_LABELS = {
    "title": "工作任务", "description": "任务说明", "source": "任务来源", "is_key": "重点工作",
    "start_date": "开始日期", "deadline": "完成时限", "deadline_text": "时限原文",
    "deadline_kind": "时限类型", "recurrence": "周期", "standard": "工作标准",
    "owner_id": "责任人", "leader_id": "分管领导", "lead_id": "牵头科室", "co_ids": "配合科室",
    "indicators": "指标", "milestones": "时间节点", "marker": "编号", "status": "状态",
    "status_reason": "状态说明", "finished_date": "完成日期",
}


def require_live(reg: Register, task_ids) -> None:
    """Refuse a write to a task that is missing or in the recycle bin."""
    ids = [int(t) for t in task_ids]
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        rows = {r[0]: r for r in reg.execute(
            f"SELECT id, title, deleted_at FROM tasks WHERE id IN ({', '.join('?' * len(chunk))})", chunk)}
        for tid in chunk:
            row = rows.get(tid)
            if row is None:
                raise DeletedTaskError("该任务已不存在，修改未保存。")
            if row[2] is not None:
                raise DeletedTaskError(
                    f"任务“{row[1]}”已删除到回收站，不能再修改或填报进展"
                    "（可在 编辑 ▸ 回收站 中恢复后再改）。")


def _checked_date(value: Any, label: str) -> str | None:
    """``value`` as the register keeps a day: YYYY-MM-DD, whose text order is its date order
    (the other forms ``date.fromisoformat`` reads, 20260630 or 2026-W27-1, are rewritten)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ValidationError(f"{label}“{value}”不是有效日期（应为 年-月-日）。") from None


def validate(fields: dict[str, Any]) -> None:
    """Refuse what no task may hold; its days are rewritten in ``fields`` as YYYY-MM-DD."""
    unknown = set(fields) - TASK_FIELDS
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    if "title" in fields and not (fields["title"] or "").strip():
        raise ValidationError("任务名称不能为空。")
    for key, label in (("start_date", "开始日期"), ("deadline", "完成时限"), ("finished_date", "完成日期")):
        if key in fields:
            fields[key] = _checked_date(fields[key], label)
    if fields.get("deadline_kind", "none") not in DEADLINE_KINDS:
        raise ValidationError(f"时限类型“{fields['deadline_kind']}”不正确。")
    if fields.get("status", "active") not in STATUSES:
        raise ValidationError(f"状态“{fields['status']}”不正确。")
    start, deadline = fields.get("start_date"), fields.get("deadline")
    if start and deadline and start > deadline:
        raise ValidationError("开始日期不能晚于完成时限。")


def add_task(
    reg: Register,
    plan_id: int,
    title: str,
    *,
    parent_id: int | None = None,
    position: int | None = None,
    operation: str = "新增任务",
    **fields: Any,
) -> int:
    fields["title"] = (title or "").strip()
    validate(fields)
    with reg.atomic():
        if position is None:
            position = reg.scalar(
                "SELECT coalesce(max(position), 0) + 1 FROM tasks WHERE plan_id = ? AND parent_id IS ?",
                (plan_id, parent_id),
            )
        cols = ["plan_id", "parent_id", "position", *fields]
        cur = reg.execute(
            f"INSERT INTO tasks ({', '.join(cols)}, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(cols))}, app_now(), app_now())",
            [plan_id, parent_id, position, *fields.values()],
        )
        task_id = int(cur.lastrowid)
        audit.record(reg, "tasks", task_id, "title", None, fields["title"], operation=operation)
    return task_id


def update_task(reg: Register, task_id: int, *, operation: str = "修改任务", **changes: Any) -> dict:
    validate(changes)
    if not changes:
        return {}
    with reg.atomic():
        require_live(reg, [task_id])
        if "start_date" in changes or "deadline" in changes:
            current = reg.execute("SELECT start_date, deadline FROM tasks WHERE id = ?", (task_id,)).fetchone()
            if current is None:
                raise ValidationError("任务不存在（可能已被删除）。")
            start = changes.get("start_date", current[0])
            deadline = changes.get("deadline", current[1])
            if start and deadline and start > deadline:
                raise ValidationError("开始日期不能晚于完成时限。")
        diff = audit.update_fields(reg, "tasks", task_id, changes, operation=operation)
        if diff:
            reg.execute(
                "UPDATE tasks SET updated_at = app_now() WHERE id = ?",
                (task_id,),
            )
    return diff


def update_tasks(reg: Register, task_ids: list[int], *, operation: str = "批量修改", **changes: Any) -> int:
    """The same change on many tasks, in one transaction. Returns how many changed."""
    validate(changes)
    changed = 0
    with reg.atomic():
        for tid in task_ids:
            if update_task(reg, tid, operation=operation, **changes):
                changed += 1
    return changed


def departments_of(reg: Register, task_id: int) -> tuple[int | None, list[int]]:
    rows = reg.execute(
        "SELECT department_id, role FROM task_departments WHERE task_id = ? ORDER BY role = 'lead' DESC, position",
        (task_id,),
    ).fetchall()
    lead = next((d for d, r in rows if r == "lead"), None)
    return lead, [d for d, r in rows if r == "co"]


def set_departments(
    reg: Register,
    task_id: int,
    lead_id: int | None,
    co_ids: list[int] | None = None,
    *,
    operation: str = "责任分工",
) -> None:
    """Set the lead department and (when given) the co-operating ones of a task."""
    with reg.atomic():
        old_lead, old_co = departments_of(reg, task_id)
        co = old_co if co_ids is None else [c for c in dict.fromkeys(co_ids) if c != lead_id]
        if co_ids is None and lead_id is not None:
            co = [c for c in co if c != lead_id]
        if old_lead == lead_id and old_co == co:
            return
        reg.execute("DELETE FROM task_departments WHERE task_id = ?", (task_id,))
        rows = []
        if lead_id is not None:
            rows.append((task_id, lead_id, "lead", 0))
        rows += [(task_id, d, "co", i + 1) for i, d in enumerate(co)]
        reg.conn.executemany(
            "INSERT INTO task_departments (task_id, department_id, role, position) VALUES (?, ?, ?, ?)",
            rows,
        )
        entries = []
        if old_lead != lead_id:
            entries.append(("tasks", task_id, "lead_department_id", old_lead, lead_id))
        if old_co != co:
            entries.append(("tasks", task_id, "co_department_ids", old_co, co))
        audit.record_many(reg, entries, operation=operation)


TASK_VIEW_SQL = """
SELECT t.*,
       ld.id AS lead_id, ld.name AS lead_name,
       (SELECT group_concat(name, '、') FROM (
            SELECT d.name FROM task_departments td JOIN departments d ON d.id = td.department_id
            WHERE td.task_id = t.id AND td.role = 'co' ORDER BY td.position)) AS co_names,
       o.name AS owner_name, l.name AS leader_name,
       EXISTS (SELECT 1 FROM extensions e WHERE e.task_id = t.id) AS extended
FROM tasks t
LEFT JOIN task_departments tl ON tl.task_id = t.id AND tl.role = 'lead'
LEFT JOIN departments ld ON ld.id = tl.department_id
LEFT JOIN people o ON o.id = t.owner_id
LEFT JOIN people l ON l.id = t.leader_id
"""


def get_task(reg: Register, task_id: int) -> dict | None:
    rows = reg.query(TASK_VIEW_SQL + " WHERE t.id = ?", (task_id,))
    return rows[0] if rows else None


def get_tasks(reg: Register, task_ids: list[int]) -> list[dict]:
    """Full rows for the given ids, in the given order (for lazy table models)."""
    if not task_ids:
        return []
    out: dict[int, dict] = {}
    for start in range(0, len(task_ids), 900):
        chunk = task_ids[start : start + 900]
        for row in reg.query(
            TASK_VIEW_SQL + f" WHERE t.id IN ({', '.join('?' * len(chunk))})", chunk
        ):
            out[row["id"]] = row
    return [out[i] for i in task_ids if i in out]


def tree_skeleton(reg: Register, plan_id: int, *, include_deleted: bool = False) -> list[tuple[int, int | None, int]]:
    """(id, parent_id, position) of every task of a plan — enough to build the tree and 编号.

    Sorted by (position, id), so that grouping the rows by parent gives each parent's
    children in order without sorting again."""
    sql = "SELECT id, parent_id, position FROM tasks WHERE plan_id = ?"
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    return reg.execute(sql + " ORDER BY position, id", (plan_id,)).fetchall()


def ordered_ids(reg: Register, plan_id: int) -> list[int]:
    """Task ids in document (depth-first) order."""
    children: dict[int | None, list[int]] = {}
    for tid, parent, _pos in tree_skeleton(reg, plan_id):
        children.setdefault(parent, []).append(tid)
    out: list[int] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        tid = stack.pop()
        out.append(tid)
        stack.extend(reversed(children.get(tid, [])))
    return out


def list_tasks(reg: Register, plan_id: int) -> list[dict]:
    """Every live task of a plan with its assignment, in document order."""
    rows = {r["id"]: r for r in reg.query(TASK_VIEW_SQL + " WHERE t.plan_id = ? AND t.deleted_at IS NULL", (plan_id,))}
    return [rows[i] for i in ordered_ids(reg, plan_id)]


def leaf_ids(reg: Register, plan_id: int | None = None) -> list[int]:
    """Live tasks without live children: the ones people report on."""
    sql = (
        "SELECT t.id FROM tasks t WHERE t.deleted_at IS NULL AND NOT EXISTS ("
        "SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted_at IS NULL)"
    )
    params: list = []
    if plan_id is not None:
        sql += " AND t.plan_id = ?"
        params.append(plan_id)
    return [r[0] for r in reg.execute(sql, params)]


_SUBTREE = (
    "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM tasks c JOIN sub ON c.parent_id = sub.id "
    "WHERE {cond}) "
)


def soft_delete(reg: Register, task_ids: list[int]) -> None:
    """Move tasks (and their live subtrees) to the recoverable bin; a subtree shares its
    root's ``deleted_at``, so restoring the root brings back exactly what went with it."""
    with reg.atomic():
        for tid in task_ids:
            stamp = base = reg.scalar("SELECT app_now(1)")
            suffix = 0
            while reg.scalar("SELECT 1 FROM tasks WHERE deleted_at = ?", (stamp,)):
                suffix += 1  # two deletions in one millisecond must stay apart
                stamp = f"{base}.{suffix}"
            ids = [r[0] for r in reg.execute(
                _SUBTREE.format(cond="c.deleted_at IS NULL") + "SELECT t.id FROM tasks t JOIN sub ON t.id = sub.id "
                "WHERE t.deleted_at IS NULL", (tid,))]
            reg.conn.executemany("UPDATE tasks SET deleted_at = ? WHERE id = ?", [(stamp, i) for i in ids])
            audit.record_many(reg, [("tasks", i, "deleted_at", None, "deleted") for i in ids], operation="删除任务")


def restore(reg: Register, task_ids: list[int]) -> None:
    """Bring tasks back from the bin with the subtree deleted together with them."""
    with reg.atomic():
        for tid in task_ids:
            stamp = reg.scalar("SELECT deleted_at FROM tasks WHERE id = ?", (tid,))
            if stamp is None:
                continue
            ids = [r[0] for r in reg.execute(
                _SUBTREE.format(cond="c.deleted_at = ?") + "SELECT id FROM sub", (tid, stamp))]
            reg.conn.executemany("UPDATE tasks SET deleted_at = NULL WHERE id = ?", [(i,) for i in ids])
            audit.record_many(reg, [("tasks", i, "deleted_at", "deleted", None) for i in ids], operation="恢复任务")


def deleted_tasks(reg: Register, plan_id: int | None = None) -> list[dict]:
    sql = TASK_VIEW_SQL + " WHERE t.deleted_at IS NOT NULL"
    params: list = []
    if plan_id is not None:
        sql += " AND t.plan_id = ?"
        params.append(plan_id)
    return reg.query(sql + " ORDER BY t.deleted_at DESC", params)


def _live_children(reg: Register, plan_id: int, parent_id: int | None) -> list[int]:
    return [
        r[0]
        for r in reg.execute(
            "SELECT id FROM tasks WHERE plan_id = ? AND parent_id IS ? AND deleted_at IS NULL "
            "ORDER BY position, id",
            (plan_id, parent_id),
        )
    ]


def _renumber(reg: Register, ordered: list[int]) -> None:
    reg.conn.executemany(
        "UPDATE tasks SET position = ? WHERE id = ? AND position != ?",
        [(pos, tid, pos) for pos, tid in enumerate(ordered, start=1)],
    )


def place_of(reg: Register, task_id: int) -> tuple[int | None, int]:
    """(parent_id, row among the live siblings) — what a move must remember to be undone."""
    row = reg.execute("SELECT plan_id, parent_id FROM tasks WHERE id = ?", (task_id,)).fetchone()
    if row is None:
        raise ValidationError("任务不存在（可能已被删除）。")
    siblings = _live_children(reg, row[0], row[1])
    return row[1], siblings.index(task_id) if task_id in siblings else len(siblings)


def move_task(
    reg: Register,
    task_id: int,
    new_parent_id: int | None,
    row: int,
    *,
    operation: str = "移动任务",
) -> tuple[int | None, int]:
    """Put a task (with its subtree) at ``row`` among the live children of ``new_parent_id``.

    Siblings on both sides are renumbered 1..n so positions stay dense. Returns the
    task's old ``(parent_id, row)`` so that the move can be undone by moving back.
    """
    current = reg.execute("SELECT plan_id, parent_id FROM tasks WHERE id = ?", (task_id,)).fetchone()
    if current is None:
        raise ValidationError("任务不存在（可能已被删除）。")
    plan_id, old_parent = current
    if new_parent_id is not None:
        ancestor: int | None = new_parent_id
        while ancestor is not None:
            if ancestor == task_id:
                raise ValidationError("不能把任务移到它自己的下级。")
            found = reg.execute("SELECT plan_id, parent_id FROM tasks WHERE id = ?", (ancestor,)).fetchone()
            if found is None or found[0] != plan_id:
                raise ValidationError("只能在同一计划内移动任务。")
            ancestor = found[1]
    old_place = place_of(reg, task_id)
    with reg.atomic():
        if old_parent != new_parent_id:
            reg.execute("UPDATE tasks SET parent_id = ? WHERE id = ?", (new_parent_id, task_id))
            _renumber(reg, _live_children(reg, plan_id, old_parent))
        siblings = [t for t in _live_children(reg, plan_id, new_parent_id) if t != task_id]
        siblings.insert(max(0, min(row, len(siblings))), task_id)
        _renumber(reg, siblings)
        entries = []
        if old_parent != new_parent_id:
            entries.append(("tasks", task_id, "parent_id", old_parent, new_parent_id))
        if old_place[1] != siblings.index(task_id) or old_parent != new_parent_id:
            entries.append(("tasks", task_id, "row", old_place[1], siblings.index(task_id)))
        audit.record_many(reg, entries, operation=operation)
    return old_place
