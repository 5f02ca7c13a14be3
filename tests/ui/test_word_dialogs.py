"""报表 ▸ 生成工作总结初稿… and 督办通知单格式…: the dialogs write the draft and save the settings
(all or nothing), with the preview following the typing."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from PySide6.QtWidgets import QFileDialog

from desktop_app.storage import settings
from desktop_app.ui.output.notice_settings_dialog import NoticeSettingsDialog
from desktop_app.ui.output.summary_dialog import SummaryDialog
from tests.conftest import DEMO_TODAY


def test_summary_dialog_writes_the_draft(qtbot, demo_reg, monkeypatch, messages, tmp_path: Path):
    dialog = SummaryDialog(demo_reg, today=DEMO_TODAY)
    qtbot.addWidget(dialog)
    assert dialog.period() == "2026"  # in November the year-end summary is proposed
    dialog.half.setCurrentIndex(1)
    assert dialog.period() == "2026H1"
    dialog.half.setCurrentIndex(0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "总结"), ""))
    target = dialog.generate()
    assert target == tmp_path / "总结.docx" and messages[0].startswith(f"已生成：{target}")
    paragraphs = [p.text for p in Document(str(target)).paragraphs]
    assert paragraphs[0].endswith("2026年工作总结（初稿）") and "一、主要工作完成情况" in paragraphs


def test_notice_settings_preview_and_save(qtbot, demo_reg, messages):
    dialog = NoticeSettingsDialog(demo_reg, today=DEMO_TODAY)
    qtbot.addWidget(dialog)
    assert "督办〔2026〕12号" in dialog.preview.toPlainText()
    dialog.prefix.setText("示教督")
    dialog.organ.setText("示范县教育局督查室")
    shown = dialog.preview.toPlainText()
    assert "示教督〔2026〕12号" in shown and "示范县教育局督查室" in shown
    dialog.template.setPlainText("请于{回复日期}前报送。")
    assert "单独写 {任务清单}" in dialog.preview.toPlainText()
    dialog.accept()  # refused: nothing saved, not even the valid prefix
    assert messages and "单独写 {任务清单}" in messages[-1]
    assert settings.get(demo_reg, "notice.prefix") == "督办"
    dialog.template.setPlainText("{任务清单}\n请于{回复日期}前报送局督查室。")
    dialog.accept()
    assert settings.get(demo_reg, "notice.prefix") == "示教督"
    assert settings.get(demo_reg, "notice.template") == "{任务清单}\n请于{回复日期}前报送局督查室。"
    dialog = NoticeSettingsDialog(demo_reg, today=DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.reset()
    assert dialog.values()["notice.prefix"] == "督办"


def test_reports_menu_opens_both_dialogs(qtbot, demo_reg):
    from PySide6.QtGui import QAction

    from desktop_app.ui.shell.main_window import MainWindow

    window = MainWindow(demo_reg)
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.menu_reports.actions()]
    assert names.index("action_summary") > names.index("action_report_yearly")
    window.findChild(QAction, "action_summary").trigger()
    summary = window.findChild(SummaryDialog)
    assert summary is not None and summary.isVisible()
    summary.close()
    window.findChild(QAction, "action_notice_settings").trigger()
    notice = window.findChild(NoticeSettingsDialog)
    assert notice is not None and "督办〔" in notice.preview.toPlainText()
    notice.close()
