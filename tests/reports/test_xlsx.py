"""The .xlsx writer, read back with openpyxl: cells, merged title, print settings, text-only cells."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl

from desktop_app.reports.model import Column, Footer, Group, Notice, Report, Row
from desktop_app.reports.xlsx import write_xlsx

COLUMNS = [
    Column("seq", "序号", 0.5, "center", wrap=False),
    Column("title", "工作任务", 2.0),
    Column("done", "本周完成情况", 3.0),
    Column("status", "状态", 0.8, "center"),
]


def report() -> Report:
    rows_a = [
        Row({"seq": "1", "title": "完善学校食堂管理制度", "done": "=SUM(A1:A9)", "status": "■ 逾期"}, light="red"),
        Row({"seq": "2", "title": "+86 联系电话核对", "done": "-完成一半", "status": "● 正常"}),
    ]
    rows_b = [Row({"seq": "3", "title": "@全体 开展安全检查", "done": "完成现场核查", "status": "▲ 临期"}, light="yellow")]
    return Report(
        "weekly", "重点工作推进情况周报表（第47周：11月16日—11月22日）", "填报单位：示范县教育局", COLUMNS,
        [Group("办公室", rows_a), Group("基础教育科", rows_b)],
        footer=Footer("李文静", "王建国", date(2026, 11, 23)), summary=["合计 3 项。"],
    )


def test_cells_title_and_groups(tmp_path: Path):
    path = write_xlsx(report(), tmp_path / "周报表.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "重点工作推进情况周报表（第47周：11月16日—11月22日）"
    assert "A1:D1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A2"].value == "填报单位：示范县教育局"
    assert [c.value for c in ws[3]] == ["序号", "工作任务", "本周完成情况", "状态"]
    assert ws["A4"].value == "办公室" and "A4:D4" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[5]] == ["1", "完善学校食堂管理制度", "=SUM(A1:A9)", "■ 逾期"]
    assert ws["A7"].value == "基础教育科"
    assert ws["B8"].value == "@全体 开展安全检查"
    assert ws["A10"].value == "合计 3 项。"
    assert ws["D5"].font.color.rgb.endswith("C00000")
    assert ws["B5"].border.left.style == "thin" and ws["B5"].alignment.wrap_text


def test_formula_looking_text_stays_text(tmp_path: Path):
    path = write_xlsx(report(), tmp_path / "周报表.xlsx")
    ws = openpyxl.load_workbook(path).active
    for ref in ("C5", "B6", "C6", "B8"):
        assert ws[ref].data_type == "s", ref
        assert ws[ref].quotePrefix, ref  # stays text even after F2 + Enter in Excel or WPS
        assert ws[ref].border.left.style == "thin"
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet


def test_print_settings(tmp_path: Path):
    path = write_xlsx(report(), tmp_path / "周报表.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$3"
    assert ws.freeze_panes == "A4"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert "制表人：李文静" in ws.oddFooter.left.text
    widths = [ws.column_dimensions[c].width for c in "ABCD"]
    assert widths[2] > widths[1] > widths[0] and widths[3] < widths[1]


def test_notices_each_start_a_printed_page(tmp_path: Path):
    notices = [
        Notice("督办通知单", f"督办〔2026〕{n}号", "办公室：", ["经督查，以下任务未按期完成："], ["1．任务"],
               "请于11月25日前将办理结果报送局办公室。", "局办公室（督查室）", "2026年11月18日")
        for n in (12, 13)
    ]
    path = write_xlsx(Report("notices", "督办通知单", "", [], notices=notices, orientation="portrait"),
                      tmp_path / "通知单.xlsx")
    ws = openpyxl.load_workbook(path).active
    values = [c.value for c in ws["A"] if c.value]
    assert values.count("督办通知单") == 2
    assert "督办〔2026〕12号" in values and "督办〔2026〕13号" in values
    assert len(ws.row_breaks.brk) == 1
    assert ws.page_setup.orientation == "portrait"


def test_row_heights_follow_the_wrapped_text(tmp_path: Path):
    long = report()
    long.groups[0].rows[1].cells["done"] = "逐校核查办学条件并逐项登记整改台账。" * 12
    ws = openpyxl.load_workbook(write_xlsx(long, tmp_path / "周报表.xlsx")).active
    short_row, long_row = ws.row_dimensions[5].height, ws.row_dimensions[6].height
    assert short_row and long_row and long_row >= 4 * short_row * 0.8
    assert ws.row_dimensions[3].height >= short_row  # the header row
