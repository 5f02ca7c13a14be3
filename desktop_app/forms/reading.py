"""Read a returned 填报表 as the department left it, and turn its cells into values.

Nothing here looks at the register: this module only says what the file holds, or
why it is not a readable form. Cell values are read the way WPS and Excel store what
people type: 80, "80", "80%", 0.8 and a percent-formatted 0.8 all mean 80.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

from desktop_app.domain.weeks import normalise_week
from desktop_app.forms.layout import (
    COLUMN_BY_KEY,
    COLUMNS,
    FORMAT_NAME,
    LOCKED_KEYS,
    META_SHEET,
    REQUIRED_KEYS,
    ROW_HEADER,
    FormError,
    parse_task_ref,
)
from desktop_app.importing.archive import DAMAGED_ZIP_ERRORS, archive_problem
from desktop_app.text_safety import from_spreadsheet, safe_text

XLSX_SUFFIXES = (".xlsx", ".xlsm")
DAMAGED = "文件已损坏或不是 Excel 工作簿，无法读取。"
HEADER_SEARCH_ROWS = 12
_FULL_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_SHORT_DATE = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


@dataclass
class MetaRow:
    task_id: int
    role: str
    checksum: str
    locked: dict[str, str]
    baseline: dict[str, Any]


@dataclass
class SheetRow:
    """One data row of the visible sheet: where it is, which task, what its cells hold."""

    row: int
    task_id: int | None
    cells: dict[str, Any]
    formats: dict[str, str]


@dataclass
class ReturnedForm:
    path: Path
    meta: dict[str, str]
    meta_rows: dict[int, MetaRow]
    rows: list[SheetRow]
    saved_at: datetime | None
    columns: set[str] = field(default_factory=set)

    @property
    def week(self) -> str:
        return self.meta.get("week", "")

    @property
    def department(self) -> str:
        return self.meta.get("department", "")

    @property
    def department_id(self) -> int:
        return int(self.meta["department_id"])


def _header_key(text: Any) -> str | None:
    cleaned = "".join(str(text or "").split()).replace("％", "%")
    for col in COLUMNS:
        if cleaned == col.header:
            return col.key
    return None


def _load(path: Path):
    if path.suffix.lower() not in XLSX_SUFFIXES:
        raise FormError(
            f"不是 .xlsx 文件（{path.suffix or '无扩展名'}），请在 WPS 或 Excel 中另存为“Excel 工作簿(.xlsx)”后再导入。"
        )
    if path.exists() and archive_problem(path) == "oversized":
        raise FormError("文件解压后过大，不是正常的填报表，无法导入。")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise FormError("文件不存在（可能已被移动或删除）。") from None
    except PermissionError:
        raise FormError("无法读取文件：可能正在 WPS 或 Excel 中打开，请关闭后重试。") from None
    except (InvalidFileException, TypeError, *DAMAGED_ZIP_ERRORS):
        raise FormError(DAMAGED) from None


def _read_meta(wb) -> tuple[dict[str, str], dict[int, MetaRow]]:
    sheet = wb[META_SHEET] if META_SHEET in wb.sheetnames else None
    if sheet is None:
        for ws in wb.worksheets:
            first = next(ws.iter_rows(min_row=1, max_row=1, values_only=True), ())
            if first and first[0] == FORMAT_NAME:
                sheet = ws
                break
    if sheet is None:
        raise FormError("不是本程序生成的填报表（找不到填报表标识），无法导入。")
    sheet.reset_dimensions()
    meta: dict[str, str] = {}
    rows: dict[int, MetaRow] = {}
    in_rows = False
    for values in sheet.iter_rows(values_only=True):
        values = tuple(values) + (None,) * 5
        if in_rows:
            if values[0] is None:
                continue
            try:
                rows[int(values[0])] = MetaRow(
                    int(values[0]), str(values[1]), str(values[2]),
                    json.loads(values[3]), json.loads(values[4]),
                )
            except (TypeError, ValueError):
                raise FormError("填报表的隐藏标识已损坏，无法导入。") from None
        elif tuple(values[: len(ROW_HEADER)]) == ROW_HEADER:
            in_rows = True
        elif values[0] is not None:
            meta[str(values[0])] = "" if values[1] is None else str(values[1])
    if meta.get("format") != FORMAT_NAME or not in_rows:
        raise FormError("不是本程序生成的填报表（填报表标识不完整），无法导入。")
    try:
        meta["week"] = normalise_week(meta.get("week", ""))
        int(meta.get("department_id", ""))
    except ValueError:
        raise FormError("填报表的隐藏标识已损坏（周次或科室不可识别），无法导入。") from None
    return meta, rows


def _find_table(wb) -> tuple[Any, int, dict[str, int]]:
    """The sheet holding the header row, the header's row number, and key → column index."""
    for ws in wb.worksheets:
        if ws.title == META_SHEET:
            continue
        ws.reset_dimensions()
        for r, values in enumerate(ws.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True), start=1):
            found = {}
            for c, value in enumerate(values):
                key = _header_key(value)
                if key and key not in found:
                    found[key] = c
            if "task_ref" in found and "title" in found:
                missing = [COLUMN_BY_KEY[k].header for k in REQUIRED_KEYS if k not in found]
                if missing:
                    raise FormError(f"找不到“{'”“'.join(missing)}”列（表头被修改或删除），无法导入。")
                return ws, r, found
    raise FormError("找不到填报表格（表头被修改，或“任务标识”列被删除），无法导入。")


