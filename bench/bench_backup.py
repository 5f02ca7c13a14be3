"""Time a backup (SQLite backup API + quick_check) of the 20,000-task demo register.

Also times restoring it (which first backs up the current file) and the daily
automatic backup check when today's copy already exists.

Usage: ``python bench/bench_backup.py [--tasks 20000] [--weeks 52]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.storage import backup  # noqa: E402
from desktop_app.storage.db import open_register  # noqa: E402
from desktop_app.storage.demo import generate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=20_000)
    parser.add_argument("--weeks", type=int, default=52)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as tmp:
        db = Path(tmp) / "台账.db"
        started = time.perf_counter()
        with open_register(db) as reg:
            generate(reg, tasks=args.tasks, weeks=args.weeks, seed=1)
            progress_rows = reg.scalar("SELECT count(*) FROM progress")
        print(f"demo register: {args.tasks} tasks, {progress_rows} progress entries, "
              f"{db.stat().st_size / 1024 / 1024:.1f} MB (made in {time.perf_counter() - started:.1f} s)")
        with open_register(db) as reg:
            started = time.perf_counter()
            made = backup.backup_register(reg)
            took = time.perf_counter() - started
            print(f"backup of the {args.tasks:,}-task demo: {took:.2f} s ({made.stat().st_size / 1024 / 1024:.1f} MB)")
            started = time.perf_counter()
            skipped = backup.auto_backup(reg)
            print(f"daily automatic backup when today's copy exists: {time.perf_counter() - started:.3f} s "
                  f"({'skipped' if skipped is None else 'made'})")
        started = time.perf_counter()
        backup.restore_backup(db, made)
        print(f"restore (safety copy of the current file, then swap): {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
