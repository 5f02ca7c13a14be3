"""The holiday calendar in the register: entered days win, the library fills in, the lights
and the CLI use what the register holds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.domain.calendar import default_calendar
from desktop_app.domain.holiday_notice import parse_notice
from desktop_app.domain.lights import TaskFacts, evaluate
from desktop_app.storage import holidays, plans, progress, tasks
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import open_register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.status import lights_for, thresholds
from tests.domain.test_holiday_notice import NOTICE_2027, NOTICE_2029

LIBRARY_LAST = max(default_calendar().covered_years())


def test_saving_a_notice_changes_the_calendar_of_the_register(reg):
    cal0 = holidays.register_calendar(reg)
    assert cal0 is default_calendar()
    assert holidays.missing_years(reg) == []
    plan = plans.create_plan(reg, "2027年工作要点", 2027)
    assert holidays.missing_years(reg, plan) == ([2027] if LIBRARY_LAST < 2027 else [])

    changes = holidays.save_year(reg, 2027, parse_notice(NOTICE_2027))
    assert changes == Changes(calendar=True) and changes.lights
    cal = holidays.register_calendar(reg)
    assert cal.is_covered(2027) and 2027 in cal.entered_years()
    assert not cal.is_workday(date(2027, 2, 8))      # Monday of 春节
    assert cal.is_workday(date(2027, 1, 31))         # Sunday 调休
    assert cal.day_name(date(2027, 1, 31)) == "春节调休"
    assert holidays.missing_years(reg, plan) == []
    assert holidays.year_source(reg, 2027) == "本台账录入"
    assert "2027 年为本台账录入" in cal.coverage_note()
    # The same content gives the same calendar object (the light caches hold).
    assert holidays.register_calendar(reg) is cal
    assert reg.scalar("SELECT count(*) FROM audit WHERE operation = '录入节假日安排'") == 1


def test_entered_days_replace_the_library_for_their_year(reg):
    # The clerk enters a (fictional) correction for a year the library knows.
    year = LIBRARY_LAST
    holidays.save_year(reg, year, [(date(year, 3, 3), "休", "调整"), (date(year, 3, 7), "班", "补班")])
    cal = holidays.register_calendar(reg)
    lib = default_calendar()
    special = lib.special_days(year)
    assert special, "the library has data for its last year"
    for day, _kind, _name in special:
        if day not in (date(year, 3, 3), date(year, 3, 7)) and day.year == year:
            assert cal.is_workday(day) == (day.weekday() < 5)
    assert not cal.is_workday(date(year, 3, 3)) or date(year, 3, 3).weekday() >= 5
    assert cal.is_workday(date(year, 3, 7))
    # Other years still come from the library.
    earlier = lib.special_days(year - 1)
    assert all(cal.is_workday(d) == lib.is_workday(d) for d, _, _ in earlier if d.year == year - 1)
    assert holidays.clear_year(reg, year) == Changes(calendar=True)
    assert holidays.register_calendar(reg) is default_calendar()
    assert holidays.clear_year(reg, year) == Changes()


def test_a_notice_with_december_new_year_is_kept_under_its_year(reg):
    holidays.save_year(reg, 2029, parse_notice(NOTICE_2029))
    rows = holidays.entries(reg, 2029)
    assert rows[0]["day"] == "2028-12-30" and rows[0]["year"] == 2029
    cal = holidays.register_calendar(reg)
    assert not cal.is_workday(date(2029, 1, 1))


def test_bad_entries_save_nothing(reg):
    holidays.save_year(reg, 2027, parse_notice(NOTICE_2027))
    before = holidays.entries(reg)
    with pytest.raises(ValidationError, match="应为“休”或“班”"):
        holidays.save_year(reg, 2027, [(date(2027, 2, 8), "休", "春节"), (date(2027, 2, 9), "x", "")])
    with pytest.raises(ValidationError, match="不属于2027年"):
        holidays.save_year(reg, 2027, [(date(2030, 2, 8), "休", "春节")])
    with pytest.raises(ValidationError, match="已录入在2027年"):
        holidays.save_year(reg, 2028, [(date(2027, 12, 31), "休", "元旦"), (date(2027, 2, 8), "休", "春节")])
    with pytest.raises(ValidationError, match="通知是2027年的"):
        holidays.save_year(reg, 2028, parse_notice(NOTICE_2027))
    assert holidays.entries(reg) == before


def test_lights_use_the_entered_calendar(reg):
    plan = plans.create_plan(reg, "2027年工作要点", 2027)
    # Due on Friday 19 Feb 2027, the week after the (entered) 春节 week.
    task = tasks.add_task(reg, plan, "春节前完成", start_date="2027-01-04", deadline="2027-02-19",
                          deadline_kind="date")
    progress.save_progress(reg, task, "2027-W05", percent=80)
    on = date(2027, 2, 5)
    before = lights_for(reg, on)[task]
    holidays.save_year(reg, 2027, parse_notice(NOTICE_2027))
    after = lights_for(reg, on)[task]
    # Mon–Fri: 19 Feb is 10 working days away; with the 春节 week off it is 5 — 临期.
    if LIBRARY_LAST < 2027:     # the installed library knows nothing of 2027: Monday–Friday
        assert before.colour == "green", before
    assert after.colour == "yellow" and "还有5个工作日" in after.detail, after



@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(date(2027, 1, 1), date(2027, 6, 30)),
    length=st.integers(0, 200),
    elapsed=st.integers(0, 250),
    percent=st.integers(0, 100),
)
def test_lights_of_any_task_are_the_rules_over_the_entered_calendar(start, length, elapsed, percent):
    """Property: for any dated task, the register's light equals the pure rules evaluated
    with the calendar built from the entered notice."""
    with open_register(None) as reg:
        holidays.save_year(reg, 2027, parse_notice(NOTICE_2027))
        cal = holidays.register_calendar(reg)
        plan = plans.create_plan(reg, "2027年工作要点", 2027)
        deadline = start + timedelta(days=length)
        tid = tasks.add_task(reg, plan, "任务", start_date=start.isoformat(),
                             deadline=deadline.isoformat(), deadline_kind="date")
        on = start + timedelta(days=elapsed)
        progress.save_progress(reg, tid, "2026-W53", percent=percent)
        got = lights_for(reg, on)[tid]

        facts = TaskFacts(status="active", start=start, deadline=deadline, original_deadline=deadline,
                          deadline_kind="date", recurrence="", finished=None, percent=percent,
                          last_report=None, created=None)
        assert got == evaluate(facts, on, cal, thresholds(reg))


def test_cli_imports_and_lists(db_path, tmp_path, capsys):
    open_register(db_path).close()
    notice = tmp_path / "通知.txt"
    notice.write_bytes(NOTICE_2027.encode("gb18030"))
    assert main(["holidays", "--db", str(db_path), "--year", "2027", "--import", str(notice),
                 "--list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "已保存2027年节假日安排：放假 30 天，调休上班 6 天。"
    assert "2027-02-08 休 春节" in out
    assert "2027-01-31 班 春节调休" in out
    assert "2027-02-06 休 春节" not in out          # a Saturday off is no difference
    assert "2027-01-01 休 元旦" in out
    listed = [line for line in out[1:]]
    assert listed == sorted(listed)
    # --list alone reads the register again.
    assert main(["holidays", "--db", str(db_path), "--year", "2027", "--list"]) == 0
    assert capsys.readouterr().out.splitlines() == out[1:]


def test_cli_lists_the_library_year_and_refuses_bad_text(db_path, tmp_path, capsys):
    open_register(db_path).close()
    assert main(["holidays", "--db", str(db_path), "--year", str(LIBRARY_LAST), "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.split()[1] in ("休", "班") for line in lines)
    bad = tmp_path / "bad.txt"
    bad.write_text("关于2027年部分节假日安排的通知\n春节：2月6日（周五）至14日放假。\n", encoding="utf-8")
    assert main(["holidays", "--db", str(db_path), "--year", "2027", "--import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "第2行" in err and "未保存任何内容" in err
    with open_register(db_path) as reg:
        assert holidays.entries(reg) == []
