"""亮灯设置: the light thresholds of this register, the start-up summary switch, and what
the working-day calendar knows (and where it falls back to Monday–Friday)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.storage import holidays, settings
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError, ValidationError

# (settings key, label, minimum, maximum, suffix)
THRESHOLD_FIELDS = [
    ("light.lag_red_points", "落后序时进度达到（红灯）", 1, 100, " 个百分点"),
    ("light.lag_yellow_points", "落后序时进度达到（黄灯）", 1, 100, " 个百分点"),
    ("light.due_soon_working_days", "距完成时限不足（临期，黄灯）", 0, 60, " 个工作日"),
    ("light.stale_yellow_weeks", "长期/每周任务连续未报送（黄灯）", 1, 26, " 周"),
    ("light.stale_red_weeks", "长期/每周任务连续未报送（红灯）", 1, 52, " 周"),
]


def check_thresholds(values: dict[str, int]) -> None:
    """Yellow must come before red, or the lights would skip a colour."""
    if values["light.lag_yellow_points"] >= values["light.lag_red_points"]:
        raise ValidationError("黄灯的落后点数应小于红灯的落后点数。")
    if values["light.stale_yellow_weeks"] >= values["light.stale_red_weeks"]:
        raise ValidationError("黄灯的未报送周数应小于红灯的未报送周数。")


class LightsSettingsDialog(QDialog):
    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.setWindowTitle(self.tr("亮灯设置"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("亮灯规则（本台账）"))
        form = QFormLayout(box)
        self.spins: dict[str, QSpinBox] = {}
        for key, label, low, high, suffix in THRESHOLD_FIELDS:
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(low, high)
            spin.setSuffix(self.tr(suffix))
            spin.setValue(int(settings.get(reg, key)))
            form.addRow(self.tr(label) + "：", spin)
            self.spins[key] = spin
        layout.addWidget(box)

        calendar_box = QGroupBox(self.tr("工作日历"))
        calendar_layout = QVBoxLayout(calendar_box)
        self.calendar_note = QLabel()
        self.calendar_note.setObjectName("calendar_note")
        self.calendar_note.setWordWrap(True)
        calendar_layout.addWidget(self.calendar_note)
        self.holidays_button = QPushButton(self.tr("录入节假日安排…"))
        self.holidays_button.setObjectName("open_holidays")
        self.holidays_button.clicked.connect(self.open_holidays)
        calendar_layout.addWidget(self.holidays_button)
        self._show_calendar_note()
        layout.addWidget(calendar_box)

        self.show_summary = QCheckBox(self.tr("打开台账时提示新变红、变黄的任务"))
        self.show_summary.setObjectName("show_summary")
        self.show_summary.setChecked(bool(settings.get(reg, "startup.show_summary")))
        layout.addWidget(self.show_summary)

        self.error = QLabel()
        self.error.setObjectName("settings_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _missing_years(self) -> list[int]:
        return holidays.missing_years(self.reg)

    def _show_calendar_note(self) -> None:
        note = holidays.register_calendar(self.reg).coverage_note()
        missing = holidays.missing_note(self._missing_years())
        self.calendar_note.setText(note + ("\n" + missing if missing else ""))

    def open_holidays(self) -> None:
        from desktop_app.ui.week.holiday_dialog import HolidayDialog

        missing = self._missing_years()
        HolidayDialog(self.reg, missing[0] if missing else clock.today().year, self).exec()
        self._show_calendar_note()

    def save(self) -> bool:
        """Write every setting in one transaction, or none when the values disagree."""
        values = {key: spin.value() for key, spin in self.spins.items()}
        try:
            check_thresholds(values)
            with self.reg.atomic():
                for key, value in values.items():
                    settings.set_value(self.reg, key, value)
                settings.set_value(self.reg, "startup.show_summary", self.show_summary.isChecked())
        except StorageError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True
