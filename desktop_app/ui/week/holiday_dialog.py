"""工具 ▸ 节假日安排: a year's working days, holidays and 调休 working days as a month calendar,
and the State Council's notice pasted in, previewed, then saved in one transaction.

The calendar reads in black and white too: a day off carries 休 and a hatched background,
a make-up working day carries 班 in bold with a dotted background, weekends are grey.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.domain.calendar import WorkCalendar, combined_calendar
from desktop_app.domain.holiday_notice import Notice, NoticeError, parse_notice
from desktop_app.storage import holidays
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common.helpers import fit_to_screen
from desktop_app.ui.common.words import day_text

WEEKDAY_HEADERS = [QT_TRANSLATE_NOOP("MonthGrid", "Mo"), QT_TRANSLATE_NOOP("MonthGrid", "Tu"),
                   QT_TRANSLATE_NOOP("MonthGrid", "We"), QT_TRANSLATE_NOOP("MonthGrid", "Th"),
                   QT_TRANSLATE_NOOP("MonthGrid", "Fr"), QT_TRANSLATE_NOOP("MonthGrid", "Sa"),
                   QT_TRANSLATE_NOOP("MonthGrid", "Su")]
MONTHS = [QT_TRANSLATE_NOOP("YearCalendar", "January"), QT_TRANSLATE_NOOP("YearCalendar", "February"),
          QT_TRANSLATE_NOOP("YearCalendar", "March"), QT_TRANSLATE_NOOP("YearCalendar", "April"),
          QT_TRANSLATE_NOOP("YearCalendar", "May"), QT_TRANSLATE_NOOP("YearCalendar", "June"),
          QT_TRANSLATE_NOOP("YearCalendar", "July"), QT_TRANSLATE_NOOP("YearCalendar", "August"),
          QT_TRANSLATE_NOOP("YearCalendar", "September"), QT_TRANSLATE_NOOP("YearCalendar", "October"),
          QT_TRANSLATE_NOOP("YearCalendar", "November"), QT_TRANSLATE_NOOP("YearCalendar", "December")]
OFF_BRUSH = QBrush(QColor("#d9d9d9"), Qt.BrushStyle.BDiagPattern)
WORK_BRUSH = QBrush(QColor("#9e9e9e"), Qt.BrushStyle.Dense6Pattern)
WEEKEND_COLOUR = QColor("#8a8a8a")
LEGEND = QT_TRANSLATE_NOOP(
    "HolidayDialog", "Legend: “h” on hatching = day off; “w” in bold on dots = make-up working day; "
    "grey numbers = weekend; the rest are working days.")
# The names the calendar gives unnamed special days (domain.calendar.special_days).
DAY_NAMES = {"调休上班": QT_TRANSLATE_NOOP("HolidayDialog", "make-up working day"),
             "休息": QT_TRANSLATE_NOOP("HolidayDialog", "day off")}
DAY_KINDS = {"班": QT_TRANSLATE_NOOP("HolidayDialog", "w"), "休": QT_TRANSLATE_NOOP("HolidayDialog", "h")}


class MonthGrid(QTableWidget):
    """One month, Monday first, six rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(6, 7, parent)
        self.setHorizontalHeaderLabels([self.tr(d) for d in WEEKDAY_HEADERS])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(200, 160)

    def show_month(self, year: int, month: int, cal: WorkCalendar) -> None:
        self.clearContents()
        day = date(year, month, 1)
        row, col = 0, day.weekday()
        # "14班" must show whole in a cell of a 1366×768 screen and at 150 %: marked days
        # are written a little smaller.
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        bold = QFont(small)
        bold.setBold(True)
        while day.month == month:
            working = cal.is_workday(day)
            weekday = day.weekday() < 5
            name = cal.day_name(day)
            text = str(day.day)
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if not working and (weekday or name):
                text += self.tr("h")  # one line: it fits a month cell at 1366×768 and at 150 %
                item.setBackground(OFF_BRUSH)
                item.setFont(small)
                item.setToolTip((self.tr("{0} day off ({1})") if name else self.tr("{0} day off")).format(
                    day_text(day, year), name))
            elif working and not weekday:
                text += self.tr("w")
                item.setBackground(WORK_BRUSH)
                item.setFont(bold)
                item.setToolTip((self.tr("{0} make-up working day ({1})") if name
                                 else self.tr("{0} make-up working day")).format(day_text(day, year), name))
            elif not weekday:
                item.setForeground(WEEKEND_COLOUR)
            item.setText(text)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.setItem(row, col, item)
            day += timedelta(days=1)
            col += 1
            if col == 7:
                row, col = row + 1, 0


