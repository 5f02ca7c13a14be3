"""A plan's tree and 编号, computed once per change of its structure.

Deriving 编号 and the document order walks every task of the plan (0.1 s and more at 100,000
tasks) and the window needs both before its first paint. So the result is kept in the
register (table ``plan_trees``, one row per plan) and read back in one row; triggers
(migration ``m008_plan_trees``) drop a plan's row in the same transaction as anything that
changes its tree, whoever writes, so a row that is there is always the tree as it is. A
missing row is computed from the tasks and stored again (not in a read-only register, where
it is only computed).

:meth:`PlanTree.shape` lays the tree out for a tree model — children, parents, each
parent's children's 编号 and document order as dicts and lists — with the interpreter's C
loops where it can: 100,000 tasks in a few tens of milliseconds.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from desktop_app.domain.numbering import derive_numbers
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError

_BIG_ENDIAN = sys.byteorder == "big"  # the file keeps little-endian integers on every machine
_ID_BYTES = array("q").itemsize
# How many live tasks a plan has, from its stored tree while that is current (NULL when
# not stored): the length of its ids, without reading them ({plan}: the plan's id).
STORED_TASK_COUNT = f"(SELECT length(ids) / {_ID_BYTES} FROM plan_trees WHERE plan_id = {{plan}})"


@dataclass(frozen=True)
class TreeShape:
    """A plan's tree as a tree model holds it; the root is 0 (a task whose parent is not a
    live task of the plan hangs from the root)."""

    children: dict[int, list[int]]  # each parent's children in order; 0: the top level
    parent: dict[int, int]  # each task's parent (0: top level)
    order: list[int]  # every task in document (depth-first) order
    # Each parent's children's 编号, beside ``children[parent]`` (compare=False: the same
    # numbers as PlanTree.numbers, kept by parent so that a model reads one parent's at once)
    child_numbers: dict[int, list[str]] = field(default_factory=dict, compare=False)

    @cached_property
    def position(self) -> dict[int, int]:
        """Each task's index in ``order`` (made when first asked: a filter that hides tasks)."""
        return dict(zip(self.order, range(len(self.order)), strict=True))


class PlanTree:
    """The live tasks of a plan: ``ids`` grouped by parent (``parents``, 0: none, ascending),
    each parent's children in (position, id) order, with their ``positions`` and 编号
    (``number_list``, beside ``ids``), and the document order (``order``).

    Kept grouped, a parent's children are one run of ``ids``: laying the tree out for a
    model (:meth:`shape`) slices instead of sorting. (Rows stored before were in
    (position, id) order throughout; :func:`plan_tree` groups them when it reads them.)"""

    def __init__(self, ids: list[int], parents: list[int], positions: list[int],
                 number_list: list[str], order: list[int]) -> None:
        self.ids = ids
        self.parents = parents
        self.positions = positions
        self.number_list = number_list
        self.order = order

    @cached_property
    def numbers(self) -> dict[int, str]:
        """id → "3.2.4"."""
        return dict(zip(self.ids, self.number_list, strict=True))

    @property
    def skeleton(self) -> list[tuple[int, int | None, int]]:
        """(id, parent_id, position) as :func:`desktop_app.storage.tasks.tree_skeleton` gives
        them: in (position, id) order."""
        rows = zip(self.ids, [p or None for p in self.parents], self.positions, strict=True)
        return sorted(rows, key=lambda r: (r[2], r[0]))

    def shape(self) -> TreeShape:
        """The tree laid out for a model (new dicts and lists on every call): the
        interpreter's C loops do the per-task work, Python runs once per parent."""
        ids, parents, numbers = self.ids, self.parents, self.number_list
        parent_of = dict(zip(ids, parents, strict=True))
        live_parents = set(parents)
        if any(p and p not in parent_of for p in live_parents):
            # Tasks whose parent is not live hang from the root, among its children by
            # (position, id) as everywhere: grouped again.
            parents = [p if p in parent_of else 0 for p in parents]
            parent_of = dict(zip(ids, parents, strict=True))
            live_parents = set(parents)
            order = sorted(range(len(ids)), key=list(zip(parents, self.positions, ids, strict=True)).__getitem__)
            ids, numbers, parents = _pick(ids, order), _pick(numbers, order), _pick(parents, order)
        children: dict[int, list[int]] = {0: []}
        child_numbers: dict[int, list[str]] = {0: []}
        at = 0
        for parent in sorted(live_parents):
            end = bisect_right(parents, parent, at)
            children[parent] = ids[at:end]
            child_numbers[parent] = numbers[at:end]
            at = end
        return TreeShape(children, parent_of, list(self.order), child_numbers)


