"""Time a backup (SQLite backup API + quick_check) of the 20,000-task demo register.

Also times restoring it (which first backs up the current file) and the daily
automatic backup check when today's copy already exists, and a backup while another program
commits every 50 ms and every 10 ms: the program's copy (one read transaction, one step) beside
the obvious stepwise copy (``backup(pages=4096)``), which restarts whenever the file changes
under it (stopped after ``--give-up`` seconds).

Usage: ``python bench/bench_backup.py [--tasks 20000] [--weeks 52] [--give-up 60]``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.storage import backup  # noqa: E402
from desktop_app.storage.db import open_register  # noqa: E402
from desktop_app.storage.demo import generate  # noqa: E402


def _stepwise(db: Path, target: Path, give_up: float) -> float | None:
    """The obvious online backup: 4,096 pages a step, restarted by every commit in between."""
    source = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    dest = sqlite3.connect(str(target))
    started = time.perf_counter()
    done = threading.Event()

    def stop_after(_status, _remaining, _total):
        if time.perf_counter() - started > give_up:
            raise TimeoutError

    try:
        source.backup(dest, pages=4096, progress=stop_after)
        done.set()
    except TimeoutError:
        pass
    finally:
        source.close()
        dest.close()
    return time.perf_counter() - started if done.is_set() else None


def beside_a_writer(db: Path, folder: Path, every: float, give_up: float) -> None:
    stop = threading.Event()
    commits = [0]

    def writer():
        with open_register(db) as reg:
            tid = reg.scalar("SELECT min(id) FROM tasks")
            while not stop.is_set():
                with reg.atomic():
                    reg.execute("UPDATE tasks SET description = ? WHERE id = ?", (str(time.time()), tid))
                commits[0] += 1
                time.sleep(every)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        time.sleep(0.5)
        started = time.perf_counter()
        with open_register(db, readonly=True) as reg:
            backup.backup_register(reg, folder / f"beside-{every}.db")
        ours = time.perf_counter() - started
        old = _stepwise(db, folder / f"stepwise-{every}.db", give_up)
    finally:
        stop.set()
        thread.join()
    old_text = f"{old:.2f} s" if old is not None else f"not done in {give_up:.0f} s"
    print(f"backup while another program commits every {every * 1000:.0f} ms: {ours:.2f} s "
          f"(stepwise copy restarted by each commit: {old_text}; {commits[0]} commits)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=20_000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--give-up", type=float, default=60.0)
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
        for every in (0.05, 0.01):
            beside_a_writer(db, Path(tmp), every, args.give_up)
        started = time.perf_counter()
        backup.restore_backup(db, made)
        print(f"restore (safety copy of the current file, then swap): {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
