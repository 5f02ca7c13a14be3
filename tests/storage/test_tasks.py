import sqlite3

import pytest

from desktop_app.domain.numbering import derive_numbers
from desktop_app.storage import directory, plans, progress, tasks
from desktop_app.storage.errors import ValidationError


@pytest.fixture
def plan(reg):
    return plans.create_plan(reg, "2026年工作要点", 2026)


def test_tree_order_and_numbers(reg, plan):
    one = tasks.add_task(reg, plan, "一、党建")
    two = tasks.add_task(reg, plan, "二、学前教育")
    a = tasks.add_task(reg, plan, "（一）普惠", parent_id=two)
    b = tasks.add_task(reg, plan, "（二）保教", parent_id=two)
    leaf = tasks.add_task(reg, plan, "1. 新建幼儿园", parent_id=a)
    assert tasks.ordered_ids(reg, plan) == [one, two, a, leaf, b]
    numbers = derive_numbers(tasks.tree_skeleton(reg, plan))
    assert numbers[leaf] == "2.1.1" and numbers[b] == "2.2"
    assert set(tasks.leaf_ids(reg, plan)) == {one, leaf, b}


def test_only_one_lead_department(reg, plan):
    a = directory.add_department(reg, "办公室")
    b = directory.add_department(reg, "教研室")
    task = tasks.add_task(reg, plan, "任务")
    tasks.set_departments(reg, task, a)
    with pytest.raises(sqlite3.IntegrityError):
        reg.execute("INSERT INTO task_departments (task_id, department_id, role) VALUES (?, ?, 'lead')", (task, b))
    tasks.set_departments(reg, task, b, [a, b])
    assert tasks.departments_of(reg, task) == (b, [a])
    row = tasks.get_task(reg, task)
    assert row["lead_name"] == "教研室" and row["co_names"] == "办公室"


def test_validation_messages_are_chinese_and_change_nothing(reg, plan):
    task = tasks.add_task(reg, plan, "任务", deadline="2026-05-01")
    for bad in ({"deadline": "2026-13-01"}, {"title": "  "}, {"start_date": "2026-06-01"}, {"status": "done"}):
        with pytest.raises(ValidationError) as info:
            tasks.update_task(reg, task, **bad)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in str(info.value))
    assert tasks.get_task(reg, task)["deadline"] == "2026-05-01"


def test_soft_delete_and_restore(reg, plan):
    keep = tasks.add_task(reg, plan, "保留")
    gone = tasks.add_task(reg, plan, "删除")
    tasks.soft_delete(reg, [gone])
    assert tasks.ordered_ids(reg, plan) == [keep]
    assert [t["id"] for t in tasks.deleted_tasks(reg, plan)] == [gone]
    tasks.restore(reg, [gone])
    assert tasks.ordered_ids(reg, plan) == [keep, gone]


def test_progress_rejects_bad_week_and_percent(reg, plan):
    task = tasks.add_task(reg, plan, "任务")
    with pytest.raises(ValidationError):
        progress.save_progress(reg, task, "2026-47", percent=10)
    with pytest.raises(ValidationError):
        progress.save_progress(reg, task, "2026-W47", percent=120)
    assert reg.scalar("SELECT count(*) FROM progress") == 0


def test_latest_entries(reg, plan):
    task = tasks.add_task(reg, plan, "任务")
    progress.save_progress(reg, task, "2026-W45", percent=10)
    progress.save_progress(reg, task, "2026-W47", percent=30)
    assert progress.latest_entries(reg, "2026-W46")[task]["percent"] == 10
    assert progress.latest_entries(reg, "2026-W52")[task]["percent"] == 30


def test_directory_rules(reg, plan):
    dep = directory.add_department(reg, " 教 研 室 ", short_name="教研")
    assert directory.department_id(reg, "教研室") == dep
    assert directory.department_id(reg, "教研") == dep
    with pytest.raises(ValidationError):
        directory.add_department(reg, "教研室")
    person = directory.add_person(reg, "王海燕", dep, title="科长")
    with pytest.raises(ValidationError) as info:
        directory.delete_department(reg, dep)
    assert "不能删除" in str(info.value)
    assert directory.person_id(reg, "王海燕") == person


def test_days_are_kept_as_year_month_day_whatever_iso_form_they_came_in(reg, plan):
    """Other forms that read as dates (20260630, 2026-W27-1) are kept as YYYY-MM-DD, whose
    text order is their date order: a start in one form is compared rightly with a deadline
    in another, and every query comparing days as text stays right."""
    from desktop_app.storage import bulk

    tid = tasks.add_task(reg, plan, "校舍维修", start_date="20260105", deadline="2026-06-30",
                         deadline_kind="date")
    assert tasks.get_task(reg, tid)["start_date"] == "2026-01-05"
    tasks.update_task(reg, tid, deadline="2026-W27-1", status="finished", finished_date="20260629")
    row = tasks.get_task(reg, tid)
    assert (row["deadline"], row["finished_date"]) == ("2026-06-29", "2026-06-29")
    with pytest.raises(ValidationError):  # a start after the deadline, in two forms
        tasks.add_task(reg, plan, "倒置", start_date="20260701", deadline="2026-W27-1")
    new = bulk.next_task_id(reg)
    bulk.insert_tasks(reg, [{"id": new, "plan_id": plan, "parent_id": None, "position": 9, "marker": "",
                             "title": "导入的任务", "description": "", "source": "", "standard": "",
                             "start_date": None, "deadline": "20261231", "deadline_text": "",
                             "deadline_kind": "date", "recurrence": ""}])
    assert tasks.get_task(reg, new)["deadline"] == "2026-12-31"
