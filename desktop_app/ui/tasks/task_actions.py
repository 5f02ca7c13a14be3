"""Editing the task tree: add, indent/outdent, move, delete to the bin, bulk 责任到人 and
panel saves — each one transaction and one undo step on the window's ``QUndoStack``.

Every write goes through the change hub (``hub.perform``), which tells every page what
changed; the editor itself only selects what it just touched."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtWidgets  # dialogs: their classes looked up when first shown
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app import APP_NAME
from desktop_app.storage import task_details
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common.helpers import busy_cursor
from desktop_app.ui.common.hub import ChangeHub
from desktop_app.ui.common.icons import icon
from desktop_app.ui.tasks.task_panel import TaskPanel
from desktop_app.ui.tasks.task_view import TaskTreeView
from desktop_app.ui.tasks.undo import (
    AddCommand,
    BinCommand,
    FunctionCommand,
    MoveCommand,
    StateCommand,
    TaskCommand,
    perform_moves,
)


class TaskEditor(QObject):
    """Owns the undo stack and the editing actions of the task tree."""

    # (task ids touched, did the tree's shape change?) — after the pages have refreshed
    changed = Signal(list, bool)

    def __init__(self, window: QWidget, hub: ChangeHub, view: TaskTreeView, panel: TaskPanel) -> None:
        super().__init__(window)
        self.window = window
        self.hub = hub
        self.reg = hub.reg
        self.view = view
        self.panel = panel
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        panel.save_requested.connect(self.save_task)
        self._build_actions()

    def set_register(self, reg: Register) -> None:
        self.reg = reg
        self.undo_stack.clear()
        self.panel.set_register(reg)

    # -- actions -------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[[], Any], shortcuts: list, icon_name: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setToolTip(f"{text} ({QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.action_undo = self.undo_stack.createUndoAction(self.window, self.tr("Undo"))
        self.action_undo.setObjectName("action_undo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_undo.setIcon(icon("undo"))
        self.action_redo = self.undo_stack.createRedoAction(self.window, self.tr("Redo"))
        self.action_redo.setObjectName("action_redo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.action_redo.setIcon(icon("redo"))
        self.action_add = self._action("action_add_task", self.tr("Add task"), self.add_sibling, ["Ins"], "add")
        self.action_add_child = self._action("action_add_child", self.tr("Add sub-task"), self.add_child, ["Ctrl+Shift+N"], "add-child")
        self.action_indent = self._action("action_indent", self.tr("Indent (under the task above)"), self.indent, ["Ctrl+Right"], "indent")
        self.action_outdent = self._action("action_outdent", self.tr("Outdent"), self.outdent, ["Ctrl+Left"], "outdent")
        self.action_up = self._action("action_move_up", self.tr("Move up"), lambda: self.shift(-1), ["Alt+Up"], "up")
        self.action_down = self._action("action_move_down", self.tr("Move down"), lambda: self.shift(1), ["Alt+Down"], "down")
        self.action_delete = self._action("action_delete", self.tr("Delete to recycle bin"), self.delete, [QKeySequence.StandardKey.Delete], "delete")
        self.action_bulk = self._action("action_bulk_assign", self.tr("Assign in bulk…"), self.bulk_assign, ["Ctrl+B"], "assign")
        self.action_bin = self._action("action_bin", self.tr("Recycle bin…"), self.open_bin, [], "bin")
        # Tab / Shift+Tab indent inside the tree only (elsewhere they move the focus).
        for action in (self.action_indent, self.action_outdent, self.action_up, self.action_down,
                       self.action_delete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        self.action_indent.setShortcuts([QKeySequence("Ctrl+Right"), QKeySequence(Qt.Key.Key_Tab)])
        self.action_outdent.setShortcuts([QKeySequence("Ctrl+Left"), QKeySequence("Shift+Tab"),
                                          QKeySequence(Qt.Key.Key_Backtab)])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.action_edit = self._action("action_edit_task", self.tr("Edit task"), self.edit_current, ["F2"])
        self.action_edit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.action_edit)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.view)
        for action in (self.action_add, self.action_add_child, None, self.action_indent, self.action_outdent,
                       self.action_up, self.action_down, None, self.action_bulk, None, self.action_delete):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def edit_current(self) -> None:
        """Double-click: type in the panel straight away."""
        if self.panel.task_id is not None and self.panel.isVisible():
            self.panel.title_edit.setFocus()
            self.panel.title_edit.selectAll()

    def edit_actions(self) -> list[QAction | None]:
        """The 编辑 menu, in order (None = separator)."""
        return [self.action_undo, self.action_redo, None, self.action_edit, self.action_add, self.action_add_child,
                None, self.action_indent, self.action_outdent, self.action_up, self.action_down,
                None, self.action_bulk, None, self.action_delete, self.action_bin]

    # -- plumbing ------------------------------------------------------------
    def warn(self, text: str) -> None:
        QtWidgets.QMessageBox.warning(self.window, APP_NAME, text)

    def _after_change(self, ids: list[int], structural: bool) -> None:
        """The pages have refreshed (the hub told them); select what was just touched."""
        model = self.view.task_model()
        if structural:
            expanded = self.view.expanded_ids()
            if model.show_tasks(ids):
                self.view.restore_expanded(expanded)
            live = [t for t in ids if model.index_of(t).isValid()]
            if live:
                self.view.select_tasks(live)
        self.changed.emit(ids, structural)

    def _push(self, make: Callable[..., TaskCommand], text: str, *args: Any, **kwargs: Any) -> None:
        self.undo_stack.push(make(self.hub, text, self._after_change, self.warn, *args, **kwargs))

    def _plan(self) -> int | None:
        return self.view.task_model().plan_id

    def _attempt(self, work: Callable[[], Any]) -> Any:
        """Run a first application; a storage error becomes a message and no undo step.
        (Thousands of tasks in one bulk step take seconds: the cursor says so.)"""
        try:
            with busy_cursor():
                return self.hub.perform(work, source=self)
        except StorageError as exc:
            error = str(exc)
        self.warn(error)
        return None

    def push_done(self, text: str, do: Callable[[], object], revert: Callable[[], object]) -> None:
        """Record an edit already made elsewhere (the directory) as one undo step."""
        self._push(FunctionCommand, text, do, revert)

    # -- structure -----------------------------------------------------------
    def _add(self, parent_id: int | None, row: int, text: str) -> None:
        plan = self._plan()
        if plan is None:
            self.warn(self.tr("Create or choose a plan first."))
            return

        def work() -> int:
            with self.reg.atomic():
                tid = task_store.add_task(self.reg, plan, self.tr("New task"), parent_id=parent_id, operation=text)
                task_store.move_task(self.reg, tid, parent_id, row, operation=text)
            return tid

        tid = self._attempt(work)
        if tid is not None:
            self.undo_stack.push(AddCommand(self.hub, text, self._after_change, self.warn, tid))
            self.panel.title_edit.setFocus()
            self.panel.title_edit.selectAll()

    def add_sibling(self) -> None:
        current = self.view.current_task_id()
        model = self.view.task_model()
        if current is None:
            self._add(None, len(model.live_children(None)), self.tr("Add task"))
            return
        parent = model.parent_id(current)
        self._add(parent, model.live_children(parent).index(current) + 1, self.tr("Add task"))

    def add_child(self) -> None:
        current = self.view.current_task_id()
        if current is None:
            self.add_sibling()
            return
        self._add(current, len(self.view.task_model().live_children(current)), self.tr("Add sub-task"))

    def _top_selected(self) -> list[int]:
        """Selected tasks whose ancestors are not selected too (a subtree moves as one)."""
        model = self.view.task_model()
        ids = self.view.selected_task_ids()
        chosen = set(ids)

        def has_selected_ancestor(tid: int) -> bool:
            parent = model.parent_id(tid)
            while parent is not None:
                if parent in chosen:
                    return True
                parent = model.parent_id(parent)
            return False

        return [t for t in ids if not has_selected_ancestor(t)]

    def move(self, moves: list[tuple[int, int | None, int]], text: str = "") -> None:
        """Moves [(task_id, new_parent_id, row)] as one undo step (drag and drop lands here)."""
        if not moves:
            return
        text = text or self.tr("Move task")
        old = self._attempt(lambda: perform_moves(self.reg, moves, text))
        if old is not None:
            self._push(MoveCommand, text, moves, old)

    def indent(self) -> None:
        model = self.view.task_model()
        moves = []
        for tid in self._top_selected():
            parent = model.parent_id(tid)
            siblings = model.live_children(parent)
            index = siblings.index(tid)
            if index == 0:
                continue
            new_parent = siblings[index - 1]
            if any(m[0] == new_parent for m in moves):
                new_parent = moves[-1][1] or new_parent
            moves.append((tid, new_parent, len(model.live_children(new_parent)) + sum(m[1] == new_parent for m in moves)))
        if not moves:
            self.warn(self.tr("The first task cannot be indented: there is no task before it on its level."))
            return
        self.move(moves, self.tr("Indent"))

    def outdent(self) -> None:
        model = self.view.task_model()
        moves = []
        # Last first: each lands right after its old parent, so the order is kept.
        for tid in reversed(self._top_selected()):
            parent = model.parent_id(tid)
            if parent is None:
                continue
            grand = model.parent_id(parent)
            moves.append((tid, grand, model.live_children(grand).index(parent) + 1))
        if not moves:
            self.warn(self.tr("A top-level task cannot be outdented."))
            return
        self.move(moves, self.tr("Outdent"))

    def shift(self, step: int) -> None:
        model = self.view.task_model()
        current = self.view.current_task_id()
        if current is None:
            return
        parent = model.parent_id(current)
        siblings = model.live_children(parent)
        row = siblings.index(current) + step
        if 0 <= row < len(siblings):
            self.move([(current, parent, row)], self.tr("Move up") if step < 0 else self.tr("Move down"))

    def delete(self) -> None:
        ids = self._top_selected()
        if not ids:
            return
        model = self.view.task_model()
        with_children = sum(1 for t in ids if model.live_children(t))
        question = self.tr("Move the {0} selected tasks to the recycle bin?").format(len(ids))
        if with_children:
            question += self.tr("\n{0} of them take their sub-tasks along.").format(with_children)
        question += self.tr("\nThey can be restored from Edit ▸ Recycle bin, or undone (Ctrl+Z).")
        if QtWidgets.QMessageBox.question(self.window, APP_NAME, question) != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        if self._attempt(lambda: task_store.soft_delete(self.reg, ids) or True):
            self._push(BinCommand, self.tr("Delete {0} tasks").format(len(ids)), ids, delete=True)

    def restore(self, ids: list[int]) -> None:
        if ids and self._attempt(lambda: task_store.restore(self.reg, ids) or True):
            self._push(BinCommand, self.tr("Restore {0} tasks from the bin").format(len(ids)), ids, delete=False)

    def open_bin(self) -> None:
        from desktop_app.ui.tasks.recycle_bin import RecycleBinDialog

        RecycleBinDialog(self, self.window).exec()

    # -- fields --------------------------------------------------------------
    def apply_states(self, after: dict[int, dict[str, Any]], text: str,
                     started: dict[int, dict[str, Any]] | None = None) -> bool:
        """Apply partial task states as one undo step; False (with a message) if refused.

        ``started``: the values the view showed when the user began (for the changed
        fields); storage refuses the edit if the register holds something else now."""
        before_full = task_details.snapshot(self.reg, after, details=any(
            "indicators" in s or "milestones" in s for s in after.values()))
        # A new lead drops itself from the co-operating list: undo must restore both.
        keys = {tid: set(state) | ({"lead_id", "co_ids"} if {"lead_id", "co_ids"} & set(state) else set())
                for tid, state in after.items()}
        before = {tid: {k: before_full[tid][k] for k in keys[tid]} for tid in after if tid in before_full}
        expected = started if started is not None else before
        if self._attempt(lambda: task_details.apply(self.reg, after, operation=text, expected=expected)) is None:
            return False
        self._push(StateCommand, text, before, after)
        return True

    def save_task(self, task_id: int, state: dict[str, Any], started: dict[str, Any]) -> None:
        """The panel's edit: only the fields the user changed, with what they showed."""
        if not self.apply_states({task_id: state}, self.tr("Edit task"), {task_id: started}):
            self.panel.reload()
            self.panel.show_error(self.tr("Not saved."))

    def bulk_assign(self) -> None:
        from desktop_app.ui.tasks.bulk_assign import BulkAssignDialog

        ids = self.view.selected_task_ids()
        if not ids:
            self.warn(self.tr("Select tasks in the tree first (hold Ctrl or Shift to select several)."))
            return
        model = self.view.task_model()
        headings = [tid for tid in ids if model.live_children(tid)]
        dialog = BulkAssignDialog(self.reg, len(ids), self.window, headings=len(headings))
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or not dialog.changes():
            return
        if not dialog.include_headings.isChecked():
            skipped = set(headings)
            ids = [tid for tid in ids if tid not in skipped]
        if not ids:
            return
        changes = dialog.changes()
        self.apply_states({tid: dict(changes) for tid in ids}, self.tr("Assign {0} tasks").format(len(ids)))
