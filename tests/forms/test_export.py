"""Exported forms: what a department opens, what is locked, what ties it to the register."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import load_workbook

from desktop_app.forms.export import export_forms, form_file_name
from desktop_app.forms.layout import META_SHEET, FormError, row_checksum
from desktop_app.storage import directory, settings, tasks
from desktop_app.storage.forms_queries import existing_forms_key, form_tasks, register_id
from tests.forms.conftest import DEPARTMENT, WEEK, header_columns, task_rows


def test_file_name_is_safe_for_windows():
    assert form_file_name(WEEK, "教研室") == "第47周_教研室_进展填报表.xlsx"
    name = form_file_name(WEEK, 'a/b:c*?"<>|. ')
    assert not set('/\\:*?"<>|') & set(name)
    assert name == "第47周_a_b_c_______进展填报表.xlsx"


def test_form_shows_title_week_and_return_date(form_path, demo_reg):
    assert form_path.name == "第47周_教研室_进展填报表.xlsx"
    wb = load_workbook(form_path)
    ws = wb.active
    assert ws["A1"].value == settings.get(demo_reg, "organisation") + "重点工作进展填报表"
    assert "填报科室：教研室" in ws["A2"].value
    assert "第47周（11月16日—11月22日）" in ws["A2"].value
    assert "请于11月20日（星期五）前报送局办公室" in ws["A2"].value
    cols = header_columns(ws)
    assert list(cols)[:12] == ["序号", "编号", "工作任务", "责任人", "完成时限", "上周完成情况", "上周进度",
                               "本周完成情况", "下周工作计划", "存在问题及需协调事项", "进度%", "完成日期"]
    assert ws.column_dimensions["M"].hidden


def test_only_progress_cells_are_unlocked_and_sheet_is_protected(form_path):
    wb = load_workbook(form_path)
    ws = wb.active
    assert ws.protection.sheet and ws.protection.password
    cols = header_columns(ws)
    row = next(iter(task_rows(ws).values()))
    for header, col in cols.items():
        locked = ws.cell(row, col).protection.locked
        assert locked == (header not in {"本周完成情况", "下周工作计划", "存在问题及需协调事项", "进度%", "完成日期"}), header
    rules = {dv.type: dv for dv in ws.data_validations.dataValidation}
    assert (rules["decimal"].formula1, rules["decimal"].formula2) == ("0", "100")
    assert rules["date"].operator == "lessThanOrEqual"


def test_form_prints_on_its_own(form_path):
    ws = load_workbook(form_path).active
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4"
    assert ws.freeze_panes == "A5"
    assert ws["C5"].alignment.wrap_text
    assert "第&P页" in ws.oddFooter.center.text


def test_hidden_sheet_ties_rows_to_tasks_with_checksums(form_path, demo_reg):
    wb = load_workbook(form_path)
    meta = wb[META_SHEET]
    assert meta.sheet_state == "veryHidden"
    pairs = {r[0]: r[1] for r in meta.iter_rows(max_row=8, values_only=True)}
    assert pairs["register_id"] == register_id(demo_reg)
    assert pairs["week"] == WEEK and pairs["department"] == DEPARTMENT
    assert pairs["exported_at"] == "2026-11-18T09:00:00"
    rows = [r for r in meta.iter_rows(min_row=11, values_only=True) if r[0]]
    ws = wb.active
    assert sorted(r[0] for r in rows) == sorted(task_rows(ws))
    tid, role, checksum, locked, baseline = rows[0]
    key = existing_forms_key(demo_reg)
    assert key is not None and len(key) == 32 and pairs["version"] == 2
    assert checksum == row_checksum(pairs["register_id"], WEEK, pairs["department_id"], tid, role,
                                    json.loads(locked), json.loads(baseline), key=key)
    # Without the register's key the same values give another checksum: a form cannot be forged
    # from what it shows.
    assert checksum != row_checksum(pairs["register_id"], WEEK, pairs["department_id"], tid, role,
                                    json.loads(locked), json.loads(baseline), key=b"x" * 32)
    assert key.hex() not in {str(c.value) for row in meta.iter_rows() for c in row}
    assert json.loads(locked)["title"] == tasks.get_task(demo_reg, tid)["title"]


def test_this_weeks_entries_are_prefilled(form_path, demo_reg):
    ws = load_workbook(form_path).active
    cols = header_columns(ws)
    for tid, row in task_rows(ws).items():
        entry = demo_reg.query("SELECT * FROM progress WHERE task_id = ? AND week = ?", (tid, WEEK))
        if entry:
            assert ws.cell(row, cols["本周完成情况"]).value == entry[0]["done"]
            assert ws.cell(row, cols["进度%"]).value == entry[0]["percent"]


def test_text_that_looks_like_a_formula_stays_text(demo_reg, form_path, tmp_path):
    tid = next(iter(task_rows(load_workbook(form_path).active)))
    tasks.update_task(demo_reg, tid, title="=HYPERLINK(\"x\")+1")
    [result] = export_forms(demo_reg, WEEK, tmp_path / "again",
                            department_ids=[directory.department_id(demo_reg, DEPARTMENT)])
    ws = load_workbook(result.path).active
    cell = ws.cell(task_rows(ws)[tid], header_columns(ws)["工作任务"])
    assert cell.value == "=HYPERLINK(\"x\")+1" and cell.data_type == "s"


def test_co_operating_tasks_are_listed_locked(demo_reg, tmp_path):
    dep = directory.department_id(demo_reg, DEPARTMENT)
    with_co = form_tasks(demo_reg, [dep], include_co=True)[dep]
    assert any(t["role"] == "co" for t in with_co)
    [result] = export_forms(demo_reg, WEEK, tmp_path, department_ids=[dep], include_co=True)
    ws = load_workbook(result.path).active
    rows = task_rows(ws)
    co = next(t for t in with_co if t["role"] == "co")
    assert rows[co["id"]] > max(rows[t["id"]] for t in with_co if t["role"] == "lead")
    assert ws.cell(rows[co["id"]], header_columns(ws)["进度%"]).protection.locked


def test_department_without_open_tasks_gets_no_file(demo_reg, tmp_path):
    empty = directory.add_department(demo_reg, "新设科室")
    [result] = export_forms(demo_reg, WEEK, tmp_path / "out", department_ids=[empty])
    assert result.path is None and result.rows == 0
    assert list((tmp_path / "out").iterdir()) == []


def test_every_active_department_by_default(demo_reg, tmp_path):
    results = export_forms(demo_reg, WEEK, tmp_path, now=datetime(2026, 11, 18))
    assert len(results) == len(directory.list_departments(demo_reg, active_only=True))
    assert len(list(tmp_path.glob("*.xlsx"))) == sum(1 for r in results if r.path) > 5


def test_rows_are_tall_enough_for_their_text(form_path):
    ws = load_workbook(form_path).active
    assert ws.row_dimensions[4].height >= 30
    for row in task_rows(ws).values():
        assert ws.row_dimensions[row].height >= 2 * 14.5


def test_a_file_that_cannot_be_written_is_a_clear_error(demo_reg, tmp_path):
    dep = directory.department_id(demo_reg, DEPARTMENT)
    (tmp_path / form_file_name(WEEK, DEPARTMENT)).mkdir()
    with pytest.raises(FormError, match="无法写入“第47周_教研室_进展填报表.xlsx”"):
        export_forms(demo_reg, WEEK, tmp_path, department_ids=[dep])
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["第47周_教研室_进展填报表.xlsx"]