class YearCalendar(QWidget):
    """Twelve months in a 4 × 3 grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(6)
        self.titles: list[QLabel] = []
        self.months: list[MonthGrid] = []
        for m in range(12):
            box = QVBoxLayout()
            title = QLabel()
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            month = MonthGrid()
            box.addWidget(title)
            box.addWidget(month, 1)
            grid.addLayout(box, m // 4, m % 4)
            self.titles.append(title)
            self.months.append(month)

    def show_year(self, year: int, cal: WorkCalendar) -> None:
        for m, (title, grid) in enumerate(zip(self.titles, self.months, strict=True), start=1):
            title.setText(self.tr(MONTHS[m - 1]))
            grid.show_month(year, m, cal)


class HolidayDialog(QDialog):
    """The holiday calendar of a year; ``changed`` carries what a save changed."""

    changed = Signal(object)

    def __init__(self, reg: Register, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.notice: Notice | None = None
        self.setWindowTitle(self.tr("Public holidays"))
        fit_to_screen(self, 1280, 860)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("holiday_year")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year or clock.today().year)
        self.year_spin.valueChanged.connect(self._year_changed)
        top.addWidget(self.year_spin)
        self.source_label = QLabel()
        self.source_label.setObjectName("holiday_source")
        top.addWidget(self.source_label, 1)
        layout.addLayout(top)

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_banner = QLabel()
        self.preview_banner.setObjectName("holiday_preview_banner")
        self.preview_banner.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(self.preview_banner)
        self.calendar = YearCalendar()
        left_layout.addWidget(self.calendar, 1)
        legend = QLabel(self.tr(LEGEND))
        legend.setWordWrap(True)
        left_layout.addWidget(legend)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        paste_label = QLabel(self.tr("Paste the full text of the State Council General Office's notice "
                                     "on the year's public holidays:"))
        paste_label.setWordWrap(True)
        right_layout.addWidget(paste_label)
        self.text = QPlainTextEdit()
        self.text.setObjectName("holiday_text")
        self.text.setPlaceholderText(self.tr(
            "For example: 2. Spring Festival: 15 February (Sunday) to 23 (Monday) off with make-up days, "
            "9 days in all. 14 February (Saturday) and 28 February (Saturday) are working days."))
        right_layout.addWidget(self.text, 2)
        buttons = QHBoxLayout()
        self.parse_button = QPushButton(self.tr("Preview"))
        self.parse_button.setObjectName("holiday_parse")
        self.parse_button.clicked.connect(self.parse)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("holiday_save")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear the year's entries"))
        self.clear_button.setObjectName("holiday_clear")
        self.clear_button.clicked.connect(self.clear_year)
        for b in (self.parse_button, self.save_button, self.clear_button):
            buttons.addWidget(b)
        right_layout.addLayout(buttons)
        self.error = QLabel()
        self.error.setObjectName("holiday_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        right_layout.addWidget(self.error)
        right_layout.addWidget(QLabel(self.tr("Days that differ from Monday to Friday:")))
        self.days_list = QListWidget()
        self.days_list.setObjectName("holiday_days")
        right_layout.addWidget(self.days_list, 3)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        right_layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])
        layout.addWidget(splitter, 1)
        self.text.textChanged.connect(self._text_edited)
        self.show_saved()

    # -- showing ------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.year_spin.value()

    def _year_changed(self, _value: int) -> None:
        self.notice = None
        self.save_button.setEnabled(False)
        self.error.clear()
        self.show_saved()

    def _text_edited(self) -> None:
        if self.notice is not None:
            self.notice = None
            self.save_button.setEnabled(False)
            self.show_saved()

    def _show(self, cal: WorkCalendar) -> None:
        self.calendar.show_year(self.year, cal)
        self.days_list.clear()
        for day, kind, name in cal.special_days(self.year):
            kind = self.tr(DAY_KINDS[kind]) if kind in DAY_KINDS else kind
            name = self.tr(DAY_NAMES[name]) if name in DAY_NAMES else name
            self.days_list.addItem(f"{day.isoformat()} {kind} {name}")

    def show_saved(self) -> None:
        cal = holidays.register_calendar(self.reg)
        if self.year in cal.entered_years():
            source = self.tr("entered in this register")
        elif cal.is_covered(self.year):
            source = self.tr("built into the program")
        else:
            source = self.tr("none (Monday to Friday)")
        self.source_label.setText(self.tr("Public holidays of {0} come from: {1}").format(self.year, source))
        self.preview_banner.setText(self.tr("{0} (the calendar in use)").format(self.year))
        self._show(cal)

    def preview_calendar(self, notice: Notice) -> WorkCalendar:
        """The calendar the lights would use after saving ``notice``."""
        others = tuple(
            (date.fromisoformat(r["day"]), r["kind"], r["name"], int(r["year"]))
            for r in holidays.entries(self.reg) if int(r["year"]) != notice.year
        )
        mine = tuple((d.day, d.kind, d.name, notice.year) for d in notice.days)
        return combined_calendar(tuple(sorted(others + mine)))

    # -- actions ------------------------------------------------------------------------
    def parse(self) -> bool:
        self.error.clear()
        try:
            notice = parse_notice(self.text.toPlainText(), self.year)
        except NoticeError as exc:
            self.notice = None
            self.save_button.setEnabled(False)
            self.error.setText(str(exc))
            return False
        self.notice = notice
        rest = sum(1 for d in notice.days if d.kind == "休")
        self.preview_banner.setText(self.tr("Preview (not saved yet): {0}, {1} days off, {2} make-up working days").format(
            notice.year, rest, len(notice.days) - rest))
        self._show(self.preview_calendar(notice))
        self.save_button.setEnabled(True)
        return True

    def save(self) -> bool:
        if self.notice is None and not self.parse():
            return False
        try:
            changes = holidays.save_year(self.reg, self.year, self.notice)
        except StorageError as exc:
            self.error.setText(str(exc))
            return False
        self.notice = None
        self.save_button.setEnabled(False)
        self.show_saved()
        self.changed.emit(changes)
        return True

    def clear_year(self) -> None:
        if self.year not in holidays.entered_years(self.reg):
            self.error.setText(self.tr("No public holidays of {0} were entered in this register.").format(self.year))
            return
        answer = QMessageBox.question(
            self, self.tr("Clear the year's entries"),
            self.tr("Clear the public holidays of {0} entered in this register? Working days then come from "
                    "the program's own data or from Monday to Friday.").format(self.year))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes: Changes = holidays.clear_year(self.reg, self.year)
        except StorageError as exc:
            self.error.setText(str(exc))
            return
        self.show_saved()
        self.changed.emit(changes)
