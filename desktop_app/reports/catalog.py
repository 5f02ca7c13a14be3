"""The list of reports and one entry point that builds any of them from plain parameters.

The CLI and the report dialog both fill in :class:`ReportParams` and call
:func:`build_report`, so the same choice gives the same paper everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app import clock
from desktop_app.reports.breakdown import breakdown_report
from desktop_app.reports.kinds import KINDS
from desktop_app.reports.model import Report
from desktop_app.reports.monthly import monthly_report
from desktop_app.reports.overdue import notices_report, overdue_report
from desktop_app.reports.weekly import default_week, weekly_report
from desktop_app.reports.yearly import yearly_report
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError

__all__ = ["KINDS", "ReportParams", "build_report"]



@dataclass
class ReportParams:
    """Everything a report may be asked for; each report reads the fields it needs."""

    plan_id: int | None = None
    week: str | None = None  # 2026-W47
    month: str | None = None  # 2026-11
    year: int | None = None
    half: int | None = None  # 1 | 2
    department: str | None = None
    only: str | None = None  # red | key
    group: str = "department"  # department | section
    red_first: bool = True
    per: str = "department"  # notices: department | task
    issue: bool = False  # notices: record them as numbered 督办 actions
    today: date | None = None


def build_report(reg: Register, kind: str, params: ReportParams) -> Report:
    """Compute report ``kind`` (a key of :data:`KINDS`); ValidationError for bad parameters."""
    today = params.today or clock.today()
    if kind == "weekly":
        return weekly_report(
            reg, params.week or default_week(today), plan_id=params.plan_id, department=params.department,
            only=params.only, group=params.group, red_first=params.red_first, today=today,
        )
    if kind == "breakdown":
        return breakdown_report(reg, plan_id=params.plan_id, department=params.department, today=today)
    if kind == "monthly":
        return monthly_report(
            reg, params.month or f"{today.year}-{today.month:02d}", plan_id=params.plan_id,
            department=params.department, today=today,
        )
    if kind == "overdue":
        return overdue_report(reg, on=today, plan_id=params.plan_id, department=params.department)
    if kind == "notices":
        return notices_report(
            reg, on=today, per=params.per, plan_id=params.plan_id, department=params.department,
            issue=params.issue,
        )
    if kind == "yearly":
        return yearly_report(
            reg, params.year or today.year, half=params.half, plan_id=params.plan_id,
            department=params.department, today=today,
        )
    raise ValidationError(f"没有“{kind}”这种报表，可选：{'、'.join(KINDS)}。")
