"""Foundation figures: demo generation at scale, cold start to the first painted main window
(vs a bare QApplication + QMainWindow started the same way), peak memory.

    python bench/bench_startup.py [--tasks 20000] [--weeks 52] [--runs 5] [--db FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import os, resource, sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            QApplication.instance().removeEventFilter(self)
            elapsed = time.time() - t0
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"PAINTED {elapsed:.4f} {rss:.1f}", flush=True)
            QApplication.instance().quit()
        return False

app = QApplication([sys.argv[0]])
spy = FirstPaint()
app.installEventFilter(spy)
if sys.argv[2] == "bare":
    w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1280, 800); w.show(); app.exec()
else:
    from desktop_app.app import main
    main([sys.argv[3]])
"""


# Compiled modules kept for the children, outside the source tree, as an installed program
# has them: without, every start would compile the program's sources first.
PYCACHE = tempfile.mkdtemp(prefix="bench-startup-pycache-")


def run_child(mode: str, db: str | None) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    with tempfile.TemporaryDirectory() as home:
        env["HOME"] = home
        env["XDG_CONFIG_HOME"] = home
        args = [sys.executable, "-c", CHILD, repr(time.time()), mode] + ([db] if db else [])
        out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    for line in out.stdout.splitlines():
        if line.startswith("PAINTED"):
            _, elapsed, rss = line.split()
            return float(elapsed), float(rss)
    raise RuntimeError(f"child did not paint:\n{out.stdout}\n{out.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", help="use this existing register instead of generating one")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    db = args.db
    if db is None:
        db = str(tmp / "demo.db")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", "demo", "--db", db,
             "--tasks", str(args.tasks), "--weeks", str(args.weeks)],
            check=True, capture_output=True,
        )
        gen = time.perf_counter() - started
        import sqlite3

        con = sqlite3.connect(db)
        n_progress = con.execute("SELECT count(*) FROM progress").fetchone()[0]
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        size = Path(db).stat().st_size / 1e6
        print(f"demo --tasks {args.tasks} --weeks {args.weeks}: {gen:.1f} s, "
              f"{n_progress:,} progress rows, file {size:.1f} MB")

    run_child("bare", None)  # warm the OS file cache for both
    run_child("app", db)
    bare = [run_child("bare", None) for _ in range(args.runs)]
    app = [run_child("app", db) for _ in range(args.runs)]
    bare_t = statistics.median(t for t, _ in bare)
    app_t = statistics.median(t for t, _ in app)
    print(f"cold start to first paint (median of {args.runs}): "
          f"bare QMainWindow {bare_t * 1000:.0f} ms, 督办台账 {app_t * 1000:.0f} ms, "
          f"ratio {app_t / bare_t:.2f}x (target <= 2x)")
    print(f"peak memory (max RSS): bare {max(r for _, r in bare):.0f} MB, "
          f"督办台账 with the register open {max(r for _, r in app):.0f} MB")


if __name__ == "__main__":
    main()
