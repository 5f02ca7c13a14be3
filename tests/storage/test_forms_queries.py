"""What department forms read from the register: its id and each department's open leaf tasks."""

from __future__ import annotations

from desktop_app.storage import directory, plans, tasks
from desktop_app.storage.forms_queries import (
    REGISTER_ID_KEY,
    departments_with_open_tasks,
    existing_register_id,
    form_tasks,
    register_id,
)


def test_register_id_is_created_once_and_audited(reg):
    assert existing_register_id(reg) is None
    first = register_id(reg)
    assert register_id(reg) == existing_register_id(reg) == first and len(first) == 36
    rows = reg.query("SELECT * FROM audit WHERE field = ?", (REGISTER_ID_KEY,))
    assert [r["new"] for r in rows] == [first]


def test_open_leaf_tasks_per_department_in_plan_order(reg):
    plan = plans.create_plan(reg, "2026年工作要点", 2026)
    other_plan = plans.create_plan(reg, "2025年工作要点", 2025)
    office = directory.add_department(reg, "办公室")
    research = directory.add_department(reg, "教研室")
    section = tasks.add_task(reg, plan, "一、党建")
    second = tasks.add_task(reg, plan, "抓好课后服务", parent_id=section)
    first = tasks.add_task(reg, plan, "开展教研活动", parent_id=section, position=0)
    done = tasks.add_task(reg, plan, "已办结的任务", parent_id=section, status="finished",
                          finished_date="2026-03-01")
    gone = tasks.add_task(reg, plan, "已删除的任务", parent_id=section)
    old = tasks.add_task(reg, other_plan, "去年的任务")
    for tid in (section, second, first, done, gone, old):
        tasks.set_departments(reg, tid, research)
    tasks.set_departments(reg, second, research, [office])
    tasks.soft_delete(reg, [gone])

    rows = form_tasks(reg, [research, office])
    assert [r["title"] for r in rows[research]] == ["开展教研活动", "抓好课后服务", "去年的任务"]
    assert [r["number"] for r in rows[research]][:2] == ["1.1", "1.2"]
    assert rows[office] == []
    with_co = form_tasks(reg, [office], include_co=True)[office]
    assert [(r["title"], r["role"]) for r in with_co] == [("抓好课后服务", "co")]
    assert [r["title"] for r in form_tasks(reg, [research], plan_id=other_plan)[research]] == ["去年的任务"]


def test_departments_a_form_goes_to(reg):
    plan = plans.create_plan(reg, "2026年工作要点", 2026)
    busy = directory.add_department(reg, "教研室")
    finished_only = directory.add_department(reg, "办公室")
    directory.add_department(reg, "无任务科")
    tasks.set_departments(reg, tasks.add_task(reg, plan, "开展教研活动"), busy)
    done = tasks.add_task(reg, plan, "已办结", status="finished", finished_date="2026-03-01")
    tasks.set_departments(reg, done, finished_only)
    assert departments_with_open_tasks(reg) == ["教研室"]
