"""Register-wide settings (thresholds, organisation name...), stored as JSON in the file.

Every key is declared once in :data:`DECLARED` (a :class:`Setting`: Chinese label,
default — whose type is the setting's type —, range or choices, and the page of
工具 ▸ 设置 that shows it); :data:`DEFAULTS` and :data:`RANGES` are read from there. Per-user window state lives in QSettings (``desktop_app.ui``).
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from typing import Any, NamedTuple

from desktop_app.storage import audit
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError

NOTICE_TEMPLATE = (
    "根据{依据}和督查督办工作要求，经督查，由你科室牵头负责的以下{项数}项工作任务未按要求完成：\n"
    "{任务清单}\n"
    "现将上述事项转你科室办理，请于{回复日期}前将办理结果报送局办公室。"
)

WEEKDAYS = {1: "星期一", 2: "星期二", 3: "星期三", 4: "星期四", 5: "星期五", 6: "星期六", 7: "星期日"}


class Setting(NamedTuple):  # a frozen value, defined without compiling methods at start-up
    """One register setting: its Chinese label, default (whose type is the setting's
    type), the range of a whole number, the choices of a pick-list, and the page of
    工具 ▸ 设置 that shows it ("" for bookkeeping the user never edits)."""

    key: str
    label: str
    default: Any
    page: str = ""
    low: int | None = None
    high: int | None = None
    suffix: str = ""
    choices: dict[int, str] | None = None
    about: str = ""
    multiline: bool = False

    @property
    def kind(self) -> str:
        if isinstance(self.default, bool):
            return "bool"
        return {int: "int", str: "str"}.get(type(self.default), "json")


# The pages of 工具 ▸ 设置, in order.
PAGES = ("单位与签署", "亮灯规则", "填报与督办", "督办通知单", "备份")

DECLARED: dict[str, Setting] = {}


def _declare(key: str, label: str, default: Any, page: str = "", **more: Any) -> None:
    DECLARED[key] = Setting(key, label, default, page, **more)


_declare("organisation", "单位名称", "", "单位与签署", about="报表标题、通知单和填报表上的单位名称")
_declare("report.preparer", "制表人", "", "单位与签署", about="打印的报表下方“制表人”一栏")
_declare("report.reviewer", "审核人", "", "单位与签署", about="打印的报表下方“审核人”一栏")
_declare("light.lag_red_points", "落后序时进度达到（红灯）", 30, "亮灯规则", low=1, high=100, suffix="个百分点")
_declare("light.lag_yellow_points", "落后序时进度达到（黄灯）", 10, "亮灯规则", low=1, high=100, suffix="个百分点")
_declare("light.due_soon_working_days", "距完成时限不足（临期，黄灯）", 5, "亮灯规则", low=0, high=60,
         suffix="个工作日")
_declare("light.stale_yellow_weeks", "长期/每周任务连续未报送（黄灯）", 2, "亮灯规则", low=1, high=52, suffix="周")
_declare("light.stale_red_weeks", "长期/每周任务连续未报送（红灯）", 4, "亮灯规则", low=1, high=52, suffix="周")
_declare("startup.show_summary", "打开台账时提示新变红、变黄的任务", True, "亮灯规则")
_declare("forms.return_weekday", "填报表报送时限（每周）", 5, "填报与督办", low=1, high=7, choices=WEEKDAYS,
         about="生成填报表时默认的报送截止日：此日或其后第一个工作日")
_declare("supervision.reply_working_days", "督办回复期限", 5, "填报与督办", low=1, high=60, suffix="个工作日")
_declare("notice.organ", "发文机关标志", "", "督办通知单", about="留空则用单位名称")
_declare("notice.prefix", "机关代字", "督办", "督办通知单", about="发文字号中的代字，如 督办〔2026〕12号")
_declare("notice.signature", "落款", "局办公室（督查室）", "督办通知单")
_declare("notice.template", "正文模板", NOTICE_TEMPLATE, "督办通知单", multiline=True)
_declare("backup.folder", "备份文件夹", "", "备份", about="留空则为台账旁的“备份”文件夹")
_declare("backup.keep", "保留备份份数", 30, "备份", low=1, high=1000, suffix="份")
# Bookkeeping: the red/yellow task ids seen at the last opening (start-up summary).
_declare("startup.last_lights", "上次打开时的红黄灯", {})

DEFAULTS: dict[str, Any] = {key: s.default for key, s in DECLARED.items()}

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
    key: (s.label, s.low, s.high) for key, s in DECLARED.items() if s.low is not None and s.high is not None
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
    "organisation": _check_short("单位名称", 60),
    "report.preparer": _check_short("制表人", 20),
    "report.reviewer": _check_short("审核人", 20),
    "backup.folder": _check_short("备份文件夹", 500),
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


def check_value(key: str, value: Any) -> None:
    """Type, range and rule of one value; a Chinese message when it is refused."""
    if key not in DECLARED:
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


# Pairs whose first (yellow) must stay below the second (red), or a colour is skipped.
ORDERED_PAIRS = [
    ("light.lag_yellow_points", "light.lag_red_points", "黄灯的落后点数应小于红灯的落后点数。"),
    ("light.stale_yellow_weeks", "light.stale_red_weeks", "黄灯的未报送周数应小于红灯的未报送周数。"),
]


def _check_together(reg: Register, values: dict[str, Any]) -> None:
    for low_key, high_key, message in ORDERED_PAIRS:
        if low_key in values or high_key in values:
            low = values[low_key] if low_key in values else get(reg, low_key)
            high = values[high_key] if high_key in values else get(reg, high_key)
            if low >= high:
                raise ValidationError(message)


def set_value(reg: Register, key: str, value: Any) -> Changes:
    return set_values(reg, {key: value})


def set_values(reg: Register, values: dict[str, Any]) -> Changes:
    """Several settings in one transaction: all are checked and saved, or none is."""
    for key, value in values.items():
        check_value(key, value)
    with reg.atomic():
        _check_together(reg, values)
        changed: set[str] = set()
        for key, value in values.items():
            old = get(reg, key)
            reg.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
            if old != value:
                changed.add(key)
                audit.record(reg, "settings", None, key, old, value, operation="设置")
    return Changes(settings=bool(changed), setting_keys=frozenset(changed))


def parse_text(key: str, text: str) -> Any:
    """A value typed on the command line, as the setting's type; Chinese message if not."""
    setting = DECLARED.get(key)
    if setting is None:
        raise ValidationError(f"没有设置项“{key}”。可用：" + "、".join(k for k, s in DECLARED.items() if s.page) + "。")
    if not setting.page:
        raise ValidationError(f"“{key}”由程序自己记录，不能修改。")
    label = setting.label
    if setting.kind == "bool":
        lowered = text.strip().lower()
        if lowered in ("是", "开", "true", "yes", "1", "on"):
            return True
        if lowered in ("否", "关", "false", "no", "0", "off"):
            return False
        raise ValidationError(f"{label}应为“是”或“否”，“{text}”不认识。")
    if setting.kind == "int":
        cleaned = text.strip()
        if setting.choices:
            for number, name in setting.choices.items():
                if cleaned in (name, name.replace("星期", "周")):
                    return number
        try:
            return int(cleaned)
        except ValueError:
            raise ValidationError(f"{label}应为整数，“{text}”不是整数。") from None
    return text


def show_value(key: str, value: Any) -> str:
    """A value as a clerk reads it."""
    setting = DECLARED[key]
    if setting.kind == "bool":
        return "是" if value else "否"
    if setting.choices and value in setting.choices:
        return setting.choices[value]
    if setting.kind == "int":
        return f"{value}{(' ' + setting.suffix) if setting.suffix else ''}"
    if setting.kind == "json":
        return json.dumps(value, ensure_ascii=False)
    return value.replace("\n", "⏎") if value else "（空）"


def all_values(reg: Register) -> dict[str, Any]:
    return {k: get(reg, k) for k in DEFAULTS}
