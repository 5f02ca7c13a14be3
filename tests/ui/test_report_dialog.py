"""The report dialog on a demo register: parameters, remembered columns, PDF/Excel export, printing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from desktop_app.printing.output import print_report
from desktop_app.storage import supervision
from desktop_app.ui.output.report_dialog import ReportDialog
from desktop_app.ui.shell.main_window import MainWindow
from tests.conftest import DEMO_TODAY


def make_dialog(qtbot, reg, kind: str) -> ReportDialog:
    dialog = ReportDialog(reg, kind, today=DEMO_TODAY)
    qtbot.addWidget(dialog)
    return dialog


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_parameters_follow_the_report(qtbot, demo_reg):
    dialog = make_dialog(qtbot, demo_reg, "weekly")
    dialog.show()
    assert dialog.rows["week"].isVisible() and not dialog.rows["year"].isVisible()
    assert dialog.rows["week"].currentData() == "2026-W47"  # a Wednesday: the current week
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("yearly"))
    assert dialog.rows["year"].isVisible() and not dialog.rows["week"].isVisible()
    assert not dialog.column_box.isVisible()  # statistics have fixed columns
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("notices"))
    assert dialog.rows["issue"].isVisible() and dialog.rows["per"].isVisible()


def test_columns_and_widths_are_remembered_per_report(qtbot, demo_reg):
    dialog = make_dialog(qtbot, demo_reg, "weekly")
    row = next(i for i in range(dialog.columns.rowCount()) if dialog.columns.item(i, 0).text() == "下周工作计划")
    dialog.columns.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    done = next(i for i in range(dialog.columns.rowCount()) if dialog.columns.item(i, 0).text() == "本周完成情况")
    dialog.columns.cellWidget(done, 1).setValue(4.5)
    report = dialog.build()
    keys = [c.key for c in report.columns]
    assert "next" not in keys and keys[0] == "seq"
    assert next(c for c in report.columns if c.key == "done").width_weight == 4.5

    again = make_dialog(qtbot, demo_reg, "weekly")
    assert [c.key for c in again.build().columns] == keys
    other = make_dialog(qtbot, demo_reg, "breakdown")
    assert len(other.build().columns) == 8  # another report keeps its own choice


def test_export_pdf_and_excel(qtbot, demo_reg, monkeypatch, messages, tmp_path):
    dialog = make_dialog(qtbot, demo_reg, "weekly")
    save_to(monkeypatch, tmp_path / "周报表")  # no extension typed: .pdf is added
    dialog.export_pdf()
    pdf = tmp_path / "周报表.pdf"
    pages = PdfReader(str(pdf)).pages
    assert len(pages) >= 1 and "重点工作推进情况周报表" in pages[0].extract_text()
    assert messages == [f"已导出：{pdf}"]

    save_to(monkeypatch, tmp_path / "周报表.xlsx")
    dialog.export_xlsx()
    ws = openpyxl.load_workbook(tmp_path / "周报表.xlsx").active
    assert ws["A1"].value.startswith("重点工作推进情况周报表（第47周")


def test_bad_choice_is_explained_and_nothing_written(qtbot, demo_reg, monkeypatch, messages, tmp_path):
    dialog = make_dialog(qtbot, demo_reg, "weekly")
    for i in range(dialog.columns.rowCount()):
        dialog.columns.item(i, 0).setCheckState(Qt.CheckState.Unchecked)
    save_to(monkeypatch, tmp_path / "x.pdf")
    dialog.export_pdf()
    assert messages == ["请至少勾选一列。"]
    assert not (tmp_path / "x.pdf").exists()


def test_notices_take_numbers_only_when_exported_with_issue_ticked(qtbot, demo_reg, monkeypatch, messages, tmp_path):
    dialog = make_dialog(qtbot, demo_reg, "notices")
    before = len(supervision.list_actions(demo_reg, kind="督办"))
    assert dialog.build().notices  # a preview build records nothing
    assert len(supervision.list_actions(demo_reg, kind="督办")) == before
    dialog.rows["issue"].setChecked(True)
    save_to(monkeypatch, tmp_path / "通知单.pdf")
    dialog.export_pdf()
    issued = supervision.list_actions(demo_reg, kind="督办")
    assert len(issued) > before
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "通知单.pdf")).pages).replace(" ", "")
    assert all(a["number_text"] in text for a in issued[: len(issued) - before])


def test_print_dialog_offers_the_page_range_and_printing_honours_it(qtbot, demo_reg, tmp_path):
    dialog = make_dialog(qtbot, demo_reg, "weekly")
    report = dialog.build()
    print_dialog = dialog.make_print_dialog(report)
    assert print_dialog.minPage() == 1 and print_dialog.maxPage() >= 3
    printer = dialog.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_report(report, printer) == 2
    texts = [p.extract_text().replace(" ", "") for p in PdfReader(str(tmp_path / "printed.pdf")).pages]
    assert len(texts) == 2 and "第2页" in texts[0] and "第3页" in texts[1]


def test_preview_paints_through_the_engine(qtbot, demo_reg, tmp_path):
    dialog = make_dialog(qtbot, demo_reg, "overdue")
    report = dialog.build()
    preview = dialog.make_preview(report)
    qtbot.addWidget(preview)
    painted: list[QPrinter] = []
    preview.paintRequested.connect(painted.append)
    preview.show()
    qtbot.waitUntil(lambda: bool(painted))
    assert dialog.printer.pageLayout().orientation().name == "Landscape"
    preview.close()


def test_main_window_has_the_reports_menu(qtbot, demo_reg):
    window = MainWindow(demo_reg)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.menu_reports.actions()}
    assert {"action_print_weekly", "action_report_weekly", "action_report_notices", "action_report_yearly"} <= names
    window.findChild(QAction, "action_report_monthly").trigger()
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.kind() == "monthly"
    dialog.close()


def test_monday_sheet_in_two_clicks(qtbot, demo_reg, monkeypatch, tmp_path):
    """报表 ▸ 打印周报表 goes straight to the print dialog; accepting it prints the sheet."""
    from PySide6.QtPrintSupport import QPrintDialog

    target = tmp_path / "周一晨会.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        assert dialog.maxPage() >= 1
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window = MainWindow(demo_reg)
    qtbot.addWidget(window)
    window.findChild(QAction, "action_print_weekly").trigger()
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "重点工作推进情况周报表" in text and "序号" in text


def test_choices_are_remembered_per_report(qtbot, demo_reg):
    dialog = make_dialog(qtbot, demo_reg, "weekly")
    dialog.rows["department"].setCurrentIndex(dialog.rows["department"].findData("基础教育科"))
    dialog.rows["only"].setCurrentIndex(dialog.rows["only"].findData("red"))
    dialog.rows["red_first"].setChecked(False)
    report = dialog.build()
    assert {r.text("department") for g in report.groups for r in g.rows} == {"基础教育科"}
    again = make_dialog(qtbot, demo_reg, "weekly")
    assert again.rows["department"].currentData() == "基础教育科"
    assert again.rows["only"].currentData() == "red" and not again.rows["red_first"].isChecked()
    monthly = make_dialog(qtbot, demo_reg, "monthly")
    assert monthly.rows["department"].currentData() is None


def test_export_word_with_the_chart_and_chosen_columns(qtbot, demo_reg, monkeypatch, messages, tmp_path):
    from docx import Document

    dialog = make_dialog(qtbot, demo_reg, "yearly")
    save_to(monkeypatch, tmp_path / "考核统计")  # no extension typed: .docx is added
    dialog.export_docx()
    target = tmp_path / "考核统计.docx"
    assert messages == [f"已导出：{target}"]
    doc = Document(str(target))
    assert doc.tables[0].rows[0].cells[1].text == "牵头科室"
    assert len(doc.inline_shapes) == 1  # the bar chart, drawn with Qt and handed in as PNG
    dialog = make_dialog(qtbot, demo_reg, "weekly")
    for i in range(dialog.columns.rowCount()):
        if dialog.columns.item(i, 0).data(Qt.ItemDataRole.UserRole) == "problems":
            dialog.columns.item(i, 0).setCheckState(Qt.CheckState.Unchecked)
    save_to(monkeypatch, tmp_path / "周报表.docx")
    dialog.export_docx()
    headers = [c.text for c in Document(str(tmp_path / "周报表.docx")).tables[0].rows[0].cells]
    assert "存在问题及需协调事项" not in headers and "工作任务" in headers and not Document(
        str(tmp_path / "周报表.docx")).inline_shapes
