"""The year turn on the largest registers: carry every unfinished task of a 20,000-task plan.

Run: ``python bench/bench_rollover.py [--db FILE] [--on YYYY-MM-DD] [--runs N]``. Without
``--db`` a 20,000-task, 52-week demo register is written to a temporary file first (as
``desktop-app-cli demo --tasks 20000 --weeks 52`` would), dated ``--on`` (default the last
Monday of 2026). Each run works on a fresh copy of the file and times:

- ``rollover.rollover`` — new plan, every unfinished leaf carried (departments, indicators,
  link, 待确认 deadline), old plan closed, one transaction;
- ``rollover.undo_rollover`` of that;
- the obvious way, for comparison: one ``tasks.add_task`` + ``set_departments`` +
  ``add_indicators`` per carried task (also in one transaction).

The target is under 5 s for about 8,000 carried tasks.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's package

from desktop_app import clock  # noqa: E402
from desktop_app.storage import indicators, plans, rollover, tasks  # noqa: E402
from desktop_app.storage.db import open_register  # noqa: E402
from desktop_app.storage.demo import generate  # noqa: E402


def obvious_way(reg, plan_id: int, year: int) -> int:
    """Carry task by task with the single-task storage functions."""
    ids = rollover.unfinished_leaves(reg, plan_id)
    with reg.atomic():
        new_plan = plans.create_plan(reg, f"{year}年工作要点", year)
        section = tasks.add_task(reg, new_plan, rollover.SECTION_TITLE)
        for tid in ids:
            src = tasks.get_task(reg, tid)
            moved = rollover.default_deadline(src["deadline"], year)
            new = tasks.add_task(
                reg, new_plan, src["title"], parent_id=section, description=src["description"],
                source=rollover.SOURCE, is_key=src["is_key"], standard=src["standard"],
                owner_id=src["owner_id"], leader_id=src["leader_id"],
                deadline=moved.isoformat() if moved else None, deadline_kind="unclear",
            )
            reg.execute("UPDATE tasks SET carried_from_id = ? WHERE id = ?", (tid, new))
            lead, co = tasks.departments_of(reg, tid)
            if lead is not None or co:
                tasks.set_departments(reg, new, lead, co)
            rows = indicators.list_indicators(reg, tid)
            indicators.add_indicators(reg, [(new, r["text"], r["value"], r["unit"], r["comparator"])
                                            for r in rows])
        plans.close_plan(reg, plan_id)
    return len(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing register (default: build a demo)")
    parser.add_argument("--plan", type=int, help="the plan to turn (default: the first)")
    parser.add_argument("--on", type=date.fromisoformat, default=date(2026, 12, 28))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source.db"
        if args.db:
            shutil.copyfile(args.db, source)
        else:
            with open_register(source, wal=False) as reg, clock.fixed(args.on):
                started = time.perf_counter()
                generate(reg, tasks=20_000, weeks=52, seed=1, today=args.on)
                print(f"demo register written in {time.perf_counter() - started:.1f} s")
        with open_register(source) as reg:
            plan_id = args.plan or plans.list_plans(reg)[-1]["id"]
            year = (plans.get_plan(reg, plan_id)["year"] or args.on.year) + 1
            total = reg.scalar("SELECT count(*) FROM tasks WHERE plan_id = ?", (plan_id,))
            unfinished = len(rollover.unfinished_leaves(reg, plan_id))
        print(f"plan {plan_id}: {total} tasks, {unfinished} unfinished leaf tasks to carry into {year}")

        fast, undo, slow = [], [], []
        for run in range(args.runs):
            copy = Path(tmp) / f"run{run}.db"
            shutil.copyfile(source, copy)
            with open_register(copy) as reg:
                started = time.perf_counter()
                result = rollover.rollover(reg, plan_id, year)
                fast.append(time.perf_counter() - started)
                started = time.perf_counter()
                rollover.undo_rollover(reg, result)
                undo.append(time.perf_counter() - started)
            assert len(result.carried) == unfinished
        copy = Path(tmp) / "obvious.db"
        shutil.copyfile(source, copy)
        with open_register(copy) as reg:
            started = time.perf_counter()
            carried = obvious_way(reg, plan_id, year)
            slow.append(time.perf_counter() - started)
        assert carried == unfinished

    def fmt(xs: list[float]) -> str:
        return f"median {statistics.median(xs):.2f} s, best {min(xs):.2f} s"

    print(f"rollover of {unfinished} tasks (one transaction):   {fmt(fast)}")
    print(f"undo of that rollover:                      {fmt(undo)}")
    print(f"obvious way, task by task (one run):        {fmt(slow)}")
    print(f"ratio obvious / rollover: {statistics.median(slow) / statistics.median(fast):.1f}x; "
          f"target < 5 s: {'met' if statistics.median(fast) < 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
