"""A plan's tree and 编号 kept in the register: what is read back is always what the tasks
say now, after any change of the tree by any writer."""

from __future__ import annotations

import random

from desktop_app.domain.numbering import derive_numbers
from desktop_app.storage import plan_tree as plan_tree_module
from desktop_app.storage import plans, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.plan_tree import TreeShape, plan_tree


def fresh(reg, plan_id):
    skeleton = tasks.tree_skeleton(reg, plan_id)
    return skeleton, derive_numbers(skeleton)


def stored(reg, plan_id) -> bool:
    return reg.scalar("SELECT count(*) FROM plan_trees WHERE plan_id = ?", (plan_id,)) == 1


def assert_current(reg, plan_id):
    tree = plan_tree(reg, plan_id)
    assert (tree.skeleton, tree.numbers) == fresh(reg, plan_id)
    shape, plain = tree.shape(), shape_of(tree.skeleton)
    assert shape == plain and shape.position == {tid: n for n, tid in enumerate(plain.order)}
    # Each parent's children's 编号 beside them.
    assert {p: dict(zip(kids, shape.child_numbers[p], strict=True)) for p, kids in shape.children.items()} \
        == {p: {c: tree.numbers[c] for c in kids} for p, kids in plain.children.items()}


def assert_counts(reg):
    """The plan list's task counts, whether or not a plan's tree is stored right now."""
    counted = {r["id"]: r["task_count"] for r in plans.list_plans(reg)}
    assert counted == {
        pid: reg.scalar("SELECT count(*) FROM tasks WHERE plan_id = ? AND deleted_at IS NULL", (pid,))
        for pid in counted}


def shape_of(skeleton):
    """The layout a tree model makes of a skeleton, the plain way."""
    ids = {tid for tid, _, _ in skeleton}
    children = {0: []}
    for tid, parent, _pos in skeleton:
        children.setdefault(parent if parent in ids else 0, []).append(tid)
    parent = {c: p for p, kids in children.items() for c in kids}
    order, stack = [], list(reversed(children[0]))
    while stack:
        tid = stack.pop()
        order.append(tid)
        stack.extend(reversed(children.get(tid, [])))
    return TreeShape(children, parent, order)


def test_the_tree_is_stored_once_read_and_dropped_by_a_change_of_it(file_reg):
    plan = plans.create_plan(file_reg, "2026年工作要点", 2026)
    top = tasks.add_task(file_reg, plan, "一")
    child = tasks.add_task(file_reg, plan, "一.1", parent_id=top)
    assert not stored(file_reg, plan)
    tree = plan_tree(file_reg, plan)
    assert tree.numbers == {top: "1", child: "1.1"}
    assert stored(file_reg, plan)
    again = plan_tree(file_reg, plan)  # read back from the stored row
    assert (again.skeleton, again.numbers, again.order) == (tree.skeleton, tree.numbers, tree.order)
    tasks.update_task(file_reg, child, title="改名")  # not the tree: the row stays
    assert stored(file_reg, plan)
    tasks.add_task(file_reg, plan, "二")
    assert not stored(file_reg, plan)
    assert_current(file_reg, plan)


def test_every_change_of_the_tree_drops_the_row_and_the_next_read_is_current(db_path):
    rng = random.Random(19)
    with open_register(db_path) as reg:
        plan = plans.create_plan(reg, "2026年工作要点", 2026)
        other = plans.create_plan(reg, "2027年工作要点", 2027)
        live: list[int] = []
        for step in range(120):
            action = rng.choice(["add", "add", "move", "delete", "restore", "plan", "raw"])
            if action == "add" or not live:
                parent = rng.choice([None, *live]) if live else None
                live.append(tasks.add_task(reg, plan, f"任务{step}", parent_id=parent))
            elif action == "move":
                tid = rng.choice(live)
                parent = rng.choice([None, *live])
                try:
                    tasks.move_task(reg, tid, parent, rng.randrange(4))
                except Exception:  # noqa: BLE001 - a move under its own subtree is refused
                    pass
            elif action == "delete":
                tasks.soft_delete(reg, [rng.choice(live)])
            elif action == "restore":
                gone = [r["id"] for r in tasks.deleted_tasks(reg, plan)]
                if gone:
                    tasks.restore(reg, [rng.choice(gone)])
            elif action == "plan":  # a task (and its subtree's parent link) moved to another plan
                tid = rng.choice(live)
                reg.execute("UPDATE tasks SET plan_id = ?, parent_id = NULL WHERE id = ?", (other, tid))
                reg.execute("UPDATE tasks SET parent_id = NULL WHERE parent_id = ?", (tid,))
                live.remove(tid)
            else:  # a writer that knows nothing of the stored tree
                reg.execute("UPDATE tasks SET position = position + ? WHERE id = ?",
                            (rng.randrange(-3, 4), rng.choice(live)))
            assert_counts(reg)  # trees dropped by the step
            assert_current(reg, plan)
            assert_current(reg, other)
            assert_counts(reg)  # from the trees stored again


