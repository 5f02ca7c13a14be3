"""What the register benchmarks share: the command line and the register they measure."""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop_app.storage.db import Register, open_register
from desktop_app.storage.demo import generate


def run(description: str, measure: Callable[[Register, date, int], None], *, runs: int) -> None:
    """``--db FILE`` (or a fresh 20,000-task, 52-week demo), ``--on`` day, ``--runs`` N."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", type=Path, help="an existing register (default: build a demo)")
    parser.add_argument("--on", type=date.fromisoformat, default=date.today())
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
