"""Opens every window and dialog of the program on a demo register, the way a clerk's
screen shows them, and lists every text that does not fit (see ``fit_check``): those of
:func:`windows`, then the welcome page, the start-up summary and the open prompts
(``lang_walk.more_windows``).

Run by ``test_fit`` in a child process per screen (the scale factor must be set before
Qt starts): ``QT_SCALE_FACTOR=1.5 python -m tests.ui.fit_walk 1920x1080 [--shots DIR]``
prints one JSON line per problem and, with ``--shots``, saves a PNG of each window.
The screen is the offscreen platform's, sized by a config file (``offscreen:configfile=``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 18)


def screen_platform(size: str, folder: Path) -> str:
    width, height = (int(v) for v in size.lower().split("x"))
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "office", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def windows(work: Path) -> Iterator[tuple[str, Callable[[], object]]]:
    """(name, opener) for every window and dialog; an opener returns the shown widget."""
    from desktop_app import clock
    from desktop_app.storage import tasks as task_store
    from desktop_app.storage.db import open_register
    from desktop_app.storage.demo import generate
    from desktop_app.ui.shell.main_window import MainWindow

    db = work / "台账.db"
    with clock.fixed(TODAY):
        with open_register(db) as reg:
            generate(reg, tasks=200, weeks=12, seed=7, today=TODAY)
    window = MainWindow(open_register(db))
    screen = window.screen().availableGeometry()
    window.setGeometry(screen)
    window.show()
    reg = window.reg
    plan = window.current_plan_id()
    leaf = task_store.leaf_ids(reg, plan)[3]

    def page(widget) -> Callable[[], object]:
        def show():
            window.pages.setCurrentWidget(widget)
            return window
        return show

    yield "main_tasks", page(window.task_page)
    yield "main_week", page(window.weekly.week_view)
    yield "main_overview", page(window.weekly.dashboard)
    window.pages.setCurrentWidget(window.task_page)

    from desktop_app.ui.shell.settings_dialog import SettingsDialog

    for index, name in enumerate(["unit", "lights", "forms", "notice", "backup", "interface"]):
        def settings(index=index):
            dialog = SettingsDialog(window)
            dialog.pages.setCurrentRow(index)
            return dialog
        yield f"settings_{name}", settings

    from desktop_app.ui.output.report_dialog import ReportDialog

    yield "report_weekly", lambda: ReportDialog(reg, "weekly", window, plan_id=plan, today=TODAY)
    yield "report_notices", lambda: ReportDialog(reg, "notices", window, plan_id=plan, today=TODAY)
    from desktop_app.ui.output.forms_dialogs import ExportFormsDialog, ImportFormsDialog

    yield "forms_export", lambda: ExportFormsDialog(reg, window, plan_id=plan, today=TODAY)
    yield "forms_import", lambda: ImportFormsDialog(reg, window, today=TODAY)
    from desktop_app.ui.output.notice_settings_dialog import NoticeSettingsDialog

    yield "notice_settings", lambda: NoticeSettingsDialog(reg, window, today=TODAY)
    from desktop_app.ui.output.summary_dialog import SummaryDialog

    yield "summary", lambda: SummaryDialog(reg, window, plan_id=plan, today=TODAY)
    from desktop_app.ui.week.supervision_dialog import SupervisionDialog

    yield "supervision", lambda: SupervisionDialog(reg, task_id=leaf, today=TODAY, parent=window)
    from desktop_app.ui.week.extension_dialog import ExtensionDialog

    yield "extension", lambda: ExtensionDialog(reg, leaf, today=TODAY, parent=window)
    from desktop_app.ui.week.week_view import FinishDateDialog

    yield "finish_date", lambda: FinishDateDialog(3, TODAY, window)
    from desktop_app.ui.week.holiday_dialog import HolidayDialog

    yield "holidays", lambda: HolidayDialog(reg, 2026, window)
    from desktop_app.ui.tasks.bulk_assign import BulkAssignDialog

    yield "bulk_assign", lambda: BulkAssignDialog(reg, 21, window, headings=3)
    from desktop_app.ui.directory.directory_dialog import DirectoryDialog

    yield "directory", lambda: DirectoryDialog(reg, window)
    from desktop_app.ui.tasks.recycle_bin import RecycleBinDialog

    yield "recycle_bin", lambda: RecycleBinDialog(window.tasks.editor, window)
    from desktop_app.ui.shell.backup_dialog import BackupDialog

    yield "backups", lambda: BackupDialog(reg, window)
    from desktop_app.ui.shell.plan_manager import PlanManagerDialog

    yield "plans", lambda: PlanManagerDialog(reg, window)
    from desktop_app.ui.shell.new_year_wizard import NewYearWizard

    yield "new_year", lambda: NewYearWizard(reg, plan, window, on=TODAY)
    from desktop_app.ui.importing.import_wizard import ImportWizard

    yield "import_wizard", lambda: ImportWizard(reg, window)
    from desktop_app.ui.shell.error_window import ErrorDialog

    yield "error", lambda: ErrorDialog("Traceback (most recent call last):\n  ...", None, window)


def walk(shots: Path | None, only: set[str] | None = None) -> list[dict]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop_app.ui.shell import translations
    from tests.ui.fit_check import clipped_texts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("fit-walk")
    translations.install(app, os.environ.get("FIT_LANGUAGE", "zh_CN"))
    problems: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        def look(name: str, widget) -> None:
            if isinstance(widget, QDialog):
                widget.show()
            for _ in range(3):
                app.processEvents()
            for text in clipped_texts(widget):
                problems.append({"window": name, "problem": text})
            if shots is not None:
                widget.grab().save(str(shots / f"{name}.png"))
            if isinstance(widget, QDialog):
                widget.done(0)
                widget.deleteLater()
                app.processEvents()

        main = None
        for name, opener in windows(Path(tmp)):
            if main is None:
                main = opener  # the first opener shows the main window
            if only and name not in only:
                continue
            look(name, opener())
        # The welcome page, the start-up summary and the open prompts (see lang_walk).
        from tests.ui.lang_walk import more_windows

        extra, _messages = more_windows(Path(tmp), main())
        for name, opener in extra:
            if only and name not in only:
                continue
            widget = opener()
            look(name, widget)
            if name == "main_welcome":
                widget.close()
                widget.reg.close()
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("screen", help="e.g. 1366x768 (physical pixels)")
    parser.add_argument("--shots", help="save a PNG of every window here")
    parser.add_argument("--only", nargs="*", help="only these windows")
    args = parser.parse_args()
    if "QT_QPA_PLATFORM" not in os.environ or "configfile" not in os.environ["QT_QPA_PLATFORM"]:
        folder = Path(tempfile.mkdtemp())
        os.environ["QT_QPA_PLATFORM"] = screen_platform(args.screen, folder)
    shots = Path(args.shots) if args.shots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    for problem in walk(shots, set(args.only) if args.only else None):
        print(json.dumps(problem, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
