import pytest

from desktop_app.storage import audit, directory, plans, progress, settings, tasks
from desktop_app.storage.errors import ValidationError


@pytest.fixture
def plan(reg):
    return plans.create_plan(reg, "2026年工作要点", 2026)


def test_task_edit_writes_one_audit_row_per_changed_field(reg, plan):
    task = tasks.add_task(reg, plan, "完成城区幼儿园改扩建", deadline="2026-06-30", deadline_kind="date")
    before = reg.scalar("SELECT count(*) FROM audit")
    diff = tasks.update_task(reg, task, deadline="2026-07-31", title="完成城区幼儿园改扩建", standard="通过验收")
    assert set(diff) == {"deadline", "standard"}
    rows = audit.history(reg, "tasks", task)
    assert reg.scalar("SELECT count(*) FROM audit") == before + 2
    changed = {r["field"]: (r["old"], r["new"]) for r in rows[:2]}
    assert changed["deadline"] == ("2026-06-30", "2026-07-31")
    assert changed["standard"] == ("", "通过验收")
    assert rows[0]["actor"] == reg.actor


def test_unchanged_edit_writes_nothing(reg, plan):
    task = tasks.add_task(reg, plan, "任务")
    before = reg.scalar("SELECT count(*) FROM audit")
    assert tasks.update_task(reg, task, title="任务") == {}
    assert reg.scalar("SELECT count(*) FROM audit") == before


def test_department_assignment_is_audited(reg, plan):
    a = directory.add_department(reg, "办公室")
    b = directory.add_department(reg, "教研室")
    task = tasks.add_task(reg, plan, "任务")
    tasks.set_departments(reg, task, a, [b])
    fields = {r["field"]: r["new"] for r in audit.history(reg, "tasks", task)}
    assert fields["lead_department_id"] == str(a)
    assert fields["co_department_ids"] == f"[{b}]"
    assert tasks.departments_of(reg, task) == (a, [b])


def test_progress_edits_are_audited(reg, plan):
    task = tasks.add_task(reg, plan, "任务")
    progress.save_progress(reg, task, "2026-W47", done="召开推进会", percent=40)
    progress.save_progress(reg, task, "2026-W47", done="召开推进会", percent=55)
    entry = progress.get_progress(reg, task, "2026-W47")
    rows = audit.history(reg, "progress", entry["id"])
    assert rows[0]["field"] == "2026-W47.percent"
    assert (rows[0]["old"], rows[0]["new"]) == ("40", "55")


def test_bulk_update_is_one_transaction(reg, plan):
    ids = [tasks.add_task(reg, plan, f"任务{i}") for i in range(5)]
    with pytest.raises(ValidationError):
        tasks.update_tasks(reg, ids, deadline="2026-02-30")
    assert reg.scalar("SELECT count(*) FROM tasks WHERE deadline IS NOT NULL") == 0
    assert tasks.update_tasks(reg, ids, deadline="2026-12-31") == 5


def test_settings_typed_and_audited(reg):
    assert settings.get(reg, "light.lag_red_points") == 30
    settings.set_value(reg, "light.lag_red_points", 25)
    assert settings.get(reg, "light.lag_red_points") == 25
    with pytest.raises(TypeError):
        settings.set_value(reg, "light.lag_red_points", "25")
    assert reg.scalar("SELECT count(*) FROM audit WHERE entity = 'settings'") == 1


def test_settings_out_of_range_are_refused_and_change_nothing(reg):
    for key, bad in (("light.lag_red_points", -5), ("light.stale_red_weeks", 0), ("backup.keep", 0)):
        with pytest.raises(ValidationError) as info:
            settings.set_value(reg, key, bad)
        assert "之间" in str(info.value)
        assert settings.get(reg, key) == settings.DEFAULTS[key]
    assert reg.scalar("SELECT count(*) FROM audit WHERE entity = 'settings'") == 0