def read_form(path: str | Path) -> ReturnedForm:
    """Read a returned form; raises :class:`FormError` when it is not one that can be read."""
    path = Path(path)
    wb = _load(path)
    try:
        meta, meta_rows = _read_meta(wb)
        ws, header_row, columns = _find_table(wb)
        rows: list[SheetRow] = []
        for r, cells in enumerate(ws.iter_rows(min_row=header_row + 1), start=header_row + 1):
            cells = tuple(cells)
            values: dict[str, Any] = {}
            formats: dict[str, str] = {}
            for key, index in columns.items():
                cell = cells[index] if index < len(cells) else None
                values[key] = getattr(cell, "value", None)
                formats[key] = getattr(cell, "number_format", None) or "General"
            if all(v in (None, "") for v in values.values()):
                continue
            rows.append(SheetRow(r, parse_task_ref(values.get("task_ref")), values, formats))
        modified = wb.properties.modified if wb.properties else None
    except DAMAGED_ZIP_ERRORS:  # sheets are only decompressed while rows are read
        raise FormError(DAMAGED) from None
    finally:
        wb.close()
    return ReturnedForm(path, meta, meta_rows, rows, modified, set(columns))


def same_text(a: Any, b: Any) -> bool:
    """Equal as a person reads them: white space, line-break styles and invisible control
    characters do not count."""
    return "".join(safe_text(str(a or "")).split()) == "".join(safe_text(str(b or "")).split())


def cell_text(value: Any) -> str:
    """A progress text as stored: numbers as typed, line breaks made plain, no control
    characters (the same rule as the register's)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    return from_spreadsheet(str(value)).strip()


def parse_percent(value: Any, number_format: str = "General") -> int | None:
    """80, "80", "80%", 0.8 or a percent-formatted 0.8 → 80; ValueError (Chinese) otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    shown = value
    if isinstance(value, bool):
        raise ValueError(f"进度“{shown}”不是数字，应填 0—100 的数字。")
    if isinstance(value, (int, float)):
        number = float(value)
        if "%" in (number_format or ""):
            number *= 100
        elif 0 < number < 1:
            number *= 100
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")
        explicit = text.endswith("%")
        try:
            number = float(text.rstrip("%"))
        except ValueError:
            raise ValueError(f"进度“{shown}”不是数字，应填 0—100 的数字（如 80）。") from None
        if not explicit and 0 < number < 1:
            number *= 100
    if not 0 <= number <= 100:
        shown_text = f"{shown * 100:g}%" if "%" in (number_format or "") and isinstance(shown, (int, float)) else shown
        raise ValueError(f"进度“{shown_text}”超出 0—100 的范围。")
    return int(number + 0.5)


def parse_day(value: Any, year: int) -> date | None:
    """A completion date as typed: a date cell, an Excel serial, 2026-11-18, 2026年11月18日, 11月18日."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 20000 < value < 80000:
        return from_excel(value).date()
    text = unicodedata.normalize("NFKC", str(value)).strip()
    try:
        if m := _FULL_DATE.match(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _SHORT_DATE.match(text):
            return date(year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        pass
    raise ValueError(f"完成日期“{value}”不是有效日期（应为 2026-11-18 这样的日期）。")


def locked_edits(sheet_row: SheetRow, meta: MetaRow) -> list[str]:
    """Headers of the locked cells whose text differs from what was sent out."""
    return [
        COLUMN_BY_KEY[key].header
        for key in LOCKED_KEYS
        if key in sheet_row.cells and not same_text(cell_text(sheet_row.cells[key]), meta.locked.get(key, ""))
    ]
