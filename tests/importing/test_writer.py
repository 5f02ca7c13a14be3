"""Writing a confirmed import into a real register file: all of it, or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.importing.errors import ImportCancelled, ImportFailed
from desktop_app.importing.model import Deadline, ImportItem, Indicator, ParsedPlan
from desktop_app.importing.writer import kept_items, write_plan
from desktop_app.storage import directory, indicators, tasks
from desktop_app.storage.db import open_register


def _plan() -> ParsedPlan:
    items = [
        ImportItem("1", None, 1, "", "过去一年工作回顾", is_task=False),
        ImportItem("2", "1", 2, "一是", "成绩显著", is_task=False),
        ImportItem("3", None, 1, "一、", "全面加强党的建设", is_task=False),
        ImportItem(
            "4", "3", 2, "（一）", "深化理论学习", text="建立学习制度。",
            deadline=Deadline("3月底前", "2026-03-31", None, "date"),
            lead="局组干科", co_units=["办公室", "机关党委"], owner="张三", leader="李局长",
        ),
        ImportItem(
            "5", "3", 2, "（二）", "推进学前教育",
            deadline=Deadline("8月10日-8月20日", "2026-08-20", "2026-08-10", "date"),
            lead="基础教育科", co_units=["各学校"],
            indicators=[Indicator("入园率达到97%以上", 97.0, "%", ">="), Indicator("新建幼儿园3所", 3.0, "所", ">=")],
        ),
        ImportItem("6", "5", 3, "1.", "每月督查", deadline=Deadline("每月", None, None, "recurring", "monthly")),
        ImportItem("7", "5", 3, "2.", "长期坚持", deadline=Deadline("长期坚持", None, None, "ongoing"), owner="张三", lead="组干科"),
        ImportItem("8", None, 1, "", "结束语", is_task=False),
    ]
    return ParsedPlan("某县教育局2026年工作要点", 2026, items, source_name="要点.docx", source_kind="docx")


@pytest.fixture
def reg(tmp_path: Path):
    with open_register(tmp_path / "台账.db") as reg:
        directory.add_department(reg, "组织干部科", short_name="组干科")
        directory.add_department(reg, "办公室")
        yield reg


def _counts(reg) -> dict[str, int]:
    return {
        t: reg.scalar(f"SELECT count(*) FROM {t}")
        for t in ("plans", "tasks", "departments", "people", "task_departments", "indicators", "audit")
    }


def test_kept_items_keep_headings_of_ticked_children() -> None:
    kept = kept_items(_plan().items)
    assert [(item.id, parent) for item, parent in kept] == [
        ("3", None), ("4", "3"), ("5", "3"), ("6", "5"), ("7", "5"),
    ]


def test_unticked_middle_level_children_move_up() -> None:
    items = [
        ImportItem("1", None, 1, "一、", "甲"),
        ImportItem("2", "1", 2, "（一）", "乙", is_task=False),
        ImportItem("3", "2", 3, "1.", "丙", is_task=False),
    ]
    assert [(i.id, p) for i, p in kept_items(items)] == [("1", None)]
    items[2].is_task = True
    assert [(i.id, p) for i, p in kept_items(items)] == [("1", None), ("2", "1"), ("3", "2")]


def test_write_plan_tree_fields_departments_people(reg) -> None:
    seen: list[float] = []
    plan_id = write_plan(reg, _plan(), organisation="某县教育局", progress=lambda f, _t: seen.append(f))
    assert seen and seen[-1] == 1.0
    rows = tasks.list_tasks(reg, plan_id)
    assert [(r["marker"], r["title"]) for r in rows] == [
        ("一、", "全面加强党的建设"), ("（一）", "深化理论学习"), ("（二）", "推进学前教育"),
        ("1.", "每月督查"), ("2.", "长期坚持"),
    ]
    by_title = {r["title"]: r for r in rows}
    heading, study, preschool = by_title["全面加强党的建设"], by_title["深化理论学习"], by_title["推进学前教育"]
    assert heading["parent_id"] is None and study["parent_id"] == heading["id"]
    assert by_title["每月督查"]["parent_id"] == preschool["id"]
    assert [r["position"] for r in rows] == [1, 1, 2, 1, 2]
    assert heading["deadline_kind"] == "none"
    assert (study["deadline"], study["deadline_text"], study["deadline_kind"]) == ("2026-03-31", "3月底前", "date")
    assert study["description"] == "建立学习制度。"
    assert (preschool["start_date"], preschool["deadline"]) == ("2026-08-10", "2026-08-20")
    assert (by_title["每月督查"]["deadline_kind"], by_title["每月督查"]["recurrence"]) == ("recurring", "monthly")
    assert by_title["长期坚持"]["deadline_kind"] == "ongoing" and by_title["长期坚持"]["deadline"] is None
    # 局组干科 and 组干科 are the same department; 基础教育科 and 机关党委 were added.
    assert study["lead_name"] == "组织干部科" and by_title["长期坚持"]["lead_name"] == "组织干部科"
    assert study["co_names"] == "办公室、机关党委"
    assert preschool["lead_name"] == "基础教育科" and preschool["co_names"] is None  # 各学校: no one
    assert {d["name"] for d in directory.list_departments(reg)} == {"组织干部科", "办公室", "基础教育科", "机关党委"}
    # One 张三 for two tasks, in the lead department; the leader is a leader.
    assert study["owner_name"] == "张三" and study["owner_id"] == by_title["长期坚持"]["owner_id"]
    owner = next(p for p in directory.list_people(reg) if p["name"] == "张三")
    assert owner["department"] == "组织干部科"
    leader = next(p for p in directory.list_people(reg) if p["name"] == "李局长")
    assert leader["is_leader"] == 1 and study["leader_name"] == "李局长"
    found = indicators.list_indicators(reg, preschool["id"])
    assert [(i["text"], i["value"], i["unit"], i["comparator"]) for i in found] == [
        ("入园率达到97%以上", 97.0, "%", ">="), ("新建幼儿园3所", 3.0, "所", ">="),
    ]
    plan = reg.query("SELECT * FROM plans WHERE id = ?", (plan_id,))[0]
    assert (plan["title"], plan["year"], plan["organisation"], plan["source_kind"]) == (
        "某县教育局2026年工作要点", 2026, "某县教育局", "docx",
    )
    audited = reg.scalar("SELECT count(*) FROM audit WHERE entity = 'tasks' AND operation = '导入任务' AND field = 'title'")
    assert audited == 5


def test_department_map_and_no_unknown_departments(reg) -> None:
    office = directory.department_id(reg, "办公室")
    plan_id = write_plan(
        reg, _plan(), add_unknown_departments=False, department_map={"基础教育科": office, "机关党委": None}
    )
    by_title = {r["title"]: r for r in tasks.list_tasks(reg, plan_id)}
    assert by_title["推进学前教育"]["lead_name"] == "办公室"
    assert by_title["深化理论学习"]["co_names"] == "办公室"
    assert len(directory.list_departments(reg)) == 2
    # A name as the choice adds that department (here instead of the sure match).
    plan_id = write_plan(reg, _plan(), department_map={"局组干科": "党建工作科"})
    by_title = {r["title"]: r for r in tasks.list_tasks(reg, plan_id)}
    assert by_title["深化理论学习"]["lead_name"] == "党建工作科"
    assert by_title["长期坚持"]["lead_name"] == "组织干部科"


def test_cancel_rolls_back_everything(reg) -> None:
    items = [ImportItem(str(n), None, 1, f"{n}.", f"任务{n}", lead=f"新科室{n % 7}") for n in range(1, 1300)]
    before = _counts(reg)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled, match="取消"):
        write_plan(reg, ParsedPlan("计划", 2026, items), cancelled=cancelled)
    assert _counts(reg) == before


def test_bad_item_rolls_back_and_names_it(tmp_path: Path) -> None:
    path = tmp_path / "台账.db"
    plan = _plan()
    plan.items[4].deadline = Deadline("日期有误", "2026-02-30", None, "date")
    with open_register(path) as reg:
        directory.add_department(reg, "办公室")
        before = _counts(reg)
        with pytest.raises(ImportFailed, match="推进学前教育.*不是有效日期"):
            write_plan(reg, plan)
    with open_register(path) as reopened:  # what another program would now read
        assert _counts(reopened) == before


def test_nothing_ticked_and_bad_year(reg) -> None:
    plan = _plan()
    for item in plan.items:
        item.is_task = False
    with pytest.raises(ImportFailed, match="没有勾选"):
        write_plan(reg, plan)
    plan = _plan()
    plan.year = 3026
    before = _counts(reg)
    with pytest.raises(ImportFailed, match="年度"):
        write_plan(reg, plan)
    assert _counts(reg) == before


SAMPLES = next(
    (p / "shared" / "samples" for p in Path(__file__).resolve().parents[3:5]
     if (p / "shared" / "samples").is_dir()),
    Path(__file__).resolve().parents[3] / "shared" / "samples",
)


def test_samples_import_whole_or_not_at_all(tmp_path: Path) -> None:
    """Each real sample either lands with every kept item, or is refused with nothing written."""
    if not SAMPLES.is_dir():
        pytest.skip("samples not available")
    from desktop_app.importing.parse import parse_file

    with open_register(tmp_path / "样例.db") as reg:
        for path in sorted(SAMPLES.iterdir()):
            plan = parse_file(path, year=2026, to_simplified=True)
            kept = kept_items(plan.items)
            before = _counts(reg)
            if not kept:
                with pytest.raises(ImportFailed, match="没有勾选"):
                    write_plan(reg, plan)
                assert _counts(reg) == before
                continue
            plan_id = write_plan(reg, plan)
            rows = tasks.list_tasks(reg, plan_id)
            assert len(rows) == len(kept), path.name
            assert all(r["title"] for r in rows)


@st.composite
def ticked_trees(draw) -> list[ImportItem]:
    """Document-ordered trees: each item hangs from one of the items before it (or the top)."""
    count = draw(st.integers(1, 30))
    items: list[ImportItem] = []
    for n in range(count):
        parent = draw(st.sampled_from([None, *[i.id for i in items]]))
        items.append(ImportItem(str(n), parent, 1, "", f"项{n}", is_task=draw(st.booleans())))
    # Children right after their parent's subtree keeps the list in document order.
    order: list[ImportItem] = []

    def visit(parent: str | None) -> None:
        for item in items:
            if item.parent == parent:
                order.append(item)
                visit(item.id)

    visit(None)
    return order


@given(ticked_trees())
def test_kept_items_rules(items: list[ImportItem]) -> None:
    by_id = {i.id: i for i in items}
    kept = kept_items(items)
    kept_ids = [i.id for i, _ in kept]

    def ancestors(item_id: str | None) -> list[str]:
        out = []
        while item_id is not None:
            item_id = by_id[item_id].parent
            if item_id is not None:
                out.append(item_id)
        return out

    assert {i.id for i in items if i.is_task} <= set(kept_ids)
    for item, parent in kept:
        # The new parent is the nearest kept ancestor, and comes earlier in the list.
        assert parent == next((a for a in ancestors(item.id) if a in kept_ids), None)
        assert parent is None or kept_ids.index(parent) < kept_ids.index(item.id)
        if not item.is_task:  # a heading is kept only for a ticked item below it
            assert any(by_id[k].is_task and item.id in ancestors(k) for k in kept_ids)
