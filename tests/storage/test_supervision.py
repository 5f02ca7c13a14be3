import threading
from datetime import date

import pytest

from desktop_app.storage import audit, directory, plans, settings, supervision, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.errors import ValidationError


@pytest.fixture
def setup(file_reg):
    plan = plans.create_plan(file_reg, "2026年工作要点", 2026)
    dep = directory.add_department(file_reg, "基础教育科")
    task = tasks.add_task(file_reg, plan, "推进义务教育优质均衡", deadline="2026-06-30",
                          deadline_kind="date")
    tasks.set_departments(file_reg, task, dep)
    return task, dep


def test_numbers_run_per_year_and_only_for_duban(file_reg, setup):
    task, dep = setup
    assert supervision.next_number(file_reg, 2026) == 1
    first = supervision.issue_action(file_reg, "督办", task_id=task, text="请加快进度",
                                     issued=date(2026, 7, 2))
    reminder = supervision.issue_action(file_reg, "催办", task_id=task, text="电话催办",
                                        issued=date(2026, 7, 3))
    second = supervision.issue_action(file_reg, "督办", department_id=dep, text="集中督办",
                                      issued=date(2026, 12, 31))
    next_year = supervision.issue_action(file_reg, "督办", task_id=task, text="年初督办",
                                         issued=date(2027, 1, 4))
    assert supervision.next_number(file_reg, 2026) == 3
    numbers = {a["id"]: a["number_text"] for a in supervision.list_actions(file_reg)}
    assert numbers == {first: "督办〔2026〕1号", reminder: "", second: "督办〔2026〕2号",
                       next_year: "督办〔2027〕1号"}


def test_task_action_is_addressed_to_the_lead_department(file_reg, setup):
    task, dep = setup
    action = supervision.issue_action(file_reg, "约谈", task_id=task, text="约谈科室负责人",
                                      issued=date(2026, 7, 2))
    row = supervision.get_action(file_reg, action)
    assert row["department_id"] == dep and row["department_name"] == "基础教育科"
    assert row["task_title"] == "推进义务教育优质均衡"
    assert [a["id"] for a in supervision.actions_for_task(file_reg, task)] == [action]
    assert audit.history(file_reg, "supervision", action)[0]["operation"] == "约谈"


def test_reply_by_defaults_to_working_days_over_national_day(file_reg, setup):
    task, _ = setup
    action = supervision.issue_action(file_reg, "督办", task_id=task, text="督办",
                                      issued=date(2026, 9, 30))
    # 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13.
    assert supervision.get_action(file_reg, action)["reply_by"] == "2026-10-13"
    settings.set_value(file_reg, "supervision.reply_working_days", 1)
    assert supervision.default_reply_by(file_reg, date(2026, 9, 30)) == date(2026, 10, 8)
    explicit = supervision.issue_action(file_reg, "催办", task_id=task, text="催办",
                                        issued=date(2026, 9, 30), reply_by=date(2026, 10, 20))
    assert supervision.get_action(file_reg, explicit)["reply_by"] == "2026-10-20"


def test_resolve_and_open_only(file_reg, setup):
    task, _ = setup
    action = supervision.issue_action(file_reg, "督办", task_id=task, text="督办",
                                      issued=date(2026, 7, 2))
    assert [a["id"] for a in supervision.list_actions(file_reg, open_only=True)] == [action]
    supervision.resolve_action(file_reg, action, resolved=date(2026, 7, 9), resolution="已整改到位")
    row = supervision.get_action(file_reg, action)
    assert (row["resolved"], row["resolution"]) == ("2026-07-09", "已整改到位")
    assert supervision.list_actions(file_reg, open_only=True) == []
    assert any(h["operation"] == "办结" for h in audit.history(file_reg, "supervision", action))
    with pytest.raises(ValidationError, match="不能早于下发日期"):
        supervision.resolve_action(file_reg, action, resolved=date(2026, 7, 1))
    with pytest.raises(ValidationError, match="不存在"):
        supervision.resolve_action(file_reg, 999, resolved=date(2026, 7, 1))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "通报"}, "督办方式"),
        ({"text": "  "}, "请填写督办内容"),
        ({"task_id": None}, "须针对一项任务或一个科室"),
        ({"task_id": 999}, "任务不存在"),
        ({"task_id": None, "department_id": 999}, "科室不存在"),
        ({"reply_by": date(2026, 7, 1)}, "不能早于下发日期"),
    ],
)
def test_bad_input_changes_nothing(file_reg, setup, kwargs, message):
    task, _ = setup
    args = {"kind": "督办", "task_id": task, "text": "督办", "issued": date(2026, 7, 2), **kwargs}
    before = file_reg.scalar("SELECT count(*) FROM audit")
    with pytest.raises(ValidationError, match=message):
        supervision.issue_action(file_reg, **args)
    assert file_reg.scalar("SELECT count(*) FROM supervision") == 0
    assert file_reg.scalar("SELECT count(*) FROM audit") == before


def test_format_number():
    assert supervision.format_number(2026, 12) == "督办〔2026〕12号"


def test_concurrent_clerks_never_share_a_number(db_path, setup):
    task, _ = setup
    errors: list[Exception] = []
    start_together = threading.Barrier(4)

    def clerk() -> None:
        with open_register(db_path) as reg:
            start_together.wait()
            for _ in range(15):
                try:
                    supervision.issue_action(reg, "督办", task_id=task, text="并发督办",
                                             issued=date(2026, 8, 3))
                except Exception as exc:  # noqa: BLE001 - collected and asserted below
                    errors.append(exc)

    threads = [threading.Thread(target=clerk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_register(db_path) as reg:
        numbers = sorted(r[0] for r in reg.execute("SELECT number FROM supervision"))
    assert numbers == list(range(1, 61))
