"""Opening the week view (本周进展) and the overview (总览) on a large register.

Run: ``python bench/bench_week_view.py [--db FILE] [--on YYYY-MM-DD] [--runs N]``. Without
``--db`` a 20,000-task, 52-week demo register is written to a temporary file first (as
``desktop-app-cli demo --tasks 20000 --weeks 52`` would; pass a copy of a 100,000-task one
with ``--db``). Runs offscreen and prints rows of the speed table — wall-clock median with
min and max over ``--runs`` after one warm-up: opening the page (model loaded and first
paint of the visible rows), moving to another week, the model's load, narrowing to one
department, sorting by 状态, a search keystroke, saving a department's week of drafts in one
transaction, and the overview. Beside the page's lazy load stands the obvious way, the whole
sheet read at once with the lights of all its tasks (what the page did before it read only
the rows it paints); beside the warm open, the first open before the plan's tree was read.
"""

from __future__ import annotations

import os
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import benchlib  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.domain.weeks import shift_week, week_id  # noqa: E402
from desktop_app.storage import week_sheet  # noqa: E402
from desktop_app.storage.db import Register  # noqa: E402
from desktop_app.storage.status import lights_for  # noqa: E402
from desktop_app.ui.common.hub import ChangeHub  # noqa: E402
from desktop_app.ui.week.dashboard import Dashboard  # noqa: E402
from desktop_app.ui.week.week_model import COL  # noqa: E402
from desktop_app.ui.week.week_view import WeekView  # noqa: E402


class Host:
    def __init__(self, reg: Register, plan_id: int | None) -> None:
        self.reg = reg
        self.plan_id = plan_id
        self.hub = ChangeHub(reg)  # the window's change announcements

    def current_plan_id(self) -> int | None:
        return self.plan_id


def measure(reg: Register, on: date, runs: int) -> None:
    app = QApplication.instance() or QApplication([])
    week = week_id(on)
    plan_id = reg.scalar("SELECT id FROM plans ORDER BY id LIMIT 1")
    host = Host(reg, plan_id)
    rows = week_sheet.week_sheet(reg, week, plan_id=plan_id)
    sheet_ids = [r.id for r in rows]
    print(f"register: {reg.scalar('SELECT count(*) FROM tasks')} tasks, "
          f"{reg.scalar('SELECT count(*) FROM progress')} progress rows; week {week}; "
          f"{len(rows)} open leaf tasks on the sheet")

    def whole_sheet() -> None:
        """The obvious way: every row of the sheet read, with the lights of all its tasks."""
        week_sheet.week_sheet(reg, week, plan_id=plan_id)
        lights_for(reg, on, task_ids=sheet_ids)

    whole = benchlib.timings(whole_sheet, runs)

    pages: list[WeekView] = []

    def open_page() -> None:
        page = WeekView(host, today=on)
        page.resize(1366, 700)
        page.show()
        page.activate()
        page.grab()  # the first paint of the visible rows
        pages.append(page)

    def open_cold() -> None:
        week_sheet._outlines.clear()  # the plan's tree not read yet (first open of a session)
        open_page()

    cold = benchlib.timings(open_cold, runs)
    warm = benchlib.timings(open_page, runs)
    page = pages[-1]
    load = benchlib.timings(lambda: page.model.load(reg, week, plan_id, today=on), runs)

    def other_week() -> None:
        target = shift_week(week, -1) if page.week == week else week
        page.go_to_week(target)
        page.grab()

    switch = benchlib.timings(other_week, runs)
    page.go_to_week(week)
    department = page.model.departments()[0][0]
    narrow = benchlib.timings(lambda: (page.select_department(department), page.grab(),
                                       page.select_department(None)), runs)

    def sort_by_light() -> None:
        page.table.sortByColumn(COL["light"], Qt.SortOrder.AscendingOrder)
        page.grab()
        page.table.sortByColumn(COL["number"], Qt.SortOrder.AscendingOrder)

    by_light = benchlib.timings(sort_by_light, runs)
    title = rows[len(rows) // 2].title
    keystroke = benchlib.timings(lambda: (page.search_edit.setText(title[:2]), page.grab(),
                                          page.search_edit.clear()), runs)

    page.select_department(department)
    visible = page.model.visible_ids()

    def fill_and_save() -> None:
        stamp = time.perf_counter_ns()
        page.model.set_values({tid: {"problems": f"协调事项{stamp}"} for tid in visible})
        page.save()

    save = benchlib.timings(fill_and_save, runs)
    page.select_department(None)

    board = Dashboard(host, today=on)
    board.resize(1366, 700)
    board.show()
    overview = benchlib.timings(lambda: (board.load(), board.grab()), runs)

    print("| measure | program | baseline | ratio | target |")
    print("|---|---|---|---|---|")
    benchlib.row("open 本周进展 (model + first paint)", warm, whole,
                 "whole sheet + its lights read at once", "≤ 100 ms")
    benchlib.row("open 本周进展, plan's tree not read yet", cold, whole,
                 "whole sheet + its lights read at once", "—")
    benchlib.row("move to another week (save check, load, paint)", switch, whole,
                 "whole sheet + its lights read at once", "≤ 100 ms")
    benchlib.row("week model load (ids, filters, counts)", load, whole,
                 "whole sheet + its lights read at once", "—")
    benchlib.row(f"narrow to one department ({len(visible)} rows) and back", narrow, None, "", "—")
    benchlib.row("sort by 状态 and back (all lights)", by_light, None, "", "—")
    benchlib.row(f"search keystroke «{title[:2]}» and clear", keystroke, None, "", "—")
    benchlib.row(f"save a department's week ({len(visible)} rows, one transaction)", save, None, "", "—")
    benchlib.row("overview page load + paint", overview, None, "", "—")
    for widget in (*pages, board):
        widget.close()
    app.processEvents()


def main() -> None:
    benchlib.run(__doc__.splitlines()[0], measure, runs=5)


if __name__ == "__main__":
    main()
