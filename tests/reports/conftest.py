"""A small office register whose every light and count is known, for report tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desktop_app.storage import directory, extensions, plans, progress, settings, tasks

ON = date(2026, 11, 18)  # a Wednesday of week 2026-W47 (11月16日—11月22日)
WEEK = "2026-W47"


@dataclass
class Office:
    plan_id: int
    ids: dict[str, int]


@pytest.fixture
def office(reg) -> Office:
    """Two sections, three departments, six tasks:

    值班 overdue (red, 办公室) · 预算 finished on 11-17 on time (计财科) ·
    幼儿园 key, due 11-20 (yellow 临期), reported this week · 宣传月 normal (green) ·
    集团化 extended from 5-31 to 12-31 · 暂缓 paused (left out everywhere).
    """
    settings.set_value(reg, "organisation", "示范县教育局")
    settings.set_value(reg, "report.preparer", "李文静")
    plan = plans.create_plan(reg, "示范县教育局2026年工作要点", 2026, "示范县教育局")
    office_id = directory.add_department(reg, "办公室")
    basic = directory.add_department(reg, "基础教育科", "基教科")
    finance = directory.add_department(reg, "计划财务科", "计财科")
    leader = directory.add_person(reg, "王建国", None, "副局长", is_leader=True)
    people = {
        office_id: directory.add_person(reg, "赵春梅", office_id),
        basic: directory.add_person(reg, "孙丽华", basic),
        finance: directory.add_person(reg, "高卫东", finance),
    }
    party = tasks.add_task(reg, plan, "加强机关党的建设和作风建设")
    early = tasks.add_task(reg, plan, "推进学前教育普及普惠发展")
    ids: dict[str, int] = {}

    def task(key: str, parent: int, title: str, dep: int, deadline: str, co: list[int] | None = None, **fields) -> None:
        tid = tasks.add_task(reg, plan, title, parent_id=parent, deadline=deadline, deadline_kind="date",
                             start_date="2026-01-01", owner_id=people[dep], leader_id=leader,
                             standard=f"{title}达到年度目标", **fields)
        tasks.set_departments(reg, tid, dep, co or [])
        ids[key] = tid

    task("值班", party, "完善机关值班值守制度", office_id, "2026-06-30")
    task("预算", party, "编制年度教育经费预算", finance, "2026-12-31", [office_id],
         status="finished", finished_date="2026-11-17")
    task("幼儿园", early, "新建城区第三幼儿园", basic, "2026-11-20", [finance], is_key=1)
    task("宣传月", early, "开展学前教育宣传月活动", basic, "2026-12-31")
    task("集团化", early, "推进幼儿园集团化办学", basic, "2026-05-31")
    task("暂缓", early, "筹建县幼儿师范学校", basic, "2026-12-31", status="paused", status_reason="资金未落实")
    extensions.request_extension(reg, ids["集团化"], date(2026, 12, 31), "用地手续未批", "王建国",
                                 today=date(2026, 5, 20))
    progress.save_progress(reg, ids["幼儿园"], WEEK, done="=完成主体工程验收", next="室内装修", problems="需计财科拨付尾款", percent=90)
    progress.save_progress(reg, ids["宣传月"], WEEK, done="印发宣传月活动方案", next="组织开放日", percent=90)
    progress.save_progress(reg, ids["集团化"], WEEK, done="召开集团化办学推进会", next="签订协议", percent=80)
    progress.save_progress(reg, ids["值班"], "2026-W30", done="起草值班制度", percent=20)
    return Office(plan, ids)
