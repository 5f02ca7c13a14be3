"""Names the output dialogs show for things that come from the Qt-free layers: the report
kinds and column headers (``desktop_app.reports`` keeps them in Chinese for the printed
sheet), the week choices and the notice template's fields. They are translated here, at
the edge of the interface, so printed output stays Chinese whatever the interface speaks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.weeks import parse_week
from desktop_app.reports.kinds import KINDS

# 第47周（11月16日—11月22日）: a week without its year, as every page names it.
from desktop_app.ui.common.words import week_text as week_name

KIND_NAMES = {
    "weekly": QT_TRANSLATE_NOOP("ReportNames", "Weekly sheet"),
    "breakdown": QT_TRANSLATE_NOOP("ReportNames", "Task breakdown"),
    "monthly": QT_TRANSLATE_NOOP("ReportNames", "Monthly summary"),
    "overdue": QT_TRANSLATE_NOOP("ReportNames", "Overdue / supervision list"),
    "notices": QT_TRANSLATE_NOOP("ReportNames", "Supervision notices"),
    "yearly": QT_TRANSLATE_NOOP("ReportNames", "Year-end assessment"),
}

# The reports' column headers (as printed) → their names in the column chooser.
COLUMN_NAMES = {
    "序号": QT_TRANSLATE_NOOP("ReportColumns", "No."),
    "工作任务": QT_TRANSLATE_NOOP("ReportColumns", "Task"),
    "牵头科室": QT_TRANSLATE_NOOP("ReportColumns", "Lead department"),
    "责任人": QT_TRANSLATE_NOOP("ReportColumns", "Owner"),
    "分管领导": QT_TRANSLATE_NOOP("ReportColumns", "Leader in charge"),
    "配合科室": QT_TRANSLATE_NOOP("ReportColumns", "Co-operating departments"),
    "完成时限": QT_TRANSLATE_NOOP("ReportColumns", "Deadline"),
    "工作标准": QT_TRANSLATE_NOOP("ReportColumns", "Standard of work"),
    "本周完成情况": QT_TRANSLATE_NOOP("ReportColumns", "Done this week"),
    "下周工作计划": QT_TRANSLATE_NOOP("ReportColumns", "Plan for next week"),
    "存在问题及需协调事项": QT_TRANSLATE_NOOP("ReportColumns", "Problems and matters to co-ordinate"),
    "进度%": QT_TRANSLATE_NOOP("ReportColumns", "Progress %"),
    "序时进度": QT_TRANSLATE_NOOP("ReportColumns", "Expected progress"),
    "状态": QT_TRANSLATE_NOOP("ReportColumns", "Status"),
    "类别": QT_TRANSLATE_NOOP("ReportColumns", "Category"),
    "本月进展": QT_TRANSLATE_NOOP("ReportColumns", "Progress this month"),
    "逾期（滞后）情况": QT_TRANSLATE_NOOP("ReportColumns", "Overdue (behind) by"),
    "最近进展": QT_TRANSLATE_NOOP("ReportColumns", "Latest progress"),
    "督办情况": QT_TRANSLATE_NOOP("ReportColumns", "Supervision"),
}

# The fields a notice template may use (their names stay Chinese: they are written in
# the Chinese template) → what each one stands for.
NOTICE_FIELD_NAMES = {
    "依据": QT_TRANSLATE_NOOP("NoticeFields", "the work plan it rests on, e.g. the title of the bureau's 2026 work plan"),
    "科室": QT_TRANSLATE_NOOP("NoticeFields", "the department addressed"),
    "项数": QT_TRANSLATE_NOOP("NoticeFields", "how many tasks the notice lists"),
    "任务清单": QT_TRANSLATE_NOOP("NoticeFields", "the late or lagging tasks, one paragraph each (on a line of its own)"),
    "回复日期": QT_TRANSLATE_NOOP("NoticeFields", "the date to report back by, e.g. 25 November"),
}

def kind_name(kind: str) -> str:
    """The report's name in the interface language."""
    if kind in KIND_NAMES:
        return QCoreApplication.translate("ReportNames", KIND_NAMES[kind])
    return KINDS.get(kind, kind)


def column_name(header: str) -> str:
    """A printed column header as the column chooser names it."""
    if header in COLUMN_NAMES:
        return QCoreApplication.translate("ReportColumns", COLUMN_NAMES[header])
    return header


def notice_field_name(field: str, meaning: str) -> str:
    if field in NOTICE_FIELD_NAMES:
        return QCoreApplication.translate("NoticeFields", NOTICE_FIELD_NAMES[field])
    return meaning


def week_text(week: str) -> str:
    """2026年第47周（11月16日—11月22日）: a week to choose, with its year."""
    return QCoreApplication.translate("WeekNames", "{0}: {1}").format(parse_week(week)[0], week_name(week))


def week_folder(week: str) -> str:
    """The folder a week's forms go to: 2026年第47周."""
    year, number = parse_week(week)
    return QCoreApplication.translate("WeekNames", "{0} week {1:02d}").format(year, number)
