"""What department forms (填报表) need from the register: its identity, and the rows to send.

A form carries the register id so that a return can be refused when it was sent out
by another register (a colleague's copy, last year's file).
"""

from __future__ import annotations

import json
import secrets
import uuid

from desktop_app.domain.numbering import derive_numbers
from desktop_app.storage import audit
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError

REGISTER_ID_KEY = "register.id"
FORMS_KEY = "forms.key"  # the secret the forms' row checksums are keyed with

_FORM_TASKS_SQL = """
SELECT t.id, t.plan_id, t.title, t.deadline, t.deadline_text, t.deadline_kind, t.start_date,
       td.department_id, td.role, o.name AS owner_name
FROM tasks t
JOIN task_departments td ON td.task_id = t.id
LEFT JOIN people o ON o.id = t.owner_id
WHERE t.deleted_at IS NULL AND t.status = 'active'
  AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted_at IS NULL)
  AND td.department_id IN (SELECT value FROM json_each(:departments))
  AND (td.role = 'lead' OR :include_co)
  AND (:plan_id IS NULL OR t.plan_id = :plan_id)
"""


def register_id(reg: Register) -> str:
    """The register's stable id, created (and audited) the first time it is asked for."""
    existing = existing_register_id(reg)
    if existing is not None:
        return existing
    if reg.readonly:
        raise StorageError("台账以只读方式打开，无法生成填报表。")
    new_id = str(uuid.uuid4())
    with reg.atomic():
        reg.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)", (REGISTER_ID_KEY, json.dumps(new_id))
        )
        audit.record(reg, "settings", None, REGISTER_ID_KEY, None, new_id, operation="生成台账标识")
    return new_id


def existing_forms_key(reg: Register) -> bytes | None:
    """The register's secret for signing form rows, if it has one (reading must not write)."""
    raw = reg.scalar("SELECT value FROM settings WHERE key = ?", (FORMS_KEY,))
    return None if raw is None else bytes.fromhex(str(json.loads(raw)))


def forms_key(reg: Register) -> bytes:
    """The register's secret for signing form rows, generated (and audited, without its value)
    the first time a form is exported. It never leaves the register."""
    existing = existing_forms_key(reg)
    if existing is not None:
        return existing
    if reg.readonly:
        raise StorageError("台账以只读方式打开，且尚未生成过填报表，无法生成填报表（请以可写方式打开一次）。")
    key = secrets.token_bytes(32)
    with reg.atomic():
        reg.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                    (FORMS_KEY, json.dumps(key.hex())))
        audit.record(reg, "settings", None, FORMS_KEY, None, "（已生成）", operation="生成填报表密钥")
    return existing_forms_key(reg) or key


def forms_ready(reg: Register) -> bool:
    """Whether forms can be exported without writing to the register first."""
    return existing_register_id(reg) is not None and existing_forms_key(reg) is not None


def _numbers(reg: Register, plan_ids: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for plan_id in plan_ids:
        skeleton = reg.execute(
            "SELECT id, parent_id, position FROM tasks WHERE plan_id = ? AND deleted_at IS NULL",
            (plan_id,),
        )
        out.update(derive_numbers(tuple(r) for r in skeleton))
    return out


def form_tasks(
    reg: Register,
    department_ids: list[int],
    *,
    include_co: bool = False,
    plan_id: int | None = None,
) -> dict[int, list[dict]]:
    """Open leaf tasks per department (lead rows first, then co-operating), in plan order.

    Each row has the task's fields, ``number`` (编号), ``role`` ('lead'/'co') and ``owner_name``.
    """
    rows = reg.query(
        _FORM_TASKS_SQL,
        {"departments": json.dumps(department_ids), "include_co": int(include_co), "plan_id": plan_id},
    )
    numbers = _numbers(reg, {r["plan_id"] for r in rows})
    for r in rows:
        r["number"] = numbers.get(r["id"], "")
    rows.sort(key=lambda r: (
        r["role"] != "lead", r["plan_id"], [int(p) for p in r["number"].split(".") if p], r["id"],
    ))
    out: dict[int, list[dict]] = {d: [] for d in department_ids}
    for r in rows:
        out[r["department_id"]].append(r)
    return out


def existing_register_id(reg: Register) -> str | None:
    """The register's id if it was ever given one (reading a return must not write)."""
    raw = reg.scalar("SELECT value FROM settings WHERE key = ?", (REGISTER_ID_KEY,))
    return None if raw is None else str(json.loads(raw))


def departments_with_open_tasks(reg: Register) -> list[str]:
    """Active departments that lead at least one open leaf task: the ones a form goes to."""
    return [r[0] for r in reg.execute(
        "SELECT d.name FROM departments d WHERE d.active = 1 AND EXISTS ("
        " SELECT 1 FROM task_departments td JOIN tasks t ON t.id = td.task_id"
        " WHERE td.department_id = d.id AND td.role = 'lead'"
        " AND t.deleted_at IS NULL AND t.status = 'active'"
        " AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted_at IS NULL))"
        " ORDER BY d.position, d.id"
    )]
