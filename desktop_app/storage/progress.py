"""Weekly progress (进展): one row per task and ISO week ("2026-W47")."""

from __future__ import annotations

import re
from typing import Any

from desktop_app.domain.weeks import week_label
from desktop_app.storage import audit, tasks
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ConflictError, ValidationError

WEEK_RE = re.compile(r"^\d{4}-W\d{2}$")
PROGRESS_FIELDS = ("done", "next", "problems", "percent")


def check_week(week: str) -> None:
    if not WEEK_RE.match(week or ""):
        raise ValidationError(f"周次“{week}”格式不正确，应为 2026-W47。")


def get_progress(reg: Register, task_id: int, week: str) -> dict | None:
    rows = reg.query("SELECT * FROM progress WHERE task_id = ? AND week = ?", (task_id, week))
    return rows[0] if rows else None


_LABELS = {"done": "本周完成情况", "next": "下周工作计划", "problems": "存在问题", "percent": "进度%"}


def _check_expected(reg: Register, task_id: int, week: str, old: dict | None,
                    expected: dict[str, Any]) -> None:
    def norm(key: str, value: Any) -> Any:
        return value if key == "percent" else (value or "")

    stale = [k for k, v in expected.items()
             if norm(k, (old or {}).get(k)) != norm(k, v)]
    if stale:
        title = reg.scalar("SELECT title FROM tasks WHERE id = ?", (task_id,)) or ""
        raise ConflictError(
            f"任务“{title}”{week_label(week)}的{'、'.join(_LABELS.get(k, k) for k in stale)}"
            "已被修改（在别的页面、别的窗口或由填报表导入），本次填写没有保存，以免覆盖。"
            "已显示最新内容，请核对后重新填写。", [task_id])


def save_progress(
    reg: Register,
    task_id: int,
    week: str,
    *,
    reporter: str = "",
    source: str = "manual",
    operation: str = "填报进展",
    expected: dict[str, Any] | None = None,
    **values: Any,
) -> bool:
    """Insert or update one week's entry; audit what changed. Returns True if anything did.

    ``expected``: the values the view started from for the fields it writes (missing
    entry = empty); if the register holds something else now, nothing is written
    (``ConflictError``). A task in the recycle bin refuses progress."""
    check_week(week)
    bad = set(values) - set(PROGRESS_FIELDS)
    if bad:
        raise KeyError(", ".join(sorted(bad)))
    pct = values.get("percent")
    if pct is not None and (not isinstance(pct, int) or not 0 <= pct <= 100):
        raise ValidationError(f"进度“{pct}”应为 0 到 100 之间的整数。")
    with reg.atomic():
        tasks.require_live(reg, [task_id])
        old = get_progress(reg, task_id, week)
        if expected is not None:
            _check_expected(reg, task_id, week, old, expected)
        if old is None or any(old[k] != v for k, v in values.items()):
            reg.note(Changes.of_progress([task_id], [week]))
        if old is None:
            row = {k: values.get(k, "" if k != "percent" else None) for k in PROGRESS_FIELDS}
            cur = reg.execute(
                "INSERT INTO progress (task_id, week, done, next, problems, percent, reporter, source, "
                "reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, app_now())",
                (task_id, week, row["done"], row["next"], row["problems"], row["percent"], reporter or reg.actor, source),
            )
            audit.record_many(
                reg,
                [("progress", int(cur.lastrowid), f"{week}.{k}", None, v) for k, v in row.items() if v not in ("", None)],
                operation=operation,
            )
            return True
        changes = {k: v for k, v in values.items() if old[k] != v}
        if not changes:
            return False
        sets = ", ".join(f"{k} = ?" for k in changes)
        reg.execute(
            f"UPDATE progress SET {sets}, reporter = ?, source = ?, "
            "reported_at = app_now() WHERE id = ?",
            [*changes.values(), reporter or reg.actor, source, old["id"]],
        )
        audit.record_many(
            reg,
            [("progress", old["id"], f"{week}.{k}", old[k], v) for k, v in changes.items()],
            operation=operation,
        )
    return True


def week_entries(reg: Register, week: str, task_ids: list[int] | None = None) -> dict[int, dict]:
    check_week(week)
    rows = reg.query("SELECT * FROM progress WHERE week = ?", (week,))
    wanted = None if task_ids is None else set(task_ids)
    return {r["task_id"]: r for r in rows if wanted is None or r["task_id"] in wanted}


def latest_entries(reg: Register, up_to_week: str) -> dict[int, dict]:
    """The newest entry of every task at or before ``up_to_week``."""
    check_week(up_to_week)
    rows = reg.query(
        "SELECT p.* FROM progress p JOIN ("
        "  SELECT task_id, max(week) AS week FROM progress WHERE week <= ? GROUP BY task_id"
        ") m ON m.task_id = p.task_id AND m.week = p.week",
        (up_to_week,),
    )
    return {r["task_id"]: r for r in rows}


def latest_for_tasks(reg: Register, task_ids: list[int], up_to_week: str) -> dict[int, dict]:
    """The newest entry at or before ``up_to_week`` of just these tasks (a screenful)."""
    check_week(up_to_week)
    out: dict[int, dict] = {}
    for start in range(0, len(task_ids), 900):
        chunk = task_ids[start : start + 900]
        rows = reg.query(
            "SELECT p.* FROM progress p WHERE p.id IN ("
            "  SELECT (SELECT g.id FROM progress g WHERE g.task_id = t.value AND g.week <= ?"
            "          ORDER BY g.week DESC LIMIT 1)"
            "  FROM json_each(?) t)",
            (up_to_week, "[" + ",".join(str(int(i)) for i in chunk) + "]"),
        )
        out.update({r["task_id"]: r for r in rows})
    return out
