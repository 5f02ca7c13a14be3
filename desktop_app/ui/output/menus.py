"""The 报表 menu, and the 填报表 entries the 周报 menu shows (each menu is filled by one module:
文件/工具/帮助 by shell/main_window, 编辑/视图 by tasks/task_menus, 周报/督办 by
week/weekly_cycle, 报表 here). Dialogs are imported on first use: they pull in openpyxl,
python-docx and the printing engine, which start-up does not need."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app.reports.kinds import KINDS


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsMenu", text)


# The menu names of the reports (English sources; the zh_CN catalogue gives the 报表 names).
KIND_TITLES = {
    "weekly": QT_TRANSLATE_NOOP("ReportsMenu", "Weekly sheet…"),
    "breakdown": QT_TRANSLATE_NOOP("ReportsMenu", "Task breakdown…"),
    "monthly": QT_TRANSLATE_NOOP("ReportsMenu", "Monthly summary…"),
    "overdue": QT_TRANSLATE_NOOP("ReportsMenu", "Overdue / supervision list…"),
    "notices": QT_TRANSLATE_NOOP("ReportsMenu", "Supervision notices…"),
    "yearly": QT_TRANSLATE_NOOP("ReportsMenu", "Year-end assessment…"),
}


def _action(window: QMainWindow, text: str, slot, name: str, shortcut=None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda *_: slot())
    return action


def print_weekly(window) -> None:
    from desktop_app.ui.output.report_dialog import print_weekly_now

    print_weekly_now(window, window.reg, plan_id=window.current_plan_id())


def open_report(window, kind: str) -> None:
    from desktop_app.ui.output.report_dialog import open_report_dialog

    open_report_dialog(window, window.reg, kind, plan_id=window.current_plan_id())


def open_summary(window) -> None:
    from desktop_app.ui.output.summary_dialog import open_summary_dialog

    open_summary_dialog(window, window.reg, plan_id=window.current_plan_id())


def open_notice_settings(window) -> None:
    from desktop_app.ui.output.notice_settings_dialog import open_notice_settings as run

    run(window, window.reg)


def export_forms(window) -> None:
    from desktop_app.ui.output.forms_dialogs import open_export_dialog

    open_export_dialog(window)


def import_forms(window) -> None:
    from desktop_app.ui.output.forms_dialogs import open_import_dialog

    open_import_dialog(window)


def fill_reports_menu(window, menu: QMenu) -> None:
    menu.addAction(_action(window, QCoreApplication.translate("ReportsMenu", "Print the weekly sheet…"), lambda: print_weekly(window), "action_print_weekly",
                           QKeySequence.StandardKey.Print))
    menu.addSeparator()
    for kind, title in KINDS.items():
        menu.addAction(_action(window, _tr(KIND_TITLES[kind]) if kind in KIND_TITLES else title + "…",
                               lambda k=kind: open_report(window, k),
                               f"action_report_{kind}"))
    menu.addSeparator()
    menu.addAction(_action(window, QCoreApplication.translate("ReportsMenu", "Draft the work summary…"), lambda: open_summary(window), "action_summary"))
    menu.addAction(_action(window, QCoreApplication.translate("ReportsMenu", "Notice format…"), lambda: open_notice_settings(window),
                           "action_notice_settings"))


def forms_actions(window) -> list[QAction]:
    """生成填报表… / 导入填报表…, for the 周报 menu."""
    return [
        _action(window, QCoreApplication.translate("ReportsMenu", "Make the department forms…"), lambda: export_forms(window), "action_export_forms"),
        _action(window, QCoreApplication.translate("ReportsMenu", "Import returned forms…"), lambda: import_forms(window), "action_import_forms"),
    ]
