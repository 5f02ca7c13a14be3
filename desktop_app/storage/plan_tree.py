"""A plan's tree and 编号, computed once per change of its structure.

Deriving 编号 walks every task of the plan (0.1 s at 100,000 tasks) and the window needs it
before its first paint. So the result is kept in the register (table ``plan_trees``, one row
per plan) and read back in one row; triggers (migration ``m007_plan_trees``) drop a plan's
row in the same transaction as anything that changes its tree, whoever writes, so a row that
is there is always the tree as it is. A missing row is computed from the tasks and stored
again (not in a read-only register, where it is only computed).
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from dataclasses import dataclass

from desktop_app.domain.numbering import derive_numbers
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError

_BIG_ENDIAN = sys.byteorder == "big"  # the file keeps little-endian integers on every machine


@dataclass(frozen=True)
class PlanTree:
    """``skeleton``: (id, parent_id, position) of each live task, in (position, id) order, as
    :func:`desktop_app.storage.tasks.tree_skeleton` gives it; ``numbers``: id → "3.2.4"."""

    skeleton: list[tuple[int, int | None, int]]
    numbers: dict[int, str]


def plan_tree(reg: Register, plan_id: int) -> PlanTree:
    """The plan's tree and 编号: the stored row when the tree has not changed since, else
    computed from the tasks now (and stored)."""
    row = reg.execute(
        "SELECT ids, parents, positions, numbers FROM plan_trees WHERE plan_id = ?", (plan_id,)
    ).fetchone()
    if row is not None:
        tree = _decode(*row)
        if tree is not None:
            return tree
    if reg.readonly:
        return _compute(reg, plan_id)
    try:
        with reg.atomic():  # read and store under the write lock: no one changes it between
            tree = _compute(reg, plan_id)
            _store(reg, plan_id, tree)
    except (StorageError, sqlite3.Error):
        return _compute(reg, plan_id)  # the stored copy is only a saving; never a failure
    return tree


def _compute(reg: Register, plan_id: int) -> PlanTree:
    skeleton = task_store.tree_skeleton(reg, plan_id)
    return PlanTree(skeleton, derive_numbers(skeleton))


def _ints(values) -> bytes:
    packed = array("q", values)
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed.tobytes()


def _unpack(data: bytes) -> list[int]:
    packed = array("q")
    packed.frombytes(data)
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed.tolist()


def _store(reg: Register, plan_id: int, tree: PlanTree) -> None:
    skeleton = tree.skeleton
    numbers = tree.numbers
    reg.execute(
        "INSERT OR REPLACE INTO plan_trees (plan_id, ids, parents, positions, numbers) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            plan_id,
            _ints(r[0] for r in skeleton),
            _ints(r[1] or 0 for r in skeleton),
            _ints(r[2] for r in skeleton),
            " ".join(numbers[r[0]] for r in skeleton).encode("ascii"),
        ),
    )


def _decode(ids: bytes, parents: bytes, positions: bytes, numbers: bytes) -> PlanTree | None:
    try:
        id_list = _unpack(ids)
        parent_list = [p or None for p in _unpack(parents)]
        position_list = _unpack(positions)
        number_list = numbers.decode("ascii").split(" ") if id_list else []
    except (ValueError, TypeError, UnicodeDecodeError):
        return None  # not what _store wrote: compute it again
    if not len(id_list) == len(parent_list) == len(position_list) == len(number_list):
        return None
    return PlanTree(list(zip(id_list, parent_list, position_list, strict=True)),
                    dict(zip(id_list, number_list, strict=True)))
