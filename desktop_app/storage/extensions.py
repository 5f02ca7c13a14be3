"""延期申请: moving a task's deadline, with a reason and an approver, before it passes.

The task's ``deadline`` always holds the current deadline (the lights use it); every
extension keeps the deadline it replaced, so the original deadline — the one the
statistics count against — is the ``old_deadline`` of the task's first extension.
After the deadline has passed only the office's override (特批) may still extend it,
and the audit log says so.
"""

from __future__ import annotations

from datetime import date

from desktop_app.domain.lights import short_date
from desktop_app.storage import audit, tasks
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError


def request_extension(
    reg: Register,
    task_id: int,
    new_deadline: date,
    reason: str,
    approver: str,
    *,
    today: date,
    override: bool = False,
) -> int:
    """Record an approved extension and move the deadline; returns the extension's id.

    Raises :class:`ValidationError` (nothing changed) when the reason or approver is
    missing, the new deadline is not later, or the deadline has passed without override.
    """
    reason, approver = (reason or "").strip(), (approver or "").strip()
    row = reg.execute(
        "SELECT deadline, status, deleted_at FROM tasks WHERE id = ?", (task_id,)
    ).fetchone()
    if row is None or row[2] is not None:
        raise ValidationError("任务不存在或已删除，无法申请延期。")
    current, status = row[0], row[1]
    if status in ("finished", "cancelled"):
        word = "已完成" if status == "finished" else "已取消"
        raise ValidationError(f"任务{word}，无需申请延期。")
    if current is None:
        raise ValidationError("该任务尚无确定的完成时限，请直接设定完成时限，无需申请延期。")
    if not reason:
        raise ValidationError("请填写延期理由。")
    if not approver:
        raise ValidationError("请填写批准人。")
    old = date.fromisoformat(current)
    if new_deadline <= old:
        raise ValidationError(
            f"新的完成时限（{short_date(new_deadline, today)}）应晚于当前时限"
            f"（{short_date(old, today)}）。"
        )
    if today > old and not override:
        raise ValidationError(
            f"完成时限（{short_date(old, today)}）已过，不能再申请延期；"
            "确需延期的，请由办公室以特批方式办理。"
        )
    operation = "特批延期" if override else "延期"
    with reg.atomic():
        ext_id = int(
            reg.execute(
                "INSERT INTO extensions (task_id, old_deadline, new_deadline, reason, approver, override,"
                " requested_at) VALUES (?, ?, ?, ?, ?, ?, app_now())",
                (task_id, current, new_deadline.isoformat(), reason, approver, int(override)),
            ).lastrowid
        )
        audit.record(
            reg,
            "extensions",
            ext_id,
            "",
            None,
            {"task_id": task_id, "old": current, "new": new_deadline.isoformat(),
             "reason": reason, "approver": approver, "override": override},
            operation=operation,
        )
        tasks.update_task(reg, task_id, operation=operation, deadline=new_deadline.isoformat())
    return ext_id


def extensions_for(reg: Register, task_id: int) -> list[dict]:
    """Every extension of a task, oldest first."""
    return reg.query(
        "SELECT * FROM extensions WHERE task_id = ? ORDER BY id", (task_id,)
    )


def original_deadline(reg: Register, task_id: int) -> date | None:
    """The deadline before any extension (the current one if never extended)."""
    value = reg.scalar(
        "SELECT coalesce((SELECT old_deadline FROM extensions WHERE task_id = t.id"
        " ORDER BY id LIMIT 1), t.deadline) FROM tasks t WHERE t.id = ?",
        (task_id,),
    )
    return None if value is None else date.fromisoformat(value)


def original_deadlines(reg: Register) -> dict[int, date]:
    """Task id → original deadline, for every task that was ever extended (statistics)."""
    rows = reg.execute("SELECT task_id, old_deadline FROM extensions ORDER BY id DESC").fetchall()
    return {tid: date.fromisoformat(old) for tid, old in rows if old is not None}
