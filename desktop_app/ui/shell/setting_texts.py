"""The register settings as 工具 ▸ 设置 shows them, in the interface language.

``storage/settings.py`` declares every key once with its Chinese label (the command line's
``settings`` prints those, and storage's messages name them); the dialog shows the texts
below instead, English sources translated by the shell catalogue, keyed by the same keys.
``tests/ui/test_setting_texts.py`` fails when a declared key, page, suffix or choice has no
text here, or when its Chinese translation differs from the declared wording.

The calendar notes of the 亮灯规则 page and of the status bar are here too (the domain's own
``coverage_note``/``missing_note`` are the command line's).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.calendar import WorkCalendar

CONTEXT = "RegisterSettings"

# The pages of 工具 ▸ 设置, keyed by storage.settings.PAGES.
PAGES = {
    "单位与签署": QT_TRANSLATE_NOOP("RegisterSettings", "Organisation and sign-off"),
    "亮灯规则": QT_TRANSLATE_NOOP("RegisterSettings", "Light rules"),
    "填报与督办": QT_TRANSLATE_NOOP("RegisterSettings", "Forms and supervision"),
    "督办通知单": QT_TRANSLATE_NOOP("RegisterSettings", "Supervision notice"),
    "备份": QT_TRANSLATE_NOOP("RegisterSettings", "Backups"),
}

# Every setting a user may change (a page in storage.settings.DECLARED).
LABELS = {
    "organisation": QT_TRANSLATE_NOOP("RegisterSettings", "Organisation name"),
    "report.preparer": QT_TRANSLATE_NOOP("RegisterSettings", "Prepared by"),
    "report.reviewer": QT_TRANSLATE_NOOP("RegisterSettings", "Reviewed by"),
    "light.lag_red_points": QT_TRANSLATE_NOOP("RegisterSettings", "Behind scheduled progress by (red)"),
    "light.lag_yellow_points": QT_TRANSLATE_NOOP("RegisterSettings", "Behind scheduled progress by (yellow)"),
    "light.due_soon_working_days": QT_TRANSLATE_NOOP(
        "RegisterSettings", "Deadline closer than (due soon, yellow)"),
    "light.stale_yellow_weeks": QT_TRANSLATE_NOOP(
        "RegisterSettings", "Long-term/weekly task without a report for (yellow)"),
    "light.stale_red_weeks": QT_TRANSLATE_NOOP(
        "RegisterSettings", "Long-term/weekly task without a report for (red)"),
    "startup.show_summary": QT_TRANSLATE_NOOP(
        "RegisterSettings", "On opening a register, list the tasks newly red or yellow"),
    "forms.return_weekday": QT_TRANSLATE_NOOP("RegisterSettings", "Forms due back (each week) on"),
    "supervision.reply_working_days": QT_TRANSLATE_NOOP("RegisterSettings", "Supervision reply within"),
    "notice.organ": QT_TRANSLATE_NOOP("RegisterSettings", "Issuing authority"),
    "notice.prefix": QT_TRANSLATE_NOOP("RegisterSettings", "Authority code"),
    "notice.signature": QT_TRANSLATE_NOOP("RegisterSettings", "Signed"),
    "notice.template": QT_TRANSLATE_NOOP("RegisterSettings", "Body template"),
    "backup.folder": QT_TRANSLATE_NOOP("RegisterSettings", "Backup folder"),
    "backup.keep": QT_TRANSLATE_NOOP("RegisterSettings", "Backups kept"),
}

# The line under a setting (its ``about``).
ABOUT = {
    "organisation": QT_TRANSLATE_NOOP(
        "RegisterSettings", "The organisation's name on report titles, notices and forms"),
    "report.preparer": QT_TRANSLATE_NOOP(
        "RegisterSettings", "The “Prepared by” line under printed reports"),
    "report.reviewer": QT_TRANSLATE_NOOP(
        "RegisterSettings", "The “Reviewed by” line under printed reports"),
    "forms.return_weekday": QT_TRANSLATE_NOOP(
        "RegisterSettings", "The default due date of new forms: this day, or the first working "
        "day after it"),
    "notice.organ": QT_TRANSLATE_NOOP("RegisterSettings", "Left empty: the organisation name"),
    "notice.prefix": QT_TRANSLATE_NOOP(
        "RegisterSettings", "The code that starts a notice's number, before the year in brackets"),
    "backup.folder": QT_TRANSLATE_NOOP(
        "RegisterSettings", "Left empty: a backup folder beside the register"),
}

# Units after a whole number, keyed by the declared (Chinese) suffix.
SUFFIXES = {
    "个百分点": QT_TRANSLATE_NOOP("RegisterSettings", "points"),
    "个工作日": QT_TRANSLATE_NOOP("RegisterSettings", "working days"),
    "周": QT_TRANSLATE_NOOP("RegisterSettings", "weeks"),
    "份": QT_TRANSLATE_NOOP("RegisterSettings", "copies"),
}

# storage.settings.WEEKDAYS.
WEEKDAYS = {
    1: QT_TRANSLATE_NOOP("RegisterSettings", "Monday"),
    2: QT_TRANSLATE_NOOP("RegisterSettings", "Tuesday"),
    3: QT_TRANSLATE_NOOP("RegisterSettings", "Wednesday"),
    4: QT_TRANSLATE_NOOP("RegisterSettings", "Thursday"),
    5: QT_TRANSLATE_NOOP("RegisterSettings", "Friday"),
    6: QT_TRANSLATE_NOOP("RegisterSettings", "Saturday"),
    7: QT_TRANSLATE_NOOP("RegisterSettings", "Sunday"),
}

# What each field of a notice template stands for (the field names themselves are the
# template's own words and stay as they are; the Chinese keeps the declared examples).
NOTICE_FIELDS = {
    "依据": QT_TRANSLATE_NOOP("RegisterSettings", "the work plan relied on, by its title"),
    "科室": QT_TRANSLATE_NOOP("RegisterSettings", "the department addressed"),
    "项数": QT_TRANSLATE_NOOP("RegisterSettings", "how many tasks the notice lists"),
    "任务清单": QT_TRANSLATE_NOOP(
        "RegisterSettings", "the overdue or lagging tasks, one paragraph each (on a line of its own)"),
    "回复日期": QT_TRANSLATE_NOOP("RegisterSettings", "the date the result is due back, e.g. 25 November"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def page_name(page: str) -> str:
    return _tr(PAGES[page])


def label(key: str) -> str:
    return _tr(LABELS[key])


def about(key: str) -> str:
    return _tr(ABOUT[key]) if key in ABOUT else ""


def suffix(declared: str) -> str:
    return _tr(SUFFIXES[declared]) if declared else ""


def weekday(number: int) -> str:
    return _tr(WEEKDAYS[number])


def notice_field(name: str) -> str:
    return _tr(NOTICE_FIELDS[name])


def _years(years) -> str:
    return QCoreApplication.translate("CalendarNotes", ", ").join(str(y) for y in years)


def coverage_note(calendar: WorkCalendar) -> str:
    """What the 亮灯规则 page says about the calendar data."""
    covered = calendar.covered_years()
    if not covered:
        return QCoreApplication.translate(
            "CalendarNotes", "No holiday data: Monday–Friday are counted as working days.")
    first, last = covered[0], covered[-1]
    note = QCoreApplication.translate(
        "CalendarNotes", "Official holidays and make-up working days of {0}–{1} are included"
    ).format(first, last)
    gaps = [y for y in range(first, last + 1) if y not in covered]
    if gaps:
        note += QCoreApplication.translate("CalendarNotes", " ({0} missing)").format(_years(gaps))
    entered = calendar.entered_years()
    if entered:
        note += QCoreApplication.translate(
            "CalendarNotes", ", {0} of them entered in this register").format(_years(entered))
    return note + QCoreApplication.translate(
        "CalendarNotes", "; from {0} on there is no holiday data yet and Monday–Friday are "
        "counted as working days.").format(last + 1)


def missing_note(years: list[int]) -> str:
    """What the status bar and the light settings say when ``years`` have no data."""
    if not years:
        return ""
    joined = QCoreApplication.translate("CalendarNotes", ", ").join(
        QCoreApplication.translate("CalendarNotes", "year {0}").format(y) for y in years)
    return QCoreApplication.translate(
        "CalendarNotes", "The holiday arrangements of {0} are not entered yet: Monday–Friday are "
        "counted as working days for now. They can be entered in Tools ▸ Holiday calendar."
    ).format(joined)
