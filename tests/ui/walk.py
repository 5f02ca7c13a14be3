"""A random walk through the real main window, checked against a fresh window after every step.

Each step is something a clerk does — edit a task in the panel, approve an extension,
delete to the bin and restore, move, add, bulk-assign, undo and redo, type and save a
week's progress, mark finished, switch week, page and plan, rename and merge departments,
change a light threshold, issue a 督办, import a plan, back up and restore the register —
done through the same widgets and write paths as in use. After every step, what each page of the window shows (tree rows and columns, the
panel's fields, the week grid, the overview's counts, the status bar's light counts) is
compared with a second, freshly opened read-only window on the same file. A mismatch
means a page kept a stale copy.

Used by tests/ui/test_model_walk.py (hundreds of steps) and bench/model_walk.py
(thousands).
"""

from __future__ import annotations

import random
import re
import sys
import traceback
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import clock
from desktop_app.domain.weeks import shift_week, week_id
from desktop_app.importing.parse import parse_text
from desktop_app.importing.writer import write_plan
from desktop_app.storage import backup, directory, extensions, plans, settings, supervision
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import open_register
from desktop_app.storage.demo import generate
from desktop_app.storage.errors import StorageError
from desktop_app.ui.shell.backup_dialog import restore_into
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.tasks.task_tree_model import COLUMN_KEYS
from desktop_app.ui.week.week_model import COL
from desktop_app.ui.week.week_model import COLUMN_KEYS as WEEK_KEYS

COUNTS = re.compile(r"当前红灯 (\d+) 项、黄灯 (\d+) 项")


def make_register(path: Path, *, tasks: int = 40, weeks: int = 6, seed: int = 5) -> Path:
    """A demo register with a second, small plan (so that switching plans is a step)."""
    with open_register(path) as reg:
        generate(reg, tasks=tasks, weeks=weeks, seed=seed, today=clock.today())
        other = plans.create_plan(reg, f"{clock.today().year}年专项工作", clock.today().year)
        head = task_store.add_task(reg, other, "专项整治")
        for n in range(3):
            task_store.add_task(reg, other, f"专项任务{n + 1}", parent_id=head, deadline_kind="date",
                                deadline=(clock.today() + timedelta(days=20 * n - 10)).isoformat())
    return path


