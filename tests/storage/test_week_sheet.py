from datetime import date

import pytest

from desktop_app.storage import audit, plans, progress, tasks, week_sheet
from desktop_app.storage.errors import ValidationError
from tests.week_cycle_data import LAST_WEEK, THIS_WEEK, TODAY, make_week_register


@pytest.fixture
def data(file_reg):
    return make_week_register(file_reg)


def test_sheet_lists_open_leaves_in_document_order_with_last_week(file_reg, data):
    rows = week_sheet.week_sheet(file_reg, THIS_WEEK)
    assert [r.id for r in rows] == list(data.leaves.values())
    assert [r.number for r in rows] == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2"]
    canteen = rows[0]
    assert canteen.lead_name == "基础教育科" and canteen.owner_name == "王建国"
    assert canteen.last == {"done": "完成选址", "next": "开工建设", "problems": "资金未到位", "percent": 80}
    assert canteen.this == {"done": "", "next": "", "problems": "", "percent": None}
    assert not canteen.has_entry


def test_finished_tasks_stay_for_the_week_they_were_finished_in(file_reg, data):
    week_sheet.mark_finished(file_reg, [data.leaves["dorm"]], date(2026, 11, 17), today=TODAY)
    week_sheet.mark_finished(file_reg, [data.leaves["late"]], date(2026, 11, 2), today=TODAY)
    ids = {r.id for r in week_sheet.week_sheet(file_reg, THIS_WEEK)}
    assert data.leaves["dorm"] in ids and data.leaves["late"] not in ids
    again = week_sheet.week_sheet(file_reg, THIS_WEEK, task_ids=[data.leaves["late"]])
    assert [r.status for r in again] == ["finished"]


def test_save_week_writes_in_one_go_and_skips_empty_rows(file_reg, data):
    edits = {
        data.leaves["canteen"]: {"done": "开工建设", "percent": 85},
        data.leaves["survey"]: {"done": "", "next": ""},
    }
    assert week_sheet.save_week(file_reg, THIS_WEEK, edits, today=TODAY) == 1
    assert progress.get_progress(file_reg, data.leaves["canteen"], THIS_WEEK)["percent"] == 85
    assert progress.get_progress(file_reg, data.leaves["survey"], THIS_WEEK) is None


def test_bad_percent_rolls_back_the_whole_week(file_reg, data):
    edits = {data.leaves["canteen"]: {"done": "开工建设"}, data.leaves["dorm"]: {"percent": 120}}
    with pytest.raises(ValidationError, match="0 到 100"):
        week_sheet.save_week(file_reg, THIS_WEEK, edits, today=TODAY)
    assert progress.get_progress(file_reg, data.leaves["canteen"], THIS_WEEK) is None


def test_future_weeks_are_refused_and_past_weeks_are_audited_corrections(file_reg, data):
    with pytest.raises(ValidationError, match="未来的周次"):
        week_sheet.save_week(file_reg, "2026-W48", {data.leaves["canteen"]: {"done": "x"}}, today=TODAY)
    week_sheet.save_week(file_reg, LAST_WEEK, {data.leaves["canteen"]: {"done": "完成选址和设计"}}, today=TODAY)
    entry = progress.get_progress(file_reg, data.leaves["canteen"], LAST_WEEK)
    rows = audit.history(file_reg, "progress", entry["id"])
    assert any(r["operation"] == "更正往周进展" and r["old"] == "完成选址" for r in rows)


def test_mark_finished_refuses_future_dates(file_reg, data):
    with pytest.raises(ValidationError, match="不能晚于今天"):
        week_sheet.mark_finished(file_reg, [data.leaves["canteen"]], date(2026, 11, 19), today=TODAY)
    assert tasks.get_task(file_reg, data.leaves["canteen"])["status"] == "active"
    assert week_sheet.mark_finished(file_reg, [data.leaves["canteen"]], TODAY, today=TODAY) == 1
    task = tasks.get_task(file_reg, data.leaves["canteen"])
    assert (task["status"], task["finished_date"]) == ("finished", "2026-11-18")


def test_sheet_order_follows_the_numbers_past_nine(reg):
    plan = plans.create_plan(reg, "2026年工作要点", 2026)
    section = tasks.add_task(reg, plan, "一、重点工作")
    for n in range(1, 12):
        tasks.add_task(reg, plan, f"第{n}项", parent_id=section, deadline="2026-12-31", deadline_kind="date")
    rows = week_sheet.week_sheet(reg, THIS_WEEK)
    assert [r.number for r in rows] == [f"1.{n}" for n in range(1, 12)]
    assert rows[-1].title == "第11项"


def test_the_lazy_reads_agree_with_the_whole_sheet_on_a_demo_register(reg):
    from desktop_app.storage.demo import generate

    generate(reg, tasks=400, weeks=6, seed=3, today=TODAY)
    plan = reg.scalar("SELECT id FROM plans ORDER BY id LIMIT 1")
    for week in (THIS_WEEK, LAST_WEEK, "2026-W40"):
        whole = week_sheet.week_sheet(reg, week, plan_id=plan)
        outline = week_sheet.sheet_outline(reg, plan)
        ids = outline.open_ids(week)
        assert ids == [r.id for r in whole] and len(ids) > 50
        rows = week_sheet.sheet_rows(reg, week, ids[::-1], outline.numbers)
        assert [rows[r.id] for r in whole] == whole
        filled = {r.id for r in whole if any(r.this[k] not in ("", None) for k in r.this)}
        assert week_sheet.filled_ids(reg, week) & set(ids) == filled
        assert {r.lead_id for r in whole} == {outline.lead[t] for t in ids}
    needle = whole[7].owner_name
    assert {r.id for r in whole if needle in r.title or needle in r.owner_name} == \
        week_sheet.matching_ids(reg, needle, plan) & set(ids)


def test_the_outline_is_kept_until_the_tree_changes(file_reg, data):
    first = week_sheet.sheet_outline(file_reg)
    assert week_sheet.sheet_outline(file_reg) is first  # kept
    assert data.leaves["canteen"] not in week_sheet.filled_ids(file_reg, THIS_WEEK)
    progress.save_progress(file_reg, data.leaves["canteen"], THIS_WEEK, done="推进中")
    assert data.leaves["canteen"] in week_sheet.filled_ids(file_reg, THIS_WEEK)  # not kept past a write
    assert week_sheet.sheet_outline(file_reg) is first  # progress does not touch the tree
    week_sheet.mark_finished(file_reg, [data.leaves["late"]], date(2026, 11, 2), today=TODAY)
    again = week_sheet.sheet_outline(file_reg)
    assert again is not first and data.leaves["late"] not in again.open_ids(THIS_WEEK)
    plan = plans.list_plans(file_reg)[0]["id"]
    added = tasks.add_task(file_reg, plan, "新任务", parent_id=data.leaves["canteen"])
    third = week_sheet.sheet_outline(file_reg)
    assert added in third.open_ids(THIS_WEEK) and data.leaves["canteen"] not in third.ids  # no longer a leaf
    assert third.numbers[added] == "1.1.1"


def test_the_outline_follows_another_connections_writes(db_path, file_reg, data):
    from desktop_app.storage.db import open_register

    first = week_sheet.sheet_outline(file_reg)
    with open_register(db_path) as other:
        tasks.soft_delete(other, [data.leaves["survey"]])
    assert data.leaves["survey"] in first.ids
    assert data.leaves["survey"] not in week_sheet.sheet_outline(file_reg).ids
