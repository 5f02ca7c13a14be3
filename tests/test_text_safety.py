"""One rule for incoming text: control characters never reach the register or a spreadsheet.

The repro of the report: a plan copied from Word carries a vertical tab (Shift+Enter); imported
through the .txt importer it used to stop every .xlsx export with IllegalCharacterError.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop_app.cli import main
from desktop_app.forms.export import export_forms
from desktop_app.forms.returns import apply_preview, build_preview
from desktop_app.reports.safe_cell import text_cell
from desktop_app.storage import directory, progress, tasks
from desktop_app.storage.db import open_register
from desktop_app.text_safety import EXCEL_CELL_LIMIT, cut_for_cell, is_safe, safe_text
from tests.conftest import DEMO_TODAY
from tests.forms.conftest import DEPARTMENT, WEEK, header_columns, lead_task_ids

HOSTILE = "甲\x0b乙\x07丙\x1b[31m丁\x00戊\r\n己\r庚\x0c辛\x7f壬\x85癸\u2028子\x9b丑\ud800寅\ufffe"
CONTROL = {chr(c) for c in [*range(0, 9), *range(11, 32), *range(0x7F, 0xA0)]} | {"\u2028", "\u2029"}


def _controls(text: str) -> set[str]:
    return {ch for ch in text if ch in CONTROL}


def test_safe_text_keeps_tab_and_newline_and_turns_breaks_into_newlines():
    assert safe_text("a\tb\nc") == "a\tb\nc"
    assert safe_text("a\r\nb\rc\x0bd\x0ce\x85f\u2028g") == "a\nb\nc\nd\ne\nf\ng"
    assert safe_text(HOSTILE) == "甲\n乙丙[31m丁戊\n己\n庚\n辛壬\n癸\n子丑\ufffd寅\ufffd"
    assert safe_text("普通文字") == "普通文字"


@given(st.text())
def test_safe_text_is_idempotent_and_leaves_nothing_openpyxl_refuses(text):
    clean = safe_text(text)
    assert is_safe(clean) and safe_text(clean) == clean
    assert not _controls(clean)
    clean.encode("utf-8")  # no lone surrogate left
    Workbook().active.cell(1, 1).value = clean  # IllegalCharacterError otherwise


def test_a_text_longer_than_a_cell_ends_with_a_note():
    text = "进" * (EXCEL_CELL_LIMIT + 10)
    cut, was_cut = cut_for_cell(text)
    assert was_cut and len(cut) == EXCEL_CELL_LIMIT and "超出表格单元格" in cut and "32777" in cut
    assert cut_for_cell("短") == ("短", False)


def test_the_register_stores_every_text_safe(reg):
    """Task fields, progress, the directory: whichever write binds the text."""
    dep = directory.add_department(reg, "办公\x07室\x1b")
    person = directory.add_person(reg, "张\x00三", department_id=dep)
    plan = reg.execute("INSERT INTO plans (title, year) VALUES (?, 2026)", ("计划\x0b一",)).lastrowid
    tid = tasks.add_task(reg, plan, "推进\x0b第一项\x07工作")
    tasks.update_task(reg, tid, description="说明\r\n第二行\x1b")
    progress.save_progress(reg, tid, "2026-W47", done="完成\x0b一半\x07", next="下周\r继续", problems="无")
    assert directory.list_departments(reg)[0]["name"] == "办公室"
    assert reg.scalar("SELECT name FROM people WHERE id = ?", [person]) == "张三"
    assert reg.scalar("SELECT title FROM plans WHERE id = ?", [plan]) == "计划\n一"
    task = tasks.get_task(reg, tid)
    assert (task["title"], task["description"]) == ("推进\n第一项工作", "说明\n第二行")
    entry = progress.get_progress(reg, tid, "2026-W47")
    assert (entry["done"], entry["next"]) == ("完成\n一半", "下周\n继续")
    texts = [v for row in reg.query("SELECT * FROM audit") for v in row.values() if isinstance(v, str)]
    assert texts and not any(_controls(v) for v in texts)


def test_executemany_and_named_parameters_are_covered(reg):
    reg.conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [("a", "x\x07"), ("b", "y\x0b")])
    reg.execute("INSERT INTO settings (key, value) VALUES (:k, :v)", {"k": "c", "v": "z\x1b"})
    stored = dict(reg.execute("SELECT key, value FROM settings WHERE key IN ('a','b','c')").fetchall())
    assert stored == {"a": "x", "b": "y\n", "c": "z"}


def test_issue_repro_vertical_tab_plan_imports_and_exports_to_xlsx(tmp_path: Path, capsys):
    plan = tmp_path / "vt.txt"
    plan.write_bytes("某局2026年工作要点\n一、重点工作\n1. 推进\x0b第一项工作，6月底前完成。（责任科室：办公室）\n"
                     .encode())
    db = tmp_path / "台账.db"
    assert main(["import", str(plan), "--db", str(db)]) == 0
    out = tmp_path / "分解表.xlsx"
    assert main(["report", "breakdown", "--db", str(db), "--out", str(out), "--format", "xlsx"]) == 0
    cells = [c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert any("第一项工作" in v for v in cells) and not any(_controls(v) for v in cells)
    with open_register(db, readonly=True) as reg:
        titles = [r["title"] for r in reg.query("SELECT title FROM tasks")]
    assert any("第一项工作" in t for t in titles) and not any(_controls(t) for t in titles)


def _poison(path: Path, task_id: int) -> None:
    """What a register written before the rule may hold: control characters stored as they came."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE tasks SET title = title || '\x0b（续）\x07' WHERE id = ?", [task_id])
        conn.execute("UPDATE progress SET done = done || '\x1b' WHERE task_id = ?", [task_id])
        conn.execute("UPDATE departments SET name = name || '\x07' WHERE name = ?", ["办公室"])
    conn.close()


