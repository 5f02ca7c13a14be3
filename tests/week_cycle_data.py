"""A small register for the weekly-cycle tests: two departments, two sections, six leaves.

Today is Wednesday 18 November 2026 (第47周); last week is 第46周.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.storage import directory, plans, progress, tasks
from desktop_app.storage.db import Register

TODAY = date(2026, 11, 18)
THIS_WEEK = "2026-W47"
LAST_WEEK = "2026-W46"


class Host:
    """What a page asks of the main window: the register and the chosen plan."""

    def __init__(self, reg: Register, plan_id: int | None = None) -> None:
        from desktop_app.ui.common.hub import ChangeHub

        self.reg = reg
        self.plan_id = plan_id
        self.hub = ChangeHub(reg)

    def current_plan_id(self) -> int | None:
        return self.plan_id


@dataclass
class WeekData:
    plan: int
    basic: int  # 基础教育科
    office: int  # 办公室
    leaves: dict[str, int]  # short name → task id


def make_week_register(reg: Register) -> WeekData:
    plan = plans.create_plan(reg, "2026年工作要点", 2026)
    basic = directory.add_department(reg, "基础教育科")
    office = directory.add_department(reg, "办公室")
    wang = directory.add_person(reg, "王建国", basic)
    li = directory.add_person(reg, "李海燕", office)
    sec1 = tasks.add_task(reg, plan, "推进义务教育优质均衡", start_date="2026-01-01")
    sec2 = tasks.add_task(reg, plan, "加强机关建设", start_date="2026-01-01")
    spec = [
        # name, parent, dep, owner, deadline, kind
        ("canteen", sec1, basic, wang, "2026-12-31", "date"),
        ("dorm", sec1, basic, wang, "2026-11-20", "date"),
        ("late", sec1, basic, wang, "2026-10-31", "date"),
        ("survey", sec1, basic, wang, "2026-12-25", "date"),
        ("archive", sec2, office, li, "2026-12-31", "date"),
        ("meeting", sec2, office, li, None, "ongoing"),
    ]
    leaves = {}
    for name, parent, dep, owner, deadline, kind in spec:
        tid = tasks.add_task(reg, plan, f"任务{name}", parent_id=parent, start_date="2026-01-01",
                             deadline=deadline, deadline_kind=kind, owner_id=owner,
                             deadline_text="长期坚持" if kind == "ongoing" else "")
        tasks.set_departments(reg, tid, dep)
        leaves[name] = tid
    progress.save_progress(reg, leaves["canteen"], LAST_WEEK, done="完成选址", next="开工建设",
                           problems="资金未到位", percent=80)
    progress.save_progress(reg, leaves["dorm"], LAST_WEEK, done="主体完工", next="组织验收", percent=90)
    progress.save_progress(reg, leaves["archive"], LAST_WEEK, done="整理卷宗", next="装订归档", percent=85)
    progress.save_progress(reg, leaves["meeting"], "2026-W43", done="召开例会", next="继续", percent=None)
    return WeekData(plan, basic, office, leaves)
