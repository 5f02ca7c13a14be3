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
ALLOWED_LATIN = re.compile(r"Ctrl|Shift|Alt|Tab|Del|Ins|Enter|Excel|Word|WPS|PDF|English|[A-Z]\b|F\d+|xlsx|docx")
PRODUCT = "督办台账"
# Windows of fit_walk.windows() whose strings are still Chinese in the source: not walked yet.
PENDING = {
    "settings_unit", "settings_lights", "settings_forms", "settings_notice", "settings_backup",
    "report_weekly", "report_notices", "forms_export", "forms_import", "notice_settings", "summary",
    "supervision", "extension", "finish_date", "holidays", "backups", "plans", "new_year",
    "import_wizard", "error",
}


def foreign(text: str, language: str) -> bool:
    text = text.replace("&", "")
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
            widget.done(0)
    return found


def main() -> int:
    language = os.environ.get("FIT_LANGUAGE", "zh_CN")
    for problem in walk(language):
        print(json.dumps(problem, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
