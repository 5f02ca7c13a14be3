"""Register-wide settings (thresholds, organisation name...), stored as JSON in the file.

Every key is declared once in :data:`DEFAULTS` with its default; its type is the
default's type. Per-user window state lives in QSettings (``desktop_app.ui``).
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from typing import Any

from desktop_app.storage import audit
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError

DEFAULTS: dict[str, Any] = {
    "organisation": "",
    "light.lag_red_points": 30,
    "light.lag_yellow_points": 10,
    "light.due_soon_working_days": 5,
    "light.stale_yellow_weeks": 2,
    "light.stale_red_weeks": 4,
    "report.preparer": "",
    "report.reviewer": "",
    "supervision.reply_working_days": 5,
    # Start-up summary: show the dialog, and the red/yellow task ids seen at the last opening.
    "startup.show_summary": True,
    "startup.last_lights": {},
    "backup.keep": 30,
    "backup.folder": "",
    # 督办通知单 as a 公文: 发文机关标志 (empty: the organisation), the 机关代字 of the
    # 发文字号 (督办〔2026〕12号), the signature (落款) and the body with its fields.
    "notice.organ": "",
    "notice.prefix": "督办",
    "notice.signature": "局办公室（督查室）",
    "notice.template": (
        "根据{依据}和督查督办工作要求，经督查，由你科室牵头负责的以下{项数}项工作任务未按要求完成：\n"
        "{任务清单}\n"
        "现将上述事项转你科室办理，请于{回复日期}前将办理结果报送局办公室。"
    ),
}

# The fields a notice template may use; {任务清单} stands on a line of its own.
NOTICE_FIELDS = {
    "依据": "所依据的工作要点，如《示范县教育局2026年工作要点》",
    "科室": "主送科室",
    "项数": "通知单列出的任务项数",
    "任务清单": "逾期或滞后的任务，每项一段（须单独占一行）",
    "回复日期": "报送办理结果的期限，如11月25日",
}


# Whole-number settings and the range a user may give them (label, lowest, highest).
RANGES: dict[str, tuple[str, int, int]] = {
    "light.lag_red_points": ("红灯滞后百分点", 1, 100),
    "light.lag_yellow_points": ("黄灯滞后百分点", 1, 100),
    "light.due_soon_working_days": ("临期工作日", 0, 60),
    "light.stale_yellow_weeks": ("未报送黄灯周数", 1, 52),
    "light.stale_red_weeks": ("未报送红灯周数", 1, 52),
    "supervision.reply_working_days": ("督办回复工作日", 1, 60),
    "backup.keep": ("保留备份份数", 1, 1000),
}


def check_notice_template(text: str) -> None:
    """A notice body must name known fields, list the tasks on a line of its own and ask
    for the reply date; a clear Chinese message otherwise."""
    if not text.strip():
        raise ValidationError("督办通知单正文模板不能为空。")
    if len(text) > 3000:
        raise ValidationError("督办通知单正文模板太长（最多 3000 字）。")
    names = []
    try:
        for _literal, name, spec, conversion in string.Formatter().parse(text):
            if name is None:
                continue
            if spec or conversion or name not in NOTICE_FIELDS:
                raise ValidationError(
                    f"督办通知单正文模板中的“{{{name}}}”不认识，可用：" + "、".join(f"{{{n}}}" for n in NOTICE_FIELDS) + "。"
                )
            names.append(name)
    except ValueError:
        raise ValidationError("督办通知单正文模板中的花括号不成对；字段写作 {回复日期}，其余文字不要用花括号。") from None
    if names.count("任务清单") != 1 or "{任务清单}" not in [line.strip() for line in text.split("\n")]:
        raise ValidationError("督办通知单正文模板须有且只有一行单独写 {任务清单}。")
    if "回复日期" not in names:
        raise ValidationError("督办通知单正文模板须写明报送期限 {回复日期}。")


def _check_prefix(text: str) -> None:
    if not text.strip() or len(text) > 12 or any(ch in text for ch in "〔〕[]()（）{}\n"):
        raise ValidationError("发文字号的机关代字应为 1 到 12 个字，不含括号，如“督办”或“X教督”。")


def _check_short(label: str, limit: int, *, required: bool = False) -> Callable[[str], None]:
    def check(text: str) -> None:
        if required and not text.strip():
            raise ValidationError(f"{label}不能为空。")
        if len(text) > limit or "\n" in text:
            raise ValidationError(f"{label}应在一行之内，不超过 {limit} 个字。")

    return check


# Text settings with a rule of their own.
VALIDATORS: dict[str, Callable[[str], None]] = {
    "notice.template": check_notice_template,
    "notice.prefix": _check_prefix,
    "notice.organ": _check_short("发文机关标志", 40),
    "notice.signature": _check_short("落款", 40, required=True),
}


def get(reg: Register, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    raw = reg.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    if raw is None:
        return DEFAULTS[key]
    return json.loads(raw)


def set_value(reg: Register, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    default = DEFAULTS[key]
    if not isinstance(value, type(default)) or isinstance(value, bool) != isinstance(default, bool):
        raise TypeError(f"{key}: expected {type(default).__name__}")
    if key in RANGES:
        label, low, high = RANGES[key]
        if not low <= value <= high:
            raise ValidationError(f"{label}应在 {low} 到 {high} 之间，“{value}”超出范围。")
    if key in VALIDATORS:
        VALIDATORS[key](value)
    with reg.atomic():
        old = get(reg, key)
        reg.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )
        if old != value:
            audit.record(reg, "settings", None, key, old, value, operation="设置")


def set_values(reg: Register, values: dict[str, Any]) -> Changes:
    """Several settings in one transaction: all are checked and saved, or none is."""
    with reg.atomic():
        before = {key: get(reg, key) for key in values}
        for key, value in values.items():
            set_value(reg, key, value)
    return Changes(settings=any(before[k] != v for k, v in values.items()))


def all_values(reg: Register) -> dict[str, Any]:
    return {k: get(reg, k) for k in DEFAULTS}
