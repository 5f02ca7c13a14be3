"""The year turn: carrying unfinished tasks into the new plan, closing the old one, undoing it,
and the old year's reports unchanged."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app import clock
from desktop_app.cli import main
from desktop_app.reports.catalog import ReportParams, build_report
from desktop_app.reports.yearly import yearly_report
from desktop_app.storage import (
    directory,
    extensions,
    indicators,
    plans,
    progress,
    rollover,
    tasks,
    week_sheet,
)
from desktop_app.storage.db import open_register
from desktop_app.storage.demo import generate
from desktop_app.storage.errors import PlanClosedError, ValidationError

YEAR_END = date(2026, 12, 31)


def _plan(reg):
    plan = plans.create_plan(reg, "2026年工作要点", 2026, "某县教育局")
    dep = directory.add_department(reg, "基础教育股")
    co = directory.add_department(reg, "计划财务股")
    owner = directory.add_person(reg, "李华", department_id=dep)
    section = tasks.add_task(reg, plan, "一、基础教育")
    open_ = tasks.add_task(reg, plan, "新建城区幼儿园", parent_id=section, deadline="2026-09-30",
                           deadline_kind="date", owner_id=owner, is_key=1, standard="建成并招生")
    tasks.set_departments(reg, open_, dep, [co])
    indicators.add_indicators(reg, [(open_, "新增学位900个", 900, "个", ">=")])
    monthly = tasks.add_task(reg, plan, "每月开展安全检查", parent_id=section,
                             deadline_kind="recurring", recurrence="monthly", deadline_text="每月")
    done = tasks.add_task(reg, plan, "完成教师招聘", parent_id=section, deadline="2026-08-31",
                          deadline_kind="date")
    progress.save_progress(reg, open_, "2026-W40", done="主体完工", percent=70)
    week_sheet.mark_finished(reg, [done], date(2026, 8, 20), today=date(2026, 8, 20))
    leap = tasks.add_task(reg, plan, "闰日任务", parent_id=section, deadline="2024-02-29",
                          deadline_kind="date")
    return plan, {"open": open_, "monthly": monthly, "done": done, "leap": leap, "section": section,
                  "dep": dep, "co": co, "owner": owner}


def test_rollover_carries_unfinished_leaves_and_closes_the_old_plan(reg):
    plan, ids = _plan(reg)
    with clock.fixed(date(2027, 1, 8)):
        result = rollover.rollover(reg, plan, 2027)
    assert result.created_plan and result.closed and result.changes.plans
    assert set(result.carried) == {ids["open"], ids["monthly"], ids["leap"]}
    new = plans.get_plan(reg, result.new_plan_id)
    assert (new["title"], new["year"], new["organisation"]) == ("2027年工作要点", 2027, "某县教育局")
    section = tasks.get_task(reg, result.section_id)
    assert section["title"] == "上年结转任务" and section["parent_id"] is None
    copy = tasks.get_task(reg, result.carried[ids["open"]])
    assert copy["parent_id"] == result.section_id and copy["plan_id"] == result.new_plan_id
    assert copy["source"] == "上年结转" and copy["carried_from_id"] == ids["open"]
    assert (copy["deadline"], copy["deadline_kind"]) == ("2027-09-30", "unclear")
    assert copy["owner_id"] == ids["owner"] and copy["is_key"] == 1 and copy["standard"] == "建成并招生"
    assert tasks.departments_of(reg, copy["id"]) == (ids["dep"], [ids["co"]])
    assert [i["text"] for i in indicators.list_indicators(reg, copy["id"])] == ["新增学位900个"]
    monthly = tasks.get_task(reg, result.carried[ids["monthly"]])
    assert (monthly["deadline_kind"], monthly["recurrence"], monthly["deadline"]) == ("recurring", "monthly", None)
    assert tasks.get_task(reg, result.carried[ids["leap"]])["deadline"] == "2027-02-28"
    assert rollover.carried_to(reg) == {k: 2027 for k in result.carried}
    assert rollover.carried_note(2027) == "已结转至2027年"
    assert rollover.carried_from(reg, copy["id"])["year"] == 2026
    assert rollover.link_note(reg, copy["id"]) == "上年结转自“2026年工作要点”：新建城区幼儿园"
    assert rollover.link_note(reg, ids["open"]) == "已结转至2027年"
    assert rollover.link_note(reg, ids["done"]) == ""
    assert plans.is_closed(reg, plan)
    assert reg.scalar("SELECT count(*) FROM audit WHERE operation = '上年结转'") == 4  # section + 3


def test_a_closed_plan_refuses_every_write_until_reopened(reg):
    plan, ids = _plan(reg)
    rollover.rollover(reg, plan, 2027)
    before = reg.query("SELECT * FROM tasks WHERE plan_id = ? ORDER BY id", (plan,))
    attempts = [
        lambda: tasks.update_task(reg, ids["open"], title="改名"),
        lambda: tasks.add_task(reg, plan, "新任务"),
        lambda: tasks.soft_delete(reg, [ids["open"]]),
        lambda: tasks.set_departments(reg, ids["open"], ids["co"], []),
        lambda: progress.save_progress(reg, ids["open"], "2026-W50", done="补报", percent=90),
        lambda: week_sheet.mark_finished(reg, [ids["open"]], date(2026, 12, 1), today=date(2026, 12, 2)),
        lambda: extensions.request_extension(reg, ids["open"], date(2027, 3, 31), "延期", "王局长",
                                             today=date(2026, 9, 1)),
        lambda: indicators.add_indicators(reg, [(ids["open"], "x", 1, "", "")]),
        lambda: plans.delete_plan(reg, plan),
    ]
    for attempt in attempts:
        with pytest.raises(PlanClosedError, match="该计划已关闭"):
            attempt()
    assert reg.query("SELECT * FROM tasks WHERE plan_id = ? ORDER BY id", (plan,)) == before
    assert plans.reopen_plan(reg, plan, "更正年终数据").plans
    tasks.update_task(reg, ids["open"], standard="更正")
    assert reg.scalar("SELECT new FROM audit WHERE operation = '重新打开计划'") == "更正年终数据"
    assert plans.close_plan(reg, plan).plans
    assert not plans.close_plan(reg, plan)


def test_undo_restores_the_register_as_it_was(reg):
    plan, _ids = _plan(reg)
    tables = ("plans", "tasks", "task_departments", "indicators", "progress")
    before = {t: reg.query(f"SELECT * FROM {t} ORDER BY rowid") for t in tables}
    result = rollover.rollover(reg, plan, 2027)
    changes = rollover.undo_rollover(reg, result)
    assert changes.plans and changes.structure
    assert {t: reg.query(f"SELECT * FROM {t} ORDER BY rowid") for t in tables} == before
    # Into an existing plan, to a chosen place, with a confirmed deadline; then undone.
    target = plans.create_plan(reg, "2027年工作要点", 2027)
    chapter = tasks.add_task(reg, target, "一、学前教育")
    open_id = rollover.unfinished_leaves(reg, plan)[0]
    result = rollover.rollover(reg, plan, 2027, carry=[open_id], new_plan_id=target,
                               destinations={open_id: chapter},
                               deadlines={open_id: date(2027, 6, 30)}, close=False)
    copy = tasks.get_task(reg, result.carried[open_id])
    assert copy["parent_id"] == chapter and copy["deadline_kind"] == "date"
    assert copy["deadline"] == "2027-06-30" and result.section_id is None
    assert not plans.is_closed(reg, plan)
    rollover.undo_rollover(reg, result)
    assert tasks.get_task(reg, result.carried[open_id]) is None
    assert plans.get_plan(reg, target) is not None


def test_bad_requests_change_nothing(reg):
    plan, ids = _plan(reg)
    count = reg.scalar("SELECT count(*) FROM tasks")
    with pytest.raises(ValidationError, match="应晚于"):
        rollover.rollover(reg, plan, 2026)
    with pytest.raises(ValidationError, match="不是原计划中未完成的具体任务"):
        rollover.rollover(reg, plan, 2027, carry=[ids["done"]])
    with pytest.raises(ValidationError, match="找不到编号"):
        rollover.rollover(reg, 999, 2027)
    with pytest.raises(ValidationError, match="结转去向须是新计划中的任务"):
        rollover.rollover(reg, plan, 2027, carry=[ids["open"]], destinations={ids["open"]: ids["section"]})
    assert reg.scalar("SELECT count(*) FROM tasks") == count
    assert len(plans.list_plans(reg)) == 1 and not plans.is_closed(reg, plan)
    rollover.rollover(reg, plan, 2027, close=False, carry=[ids["open"]])
    with pytest.raises(ValidationError, match="已经结转过"):
        rollover.rollover(reg, plan, 2028, carry=[ids["open"]])


def test_candidates_list_light_owner_and_last_progress(reg):
    plan, ids = _plan(reg)
    rows = rollover.candidates(reg, plan, on=YEAR_END)
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == {ids["open"], ids["monthly"], ids["leap"]}
    row = by_id[ids["open"]]
    assert row["owner_name"] == "李华" and row["lead_name"] == "基础教育股"
    assert row["last_percent"] == 70 and row["last_done"] == "主体完工"
    assert row["light"].colour == "red" and row["carried_to"] is None


def _data_rows(report):
    return [[row.cells for row in group.rows] + [group.heading] for group in report.groups]


def test_year_end_statistics_print_exactly_as_before_the_rollover(tmp_path):
    path = tmp_path / "台账.db"
    with open_register(path) as reg, clock.fixed(date(2026, 12, 28)):
        plan = generate(reg, tasks=600, weeks=52, seed=3, today=date(2026, 12, 28))
    with open_register(path) as reg:
        kinds = ("yearly", "breakdown", "overdue", "weekly")
        params = ReportParams(plan_id=plan, year=2026, week="2026-W52", today=YEAR_END)
        before = {k: _data_rows(build_report(reg, k, params)) for k in kinds}
        all_plans = _data_rows(yearly_report(reg, 2026, today=YEAR_END))
        with clock.fixed(date(2027, 1, 6)):
            result = rollover.rollover(reg, plan, 2027)
        assert len(result.carried) > 50
        after = {k: _data_rows(build_report(reg, k, params)) for k in kinds}
        assert after == before
        assert _data_rows(yearly_report(reg, 2026, today=YEAR_END)) == all_plans
        # And through the CLI, written to a real .xlsx and read back.
    out1, out2 = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    with open_register(path) as reg:
        rollover.undo_rollover(reg, result)
    assert main(["report", "yearly", "--db", str(path), "--plan", str(plan), "--year", "2026",
                 "--date", "2026-12-31", "--out", str(out1)]) == 0
    with open_register(path) as reg:
        rollover.rollover(reg, plan, 2027)
    assert main(["report", "yearly", "--db", str(path), "--plan", str(plan), "--year", "2026",
                 "--date", "2026-12-31", "--out", str(out2)]) == 0
    from openpyxl import load_workbook

    def cells(p):
        ws = load_workbook(p).active
        return [[c.value for c in row] for row in ws.iter_rows()
                if not any(isinstance(c.value, str) and "打印日期" in c.value for c in row)]

    assert cells(out1) == cells(out2)


def test_cli_rollover(db_path, capsys):
    with open_register(db_path) as reg:
        plan, ids = _plan(reg)
    assert main(["rollover", "--db", str(db_path), "--plan", str(plan), "--year", "2027", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2027 and data["closed"] and len(data["carried"]) == 3
    assert data["new_plan_title"] == "2027年工作要点"
    assert main(["rollover", "--db", str(db_path), "--plan", str(plan), "--year", "2028"]) == 2
    assert "已经关闭" in capsys.readouterr().err
    assert main(["rollover", "--db", str(db_path), "--plan", str(data["new_plan"]), "--year", "2028",
                 "--carry", "none"]) == 0
    out = capsys.readouterr().out
    assert "未结转任务" in out and "已关闭（只读）" in out
    with open_register(db_path) as reg:
        summaries = {p["year"]: p for p in plans.plan_summaries(reg)}
    assert summaries[2027]["carried_in_count"] == 3 and summaries[2027]["closed_at"]
    assert summaries[2028]["task_count"] == 0 and not summaries[2028]["closed_at"]


def test_rollover_into_an_imported_plan_is_one_transaction(reg):
    from desktop_app.importing.parse import parse_text

    plan, ids = _plan(reg)
    parsed = parse_text("2027年工作要点\n一、学前教育\n1.新建幼儿园两所。（责任科室：基础教育股）\n"
                        "二、义务教育\n1.推进集团化办学，12月底前完成。（责任科室：基础教育股）\n", year=2027)
    result = rollover.rollover(reg, plan, 2027, parsed=parsed)
    new = plans.get_plan(reg, result.new_plan_id)
    assert new["year"] == 2027 and result.created_plan
    titles = [t["title"] for t in tasks.list_tasks(reg, result.new_plan_id)]
    assert "上年结转任务" in titles and any("幼儿园" in t for t in titles)
    # The section comes after the imported chapters.
    top = reg.query("SELECT title FROM tasks WHERE plan_id = ? AND parent_id IS NULL ORDER BY position",
                    (result.new_plan_id,))
    assert top[-1]["title"] == "上年结转任务"
    rollover.undo_rollover(reg, result)
    assert plans.get_plan(reg, result.new_plan_id) is None and not plans.is_closed(reg, plan)
    # A failing import leaves nothing: not the plan, not the copies, not the closing.
    bad = parse_text("2027年工作要点\n一、学前教育\n", year=2027)
    for item in bad.items:
        item.is_task = False
    with pytest.raises(Exception, match="没有勾选"):
        rollover.rollover(reg, plan, 2027, parsed=bad)
    assert len(plans.list_plans(reg)) == 1 and not plans.is_closed(reg, plan)
    assert ids["open"] not in rollover.carried_to(reg)