def test_a_read_only_register_computes_the_tree_without_storing_it(db_path):
    with open_register(db_path) as reg:
        plan = plans.create_plan(reg, "2026年工作要点", 2026)
        first = tasks.add_task(reg, plan, "一")
        tasks.add_task(reg, plan, "一.1", parent_id=first)
    with open_register(db_path, readonly=True) as reg:
        assert plan_tree(reg, plan).numbers == fresh(reg, plan)[1]
        assert not stored(reg, plan)


def test_a_damaged_stored_row_is_computed_again(file_reg):
    plan = plans.create_plan(file_reg, "2026年工作要点", 2026)
    for n in range(5):
        tasks.add_task(file_reg, plan, f"任务{n}")
    plan_tree(file_reg, plan)
    file_reg.execute("UPDATE plan_trees SET numbers = x'ff00' WHERE plan_id = ?", (plan,))
    assert_current(file_reg, plan)


def grouped(reg, plan_id) -> bool:
    """Whether the stored row keeps its tasks grouped by parent."""
    parents = plan_tree_module._unpack(
        reg.scalar("SELECT parents FROM plan_trees WHERE plan_id = ?", (plan_id,)))
    return parents == sorted(parents)


def test_the_stored_tree_keeps_each_parents_children_together(file_reg):
    plan = plans.create_plan(file_reg, "2026年工作要点", 2026)
    one = tasks.add_task(file_reg, plan, "一")
    two = tasks.add_task(file_reg, plan, "二")
    for n in range(3):  # children added in turns: in (position, id) order they interleave
        tasks.add_task(file_reg, plan, f"二.{n}", parent_id=two)
        tasks.add_task(file_reg, plan, f"一.{n}", parent_id=one)
    tree = plan_tree(file_reg, plan)
    assert grouped(file_reg, plan)
    assert_current(file_reg, plan)
    assert tree.shape().children[one] == [t for t, p, _ in fresh(file_reg, plan)[0] if p == one]


def test_a_row_stored_in_the_older_order_reads_the_same_and_is_stored_grouped(db_path):
    with open_register(db_path) as reg:
        plan = plans.create_plan(reg, "2026年工作要点", 2026)
        one = tasks.add_task(reg, plan, "一")
        two = tasks.add_task(reg, plan, "二")
        for n in range(3):
            tasks.add_task(reg, plan, f"二.{n}", parent_id=two)
            tasks.add_task(reg, plan, f"一.{n}", parent_id=one)
        tree = plan_tree(reg, plan)
        skeleton = tree.skeleton  # the older row: every task in (position, id) order
        older = plan_tree_module.PlanTree(
            [t for t, _, _ in skeleton], [p or 0 for _, p, _ in skeleton], [n for _, _, n in skeleton],
            [tree.numbers[t] for t, _, _ in skeleton], tree.order)
        plan_tree_module._store(reg, plan, older)
        assert not grouped(reg, plan)
    with open_register(db_path, readonly=True) as reg:  # read, not written
        assert_current(reg, plan)
        assert not grouped(reg, plan)
    with open_register(db_path) as reg:
        assert_current(reg, plan)
        assert grouped(reg, plan)
        assert_current(reg, plan)


def test_tasks_whose_parent_is_gone_hang_from_the_top_in_order(file_reg):
    """A writer that knows nothing of sub-tasks (a parent put in the bin alone): its
    children hang from the top level, among the top-level tasks by (position, id), and
    keep their 编号 as the tasks now give it."""
    plan = plans.create_plan(file_reg, "2026年工作要点", 2026)
    first = tasks.add_task(file_reg, plan, "一")
    gone = tasks.add_task(file_reg, plan, "二")
    kids = [tasks.add_task(file_reg, plan, f"二.{n}", parent_id=gone) for n in range(3)]
    last = tasks.add_task(file_reg, plan, "三")
    file_reg.execute("UPDATE tasks SET deleted_at = '2026-12-01T09:00:00' WHERE id = ?", (gone,))
    assert_current(file_reg, plan)
    shape = plan_tree(file_reg, plan).shape()
    top = shape.children[0]
    assert set(top) == {first, last, *kids}
    assert all(shape.parent[k] == 0 for k in kids)
    assert_current(file_reg, plan)  # read back from the stored row
