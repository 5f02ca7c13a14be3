"""The program works whatever day it is: the week, the lights and the reports with the
clock set across a year boundary, on the real date too.

Every other test runs on the demo's fixed day (tests/conftest.py); this one moves the
program's one clock (``desktop_app.clock``) and builds its data for that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app import clock
from desktop_app.domain.weeks import week_id
from desktop_app.reports.catalog import ReportParams, build_report
from desktop_app.reports.weekly import default_week
from desktop_app.storage.db import open_register
from desktop_app.storage.demo import generate
from desktop_app.storage.status import lights_for
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.test_weekly_cycle import (
    test_closing_with_unsaved_edits_asks as closing_with_a_draft_asks,
)

DAYS = [
    date(2026, 6, 30),
    date(2026, 12, 28),  # Monday of 2026-W53, which ends in 2027
    date(2026, 12, 31),
    date(2027, 1, 1),  # a holiday, still in 2026-W53
    date(2027, 1, 4),  # 2027-W01
    date(2027, 2, 10),
    clock.wall_now().date(),  # the real day the suite runs on
]


@pytest.fixture(params=DAYS, ids=[d.isoformat() for d in DAYS])
def day(request):
    with clock.fixed(request.param):
        yield request.param


@pytest.fixture
def dated_register(tmp_path, day):
    path = tmp_path / "dated.db"
    with open_register(path) as reg:
        generate(reg, tasks=80, weeks=8, seed=11, today=day)
    return path


def test_lights_and_reports_on_the_day(dated_register, day):
    with open_register(dated_register) as reg:
        lights = lights_for(reg, clock.today())
        assert lights
        week = default_week(clock.today())
        weekly = build_report(reg, "weekly", ReportParams())
        assert f"第{int(week[-2:])}周" in weekly.title
        assert sum(len(g.rows) for g in weekly.groups) > 0
        monthly = build_report(reg, "monthly", ReportParams())
        assert f"{day.year}年{day.month}月" in monthly.title
        yearly = build_report(reg, "yearly", ReportParams(year=day.year))
        assert f"{day.year}年" in yearly.title and sum(len(g.rows) for g in yearly.groups) > 0


def test_the_week_page_and_closing_with_drafts_on_the_day(qtbot, dated_register, day, monkeypatch):
    window = MainWindow(open_register(dated_register))
    qtbot.addWidget(window)
    window.show()
    week = window.weekly.week_view
    window.weekly.open_week()
    assert week.week == week_id(day) and week.model.rowCount() > 0
    assert not week.model.read_only
    closing_with_a_draft_asks(qtbot, window, monkeypatch)
