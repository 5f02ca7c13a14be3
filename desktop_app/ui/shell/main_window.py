"""The main window: one open register, its plans and tasks."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6 import QtWidgets  # dialogs: their classes looked up when first shown
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__, clock
from desktop_app.storage import plans as plan_store
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register, open_register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common import user_settings
from desktop_app.ui.common.hub import ChangeHub
from desktop_app.ui.output import menus as output_menus
from desktop_app.ui.shell import year_turn
from desktop_app.ui.shell.open_prompt import backup_after_large_write, open_register_gui
from desktop_app.ui.shell.welcome import WelcomePage
from desktop_app.ui.tasks.task_menus import TaskMenusMixin
from desktop_app.ui.tasks.task_page import TaskPage
from desktop_app.ui.week import weekly_cycle

MAX_RECENT = 8
# The file dialogs' filter ({0}: the product name), translated where it is used.
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "{0} (*.db *.sqlite);;All files (*)")


def make_demo_register(tasks: int = 300, weeks: int = 20) -> Path:
    """A throwaway demo file in the temp folder — never the user's own register."""
    from desktop_app.storage.demo import generate as generate_demo

    folder = Path(tempfile.mkdtemp(prefix="dubantaizhang-demo-"))
    path = folder / "示例台账.db"
    with open_register(path) as reg:
        generate_demo(reg, tasks=tasks, weeks=weeks, today=clock.today())
    return path