def test_old_register_with_control_characters_still_exports_reports_and_forms(
    qapp, demo_path: Path, tmp_path: Path
):
    with open_register(demo_path) as reg:
        dep = directory.department_id(reg, DEPARTMENT)
        [form] = export_forms(reg, WEEK, tmp_path / "before", department_ids=[dep],
                              now=datetime(2026, 11, 18, 9))
    [tid] = lead_task_ids(form.path)[:1]
    _poison(demo_path, tid)
    for kind in ("weekly", "breakdown", "overdue", "monthly"):
        out = tmp_path / f"{kind}.xlsx"
        assert main(["report", kind, "--db", str(demo_path), "--out", str(out),
                     "--date", DEMO_TODAY.isoformat()]) == 0
    with open_register(demo_path) as reg:
        [form] = export_forms(reg, WEEK, tmp_path / "after", department_ids=[dep],
                              now=datetime(2026, 11, 18, 9))
        ws = openpyxl.load_workbook(form.path).active
        cells = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert any("（续）" in v for v in cells) and not any(_controls(v) for v in cells)
        # The form comes back untouched: no locked cell counts as edited, nothing to import.
        [fp] = build_preview(reg, [form.path], today=DEMO_TODAY).files
        assert not fp.refused and fp.rows == [] and not [p for p in fp.problems if p.error]


def test_a_returned_form_with_control_characters_is_stored_clean(demo_path: Path, tmp_path: Path):
    with open_register(demo_path) as reg:
        dep = directory.department_id(reg, DEPARTMENT)
        [form] = export_forms(reg, WEEK, tmp_path / "out", department_ids=[dep],
                              now=datetime(2026, 11, 18, 9))
        tid = lead_task_ids(form.path)[0]
        wb = openpyxl.load_workbook(form.path)
        ws = wb.active
        cols = header_columns(ws)
        row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, cols["任务标识"]).value == f"T{tid}")
        # openpyxl refuses raw control characters; Excel writes them escaped (_x000B_), which
        # openpyxl reads back as the character: write the escape into the XML as Excel would.
        ws.cell(row, cols["本周完成情况"]).value = "第一段MARK第二段"
        returned = tmp_path / "返回.xlsx"
        wb.save(returned)
        _replace_in_zip(returned, "MARK", "_x000B_")
        [fp] = build_preview(reg, [returned], today=DEMO_TODAY).files
        [change] = [ch for r in fp.rows for ch in r.changes if ch.field == "done"]
        assert change.new == "第一段\n第二段"
        apply_preview(reg, build_preview(reg, [returned], today=DEMO_TODAY))
        assert progress.get_progress(reg, tid, WEEK)["done"] == "第一段\n第二段"


def _replace_in_zip(path: Path, old: str, new: str) -> None:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        parts = {i: zf.read(i) for i in zf.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts.items():
            zf.writestr(info, data.replace(old.encode(), new.encode()))


@pytest.mark.parametrize("value", ["\x07叮", "=1+1\x0b", "长" * (EXCEL_CELL_LIMIT + 5)])
def test_text_cell_never_refuses_a_text(tmp_path: Path, value):
    wb = Workbook()
    text_cell(wb.active, 1, 1, value)
    wb.save(tmp_path / "x.xlsx")
    back = openpyxl.load_workbook(tmp_path / "x.xlsx").active.cell(1, 1).value
    assert len(back) <= EXCEL_CELL_LIMIT and not _controls(back)
