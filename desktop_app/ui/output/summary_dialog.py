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

HALF_NAMES = {"": "", "H1": "上半年", "H2": "下半年"}


class SummaryDialog(QDialog):
    """Plan, year and 全年/上半年/下半年; 生成… asks where to save the .docx."""

    def __init__(self, reg: Register, parent: QWidget | None = None, *, plan_id: int | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.today = today or clock.today()
        self.setWindowTitle(self.tr("Draft the work summary"))
        self.plan = QComboBox()
        self.plan.addItem(self.tr("All plans"), None)
        for p in plans.list_plans(reg):
            self.plan.addItem(p["title"], p["id"])
        self.plan.setCurrentIndex(max(0, self.plan.findData(plan_id)))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setSuffix(self.tr(" "))
        self.half = QComboBox()
        for text, value in ((self.tr("Whole year"), ""), (self.tr("First half"), "H1"),
                            (self.tr("Second half"), "H2")):
            self.half.addItem(text, value)
        # July to October: the first half's summary; November on: the year's; before July: last year's whole year.
        self.year.setValue(self.today.year if self.today.month >= 7 else self.today.year - 1)
        self.half.setCurrentIndex(1 if 7 <= self.today.month < 11 else 0)
        form = QFormLayout()
        form.addRow(self.tr("Plan:"), self.plan)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Period:"), self.half)
        hint = QLabel(self.tr(
            "The draft uses the register's records alone: it opens with the number of tasks, finished, "
            "finished on time and the completion rate; 1. main work done (the finished tasks by plan "
            "section, their latest report and indicators' targets against results); 2. problems "
            "(overdue and lagging tasks, grouped by the problems reported); 3. next steps (next "
            "week's plans of the unfinished tasks)."
        ))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(self.tr("Make…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
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
        """The period as the Chinese draft names it (the file takes the draft's name)."""
        return f"{self.year.value()}年{HALF_NAMES[self.half.currentData()]}"

    def target(self) -> Path | None:
        folder = user_settings.get(user_settings.REPORT_LAST_FOLDER)
        name = f"{self.period_text()}工作总结（初稿）.docx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the draft work summary"),
                                              str(Path(folder) / name), self.tr("Word document (*.docx)"))
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
                                self.tr("Cannot write “{0}”: {1}. The file may be open in Word or WPS.").format(
                                    target, exc.strerror or exc))
            return None
        f = summary.figures
        QMessageBox.information(
            self, APP_NAME,
            self.tr("Made: {0}\nTasks counted: {1}, finished: {2}, finished on time: {3}, completion "
                    "rate {4}. Check and correct the draft before use.").format(
                target, f.tasks, f.finished, f.on_time, f.rate(f.finished)),
        )
        return target


def open_summary_dialog(parent: QWidget | None, reg: Register, *, plan_id: int | None = None) -> SummaryDialog:
    dialog = SummaryDialog(reg, parent, plan_id=plan_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
