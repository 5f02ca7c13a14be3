"""Every write says what it changed: the Changes derived from its audit rows."""

from __future__ import annotations

import pytest

from desktop_app.storage import directory, plans, progress, settings
from desktop_app.storage import tasks as task_store
from desktop_app.storage.changes import Changes
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.operations import perform


def test_each_kind_of_write_reports_what_it_changed(reg):
    plan, changes = perform(reg, plans.create_plan, reg, "2026年工作要点", 2026)
    assert changes.plans and changes.structure
    tid, changes = perform(reg, task_store.add_task, reg, plan, "推进集团化办学")
    assert changes.tasks == {tid} and changes.structure
    _, changes = perform(reg, task_store.update_task, reg, tid, title="推进集团化办学改革")
    assert changes.tasks == {tid} and not changes.structure
    _, changes = perform(reg, progress.save_progress, reg, tid, "2026-W47", done="已启动", percent=10)
    assert changes.progress_tasks == {tid} and changes.progress_weeks == {"2026-W47"}
    _, changes = perform(reg, directory.add_department, reg, "办公室")
    assert changes.directory and not changes.tasks
    _, changes = perform(reg, settings.set_value, reg, "light.lag_red_points", 40)
    assert changes.settings and changes.lights
    _, changes = perform(reg, task_store.soft_delete, reg, [tid])
    assert changes.structure and tid in changes.tasks


def test_nothing_is_reported_for_a_write_that_rolled_back(reg):
    plan = plans.create_plan(reg, "2026年工作要点", 2026)
    tid = task_store.add_task(reg, plan, "任务")
    with reg.collect() as box, pytest.raises(ValidationError):
        task_store.update_task(reg, tid, start_date="2026-12-01", deadline="2026-01-01")
    assert box[0] == Changes()
    assert reg.take_changes()  # the writes above, made outside any collection, wait to be announced
    assert not reg.take_changes()
