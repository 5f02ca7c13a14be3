"""Row heights of the week grid (本周进展), which grow to show wrapped text, and the frozen
columns (序号, 编号, 工作任务) that follow them.

Run: ``python bench/bench_week_rows.py [--db FILE] [--on YYYY-MM-DD] [--runs N]`` (a fresh
20,000-task, 52-week demo without ``--db``). The grid measures only the rows on screen
(``fit_visible_rows``, after loading, scrolling and editing); printed beside it is the
obvious way, ``QTableView.resizeRowsToContents()`` over the whole sheet, and the load of
the page with the frozen view beside the grid.
"""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import benchlib  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.storage.db import Register  # noqa: E402
from desktop_app.ui.week.week_view import WeekView  # noqa: E402


class Host:
    def __init__(self, reg: Register) -> None:
        from desktop_app.ui.common.hub import ChangeHub

        self.reg = reg
        self.hub = ChangeHub(reg)

    def current_plan_id(self) -> int | None:
        return None


def measure(reg: Register, on: date, runs: int) -> None:
    app = QApplication.instance() or QApplication([])
    view = WeekView(Host(reg), today=on)
    view.resize(1366, 700)
    view.show()
    view.activate()
    app.processEvents()
    table = view.table
    rows = view.model.rowCount()
    print(f"week sheet: {rows} rows; frozen columns: {table.frozen is not None}")

    def scroll_and_fit() -> None:
        bar = table.verticalScrollBar()
        bar.setValue((bar.value() + bar.pageStep() * 7) % max(bar.maximum(), 1))
        table.fit_visible_rows()

    fit = benchlib.timings(table.fit_visible_rows, runs)
    scrolled = benchlib.timings(scroll_and_fit, runs)
    reload = benchlib.timings(lambda: (view.load(), app.processEvents()), max(1, runs // 2))
    whole = benchlib.timings(table.resizeRowsToContents, 1, warm_up=False)
    print("| measure | program | baseline | ratio | target |")
    print("|---|---|---|---|---|")
    benchlib.row("row heights of the rows on screen", fit, whole, "resizeRowsToContents (all rows)",
                 "< 20 ms")
    benchlib.row("scroll a page and fit its rows (both views)", scrolled, whole,
                 "resizeRowsToContents (all rows)", "< 30 ms")
    benchlib.row("reload the week (model, both views, paint)", reload, None, "", "< 1 s")


if __name__ == "__main__":
    benchlib.run(__doc__.splitlines()[0], measure, runs=10)
