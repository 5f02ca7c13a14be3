"""Fixtures for department forms: a demo register, its exported forms, and a way to
fill a form in as a department would (openpyxl, saved to a new file)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop_app.forms.export import export_forms
from desktop_app.forms.layout import HEADER_ROW, parse_task_ref
from desktop_app.storage import directory
from desktop_app.storage.db import open_register

WEEK = "2026-W47"
TODAY = date(2026, 11, 18)
DEPARTMENT = "教研室"


@pytest.fixture
def demo_reg(demo_path: Path):
    reg = open_register(demo_path)
    yield reg
    reg.close()


@pytest.fixture
def form_path(demo_reg, tmp_path: Path) -> Path:
    """教研室's form for week 47 (exported on the demo's day)."""
    dep = directory.department_id(demo_reg, DEPARTMENT)
    [result] = export_forms(demo_reg, WEEK, tmp_path / "out", department_ids=[dep],
                            now=datetime(2026, 11, 18, 9, 0))
    assert result.path is not None and result.rows >= 3
    return result.path


def header_columns(ws) -> dict[str, int]:
    """Header text → 1-based column, found by text (a re-saved form may have moved them)."""
    for row in ws.iter_rows(min_row=1, max_row=10):
        found = {str(c.value): c.column for c in row if c.value}
        if "任务标识" in found:
            return found
    raise AssertionError("no header row")


def task_rows(ws) -> dict[int, int]:
    """task id → sheet row."""
    col = header_columns(ws)["任务标识"]
    out = {}
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        tid = parse_task_ref(ws.cell(r, col).value)
        if tid is not None:
            out[tid] = r
    return out


def lead_task_ids(path: Path) -> list[int]:
    wb = load_workbook(path)
    ids = list(task_rows(wb.active))
    wb.close()
    return ids


@pytest.fixture
def fill(tmp_path: Path) -> Callable[..., Path]:
    """fill(form, {task_id: {"进度%": 80, ...}}, name=..., edit=callable(ws)) → the returned file."""

    def _fill(form: Path, values: dict[int, dict[str, Any]], *, name: str = "返回.xlsx",
              formats: dict[tuple[int, str], str] | None = None,
              edit: Callable[[Any], None] | None = None) -> Path:
        wb = load_workbook(form)
        ws = wb.active
        cols = header_columns(ws)
        rows = task_rows(ws)
        for tid, cells in values.items():
            for header, value in cells.items():
                cell = ws.cell(rows[tid], cols[header])
                cell.value = value
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type, cell.quotePrefix = "s", True  # typed as '=… in Excel
                if formats and (tid, header) in formats:
                    cell.number_format = formats[(tid, header)]
        if edit is not None:
            edit(ws)
        target = tmp_path / "returns" / name
        target.parent.mkdir(exist_ok=True)
        wb.save(target)
        return target

    return _fill

