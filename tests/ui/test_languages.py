"""The interface in each language holds no text of the other: every window of the program
(``lang_walk``: the windows of the size walk and the welcome page, the start-up summary and
the open prompts; titles, labels, buttons, tool tips, group boxes, tabs, combo box items,
placeholders, spin box units, list items, item views' headers, every wizard page, and the
main window's menus, tool bars and status bar), walked in English and in Chinese, one child
process per language. A second test says no ``tr()`` source of the interface is Chinese, a third
that no Chinese text reaches a window of the converted rooms without ``tr()``."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.lang_walk import CJK, PRODUCT, foreign

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop_app" / "ui"
# Windows every run must have walked (unless still pending translation).
MUST_SEE = {
    "main_tasks", "main_week", "main_overview", "main_welcome", "settings_unit", "settings_lights",
    "settings_forms", "settings_notice", "settings_backup", "settings_interface", "bulk_assign",
    "directory", "recycle_bin", "backups", "plans", "new_year", "error", "open_locked",
    "open_damaged", "startup_summary", "report_weekly", "report_notices", "forms_export",
    "forms_import", "notice_settings", "summary", "supervision", "extension", "finish_date",
    "holidays", "import_wizard",
}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_string_of_the_other_language(tmp_path: Path, language: str):
    env = dict(os.environ, FIT_LANGUAGE=language, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    proc = subprocess.run([sys.executable, "-m", "tests.ui.lang_walk"], env=env, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    seen = next(line["seen"] for line in lines if "seen" in line)
    assert set(seen) == MUST_SEE
    for name, kinds in seen.items():
        assert sum(kinds.values()) >= 3, (name, kinds)
    assert {"menu", "toolbar", "tab", "header", "tooltip"} <= set(seen["main_tasks"])
    assert {"subtitle", "header"} <= set(seen["new_year"]) and seen["new_year"]["title"] >= 4
    found = [line for line in lines if "seen" not in line]
    assert found == [], "\n".join(f"{f['where']}: {f['text']}" for f in found)


def test_the_walk_would_see_a_foreign_string():
    assert foreign("周报(&W)", "en") and not foreign("&Week", "en")
    assert foreign("Add task", "zh_CN") and not foreign("搜索（Ctrl+F）", "zh_CN")
    assert not foreign("关于督办台账", "zh_CN") and not foreign("About 督办台账", "en")
    # Data, paths and template fields are not words of the interface.
    data = ["示范县教育局2026年工作要点"]
    assert not foreign("Current plan: 示范县教育局2026年工作要点", "en", data)
    assert foreign("原计划：示范县教育局2026年工作要点", "en", data)
    assert not foreign("备份位置：/tmp/abc/备份", "zh_CN") and not foreign("Folder: /tmp/备份", "en")
    assert not foreign("Fields — {依据}: the plan", "en") and foreign("（缺 2027 年）", "en")


def tr_sources(path: Path) -> list[tuple[int, str]]:
    """(line, source) of every tr()/translate()/QT_TRANSLATE_NOOP() string in a module."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}.get(name)
        if index is None or len(node.args) <= index:
            continue
        arg = node.args[index]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            out.append((node.lineno, arg.value))
    return out


ROOMS = sorted(p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__")


@pytest.mark.parametrize("room", ROOMS)
def test_one_source_language(room: str):
    """Every source string of the interface is English (the product's name aside)."""
    chinese = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
               for path in sorted((UI / room).glob("*.py"))
               for line, text in tr_sources(path)
               if CJK.search(text.replace(PRODUCT, ""))]
    assert chinese == [], "\n".join(chinese)


def test_the_source_check_finds_every_kind_of_call(tmp_path: Path):
    module = tmp_path / "m.py"
    module.write_text('self.tr("新年度")\nQCoreApplication.translate("C", "计划")\n'
                      'QT_TRANSLATE_NOOP("C", "备份")\nx.tr(SOME_CONSTANT)\n', encoding="utf-8")
    assert [text for _line, text in tr_sources(module)] == ["新年度", "计划", "备份"]


# Rooms whose every Chinese literal outside tr() is accounted for below: a Chinese text handed
# to a window without tr() (a message box, a label) fails here.
LITERAL_ROOMS = ["shell", "common", "tasks", "directory"]
# Chinese literals that are no interface text, with why.
NOT_INTERFACE = {
    "shell/self_test.py": None,  # console diagnostics of --self-test, printed in Chinese
    "shell/error_dialog.py": {"Qt："},  # the log file
    "shell/error_window.py": {"\n==== 本次错误 ====\n", "督办台账日志_"},  # the saved log
    "shell/main_window.py": {"示例台账.db", "督办台账.db"},  # file names
    "common/paths.py": {"督办台账.db"},
    "common/user_settings.py": None,  # what each profile key keeps, for whoever reads the profile
    "common/words.py": None,  # patterns reading the domain's Chinese explanations back into parts
    # the keys naming columns in code, and the parser of a Chinese date typed in a cell
    "shell/new_year_wizard.py": {"编号", "工作任务", "状态", "牵头科室", "责任人", "最新进展", "进度",
                                 "原时限", "新时限", "去向", r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"},
    # storage's names of pages, units and notice fields, keys of the translated texts
    "shell/setting_texts.py": {"单位与签署", "亮灯规则", "填报与督办", "督办通知单", "备份", "个百分点",
                               "个工作日", "周", "份", "依据", "科室", "项数", "任务清单", "回复日期"},
    "shell/settings_dialog.py": {"亮灯规则", "督办通知单"},  # page keys
    "shell/translations.py": {"中文（简体）"},  # the language's name in itself
}


def chinese_literals(path: Path) -> list[tuple[int, str]]:
    """Chinese string literals of a module other than docstrings, log messages and tr() sources."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
                getattr(node.func.value, "id", "") in ("log", "logging")
                or node.func.attr in ("tr", "translate", "QT_TRANSLATE_NOOP")):
            skip.update(id(n) for arg in node.args for n in ast.walk(arg))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and CJK.search(node.value.replace(PRODUCT, ""))]


@pytest.mark.parametrize("room", LITERAL_ROOMS)
def test_no_chinese_text_reaches_a_window_without_tr(room: str):
    found = []
    for path in sorted((UI / room).glob("*.py")):
        name = f"{room}/{path.name}"
        if name in NOT_INTERFACE and NOT_INTERFACE[name] is None:
            continue
        allowed = NOT_INTERFACE.get(name, set())
        found += [f"{name}:{line}: {text!r}" for line, text in chinese_literals(path) if text not in allowed]
    assert found == [], "\n".join(found)


def test_the_literal_check_sees_a_message_box_text(tmp_path: Path):
    module = tmp_path / "m.py"
    module.write_text('"""台账."""\ndef f(self):\n    """说明."""\n    log.info("手动备份：%s", 1)\n'
                      '    self.tr("新年度")\n    QMessageBox.warning(self, APP_NAME, "保存失败")\n',
                      encoding="utf-8")
    assert [text for _line, text in chinese_literals(module)] == ["保存失败"]
