import openpyxl
import pytest

from desktop_app.importing.directory_list import read_directory_xlsx
from desktop_app.importing.errors import ImportFailed
from desktop_app.storage import audit, directory, plans, progress, search, task_details, tasks
from desktop_app.storage.errors import ValidationError


@pytest.fixture
def plan(reg):
    return plans.create_plan(reg, "2026年工作要点", 2026)


def children(reg, plan, parent=None):
    return [tid for tid, p, _ in sorted(tasks.tree_skeleton(reg, plan), key=lambda r: (r[2], r[0])) if p == parent]


def test_move_reparents_renumbers_and_returns_old_place(reg, plan):
    a, b, c = (tasks.add_task(reg, plan, t) for t in "甲乙丙")
    x = tasks.add_task(reg, plan, "甲一", parent_id=a)
    assert tasks.move_task(reg, c, None, 0) == (None, 2)
    assert children(reg, plan) == [c, a, b]
    assert tasks.move_task(reg, b, a, 0) == (None, 2)
    assert children(reg, plan, a) == [b, x]
    assert children(reg, plan) == [c, a]
    tasks.move_task(reg, b, None, 2)
    assert children(reg, plan) == [c, a, b]
    fields = [h["field"] for h in audit.history(reg, "tasks", b)]
    assert "parent_id" in fields


def test_move_refuses_own_subtree_and_other_plan(reg, plan):
    a = tasks.add_task(reg, plan, "甲")
    x = tasks.add_task(reg, plan, "甲一", parent_id=a)
    other = tasks.add_task(reg, plans.create_plan(reg, "另一个", 2026), "外")
    with pytest.raises(ValidationError, match="下级"):
        tasks.move_task(reg, a, x, 0)
    with pytest.raises(ValidationError, match="同一计划"):
        tasks.move_task(reg, a, other, 0)
    assert tasks.tree_skeleton(reg, plan)[0][1] is None


def test_snapshot_apply_roundtrip_with_details(reg, plan):
    dep = directory.add_department(reg, "办公室")
    co = directory.add_department(reg, "教研室")
    person = directory.add_person(reg, "张三", dep)
    task = tasks.add_task(reg, plan, "任务")
    before = task_details.snapshot(reg, [task], details=True)
    assert set(before[task]) == {*task_details.EDITABLE_FIELDS, "lead_id", "co_ids", "indicators", "milestones"}
    after = {
        task: {
            **before[task],
            "deadline": "2026-06-30",
            "deadline_kind": "date",
            "lead_id": dep,
            "co_ids": [co],
            "owner_id": person,
            "indicators": [{"text": "入园率达到97%", "value": 97.0, "unit": "%", "comparator": ">=", "actual": None}],
            "milestones": [{"title": "方案", "due": "2026-03-31", "done_date": None}],
        }
    }
    assert task_details.apply(reg, after) == 1
    assert task_details.snapshot(reg, [task], details=True) == after
    assert task_details.apply(reg, before) == 1
    assert task_details.snapshot(reg, [task], details=True) == before


def test_apply_is_all_or_nothing(reg, plan):
    one = tasks.add_task(reg, plan, "一")
    two = tasks.add_task(reg, plan, "二")
    with pytest.raises(ValidationError):
        task_details.apply(reg, {one: {"deadline": "2026-05-01"}, two: {"deadline": "不是日期"}})
    assert tasks.get_task(reg, one)["deadline"] is None
    with pytest.raises(ValidationError, match="节点"):
        task_details.apply(reg, {one: {"milestones": [{"title": " ", "due": None}]}})


def test_search_text_progress_and_filters(reg, plan):
    dep = directory.add_department(reg, "基础教育科")
    a = tasks.add_task(reg, plan, "新建幼儿园", is_key=True, deadline="2026-06-30", deadline_kind="date")
    b = tasks.add_task(reg, plan, "教师培训", description="暑期 100% 覆盖")
    c = tasks.add_task(reg, plan, "时限不明", deadline_kind="unclear")
    tasks.set_departments(reg, b, None, [dep])
    progress.save_progress(reg, c, "2026-W10", done="完成幼儿园选址")
    match = search.matching_ids
    assert match(reg, plan, search.TaskFilter(text="幼儿园")) == {a, c}
    assert match(reg, plan, search.TaskFilter(text="幼儿园 选址")) == {c}
    assert match(reg, plan, search.TaskFilter(text="100%")) == {b}
    assert match(reg, plan, search.TaskFilter(department_id=dep)) == {b}
    assert match(reg, plan, search.TaskFilter(key_only=True)) == {a}
    assert match(reg, plan, search.TaskFilter(unclear_only=True)) == {c}
    assert match(reg, plan, search.TaskFilter(unassigned_only=True)) == {a, b, c}
    tasks.set_departments(reg, a, dep)
    tasks.update_task(reg, a, owner_id=directory.add_person(reg, "王五", dep))
    assert match(reg, plan, search.TaskFilter(unassigned_only=True)) == {b, c}
    assert match(reg, plan, search.TaskFilter(deadline_from="2026-06-01", deadline_to="2026-07-01")) == {a}
    assert search.TaskFilter().is_empty()
    assert match(reg, plan, search.TaskFilter(text="幼儿园选址"), within={a, c}) == {c}
    assert match(reg, plan, search.TaskFilter(text="幼儿园"), within={a}) == {a}


