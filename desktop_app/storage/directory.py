"""The department and people directory (科室与人员)."""

from __future__ import annotations

from desktop_app.storage import audit
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError


def normalise_name(name: str) -> str:
    return "".join((name or "").split())


def add_department(reg: Register, name: str, short_name: str = "", position: int | None = None) -> int:
    name = normalise_name(name)
    if not name:
        raise ValidationError("科室名称不能为空。")
    if reg.scalar("SELECT id FROM departments WHERE name = ?", (name,)) is not None:
        raise ValidationError(f"科室“{name}”已存在。")
    with reg.atomic():
        if position is None:
            position = reg.scalar("SELECT coalesce(max(position), 0) + 1 FROM departments")
        cur = reg.execute(
            "INSERT INTO departments (name, short_name, position) VALUES (?, ?, ?)",
            (name, short_name, position),
        )
        dep_id = int(cur.lastrowid)
        audit.record(reg, "departments", dep_id, "name", None, name, operation="新增科室")
    return dep_id


def department_id(reg: Register, name: str) -> int | None:
    """Exact match on the name or the short name (white space ignored)."""
    name = normalise_name(name)
    return reg.scalar(
        "SELECT id FROM departments WHERE name = ? OR (short_name != '' AND short_name = ?) "
        "ORDER BY name = ? DESC LIMIT 1",
        (name, name, name),
    )


def ensure_department(reg: Register, name: str) -> int:
    found = department_id(reg, name)
    return found if found is not None else add_department(reg, name)


def list_departments(reg: Register, *, active_only: bool = False) -> list[dict]:
    sql = "SELECT * FROM departments"
    if active_only:
        sql += " WHERE active = 1"
    return reg.query(sql + " ORDER BY position, id")


def update_department(reg: Register, dep_id: int, **changes) -> None:
    allowed = {"name", "short_name", "position", "active"}
    if set(changes) - allowed:
        raise KeyError(", ".join(sorted(set(changes) - allowed)))
    if "name" in changes:
        changes["name"] = normalise_name(changes["name"])
        if not changes["name"]:
            raise ValidationError("科室名称不能为空。")
        other = reg.scalar(
            "SELECT id FROM departments WHERE name = ? AND id != ?", (changes["name"], dep_id)
        )
        if other is not None:
            raise ValidationError(f"科室“{changes['name']}”已存在，可使用“合并科室”。")
    audit.update_fields(reg, "departments", dep_id, changes, operation="修改科室")


def department_in_use(reg: Register, dep_id: int) -> bool:
    return bool(
        reg.scalar("SELECT 1 FROM task_departments WHERE department_id = ? LIMIT 1", (dep_id,))
        or reg.scalar("SELECT 1 FROM people WHERE department_id = ? LIMIT 1", (dep_id,))
        or reg.scalar("SELECT 1 FROM supervision WHERE department_id = ? LIMIT 1", (dep_id,))
    )


def delete_department(reg: Register, dep_id: int) -> None:
    if department_in_use(reg, dep_id):
        raise ValidationError("该科室已有任务或人员，不能删除；可停用它，或合并到另一个科室。")
    name = reg.scalar("SELECT name FROM departments WHERE id = ?", (dep_id,))
    with reg.atomic():
        reg.execute("DELETE FROM departments WHERE id = ?", (dep_id,))
        audit.record(reg, "departments", dep_id, "name", name, None, operation="删除科室")


def add_person(
    reg: Register,
    name: str,
    department_id: int | None = None,
    title: str = "",
    phone: str = "",
    is_leader: bool = False,
) -> int:
    name = normalise_name(name)
    if not name:
        raise ValidationError("姓名不能为空。")
    with reg.atomic():
        cur = reg.execute(
            "INSERT INTO people (name, title, department_id, phone, is_leader) VALUES (?, ?, ?, ?, ?)",
            (name, title, department_id, phone, int(is_leader)),
        )
        pid = int(cur.lastrowid)
        audit.record(reg, "people", pid, "name", None, name, operation="新增人员")
    return pid


def person_id(reg: Register, name: str) -> int | None:
    return reg.scalar(
        "SELECT id FROM people WHERE name = ? ORDER BY active DESC, id LIMIT 1", (normalise_name(name),)
    )


def list_people(reg: Register, *, department_id: int | None = None, leaders_only: bool = False) -> list[dict]:
    sql = (
        "SELECT p.*, d.name AS department FROM people p "
        "LEFT JOIN departments d ON d.id = p.department_id WHERE 1=1"
    )
    params: list = []
    if department_id is not None:
        sql += " AND p.department_id = ?"
        params.append(department_id)
    if leaders_only:
        sql += " AND p.is_leader = 1"
    return reg.query(sql + " ORDER BY d.position, p.is_leader DESC, p.id", params)


def update_person(reg: Register, person_id: int, **changes) -> None:
    allowed = {"name", "title", "department_id", "phone", "is_leader", "active"}
    if set(changes) - allowed:
        raise KeyError(", ".join(sorted(set(changes) - allowed)))
    audit.update_fields(reg, "people", person_id, changes, operation="修改人员")
