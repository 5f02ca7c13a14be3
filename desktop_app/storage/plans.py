"""Plans (工作要点): one per year and organisation, several may coexist."""

from __future__ import annotations

from desktop_app.storage import audit
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError


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
    return reg.query(
        "SELECT p.*, (SELECT count(*) FROM tasks t WHERE t.plan_id = p.id AND t.deleted_at IS NULL)"
        " AS task_count FROM plans p ORDER BY coalesce(year, 0) DESC, position"
    )


def get_plan(reg: Register, plan_id: int) -> dict | None:
    rows = reg.query("SELECT * FROM plans WHERE id = ?", (plan_id,))
    return rows[0] if rows else None


def update_plan(reg: Register, plan_id: int, **changes) -> None:
    allowed = {"title", "year", "organisation", "source_name", "source_kind", "position"}
    bad = set(changes) - allowed
    if bad:
        raise KeyError(", ".join(sorted(bad)))
    audit.update_fields(reg, "plans", plan_id, changes, operation="修改计划")


def delete_plan(reg: Register, plan_id: int) -> None:
    plan = get_plan(reg, plan_id)
    if plan is None:
        return
    with reg.atomic():
        reg.execute("DELETE FROM plans WHERE id = ?", (plan_id,))
        audit.record(reg, "plans", plan_id, "", plan["title"], None, operation="删除计划")