def test_latest_for_tasks(reg, plan):
    a = tasks.add_task(reg, plan, "甲")
    progress.save_progress(reg, a, "2026-W10", done="十", percent=10)
    progress.save_progress(reg, a, "2026-W12", done="十二", percent=30)
    got = progress.latest_for_tasks(reg, [a], "2026-W11")
    assert got[a]["done"] == "十" and progress.latest_for_tasks(reg, [a], "2026-W20")[a]["percent"] == 30


def test_merge_departments_moves_every_reference(reg, plan):
    keep = directory.add_department(reg, "基础教育科")
    drop = directory.add_department(reg, "基教科室")
    person = directory.add_person(reg, "李四", drop)
    t1 = tasks.add_task(reg, plan, "一")
    t2 = tasks.add_task(reg, plan, "二")
    tasks.set_departments(reg, t1, drop)
    tasks.set_departments(reg, t2, drop, [keep])
    with pytest.raises(ValidationError):
        directory.delete_department(reg, drop)
    assert directory.merge_departments(reg, keep, drop) == 3
    assert tasks.departments_of(reg, t1) == (keep, [])
    assert tasks.departments_of(reg, t2) == (keep, [])
    assert reg.scalar("SELECT department_id FROM people WHERE id = ?", (person,)) == keep
    assert directory.department_id(reg, "基教科室") is None
    assert audit.history(reg, "departments", drop)[0]["operation"] == "合并科室"


def test_unmerge_puts_every_reference_back(reg, plan):
    keep = directory.add_department(reg, "基础教育科")
    drop = directory.add_department(reg, "基教科室", short_name="基教")
    person = directory.add_person(reg, "李四", drop)
    t1, t2, t3 = (tasks.add_task(reg, plan, n) for n in "一二三")
    tasks.set_departments(reg, t1, drop)
    tasks.set_departments(reg, t2, drop, [keep])
    tasks.set_departments(reg, t3, keep, [drop])
    before = {t: tasks.departments_of(reg, t) for t in (t1, t2, t3)}
    snap = directory.merge_snapshot(reg, keep, drop)
    directory.merge_departments(reg, keep, drop)
    assert tasks.departments_of(reg, t3) == (keep, [])
    directory.unmerge(reg, snap)
    assert {t: tasks.departments_of(reg, t) for t in (t1, t2, t3)} == before
    assert directory.department_id(reg, "基教") == drop
    assert reg.scalar("SELECT department_id FROM people WHERE id = ?", (person,)) == drop
    assert audit.history(reg, "departments", drop)[0]["operation"] == "撤销合并科室"


def test_import_people_from_xlsx(reg, tmp_path):
    path = tmp_path / "名单.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["科室与人员名单"])
    ws.append(["序号", "科室", "姓名", "职务", "联系电话", "是否领导"])
    ws.append([1, "办公室", "王五", "主任", "0371-1234", "否"])
    ws.append([2, "局领导", "赵六", "副局长", 13800000000, "是"])
    ws.append([3, "", "", "", "", ""])
    wb.save(path)
    rows = read_directory_xlsx(path)
    assert [r["name"] for r in rows] == ["王五", "赵六"] and rows[1]["is_leader"] and rows[1]["phone"] == "13800000000"
    first = directory.import_people(reg, rows)
    assert first.counts() == (2, 2, 0)
    rows[0]["phone"] = "0371-9999"
    second = directory.import_people(reg, rows)
    assert second.counts() == (0, 0, 1)
    leaders = directory.list_people(reg, leaders_only=True)
    assert [p["name"] for p in leaders] == ["赵六"]
    directory.undo_people_import(reg, second)
    assert reg.scalar("SELECT phone FROM people WHERE name = '王五'") == "0371-1234"
    directory.undo_people_import(reg, first)
    assert reg.scalar("SELECT count(*) FROM people") == 0
    assert directory.list_departments(reg) == []
    bad = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["甲", "乙"])
    wb.save(bad)
    with pytest.raises(ImportFailed, match="姓名"):
        read_directory_xlsx(bad)


def test_delete_takes_the_subtree_and_restore_brings_it_back(reg, plan):
    a = tasks.add_task(reg, plan, "甲")
    x = tasks.add_task(reg, plan, "甲一", parent_id=a)
    y = tasks.add_task(reg, plan, "甲二", parent_id=a)
    tasks.soft_delete(reg, [y])
    tasks.soft_delete(reg, [a])
    assert tasks.ordered_ids(reg, plan) == []
    assert {t["id"] for t in tasks.deleted_tasks(reg, plan)} == {a, x, y}
    tasks.restore(reg, [a])
    assert tasks.ordered_ids(reg, plan) == [a, x]
