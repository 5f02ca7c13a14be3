"""Write one 填报表 (.xlsx) per department for a week.

Only the progress cells are unlocked; the rest is protected by sheet protection. The
import does not rely on the protection being intact: each row's locked texts and the
values it started with (its baseline) are kept in a veryHidden sheet with a checksum,
so an edited locked cell is found, and a value the clerk changed in the program after
the export is told apart from one the department changed in the form.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app import clock
from desktop_app.domain.weeks import (
    normalise_week,
    parse_week,
    previous_week,
    week_label,
    week_monday,
)
from desktop_app.forms.layout import (
    COLUMNS,
    DATA_SHEET,
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADER_ROW,
    META_SHEET,
    ROW_HEADER,
    FormError,
    row_checksum,
    task_ref,
)
from desktop_app.reports.common import day_text, deadline_text, organisation
from desktop_app.reports.safe_cell import looks_like_formula
from desktop_app.reports.safe_cell import text_cell as _put
from desktop_app.reports.xlsx import BODY_FONT, BORDER, HEADER_FILL, HEADER_FONT, TITLE_FONT
from desktop_app.storage import directory, plans, progress, settings
from desktop_app.storage.db import Register
from desktop_app.storage.errors import os_error_text
from desktop_app.storage.forms_queries import form_tasks, forms_key, register_id
from desktop_app.storage.holidays import register_calendar
from desktop_app.storage.tempfiles import sweep_temp_files, temp_name
from desktop_app.text_safety import cut_for_cell, safe_text

PROTECTION_PASSWORD = "dbtz"
EDIT_FILL = PatternFill("solid", fgColor="FFF7D6")
CO_FILL = PatternFill("solid", fgColor="F2F2F2")
NOTE_FONT = Font(name="仿宋", size=10)
WEEKDAYS = "一二三四五六日"
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
NUMBER_FORMATS = {"percent": "0", "finished": "yyyy-mm-dd"}
LINE_HEIGHT = 14.5  # points per line of 11 pt text


@dataclass
class ExportedForm:
    """One department's result: the file written, or ``path=None`` when it had no open task."""

    department: str
    path: Path | None
    rows: int


def form_file_name(week: str, department: str) -> str:
    """第47周_教研室_进展填报表.xlsx — safe on Windows (no reserved characters, no trailing dot)."""
    _, wk = parse_week(week)
    name = _UNSAFE_NAME.sub("_", department).strip(" .") or "科室"
    return f"第{wk}周_{name[:60]}_进展填报表.xlsx"


def default_return_by(reg: Register, week: str, *, today: date | None = None) -> date:
    """The day forms are due back: the week's 报送时限 weekday (``forms.return_weekday``,
    Friday unless set — returns are in before the Monday meeting sheet is printed), or
    the first working day after it in the register's calendar; never a day already past
    (forms made on a Saturday ask for the coming Friday)."""
    weekday = int(settings.get(reg, "forms.return_weekday"))
    today = today or clock.today()
    due = week_monday(week) + timedelta(days=weekday - 1)
    if due < today:
        due = today + timedelta(days=(weekday - 1 - today.weekday()) % 7)
    return register_calendar(reg).next_workday(due)


def _texts_stay_texts(ws: Worksheet) -> None:
    """``ws.append`` turns a text starting with "=" into a formula; the hidden sheet holds
    department and organisation names, which must stay texts. (Its texts are already safe;
    a row's JSON is kept whole even beyond a visible cell's length.)"""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
                if looks_like_formula(cell.value):
                    cell.quotePrefix = True


