"""The weekly cycle in the main window: the 本周进展 and 总览 pages, the 周报 / 督办 / 工具
menu entries, 延期申请 and 督办 on the chosen task, and the start-up summary.

``install(window)`` wires it all to a :class:`~desktop_app.ui.shell.main_window.MainWindow`;
the window calls :meth:`WeeklyCycle.before_register_change` and
:meth:`WeeklyCycle.register_opened` around switching registers.

The two pages are not on the first screen: their tabs hold an empty stand-in until a page
is first shown (or asked for: :attr:`WeeklyCycle.week_view`, :attr:`WeeklyCycle.dashboard`),
so their modules are neither imported nor built before the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop_app import clock
from desktop_app.storage import settings
from desktop_app.storage.changes import Changes
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common.helpers import TASK_ID_ROLE
from desktop_app.ui.output import menus as output_menus

if TYPE_CHECKING:
    from desktop_app.ui.week.dashboard import Dashboard
    from desktop_app.ui.week.startup_summary import StartupSummaryDialog
    from desktop_app.ui.week.week_view import WeekView

WEEK_PAGE_TITLE = QT_TRANSLATE_NOOP("WeeklyCycle", "This week")


class WeeklyCycle(QObject):
    def __init__(self, window: QMainWindow, *, today: date | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._today = today
        self._week_view: WeekView | None = None
        self._dashboard: Dashboard | None = None
        # Stand-ins holding the two tabs until the pages are built (see the module's note).
        self._week_slot = QWidget()
        self._board_slot = QWidget()
        self.week_index = window.add_page(self.tr(WEEK_PAGE_TITLE), self._week_slot)
        window.add_page(self.tr("Overview"), self._board_slot)
        self.summary_dialog: StartupSummaryDialog | None = None
        self._current_page: QWidget | None = window.pages.currentWidget()

        window.pages.currentChanged.connect(self._page_changed)
        window.hub.changed.connect(self._on_changes)
        window.plan_chosen.connect(self._plan_chosen)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._status_timer.timeout.connect(self.update_light_status)
        self._greeted = False
        window.installEventFilter(self)
        self._build_menus()
        self._update_week_actions()

    def today(self) -> date:
        return self._today or clock.today()

    # -- the pages, built when first shown ------------------------------------------------
    @property
    def week_view(self) -> WeekView:
        """The 本周进展 page (built now if it was not yet)."""
        if self._week_view is None:
            from desktop_app.ui.week.week_view import WeekView

            view = WeekView(self.window, today=self._today)
            self._week_view = view
            self._put_page(self._week_slot, view)
            view.dirty_changed.connect(self._mark_tab)
            view.extension_requested.connect(self.request_extension)
            view.supervision_requested.connect(self.issue_supervision)
            # The 周报 menu's stand-ins give way to the page's own actions.
            for stand_in, action in zip(self._week_actions, (view.carry_action, view.finish_action,
                                                             view.save_action), strict=True):
                action.setText(stand_in.text())
                self.window.menu_week.insertAction(stand_in, action)
                self.window.menu_week.removeAction(stand_in)
                stand_in.deleteLater()
            self._week_actions = [view.carry_action, view.finish_action, view.save_action]
            view.restore_header_state()
            self._update_week_actions()
        return self._week_view

    @property
    def dashboard(self) -> Dashboard:
        """The 总览 page (built now if it was not yet)."""
        if self._dashboard is None:
            from desktop_app.ui.week.dashboard import Dashboard

            board = Dashboard(self.window, today=self._today)
            self._dashboard = board
            self._put_page(self._board_slot, board)
            board.tasks_requested.connect(self.show_tasks)
        return self._dashboard

    def _put_page(self, slot: QWidget, page: QWidget) -> None:
        """``page`` takes the tab of its stand-in ``slot``, which stays the current tab if it was."""
        pages = self.window.pages
        index = pages.indexOf(slot)
        current = pages.currentIndex()
        pages.blockSignals(True)
        try:
            pages.insertTab(index, page, pages.tabText(index))
            pages.removeTab(index + 1)
            pages.setCurrentIndex(current)
        finally:
            pages.blockSignals(False)
        if self._current_page is slot:
            self._current_page = page
        slot.deleteLater()

    def _built_page(self, widget: QWidget | None) -> QWidget | None:
        """The page a tab shows, built if the tab held its stand-in."""
        if widget is self._week_slot and self._week_view is None:
            return self.week_view
        if widget is self._board_slot and self._dashboard is None:
            return self.dashboard
        return widget

    # -- menus -----------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        w = self.window
        w.menu_week.addAction(self._action(self.tr("This week"), self.open_week, "action_week_view"))
        w.menu_week.addAction(self._action(self.tr("Overview"), self.open_dashboard, "action_dashboard"))
        w.menu_week.addSeparator()
        # Until the week page is built, stand-ins of its three actions (the same text and
        # shortcut, disabled as they are off the week page); the page's own take their place.
        self._week_actions: list[QAction] = []
        for text, shortcut in ((self.tr("Carry over last week's plan"), QKeySequence("Ctrl+D")),
                               (self.tr("Mark finished…"), None),
                               (self.tr("Save"), QKeySequence(QKeySequence.StandardKey.Save))):
            stand_in = QAction(text, w)
            if shortcut is not None:
                stand_in.setShortcut(shortcut)
            stand_in.setEnabled(False)
            w.menu_week.addAction(stand_in)
            self._week_actions.append(stand_in)
        w.menu_week.addSeparator()
        w.menu_week.addActions(output_menus.forms_actions(w))
        self.action_extension = self._action(self.tr("Extension request…"), self._extension_for_selection, "action_extension")
        self.action_supervise = self._action(self.tr("Reminder / supervision / interview…"), self._supervision_for_selection,
                                             "action_supervise")
        self.action_supervise_department = self._action(
            self.tr("Supervise a department…"), self.issue_department_supervision, "action_supervise_department")
        for action in (self.action_extension, self.action_supervise, self.action_supervise_department):
            w.menu_supervision.addAction(action)
        # The task tree offers 延期 and 督办 on its right-click menu too.
        tree = w.tasks.view
        if tree.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        separator = QAction(self.window)
        separator.setSeparator(True)
        tree.addActions([separator, self.action_extension, self.action_supervise])
        # 工具 ▸ 亮灯设置 (the window's 工具 menu takes it).
        self.action_lights_settings = self._action(self.tr("Light settings…"), self.open_lights_settings,
                                                   "action_lights_settings")

    def open_week(self) -> None:
        self.window.pages.setCurrentWidget(self.week_view)

    def open_dashboard(self) -> None:
        self.window.pages.setCurrentWidget(self.dashboard)

    # -- pages -------------------------------------------------------------------------
    def _page_changed(self, _index: int) -> None:
        """Leaving the week page saves its drafts; arriving loads what may have changed."""
        pages = self.window.pages
        new = self._built_page(pages.currentWidget())
        week = self._week_view
        if week is not None and self._current_page is week and new is not week \
                and not week.save_if_dirty():
            pages.blockSignals(True)
            pages.setCurrentWidget(week)
            pages.blockSignals(False)
            return
        self._current_page = new
        if new is not None and new is week:
            week.activate()
        elif new is not None and new is self._dashboard:
            self._dashboard.load()
        self._update_week_actions()

    def _update_week_actions(self) -> None:
        """The week's entries in the 周报 menu act on the week page only."""
        week = self._week_view
        on_week = week is not None and self.window.pages.currentWidget() is week
        for action in self._week_actions:
            action.setEnabled(on_week and not week.model.read_only)

    def _mark_tab(self, dirty: bool) -> None:
        title = self.tr(WEEK_PAGE_TITLE)
        self.window.pages.setTabText(self.week_index, f"{title} *" if dirty else title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Paint and not self._greeted:
            # After the window's first paint, so that opening never waits for the lights.
            self._greeted = True
            QTimer.singleShot(0, self, self.show_startup_summary)
        if watched is self.window and event.type() == QEvent.Type.Close and self._week_view is not None:
            if not self._week_view.confirm_close():
                event.ignore()
                return True
            self._week_view.save_header_state()
        return False

    # -- register ---------------------------------------------------------------------------
    def before_register_change(self) -> bool:
        """Save the week's drafts into the register about to be closed."""
        return self._week_view is None or self._week_view.save_if_dirty()

    def register_opened(self) -> None:
        """Reload the visible page and greet the register with its start-up summary."""
        current = self.window.pages.currentWidget()
        if current is not None and current is self._week_view:
            self._week_view.load()
        elif current is not None and current is self._dashboard:
            self._dashboard.load()
        self.show_startup_summary()

    def show_startup_summary(self) -> None:
        from desktop_app.ui.week.startup_summary import StartupSummaryDialog, take_summary

        reg = self.window.reg
        on = self.today()
        try:
            changes, lights = take_summary(reg, on)
        except StorageError as exc:
            self.window.statusBar().showMessage(str(exc))
            return
        self.window.statusBar().showMessage(self.status_line(changes, on), 30000)
        if self.summary_dialog is not None:
            self.summary_dialog.close()
            self.summary_dialog = None
        if (changes.red or changes.yellow) and settings.get(reg, "startup.show_summary"):
            dialog = StartupSummaryDialog(reg, changes, lights, on, self.window)
            dialog.tasks_requested.connect(self.show_tasks)
            dialog.destroyed.connect(self._summary_closed)
            dialog.show()
            self.summary_dialog = dialog

    def _summary_closed(self) -> None:
        self.summary_dialog = None

    def _on_changes(self, changes: Changes, _source: object) -> None:
        """The status bar's light counts follow every write (once per turn of the loop)."""
        if self._greeted and (changes.lights or changes.everything):
            self._status_timer.start()
        if self.summary_dialog is not None and self.summary_dialog.reg is not self.window.reg:
            self.summary_dialog.close()  # it was about the register that was replaced
        elif self.summary_dialog is not None and (changes.lights or changes.everything):
            self.summary_dialog.refresh_lights(self.today())

    def _plan_chosen(self, _plan_id: object) -> None:
        """Another plan shown (e.g. right after an import): the visible page follows."""
        current = self.window.pages.currentWidget()
        week = self._week_view
        if current is not None and current is week and week.save_if_dirty():
            week.activate()
        elif current is not None and current is self._dashboard:
            self._dashboard.load()

    def status_line(self, changes, on: date) -> str:
        """The start-up summary in one sentence, in the interface language."""
        from desktop_app.ui.week.startup_summary import summary_line

        return summary_line(changes, on)

    def update_light_status(self) -> None:
        """当前红灯 N 项、黄灯 M 项 — as the tree shows them now."""
        from desktop_app.ui.week.startup_summary import current_light_counts

        try:
            counts = current_light_counts(self.window.reg, self.today())
        except StorageError as exc:
            self.window.statusBar().showMessage(str(exc))
            return
        self.window.statusBar().showMessage(
            self.tr("Now {0} red and {1} yellow.").format(counts["red"], counts["yellow"]), 30000)

    # -- click-through to the task tree ----------------------------------------------------------
    def show_tasks(self, task_ids: list[int], caption: str) -> None:
        """Switch to 任务分解 showing only ``task_ids`` (视图 ▸ 清除筛选 brings all back)."""
        w = self.window
        page = w.tasks
        w.pages.setCurrentWidget(w.task_page)
        if w.pages.currentWidget() is not w.task_page:
            return  # the week's drafts could not be saved; the message says why
        page.model.set_filter(set(task_ids))
        if len(task_ids) <= 500:
            page.view.expandAll()
        else:
            page.view.expandToDepth(1)
        if task_ids:
            page.view.select_tasks(task_ids[:1], task_ids[0])
        page.emit_status()
        w.statusBar().showMessage(
            self.tr("{0}: {1} tasks (View ▸ Clear filter shows all tasks again)").format(caption, len(task_ids)))

    # -- 延期 and 督办 on the chosen task ------------------------------------------------------
    def selected_task_id(self) -> int | None:
        """The task chosen on the current page (week grid, task tree or a dashboard list)."""
        current = self.window.pages.currentWidget()
        if current is not None and current is self._week_view:
            ids = self._week_view.selected_task_ids()
            return ids[0] if ids else None
        if current is not None and current is self._dashboard:
            view = self._dashboard.lists.currentWidget()
            index = view.currentIndex() if view is not None else None
            return index.data(TASK_ID_ROLE) if index is not None and index.isValid() else None
        return self.window.tasks.view.current_task_id()

    def _extension_for_selection(self) -> None:
        tid = self.selected_task_id()
        if tid is None:
            self.window.statusBar().showMessage(self.tr("Select a task first."), 5000)
            return
        self.request_extension(tid)

    def _supervision_for_selection(self) -> None:
        tid = self.selected_task_id()
        if tid is None:
            self.window.statusBar().showMessage(self.tr("Select a task first."), 5000)
            return
        self.issue_supervision(tid)

    # The dialogs write through storage; the hub announces what they wrote as soon as
    # they close (every page then shows it — no page is refreshed from here).
    def request_extension(self, task_id: int) -> None:
        from desktop_app.ui.week.extension_dialog import ExtensionDialog

        ExtensionDialog(self.window.reg, task_id, today=self.today(), parent=self.window).exec()
        self.window.hub.flush()

    def issue_supervision(self, task_id: int) -> None:
        from desktop_app.ui.week.supervision_dialog import SupervisionDialog

        SupervisionDialog(self.window.reg, task_id=task_id, today=self.today(), parent=self.window).exec()
        self.window.hub.flush()

    def issue_department_supervision(self) -> None:
        from desktop_app.ui.week.supervision_dialog import SupervisionDialog

        # The department chosen on the week page (none while that page was never shown).
        week = self._week_view
        department = week.department_combo.currentData() if week is not None else None
        SupervisionDialog(self.window.reg, department_id=department, today=self.today(), parent=self.window).exec()
        self.window.hub.flush()

    def open_lights_settings(self) -> None:
        """亮灯设置 is the 亮灯规则 page of 工具 ▸ 设置."""
        from desktop_app.ui.shell.settings_dialog import LIGHTS_PAGE, SettingsDialog

        SettingsDialog(self.window, page=LIGHTS_PAGE).exec()


def install(window: QMainWindow, *, today: date | None = None) -> WeeklyCycle:
    """Add the weekly cycle to ``window``; its start-up summary follows the first paint."""
    return WeeklyCycle(window, today=today)
