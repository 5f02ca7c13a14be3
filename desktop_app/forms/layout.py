"""The shape of a department form, shared by the writer (export) and the reader (returns).

The visible sheet is located by its header texts, not by fixed positions, so a form
that a department re-saved in WPS or Excel (columns widened, rows sorted, sheet
renamed) still reads. The veryHidden sheet :data:`META_SHEET` ties the form to its
register, week and department, and every row to its task, with a checksum over what
the department must not change.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

FORMAT_NAME = "督办台账填报表"
FORMAT_VERSION = 2  # 2: rows signed with the register's own key; 1: plain SHA-256
META_SHEET = "_填报表标识"
DATA_SHEET = "进展填报"
HEADER_ROW = 4
ROW_HEADER = ("task_id", "role", "checksum", "locked", "baseline")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float
    editable: bool = False
    wrap: bool = True


COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", 5, wrap=False),
    Column("number", "编号", 8, wrap=False),
    Column("title", "工作任务", 30),
    Column("owner", "责任人", 7),
    Column("deadline", "完成时限", 10),
    Column("last_done", "上周完成情况", 22),
    Column("last_percent", "上周进度", 7, wrap=False),
    Column("done", "本周完成情况", 26, editable=True),
    Column("next", "下周工作计划", 22, editable=True),
    Column("problems", "存在问题及需协调事项", 18, editable=True),
    Column("percent", "进度%", 7, editable=True, wrap=False),
    Column("finished", "完成日期", 11, editable=True, wrap=False),
    # Wrapped, so that LibreOffice does not spill the hidden id into 完成日期.
    Column("task_ref", "任务标识", 10),
)
COLUMN_BY_KEY = {c.key: c for c in COLUMNS}
LOCKED_KEYS = ("number", "title", "owner", "deadline", "last_done", "last_percent")
EDITABLE_KEYS = tuple(c.key for c in COLUMNS if c.editable)
TEXT_KEYS = ("done", "next", "problems")
# Columns a return must still have; 序号 and 编号 may be dropped without harm.
REQUIRED_KEYS = ("title", *EDITABLE_KEYS, "task_ref")


def task_ref(task_id: int) -> str:
    """The hidden id as a text that no spreadsheet turns into a number or a date."""
    return f"T{task_id}"


def parse_task_ref(value: Any) -> int | None:
    text = str(value or "").strip()
    if text[:1] in ("T", "t") and text[1:].isdigit():
        return int(text[1:])
    return None


def row_checksum(register_id: str, week: str, department_id: int, task_id: int, role: str,
                 locked: dict[str, str], baseline: dict[str, Any], *, key: bytes | None = None,
                 version: int = FORMAT_VERSION) -> str:
    """Ties a row's locked texts and baseline to its task, department, week and register.

    From format 2 on it is an HMAC with the register's secret key (kept in the register,
    never in the form): a return can only carry valid rows if it was made from this register's
    export. Format 1 (plain SHA-256 of what the form itself holds) caught accidents only.
    """
    payload = json.dumps(
        [version, register_id, week, department_id, task_id, role, locked, baseline],
        ensure_ascii=False, sort_keys=True,
    ).encode("utf-8")
    if version >= 2:
        if not key:
            raise FormError("本台账还没有填报表密钥，无法核对填报表。")
        return hmac.new(key, payload, hashlib.sha256).hexdigest()[:32]
    return hashlib.sha256(payload).hexdigest()[:20]


def checksum_matches(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode(), str(given).encode())


class FormError(Exception):
    """A form that cannot be written or read; ``str()`` is a Chinese sentence for the user."""