def _lines(text: str, width: float) -> int:
    """Printed lines of ``text`` in a wrapped column: a CJK character is two width units."""
    usable = max(width - 1.5, 1.0)
    return sum(
        max(1, -(-sum(2 if ord(ch) > 0x2E7F else 1 for ch in part) // int(usable)))
        for part in str(text).split("\n")
    )


def _row_height(values: dict[str, Any], is_lead: bool) -> float:
    """Spreadsheets do not grow wrapped rows on opening, so the height is set from the text;
    a lead row gets at least two lines of room to write in."""
    lines = max((_lines(values[c.key], c.width) for c in COLUMNS if c.wrap and values[c.key]), default=1)
    return max(lines, 2 if is_lead else 1) * LINE_HEIGHT + 4


def _shown(text: str) -> str:
    """A text exactly as its cell will hold it (safe, and cut with a note beyond a cell's
    limit), so the row's checksum and baseline describe what the department receives."""
    return cut_for_cell(safe_text(text))[0]


def _locked_texts(task: dict, last: dict | None, year: int | None = None) -> dict[str, str]:
    """The texts the row shows and checks, as safe as the cells that show them."""
    pct = last.get("percent") if last else None
    return {
        "number": _shown(task["number"]),
        "title": _shown(task["title"]),
        "owner": _shown(task.get("owner_name") or ""),
        "deadline": _shown(deadline_text(task, year=task.get("plan_year") or year)),
        "last_done": _shown((last or {}).get("done", "") or ""),
        "last_percent": "" if pct is None else f"{pct}%",
    }


def _baseline(entry: dict | None) -> dict[str, Any]:
    entry = entry or {}
    return {
        "done": _shown(entry.get("done", "") or ""),
        "next": _shown(entry.get("next", "") or ""),
        "problems": _shown(entry.get("problems", "") or ""),
        "percent": entry.get("percent"),
        "finished": "",
    }


def _title_rows(ws: Worksheet, org: str, department: str, week: str, return_by: date) -> None:
    last = get_column_letter(len(COLUMNS) - 1)
    title = _put(ws, 1, 1, f"{org}重点工作进展填报表")
    title.font = TITLE_FONT
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 30
    info = _put(
        ws, 2, 1,
        f"填报科室：{department}　　{week_label(week)}　　"
        f"请于{day_text(return_by, year=int(week[:4]))}（星期{WEEKDAYS[return_by.weekday()]}）前报送局办公室",
    )
    info.font = BODY_FONT
    info.alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells(f"A2:{last}2")
    note = _put(
        ws, 3, 1,
        "填表说明：只填写浅黄色底纹的单元格；进度填 0—100 的数字（如 80）；任务已完成的填写完成日期"
        "（如 2026-11-18）。请勿修改其他内容，也不要删除隐藏的列和工作表。",
    )
    note.font = NOTE_FONT
    note.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.merge_cells(f"A3:{last}3")
    ws.row_dimensions[3].height = 28
    ws.row_dimensions[HEADER_ROW].height = 2 * LINE_HEIGHT + 4
    for i, col in enumerate(COLUMNS, start=1):
        cell = _put(ws, HEADER_ROW, i, col.header)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.column_dimensions[get_column_letter(len(COLUMNS))].hidden = True


def _validations(ws: Worksheet, first: int, last: int) -> None:
    if last < first:
        return
    keys = [c.key for c in COLUMNS]
    pct_col = get_column_letter(keys.index("percent") + 1)
    date_col = get_column_letter(keys.index("finished") + 1)
    pct = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
        showErrorMessage=True, errorTitle="进度", error="进度请填 0 到 100 之间的数字，例如 80。",
        showInputMessage=True, promptTitle="进度%", prompt="填 0—100 的数字，例如 80。",
    )
    pct.add(f"{pct_col}{first}:{pct_col}{last}")
    when = DataValidation(
        type="date", operator="lessThanOrEqual", formula1="TODAY()", allow_blank=True,
        showErrorMessage=True, errorTitle="完成日期",
        error="请填写已经完成的日期（不能晚于今天），例如 2026-11-18。",
        showInputMessage=True, promptTitle="完成日期", prompt="任务已完成的，填写完成日期，例如 2026-11-18。",
    )
    when.add(f"{date_col}{first}:{date_col}{last}")
    ws.add_data_validation(pct)
    ws.add_data_validation(when)


def _print_setup(ws: Worksheet, last_row: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{get_column_letter(len(COLUMNS) - 1)}{max(last_row, HEADER_ROW)}"
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.oddFooter.left.text = "填报人：　　　　　　科室负责人：　　　　　　"
    ws.oddFooter.left.size = 9
    ws.oddFooter.center.text = "第&P页 共&N页"
    ws.oddFooter.center.size = 9


def _protect(ws: Worksheet) -> None:
    ws.protection.sheet = True
    ws.protection.password = PROTECTION_PASSWORD
    # Widening columns and rows stays allowed: people do, and it harms nothing.
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _row_styles(wb: Workbook) -> dict[tuple[str, bool], str]:
    """Named styles per (column, lead row?): one assignment per cell instead of six keeps
    the export of 60 departments' forms within seconds."""
    names: dict[tuple[str, bool], str] = {}
    for col in COLUMNS:
        for is_lead in (True, False):
            style = NamedStyle(f"填报-{col.key}-{'lead' if is_lead else 'co'}")
            style.font, style.border = BODY_FONT, BORDER
            style.alignment = Alignment(vertical="top", wrap_text=col.wrap,
                                        horizontal="left" if col.wrap else "center")
            editable = col.editable and is_lead
            style.protection = Protection(locked=not editable)
            if editable:
                style.fill = EDIT_FILL
            elif not is_lead:
                style.fill = CO_FILL
            style.number_format = NUMBER_FORMATS.get(col.key, "General")
            wb.add_named_style(style)
            names[(col.key, is_lead)] = style.name
    return names


def build_workbook(
    *,
    register: str,
    key: bytes,
    org: str,
    week: str,
    department_id: int,
    department: str,
    tasks: list[dict],
    last_entries: dict[int, dict],
    this_entries: dict[int, dict],
    return_by: date,
    exported_at: datetime,
) -> Workbook:
    """The form of one department as an openpyxl workbook (not yet saved)."""
    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    _title_rows(ws, org, department, week, return_by)
    meta = wb.create_sheet(META_SHEET)
    for pair in (("format", FORMAT_NAME), ("version", FORMAT_VERSION), ("register_id", register),
                 ("week", week), ("department_id", department_id), ("department", department),
                 ("exported_at", exported_at.isoformat(timespec="seconds")), ("organisation", org)):
        meta.append([_shown(v) if isinstance(v, str) else v for v in pair])
    meta.append([])
    meta.append(list(ROW_HEADER))
    styles = _row_styles(wb)
    r = HEADER_ROW
    for seq, task in enumerate(tasks, start=1):
        r += 1
        locked = _locked_texts(task, last_entries.get(task["id"]), int(week[:4]))
        is_lead = task["role"] == "lead"
        baseline = _baseline(this_entries.get(task["id"]) if is_lead else None)
        values: dict[str, Any] = {
            **locked, "seq": seq, "task_ref": task_ref(task["id"]),
            "done": baseline["done"], "next": baseline["next"], "problems": baseline["problems"],
            "percent": baseline["percent"], "finished": None,
        }
        if not is_lead:
            values["done"] = "（配合任务，由牵头科室填报）"
        for i, col in enumerate(COLUMNS, start=1):
            cell = _put(ws, r, i, values[col.key])
            cell.style = styles[(col.key, is_lead)]
        ws.row_dimensions[r].height = _row_height(values, is_lead)
        checksum = row_checksum(register, week, department_id, task["id"], task["role"], locked, baseline,
                                key=key)
        meta.append([task["id"], task["role"], checksum,
                     json.dumps(locked, ensure_ascii=False), json.dumps(baseline, ensure_ascii=False)])
    _validations(ws, HEADER_ROW + 1, r)
    _print_setup(ws, r)
    _protect(ws)
    _texts_stay_texts(meta)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    meta.protection.password = PROTECTION_PASSWORD
    return wb


def _save(wb: Workbook, target: Path) -> None:
    """Write beside the target and rename, so a failed save leaves no half-written form. The
    temporary file is named for the sweep (storage.tempfiles): what a killed export left in
    the folder is removed by the next one."""
    tmp = temp_name(target, ".tmp.xlsx")
    try:
        sweep_temp_files(target.parent)
        with open(tmp, "wb"):
            pass
    except OSError as exc:
        raise FormError(f"无法在文件夹“{target.parent}”中写入：{os_error_text(exc)}") from exc
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except PermissionError as exc:
        raise FormError(f"无法写入“{target.name}”：文件可能正在 WPS 或 Excel 中打开，请关闭后重试。") from exc
    except OSError as exc:
        raise FormError(f"无法写入“{target.name}”：{os_error_text(exc)}") from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def export_forms(
    reg: Register,
    week: str,
    out_dir: str | os.PathLike[str],
    *,
    department_ids: list[int] | None = None,
    include_co: bool = False,
    plan_id: int | None = None,
    return_by: date | None = None,
    now: datetime | None = None,
    progress_cb: Callable[[float, str], None] | None = None,
) -> list[ExportedForm]:
    """Write the forms of ``week`` into ``out_dir``; one entry per department asked for."""
    try:
        week = normalise_week(week)
    except ValueError as exc:
        raise FormError(str(exc)) from None
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FormError(f"无法创建文件夹“{folder}”：{os_error_text(exc)}") from exc
    deps = {d["id"]: d["name"] for d in directory.list_departments(reg)}
    if department_ids is None:
        department_ids = [d["id"] for d in directory.list_departments(reg, active_only=True)]
    unknown = [d for d in department_ids if d not in deps]
    if unknown:
        raise FormError(f"找不到科室（编号 {unknown[0]}）。")
    register = register_id(reg)
    key = forms_key(reg)
    org = organisation(reg, plans.list_plans(reg))
    rows = form_tasks(reg, department_ids, include_co=include_co, plan_id=plan_id)
    lead_ids = [t["id"] for ts in rows.values() for t in ts if t["role"] == "lead"]
    all_ids = [t["id"] for ts in rows.values() for t in ts]
    last_entries = progress.latest_for_tasks(reg, all_ids, previous_week(week))
    this_entries = progress.week_entries(reg, week, lead_ids)
    stamp = (now or clock.now()).replace(microsecond=0)
    due = return_by or default_return_by(reg, week, today=stamp.date())
    report = progress_cb or (lambda _f, _t: None)
    out: list[ExportedForm] = []
    for n, dep_id in enumerate(department_ids):
        name = deps[dep_id]
        tasks = rows.get(dep_id, [])
        report(n / max(len(department_ids), 1), f"正在生成 {name} 的填报表")
        if not tasks:
            out.append(ExportedForm(name, None, 0))
            continue
        wb = build_workbook(
            register=register, key=key, org=org, week=week, department_id=dep_id, department=name,
            tasks=tasks, last_entries=last_entries, this_entries=this_entries,
            return_by=due, exported_at=stamp,
        )
        target = folder / form_file_name(week, name)
        _save(wb, target)
        out.append(ExportedForm(name, target, len(tasks)))
    report(1.0, "完成")
    return out
