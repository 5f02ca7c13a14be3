"""Lights of every task for one day, against hand-written queries for the same latest reports.

Run: ``python bench/bench_lights.py [--db FILE] [--on YYYY-MM-DD] [--runs N]``. Without
``--db`` a 20,000-task, 52-week demo register is written to a temporary file first (as
``desktop-app-cli demo --tasks 20000 --weeks 52`` would); ``--db`` files are migrated when
opened, so measure a copy of a register that other programs still read.

Prints, as medians (min, max):

* the first call of ``lights_for`` in a fresh process (nothing reused: no verdicts, no
  calendar), once per process over ``--runs`` processes, beside the fastest hand-written
  latest-progress query (a correlated subquery seeking the progress index once per task)
  run in the same processes — the row of the speed table;
* within one process, after one warm-up: ``lights_for`` alternating between two days of
  the week (tasks still open are judged afresh), for the same day again, and the two
  hand-written queries (the textbook group-by join and the per-task seek).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import benchlib

from desktop_app.domain.weeks import week_id
from desktop_app.storage.db import Register, open_register
from desktop_app.storage.status import lights_for

# The textbook form: newest week per task, joined back to its row.
LATEST_JOIN_SQL = """
SELECT p.task_id, p.week, p.percent FROM progress p
JOIN (SELECT task_id, max(week) AS week FROM progress WHERE week <= ? GROUP BY task_id) m
  ON m.task_id = p.task_id AND m.week = p.week
"""
# The tuned form: one seek of the (task, week, percent) index per live task.
LATEST_SEEK_SQL = """
SELECT t.id, g.week, g.percent FROM tasks t
CROSS JOIN progress g ON g.task_id = t.id AND g.week = (
    SELECT max(q.week) FROM progress q WHERE q.task_id = t.id AND q.week <= ?)
WHERE t.deleted_at IS NULL
"""


def first_call(path: Path, on: date) -> dict[str, list[float]]:
    """In this (fresh) process: the hand-written seek query three times, the first
    ``lights_for`` call, then the query once more; (wall, CPU) milliseconds."""
    week = week_id(on)
    with open_register(path, readonly=True) as reg:  # the parent holds the write lock

        def seek() -> list:
            return reg.execute(LATEST_SEEK_SQL, (week,)).fetchall()

        seeks = [benchlib.clocked(seek) for _ in range(3)]
        first = benchlib.clocked(lambda: lights_for(reg, on))
        seeks.append(benchlib.clocked(seek))
    return {"first": first, "seek": min(seeks)}


def first_call_row(path: Path, on: date, runs: int) -> None:
    """The speed-table row: first calls in ``runs`` fresh processes."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(path), on.isoformat()],
            capture_output=True, text=True, check=True,
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    benchlib.row(
        "lights for a day (`lights_for`), first call in a fresh process",
        benchlib.Timing.of([r["first"] for r in results]),
        benchlib.Timing.of([r["seek"] for r in results]),
        "fastest hand-written latest-progress query (per-task seek), same processes",
        "≤ 1.5×",
    )
    # The machine's speed drifts between processes: each process's first call beside its
    # own seek query, a ratio that drift hardly touches.
    ratios = sorted(r["first"][0] / r["seek"][0] for r in results)
    print(f"  first call / seek query of the same process: median {statistics.median(ratios):.2f}× "
          f"(min {ratios[0]:.2f}×, max {ratios[-1]:.2f}×)")


def measure(reg: Register, on: date, runs: int) -> None:
    week = week_id(on)
    tasks = reg.scalar("SELECT count(*) FROM tasks WHERE deleted_at IS NULL")
    rows = reg.scalar("SELECT count(*) FROM progress")
    print(f"register: {tasks} live tasks, {rows} progress rows; lights on {on} ({week})")
    if reg.path is not None:
        first_call_row(reg.path, on, runs)

    other_day = on - timedelta(days=1) if on.weekday() else on + timedelta(days=1)  # same week
    days = [on]

    def other() -> dict:
        """A different day from the previous call: open tasks are judged afresh."""
        days.append(other_day if days[-1] == on else on)
        return lights_for(reg, days[-1])

    new_day = benchlib.timings(other, runs)
    lights = lights_for(reg, on)
    same_day = benchlib.timings(lambda: lights_for(reg, on), runs)
    join = benchlib.timings(lambda: reg.execute(LATEST_JOIN_SQL, (week,)).fetchall(), runs)
    seek = benchlib.timings(lambda: reg.execute(LATEST_SEEK_SQL, (week,)).fetchall(), runs)
    counts: dict[str, int] = {}
    for result in lights.values():
        counts[result.label] = counts.get(result.label, 0) + 1
    print(f"lights computed: {len(lights)} ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})")
    print(f"in one process, {runs} runs after a warm-up:")
    print(f"lights_for, new day each call: {new_day.wall}")
    print(f"lights_for, same day again (kept while the register is unchanged): {same_day.wall}")
    print(f"hand-written latest-progress query, group-by join: {join.wall}")
    print(f"hand-written latest-progress query, per-task seek: {seek.wall}")
    for name, spread in (("new day", new_day), ("same day", same_day)):
        print(f"ratio lights ({name}) / per-task seek: {spread.wall.median / seek.wall.median:.2f}"
              f" (CPU {spread.cpu.median / seek.cpu.median:.2f});"
              f" / group-by join: {spread.wall.median / join.wall.median:.2f}")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(first_call(Path(sys.argv[2]), date.fromisoformat(sys.argv[3]))))
        return
    benchlib.run(__doc__.splitlines()[0], measure, runs=9)


if __name__ == "__main__":
    main()
