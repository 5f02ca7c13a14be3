"""Opening the week view (本周进展) and the overview (总览) on a large register.

Run: ``python bench/bench_week_view.py [--db FILE] [--on YYYY-MM-DD] [--runs N]``. Without
``--db`` a 20,000-task, 52-week demo register is written to a temporary file first (as
``desktop-app-cli demo --tasks 20000 --weeks 52`` would). Runs offscreen and prints, as
medians of ``--runs`` after one warm-up: the sheet query, the lights of the week, the
model load (sheet + lights + filters), opening the page (model loaded and first paint),
moving to the previous week, narrowing to one department, saving a department's week of
drafts in one transaction, and loading the overview.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import benchlib  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.domain.weeks import shift_week, week_id  # noqa: E402
from desktop_app.storage import week_sheet  # noqa: E402
from desktop_app.storage.db import Register  # noqa: E402
from desktop_app.storage.status import lights_for  # noqa: E402
from desktop_app.ui.common.hub import ChangeHub  # noqa: E402
from desktop_app.ui.week.dashboard import Dashboard  # noqa: E402
from desktop_app.ui.week.week_view import WeekView  # noqa: E402


class Host:
    def __init__(self, reg: Register, plan_id: int | None) -> None:
        self.reg = reg
        self.plan_id = plan_id
        self.hub = ChangeHub(reg)  # the window's change announcements

    def current_plan_id(self) -> int | None:
        return self.plan_id


class Timing:
    """Medians of wall-clock and CPU time, in milliseconds (CPU time is what the program
    itself spent, unaffected by other processes competing for the processor)."""

    def __init__(self, wall: float, cpu: float) -> None:
        self.wall, self.cpu = wall, cpu

    def __truediv__(self, n: int) -> Timing:
        return Timing(self.wall / n, self.cpu / n)

    def __str__(self) -> str:
        return f"{self.wall:.1f} ms (CPU {self.cpu:.1f} ms)"


def median_ms(action: Callable[[], object], runs: int) -> Timing:
    """Medians of ``runs`` timings after one warm-up."""
    action()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return Timing(statistics.median(walls), statistics.median(cpus))


def measure(reg: Register, on: date, runs: int) -> None:
    app = QApplication.instance() or QApplication([])
    week = week_id(on)
    plan_id = reg.scalar("SELECT id FROM plans ORDER BY id LIMIT 1")
    host = Host(reg, plan_id)
    rows = week_sheet.week_sheet(reg, week, plan_id=plan_id)
    print(f"register: {reg.scalar('SELECT count(*) FROM tasks')} tasks, "
          f"{reg.scalar('SELECT count(*) FROM progress')} progress rows; week {week}; "
          f"{len(rows)} open leaf tasks on the sheet")

    sheet_ms = median_ms(lambda: week_sheet.week_sheet(reg, week, plan_id=plan_id), runs)
    sheet_ids = [r.id for r in rows]
    lights_ms = median_ms(lambda: lights_for(reg, on, task_ids=sheet_ids), runs)
    plan_lights_ms = median_ms(lambda: lights_for(reg, on, plan_id=plan_id), runs)

    def open_page() -> WeekView:
        page = WeekView(host, today=on)
        page.resize(1600, 900)
        page.show()
        page.activate()
        page.grab()  # the first paint of the visible rows
        return page

    pages: list[WeekView] = []
    open_ms = median_ms(lambda: pages.append(open_page()), runs)
    page = pages[-1]
    load_ms = median_ms(lambda: page.model.load(reg, week, plan_id, today=on), runs)

    def previous_and_back() -> None:
        page.go_to_week(shift_week(week, -1))
        page.grab()
        page.go_to_week(week)

    switch_ms = median_ms(previous_and_back, runs) / 2
    department = page.model.departments()[0][0]
    filter_ms = median_ms(lambda: (page.select_department(department), page.select_department(None)), runs) / 2

    page.select_department(department)
    visible = page.model.visible_ids()

    def fill_and_save() -> None:
        stamp = time.perf_counter_ns()
        page.model.set_values({tid: {"problems": f"协调事项{stamp}"} for tid in visible})
        page.save()

    save_ms = median_ms(fill_and_save, runs)
    page.select_department(None)

    board = Dashboard(host, today=on)
    board.resize(1400, 900)
    board.show()
    dashboard_ms = median_ms(lambda: (board.load(), board.grab()), runs)

    print(f"sheet query ({len(rows)} rows, two weeks' entries): {sheet_ms}")
    print(f"lights of the sheet's {len(sheet_ids)} tasks (as the week view asks): {lights_ms}")
    print(f"lights of every task of the plan: {plan_lights_ms}")
    print(f"week model load (sheet + lights + filters): {load_ms}")
    print(f"open the week view (model loaded + first paint): {open_ms}")
    print(f"move to another week (save check, load, paint): {switch_ms}")
    print(f"narrow to one department ({len(visible)} rows): {filter_ms}")
    print(f"save a department's week ({len(visible)} edited rows, one transaction): {save_ms}")
    print(f"overview page load + paint: {dashboard_ms}")
    for widget in (*pages, board):
        widget.close()
    app.processEvents()


def main() -> None:
    benchlib.run(__doc__.splitlines()[0], measure, runs=5)


if __name__ == "__main__":
    main()
