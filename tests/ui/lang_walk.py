"""Walks every window of the program in one interface language and prints one JSON line per
text of the other language. Run by ``test_languages`` in a child process per language:
``FIT_LANGUAGE=en python -m tests.ui.lang_walk``.

What is looked at, on every window of ``fit_walk.windows()`` (and of :func:`more_windows`:
the welcome page, the start-up summary, the open prompts):

- the title; every visible label, button (and check box, radio button, tool button) and its
  tool tip, group box title, tab text and tab tool tip, combo box item, placeholder of a line
  or text edit, spin box prefix and suffix, list widget item, and the horizontal header of
  every visible item view (what its model's ``headerData`` says, column by column);
- a wizard: the title and subtitle of every page, and each page's widgets as the wizard
  steps through them;
- the main window: besides the visible page's widgets as above, every menu entry (menus in
  menus too), the tool bars' buttons and their tool tips, the status bar and the title.

Data is the same in both languages and is not looked at: the register's own texts (plan
titles, organisation, departments, people, task titles), file paths, the fields of the
notice template ({依据}), and storage's messages, which are Chinese to every user by rule.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]")
# In Chinese, English words other than these names and keys are a missed translation.
ALLOWED_LATIN = re.compile(
    r"Ctrl|Shift|Alt|Tab|Del|Ins|Enter|Esc|PgUp|PgDown|Home|End|Excel|Word|WPS|PDF|English|"
    r"[A-Z]\b|F\d+|xlsx|xlsm|docx|txt|csv|md|sqlite|db|MB|KB|XXXX")
PRODUCT = "督办台账"
PATH = re.compile(r"(?:[A-Za-z]:)?(?:[\\/][^\s\\/“”\"'，。；：:）)]+)+[\\/]?")
# {依据}: a field of the Chinese notice template, written as the template spells it.
TEMPLATE_FIELD = re.compile(r"\{[^{}\s]+\}")
# A document number (督办〔2026〕3号) is data like a task title.
DOCUMENT_NUMBER = re.compile(r"[^\s（(]*〔\d{4}〕\d+号")

# Each language is named in itself in the language chooser.
LANGUAGE_NAMES = ["中文（简体）", "English"]


def _strip(text: str, data: Iterable[str] = ()) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    for item in data:
        if item and item in text:
            text = text.replace(item, " ")
    text = TEMPLATE_FIELD.sub(" ", text)
    text = DOCUMENT_NUMBER.sub(" ", text)
    return PATH.sub(" ", text)


def foreign(text: str, language: str, data: Iterable[str] = ()) -> bool:
    """Whether ``text`` (data taken out) holds words of the language other than ``language``."""
    text = _strip(text, data)
    if language == "en":
        return bool(CJK.search(text.replace(PRODUCT, "")))
    rest = ALLOWED_LATIN.sub("", text)
    return bool(re.search(r"[A-Za-z]{3,}", rest))


def data_texts(reg) -> list[str]:
    """The register's own texts and storage's messages, longest first."""
    from desktop_app.storage import rollover

    found: set[str] = {rollover.SECTION_TITLE, *LANGUAGE_NAMES}
    # Holiday names (元旦, 春节调休) are the calendar's data.
    from desktop_app.domain.calendar import WorkCalendar

    calendar = WorkCalendar()
    for year in calendar.covered_years():
        found.update(name for _day, _kind, name in calendar.special_days(year) if name)
    # The plan pasted into the import wizard: its lines and departments are data too.
    found.update(line.strip() for line in SMALL_PLAN.splitlines())
    found.update(re.findall(r"责任科室：([^）]+)）", SMALL_PLAN))
    for sql in ("SELECT title, organisation FROM plans", "SELECT name, short_name FROM departments",
                "SELECT name, title FROM people", "SELECT title FROM tasks"):
        for row in reg.execute(sql):
            found.update(str(v) for v in row if v)
    return sorted(found, key=len, reverse=True)


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
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            out.append((f"{where} tooltip", action.toolTip()))
    return out


def widget_texts(root) -> Iterator[tuple[str, str]]:
    """(kind, text) of everything a user reads on ``root`` and its visible children."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QSpinBox,
        QTableView,
        QTabWidget,
        QTextEdit,
        QTreeView,
        QWidget,
    )

    yield "title", root.windowTitle()
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        yield "tooltip", w.toolTip()
        if isinstance(w, QLabel):
            yield "label", w.text()
        elif isinstance(w, QAbstractButton):
            yield "button", w.text()
        elif isinstance(w, QGroupBox):
            yield "group", w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
                yield "tab tooltip", w.tabToolTip(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield "combo item", w.itemText(i)
        elif isinstance(w, QLineEdit):
            yield "placeholder", w.placeholderText()
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            yield "placeholder", w.placeholderText()
        elif isinstance(w, QSpinBox):
            yield "spin box", f"{w.prefix()} {w.suffix()} {w.specialValueText()}"
        if isinstance(w, QAbstractItemView):
            if isinstance(w, QListWidget):
                for i in range(w.count()):
                    yield "list item", w.item(i).text()
            header = (w.header() if isinstance(w, QTreeView)
                      else w.horizontalHeader() if isinstance(w, QTableView) else None)
            model = w.model()
            if header is not None and header.isVisible() and model is not None:
                for c in range(model.columnCount()):
                    if not header.isSectionHidden(c):
                        text = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                        yield "header", "" if text is None else str(text)


# A small plan to paste into the import wizard, so that the walk sees its later pages.
SMALL_PLAN = """示范县教育局2026年工作要点
一、全面加强党的建设
（一）深化理论学习。3月底前制定学习计划。（责任科室：办公室）
（二）加强基层组织建设。年底前完成支部换届。（责任科室：人事科）
"""


def prepare_wizard(name: str, wizard) -> None:
    """What a clerk gives a wizard before its later pages open."""
    if name == "import_wizard":
        wizard.source_page.paste_edit.setPlainText(SMALL_PLAN)


def wizard_texts(wizard, app) -> Iterator[tuple[str, str]]:
    """Every page's title and subtitle, and each page's widgets as the wizard steps on."""
    from PySide6.QtWidgets import QWizardPage

    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        yield "page title", QWizardPage.title(page)  # (a page may name a field "title")
        yield "page subtitle", QWizardPage.subTitle(page)
    seen = set()
    while wizard.currentId() not in seen and wizard.currentId() != -1:
        seen.add(wizard.currentId())
        for _ in range(2):
            app.processEvents()
        for kind, text in widget_texts(wizard):
            yield f"page {wizard.currentId()} {kind}", text
        wizard.next()


def main_window_texts(window) -> Iterator[tuple[str, str]]:
    from PySide6.QtWidgets import QToolBar

    for action in window.menuBar().actions():
        yield f"menu {action.text()}", action.text()
        for where, text in menu_texts(action.menu(), action.text()):
            yield f"menu {where}", text
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            yield f"toolbar {action.objectName()}", action.text()
            yield f"toolbar {action.objectName()} tooltip", action.toolTip()
    yield "status bar", window.statusBar().currentMessage()
    title = window.windowTitle()
    if window.reg.path is not None:
        title = title.replace(window.reg.path.name, "")  # the file name is data
    yield "window title", title
    for kind, text in widget_texts(window):
        if kind != "title":
            yield kind, text


def more_windows(work: Path, main) -> tuple[list[tuple[str, Callable[[], object]]], list[str]]:
    """Windows the size walk does not open — the welcome page of a register without a plan,
    the start-up summary, the questions when a register is locked or damaged — and the
    storage messages they show (Chinese to every user by rule)."""
    from desktop_app import clock
    from desktop_app.storage import locking
    from desktop_app.storage.db import open_register
    from desktop_app.storage.errors import NotARegisterError
    from desktop_app.ui.shell.main_window import MainWindow
    from desktop_app.ui.shell.open_prompt import damaged_question, locked_question
    from tests.ui.fit_walk import TODAY

    def welcome():
        window = MainWindow(open_register(work / "空台账.db"))
        window.setGeometry(window.screen().availableGeometry())
        window.show()
        return window

    def summary():
        from desktop_app.storage.light_snapshot import changes_since_last_seen
        from desktop_app.ui.week.startup_summary import StartupSummaryDialog, leaf_lights

        with clock.fixed(TODAY):
            lights = leaf_lights(main.reg, TODAY)
            changes = changes_since_last_seen(main.reg, lights)
            return StartupSummaryDialog(main.reg, changes, lights, TODAY, main)

    owner = locking.LockOwner(user="张三", host="OFFICE-PC", pid=1, since="2026-11-18T09:00:00")
    locked = str(locking.RegisterLockedError(work / "台账.db", owner))
    damaged = str(NotARegisterError("台账文件已损坏，无法打开。"))
    return [
        ("main_welcome", welcome),
        ("startup_summary", summary),
        ("open_locked", lambda: locked_question(main, locked)),
        ("open_damaged", lambda: damaged_question(main, damaged)),
    ], [locked, damaged]


def walk(language: str, seen: dict[str, dict[str, int]] | None = None) -> list[dict]:
    """Problems found; ``seen``, when given, gets how many texts of each kind each window had."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWizard

    from desktop_app.ui.shell import translations
    from tests.ui.fit_walk import windows

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("lang-walk")
    translations.install(app, language)
    found: list[dict] = []
    data: list[str] = []

    def check(name: str, widget) -> None:
        if isinstance(widget, QDialog):
            widget.show()
        for _ in range(3):
            app.processEvents()
        if isinstance(widget, QMainWindow):
            texts = main_window_texts(widget)
        elif isinstance(widget, QWizard):
            prepare_wizard(name, widget)
            texts = [*widget_texts(widget), *wizard_texts(widget, app)]
        else:
            texts = widget_texts(widget)
        counts = seen.setdefault(name, {}) if seen is not None else {}
        for where, text in texts:
            if text:
                kind = where.split(" ")[0] if where.startswith(("menu", "toolbar")) else where.split(" ")[-1]
                counts[kind] = counts.get(kind, 0) + 1
            if text and foreign(text, language, data):
                found.append({"where": f"{name} {where}", "text": text})
        if isinstance(widget, QDialog):
            widget.done(0)
            widget.deleteLater()
        app.processEvents()

    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        main = None
        for name, opener in windows(Path(tmp)):
            widget = opener()
            if main is None:
                main = widget  # the first window is the main window
                data = data_texts(main.reg)
            check(name, widget)
        extra, messages = more_windows(Path(tmp), main)
        data = sorted({*data, *messages}, key=len, reverse=True)
        for name, opener in extra:
            widget = opener()
            check(name, widget)
            if name == "main_welcome":
                widget.close()
                widget.reg.close()
    return found


def main() -> int:
    language = os.environ.get("FIT_LANGUAGE", "zh_CN")
    seen: dict[str, dict[str, int]] = {}
    for problem in walk(language, seen):
        print(json.dumps(problem, ensure_ascii=False))
    print(json.dumps({"seen": seen}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
