"""Department forms at scale: export 60 departments' forms and import 60 filled returns.

Run: ``python bench/bench_forms.py [tasks] [weeks]`` (default 20000 tasks, 8 weeks). Builds a
demo register dated 2026-11-18, adds 48 departments to the demo's 12 and spreads the
leaf tasks over all 60, then prints the time to export the week's 60 forms, the time
to preview the 60 returns (each row given a new percentage and text, as a department
would fill them in), and the time to apply them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.forms.export import export_forms
from desktop_app.forms.returns import apply_preview, build_preview
from desktop_app.storage import directory, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.demo import generate

TODAY = date(2026, 11, 18)
WEEK = "2026-W47"
DEPARTMENTS = 60


def build_register(path: Path, n_tasks: int, weeks: int) -> None:
    with open_register(path) as reg:
        plan_id = generate(reg, tasks=n_tasks, weeks=weeks, seed=3, today=TODAY)
        have = len(directory.list_departments(reg))
        with reg.atomic():
            for n in range(have + 1, DEPARTMENTS + 1):
                directory.add_department(reg, f"第{n}业务科")
            dep_ids = [d["id"] for d in directory.list_departments(reg)]
            for i, tid in enumerate(tasks.leaf_ids(reg, plan_id)):
                tasks.set_departments(reg, tid, dep_ids[i % len(dep_ids)], [], operation="基准测试分工")


def fill_returns(forms: list[Path], folder: Path) -> int:
    """Every row of every form filled in; returns the number of rows."""
    folder.mkdir()
    rows = 0
    for form in forms:
        wb = load_workbook(form)
        ws = wb.active
        headers = {c.value: c.column for c in ws[4]}
        for r in range(5, ws.max_row + 1):
            if ws.cell(r, headers["任务标识"]).value:
                ws.cell(r, headers["本周完成情况"]).value = f"按计划推进，第{r}行已完成阶段任务"
                ws.cell(r, headers["进度%"]).value = f"{(r * 7) % 101}%"
                rows += 1
        wb.save(folder / form.name)
    return rows


def timed(job: Callable[[], object]) -> tuple[object, str]:
    """Run ``job``; wall-clock and CPU seconds (the CPU figure stays honest on a busy machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = job()
    return result, f"{time.perf_counter() - wall:.2f} s (CPU {time.process_time() - cpu:.2f} s)"


def main() -> None:
    n_tasks = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    weeks = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.db"
        started = time.perf_counter()
        build_register(db, n_tasks, weeks)
        print(f"register: {n_tasks} tasks, {weeks} weeks, {DEPARTMENTS} departments "
              f"(built in {time.perf_counter() - started:.1f} s)")
        with open_register(db) as reg:
            results, took = timed(lambda: export_forms(reg, WEEK, folder / "out", now=datetime(2026, 11, 18, 9)))
            forms = [r.path for r in results if r.path]
            print(f"export: {len(forms)} forms, {sum(r.rows for r in results)} rows in {took}")
            filled = fill_returns(forms, folder / "returns")
            preview, took = timed(lambda: build_preview(reg, [folder / "returns"], today=TODAY))
            changed = sum(len(f.rows) for f in preview.files)
            print(f"preview: {len(preview.files)} returns, {filled} filled rows, {changed} rows to change, "
                  f"{len(preview.refused)} refused in {took}")
            result, took = timed(lambda: apply_preview(reg, preview))
            print(f"apply: {len(result.applied)} files, {sum(n for _, n in result.applied)} rows, "
                  f"{len(result.failed)} failed in {took}")

if __name__ == "__main__":
    main()
