"""One write path: run a write operation and get back what it changed.

``result, changes = perform(reg, tasks.update_task, reg, 12, title="…")`` — the
``Changes`` are those of every transaction the operation committed (derived from its
audit rows, see :mod:`desktop_app.storage.changes`). The window's change hub announces
them; the command line and tests can look at them directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register

T = TypeVar("T")


def perform(reg: Register, work: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, Changes]:
    """Run ``work(*args, **kwargs)``; errors propagate (what committed before them is
    still in ``reg``'s collection of the enclosing ``collect()``, if any)."""
    with reg.collect() as box:
        result = work(*args, **kwargs)
    return result, box[0]
