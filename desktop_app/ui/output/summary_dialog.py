"""报表 ▸ 生成工作总结初稿…: choose the plan and the half year or year, then save the draft (.docx).

The draft is built by :func:`desktop_app.reports.summary.build_summary` from the register
alone and written by :mod:`desktop_app.reports.gongwen`; this dialog only asks and saves.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, clock
from desktop_app.storage import plans
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common import user_settings
from desktop_app.ui.common.helpers import busy_cursor


class SummaryDialog(QDialog):
    """Plan, year and 全年/上半年/下半年; 生成… asks where to save the .docx."""

    def __init__(self, reg: Register, parent: QWidget | None = None, *, plan_id: int | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.today = today or clock.today()
        self.setWindowTitle("生成工作总结初稿")
        self.plan = QComboBox()
        self.plan.addItem("全部计划", None)
        for p in plans.list_plans(reg):
            self.plan.addItem(p["title"], p["id"])
        self.plan.setCurrentIndex(max(0, self.plan.findData(plan_id)))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setSuffix(" 年")
        self.half = QComboBox()
        for text, value in (("全年", ""), ("上半年", "H1"), ("下半年", "H2")):
            self.half.addItem(text, value)
        # July to October: the first half's summary; November on: the year's; before July: last year's whole year.
        self.year.setValue(self.today.year if self.today.month >= 7 else self.today.year - 1)
        self.half.setCurrentIndex(1 if 7 <= self.today.month < 11 else 0)
        form = QFormLayout()
        form.addRow("计划：", self.plan)
        form.addRow("年度：", self.year)
        form.addRow("期间：", self.half)
        hint = QLabel(
            "初稿只用台账中的记录：开头写任务数、完成数、按时完成数和完成率；一、主要工作完成情况"
            "（按计划大项列出已完成任务、最近一次报送的完成情况和指标目标与实际）；二、存在的问题"
            "（逾期和进度滞后的任务，按反映的问题归类）；三、下一步工作打算（未完成任务的下周计划）。"
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton("生成…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("关闭", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.generate)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def period(self) -> str:
        return f"{self.year.value()}{self.half.currentData()}"

    def period_text(self) -> str:
        return f"{self.year.value()}年{'' if not self.half.currentData() else self.half.currentText()}"

    def target(self) -> Path | None:
        folder = user_settings.get(user_settings.REPORT_LAST_FOLDER)
        name = f"{self.period_text()}工作总结（初稿）.docx"
        path, _ = QFileDialog.getSaveFileName(self, "保存工作总结初稿", str(Path(folder) / name),
                                              "Word 文档 (*.docx)")
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        user_settings.put(user_settings.REPORT_LAST_FOLDER, str(target.parent))
        return target

    def generate(self) -> Path | None:
        target = self.target()
        if target is None:
            return None
        from desktop_app.reports.gongwen import write_summary_docx
        from desktop_app.reports.summary import build_summary

        try:
            with busy_cursor():
                summary = build_summary(self.reg, self.period(), plan_id=self.plan.currentData(),
                                        today=self.today)
                write_summary_docx(summary, target)
        except StorageError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(self, APP_NAME,
                                f"无法写入“{target}”：{exc.strerror or exc}。文件可能正在 Word 或 WPS 中打开。")
            return None
        f = summary.figures
        QMessageBox.information(
            self, APP_NAME,
            f"已生成：{target}\n纳入统计的任务 {f.tasks} 项，已完成 {f.finished} 项，按时完成 {f.on_time} 项，"
            f"完成率 {f.rate(f.finished)}。初稿请核对修改后使用。",
        )
        return target


def open_summary_dialog(parent: QWidget | None, reg: Register, *, plan_id: int | None = None) -> SummaryDialog:
    dialog = SummaryDialog(reg, parent, plan_id=plan_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
