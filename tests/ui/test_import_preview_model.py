"""The preview model on its own: Qt's model checks, ticking, re-levelling, deadline edits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.importing.model import Deadline, ImportItem, ParsedPlan
from desktop_app.ui.importing.import_preview_model import (
    COL_CO,
    COL_DEADLINE,
    COL_KIND,
    COL_LEAD,
    COL_TICK,
    COL_TITLE,
    UNCLEAR_BRUSH,
    ImportPreviewModel,
)


def _plan() -> ParsedPlan:
    return ParsedPlan(
        "2026年工作要点",
        2026,
        [
            ImportItem("a", None, 1, "一、", "甲"),
            ImportItem("a1", "a", 2, "1.", "甲一", deadline=Deadline("3月底前", "2026-03-31", None, "date")),
            ImportItem("a2", "a", 2, "2.", "甲二", deadline=Deadline("春季开学前", None, None, "unclear")),
            ImportItem("a3", "a", 2, "3.", "甲三"),
            ImportItem("b", None, 1, "二、", "乙", lead="办公室"),
        ],
    )


@pytest.fixture
def model(qtbot):
    model = ImportPreviewModel(_plan())
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def _shape(model: ImportPreviewModel) -> list[tuple[str, str | None, int]]:
    return [(i.id, i.parent, i.level) for i in model.plan.items]


def test_tree_shape_and_cells(model) -> None:
    assert model.rowCount() == 2
    first = model.index(0, 0)
    assert model.rowCount(first) == 3
    a1 = model.index_of("a1", COL_DEADLINE)
    assert model.data(a1) == "3月底前（2026-03-31）"
    assert model.data(a1, Qt.ItemDataRole.EditRole) == "3月底前"
    a2 = model.index_of("a2", COL_KIND)
    assert model.data(a2) == "待确认"
    assert model.data(a2, Qt.ItemDataRole.BackgroundRole) == UNCLEAR_BRUSH
    assert model.counts() == (5, 5, 1)


def test_untick_parent_unticks_children(model) -> None:
    tick = model.index_of("a", COL_TICK)
    model.setData(tick, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert [i.is_task for i in model.plan.items] == [False, False, False, False, True]
    assert model.data(tick, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(model.index_of("a1", COL_TICK), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.counts() == (5, 2, 0)
    # 甲 is not a task, but stays as the heading of 甲一: shown half-ticked.
    assert model.is_grouping("a")
    assert model.data(tick, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert "分组" in model.data(tick, Qt.ItemDataRole.ToolTipRole)


def test_demote_and_promote_keep_document_order(model) -> None:
    assert not model.can_demote("a1") and not model.can_promote("a")
    assert model.demote("a2")
    assert _shape(model) == [("a", None, 1), ("a1", "a", 2), ("a2", "a1", 3), ("a3", "a", 2), ("b", None, 1)]
    assert model.promote("a2")
    assert model.promote("a1")  # a1 leaves 甲; a2 and a3, which followed it, go with it
    assert _shape(model) == [("a", None, 1), ("a1", None, 1), ("a2", "a1", 2), ("a3", "a1", 2), ("b", None, 1)]
    assert model.demote("b")
    assert _shape(model)[-1] == ("b", "a1", 2)


def test_edits(model) -> None:
    a2 = model.index_of("a2", COL_DEADLINE)
    assert model.setData(a2, "8月10日-8月20日")
    deadline = model.plan.items[2].deadline
    assert deadline is not None and (deadline.start, deadline.due, deadline.kind) == ("2026-08-10", "2026-08-20", "date")
    assert model.data(a2) == "8月10日-8月20日（2026-08-10 至 2026-08-20）"
    assert model.setData(a2, "2026.9.1")
    assert model.data(a2) == "2026.9.1（2026-09-01）"
    assert model.setData(a2, "看情况")
    assert model.data(model.index_of("a2", COL_KIND)) == "待确认"
    assert model.setData(a2, "")
    assert model.plan.items[2].deadline is None
    assert not model.setData(model.index_of("a", COL_TITLE), "  ")
    assert model.setData(model.index_of("a", COL_TITLE), "甲（改）")
    assert model.plan.items[0].title == "甲（改）"
    assert model.setData(model.index_of("b", COL_LEAD), "组干科、办公室")
    assert model.setData(model.index_of("b", COL_CO), "办公室、组干科、财务科")
    assert (model.plan.items[4].lead, model.plan.items[4].co_units) == ("组干科", ["办公室", "财务科"])


def test_new_year_redates_deadlines(model) -> None:
    model.set_year(2027)
    assert model.plan.items[1].deadline is not None and model.plan.items[1].deadline.due == "2027-03-31"
    model.set_year(None)
    assert model.plan.items[1].deadline is not None and model.plan.items[1].deadline.due is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 9)), max_size=25))
def test_relevelling_keeps_a_valid_document_ordered_tree(operations) -> None:
    """Any sequence of promote/demote keeps each parent before its children, levels
    consistent, and the items in their original document order."""
    model = ImportPreviewModel(_plan())
    order = [i.id for i in model.plan.items]
    for promote, k in operations:
        item_id = order[k % len(order)]
        (model.promote if promote else model.demote)(item_id)
        position = {item.id: n for n, item in enumerate(model.plan.items)}
        assert [i.id for i in model.plan.items] == order
        for item in model.plan.items:
            if item.parent is None:
                assert item.level == 1
            else:
                parent = model.plan.items[position[item.parent]]
                assert position[item.parent] < position[item.id]
                assert item.level == parent.level + 1
                # Nothing may sit between a parent's subtree pieces: the items between
                # the parent and the child all descend from the parent.
                between = model.plan.items[position[item.parent] + 1 : position[item.id]]
                assert all(b.id in model.descendants(item.parent) for b in between)


def test_hover_shows_the_words_a_proposal_came_from(qtbot) -> None:
    from desktop_app.importing.parse import parse_text

    plan = parse_text("工作计划\n一、建设\n（一）新建三中。6月底前主体封顶，12月底前交付使用。（县教育局牵头，县财政局配合）\n",
                      year=2026)
    model = ImportPreviewModel(plan)
    school = plan.items[1]
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index_of(school.id, COL_LEAD), tip) == "依据原文：县教育局牵头，县财政局配合"
    deadline_tip = model.data(model.index_of(school.id, COL_DEADLINE), tip)
    assert deadline_tip.splitlines() == ["依据原文：12月底前交付使用", "时间节点：6月底前主体封顶（2026-06-30）"]
    model.setData(model.index_of(school.id, COL_LEAD), "办公室")
    assert model.data(model.index_of(school.id, COL_LEAD), tip) is None  # typed, not read
    model.setData(model.index_of(school.id, COL_DEADLINE), "9月底前")
    assert model.data(model.index_of(school.id, COL_DEADLINE), tip) is None
