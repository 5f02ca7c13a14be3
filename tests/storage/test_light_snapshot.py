from datetime import date

from desktop_app.domain.lights import LightResult
from desktop_app.storage import audit, settings, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.light_snapshot import changes_since_last_seen, remember_lights
from desktop_app.storage.status import lights_for
from tests.week_cycle_data import TODAY, make_week_register

GREEN = LightResult("normal", "green", "●", "正常", None, "")
RED = LightResult("stale", "red", "■", "预警", None, "")


def test_first_opening_reports_totals_only(file_reg):
    make_week_register(file_reg)
    changes = changes_since_last_seen(file_reg, lights_for(file_reg, TODAY))
    assert changes.first_time and changes.red == [] and changes.yellow == []
    assert changes.red_total >= 1


def test_what_turned_red_or_yellow_since_the_last_opening(db_path):
    with open_register(db_path) as reg:
        data = make_week_register(reg)
        seen = {data.leaves["late"]: GREEN, data.leaves["dorm"]: GREEN, data.leaves["meeting"]: RED}
        remember_lights(reg, seen, date(2026, 10, 1))
        before = audit.history(reg, "settings", None)
    with open_register(db_path) as reg:
        changes = changes_since_last_seen(reg, lights_for(reg, TODAY))
        assert changes.previous_on == date(2026, 10, 1)
        assert data.leaves["late"] in changes.red  # overdue since 31 October
        assert data.leaves["dorm"] in changes.yellow  # 临期 this week
        assert data.leaves["canteen"] not in changes.red + changes.yellow
        assert data.leaves["meeting"] not in changes.yellow  # red → yellow is no news
        remember_lights(reg, lights_for(reg, TODAY), TODAY)
        assert changes_since_last_seen(reg, lights_for(reg, TODAY)).red == []
        assert audit.history(reg, "settings", None) == before
        assert settings.get(reg, "startup.last_lights")["on"] == "2026-11-18"
        tasks.update_task(reg, data.leaves["late"], status="finished", finished_date="2026-11-18")
        assert data.leaves["late"] not in changes_since_last_seen(reg, lights_for(reg, TODAY)).red
