"""Word output speed: the 3,000-row weekly sheet as .docx and the year's 工作总结 of a
20,000-task register, each beside the obvious python-docx way.

Run: ``python bench/bench_word.py [--db FILE] [--rows 3000] [--obvious-rows 3000]
[--obvious-paragraphs 1500]``. Without ``--db`` a 20,000-task, 52-week demo register is
generated in a temporary folder (or reused when ``--db`` names an existing file). Prints:

* the weekly sheet cut to ``--rows`` rows → .docx by ``reports.word`` (target ≤ 3 s), and
  the obvious way — ``table.add_row()`` and ``cell.text`` for every cell, with the same
  repeat-header and no-split flags — for ``--obvious-rows`` rows;
* each task's last reported words: walking the (task, week) index backwards per task,
  beside a GROUP BY over the whole year of progress;
* the 工作总结 of the year: computed from the register, written by ``reports.gongwen``
  (target ≤ 5 s in all), and the obvious way of writing it — ``doc.add_paragraph(text,
  style=...)`` for each paragraph — timed on the first ``--obvious-paragraphs`` paragraphs
  and scaled linearly to all of them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement

from desktop_app.reports.catalog import ReportParams, build_report
from desktop_app.reports.gongwen import write_summary_docx
from desktop_app.reports.model import Report
from desktop_app.reports.summary import build_summary
from desktop_app.reports.word import write_docx
from desktop_app.storage import summary_queries
from desktop_app.storage.db import open_register
from desktop_app.storage.demo import generate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import first_rows  # noqa: E402

TODAY = date(2026, 11, 18)



def timed(func, *args, **kwargs):
    started, cpu = time.perf_counter(), time.process_time()
    result = func(*args, **kwargs)
    return result, time.perf_counter() - started, time.process_time() - cpu


def obvious_table(report: Report, path: Path) -> None:
    """What one writes first with python-docx: a row at a time, a cell at a time."""
    doc = Document()
    doc.add_paragraph(report.title)
    table = doc.add_table(rows=1, cols=len(report.columns))
    table.style = doc.styles["Table Grid"]
    for cell, col in zip(table.rows[0].cells, report.columns, strict=True):
        cell.text = col.header
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for group in report.groups:
        if group.heading:
            row = table.add_row()
            row.cells[0].merge(row.cells[-1]).text = group.heading
        for r in group.rows:
            row = table.add_row()
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            for cell, col in zip(row.cells, report.columns, strict=True):
                cell.text = r.text(col.key)
    doc.save(path)


def obvious_paragraphs(texts: list[tuple[str, int]], path: Path) -> None:
    doc = Document()
    styles = {0: doc.styles["Normal"], 1: doc.styles["Heading 1"], 2: doc.styles["Heading 2"]}
    for text, level in texts:
        doc.add_paragraph(text, style=styles[level])
    doc.save(path)


def grouped_last_words(reg, first_week: str, last_week: str) -> int:
    """The first way of finding each task's last words: a GROUP BY over the whole year of
    progress (SQLite returns the bare column of the row holding max(week))."""
    found = 0
    for column in ("done", "next", "problems"):
        found += len(reg.query(
            f"SELECT task_id, max(week), {column} FROM progress"
            f" WHERE week BETWEEN ? AND ? AND trim({column}) <> '' GROUP BY task_id",
            (first_week, last_week),
        ))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db")
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--obvious-rows", type=int, default=3000)
    parser.add_argument("--obvious-paragraphs", type=int, default=1500)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_word_"))
    db = Path(args.db) if args.db else tmp / "demo.db"
    if not db.exists():
        with open_register(db) as reg:
            _, seconds, _ = timed(generate, reg, tasks=args.tasks, weeks=args.weeks, seed=1, today=TODAY)
        print(f"demo register: {args.tasks} tasks × {args.weeks} weeks generated in {seconds:.1f} s")
    with open_register(db, create=False, readonly=True) as reg:
        print(f"register: {reg.scalar('SELECT count(*) FROM tasks')} tasks, "
              f"{reg.scalar('SELECT count(*) FROM progress')} progress entries")
        weekly, seconds, _ = timed(build_report, reg, "weekly", ReportParams(today=TODAY))
        print(f"weekly sheet computed: {weekly.row_count} rows in {seconds:.2f} s")
        sheet = first_rows(weekly, args.rows)
        _, seconds, cpu = timed(write_docx, sheet, tmp / "weekly.docx")
        verdict = "met" if seconds <= 3.0 else "MISSED"
        print(f"weekly sheet {sheet.row_count} rows → .docx (reports.word, copied rows): {seconds:.2f} s "
              f"(CPU {cpu:.2f} s; target ≤ 3 s: {verdict}), {(tmp / 'weekly.docx').stat().st_size // 1024} KB")
        if args.obvious_rows:
            obvious = first_rows(weekly, args.obvious_rows)
            _, seconds, cpu = timed(obvious_table, obvious, tmp / "weekly_obvious.docx")
            print(f"weekly sheet {obvious.row_count} rows → .docx (python-docx add_row + cell.text): "
                  f"{seconds:.2f} s (CPU {cpu:.2f} s)")

        summary, computed, ccpu = timed(build_summary, reg, "2026", today=TODAY)
        _, written, wcpu = timed(write_summary_docx, summary, tmp / "summary.docx")
        total = computed + written
        verdict = "met" if total <= 5.0 else "MISSED"
        print(f"year summary: {summary.figures.tasks} tasks counted, {len(summary.blocks)} paragraphs; "
              f"computed {computed:.2f} s (CPU {ccpu:.2f} s) + .docx {written:.2f} s (CPU {wcpu:.2f} s) "
              f"= {total:.2f} s (target ≤ 5 s: {verdict})")
        _, seconds, cpu = timed(summary_queries.last_words, reg, "2026-W01", "2026-W47")
        _, g_seconds, g_cpu = timed(grouped_last_words, reg, "2026-W01", "2026-W47")
        print(f"last reports of every task: per-task index walk {seconds:.2f} s (CPU {cpu:.2f} s), "
              f"GROUP BY over the year's progress {g_seconds:.2f} s (CPU {g_cpu:.2f} s)")
        if args.obvious_paragraphs:
            texts = [(b.text, b.level) for b in summary.blocks[: args.obvious_paragraphs]]
            _, seconds, cpu = timed(obvious_paragraphs, texts, tmp / "summary_obvious.docx")
            scaled = seconds * len(summary.blocks) / max(1, len(texts))
            print(f"year summary .docx the obvious way (add_paragraph with a style): {len(texts)} paragraphs "
                  f"in {seconds:.2f} s (CPU {cpu:.2f} s) → about {scaled:.0f} s for all {len(summary.blocks)}")
    print(f"outputs in {tmp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
