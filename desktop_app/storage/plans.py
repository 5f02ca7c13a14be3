"""Plans (工作要点): one per year and organisation, several may coexist."""

from __future__ import annotations

from desktop_app import clock
from desktop_app.storage import audit
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.plan_tree import STORED_TASK_COUNT


def create_plan(
    reg: Register,
    title: str,
    year: int | None = None,
    organisation: str = "",
    source_name: str = "",
    source_kind: str = "",
) -> int:
    title = (title or "").strip()
    if not title:
        raise ValidationError("计划标题不能为空。")
    if year is not None and not 1990 <= year <= 2100:
        raise ValidationError(f"年度“{year}”不正确。")
    with reg.atomic():
        position = reg.scalar("SELECT coalesce(max(position), 0) + 1 FROM plans")
        cur = reg.execute(
            "INSERT INTO plans (title, year, organisation, source_name, source_kind, position, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, app_now())",
            (title, year, organisation, source_name, source_kind, position),
        )
        plan_id = int(cur.lastrowid)
        audit.record(reg, "plans", plan_id, "", None, title, operation="新建计划")
    return plan_id


def list_plans(reg: Register) -> list[dict]:
    """Every plan with its count of live tasks: from its stored tree while that is current
    (``plan_tree``), else counted (1 ms at 20,000 tasks)."""
    stored = STORED_TASK_COUNT.format(plan="p.id")
    return reg.query(
        f"SELECT p.*, coalesce({stored},"
        " (SELECT count(*) FROM tasks t WHERE t.plan_id = p.id AND t.deleted_at IS NULL))"
        " AS task_count FROM plans p ORDER BY coalesce(year, 0) DESC, position"
    )


def get_plan(reg: Register, plan_id: int) -> dict | None:
    rows = reg.query("SELECT * FROM plans WHERE id = ?", (plan_id,))
    return rows[0] if rows else None


def update_plan(reg: Register, plan_id: int, **changes) -> Changes:
    allowed = {"title", "year", "organisation", "source_name", "source_kind", "position"}
    bad = set(changes) - allowed
    if bad:
        raise KeyError(", ".join(sorted(bad)))
    if "title" in changes:
        changes["title"] = (changes["title"] or "").strip()
        if not changes["title"]:
            raise ValidationError("计划标题不能为空。")
    if "organisation" in changes:
        changes["organisation"] = (changes["organisation"] or "").strip()
    if changes.get("year") is not None and not 1990 <= int(changes["year"]) <= 2100:
        raise ValidationError(f"年度“{changes['year']}”不正确。")
    diff = audit.update_fields(reg, "plans", plan_id, changes, operation="修改计划")
    return Changes(plans=bool(diff))


def is_closed(reg: Register, plan_id: int) -> bool:
    return reg.scalar("SELECT closed_at IS NOT NULL FROM plans WHERE id = ?", (plan_id,)) == 1


def close_plan(reg: Register, plan_id: int) -> Changes:
    """Close a plan: its tasks, progress, assignments and extensions become read-only
    (the storage refuses writes); its reports print as they stand. Audited."""
    plan = get_plan(reg, plan_id)
    if plan is None:
        raise ValidationError(f"找不到编号为 {plan_id} 的计划。")
    if plan.get("closed_at"):
        return Changes()
    stamp = clock.now().isoformat(timespec="seconds")
    with reg.atomic():
        reg.execute("UPDATE plans SET closed_at = ? WHERE id = ?", (stamp, plan_id))
        audit.record(reg, "plans", plan_id, "closed_at", None, stamp, operation="关闭计划")
    return Changes(plans=True)


def reopen_plan(reg: Register, plan_id: int, reason: str = "") -> Changes:
    """Reopen a closed plan for corrections; audited with the reason."""
    plan = get_plan(reg, plan_id)
    if plan is None:
        raise ValidationError(f"找不到编号为 {plan_id} 的计划。")
    if not plan.get("closed_at"):
        return Changes()
    with reg.atomic():
        reg.execute("UPDATE plans SET closed_at = NULL WHERE id = ?", (plan_id,))
        audit.record(reg, "plans", plan_id, "closed_at", plan["closed_at"],
                     (reason or "").strip() or None, operation="重新打开计划")
    return Changes(plans=True)


def plan_summaries(reg: Register) -> list[dict]:
    """Every plan, newest year first, with its counts: tasks, leaves, finished, unfinished
    leaves, carried in from the year before; and whether it is closed."""
    return reg.query(
        """
        SELECT p.id, p.title, p.year, p.organisation, p.closed_at, p.created_at,
               count(t.id) AS task_count,
               sum(t.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id
                   AND c.deleted_at IS NULL)) AS leaf_count,
               sum(t.status = 'finished') AS finished_count,
               sum(t.status IN ('active', 'paused') AND NOT EXISTS (SELECT 1 FROM tasks c
                   WHERE c.parent_id = t.id AND c.deleted_at IS NULL)) AS open_count,
               sum(t.carried_from_id IS NOT NULL) AS carried_in_count,
               (SELECT count(*) FROM tasks d WHERE d.plan_id = p.id) AS stored_count
        FROM plans p LEFT JOIN tasks t ON t.plan_id = p.id AND t.deleted_at IS NULL
        GROUP BY p.id ORDER BY coalesce(p.year, 0) DESC, p.position, p.id
        """
    )


def delete_empty_plan(reg: Register, plan_id: int) -> Changes:
    """Delete a plan that holds no task (not even in the recycle bin)."""
    plan = get_plan(reg, plan_id)
    if plan is None:
        return Changes()
    if reg.scalar("SELECT count(*) FROM tasks WHERE plan_id = ?", (plan_id,)):
        raise ValidationError(f"计划“{plan['title']}”中还有任务（含回收站），只能删除空计划。")
    delete_plan(reg, plan_id)
    return Changes(plans=True)


def delete_plan(reg: Register, plan_id: int) -> None:
    plan = get_plan(reg, plan_id)
    if plan is None:
        return
    with reg.atomic():
        reg.execute("DELETE FROM plans WHERE id = ?", (plan_id,))
        audit.record(reg, "plans", plan_id, "", plan["title"], None, operation="删除计划")
