"""The audit log (留痕): every change to the register, who made it and when."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.storage.changes import from_audit
from desktop_app.storage.db import Register


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def record(
    reg: Register,
    entity: str,
    entity_id: int | None,
    field: str = "",
    old: Any = None,
    new: Any = None,
    *,
    operation: str = "",
) -> None:
    reg.execute(
        "INSERT INTO audit (at, actor, operation, entity, entity_id, field, old, new) "
        "VALUES (app_now(1), ?, ?, ?, ?, ?, ?, ?)",
        (reg.actor, operation, entity, entity_id, field, _text(old), _text(new)),
    )
    reg.note(from_audit([(entity, entity_id, field, old, new)]))


def record_many(reg: Register, rows: list[tuple], *, operation: str = "") -> None:
    """rows: (entity, entity_id, field, old, new)."""
    reg.conn.executemany(
        "INSERT INTO audit (at, actor, operation, entity, entity_id, field, old, new) "
        "VALUES (app_now(1), ?, ?, ?, ?, ?, ?, ?)",
        [(reg.actor, operation, e, i, f, _text(o), _text(n)) for e, i, f, o, n in rows],
    )
    reg.note(from_audit(rows))


def update_fields(
    reg: Register,
    table: str,
    row_id: int,
    changes: dict[str, Any],
    *,
    entity: str | None = None,
    operation: str = "",
) -> dict[str, tuple[Any, Any]]:
    """Update ``changes`` on one row, writing an audit row per changed field.

    Returns ``{field: (old, new)}`` of what actually changed.
    """
    if not changes:
        return {}
    cols = list(changes)
    # Read and write in one transaction: nobody can change the row in between.
    with reg.atomic():
        row = reg.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise KeyError(f"{table} {row_id}")
        diff = {c: (old, changes[c]) for c, old in zip(cols, row, strict=True) if old != changes[c]}
        if not diff:
            return {}
        assignments = ", ".join(f"{c} = ?" for c in diff)
        reg.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?",
            [*(new for _, new in diff.values()), row_id],
        )
        record_many(
            reg,
            [(entity or table, row_id, c, old, new) for c, (old, new) in diff.items()],
            operation=operation,
        )
    return diff


def history(reg: Register, entity: str, entity_id: int, limit: int = 500) -> list[dict]:
    return reg.query(
        "SELECT at, actor, operation, field, old, new FROM audit "
        "WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?",
        (entity, entity_id, limit),
    )
