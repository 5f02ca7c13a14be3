"""Cells that stay text: 进展 typed as "=1+1" or "-完成" must not become a formula.

A spreadsheet treats a cell value beginning with = + - @ (and, in some
programs, a leading tab or carriage return) as a formula — which can compute,
reach other files, or run commands (CSV/formula injection). Every text written
by the program's .xlsx writers goes through :func:`text_cell`: the cell is typed
as a string, and formula-like text also gets Excel's quote prefix, so the text
also survives a clerk pressing F2 and Enter on it in WPS or Excel.

The text is also made safe (``text_safety``): a control character kept in a register written
before the register cleaned its input would otherwise stop the whole workbook from being
saved; a text longer than a spreadsheet cell holds ends with a note saying so.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.text_safety import cut_for_cell, safe_text

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def safe_text_value(text: str) -> tuple[str, bool]:
    """``text`` as a cell stores it (made safe, cut to a cell's limit) and whether it needs
    the quote prefix — for writers that build cells themselves (write-only sheets); the
    cell must also be typed as a string."""
    value, _cut = cut_for_cell(safe_text(text))
    return value, looks_like_formula(value)


def text_cell(ws: Worksheet, row: int, col: int, value: Any) -> Cell:
    """Write ``value``; a ``str`` is always stored as text, never as a formula."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value, _cut = cut_for_cell(safe_text(value))
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if looks_like_formula(value):
            cell.quotePrefix = True
    return cell
