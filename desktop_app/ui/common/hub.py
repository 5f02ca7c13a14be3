"""The change hub: one announcement of every write, every page listening.

Every write of the register is an operation: :meth:`ChangeHub.perform` runs it, and
what it changed (a :class:`~desktop_app.storage.changes.Changes`, derived by storage
from the write's audit rows) is announced once through :attr:`ChangeHub.changed`.
Writes made without ``perform`` (inside a dialog, say) are not lost: the register
collects them and the hub announces them on the next turn of the event loop.

Each page connects to ``changed`` and refreshes only what concerns it; no page
refreshes another by hand. ``source`` is the object that asked for the write (a page
may treat its own writes differently, e.g. keep its selection), or None.

Adding a page: take the window's ``hub`` in the constructor, connect
``hub.changed`` to a slot ``_on_changes(changes, source)``, and look at the fields of
``changes`` (``tasks``, ``structure``, ``progress_weeks``, ``directory``, ``settings``,
``plans``, ``calendar``, ``supervision``, ``everything``) to decide what to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.storage import operations
from desktop_app.storage.changes import EVERYTHING, Changes
from desktop_app.storage.db import Register

T = TypeVar("T")


class ChangeHub(QObject):
    # (Changes, source object or None)
    changed = Signal(object, object)

    def __init__(self, reg: Register, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reg: Register | None = None
        self._flush_scheduled = False
        self.watch(reg)

    def watch(self, reg: Register) -> None:
        """Follow a (newly opened) register; announcing that everything changed is the
        caller's business (``announce(EVERYTHING)``)."""
        if self.reg is not None and self.reg.on_changes == self._schedule_flush:
            self.reg.on_changes = None
        self.reg = reg
        reg.on_changes = self._schedule_flush

    def perform(self, work: Callable[..., T], *args: Any, source: object = None, **kwargs: Any) -> T:
        """Run one write operation and announce what it changed (also when it failed
        half-way between two transactions: what committed is announced, then the error
        is raised)."""
        assert self.reg is not None
        with self.reg.collect() as box:  # an outer box: what commits before an error counts too
            try:
                result, changes = operations.perform(self.reg, work, *args, **kwargs)
            except BaseException:
                self.announce(box[0], source)
                raise
        self.announce(changes, source)
        return result

    def announce(self, changes: Changes, source: object = None) -> None:
        if changes:
            self.changed.emit(changes, source)

    def announce_everything(self, source: object = None) -> None:
        """The register was replaced (another file opened, a backup restored)."""
        self.announce(EVERYTHING, source)

    def _schedule_flush(self) -> None:
        if not self._flush_scheduled:
            self._flush_scheduled = True
            QTimer.singleShot(0, self, self.flush)

    def flush(self) -> None:
        """Announce what was written outside :meth:`perform` (tests call this directly)."""
        self._flush_scheduled = False
        if self.reg is not None:
            self.announce(self.reg.take_changes())
