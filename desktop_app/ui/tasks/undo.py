"""Undo/redo of task edits: each command applies and reverts through the storage
functions, so an undo is itself an audited change and the 留痕 stays truthful.

Commands are created *after* their first application succeeded (``done=True``): a
storage error then reaches the user before anything lands on the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.storage import task_details
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common.hub import ChangeHub

# Called after every redo/undo with the task ids it touched (the editor selects them).
Changed = Callable[[list[int], bool], None]
# Called when a redo/undo fails (the register is busy, read-only…): shows the message.
Failed = Callable[[str], None]


class TaskCommand(QUndoCommand):
    """Every redo and undo is an operation of the change hub: what it changed is
    announced to every page, like any other write."""

    structural = False

    def __init__(self, hub: ChangeHub, text: str, changed: Changed, failed: Failed, *, done: bool = True) -> None:
        super().__init__(text)
        self.hub = hub
        self.reg = hub.reg
        self._changed = changed
        self._failed = failed
        self._skip_first_redo = done

    def undone(self) -> str:
        """The history's name for taking this command back (撤销：…)."""
        return QCoreApplication.translate("TaskCommand", "Undo: {0}").format(self.text())

    def task_ids(self) -> list[int]:
        raise NotImplementedError

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _run(self, step: Callable[[], None]) -> None:
        try:
            self.hub.perform(step, source=self)
        except StorageError as exc:
            self.setObsolete(True)
            self._failed(str(exc))
        self._changed(self.task_ids(), self.structural)

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            self._changed(self.task_ids(), self.structural)
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)


class StateCommand(TaskCommand):
    """Fields/departments/indicators/milestones of one or many tasks: before → after."""

    def __init__(self, hub, text, changed, failed, before: dict[int, dict[str, Any]],
                 after: dict[int, dict[str, Any]], *, done: bool = True) -> None:
        super().__init__(hub, text, changed, failed, done=done)
        self.before = before
        self.after = after

    def task_ids(self) -> list[int]:
        return list(self.after)

    def do(self) -> None:
        # Only if nothing changed the fields since the undo: no blind overwrite.
        task_details.apply(self.reg, self.after, operation=self.text(), expected=self.before)

    def revert(self) -> None:
        task_details.apply(self.reg, self.before, operation=self.undone(), expected=self.after)


class MoveCommand(TaskCommand):
    """Moves [(task_id, new_parent_id, row)], undone by moving back in reverse order."""

    structural = True

    def __init__(self, hub, text, changed, failed, moves: list[tuple[int, int | None, int]],
                 old_places: list[tuple[int | None, int]], *, done: bool = True) -> None:
        super().__init__(hub, text, changed, failed, done=done)
        self.moves = moves
        self.old_places = old_places

    def task_ids(self) -> list[int]:
        return [m[0] for m in self.moves]

    def do(self) -> None:
        self.old_places = perform_moves(self.reg, self.moves, self.text())

    def revert(self) -> None:
        with self.reg.atomic():
            for (tid, _p, _r), (parent, row) in reversed(list(zip(self.moves, self.old_places, strict=True))):
                task_store.move_task(self.reg, tid, parent, row, operation=self.undone())


def perform_moves(reg: Register, moves: list[tuple[int, int | None, int]], operation: str) -> list[tuple[int | None, int]]:
    """All moves in one transaction; returns each task's old place."""
    with reg.atomic():
        return [task_store.move_task(reg, tid, parent, row, operation=operation) for tid, parent, row in moves]


class BinCommand(TaskCommand):
    """Delete to the recoverable bin (``delete=True``) or restore from it."""

    structural = True

    def __init__(self, hub, text, changed, failed, ids: list[int], *, delete: bool, done: bool = True) -> None:
        super().__init__(hub, text, changed, failed, done=done)
        self.ids = ids
        self.delete = delete

    def task_ids(self) -> list[int]:
        return list(self.ids)

    def _set(self, deleted: bool) -> None:
        (task_store.soft_delete if deleted else task_store.restore)(self.reg, self.ids)

    def do(self) -> None:
        self._set(self.delete)

    def revert(self) -> None:
        self._set(not self.delete)


class FunctionCommand(TaskCommand):
    """An edit outside the tasks (the directory) given as its two storage calls."""

    def __init__(self, hub, text, changed, failed, do: Callable[[], object], revert: Callable[[], object]) -> None:
        super().__init__(hub, text, changed, failed)
        self._do, self._revert = do, revert

    def task_ids(self) -> list[int]:
        return []

    def do(self) -> None:
        self._do()

    def revert(self) -> None:
        self._revert()


class AddCommand(BinCommand):
    """A new task: undo sends it to the bin, redo brings it back (same id, same history)."""

    def __init__(self, hub, text, changed, failed, task_id: int) -> None:
        super().__init__(hub, text, changed, failed, [task_id], delete=False)
