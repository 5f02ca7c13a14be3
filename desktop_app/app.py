"""``desktop-app``: the GUI entry point."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from pathlib import Path

from desktop_app import APP_ID, APP_NAME, __version__, argparse_zh, clock


def parse_args(argv: list[str]) -> argparse.Namespace:
    argparse_zh.install()
    parser = argparse.ArgumentParser(prog="desktop-app", description=APP_NAME)
    parser.add_argument("file", nargs="?", help="要打开的台账文件（.db）")
    parser.add_argument("--demo", action="store_true", help="打开一个临时示例台账")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=argparse_zh.VERSION_HELP)
    parser.add_argument("--self-test", action="store_true",
                        help="自检：在后台打开示例台账、显示主窗口、生成周报表 PDF，成功则退出码为 0")
    parser.add_argument("--self-test-out", metavar="PDF", help="自检生成的 PDF 保存到此处（另写同名 .json 结果）")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def install_translators(app) -> None:
    """Qt's own dialogs and the program in the chosen language (工具 ▸ 设置; zh_CN by default)."""
    from desktop_app.ui.shell.translations import install

    install(app)


BACKUP_DELAY_MS = 1500  # after the first paint


def after_first_paint(window, work) -> None:
    """Call ``work()`` once ``window`` has painted (or after two seconds at the latest)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done = []

    def run() -> None:
        if not done:
            done.append(True)
            work()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, run)
            return False

    watch = FirstPaint(window)
    window.installEventFilter(watch)
    QTimer.singleShot(2000, run)


def resume_collector() -> None:
    """Turn the cycle collector back on, with everything made so far set aside for good
    (``gc.freeze``): it lives as long as the program, and later passes need not walk it."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


# The Qt-free layers the first window uses, imported before PySide: PySide reads the source
# of every module imported after it (to see whether its ``__feature__`` switches apply), which
# costs a source install ~8 ms over these. tests/ui/test_startup.py checks the list is whole.
CORE_MODULES = (
    "desktop_app.logs",
    "desktop_app.storage.audit",
    "desktop_app.storage.db",
    "desktop_app.storage.directory",
    "desktop_app.storage.operations",
    "desktop_app.storage.plan_tree",
    "desktop_app.storage.plans",
    "desktop_app.storage.progress",
    "desktop_app.storage.rollover",
    "desktop_app.storage.search",
    "desktop_app.storage.status",
    "desktop_app.storage.task_details",
    "desktop_app.reports.kinds",
    "desktop_app.resources",
)


def import_core() -> None:
    for name in CORE_MODULES:
        importlib.import_module(name)


def spare_feature_checks() -> None:
    """Tell PySide beforehand what it would otherwise read from disk.

    Once loaded, PySide looks at every module an import statement names for the first time
    and reads its whole source, to see whether it mentions PySide6 (for its opt-in ``from
    __feature__ import …`` switches, which this program does not use): ``typing``,
    ``datetime``, ``logging``, ``pathlib``, the program's own modules, the ~60 modules the
    first window names, 7–10 ms of start-up. So the program's Qt rooms (``ui``, ``printing``)
    are marked as using it, and the other modules loaded so far as not (0, -1): PySide's
    own marks but for a few that mention PySide6 only in passing (this module) or not at all
    (the rooms' ``__init__``). A mark only matters to a module that selects a feature, and
    none does: with no feature selected anywhere, every module sees Qt's classes the same.
    Should a later PySide keep its marks elsewhere, or the program run without its sources
    beside it, this does nothing."""
    feature = sys.modules.get("PySide6.support.feature")
    marks = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(marks, dict):
        return
    package = Path(__file__).parent
    for room in ("ui", "printing"):
        for name in _module_names(package / room, f"{__package__}.{room}"):
            marks.setdefault(name, 0)
    for name in list(sys.modules):
        if not name.startswith(("PySide6", "shiboken6")):
            marks.setdefault(name, -1)


def _module_names(folder: Path, prefix: str) -> list[str]:
    """The modules and packages in ``folder`` (a package named ``prefix``), at any depth."""
    names = [prefix]
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if entry.name.endswith(".py") and entry.name != "__init__.py":
            names.append(f"{prefix}.{entry.name[:-3]}")
        elif entry.is_dir() and not entry.name.startswith(("_", ".")):
            names += _module_names(Path(entry.path), f"{prefix}.{entry.name}")
    return names


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)

    if args.self_test:
        from desktop_app.ui.shell.self_test import run as self_test

        return self_test(args.self_test_out)

    # Until the window has painted, nothing made is garbage a pass of the cycle collector
    # would find; its passes over every object made so far cost start-up tens of ms.
    gc.disable()
    try:
        return _run(args, argv)
    finally:
        gc.enable()


def _run(args: argparse.Namespace, argv: list[str]) -> int:
    import_core()
    from PySide6.QtCore import Qt, QTimer

    spare_feature_checks()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop_app.logs import open_log_file, setup_logging
    from desktop_app.storage.status import read_ahead
    from desktop_app.ui.common.icons import icon
    from desktop_app.ui.common.paths import default_register_path, user_data_dir
    from desktop_app.ui.shell.error_dialog import install_error_handlers
    from desktop_app.ui.shell.main_window import MainWindow, make_demo_register
    from desktop_app.ui.shell.open_prompt import daily_backup, open_register_gui

    if QApplication.instance() is None:  # Windows at 125 %/150 %: the exact factor, not rounded
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    install_translators(app)
    install_error_handlers(setup_logging(user_data_dir() / "日志"))

    if args.demo:
        path, is_demo = make_demo_register(), True
    elif args.file:
        path, is_demo = Path(args.file), False
    else:
        path, is_demo = default_register_path(), False
    reg = open_register_gui(None, path, backup_now=False)
    if reg is None:
        return 2
    # The day's lights come right after the first paint: SQLite reads their facts on another
    # thread while the window is built.
    read_ahead(reg, clock.today())
    window = MainWindow(reg, is_demo=is_demo)
    window.show()

    def first_painted() -> None:
        resume_collector()
        # The day's copy of the file, in the background, once the lights and the start-up
        # summary are in (looking for the day's backups reads the backup folder); the log
        # file, which holds start-up's lines till then, opened at the same time.
        QTimer.singleShot(BACKUP_DELAY_MS, window, lambda: (open_log_file(), daily_backup(window, reg)))

    after_first_paint(window, first_painted)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
