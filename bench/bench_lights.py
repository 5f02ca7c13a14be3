"""Lights of every task for one week, against hand-written queries for the same latest reports.

Run: ``python bench/bench_lights.py [--db FILE] [--on YYYY-MM-DD] [--runs N]``. Without
``--db`` a 20,000-task, 52-week demo register is written to a temporary file first (as
``desktop-app-cli demo --tasks 20000 --weeks 52`` would). Prints the first call of
``lights_for``, then the median (and best) of ``--runs`` timings after one warm-up of:
``lights_for`` alternating between two days of the week (tasks still open are judged
afresh), ``lights_for`` for the same day again, and two hand-written SQL queries that fetch
each live task's latest progress row up to that week; and the ratios.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

import benchlib

from desktop_app.domain.weeks import week_id
from desktop_app.storage.db import Register
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


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, best) of ``runs`` timings after one warm-up, in milliseconds; the best
    shows the cost on an otherwise idle machine."""
    action()
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), min(timings)


def measure(reg: Register, on: date, runs: int) -> None:
    week = week_id(on)
    tasks = reg.scalar("SELECT count(*) FROM tasks WHERE deleted_at IS NULL")
    rows = reg.scalar("SELECT count(*) FROM progress")
    other_day = on - timedelta(days=1) if on.weekday() else on + timedelta(days=1)  # same week
    days = [on]

    def other() -> dict:
        """A different day from the previous call: open tasks are judged afresh."""
        days.append(other_day if days[-1] == on else on)
        return lights_for(reg, days[-1])

    started = time.perf_counter()
    lights_for(reg, on)
    first_ms = (time.perf_counter() - started) * 1000
    cold_ms, cold_best = median_ms(other, runs)
    lights = lights_for(reg, on)
    warm_ms, warm_best = median_ms(lambda: lights_for(reg, on), runs)
    join_rows = len(reg.execute(LATEST_JOIN_SQL, (week,)).fetchall())
    join_ms, join_best = median_ms(lambda: reg.execute(LATEST_JOIN_SQL, (week,)).fetchall(), runs)
    seek_rows = len(reg.execute(LATEST_SEEK_SQL, (week,)).fetchall())
    seek_ms, seek_best = median_ms(lambda: reg.execute(LATEST_SEEK_SQL, (week,)).fetchall(), runs)
    counts: dict[str, int] = {}
    for result in lights.values():
        counts[result.label] = counts.get(result.label, 0) + 1

    print(f"register: {tasks} live tasks, {rows} progress rows; lights on {on} ({week})")
    print(f"lights computed: {len(lights)} ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})")
    print(f"lights_for, first call in the process (nothing reused): {first_ms:.1f} ms")
    print(f"timings: median of {runs} runs (best run)")
    print(f"lights_for, new day each call: {cold_ms:.1f} ms ({cold_best:.1f} ms)")
    print(f"lights_for, same day again: {warm_ms:.1f} ms ({warm_best:.1f} ms)")
    print(f"hand-written latest-progress query, group-by join ({join_rows} rows): "
          f"{join_ms:.1f} ms ({join_best:.1f} ms)")
    print(f"hand-written latest-progress query, per-task seek ({seek_rows} rows): "
          f"{seek_ms:.1f} ms ({seek_best:.1f} ms)")
    for name, ms, best in (("new day", cold_ms, cold_best), ("same day", warm_ms, warm_best)):
        print(f"ratio lights ({name}) / group-by join: {ms / join_ms:.2f} (best {best / join_best:.2f});"
              f" / per-task seek: {ms / seek_ms:.2f} (best {best / seek_best:.2f})")
    print(f"target 200 ms: {'met' if max(cold_ms, warm_ms) <= 200 else 'MISSED'}")


def main() -> None:
    benchlib.run(__doc__.splitlines()[0], measure, runs=9)


if __name__ == "__main__":
    main()