def settle() -> None:
    """Let queued announcements and timers run (what the event loop does between clicks)."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()


# -- what a window shows -----------------------------------------------------------------

def tree_rows(window: MainWindow) -> list[tuple]:
    model = window.tasks.model
    out: list[tuple] = []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append(tuple(model.index(row, c, parent).data() for c in range(len(COLUMN_KEYS))))
            walk(index)

    from PySide6.QtCore import QModelIndex

    model.load_deferred_lights()
    walk(QModelIndex())
    return out


def week_rows(window: MainWindow) -> list[tuple]:
    model = window.weekly.week_view.model
    return [tuple(model.index(r, c).data() for c in range(len(WEEK_KEYS))) for r in range(model.rowCount())]


def panel_state(window: MainWindow) -> dict | None:
    panel = window.tasks.panel
    if panel.task_id is None:
        return None
    state = panel.current_state()
    state["heading"] = panel.heading.text()
    return state


def overview_counts(window: MainWindow) -> dict[str, int]:
    board = window.weekly.dashboard
    board.load()
    return {**{k: b.count for k, b in board.kind_buttons.items()},
            **{k: b.count for k, b in board.watch_buttons.items()}}


def status_counts(window: MainWindow) -> tuple[str, str] | None:
    found = COUNTS.search(window.statusBar().currentMessage())
    return found.groups() if found else None


@dataclass
class View:
    """What the walker compares: the parts of the window a clerk looks at."""

    plan: int | None
    tree: list[tuple]
    panel: dict | None
    week: str | None
    week_rows: list[tuple] | None
    overview: dict[str, int] | None
    status: tuple[str, str] | None

    def differences(self, other: View) -> list[str]:
        out = []
        for name in ("plan", "tree", "panel", "week", "week_rows", "overview", "status"):
            mine, theirs = getattr(self, name), getattr(other, name)
            if mine is None or theirs is None and name in ("status",):
                continue
            if mine != theirs:
                out.append(f"{name}: {_first_difference(mine, theirs)}")
        return out


def _first_difference(a: Any, b: Any) -> str:
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{len(a)} rows shown, {len(b)} stored"
        for x, y in zip(a, b, strict=True):
            if x != y:
                return f"shown {x!r} / stored {y!r}"
    if isinstance(a, dict) and isinstance(b, dict):
        keys = [k for k in set(a) | set(b) if a.get(k) != b.get(k)]
        return ", ".join(f"{k}: shown {a.get(k)!r} / stored {b.get(k)!r}" for k in keys[:3])
    return f"shown {a!r} / stored {b!r}"


def view_of(window: MainWindow, *, week: str | None, panel_task: int | None, with_overview: bool) -> View:
    return View(
        plan=window.current_plan_id(),
        tree=tree_rows(window),
        panel=panel_state(window) if panel_task is not None else None,
        week=week,
        week_rows=week_rows(window) if week is not None else None,
        overview=overview_counts(window) if with_overview else None,
        status=status_counts(window),
    )


# -- the walk ------------------------------------------------------------------------------

@dataclass
class Walk:
    window: MainWindow
    rng: random.Random
    path: Path
    log: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    steps_done: int = 0
    backup: Path | None = None

    # helpers
    @property
    def reg(self):
        return self.window.reg

    def leaves(self) -> list[int]:
        model = self.window.tasks.model
        return [t for t in model.lights() if not model.live_children(t)] or []

    def any_task(self) -> int | None:
        ids = list(self.window.tasks.model.lights())
        return self.rng.choice(ids) if ids else None

    def select(self, task_id: int) -> None:
        self.window.pages.setCurrentWidget(self.window.task_page)
        self.window.tree.select_tasks([task_id], task_id)

    # the steps --------------------------------------------------------------------
    def step_edit_title(self) -> None:
        tid = self.any_task()
        if tid is None:
            return
        self.select(tid)
        panel = self.window.tasks.panel
        panel.title_edit.setText(f"任务{self.rng.randrange(1000)}")
        panel.save()

    def step_edit_deadline(self) -> None:
        leaves = self.leaves()
        if not leaves:
            return
        tid = self.rng.choice(leaves)
        self.select(tid)
        panel = self.window.tasks.panel
        panel.deadline_edit.set_value((clock.today() + timedelta(days=self.rng.randrange(-40, 80))).isoformat())
        panel.save()

    def step_extension(self) -> None:
        candidates = [t for t in self.leaves() if (self.window.tasks.model.row_data(t).get("deadline") or "")
                      >= clock.today().isoformat() and self.window.tasks.model.row_data(t).get("status") == "active"]
        if not candidates:
            return
        tid = self.rng.choice(candidates)
        current = date.fromisoformat(self.window.tasks.model.row_data(tid)["deadline"])
        try:  # what the 延期申请 dialog does
            extensions.request_extension(self.reg, tid, current + timedelta(days=30), "随机延期", "局长",
                                         today=clock.today())
        except StorageError:
            return

    def step_delete(self) -> None:
        tid = self.any_task()
        if tid is None:
            return
        self.select(tid)
        self.window.tasks.editor.delete()

    def step_restore(self) -> None:
        deleted = task_store.deleted_tasks(self.reg, self.window.current_plan_id())
        if deleted:
            self.window.tasks.editor.restore([self.rng.choice(deleted)["id"]])

    def step_move(self) -> None:
        tid = self.any_task()
        if tid is None:
            return
        self.select(tid)
        editor = self.window.tasks.editor
        self.rng.choice([editor.indent, editor.outdent, lambda: editor.shift(-1), lambda: editor.shift(1)])()

    def step_add(self) -> None:
        tid = self.any_task()
        if tid is not None:
            self.select(tid)
        self.rng.choice([self.window.tasks.editor.add_sibling, self.window.tasks.editor.add_child])()

    def step_bulk(self) -> None:
        leaves = self.leaves()
        if not leaves:
            return
        chosen = self.rng.sample(leaves, min(len(leaves), self.rng.randrange(1, 6)))
        deps = directory.list_departments(self.reg)
        people = directory.list_people(self.reg)
        state = self.rng.choice([{"lead_id": self.rng.choice(deps)["id"]} if deps else {},
                                 {"owner_id": self.rng.choice(people)["id"]} if people else {}])
        if state:
            self.window.tasks.editor.apply_states({t: dict(state) for t in chosen}, "批量指定")

    def step_undo(self) -> None:
        stack = self.window.tasks.editor.undo_stack
        if self.rng.random() < 0.6:
            stack.undo()
        else:
            stack.redo()

    def step_week_type(self) -> None:
        weekly = self.window.weekly
        weekly.open_week()
        view = weekly.week_view
        model = view.model
        if model.read_only or model.rowCount() == 0:
            return
        for _ in range(self.rng.randrange(1, 4)):
            row = self.rng.randrange(model.rowCount())
            column = self.rng.choice([COL["done"], COL["next"], COL["problems"], COL["percent"]])
            value = str(self.rng.randrange(101)) if column == COL["percent"] else f"进展{self.rng.randrange(1000)}"
            model.setData(model.index(row, column), value)
        view.save()

    def step_mark_finished(self) -> None:
        weekly = self.window.weekly
        weekly.open_week()
        view = weekly.week_view
        if view.model.read_only or view.model.rowCount() == 0:
            return
        row = self.rng.randrange(view.model.rowCount())
        view.table.setCurrentIndex(view.model.index(row, COL["title"]))
        view.table.selectRow(row)
        view.ask_finish_date = lambda _count: clock.today()
        view.mark_finished()

    def step_switch_week(self) -> None:
        weekly = self.window.weekly
        weekly.open_week()
        view = weekly.week_view
        target = shift_week(view.week, self.rng.choice([-1, 1, -2]))
        if target > week_id(clock.today()):
            target = week_id(clock.today())
        view.go_to_week(target)

    def step_switch_page(self) -> None:
        pages = self.window.pages
        pages.setCurrentIndex(self.rng.randrange(pages.count()))

    def step_switch_plan(self) -> None:
        combo = self.window.plan_combo
        if combo.count() > 1:
            combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())

    def step_rename_department(self) -> None:
        deps = directory.list_departments(self.reg)
        if deps:
            dep = self.rng.choice(deps)
            self.window.hub.perform(directory.update_department, self.reg, dep["id"],
                                    name=f"科室{self.rng.randrange(10000)}")

    def step_threshold(self) -> None:
        self.window.hub.perform(settings.set_value, self.reg, "light.lag_yellow_points",
                                self.rng.choice([5, 10, 15, 20]))

    def step_supervise(self) -> None:
        tid = self.any_task()
        if tid is not None:
            supervision.issue_action(self.reg, "督办", task_id=tid, text="请加快推进", issued=clock.today())

    def step_import(self) -> None:
        """A small plan imported (as the wizard writes it), then shown."""
        year = clock.today().year
        n = self.rng.randrange(1000)
        text = (f"某局{year}年第{n}号工作要点\n一、专项工作\n1. 开展第{n}项检查，3月底前完成。（责任科室：办公室）\n"
                f"2. 完成第{n}项评估，年底前完成。（责任科室：新设科{n % 3}）\n")
        plan_id = self.window.hub.perform(write_plan, self.reg, parse_text(text, year=year))
        self.window.choose_plan(plan_id)

    def step_merge(self) -> None:
        deps = directory.list_departments(self.reg)
        if len(deps) >= 3:
            keep, drop = self.rng.sample(deps, 2)
            self.window.hub.perform(directory.merge_departments, self.reg, keep["id"], drop["id"])

    def step_backup_restore(self) -> None:
        """Keep a backup the first time; later put it back (文件 ▸ 备份与恢复)."""
        if self.backup is None or self.rng.random() < 0.3:
            self.backup = backup.backup_register(self.reg)
            return
        restore_into(self.window, self.backup)
        self.backup = None

    STEPS = {
        "edit_title": 3, "edit_deadline": 3, "extension": 2, "delete": 2, "restore": 1, "move": 2,
        "add": 1, "bulk": 1, "undo": 3, "week_type": 3, "mark_finished": 1, "switch_week": 2,
        "switch_page": 2, "switch_plan": 1, "rename_department": 1, "threshold": 1, "supervise": 1,
        "import": 0.3, "merge": 0.3, "backup_restore": 0.3,
    }

    def one_step(self) -> str:
        names = list(self.STEPS)
        name = self.rng.choices(names, weights=[self.STEPS[n] for n in names])[0]
        getattr(self, f"step_{name}")()
        settle()
        self.steps_done += 1
        return name

    # the check ----------------------------------------------------------------------------
    def compare(self, step: str) -> None:
        window = self.window
        week_view = window.weekly.week_view
        on_week = window.pages.currentWidget() is week_view and week_view._loaded_for is not None
        on_board = window.pages.currentWidget() is window.weekly.dashboard
        panel_task = window.tasks.panel.task_id if not window.tasks.panel.is_modified() else None
        shown = view_of(window, week=week_view.week if on_week else None, panel_task=panel_task,
                        with_overview=on_board)
        fresh = MainWindow(open_register(self.path, create=False, readonly=True))
        try:
            fresh.resize(window.size())
            settle()
            if shown.plan is not None:
                fresh.plan_combo.setCurrentIndex(fresh.plan_combo.findData(shown.plan))
            if panel_task is not None:
                fresh.tasks.view.select_tasks([panel_task], panel_task)
            if on_week:
                fresh.weekly.open_week()
                fresh.weekly.week_view.go_to_week(week_view.week)
                for combo, mine in ((fresh.weekly.week_view.department_combo, week_view.department_combo),
                                    (fresh.weekly.week_view.light_combo, week_view.light_combo)):
                    combo.setCurrentIndex(combo.findData(mine.currentData()))
            fresh.weekly.update_light_status()
            stored = view_of(fresh, week=week_view.week if on_week else None, panel_task=panel_task,
                             with_overview=on_board)
        finally:
            fresh.reg.close()
            fresh.deleteLater()
            settle()
        for difference in shown.differences(stored):
            self.mismatches.append(f"step {self.steps_done} ({step}): {difference}")


def start(path: Path, seed: int) -> Walk:
    """A shown main window on ``path`` with every question answered Yes and warnings kept."""
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    window = MainWindow(open_register(path))
    window.resize(1280, 800)
    window.show()
    settle()
    window.weekly.update_light_status()
    return Walk(window=window, rng=random.Random(seed), path=path)


def run(path: Path, steps: int, seed: int) -> Walk:
    walk = start(path, seed)
    step = ""

    def caught(kind, value, tb) -> None:  # an error inside a slot is a failure of the walk too
        frames = [f for f in traceback.extract_tb(tb) if "desktop_app" in f.filename] or traceback.extract_tb(tb)
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}" if frames else ""
        walk.mismatches.append(f"step {walk.steps_done} ({step}): exception {kind.__name__}: {value} at {where}")

    hook, sys.excepthook = sys.excepthook, caught
    try:
        for _ in range(steps):
            step = walk.one_step()
            walk.compare(step)
    finally:
        sys.excepthook = hook
        walk.window.weekly.week_view.model.discard()
        walk.window.close()
        walk.window.reg.close()
    return walk


def app() -> QApplication:
    instance = QApplication.instance() or QApplication([])
    instance.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, True)
    return instance
