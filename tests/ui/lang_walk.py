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
    r"Ctrl|Shift|Alt|Tab|Del|Ins|Enter|Excel|Word|WPS|PDF|English|[A-Z]\b|F\d+|xlsx|docx|txt|csv|XXXX")
# {依据}: a field of the Chinese notice template, written as the template spells it.
TEMPLATE_FIELD = re.compile(r"\{[^{}\s]+\}")
PRODUCT = "督办台账"
# Windows of fit_walk.windows() whose strings are still Chinese in the source: not walked yet.
PENDING = {
    "finish_date",
}
# Pages of the main window whose own labels, buttons, boxes and headers are walked too.
PAGES = {"main_overview": lambda window: window.weekly.dashboard}
# A document number (督办〔2026〕3号) is data like a task title.
DOCUMENT_NUMBER = re.compile(r"[^\s（(]*〔\d{4}〕\d+号")


def foreign(text: str, language: str) -> bool:
    text = TEMPLATE_FIELD.sub("", text.replace("&", ""))
    if language == "en":
        return bool(CJK.search(text.replace(PRODUCT, "")))
    rest = ALLOWED_LATIN.sub("", text)
    return bool(re.search(r"[A-Za-z]{3,}", rest))


def register_data(reg) -> list[str]:
    """The register's own words (task titles, department and people names), longest first."""
    words = {row[0] for table, column in (("tasks", "title"), ("departments", "name"), ("people", "name"))
             for row in reg.execute(f"SELECT {column} FROM {table}") if row[0]}
    return sorted(words, key=len, reverse=True)


def without_data(text: str, data: list[str]) -> str:
    for word in data:
        if word in text:
            text = text.replace(word, "")
    return DOCUMENT_NUMBER.sub("", text)


def widget_texts(widget) -> list[tuple[str, str]]:
    """(kind, text) of the visible labels, buttons, group boxes, tabs and view headers."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QGroupBox,
        QLabel,
        QTableView,
        QTabWidget,
    )

    out = [("label", c.text()) for c in widget.findChildren(QLabel) if c.isVisible()]
    out += [("button", c.text()) for c in widget.findChildren(QAbstractButton) if c.isVisible()]
    out += [("group", c.title()) for c in widget.findChildren(QGroupBox)]
    for tabs in widget.findChildren(QTabWidget):
        if tabs.isVisible():
            out += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    for view in widget.findChildren(QAbstractItemView):
        header = view.horizontalHeader() if isinstance(view, QTableView) else getattr(view, "header", None)
        header = header() if callable(header) else header
        if view.isVisible() and header is not None and not header.isHidden() and view.model() is not None:
            out += [("header", str(view.model().headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(header.count())]
    return out


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
    data: list[str] = []

    def check(where: str, text: str) -> None:
        if text and foreign(without_data(text, data), language):
            found.append({"where": where, "text": text})

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        for name, opener in windows(Path(tmp)):
            if name in PENDING:
                continue
            widget = opener()
            if not data and getattr(getattr(widget, "reg", None), "path", None) is not None:
                data.extend(register_data(widget.reg))
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
                if name in PAGES:
                    for kind, text in widget_texts(PAGES[name](window)):
                        check(f"{name} {kind}", text)
                continue
            check(f"{name} title", widget.windowTitle())
            for kind, text in widget_texts(widget):
                check(f"{name} {kind}", text)
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