def plan_tree(reg: Register, plan_id: int) -> PlanTree:
    """The plan's tree and 编号: the stored row when the tree has not changed since, else
    computed from the tasks now (and stored)."""
    row = reg.execute(
        "SELECT ids, parents, positions, numbers, doc_order FROM plan_trees WHERE plan_id = ?",
        (plan_id,),
    ).fetchone()
    if row is not None:
        tree = _decode(*row)
        if tree is not None:
            if tree.parents == sorted(tree.parents):
                return tree
            return _regroup(reg, plan_id, tree, row)
    if reg.readonly:
        return _compute(reg, plan_id)
    try:
        with reg.atomic():  # read and store under the write lock: no one changes it between
            tree = _compute(reg, plan_id)
            _store(reg, plan_id, tree)
    except (StorageError, sqlite3.Error):
        return _compute(reg, plan_id)  # the stored copy is only a saving; never a failure
    return tree


def _regroup(reg: Register, plan_id: int, tree: PlanTree, row: tuple) -> PlanTree:
    """A row stored in (position, id) order, as rows were before they were grouped by
    parent: grouped, and stored so (while it is still the row read) for the next start."""
    by_parent = sorted(range(len(tree.ids)), key=tree.parents.__getitem__)  # stable
    grouped = PlanTree(_pick(tree.ids, by_parent), _pick(tree.parents, by_parent),
                       _pick(tree.positions, by_parent), _pick(tree.number_list, by_parent), tree.order)
    if not reg.readonly:
        try:
            with reg.atomic():
                reg.execute(
                    "UPDATE plan_trees SET ids = ?, parents = ?, positions = ?, numbers = ? "
                    "WHERE plan_id = ? AND ids = ? AND parents = ? AND positions = ? AND numbers = ? "
                    "AND doc_order = ?",
                    (_ints(grouped.ids), _ints(grouped.parents), _ints(grouped.positions),
                     " ".join(grouped.number_list).encode("ascii"), plan_id, *row),
                )
        except (StorageError, sqlite3.Error):
            pass  # the stored copy is only a saving; never a failure
    return grouped


def _pick(values: list, order: list[int]) -> list:
    """``values`` in ``order`` (a list of their indexes)."""
    return list(map(values.__getitem__, order))


def _compute(reg: Register, plan_id: int) -> PlanTree:
    skeleton = task_store.tree_skeleton(reg, plan_id)
    numbers = derive_numbers(skeleton)
    ids = [r[0] for r in skeleton]
    parents = [r[1] or 0 for r in skeleton]
    live = set(ids)
    children: dict[int, list[int]] = {}
    for tid, parent in zip(ids, parents, strict=True):
        children.setdefault(parent if parent in live else 0, []).append(tid)
    order: list[int] = []
    stack = list(reversed(children.get(0, [])))
    while stack:
        tid = stack.pop()
        order.append(tid)
        stack.extend(reversed(children.get(tid, ())))
    grouped = sorted(skeleton, key=lambda r: r[1] or 0)  # stable: (position, id) in a group
    return PlanTree([r[0] for r in grouped], [r[1] or 0 for r in grouped], [r[2] for r in grouped],
                    [numbers[r[0]] for r in grouped], order)


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
    reg.execute(
        "INSERT OR REPLACE INTO plan_trees (plan_id, ids, parents, positions, numbers, doc_order) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (plan_id, _ints(tree.ids), _ints(tree.parents), _ints(tree.positions),
         " ".join(tree.number_list).encode("ascii"), _ints(tree.order)),
    )


def _decode(ids: bytes, parents: bytes, positions: bytes, numbers: bytes,
            order: bytes) -> PlanTree | None:
    try:
        tree = PlanTree(_unpack(ids), _unpack(parents), _unpack(positions),
                        numbers.decode("ascii").split(" ") if ids else [], _unpack(order))
    except (ValueError, TypeError, UnicodeDecodeError):
        return None  # not what _store wrote: compute it again
    n = len(tree.ids)
    if not n == len(tree.parents) == len(tree.positions) == len(tree.number_list) == len(tree.order):
        return None
    return tree
