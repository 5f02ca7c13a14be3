from datetime import date

import pytest

from desktop_app.storage import extensions, tasks, week_sheet
from desktop_app.storage.overview import light_kind, overview
from desktop_app.storage.status import lights_for
from tests.week_cycle_data import TODAY, make_week_register


@pytest.fixture
def data(file_reg):
    return make_week_register(file_reg)


def test_counts_are_the_lights_of_the_leaves(file_reg, data):
    ov = overview(file_reg, TODAY)
    lights = lights_for(file_reg, TODAY)
    leaves = set(data.leaves.values())
    for kind, ids in ov.by_kind.items():
        assert set(ids) == {t for t in leaves if light_kind(lights[t]) == kind}
    assert sum(len(v) for v in ov.by_kind.values()) == len(leaves)
    assert data.leaves["late"] in ov.by_kind["red"]
    assert ov.overdue == [data.leaves["late"]]


def test_due_weeks_and_silent_tasks(file_reg, data):
    ov = overview(file_reg, TODAY)
    assert ov.due_this_week == [data.leaves["dorm"]]
    assert ov.due_next_week == []
    # Nothing reported in 第45、46周 (nor this week yet): never reported, or last in 第43周.
    assert set(ov.stale) == {data.leaves["late"], data.leaves["survey"], data.leaves["meeting"]}
    assert ov.tasks[data.leaves["meeting"]].last_week == "2026-W43"


def test_department_rates_count_against_the_original_deadline(file_reg, data):
    week_sheet.mark_finished(file_reg, [data.leaves["late"]], date(2026, 11, 2), today=TODAY)
    extensions.request_extension(file_reg, data.leaves["survey"], date(2027, 1, 31), "等待上级文件",
                                 "张局长", today=date(2026, 11, 1))
    tasks.update_task(file_reg, data.leaves["survey"], status="finished", finished_date="2026-11-10")
    week_sheet.mark_finished(file_reg, [data.leaves["canteen"]], TODAY, today=TODAY)
    ov = overview(file_reg, TODAY)
    basic = next(d for d in ov.departments if d.department_id == data.basic)
    assert basic.total == 4 and basic.finished == 3
    assert basic.completion_rate == pytest.approx(0.75)
    # late: finished after its deadline; survey: extended, finished before the original one.
    assert (basic.due, basic.on_time) == (3, 2)
    office = next(d for d in ov.departments if d.department_id == data.office)
    assert office.finished == 0 and office.on_time_rate is None


def test_overview_of_an_empty_register(reg):
    ov = overview(reg, TODAY)
    assert ov.departments == [] and all(not ids for ids in ov.by_kind.values())
