"""A :class:`Report` as an .xlsx that prints well by itself in WPS or Excel.

Landscape (or portrait) A4 fitted to the page width, title merged across the table,
header row repeated on every printed page and frozen on screen, borders, wrapped
text, column widths from the report's weights, 第&P页 共&N页 in the page footer.
Every cell is written as text, so 进展 that begins with = + - @ never becomes a formula.
"""

from __future__ import annotations

import functools
import math
import os
import unicodedata
from collections.abc import Iterator
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.reports.model import Report
from desktop_app.reports.safe_cell import safe_text_value
from desktop_app.storage.tempfiles import replace_via_temp

TITLE_FONT = Font(name="黑体", size=16, bold=True)
HEADER_FONT = Font(name="黑体", size=11, bold=True)
BODY_FONT = Font(name="仿宋", size=11)
GROUP_FONT = Font(name="黑体", size=11, bold=True)
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E1E1E1")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
BODY_COLOURS = {"": None, "red": "C00000", "yellow": "9C6500"}
# Printable width of A4 in Excel's character units, at the fonts above.
TOTAL_WIDTH = {"landscape": 150.0, "portrait": 95.0}
NOTICE_WIDTH = 80.0
INDENT = "\u3000\u3000"  # 公文 paragraphs start two characters in
LINE_HEIGHT = 14.5  # points per line of 11 pt text; WPS and LibreOffice do not fit rows on opening


class _Widths(dict):
    """Display width of a character in Excel's units (CJK counts 2), looked up once each."""

    def __missing__(self, ch: str) -> float:
        width = self[ch] = 2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1
        return width


_WIDTHS = _Widths()


