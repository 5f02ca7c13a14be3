from datetime import date

import pytest

from desktop_app.storage import audit, extensions, plans, tasks
from desktop_app.storage.errors import ValidationError


@pytest.fixture
def task(file_reg):
    plan = plans.create_plan(file_reg, "2026年工作要点", 2026)
    return tasks.add_task(file_reg, plan, "完成城区幼儿园改扩建", deadline="2026-06-30",
                          deadline_kind="date")


def counts(reg):
    return (reg.scalar("SELECT count(*) FROM extensions"), reg.scalar("SELECT count(*) FROM audit"),
            reg.scalar("SELECT group_concat(deadline) FROM tasks"))


def test_extension_moves_the_deadline_and_keeps_the_original(file_reg, task):
    ext = extensions.request_extension(file_reg, task, date(2026, 8, 31), "施工受汛期影响",
                                       "王副局长", today=date(2026, 6, 15))
    assert tasks.get_task(file_reg, task)["deadline"] == "2026-08-31"
    assert extensions.original_deadline(file_reg, task) == date(2026, 6, 30)
    extensions.request_extension(file_reg, task, date(2026, 10, 31), "设备采购流标", "王副局长",
                                 today=date(2026, 8, 31))
    assert extensions.original_deadline(file_reg, task) == date(2026, 6, 30)
    assert extensions.original_deadlines(file_reg) == {task: date(2026, 6, 30)}
    listed = extensions.extensions_for(file_reg, task)
    assert [r["id"] for r in listed][0] == ext
    assert [(r["old_deadline"], r["new_deadline"]) for r in listed] == [
        ("2026-06-30", "2026-08-31"), ("2026-08-31", "2026-10-31")]
    history = audit.history(file_reg, "tasks", task)
    assert any(h["operation"] == "延期" and h["field"] == "deadline" for h in history)


def test_never_extended_task_has_its_deadline_as_original(file_reg, task):
    assert extensions.original_deadline(file_reg, task) == date(2026, 6, 30)
    assert extensions.extensions_for(file_reg, task) == []


@pytest.mark.parametrize(
    ("new", "reason", "approver", "today", "message"),
    [
        (date(2026, 8, 31), " ", "王副局长", date(2026, 6, 1), "请填写延期理由"),
        (date(2026, 8, 31), "原因", "", date(2026, 6, 1), "请填写批准人"),
        (date(2026, 6, 30), "原因", "王副局长", date(2026, 6, 1), "应晚于当前时限"),
        (date(2026, 5, 31), "原因", "王副局长", date(2026, 6, 1), "应晚于当前时限"),
        (date(2026, 8, 31), "原因", "王副局长", date(2026, 7, 1), "已过，不能再申请延期"),
    ],
)
def test_refused_requests_change_nothing(file_reg, task, new, reason, approver, today, message):
    before = counts(file_reg)
    with pytest.raises(ValidationError, match=message):
        extensions.request_extension(file_reg, task, new, reason, approver, today=today)
    assert counts(file_reg) == before


def test_on_the_deadline_day_an_extension_is_still_allowed(file_reg, task):
    extensions.request_extension(file_reg, task, date(2026, 7, 15), "原因", "王副局长",
                                 today=date(2026, 6, 30))
    assert tasks.get_task(file_reg, task)["deadline"] == "2026-07-15"


def test_office_override_after_the_deadline_is_audited(file_reg, task):
    ext = extensions.request_extension(file_reg, task, date(2026, 9, 30), "上级批准调整",
                                       "局长办公会", today=date(2026, 7, 20), override=True)
    assert extensions.extensions_for(file_reg, task)[0]["override"] == 1
    operations = {h["operation"] for h in audit.history(file_reg, "extensions", ext)}
    assert operations == {"特批延期"}


def test_finished_cancelled_undated_and_deleted_tasks_are_refused(file_reg, task):
    plan = tasks.get_task(file_reg, task)["plan_id"]
    undated = tasks.add_task(file_reg, plan, "长期坚持的工作", deadline_kind="ongoing")
    with pytest.raises(ValidationError, match="尚无确定的完成时限"):
        extensions.request_extension(file_reg, undated, date(2026, 9, 1), "原因", "某某",
                                     today=date(2026, 6, 1))
    tasks.update_task(file_reg, task, status="finished", finished_date="2026-06-01")
    with pytest.raises(ValidationError, match="已完成"):
        extensions.request_extension(file_reg, task, date(2026, 9, 1), "原因", "某某",
                                     today=date(2026, 6, 1))
    tasks.soft_delete(file_reg, [undated])
    with pytest.raises(ValidationError, match="不存在或已删除"):
        extensions.request_extension(file_reg, undated, date(2026, 9, 1), "原因", "某某",
                                     today=date(2026, 6, 1))
    with pytest.raises(ValidationError, match="不存在或已删除"):
        extensions.request_extension(file_reg, 9999, date(2026, 9, 1), "原因", "某某",
                                     today=date(2026, 6, 1))
