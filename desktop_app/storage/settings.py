"""Register-wide settings (thresholds, organisation name...), stored as JSON in the file.

Every key is declared once in :data:`DEFAULTS` with its default; its type is the
default's type. Per-user window state lives in QSettings (``desktop_app.ui``).
"""

from __future__ import annotations

import json
from typing import Any

from desktop_app.storage import audit
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
    with reg.atomic():
        old = get(reg, key)
        reg.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False)),
        )
        if old != value:
            audit.record(reg, "settings", None, key, old, value, operation="设置")


def all_values(reg: Register) -> dict[str, Any]:
    return {k: get(reg, k) for k in DEFAULTS}