@functools.lru_cache(maxsize=4096)
def _lines(text: str, width: float, scale: float = 1.0) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (CJK counts 2)."""
    usable = max(1.0, width - 1.5)
    return sum(
        max(1, math.ceil(sum(map(_WIDTHS.__getitem__, part)) * scale / usable))
        for part in (text or " ").split("\n")
    )


def _print_setup(ws: WriteOnlyWorksheet, report: Report) -> None:
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = report.orientation
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    footer = ws.HeaderFooter.oddFooter
    if not report.notices:  # a notice is a letter: page numbers only
        footer.left.text = report.footer.text()
        footer.left.size = 9
    footer.center.text = "第&P页 共&N页"
    footer.center.size = 9


class _Styles:
    """Cell styles built once and shared by every cell that wears them (with and without
    the quote prefix that keeps formula-like text text).

    Rows are appended as (value, style) pairs, which :meth:`stream` turns into cells as
    the sheet writes them: a write-only sheet streams each row to the file at once, so
    one cell object per row is filled in turn, as openpyxl itself does for unstyled
    values — instead of a styled cell built per value and checked again on writing.
    """

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self._arrays: dict[tuple, tuple[StyleArray, StyleArray]] = {}
        ws._values_to_row = self._cells  # the sheet's row-to-cells step (see openpyxl)

    def define(self, name: tuple, **attributes) -> None:
        plain = WriteOnlyCell(self.ws)
        for attribute, value in attributes.items():
            setattr(plain, attribute, value)
        quoted = WriteOnlyCell(self.ws)
        quoted._style = copy(plain._style)
        quoted.quotePrefix = True
        self._arrays[name] = (plain._style, quoted._style)

    def __contains__(self, name: tuple) -> bool:
        return name in self._arrays

    def cell(self, name: tuple, text: str | None = None) -> tuple[str | None, StyleArray]:
        """A cell of style ``name``; a text is stored as text (see ``safe_cell``)."""
        plain, quoted = self._arrays[name]
        if text is None:
            return None, plain
        value, formula_like = safe_text_value(text)
        return value, quoted if formula_like else plain

    def _cells(self, values, row_idx: int) -> Iterator[WriteOnlyCell]:
        cell = WriteOnlyCell(self.ws)
        cell.row = row_idx
        for column, (value, style) in enumerate(values, 1):
            cell._value = value
            cell.data_type = "s"
            cell._style = style
            cell.column = column
            yield cell


def _height(ws: WriteOnlyWorksheet, row: int, points: float) -> None:
    """Row ``row``'s height, set before the row is appended. Kept as the attributes the
    sheet writes for it (what a row dimension amounts to), which it copies per row."""
    ws.row_dimensions[row] = {"ht": str(float(points)), "customHeight": "1"}


def _table_sheet(ws: WriteOnlyWorksheet, report: Report) -> None:
    ncols = len(report.columns)
    total = sum(c.width_weight for c in report.columns) or 1.0
    widths = [round(TOTAL_WIDTH[report.orientation] * c.width_weight / total, 1) for c in report.columns]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last = get_column_letter(ncols)
    ws.freeze_panes = "A4"  # written with the sheet's head, before any row
    styles = _Styles(ws)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    styles.define(("title",), font=TITLE_FONT, alignment=centred)
    styles.define(("subtitle",), font=BODY_FONT, alignment=Alignment(horizontal="center", vertical="center"))
    styles.define(("header",), font=HEADER_FONT, fill=HEADER_FILL, border=BORDER, alignment=centred)
    styles.define(("group",), font=GROUP_FONT, fill=GROUP_FILL, border=BORDER,
                  alignment=Alignment(vertical="center"))
    styles.define(("summary",), font=BODY_FONT, alignment=Alignment(wrap_text=True, vertical="top"))
    for col in report.columns:
        for light, colour in BODY_COLOURS.items():
            if light and col.key != "status":
                continue
            styles.define(
                ("body", col.key, light),
                font=Font(name="仿宋", size=11, color=colour, bold=bool(colour)),
                border=BORDER,
                alignment=Alignment(horizontal=col.align, vertical="center", wrap_text=col.wrap),
            )
    merged = ws.merged_cells

    def spanning(r: int, style: tuple, text: str, *, bordered: bool = False) -> None:
        """A row whose text spans the table (merged across every column)."""
        rest = [styles.cell(style) for _ in range(ncols - 1)] if bordered else []
        ws.append([styles.cell(style, text), *rest])
        merged.add(CellRange(min_col=1, min_row=r, max_col=ncols, max_row=r))

    _height(ws, 1, 30)
    spanning(1, ("title",), report.title)
    spanning(2, ("subtitle",), report.subtitle)
    header_lines = max(_lines(c.header, w) for c, w in zip(report.columns, widths, strict=True))
    _height(ws, 3, header_lines * LINE_HEIGHT + 6)
    ws.append([styles.cell(("header",), c.header) for c in report.columns])
    keys = [c.key for c in report.columns]
    wraps = [(i, w) for i, (c, w) in enumerate(zip(report.columns, widths, strict=True)) if c.wrap]
    plain_styles = [("body", k, "") for k in keys]
    r = 4
    for group in report.groups:
        if group.heading:
            spanning(r, ("group",), group.heading, bordered=True)
            r += 1
        for row in group.rows:
            texts = [row.text(k) for k in keys]
            lines = max([_lines(texts[i], w) for i, w in wraps], default=1)
            _height(ws, r, lines * LINE_HEIGHT + 4)
            row_styles = plain_styles
            if row.light and ("body", "status", row.light) in styles:
                row_styles = [("body", k, row.light if k == "status" else "") for k in keys]
            ws.append(list(map(styles.cell, row_styles, texts)))
            r += 1
    for line in report.summary:
        ws.append([])
        r += 1
        _height(ws, r, _lines(line, sum(widths)) * LINE_HEIGHT + 4)
        spanning(r, ("summary",), line)
    ws.print_title_rows = "3:3"
    ws.print_area = f"A1:{last}{r}"


def _notice_sheet(ws: WriteOnlyWorksheet, report: Report) -> None:
    """One notice after another, a page break before each: column A holds the text."""
    ws.column_dimensions["A"].width = NOTICE_WIDTH
    styles = _Styles(ws)
    body = Font(name="仿宋", size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    kinds = {
        "number": (Font(name="仿宋", size=12), Alignment(horizontal="right")),
        "title": (Font(name="方正小标宋简体", size=22, bold=True), Alignment(horizontal="center")),
        "body": (body, wrap),
        "sign": (body, Alignment(horizontal="right")),
    }
    for kind, (f, align) in kinds.items():
        styles.define((kind,), font=f, alignment=align)
    r = 1
    for index, n in enumerate(report.notices):
        if index:
            ws.row_breaks.append(Break(id=r - 1))
        lines = [
            (n.number, "number"),
            (n.title, "title"),
            (n.addressee, "body"),
            *((INDENT + p, "body") for p in n.paragraphs),
            *((INDENT + i, "body") for i in n.items),
            (INDENT + n.closing, "body"),
            ("", "body"),
            (n.issuer, "sign"),
            (n.issued, "sign"),
        ]
        for text, kind in lines:
            size = kinds[kind][0].size
            _height(ws, r, _lines(text, NOTICE_WIDTH, size / 11) * size * 1.45 + 4)
            ws.append([styles.cell((kind,), text)])
            r += 1
        ws.append([])
        r += 1


def write_xlsx(report: Report, path: str | os.PathLike[str]) -> Path:
    """Save ``report`` to ``path`` (.xlsx); returns the path written.

    Written in openpyxl's write-only mode — rows are streamed to the file as they are
    made, each cell pointing at a style built once — so a sheet of thousands of rows
    costs little more than the bare text."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(report.title[:31].translate(str.maketrans("[]:*?/\\", "（）：＊？／＼")))
    _print_setup(ws, report)
    if report.notices:
        _notice_sheet(ws, report)
    else:
        _table_sheet(ws, report)
    target = Path(path)
    replace_via_temp(target, wb.save)  # a failed save leaves no half-written file
    return target
