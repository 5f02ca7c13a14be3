"""Writing real legacy Excel (.xls, BIFF8) workbooks for the importer tests."""

from __future__ import annotations

from pathlib import Path

import xlwt


def write_xls(path: Path, rows: list[list[str]], *, merges: list[tuple[int, int, int, int]] = (),
              sheet: str = "Sheet1") -> Path:
    """One sheet of text cells; ``merges`` are (first_row, last_row, first_col, last_col)."""
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(sheet)
    merged = {(r0, c0): (r1, c1) for r0, r1, c0, c1 in merges}
    covered = {(r, c) for r0, r1, c0, c1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) in merged:
                r1, c1 = merged[(r, c)]
                ws.write_merge(r, r1, c, c1, value)
            elif (r, c) not in covered:
                ws.write(r, c, value)
    book.save(str(path))
    return Path(path)
