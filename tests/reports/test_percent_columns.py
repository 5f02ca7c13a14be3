"""进度% and 序时进度 on the weekly sheet: offered, not printed unless chosen, then in
print/PDF, .xlsx and .docx alike."""

from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.reports.weekly import weekly_report
from desktop_app.reports.word import write_docx
from desktop_app.reports.xlsx import write_xlsx
from desktop_app.storage import settings
from tests.reports.conftest import ON, WEEK

KEYS = ["seq", "title", "department", "done", "percent", "schedule", "status"]


def cells_by_title(report):
    return {r.text("title"): r for g in report.groups for r in g.rows}


def test_columns_are_offered_but_not_printed_by_default(reg, office):
    report = weekly_report(reg, WEEK, today=ON)
    assert "percent" not in [c.key for c in report.columns]
    assert {c.key for c in report.optional_columns} == {"percent", "schedule"}
    chosen = report.with_columns(KEYS)
    assert [c.header for c in chosen.columns][4:6] == ["进度%", "序时进度"]
    rows = cells_by_title(chosen)
    kindergarten = next(r for t, r in rows.items() if "第三幼儿园" in t)
    assert kindergarten.text("percent") == "90%"
    assert kindergarten.text("schedule").endswith("%")
    finished = next(r for t, r in rows.items() if "经费预算" in t)
    assert finished.text("percent") == "100%"
    duty = next(r for t, r in rows.items() if "值班" in t)
    assert duty.text("percent") == "20%"  # the newest figure, reported in week 30
    assert duty.text("schedule") == "100%"  # its deadline has passed


def test_xlsx_and_docx_carry_the_columns(reg, office, tmp_path: Path):
    report = weekly_report(reg, WEEK, today=ON).with_columns(KEYS)
    xlsx = tmp_path / "周报.xlsx"
    write_xlsx(report, xlsx)
    sheet = load_workbook(xlsx).active
    values = [str(c.value or "") for row in sheet.iter_rows() for c in row]
    assert "进度%" in values and "序时进度" in values and "90%" in values
    docx = tmp_path / "周报.docx"
    write_docx(report, docx)
    texts = [c.text for t in Document(str(docx)).tables for row in t.rows for c in row.cells]
    assert "进度%" in texts and "序时进度" in texts and "90%" in texts
    assert settings.get(reg, "report.preparer") == "李文静"


def test_cli_prints_a_signed_off_sheet_with_percent_to_pdf(qapp, demo_path, tmp_path: Path, capsys):
    assert main(["settings", "--db", str(demo_path), "report.preparer", "张明"]) == 0
    assert main(["settings", "--db", str(demo_path), "report.reviewer", "刘芳"]) == 0
    out = tmp_path / "周报.pdf"
    assert main(["report", "weekly", "--db", str(demo_path), "--out", str(out),
                 "--columns", "序号,工作任务,本周完成情况,进度%,序时进度,状态"]) == 0
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "进度%" in text and "序时进度" in text
    assert "张明" in text and "刘芳" in text
    capsys.readouterr()
    assert main(["report", "weekly", "--db", str(demo_path), "--out", str(out), "--columns", "进度"]) == 2
    assert "没有“进度”这一列" in capsys.readouterr().err
