"""The 任务分解 page: the filter bar over the task tree, the detail panel beside it, and
the editor that owns the undo stack. The main window only assembles it.

The page listens to the change hub: whatever wrote to the register (this page, the
week grid, a dialog, an import, undo), the tree, its filter count and the panel show it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register
from desktop_app.ui.common import user_settings
from desktop_app.ui.common.hub import ChangeHub
from desktop_app.ui.tasks.filter_bar import FilterBar
from desktop_app.ui.tasks.task_actions import TaskEditor
from desktop_app.ui.tasks.task_panel import TaskPanel
from desktop_app.ui.tasks.task_tree_model import TaskTreeModel
from desktop_app.ui.tasks.task_view import TaskTreeView


class TaskPage(QWidget):
    # A line for the status bar (counts of the tree, filter and selection).
    status_changed = Signal(str)

    def __init__(self, hub: ChangeHub, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        reg = hub.reg
        self.reg = reg
        self.hub = hub
        self.model = TaskTreeModel(reg, defer_lights=True)
        self.view = TaskTreeView()
        self.view.setModel(self.model)  # column widths: restore_state()
        self.panel = TaskPanel(reg)
        self.panel.setMinimumWidth(320)
        self.filter_bar = FilterBar(reg, self.model)
        self.editor = TaskEditor(window, hub, self.view, self.panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.filter_bar.applied.connect(lambda *_: self._after_filter())
        self.editor.changed.connect(self._after_edit)
        hub.changed.connect(self._on_changes)
        self._connect_model()

    def _connect_model(self) -> None:
        self.model.move_requested.connect(self.editor.move)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.emit_status())

    # -- register and plan ---------------------------------------------------
    def set_register(self, reg: Register) -> None:
        """A new register (the hub already watches it)."""
        self.reg = reg
        self.model = TaskTreeModel(reg, defer_lights=True)
        self.view.setModel(self.model)
        self._connect_model()
        self.filter_bar.set_source(reg, self.model)
        self.editor.set_register(reg)

    def set_plan(self, plan_id: int | None) -> None:
        """Show a plan; the filter bar's count signal then expands the first level."""
        self.model.set_plan(plan_id)
        self.panel.show_task(None)
        self.filter_bar.reload_choices()
        if self.filter_bar.is_active():
            self.filter_bar.apply()
        else:
            self.filter_bar.update_count()

    # -- reactions -----------------------------------------------------------
    def _show_current(self) -> None:
        tid = self.view.current_task_id()
        if tid == self.panel.task_id:
            return
        if self.panel.is_modified():
            # Moving on saves what was typed (one undo step), as a spreadsheet would.
            self.panel.save()
            if self.panel.message.text():
                self.editor.warn(self.tr("The changes to the previous task were not saved: {0}").format(
                    self.panel.message.text()))
        self.panel.show_task(tid, self.model.number(tid) if tid is not None else "")

    def _after_filter(self) -> None:
        if self.model.is_filtered() and self.model.shown_match_count() <= 500:
            self.view.expandAll()
        else:
            self.view.expand_top_level()
        self._show_current()
        self.emit_status()

    def _after_edit(self, _ids: list, _structural: bool) -> None:
        self.emit_status()

    def _on_changes(self, changes: Changes, _source: object) -> None:
        """Show what any write changed: the tree's shape, rows and lights, the panel."""
        if changes.directory or changes.plans or changes.everything:
            self.filter_bar.reload_choices()
        if changes.structure or changes.everything:
            expanded = self.view.expanded_ids()
            selected = self.view.selected_task_ids()
            current = self.view.current_task_id()
            self.model.reload()
            self.view.restore_expanded(expanded)
            live = [t for t in selected if self.model.index_of(t).isValid()]
            if live:
                self.view.select_tasks(live, current if current in live else None)
        elif changes.lights or changes.directory or changes.supervision:
            self.model.refresh_data()
        if changes.tasks or changes.structure or changes.progress_tasks or changes.directory \
                or changes.everything:
            self.filter_bar.forget()  # the next search starts afresh
            self.filter_bar.update_count()
        self._panel_follow(changes)
        self.emit_status()

    def _panel_follow(self, changes: Changes) -> None:
        tid = self.panel.task_id
        current = self.view.current_task_id()
        if tid is not None and (tid != current or not self.model.index_of(tid).isValid()):
            # The task left the tree (deleted, another plan): show what is selected now.
            self.panel.show_task(current, self.model.number(current) if current is not None else "")
            return
        if tid is None:
            if current is not None:
                self.panel.show_task(current, self.model.number(current))
            return
        touched = tid in changes.tasks or changes.structure or changes.directory
        if touched:
            self.panel.external_change(self.model.number(tid))

    def emit_status(self) -> None:
        total = self.model.task_count()
        parts = [self.tr("{0} tasks").format(f"{total:,}")]
        if self.model.is_filtered():
            parts.append(self.tr("{0} shown by the filter").format(f"{self.model.shown_match_count():,}"))
        selected = len(self.view.selectionModel().selectedRows()) if self.view.selectionModel() else 0
        if selected:
            parts.append(self.tr("{0} selected").format(selected))
        self.status_changed.emit(self.tr(" | ").join(parts))

    # -- state ---------------------------------------------------------------
    def restore_state(self) -> None:
        self.view.restore_columns()
        splitter = user_settings.get(user_settings.TASK_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.view.save_columns()
        user_settings.put(user_settings.TASK_SPLITTER, self.splitter.saveState())