class MainWindow(TaskMenusMixin, QMainWindow):
    # The plan shown changed (chosen, imported, created): pages showing a plan follow.
    plan_chosen = Signal(object)
    def __init__(self, reg: Register, *, is_demo: bool = False) -> None:
        super().__init__()
        self.reg = reg
        self.is_demo = is_demo
        # Every write is announced here once; every page listens (ui/common/hub.py).
        self.hub = ChangeHub(reg, self)
        self.hub.changed.connect(self._on_changes)
        # A register opened read-only is written by someone else: follow their commits.
        self._data_version: int | None = None
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(3000)
        self._watch_timer.timeout.connect(self.check_for_outside_changes)
        self.resize(1280, 800)

        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.stack = QStackedWidget()
        self._welcome: WelcomePage | None = None  # made when a register without plans is shown

        self.task_page = QWidget()
        page_layout = QVBoxLayout(self.task_page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan:")))
        self.plan_combo = QComboBox()
        self.plan_combo.setMinimumWidth(420)
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        top.addWidget(self.plan_combo)
        top.addStretch(1)
        page_layout.addLayout(top)
        self.tasks = TaskPage(self.hub, self)
        self.tasks.status_changed.connect(self.status_label.setText)
        self.tree = self.tasks.view
        page_layout.addWidget(self.tasks, 1)
        # Pages (任务, 本周进展, 总览, …) are tabs; features add theirs with add_page().
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.addTab(self.task_page, self.tr("Tasks"))
        self.stack.addWidget(self.pages)
        self.setCentralWidget(self.stack)

        self._build_menus()
        self._build_task_menus()
        self.weekly = weekly_cycle.install(self)
        self.year_turn = year_turn.install(self)
        self._fill_shell_menus()
        self._restore_state()
        self.refresh()
        self._follow_outside_writes()

    @property
    def welcome(self) -> WelcomePage:
        """The page shown while the register has no plan yet."""
        if self._welcome is None:
            page = self._welcome = WelcomePage()
            page.new_plan_requested.connect(self.new_plan)
            page.import_requested.connect(self.import_plan)
            page.demo_requested.connect(self.open_demo)
            self.stack.insertWidget(0, page)
        return self._welcome

    # -- menus ---------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_file.addAction(self._action(self.tr("New register…"), self.new_register, QKeySequence.StandardKey.New, "action_new"))
        self.menu_file.addAction(self._action(self.tr("Open register…"), self.open_register_dialog, QKeySequence.StandardKey.Open, "action_open"))
        self.menu_recent = self.menu_file.addMenu(self.tr("Recent registers"))
        self.menu_file.addSeparator()
        self.action_new_plan = self._action(self.tr("New plan…"), self.new_plan, name="action_new_plan")
        self.menu_file.addAction(self.action_new_plan)
        self.action_import = self._action(self.tr("Import work plan…"), self.import_plan, "Ctrl+I", "action_import")
        self.menu_file.addAction(self.action_import)
        self.action_import_paste = self._action(
            self.tr("Import work plan from the clipboard…"), lambda: self.import_plan(from_clipboard=True), name="action_import_paste"
        )
        self.menu_file.addAction(self.action_import_paste)
        self.menu_file.addAction(self._action(self.tr("Open the demo register"), self.open_demo, name="action_demo"))
        self.menu_file.addAction(self._action(self.tr("Backups and restore…"), self.show_backups, name="action_backup"))
        self.menu_file.addSeparator()
        self.menu_file.addAction(self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit, "action_quit"))
        # Each menu is filled by one module: 编辑/视图 by tasks/task_menus, 周报/督办 by
        # week/weekly_cycle, 报表 by output/menus; 文件, 工具 and 帮助 here.
        self.menu_edit = bar.addMenu(self.tr("&Edit"))
        self.menu_view = bar.addMenu(self.tr("&View"))
        self.menu_week = bar.addMenu(self.tr("&Week"))
        self.menu_reports = bar.addMenu(self.tr("&Reports"))
        output_menus.fill_reports_menu(self, self.menu_reports)
        self.menu_supervision = bar.addMenu(self.tr("&Supervision"))
        self.menu_tools = bar.addMenu(self.tr("&Tools"))
        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.menu_help.addAction(self._action(self.tr("About 督办台账"), self.show_about, name="action_about"))
        self._update_recent_menu()

    def _fill_shell_menus(self) -> None:
        """文件 and 工具 gather the entries the features offer."""
        quit_action = self.findChild(QAction, "action_quit")
        self.menu_file.insertActions(quit_action, [self.year_turn.action_new_year, self.year_turn.action_plans])
        self.menu_file.insertSeparator(quit_action)
        for action in (self.action_directory, self.year_turn.action_holidays,
                       self.weekly.action_lights_settings, self.action_settings):
            self.menu_tools.addAction(action)

    def _update_recent_menu(self) -> None:
        self.menu_recent.clear()
        recent = self.recent_files()
        for path in recent:
            action = self.menu_recent.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.switch_register(Path(p)))
        self.menu_recent.setEnabled(bool(recent))

    def recent_files(self) -> list[str]:
        return [v for v in user_settings.get(user_settings.RECENT_FILES) if Path(v).exists()]

    def _remember_recent(self, path: Path) -> None:
        if self.is_demo:
            return
        entries = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        user_settings.put(user_settings.RECENT_FILES, entries[:MAX_RECENT])
        self._update_recent_menu()

    # -- state ---------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = user_settings.get(user_settings.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = user_settings.get(user_settings.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        self.tasks.restore_state()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        user_settings.put(user_settings.WINDOW_GEOMETRY, self.saveGeometry())
        user_settings.put(user_settings.WINDOW_STATE, self.saveState())
        self.tasks.save_state()
        super().closeEvent(event)

    # -- register and plans ----------------------------------------------------
    def _on_changes(self, changes: Changes, _source: object) -> None:
        """Plans added, renamed or deleted (or tasks counted in the plan list)."""
        if changes.plans or changes.structure:
            self.refresh(keep_page=True)

    def reload_from_file(self) -> None:
        """视图 ▸ 刷新 (F5): every page re-reads the register (what others saved shows)."""
        self._data_version = self.reg.data_version()
        self.hub.announce_everything()

    def check_for_outside_changes(self) -> None:
        """Read-only: another program committed since we last looked → show it."""
        try:
            version = self.reg.data_version()
        except StorageError:
            return
        if self._data_version is not None and version != self._data_version:
            self.reload_from_file()
        self._data_version = version

    def _follow_outside_writes(self) -> None:
        if self.reg.readonly:
            self._data_version = self.reg.data_version()
            self._watch_timer.start()
        else:
            self._watch_timer.stop()

    def refresh(self, *, keep_page: bool = False) -> None:
        """The title, the plan list and the page shown; the current plan is reloaded only
        when it is another one than before (or ``keep_page`` is False)."""
        name = self.reg.path.name if self.reg.path else self.tr("register in memory")
        suffix = self.tr(" (demo)") if self.is_demo else ""
        readonly = self.tr(" [read-only]") if self.reg.readonly else ""
        self.setWindowTitle(f"{name}{suffix}{readonly} — {APP_NAME}")
        before = self.current_plan_id()
        plans = plan_store.list_plans(self.reg)
        current = self.plan_combo.currentData()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in plans:
            label = plan["title"]
            if plan["year"] and str(plan["year"]) not in plan["title"]:
                label = self.tr("{0} (year {1})").format(label, plan["year"])
            closed = self.tr(" [closed]") if plan.get("closed_at") else ""
            self.plan_combo.addItem(self.tr("{0}{1} · {2} tasks").format(label, closed, plan["task_count"]),
                                    plan["id"])
        index = self.plan_combo.findData(current)
        self.plan_combo.setCurrentIndex(max(index, 0))
        self.plan_combo.blockSignals(False)
        if plans:
            self.stack.setCurrentWidget(self.pages)
            if not keep_page or self.current_plan_id() != before \
                    or self.tasks.model.plan_id != self.current_plan_id():
                self._plan_chosen()
        else:
            self.stack.setCurrentWidget(self.welcome)
            self.tasks.set_plan(None)
            self.statusBar().showMessage(self.tr("No plan yet"))

    def add_page(self, title: str, widget: QWidget) -> int:
        """Add a page (tab) beside 任务分解; returns its index."""
        return self.pages.addTab(widget, title)

    def current_plan_id(self) -> int | None:
        data = self.plan_combo.currentData()
        return int(data) if data is not None else None

    def _plan_chosen(self, *_args) -> None:
        self.tasks.set_plan(self.current_plan_id())
        self.tasks.emit_status()
        self.plan_chosen.emit(self.current_plan_id())

    def switch_register(self, path: Path, *, is_demo: bool = False) -> bool:
        if not self.weekly.before_register_change():
            return False
        reg = open_register_gui(self, path)
        if reg is None:
            return False
        self.reg.close()
        self.reg = reg
        self.is_demo = is_demo
        self.hub.watch(reg)
        self.tasks.set_register(reg)
        self._remember_recent(path)
        self.refresh()
        self.hub.announce_everything()
        self._follow_outside_writes()
        self.weekly.register_opened()
        return True

    def new_register(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self, self.tr("New register"), "督办台账.db",
                                              self.tr(FILE_FILTER).format(APP_NAME))
        if path:
            target = Path(path)
            if target.exists():
                QtWidgets.QMessageBox.warning(self, APP_NAME, self.tr("That file exists already; use “Open register”."))
                return
            self.switch_register(target)

    def open_register_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, self.tr("Open register"), "",
                                              self.tr(FILE_FILTER).format(APP_NAME))
        if path:
            self.switch_register(Path(path))

    def open_demo(self) -> None:
        try:
            path = make_demo_register()
        except (OSError, StorageError) as exc:
            QtWidgets.QMessageBox.warning(self, APP_NAME, self.tr("Could not make the demo register: {0}").format(exc))
            return
        self.switch_register(path, is_demo=True)

    def new_plan(self) -> None:
        title, ok = QtWidgets.QInputDialog.getText(
            self, self.tr("New plan"), self.tr("Plan title:"), text=self.tr("{0} work plan").format(clock.today().year)
        )
        if not ok:
            return
        year, ok = QtWidgets.QInputDialog.getInt(self, self.tr("New plan"), self.tr("Year:"), clock.today().year, 2000, 2100)
        if not ok:
            return
        try:
            plan_id = self.hub.perform(plan_store.create_plan, self.reg, title, year)
        except StorageError as exc:
            QtWidgets.QMessageBox.warning(self, APP_NAME, str(exc))
            return
        self.choose_plan(plan_id)

    def import_plan(self, *, from_clipboard: bool = False) -> None:
        try:
            from desktop_app.ui.importing.import_wizard import run_import_wizard
        except ImportError:
            QtWidgets.QMessageBox.information(self, APP_NAME, self.tr("Importing is not available."))
            return
        plan_id = run_import_wizard(self, self.reg, from_clipboard=from_clipboard)
        self.hub.flush()  # the wizard wrote through storage: announce it now
        if plan_id is not None:
            backup_after_large_write(self, self.reg)
            self.choose_plan(plan_id)

    def choose_plan(self, plan_id: int) -> None:
        self.refresh(keep_page=True)
        index = self.plan_combo.findData(plan_id)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)

    # -- features loaded on first use (they pull in openpyxl and more) ------------
    def show_backups(self) -> None:
        from desktop_app.ui.shell.backup_dialog import show_backup_dialog

        show_backup_dialog(self)

    def show_about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            self.tr("About 督办台账"),
            self.tr("<h3>督办台账 {0}</h3><p>The annual work plan broken into tasks, each assigned to "
                    "people, its progress supervised every week.</p>"
                    "<p>The data is kept in one file on this computer: {1}</p>").format(
                __version__, self.reg.path or self.tr("memory")),
        )
