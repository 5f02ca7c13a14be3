"""The department and people directory (科室与人员)."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def update_department(reg: Register, dep_id: int, **changes) -> dict:
    """Change fields of a department; returns ``{field: (old, new)}`` of what changed."""
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
    return audit.update_fields(reg, "departments", dep_id, changes, operation="修改科室")


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


def restore_department(reg: Register, row: dict, *, operation: str = "恢复科室") -> None:
    """Put a deleted department back as it was (same id), e.g. to undo its deletion."""
    cols = [c for c in ("id", "name", "short_name", "position", "active") if c in row]
    with reg.atomic():
        reg.execute(f"INSERT INTO departments ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [row[c] for c in cols])
        audit.record(reg, "departments", row["id"], "name", None, row["name"], operation=operation)


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


def delete_person(reg: Register, person_id: int, *, operation: str = "删除人员") -> None:
    """Remove a person; tasks they owned or led keep no owner/leader (audited)."""
    name = reg.scalar("SELECT name FROM people WHERE id = ?", (person_id,))
    with reg.atomic():
        reg.execute("DELETE FROM people WHERE id = ?", (person_id,))
        audit.record(reg, "people", person_id, "name", name, None, operation=operation)


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


def update_person(reg: Register, person_id: int, **changes) -> dict:
    """Change fields of a person; returns ``{field: (old, new)}`` of what changed."""
    allowed = {"name", "title", "department_id", "phone", "is_leader", "active"}
    if set(changes) - allowed:
        raise KeyError(", ".join(sorted(set(changes) - allowed)))
    return audit.update_fields(reg, "people", person_id, changes, operation="修改人员")


def merge_departments(reg: Register, keep_id: int, drop_id: int) -> int:
    """Merge two spellings of one department: every task, person and supervision record of
    ``drop_id`` moves to ``keep_id``, then ``drop_id`` is deleted — one audited transaction.

    A task that had both keeps one row: the lead role wins. Returns the references moved.
    """
    if keep_id == drop_id:
        raise ValidationError("请选择两个不同的科室。")
    names = dict(reg.execute("SELECT id, name FROM departments WHERE id IN (?, ?)", (keep_id, drop_id)).fetchall())
    if len(names) != 2:
        raise ValidationError("科室不存在（可能已被删除）。")
    moved = 0
    with reg.atomic():
        rows = reg.execute(
            "SELECT d.task_id, d.role, k.role FROM task_departments d "
            "LEFT JOIN task_departments k ON k.task_id = d.task_id AND k.department_id = ? "
            "WHERE d.department_id = ?",
            (keep_id, drop_id),
        ).fetchall()
        entries = []
        for task_id, role, keep_role in rows:
            if keep_role is None:
                reg.execute(
                    "UPDATE task_departments SET department_id = ? WHERE task_id = ? AND department_id = ?",
                    (keep_id, task_id, drop_id),
                )
            else:
                reg.execute(
                    "DELETE FROM task_departments WHERE task_id = ? AND department_id = ?", (task_id, drop_id)
                )
                if role == "lead":
                    reg.execute(
                        "UPDATE task_departments SET role = 'lead' WHERE task_id = ? AND department_id = ?",
                        (task_id, keep_id),
                    )
            field = "lead_department_id" if role == "lead" else "co_department_ids"
            entries.append(("tasks", task_id, field, drop_id, keep_id))
        for table in ("people", "supervision"):
            ids = [r[0] for r in reg.execute(f"SELECT id FROM {table} WHERE department_id = ?", (drop_id,))]
            reg.execute(f"UPDATE {table} SET department_id = ? WHERE department_id = ?", (keep_id, drop_id))
            entries += [(table, i, "department_id", drop_id, keep_id) for i in ids]
        reg.execute("DELETE FROM departments WHERE id = ?", (drop_id,))
        entries.append(("departments", drop_id, "merged_into", names[drop_id], names[keep_id]))
        audit.record_many(reg, entries, operation="合并科室")
        moved = len(entries) - 1
    return moved


def merge_snapshot(reg: Register, keep_id: int, drop_id: int) -> dict:
    """What :func:`merge_departments` will change, so that :func:`unmerge` can put it back."""
    dep = reg.query("SELECT * FROM departments WHERE id = ?", (drop_id,))
    if not dep:
        raise ValidationError("科室不存在（可能已被删除）。")
    return {
        "keep_id": keep_id,
        "department": dep[0],
        "task_departments": reg.query(
            "SELECT * FROM task_departments WHERE department_id IN (?, ?) AND task_id IN ("
            "SELECT task_id FROM task_departments WHERE department_id = ?)",
            (keep_id, drop_id, drop_id),
        ),
        "people": [r[0] for r in reg.execute("SELECT id FROM people WHERE department_id = ?", (drop_id,))],
        "supervision": [r[0] for r in reg.execute("SELECT id FROM supervision WHERE department_id = ?", (drop_id,))],
    }


def unmerge(reg: Register, snapshot: dict) -> None:
    """Undo a merge from its :func:`merge_snapshot`: the department comes back with its id
    and every reference it had — one audited transaction."""
    dep, keep_id = snapshot["department"], snapshot["keep_id"]
    rows = snapshot["task_departments"]
    task_ids = sorted({r["task_id"] for r in rows})
    with reg.atomic():
        restore_department(reg, dep, operation="撤销合并科室")
        reg.conn.executemany("DELETE FROM task_departments WHERE task_id = ? AND department_id IN (?, ?)",
                             [(t, keep_id, dep["id"]) for t in task_ids])
        reg.conn.executemany(
            "INSERT INTO task_departments (task_id, department_id, role, position) VALUES (?, ?, ?, ?)",
            [(r["task_id"], r["department_id"], r["role"], r["position"]) for r in rows],
        )
        entries = [("departments", dep["id"], "merged_into", None, dep["name"])]
        for table in ("people", "supervision"):
            reg.conn.executemany(f"UPDATE {table} SET department_id = ? WHERE id = ?",
                                 [(dep["id"], i) for i in snapshot[table]])
            entries += [(table, i, "department_id", keep_id, dep["id"]) for i in snapshot[table]]
        entries += [("tasks", t, "departments", keep_id, dep["id"]) for t in task_ids]
        audit.record_many(reg, entries, operation="撤销合并科室")


@dataclass
class PeopleImport:
    """What an import of a people list did — enough to count it and to undo it."""

    departments_added: list[int] = field(default_factory=list)
    people_added: list[int] = field(default_factory=list)
    people_changed: dict[int, dict] = field(default_factory=dict)  # id → old values

    def counts(self) -> tuple[int, int, int]:
        return len(self.departments_added), len(self.people_added), len(self.people_changed)


def import_people(reg: Register, rows: list[dict]) -> PeopleImport:
    """Add or update people from a directory list (keys 科室/姓名/职务/电话/是否领导 mapped to
    ``department``, ``name``, ``title``, ``phone``, ``is_leader``); unknown departments are
    created. One transaction."""
    result = PeopleImport()
    with reg.atomic():
        for number, row in enumerate(rows, start=1):
            name = normalise_name(row.get("name", ""))
            if not name:
                raise ValidationError(f"第 {number} 行没有姓名。")
            dep_id = None
            dep_name = normalise_name(row.get("department", ""))
            if dep_name:
                dep_id = department_id(reg, dep_name)
                if dep_id is None:
                    dep_id = add_department(reg, dep_name)
                    result.departments_added.append(dep_id)
            existing = reg.scalar(
                "SELECT id FROM people WHERE name = ? AND department_id IS ? ORDER BY id LIMIT 1", (name, dep_id)
            )
            values = {
                "title": (row.get("title") or "").strip(),
                "phone": (row.get("phone") or "").strip(),
                "is_leader": int(bool(row.get("is_leader"))),
            }
            if existing is None:
                result.people_added.append(
                    add_person(reg, name, dep_id, values["title"], values["phone"], bool(values["is_leader"])))
            else:
                changes = {k: v for k, v in values.items() if v or k == "is_leader"}
                diff = audit.update_fields(reg, "people", existing, changes, operation="导入人员")
                if diff:
                    old = result.people_changed.setdefault(existing, {})
                    for key, (before, _after) in diff.items():
                        old.setdefault(key, before)
    return result


def undo_people_import(reg: Register, done: PeopleImport) -> None:
    """Take an import back: its new people and departments go, changed people get their old
    values (one audited transaction). Tasks given to a new person in between lose that owner."""
    with reg.atomic():
        for person_id, old in done.people_changed.items():
            audit.update_fields(reg, "people", person_id, old, operation="撤销导入人员")
        for person_id in reversed(done.people_added):
            delete_person(reg, person_id, operation="撤销导入人员")
        for dep_id in reversed(done.departments_added):
            delete_department(reg, dep_id)


def department_task_counts(reg: Register) -> dict[int, int]:
    """Live tasks per department (as lead or co-operating)."""
    return dict(reg.execute(
        "SELECT td.department_id, count(*) FROM task_departments td JOIN tasks t ON t.id = td.task_id "
        "WHERE t.deleted_at IS NULL GROUP BY td.department_id"
    ).fetchall())
