"""报表 dialog: choose a report and its parameters, the columns and their widths, then
print preview, print (with page range), export PDF, Excel or Word.

Column choice and widths are remembered per report in QSettings. Rows come from
``desktop_app.reports`` (Qt-free); this module only gathers parameters and hands the
report to the page engine or the xlsx writer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, clock
from desktop_app.domain.weeks import shift_week, week_id, weeks_between
from desktop_app.printing import fonts
from desktop_app.printing.engine import layout_report
from desktop_app.printing.output import prepare_printer, print_report, write_pdf
from desktop_app.reports.breakdown import COLUMNS as BREAKDOWN_COLUMNS
from desktop_app.reports.catalog import KINDS, ReportParams, build_report
from desktop_app.reports.model import Column, Report
from desktop_app.reports.monthly import COLUMNS as MONTHLY_COLUMNS
from desktop_app.reports.overdue import COLUMNS as OVERDUE_COLUMNS
from desktop_app.reports.weekly import COLUMNS as WEEKLY_COLUMNS
from desktop_app.reports.weekly import default_week
from desktop_app.reports.xlsx import write_xlsx
from desktop_app.storage import directory, plans
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError, os_error_text
from desktop_app.ui.common import user_settings
from desktop_app.ui.common.helpers import busy_cursor
from desktop_app.ui.output.names import column_name, kind_name, week_text

KIND_COLUMNS: dict[str, list[Column]] = {
    "weekly": WEEKLY_COLUMNS,
    "breakdown": BREAKDOWN_COLUMNS,
    "monthly": MONTHLY_COLUMNS,
    "overdue": OVERDUE_COLUMNS,
}
# Which parameter rows each report uses.
KIND_FIELDS: dict[str, set[str]] = {
    "weekly": {"plan", "week", "department", "only", "group", "red_first"},
    "breakdown": {"plan", "department"},
    "monthly": {"plan", "month", "department"},
    "overdue": {"plan", "department", "on"},
    "notices": {"plan", "department", "per", "issue", "on"},
    "yearly": {"plan", "year", "half", "department"},
}


# The hint under the report chooser (English sources; the zh_CN catalogue has the Chinese).
KIND_HINTS: dict[str, str] = {
    "weekly": QT_TRANSLATE_NOOP(
        "ReportDialog",
        "For the Monday meeting: each task's work this week, next week's plan, problems and light."),
    "breakdown": QT_TRANSLATE_NOOP(
        "ReportDialog",
        "Handed out at the start of the year: each task's leader in charge, lead department, owner, "
        "co-operating departments, deadline and standard of work."),
    "monthly": QT_TRANSLATE_NOOP(
        "ReportDialog", "Per department: tasks finished, overdue, extended and in hand this month."),
    "overdue": QT_TRANSLATE_NOOP(
        "ReportDialog",
        "Tasks on red on the given day (overdue, far behind, long without a report) and their supervision."),
    "notices": QT_TRANSLATE_NOOP(
        "ReportDialog",
        "Supervision notices for the tasks on red, each on a new page; a supervision number is taken "
        "only when “Register” is ticked."),
    "yearly": QT_TRANSLATE_NOOP(
        "ReportDialog",
        "Per lead department: tasks, finished, finished on time, completion rate and on-time rate."),
}
# Choices that stay the same from one week to the next; dates are always fresh.
REMEMBERED = {"department", "only", "group", "red_first", "per"}


class ReportDialog(QDialog):
    """One place for every printed report."""

    def __init__(self, reg: Register, kind: str | None = None, parent: QWidget | None = None,
                 *, plan_id: int | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.today = today or clock.today()
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.setWindowTitle(self.tr("Reports"))
        self.resize(760, 620)

        self.kind_combo = QComboBox()
        for key in KINDS:
            self.kind_combo.addItem(kind_name(key), key)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Report:"), self.kind_combo)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form.addRow("", self.hint)
        self.rows: dict[str, QWidget] = {}
        self._build_parameters(plan_id)

        self.columns = QTableWidget(0, 2)
        self.columns.setHorizontalHeaderLabels([self.tr("Column (tick to print)"), self.tr("Width share")])
        self.columns.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.column_box = QGroupBox(self.tr("Columns and widths"))
        box_layout = QVBoxLayout(self.column_box)
        box_layout.addWidget(self.columns)
        reset = QPushButton(self.tr("Default columns"))
        reset.clicked.connect(self._reset_columns)
        box_layout.addWidget(reset, alignment=Qt.AlignmentFlag.AlignRight)

        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(self.tr("Print preview…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton(self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.xlsx_button = buttons.addButton(self.tr("Export Excel…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.docx_button = buttons.addButton(self.tr("Export Word…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_dialog)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.docx_button.clicked.connect(self.export_docx)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(self.form, 1)
        top.addWidget(self.column_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        start = kind or user_settings.get(user_settings.REPORT_LAST_KIND)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(start)))
        self._kind_changed()

    # -- parameters ------------------------------------------------------------
    def _add(self, key: str, label: str, widget: QWidget) -> None:
        self.rows[key] = widget
        self.form.addRow(label, widget)

    def _build_parameters(self, plan_id: int | None) -> None:
        plan = QComboBox()
        plan.addItem(self.tr("All plans"), None)
        for p in plans.list_plans(self.reg):
            plan.addItem(p["title"], p["id"])
        plan.setCurrentIndex(max(0, plan.findData(plan_id)))
        self._add("plan", self.tr("Plan:"), plan)

        week = QComboBox()
        this_week = week_id(self.today)
        for w in reversed(weeks_between(shift_week(this_week, -52), shift_week(this_week, 1))):
            week.addItem(week_text(w), w)
        week.setCurrentIndex(week.findData(default_week(self.today)))
        self._add("week", self.tr("Week:"), week)

        month = QDateEdit(QDate(self.today.year, self.today.month, 1))
        month.setDisplayFormat(self.tr("MMM yyyy"))
        self._add("month", self.tr("Month:"), month)

        year = QSpinBox()
        year.setRange(2000, 2100)
        year.setValue(self.today.year)
        year.setSuffix(self.tr(" "))
        self._add("year", self.tr("Year:"), year)

        half = QComboBox()
        for text, value in ((self.tr("Whole year"), None), (self.tr("First half"), 1), (self.tr("Second half"), 2)):
            half.addItem(text, value)
        self._add("half", self.tr("Period:"), half)

        department = QComboBox()
        department.addItem(self.tr("All departments"), None)
        for d in directory.list_departments(self.reg):
            department.addItem(d["name"], d["name"])
        self._add("department", self.tr("Lead department:"), department)

        only = QComboBox()
        for text, value in ((self.tr("All tasks"), None), (self.tr("Red and yellow only"), "red"),
                            (self.tr("Key tasks only"), "key")):
            only.addItem(text, value)
        self._add("only", self.tr("Scope:"), only)

        group = QComboBox()
        group.addItem(self.tr("By lead department"), "department")
        group.addItem(self.tr("By plan section"), "section")
        self._add("group", self.tr("Group:"), group)

        red_first = QCheckBox(self.tr("Red and yellow first within each group"))
        red_first.setChecked(True)
        self._add("red_first", "", red_first)

        per = QComboBox()
        per.addItem(self.tr("One per department"), "department")
        per.addItem(self.tr("One per task"), "task")
        self._add("per", self.tr("Notices:"), per)

        issue = QCheckBox(self.tr("Register as formal supervision when printed or exported (takes a number)"))
        self._add("issue", "", issue)

        on = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        on.setDisplayFormat(self.tr("d MMM yyyy"))
        on.setCalendarPopup(True)
        self._add("on", self.tr("As of:"), on)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def params(self, *, issue: bool = False) -> ReportParams:
        """The parameters on screen; ``issue`` only when the user prints or exports notices."""
        r = self.rows
        month = r["month"].date()
        on = r["on"].date()
        on_day = date(on.year(), on.month(), on.day())
        return ReportParams(
            plan_id=r["plan"].currentData(),
            week=r["week"].currentData(),
            month=f"{month.year()}-{month.month():02d}",
            year=r["year"].value(),
            half=r["half"].currentData(),
            department=r["department"].currentData(),
            only=r["only"].currentData(),
            group=r["group"].currentData(),
            red_first=r["red_first"].isChecked(),
            per=r["per"].currentData(),
            issue=issue and r["issue"].isChecked(),
            today=on_day if "on" in KIND_FIELDS[self.kind()] else self.today,
        )

    def _kind_changed(self, *_args) -> None:
        self.hint.setText(self.tr(KIND_HINTS[self.kind()]))
        fields = KIND_FIELDS[self.kind()]
        for key, widget in self.rows.items():
            self.form.setRowVisible(widget, key in fields)
        self._load_columns()
        self._restore_choices()
        user_settings.put(user_settings.REPORT_LAST_KIND, self.kind())

    def _restore_choices(self) -> None:
        """The department, scope and grouping used last time for this report."""
        saved = user_settings.get(user_settings.REPORT_CHOICES, kind=self.kind())
        for key, value in saved.items():
            widget = self.rows.get(key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox) and widget.findData(value) >= 0:
                widget.setCurrentIndex(widget.findData(value))

    def _remember_choices(self) -> None:
        fields = KIND_FIELDS[self.kind()] & REMEMBERED
        choices = {
            key: self.rows[key].isChecked() if isinstance(self.rows[key], QCheckBox) else self.rows[key].currentData()
            for key in fields
        }
        user_settings.put(user_settings.REPORT_CHOICES, choices, kind=self.kind())

    # -- columns -----------------------------------------------------------------
    def _defaults(self) -> list[Column]:
        return KIND_COLUMNS.get(self.kind(), [])

    def _load_columns(self) -> None:
        defaults = self._defaults()
        self.column_box.setVisible(bool(defaults))
        shown = user_settings.get(user_settings.REPORT_COLUMNS, kind=self.kind())
        widths = user_settings.get(user_settings.REPORT_WIDTHS, kind=self.kind())
        shown_keys = shown if shown else [c.key for c in defaults if not c.optional]
        self._fill_columns(defaults, shown_keys, widths)

    def _fill_columns(self, defaults: list[Column], shown: list[str], widths: dict[str, float]) -> None:
        self.columns.setRowCount(len(defaults))
        for i, col in enumerate(defaults):
            item = QTableWidgetItem(column_name(col.header))
            item.setData(Qt.ItemDataRole.UserRole, col.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if col.key in shown else Qt.CheckState.Unchecked)
            self.columns.setItem(i, 0, item)
            spin = QDoubleSpinBox()
            spin.setRange(0.2, 10.0)
            spin.setSingleStep(0.1)
            spin.setDecimals(1)
            spin.setValue(float(widths.get(col.key, col.width_weight)))
            self.columns.setCellWidget(i, 1, spin)

    def _reset_columns(self) -> None:
        defaults = self._defaults()
        self._fill_columns(defaults, [c.key for c in defaults if not c.optional], {})
        user_settings.forget(user_settings.REPORT_COLUMNS, kind=self.kind())
        user_settings.forget(user_settings.REPORT_WIDTHS, kind=self.kind())

    def chosen_columns(self) -> tuple[list[str], dict[str, float]]:
        keys, widths = [], {}
        for i in range(self.columns.rowCount()):
            item = self.columns.item(i, 0)
            key = item.data(Qt.ItemDataRole.UserRole)
            widths[key] = self.columns.cellWidget(i, 1).value()
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(key)
        return keys, widths

    def _remember_columns(self, keys: list[str], widths: dict[str, float]) -> None:
        user_settings.put(user_settings.REPORT_COLUMNS, keys, kind=self.kind())
        user_settings.put(user_settings.REPORT_WIDTHS, widths, kind=self.kind())

    # -- building and output ---------------------------------------------------
    def build(self, *, issue: bool = False) -> Report | None:
        """The report as chosen, or None after telling the user why it cannot be made."""
        try:
            with busy_cursor():
                report = build_report(self.reg, self.kind(), self.params(issue=issue))
        except StorageError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return None
        self._remember_choices()
        if self._defaults():
            keys, widths = self.chosen_columns()
            if not keys:
                QMessageBox.warning(self, APP_NAME, self.tr("Tick at least one column."))
                return None
            self._remember_columns(keys, widths)
            report = report.with_columns(keys, widths)
        return report

    def make_preview(self, report: Report) -> QPrintPreviewDialog:
        prepare_printer(self.printer, report)
        dialog = QPrintPreviewDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print preview — {0}").format(report.title))
        dialog.paintRequested.connect(lambda printer: print_report(report, printer))
        dialog.resize(1100, 800)
        return dialog

    def fonts_ok(self) -> bool:
        """A machine without any Chinese font would print blank squares: say so instead."""
        if fonts.has_chinese_font():
            return True
        QMessageBox.warning(self, APP_NAME, self.tr(
            "No Chinese font is installed on this computer: Chinese characters would print as blank "
            "squares in print and in PDF, so nothing was printed. Install a Chinese font and try "
            "again — Windows: Settings ▸ Time & language ▸ Language & region ▸ add “Chinese (Simplified, China)”; "
            "Debian/Ubuntu: sudo apt install fonts-noto-cjk (or fonts-wqy-microhei); other Linux: "
            "install Noto Sans CJK SC or the WenQuanYi fonts."))  # zh_CN: fonts.NO_CHINESE_FONT
        return False

    def preview(self) -> None:
        if not self.fonts_ok():
            return
        report = self.build()
        if report is not None:
            self.make_preview(report).exec()

    def make_print_dialog(self, report: Report) -> QPrintDialog:
        """A print dialog offering the page range of this report on this printer."""
        prepare_printer(self.printer, report)
        pages = len(layout_report(report, self.printer).pages)
        dialog = QPrintDialog(self.printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, pages)
        self.printer.setFromTo(1, pages)
        return dialog

    def print_dialog(self) -> None:
        if not self.fonts_ok():
            return
        report = self.build()
        if report is None or self.make_print_dialog(report).exec() != QDialog.DialogCode.Accepted:
            return
        if self.params(issue=True).issue:  # numbers are taken only once the user really prints
            report = self.build(issue=True)
        if report is not None:
            with busy_cursor():
                print_report(report, self.printer)

    def _target(self, title: str, suffix: str, filter_text: str) -> Path | None:
        folder = user_settings.get(user_settings.REPORT_LAST_FOLDER)
        name = f"{self.kind_combo.currentText().replace('/', '、')}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filter_text)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{suffix}":
            target = target.with_name(target.name + f".{suffix}")
        user_settings.put(user_settings.REPORT_LAST_FOLDER, str(target.parent))
        return target

    def export_pdf(self) -> None:
        if not self.fonts_ok():
            return
        target = self._target(self.tr("Export PDF"), "pdf", "PDF (*.pdf)")
        report = self.build(issue=True) if target else None
        if report is not None:
            self._write(lambda: write_pdf(report, target), target)

    def export_xlsx(self) -> None:
        target = self._target(self.tr("Export Excel"), "xlsx", self.tr("Excel workbook (*.xlsx)"))
        report = self.build(issue=True) if target else None
        if report is not None:
            self._write(lambda: write_xlsx(report, target), target)

    def export_docx(self) -> None:
        target = self._target(self.tr("Export Word"), "docx", self.tr("Word document (*.docx)"))
        report = self.build(issue=True) if target else None
        if report is not None:
            from desktop_app.printing.chart import chart_png
            from desktop_app.reports.word import write_docx

            png = chart_png(report.chart) if report.chart is not None else None
            self._write(lambda: write_docx(report, target, chart_png=png), target)

    def _write(self, write, target: Path) -> None:
        try:
            with busy_cursor():
                write()
        except OSError as exc:
            QMessageBox.warning(
                self, APP_NAME,
                self.tr("Cannot write “{0}”: {1}. The file may be open in WPS or Excel.").format(target, os_error_text(exc)),
            )
            return
        QMessageBox.information(self, APP_NAME, self.tr("Exported: {0}").format(target))


def open_report_dialog(parent: QWidget | None, reg: Register, kind: str | None = None,
                       *, plan_id: int | None = None) -> ReportDialog:
    """Show the report dialog (non-modal) with ``kind`` preselected."""
    dialog = ReportDialog(reg, kind, parent, plan_id=plan_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def print_weekly_now(parent: QWidget | None, reg: Register, *, plan_id: int | None = None) -> None:
    """打印周报表: straight to the print dialog with the default week (Monday's sheet)."""
    dialog = ReportDialog(reg, "weekly", parent, plan_id=plan_id)
    dialog.print_dialog()
    dialog.deleteLater()
