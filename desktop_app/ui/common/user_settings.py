"""Every per-user setting (kept by Qt in the user's profile), declared once with its type
and default.

These belong to the person at this computer — window layout, column widths, the last
folder used, the interface language. What belongs to the register itself (thresholds,
the organisation's name, 制表人, backups) is declared in ``desktop_app/storage/settings.py``
and travels with the file.

Use: ``user_settings.get(RECENT_FILES)`` / ``user_settings.put(RECENT_FILES, paths)``; a
key with a placeholder takes its value as a keyword: ``get(REPORT_COLUMNS, kind="weekly")``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings


class UserOption(NamedTuple):  # a frozen value, defined without compiling methods at start-up
    """One per-user setting kept in QSettings: its key, kind, default and purpose."""

    key: str        # may hold {placeholders}
    kind: str       # "str" | "bytes" | "list" | "json"
    default: Any
    about: str      # what it keeps, for whoever reads the profile

    def name(self, **parts: str) -> str:
        return self.key.format(**parts)


OPTIONS: dict[str, UserOption] = {}


def _option(key: str, kind: str, default: Any, about: str) -> UserOption:
    option = UserOption(key, kind, default, about)
    OPTIONS[key] = option
    return option


LANGUAGE = _option("ui/language", "str", "zh_CN", "界面语言（zh_CN 中文，en 英文）")
RECENT_FILES = _option("recent_files", "list", [], "最近打开的台账")
WINDOW_GEOMETRY = _option("main_window/geometry", "bytes", None, "主窗口位置和大小")
WINDOW_STATE = _option("main_window/state", "bytes", None, "工具栏等的位置")
TASK_SPLITTER = _option("main_window/task_splitter", "bytes", None, "任务树与详情面板的分隔")
TREE_HEADER = _option("main_window/tree_header", "bytes", None, "任务树的列宽、顺序和隐藏的列")
WEEK_HEADER = _option("week_view/header", "bytes", None, "本周进展的列宽和顺序")
REPORT_LAST_KIND = _option("reports/last_kind", "str", "weekly", "报表对话框上次选的报表")
REPORT_LAST_FOLDER = _option("reports/last_folder", "str", str(Path.home()), "上次导出报表的文件夹")
REPORT_CHOICES = _option("reports/{kind}/choices", "json", {}, "各报表上次的参数")
REPORT_COLUMNS = _option("reports/{kind}/columns", "json", None, "各报表打印的列")
REPORT_WIDTHS = _option("reports/{kind}/widths", "json", {}, "各报表的列宽比例")
FORMS_EXPORT_DIR = _option("forms/export_dir", "str", str(Path.home() / "Documents" / "填报表"),
                           "上次生成填报表的文件夹")
IMPORT_LAST_DIR = _option("import/last_dir", "str", str(Path.home()), "上次导入工作要点的文件夹")
FORMS_IMPORT_DIR = _option("forms/import_dir", "str", "", "上次导入填报表的文件夹")


def get(option: UserOption, **parts: str) -> Any:
    raw = QSettings().value(option.name(**parts))
    if raw is None or raw == "":
        return option.default
    if option.kind == "list":
        return [str(v) for v in ([raw] if isinstance(raw, str) else raw)]
    if option.kind == "json":
        try:
            return json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            return option.default
    if option.kind == "bytes":
        return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    return str(raw)


def put(option: UserOption, value: Any, **parts: str) -> None:
    if option.kind == "json":
        value = json.dumps(value, ensure_ascii=False)
    QSettings().setValue(option.name(**parts), value)


def forget(option: UserOption, **parts: str) -> None:
    QSettings().remove(option.name(**parts))
