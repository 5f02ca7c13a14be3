"""A :class:`Report` as an .xlsx that prints well by itself in WPS or Excel.

Landscape (or portrait) A4 fitted to the page width, title merged across the table,
header row repeated on every printed page and frozen on screen, borders, wrapped
text, column widths from the report's weights, 第&P页 共&N页 in the page footer.
Every cell is written as text, so 进展 that begins with = + - @ never becomes a formula.
"""

from __future__ import annotations

import math
import os
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.reports.model import Report
from desktop_app.reports.safe_cell import text_cell as _text_cell

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


def _lines(text: str, width: float, scale: float = 1.0) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (CJK counts 2)."""
    usable = max(1.0, width - 1.5)
    return sum(
        max(1, math.ceil(sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in part)
                         * scale / usable))
        for part in (text or " ").split("\n")
    )


def _print_setup(ws: Worksheet, report: Report) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = report.orientation
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if not report.notices:  # a notice is a letter: page numbers only
        ws.oddFooter.left.text = report.footer.text()
        ws.oddFooter.left.size = 9
    ws.oddFooter.center.text = "第&P页 共&N页"
    ws.oddFooter.center.size = 9


def _body_styles(wb: Workbook, report: Report) -> dict[tuple[str, str], str]:
    """Named styles per (column key, light colour): assigning a named style per cell is
    many times faster than setting font, border and alignment one by one."""
    names: dict[tuple[str, str], str] = {}
    for col in report.columns:
        for light, colour in BODY_COLOURS.items():
            if light and col.key != "status":
                continue
            style = NamedStyle(f"正文-{col.key}-{light or 'plain'}")
            style.font = Font(name="仿宋", size=11, color=colour, bold=bool(colour))
            style.border = BORDER
            style.alignment = Alignment(horizontal=col.align, vertical="center", wrap_text=col.wrap)
            wb.add_named_style(style)
            names[(col.key, light)] = style.name
    return names


def _table_sheet(ws: Worksheet, report: Report) -> None:
    ncols = len(report.columns)
    total = sum(c.width_weight for c in report.columns) or 1.0
    widths = [round(TOTAL_WIDTH[report.orientation] * c.width_weight / total, 1) for c in report.columns]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last = get_column_letter(ncols)
    title = _text_cell(ws, 1, 1, report.title)
    title.font = TITLE_FONT
    title.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 30
    sub = _text_cell(ws, 2, 1, report.subtitle)
    sub.font = BODY_FONT
    sub.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A2:{last}2")
    for i, col in enumerate(report.columns, start=1):
        cell = _text_cell(ws, 3, i, col.header)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header_lines = max(_lines(c.header, w) for c, w in zip(report.columns, widths, strict=True))
    ws.row_dimensions[3].height = header_lines * LINE_HEIGHT + 6
    styles = _body_styles(ws.parent, report)
    r = 4
    for group in report.groups:
        if group.heading:
            cell = _text_cell(ws, r, 1, group.heading)
            cell.font, cell.fill = GROUP_FONT, GROUP_FILL
            cell.alignment = Alignment(vertical="center")
            for i in range(1, ncols + 1):
                ws.cell(row=r, column=i).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            r += 1
        for row in group.rows:
            lines = max(
                _lines(row.text(c.key), w) if c.wrap else 1 for c, w in zip(report.columns, widths, strict=True)
            )
            ws.row_dimensions[r].height = lines * LINE_HEIGHT + 4
            for i, col in enumerate(report.columns, start=1):
                # the named style first: assigning it afterwards would drop the quote prefix
                ws.cell(row=r, column=i).style = styles.get((col.key, row.light)) or styles[(col.key, "")]
                _text_cell(ws, r, i, row.text(col.key))
            r += 1
    for line in report.summary:
        r += 1
        cell = _text_cell(ws, r, 1, line)
        cell.font = BODY_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        ws.row_dimensions[r].height = _lines(line, sum(widths)) * LINE_HEIGHT + 4
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    ws.print_area = f"A1:{last}{r}"


def _notice_sheet(ws: Worksheet, report: Report) -> None:
    """One notice after another, a page break before each: column A holds the text."""
    ws.column_dimensions["A"].width = NOTICE_WIDTH
    body = Font(name="仿宋", size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    r = 1
    for index, n in enumerate(report.notices):
        if index:
            ws.row_breaks.append(Break(id=r - 1))
        lines = [
            (n.number, Font(name="仿宋", size=12), Alignment(horizontal="right")),
            (n.title, Font(name="方正小标宋简体", size=22, bold=True), Alignment(horizontal="center")),
            (n.addressee, body, wrap),
            *((INDENT + p, body, wrap) for p in n.paragraphs),
            *((INDENT + i, body, wrap) for i in n.items),
            (INDENT + n.closing, body, wrap),
            ("", body, wrap),
            (n.issuer, body, Alignment(horizontal="right")),
            (n.issued, body, Alignment(horizontal="right")),
        ]
        for text, f, align in lines:
            cell = _text_cell(ws, r, 1, text)
            cell.font, cell.alignment = f, align
            ws.row_dimensions[r].height = _lines(text, NOTICE_WIDTH, f.size / 11) * f.size * 1.45 + 4
            r += 1
        r += 1


def write_xlsx(report: Report, path: str | os.PathLike[str]) -> Path:
    """Save ``report`` to ``path`` (.xlsx); returns the path written."""
    wb = Workbook()
    ws = wb.active
    ws.title = report.title[:31].translate(str.maketrans("[]:*?/\\", "（）：＊？／＼"))
    _print_setup(ws, report)
    if report.notices:
        _notice_sheet(ws, report)
    else:
        _table_sheet(ws, report)
    target = Path(path)
    wb.save(target)
    return target
