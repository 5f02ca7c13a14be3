"""Report speed: the 3,000-row weekly sheet, and all reports of a 20,000-task register.

Run: ``python bench/bench_reports.py [--db FILE] [--tasks 20000] [--weeks 52] [--rows 3000]``.
Without ``--db`` a demo register is generated in a temporary folder (or reused when
``--db`` names an existing file). Prints:

* the weekly sheet of ``--rows`` rows to PDF through the QPainter engine beside the
  obvious QTextDocument-HTML route for the same rows, and to .xlsx beside a plain
  openpyxl write-only dump of the same texts: rows of the speed table, medians (min, max)
  of ``--runs`` repetitions each, wall-clock and CPU ratios;
* each report of the register: rows computed, PDF and .xlsx written, pages.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import benchlib  # noqa: E402

from desktop_app.printing.output import PDF_DPI, ensure_gui_application, write_pdf  # noqa: E402
from desktop_app.reports.catalog import KINDS, ReportParams, build_report  # noqa: E402
from desktop_app.reports.model import Report  # noqa: E402
from desktop_app.reports.xlsx import write_xlsx  # noqa: E402
from desktop_app.storage.db import open_register  # noqa: E402
from desktop_app.storage.demo import generate  # noqa: E402

TODAY = date(2026, 11, 18)



def html_route(report: Report, path: Path) -> int:
    """What one writes first: an HTML table in a QTextDocument, printed to a QPdfWriter."""
    from pypdf import PdfReader
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    head = "".join(f"<th>{html.escape(c.header)}</th>" for c in report.columns)
    body = []
    for g in report.groups:
        if g.heading:
            body.append(f"<tr><td colspan='{len(report.columns)}'><b>{html.escape(g.heading)}</b></td></tr>")
        for r in g.rows:
            body.append("<tr>" + "".join(f"<td>{html.escape(r.text(c.key))}</td>" for c in report.columns) + "</tr>")
    doc = QTextDocument()
    doc.setHtml(
        f"<h2 align='center'>{html.escape(report.title)}</h2><p align='center'>{html.escape(report.subtitle)}</p>"
        f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>{head}</tr></thead>"
        f"{''.join(body)}</table>"
    )
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(15, 12, 15, 12)))
    doc.print_(writer)
    del writer  # closes the file
    return len(PdfReader(str(path)).pages)


def plain_dump(report: Report, path: Path) -> None:
    """The baseline of the .xlsx row: the same texts in a write-only workbook, no styles,
    no heights, no print settings."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(report.title[:31])
    keys = [c.key for c in report.columns]
    ws.append([report.title])
    ws.append([c.header for c in report.columns])
    for g in report.groups:
        if g.heading:
            ws.append([g.heading])
        for r in g.rows:
            ws.append([r.text(k) for k in keys])
    wb.save(path)


def sheet_rows(sheet: Report, tmp: Path, runs: int, html: bool) -> None:
    """The PDF and .xlsx rows of the speed table, program and baseline alternating."""
    samples: dict[str, list[tuple[float, float]]] = {"pdf": [], "html": [], "xlsx": [], "dump": []}
    for _ in range(runs):
        samples["pdf"].append(benchlib.clocked(lambda: write_pdf(sheet, tmp / "weekly.pdf")))
        if html:
            samples["html"].append(benchlib.clocked(lambda: html_route(sheet, tmp / "weekly_html.pdf")))
        samples["xlsx"].append(benchlib.clocked(lambda: write_xlsx(sheet, tmp / "weekly.xlsx")))
        samples["dump"].append(benchlib.clocked(lambda: plain_dump(sheet, tmp / "dump.xlsx")))
    n = sheet.row_count
    benchlib.row(
        f"weekly sheet PDF, {n:,} rows, in process (QPainter engine)",
        benchlib.Timing.of(samples["pdf"]),
        benchlib.Timing.of(samples["html"]) if html else None,
        "Qt's QTextDocument HTML-table route, same rows" if html else "HTML route skipped",
        "≥ 15× faster than the HTML route",
    )
    if html:
        pdf, base = benchlib.Timing.of(samples["pdf"]), benchlib.Timing.of(samples["html"])
        print(f"  HTML route / engine: {base.wall.median / pdf.wall.median:.1f}× "
              f"(CPU {base.cpu.median / pdf.cpu.median:.1f}×)")
    benchlib.row(
        f"xlsx of the same {n:,} rows (write-only, shared styles)",
        benchlib.Timing.of(samples["xlsx"]),
        benchlib.Timing.of(samples["dump"]),
        "a plain openpyxl write-only dump of the same texts",
        "≤ 1.5×",
    )


def timed(func, *args, **kwargs):
    started = time.perf_counter()
    result = func(*args, **kwargs)
    return result, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db")
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--skip-html", action="store_true", help="leave out the slow HTML route")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only-sheet", action="store_true", help="the weekly sheet rows only")
    args = parser.parse_args()
    ensure_gui_application()
    tmp = Path(tempfile.mkdtemp(prefix="bench_reports_"))
    db = Path(args.db) if args.db else tmp / "demo.db"
    if not db.exists():
        with open_register(db) as reg:
            _, seconds = timed(generate, reg, tasks=args.tasks, weeks=args.weeks, seed=1, today=TODAY)
        print(f"demo register: {args.tasks} tasks × {args.weeks} weeks generated in {seconds:.1f} s")
    with open_register(db, create=False, readonly=True) as reg:
        tasks = reg.scalar("SELECT count(*) FROM tasks")
        entries = reg.scalar("SELECT count(*) FROM progress")
        print(f"register: {tasks} tasks, {entries} progress entries")

        weekly, seconds = timed(build_report, reg, "weekly", ReportParams(today=TODAY))
        print(f"weekly sheet computed: {weekly.row_count} rows in {seconds:.2f} s")
        sheet = benchlib.first_rows(weekly, args.rows)
        sheet_rows(sheet, tmp, args.runs, not args.skip_html)
        if args.only_sheet:
            return 0

        for kind, name in KINDS.items():
            params = ReportParams(today=TODAY, week="2026-W47", month="2026-11", year=2026)
            report, computed = timed(build_report, reg, kind, params)
            pages, pdf_s = timed(write_pdf, report, tmp / f"{kind}.pdf")
            _, xlsx_s = timed(write_xlsx, report, tmp / f"{kind}.xlsx")
            size = f"{len(report.notices)} notices" if report.notices else f"{report.row_count} rows"
            print(f"{name} ({kind}): {size}, computed {computed:.2f} s, PDF {pdf_s:.2f} s "
                  f"({pages} pages), xlsx {xlsx_s:.2f} s")
    print(f"outputs in {tmp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
