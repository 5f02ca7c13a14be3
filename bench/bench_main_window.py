"""The main window over a large register: open + first paint, search keystroke latency,
bulk assignment of 1,000 tasks and its undo, scrolling the fully expanded task tree.

Run: ``python bench/bench_main_window.py [--db FILE]``. Without ``--db`` a 20,000-task,
52-week demo register is written to a temporary file first (as ``desktop-app-cli demo
--tasks 20000 --weeks 52`` would). Uses the offscreen platform unless ``QT_QPA_PLATFORM``
is set (``xvfb-run -a`` with ``QT_QPA_PLATFORM=xcb`` measures a real X server).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.storage import directory  # noqa: E402
from desktop_app.storage import tasks as task_store  # noqa: E402
from desktop_app.storage.db import open_register  # noqa: E402
from desktop_app.storage.demo import generate  # noqa: E402
from desktop_app.ui.shell.main_window import MainWindow  # noqa: E402

SEARCH_TERMS = ("幼儿园", "完成", "推进", "教师培训", "食堂")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def clocked(step) -> tuple[float, float]:
    """(wall, CPU) seconds of one step: CPU time is this process's own, little disturbed
    by other programs competing for the processor."""
    wall, cpu = time.perf_counter(), time.process_time()
    step()
    return time.perf_counter() - wall, time.process_time() - cpu


def spread(samples: list[tuple[float, float]]) -> str:
    """Wall-clock min/median/max and the CPU median of (wall, CPU) samples."""
    walls = [w for w, _ in samples]
    return (f"median {ms(statistics.median(walls))} (min {ms(min(walls))}, max {ms(max(walls))}; "
            f"CPU median {ms(statistics.median(c for _, c in samples))})")


class PaintCounter(QObject):
    """Counts the paint events of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.watched = None

    def watch(self, widget) -> None:
        if self.watched is not widget:
            widget.installEventFilter(self)
            self.watched = widget

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


_painted = PaintCounter()


def paint(app: QApplication, window: MainWindow) -> None:
    """Process pending events, which paints what the step changed as a user would see it;
    the tree's viewport is painted now if that did not paint it (once per step either way:
    a scrolled page is painted by the scroll's own update, not a second time)."""
    viewport = window.tree.viewport()
    _painted.watch(viewport)
    before = _painted.count
    app.processEvents()
    if _painted.count == before:
        viewport.repaint()


def open_and_paint(app: QApplication, path: Path) -> tuple[MainWindow, float]:
    started = time.perf_counter()
    window = MainWindow(open_register(path))
    window.resize(1600, 900)
    window.show()
    paint(app, window)
    window.repaint()
    return window, time.perf_counter() - started


def search_latency(app: QApplication, window: MainWindow) -> None:
    bar = window.tasks.filter_bar
    every, short = [], []
    for term in SEARCH_TERMS:
        timings = []
        for char in term:

            def keystroke(char=char) -> None:
                bar.search_edit.insert(char)
                bar.apply()  # what the typing pause would trigger
                paint(app, window)

            timings.append(clocked(keystroke))
        every += timings
        if len(term) <= 2:
            short += timings
        shown = window.tasks.model.shown_match_count()
        print(f"  “{term}”: per keystroke {spread(timings)}; {shown:,} matches")
        bar.search_edit.clear()
        wall, cpu = clocked(lambda: (bar.apply(), paint(app, window)))
        print(f"    clearing the search: {ms(wall)} (CPU {ms(cpu)})")
    print(f"search keystroke → filtered model and repaint, every keystroke: {spread(every)}")
    print(f"  keystrokes of the one- and two-character words: {spread(short)}")


def scroll_all(app: QApplication, window: MainWindow) -> None:
    tree = window.tree
    expands = []
    for _ in range(3):
        tree.collapseAll()
        paint(app, window)
        expands.append(clocked(lambda: (tree.expandAll(), paint(app, window))))
    print(f"expand all: {spread(expands)}")
    bar = tree.verticalScrollBar()
    bar.setValue(0)
    pages = []
    total_started = time.perf_counter()
    while bar.value() < bar.maximum():
        pages.append(clocked(lambda: (bar.setValue(bar.value() + bar.pageStep()), paint(app, window))))
    total = time.perf_counter() - total_started
    rows = window.tasks.model.task_count()
    print(f"scroll whole tree ({rows:,} rows, {len(pages)} pages): total {total:.2f} s, "
          f"per page {spread(pages)}")


def bulk_assign(app: QApplication, window: MainWindow, count: int = 1000) -> None:
    """责任到人 for ``count`` leaves in one step, then its undo (as 批量指定责任… does)."""
    reg = window.reg
    ids = task_store.leaf_ids(reg, window.current_plan_id())[:count]
    department = directory.list_departments(reg)[0]["id"]
    owner = directory.list_people(reg, department_id=department)[0]["id"]
    editor = window.tasks.editor
    started = time.perf_counter()
    editor.apply_states({tid: {"lead_id": department, "owner_id": owner} for tid in ids}, "bench")
    paint(app, window)
    done = time.perf_counter() - started
    started = time.perf_counter()
    editor.undo_stack.undo()
    paint(app, window)
    print(f"bulk assign {len(ids):,} tasks: {ms(done)}, undo {ms(time.perf_counter() - started)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--weeks", type=int, default=52)
    args = parser.parse_args()
    app = QApplication([])
    app.setOrganizationName("desktop_app-bench")
    app.setApplicationName("desktop_app-bench")
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
        path = args.db
        if path is None:
            path = Path(folder) / "demo.db"
            started = time.perf_counter()
            with open_register(path) as reg:
                generate(reg, tasks=args.tasks, weeks=args.weeks, today=date.today())
            print(f"demo register written ({args.tasks:,} tasks, {args.weeks} weeks): "
                  f"{time.perf_counter() - started:.1f} s")
        window, first = open_and_paint(app, path)
        print(f"open + first paint: {ms(first)}")
        print("search keystroke latency (type, filter in SQL, repaint):")
        search_latency(app, window)
        bulk_assign(app, window)
        scroll_all(app, window)
        window.close()


if __name__ == "__main__":
    main()
