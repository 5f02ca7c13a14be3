"""Model-based walk: random clerk actions through the real main window, each step checked
against a freshly opened window on the same file (see tests/ui/walk.py).

    python bench/model_walk.py --steps 5000 [--seed 1] [--tasks 40]

The last line reads ``steps: N, mismatches: M``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.ui import walk  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--chunk", type=int, default=500, help="steps per fresh register")
    args = parser.parse_args()
    walk.app()
    done = 0
    mismatches: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        chunk = 0
        while done < args.steps:
            steps = min(args.chunk, args.steps - done)
            path = walk.make_register(Path(folder) / f"walk{chunk}.db", tasks=args.tasks,
                                      seed=args.seed + chunk)
            result = walk.run(path, steps=steps, seed=args.seed + chunk)
            done += result.steps_done
            mismatches += result.mismatches
            for line in result.mismatches[:20]:
                print(line)
            print(f"chunk {chunk}: {result.steps_done} steps, {len(result.mismatches)} mismatches, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)
            chunk += 1
    print(f"steps: {done}, mismatches: {len(mismatches)}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    raise SystemExit(main())
