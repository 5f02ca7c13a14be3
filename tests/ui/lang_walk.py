"""Walks the main window (menus with every entry, tabs, tool bar, status bar, each page's
tab) and the dialogs whose strings are translated, in one interface language, and prints
one JSON line per text of the other language. Run by ``test_languages`` in a child
process per language: ``FIT_LANGUAGE=en python -m tests.ui.lang_walk``.

Data (task titles, department names) is Chinese in both languages and is not looked at.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3001-\u3011]")
# In Chinese, English words other than these names and keys are a missed translation.
ALLOWED_LATIN = re.compile(
    r"Ctrl|Shift|Alt|Tab|Del|Ins|Enter|Excel|Word|WPS|PDF|English|[A-Z]\b|F\d+|xlsx|docx|txt|csv")
# {依据}: a field of the Chinese notice template, written as the template spells it.
TEMPLATE_FIELD = re.compile(r"\{[^{}\s]+\}")
PRODUCT = "督办台账"
# Windows of fit_walk.windows() whose strings are still Chinese in the source: not walked yet.
PENDING = {
    "settings_unit", "settings_lights", "settings_forms", "settings_notice", "settings_backup",
    "supervision", "extension", "finish_date", "holidays", "backups", "plans", "new_year", "error",
}


def foreign(text: str, language: str) -> bool:
    text = TEMPLATE_FIELD.sub("", text.replace("&", ""))
    if language == "en":
        return bool(CJK.search(text.replace(PRODUCT, "")))
    rest = ALLOWED_LATIN.sub("", text)
    return bool(re.search(r"[A-Za-z]{3,}", rest))


def menu_texts(menu, path: str = "") -> list[tuple[str, str]]:
    out = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        where = f"{path} ▸ {action.text()}"
        if action.menu() is not None:
            if action.objectName() != "menu_recent" and "recent" not in (action.menu().objectName() or ""):
                out.append((where, action.text()))
                out.extend(menu_texts(action.menu(), where))
            continue
        out.append((where, action.text()))
    return out


def walk(language: str) -> list[dict]:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop_app.ui.shell import translations
    from tests.ui.fit_walk import windows

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("lang-walk")
    translations.install(app, language)
    found: list[dict] = []

    def check(where: str, text: str) -> None:
        if text and foreign(text, language):
            found.append({"where": where, "text": text})

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        for name, opener in windows(Path(tmp)):
            if name in PENDING:
                continue
            widget = opener()
            if isinstance(widget, QDialog):
                widget.show()
            for _ in range(3):
                app.processEvents()
            if name.startswith("main_"):
                window = widget
                for action in window.menuBar().actions():
                    check(f"menu {action.text()}", action.text())
                    for where, text in menu_texts(action.menu(), action.text()):
                        check(f"menu {where}", text)
                for i in range(window.pages.count()):
                    check(f"tab {i}", window.pages.tabText(i))
                for bar in window.findChildren(type(window.addToolBar("probe"))):
                    for action in bar.actions():
                        check(f"toolbar {action.objectName()}", action.text())
                check("status bar", window.statusBar().currentMessage())
                title = window.windowTitle().replace(PRODUCT, "")
                if window.reg.path is not None:
                    title = title.replace(window.reg.path.name, "")  # the file name is data
                check("window title", title)
                continue
            from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

            check(f"{name} title", widget.windowTitle())
            for child in widget.findChildren(QLabel):
                if child.isVisible():
                    check(f"{name} label", child.text())
            for child in widget.findChildren(QAbstractButton):
                if child.isVisible():
                    check(f"{name} button", child.text())
            for child in widget.findChildren(QGroupBox):
                check(f"{name} group", child.title())
            if name == "import_wizard":
                import_wizard_pages(widget, app, check)
            widget.done(0)
    return found


# A small plan to paste into the import wizard, so that the walk sees its later pages.
SMALL_PLAN = """示范县教育局2026年工作要点
一、全面加强党的建设
（一）深化理论学习。3月底前制定学习计划。（责任科室：办公室）
（二）加强基层组织建设。年底前完成支部换届。（责任科室：人事科）
"""


def import_wizard_pages(wizard, app, check) -> None:
    """The import wizard past its first page: a small plan pasted in, then Next."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    wizard.source_page.paste_edit.setPlainText(SMALL_PLAN)
    wizard.next()
    for _ in range(3):
        app.processEvents()
    page = wizard.currentPage()
    if page is not wizard.preview_page:
        raise RuntimeError("the import wizard did not reach its second page")
    where = "import_wizard page 2"
    check(f"{where} title", page.title())
    check(f"{where} subtitle", page.subTitle())
    for child in wizard.findChildren(QLabel):
        if child.isVisible():
            check(f"{where} label", child.text())
    for child in wizard.findChildren(QAbstractButton):
        if child.isVisible():
            check(f"{where} button", child.text())
    for child in page.findChildren(QGroupBox):
        check(f"{where} group", child.title())
    model = page.tree.model()
    for column in range(model.columnCount()):
        check(f"{where} header", model.headerData(column, Qt.Orientation.Horizontal))
    units = page.units
    for column in range(units.columnCount()):
        check(f"{where} units header", units.horizontalHeaderItem(column).text())


def main() -> int:
    language = os.environ.get("FIT_LANGUAGE", "zh_CN")
    for problem in walk(language):
        print(json.dumps(problem, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
