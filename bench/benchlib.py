"""What the register benchmarks share: the command line and the register they measure."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from desktop_app import clock
from desktop_app.reports.model import Group, Report
from desktop_app.storage.db import Register, open_register
from desktop_app.storage.demo import generate


@dataclass(frozen=True)
class Spread:
    """Minimum, median and maximum of repeated timings, in milliseconds."""

    low: float
    median: float
    high: float

    @staticmethod
    def of(values: list[float]) -> Spread:
        return Spread(min(values), statistics.median(values), max(values))

    def __str__(self) -> str:
        return f"{self.median:,.1f} ms (min {self.low:,.1f}, max {self.high:,.1f})"


@dataclass(frozen=True)
class Timing:
    """Wall-clock and CPU time of repeated runs. CPU time is what this process itself
    spent, little disturbed by other programs competing for the processor."""

    wall: Spread
    cpu: Spread

    @staticmethod
    def of(samples: list[tuple[float, float]]) -> Timing:
        return Timing(Spread.of([w for w, _ in samples]), Spread.of([c for _, c in samples]))


def clocked(action: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def timings(action: Callable[[], object], runs: int, *, warm_up: bool = True) -> Timing:
    """Timings of ``runs`` calls of ``action`` (after one unmeasured call)."""
    if warm_up:
        action()
    return Timing.of([clocked(action) for _ in range(runs)])


def row(measure: str, program: Timing, baseline: Timing | None, baseline_name: str,
        target: str) -> None:
    """One line of the speed table: the program and the baseline measured in the same run
    (wall-clock medians with min and max), the ratios of the medians (wall-clock, CPU) and
    the target."""
    if baseline is None:
        print(f"| {measure} | {program.wall} | {baseline_name} | — | {target} |", flush=True)
        return
    wall = program.wall.median / baseline.wall.median
    cpu = program.cpu.median / baseline.cpu.median
    print(f"| {measure} | {program.wall} | {baseline_name}: {baseline.wall} | "
          f"{wall:.2f}× (CPU {cpu:.2f}×) | {target} |", flush=True)


def run(description: str, measure: Callable[[Register, date, int], None], *, runs: int) -> None:
    """``--db FILE`` (or a fresh 20,000-task, 52-week demo), ``--on`` day, ``--runs`` N."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", type=Path, help="an existing register (default: build a demo)")
    parser.add_argument("--on", type=date.fromisoformat, default=clock.today())
    parser.add_argument("--runs", type=int, default=runs)
    args = parser.parse_args()
    if args.db:
        with open_register(args.db) as reg:
            measure(reg, args.on, args.runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        with open_register(Path(tmp) / "bench.db") as reg:
            started = time.perf_counter()
            generate(reg, tasks=20_000, weeks=52, seed=1, today=args.on)
            print(f"demo register written in {time.perf_counter() - started:.1f} s")
            measure(reg, args.on, args.runs)


def first_rows(report: Report, count: int) -> Report:
    """The report cut to its first ``count`` rows (groups kept as they fall)."""
    groups, left = [], count
    for g in report.groups:
        if left <= 0:
            break
        groups.append(Group(g.heading, g.rows[:left]))
        left -= len(groups[-1].rows)
    return replace(report, groups=groups)
