"""The main window's task menus and toolbar (编辑, 视图, 工具 ▸ 科室与人员/设置), kept
out of ``main_window.py`` so that file stays a thin assembly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from desktop_app.ui.common.icons import icon
from desktop_app.ui.tasks.task_tree_model import TaskTreeModel

if TYPE_CHECKING:
    from desktop_app.ui.tasks.task_page import TaskPage


class TaskMenusMixin:
    """Mixed into ``MainWindow`` (a QMainWindow with ``tasks``, ``reg`` and the menus).

    Strings are translated in the context "TaskMenus": a mixin's ``self.tr`` would look
    them up under the window's class name instead.
    """

    tasks: TaskPage

    @property
    def task_model(self) -> TaskTreeModel:
        return self.tasks.model

    def _build_task_menus(self) -> None:
        editor = self.tasks.editor
        self.undo_stack = editor.undo_stack
        for action in editor.edit_actions():
            if action is None:
                self.menu_edit.addSeparator()
            else:
                self.menu_edit.addAction(action)
        self.action_find = QAction(icon("find"), QCoreApplication.translate("TaskMenus", "Find…"), self)
        self.action_find.setObjectName("action_find")
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)
        self.action_find.triggered.connect(self.focus_search)
        self.action_clear_filter = QAction(QCoreApplication.translate("TaskMenus", "Clear filter"), self)
        self.action_clear_filter.setObjectName("action_clear_filter")
        self.action_clear_filter.triggered.connect(self.tasks.filter_bar.clear)
        self.action_reload = QAction(QCoreApplication.translate("TaskMenus", "Reload from file"), self)
        self.action_reload.setObjectName("action_reload")
        self.action_reload.setShortcut(QKeySequence.StandardKey.Refresh)
        self.action_reload.triggered.connect(self.reload_from_file)
        self.menu_view.addAction(self.action_reload)
        self.menu_view.addAction(self.action_find)
        self.menu_view.addAction(self.action_clear_filter)
        self.menu_view.addSeparator()
        columns = self.menu_view.addMenu(QCoreApplication.translate("TaskMenus", "Columns"))
        columns.aboutToShow.connect(lambda: (columns.clear(), self.tasks.view.fill_column_menu(columns)))
        self.action_panel = QAction(QCoreApplication.translate("TaskMenus", "Task details panel"), self)
        self.action_panel.setObjectName("action_panel")
        self.action_panel.setCheckable(True)
        self.action_panel.setChecked(True)
        self.action_panel.setShortcut(QKeySequence("F4"))
        self.action_panel.toggled.connect(self.tasks.panel.setVisible)
        self.menu_view.addAction(self.action_panel)
        self.menu_view.addAction(QCoreApplication.translate("TaskMenus", "Expand all"), self.tasks.view.expandAll)
        self.menu_view.addAction(QCoreApplication.translate("TaskMenus", "Collapse to sections"), self.tasks.view.collapseAll)

        self.action_directory = QAction(icon("directory"), QCoreApplication.translate("TaskMenus", "Departments and people…"), self)
        self.action_directory.setObjectName("action_directory")
        self.action_directory.triggered.connect(self.show_directory)
        self.action_settings = QAction(icon("settings"), QCoreApplication.translate("TaskMenus", "Settings…"), self)
        self.action_settings.setObjectName("action_settings")
        self.action_settings.triggered.connect(self.show_settings)

        toolbar = QToolBar(QCoreApplication.translate("TaskMenus", "Common"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (editor.action_undo, editor.action_redo, None, editor.action_add, editor.action_add_child,
                       editor.action_outdent, editor.action_indent, editor.action_up, editor.action_down, None,
                       editor.action_bulk, self.action_directory, None, editor.action_delete):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        for action in (editor.action_outdent, editor.action_indent, editor.action_up, editor.action_down):
            toolbar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(toolbar)

    def focus_search(self) -> None:
        edit = self.tasks.filter_bar.search_edit
        self.pages.setCurrentWidget(self.task_page)
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def show_directory(self) -> None:
        from desktop_app.ui.directory.directory_dialog import DirectoryDialog

        DirectoryDialog(self.reg, self, record=self.tasks.editor.push_done).exec()
        self.hub.flush()  # what the dialog wrote reaches every page now

    def show_settings(self) -> None:
        from desktop_app.ui.shell.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()
