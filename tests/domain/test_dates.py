"""One date formatter: short inside the year worked on, with the year outside it; ISO weeks
across the year boundary (2026 has a week 53 that ends in 2027)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.dates import cn_date, cn_full_date, cn_range
from desktop_app.domain.lights import short_date
from desktop_app.domain.weeks import (
    parse_week,
    shift_week,
    week_id,
    week_label,
    week_monday,
    week_range,
)
from desktop_app.reports.common import day_text, deadline_text


def test_short_inside_the_year_long_outside():
    assert cn_date(date(2027, 3, 31), 2027) == "3月31日"
    assert cn_date("2027-03-31", 2026) == "2027年3月31日"
    assert cn_date(date(2027, 3, 31), date(2026, 12, 1)) == "2027年3月31日"
    assert cn_date(date(2027, 3, 31)) == cn_full_date("2027-03-31") == "2027年3月31日"
    assert cn_date(None, 2026) == "" and cn_date("", 2026) == ""
    assert cn_date("上半年", 2026) == "上半年"
    assert short_date(date(2027, 3, 31), date(2026, 12, 31)) == "2027年3月31日"
    assert cn_range(date(2026, 12, 28), date(2027, 1, 3), 2026) == "12月28日—2027年1月3日"


def test_report_dates_follow_the_plan_year():
    task = {"deadline": "2027-03-31", "deadline_kind": "date", "deadline_text": "", "plan_year": 2026}
    assert deadline_text(task) == "2027年3月31日"
    assert deadline_text({**task, "plan_year": 2027}) == "3月31日"
    extended = {**task, "deadline": "2027-01-31"}
    assert deadline_text(extended, date(2026, 12, 31)) == "2027年1月31日（原12月31日，已延期）"
    assert day_text("2027-01-04", year=2026) == "2027年1月4日"
    assert day_text("2027-01-04", year=2027) == "1月4日"


def test_week_53_of_2026_straddles_new_year():
    assert parse_week("2026-W53") == (2026, 53)
    assert week_range("2026-W53") == (date(2026, 12, 28), date(2027, 1, 3))
    assert week_label("2026-W53") == "第53周（12月28日—2027年1月3日）"
    assert week_id(date(2027, 1, 1)) == week_id(date(2027, 1, 3)) == "2026-W53"
    assert week_id(date(2027, 1, 4)) == "2027-W01"
    assert week_monday("2027-W01") == date(2027, 1, 4)
    assert week_label("2027-W01") == "第1周（1月4日—1月10日）"
    assert shift_week("2026-W52", 1) == "2026-W53"
    assert shift_week("2026-W53", 1) == "2027-W01"
    assert shift_week("2027-W01", -1) == "2026-W53"
    assert week_label("2026-W01") == "第1周（2025年12月29日—1月4日）"
    with pytest.raises(ValueError, match="2027 年只有 52 周"):
        parse_week("2027-W53")


def test_weekly_sheet_and_form_of_week_53(reg, tmp_path):
    from desktop_app.forms.export import export_forms
    from desktop_app.reports.weekly import weekly_report
    from desktop_app.storage import directory, plans, tasks

    plan = plans.create_plan(reg, "2026年工作要点", 2026)
    dep = directory.add_department(reg, "办公室")
    tid = tasks.add_task(reg, plan, "跨年任务", start_date="2026-01-05", deadline="2027-01-15",
                         deadline_kind="date")
    tasks.set_departments(reg, tid, dep, [])
    report = weekly_report(reg, "2026-W53", today=date(2027, 1, 5))
    assert report.title == "重点工作推进情况周报表（第53周：12月28日—2027年1月3日）"
    cells = [row.cells for group in report.groups for row in group.rows]
    assert cells and cells[0]["deadline"] == "2027年1月15日"
    written = export_forms(reg, "2026-W53", tmp_path, department_ids=[dep])
    from openpyxl import load_workbook

    ws = load_workbook(written[0].path).active
    texts = [str(c.value) for row in ws.iter_rows(max_row=12) for c in row if c.value]
    assert any("第53周（12月28日—2027年1月3日）" in t for t in texts)
    assert "2027年1月15日" in texts
