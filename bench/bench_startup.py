"""Foundation figures: demo generation at scale, cold start to the first painted main window
and to the settled window (the tree's lights and the start-up summary filled in), each beside
a bare QApplication + QMainWindow started the same way; peak memory.

    python bench/bench_startup.py [--tasks 20000] [--weeks 52] [--runs 5] [--db FILE]

Each start is a new process; wall-clock time runs from just before the process is launched,
CPU time is what the process itself spent (little disturbed by other programs competing for
the processor). The register is opened as the program opens it (so the first start may
upgrade an older file: use a copy).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, here and in the started programs
from benchlib import Timing, row  # noqa: E402

CHILD = r"""
import os, resource, sys, time
t0 = float(sys.argv[1])

def report(what):
    elapsed = time.time() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{what} {elapsed:.4f} {time.process_time():.4f} {rss:.1f}", flush=True)

def settled(window):
    # The tree's lights are in and the start-up summary is on the status bar.
    if sys.argv[2] == "bare":
        return True
    return (not window.tasks.model.lights_pending() and window.weekly._greeted
            and bool(window.statusBar().currentMessage()))

def watch(window):
    # The paint is watched on the main window itself, as the program watches its own first
    # paint. Not with a filter on the whole application: that passes every event of every
    # widget through Python, and this PySide then builds the Python types (and enums) of each
    # Qt class it meets: a cost of the measuring, not of the program.
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                report("PAINTED")
                self.timer = QTimer(interval=1)
                self.timer.timeout.connect(self.check)
                self.timer.start()
            return False

        def check(self):
            if settled(window):
                self.timer.stop()
                report("SETTLED")
                QApplication.instance().quit()

    window.spy = FirstPaint()
    window.installEventFilter(window.spy)

if sys.argv[2] == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([sys.argv[0]])
    w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1280, 800)
    watch(w); w.show(); app.exec()
else:
    # Started as the desktop-app entry point starts it: the program imports what it needs
    # (PySide included) in its own order.
    from desktop_app import app as program
    def after_first_paint(window, work, hook=program.after_first_paint):
        watch(window)  # shown, not yet painted: the event loop has not run
        hook(window, work)
    program.after_first_paint = after_first_paint
    program.main([sys.argv[3]])
"""


# Compiled modules kept for the children, outside the source tree, as an installed program
# has them: without, every start would compile the program's sources first.
PYCACHE = tempfile.mkdtemp(prefix="bench-startup-pycache-")


@dataclass(frozen=True)
class Start:
    """One start: (wall, CPU) milliseconds to the first paint and to settled; peak MB."""

    painted: tuple[float, float]
    settled: tuple[float, float]
    rss: float


def run_child(mode: str, db: str | None) -> Start:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    with tempfile.TemporaryDirectory() as home:
        env["HOME"] = home
        env["XDG_CONFIG_HOME"] = home
        args = [sys.executable, "-c", CHILD, repr(time.time()), mode] + ([db] if db else [])
        out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)
    seen = {}
    for line in out.stdout.splitlines():
        what, *figures = line.split()
        if what in ("PAINTED", "SETTLED"):
            seen[what] = [float(f) for f in figures]
    if len(seen) != 2:
        raise RuntimeError(f"child did not paint and settle:\n{out.stdout}\n{out.stderr}")
    painted, settled = seen["PAINTED"], seen["SETTLED"]
    return Start((painted[0] * 1000, painted[1] * 1000), (settled[0] * 1000, settled[1] * 1000),
                 max(painted[2], settled[2]))


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
            check=True, capture_output=True, cwd=ROOT,
        )
        gen = time.perf_counter() - started
        con = sqlite3.connect(db)
        n_progress = con.execute("SELECT count(*) FROM progress").fetchone()[0]
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        size = Path(db).stat().st_size / 1e6
        print(f"demo --tasks {args.tasks} --weeks {args.weeks}: {gen:.1f} s, "
              f"{n_progress:,} progress rows, file {size:.1f} MB")

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    tasks = con.execute("SELECT count(*) FROM tasks WHERE deleted_at IS NULL").fetchone()[0]
    con.close()
    print(f"register: {tasks:,} tasks")
    # The targets: first paint ≤ 2× the bare window at 20,000 tasks, ≤ 3× at 100,000.
    paint_target = "≤ 2× the bare window" if tasks <= 50_000 else "≤ 3× the bare window (100,000 tasks)"
    run_child("bare", None)  # warm the OS file cache for both
    run_child("app", db)
    bare, app = [], []
    # Interleaved, so that a busy spell of the machine hits both alike, and in turns (bare
    # first, then the program first): a start right after another one runs at a different
    # speed than the one before it, which would otherwise favour one of the two.
    for n in range(args.runs):
        for mode in ("bare", "app") if n % 2 == 0 else ("app", "bare"):
            if mode == "bare":
                bare.append(run_child("bare", None))
            else:
                app.append(run_child("app", db))
    bare_paint = Timing.of([s.painted for s in bare])
    row(f"start to first painted window ({args.runs} starts)", Timing.of([s.painted for s in app]),
        bare_paint, "bare QApplication + QMainWindow, first paint", paint_target)
    row(f"start to settled: lights and start-up summary filled ({args.runs} starts)",
        Timing.of([s.settled for s in app]), bare_paint,
        "bare QApplication + QMainWindow, first paint", "≤ 3× the bare window")
    # The machine's speed drifts during a run: each start set beside the bare start made
    # next to it, whose ratio that drift hardly touches.
    for what, of in (("first paint", lambda s: s.painted[0]), ("settled", lambda s: s.settled[0])):
        ratios = sorted(of(a) / b.painted[0] for a, b in zip(app, bare, strict=True))
        print(f"  {what}, each start / the bare start beside it: median {statistics.median(ratios):.2f}× "
              f"(min {ratios[0]:.2f}×, max {ratios[-1]:.2f}×)")
    print(f"peak memory (max RSS): bare {max(s.rss for s in bare):.0f} MB, "
          f"督办台账 with the register open {max(s.rss for s in app):.0f} MB")


if __name__ == "__main__":
    main()
