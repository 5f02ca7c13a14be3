"""Kill a writer at random moments and prove the register survives every time.

For each trial: a fresh copy of a base register, ``crash_writer.py`` started on it
with one of six operations (plan import, bulk assignment, week grid save, forms
import, backup, restore from a backup), killed (SIGKILL; TerminateProcess on Windows) after a random delay within
the operation's measured duration. Then: ``PRAGMA integrity_check`` must say ok,
the file must open again in the program (the dead writer's lock is recognised as
stale), and the operation's footprint — row counts of every table plus the rows
carrying the trial's marker — must equal either the untouched copy's or that of an
uninterrupted run: entirely there or entirely absent. For backups and restores also: every
file in the backup folder is a whole, checked copy, and the temporary files a kill leaves
(``.dbtz-tmp-<pid>-…``) are found and removed by the next run.

Usage: ``python bench/stress_kill.py [--trials 200] [--seed 1] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from openpyxl import load_workbook  # noqa: E402

from desktop_app.domain.weeks import week_id  # noqa: E402
from desktop_app.forms.export import export_forms  # noqa: E402
from desktop_app.forms.layout import HEADER_ROW  # noqa: E402
from desktop_app.storage import backup  # noqa: E402
from desktop_app.storage.db import open_register  # noqa: E402
from desktop_app.storage.demo import generate  # noqa: E402

WRITER = HERE / "crash_writer.py"
OPERATIONS = ("import", "assign", "grid", "forms", "backup", "restore")
TABLES = ("plans", "tasks", "departments", "people", "task_departments", "indicators", "progress", "audit")
MARK = "压力测试标记"


def footprint(path: Path, operation: str) -> tuple:
    """Row counts that tell whether ``operation`` (marked ``MARK``) landed."""
    conn = sqlite3.connect(path)
    try:
        q = lambda sql: conn.execute(sql, (MARK,)).fetchone()[0]  # noqa: E731
        counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES]
        counts += [
            q("SELECT count(*) FROM plans WHERE title = ?"),
            q("SELECT count(*) FROM tasks WHERE title LIKE ? || '%' OR standard = ?1"),
            q("SELECT count(*) FROM progress WHERE done = ? OR source = '填报表:' || ?1"),
            q("SELECT count(*) FROM audit WHERE operation = ?"),
            conn.execute("SELECT count(*) FROM tasks WHERE status = 'finished'").fetchone()[0],
        ]
        return tuple(counts)
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def run_writer(
    path: Path, operation: str, kill_after: float | None, cache_kib: int = 0, form: Path | None = None,
    source: Path | None = None,
) -> tuple[bool, float]:
    """Run the writer; kill it ``kill_after`` seconds after it is ready.

    Returns (finished by itself, seconds from ready to exit or kill).
    """
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), operation, MARK, "--cache", str(cache_kib),
         *(["--form", str(form)] if form else []), *(["--source", str(source)] if source else [])],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=HERE.parent,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        _out, err = proc.communicate()
        raise RuntimeError(f"writer did not start: {line} {err}")
    started = time.perf_counter()
    if kill_after is None:
        _out, err = proc.communicate(timeout=300)
        if proc.returncode != 0:
            raise RuntimeError(f"writer failed: {err}")
        return True, time.perf_counter() - started
    try:
        proc.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        proc.kill()
    proc.wait()
    proc.communicate()
    return proc.returncode == 0, time.perf_counter() - started


def make_restore_source(base: Path, folder: Path) -> Path:
    """A backup of the base register holding one more plan (marked), for the restore trials."""
    source = folder / "restore-source.db"
    shutil.copyfile(base, source)
    with open_register(source) as reg:
        reg.execute("INSERT INTO plans (title, year) VALUES (?, 2026)", (MARK,))
        reg.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        reg.execute("PRAGMA journal_mode=DELETE")
    return source


def backups_whole(path: Path) -> tuple[int, int]:
    """(copies in the register's backup folder, of which damaged or incomplete)."""
    bad = 0
    found = backup.list_backups(path)
    for info in found:
        conn = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
        try:
            bad += conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        except sqlite3.Error:
            bad += 1
        finally:
            conn.close()
    return len(found), bad


def leftovers(path: Path) -> list[Path]:
    places = (path.parent, backup.backup_dir(path))
    return [p for place in places if place.is_dir() for p in place.iterdir()
            if p.name.startswith(backup.TEMP_PREFIX)]


def make_base(folder: Path) -> tuple[Path, Path]:
    """The register every trial starts from, and a department's returned form for it.

    The form is that of the department with the most tasks, exported for this week
    and filled in with ``MARK`` (本周完成情况) and 进度 60 on every row.
    """
    base = folder / "base.db"
    with open_register(base) as reg:
        generate(reg, tasks=3000, weeks=8, seed=3)
        dep = reg.scalar(
            "SELECT department_id FROM task_departments WHERE role = 'lead' "
            "GROUP BY department_id ORDER BY count(*) DESC LIMIT 1"
        )
        [exported] = export_forms(reg, week_id(date.today()), folder / "forms", department_ids=[dep])
    wb = load_workbook(exported.path)
    ws = wb.active
    columns = {c.value: c.column for c in ws[HEADER_ROW]}
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        if ws.cell(r, columns["任务标识"]).value:
            ws.cell(r, columns["本周完成情况"]).value = MARK
            ws.cell(r, columns["进度%"]).value = 60
    form = folder / "returned.xlsx"
    wb.save(form)
    return base, form


def stress(trials: int, seed: int, folder: Path, log=print) -> dict:
    rng = random.Random(seed)
    base, form = make_base(folder)
    source = make_restore_source(base, folder)
    expected: dict[str, tuple[tuple, tuple]] = {}
    durations: dict[str, float] = {}
    for op in OPERATIONS:
        copy = folder / f"calibrate-{op}.db"
        shutil.copyfile(base, copy)
        before = footprint(copy, op)
        _finished, durations[op] = run_writer(copy, op, None, form=form, source=source)
        after = footprint(copy, op)
        if before == after and op != "backup":
            raise RuntimeError(f"operation {op} changed nothing")
        expected[op] = (before, after)
        audit = TABLES.index("audit")
        log(f"calibration {op}: {durations[op]:.3f} s, {after[audit] - before[audit]} audit rows written")
    stats = {op: {"trials": 0, "absent": 0, "complete": 0, "rolled_back": 0, "lost": 0, "corrupt": 0}
             for op in OPERATIONS}
    copies = {"backups": 0, "bad_backups": 0, "temp_left": 0, "temp_removed": 0, "temp_stuck": 0}
    for n in range(trials):
        op = OPERATIONS[n % len(OPERATIONS)]
        path = folder / f"trial-{n}.db"
        shutil.copyfile(base, path)
        # Half of the trials with a tiny page cache: uncommitted pages reach the disk.
        run_writer(path, op, rng.uniform(0, durations[op] * 1.15), 64 if n % 8 >= 4 else 0, form, source)
        wal = Path(f"{path}-wal")
        wal_bytes = wal.stat().st_size if wal.exists() else 0
        s = stats[op]
        s["trials"] += 1
        if integrity(path) != "ok":
            s["corrupt"] += 1
        else:
            found = footprint(path, op)
            before, after = expected[op]
            if found == before:
                s["absent"] += 1
                # Pages of the killed transaction were on disk and were discarded.
                s["rolled_back"] += wal_bytes > 0
            elif found == after:
                s["complete"] += 1
            else:
                s["lost"] += 1
                log(f"trial {n} ({op}): partial footprint {found}, expected {before} or {after}")
            # The killed writer's lock must not keep the clerk out.
            open_register(path).close()
        made, bad = backups_whole(path)
        copies["backups"] += made
        copies["bad_backups"] += bad
        left = leftovers(path)
        copies["temp_left"] += len(left)
        if left:  # what the next backup or restore does first
            for place in {p.parent for p in left}:
                copies["temp_removed"] += len(backup.sweep_temp_files(place))
            copies["temp_stuck"] += len(leftovers(path))
        for side in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
            side.unlink(missing_ok=True)
        for info in backup.list_backups(path):
            info.path.unlink(missing_ok=True)
    survived = sum(s["trials"] - s["corrupt"] - s["lost"] for s in stats.values())
    lost = sum(s["lost"] for s in stats.values())
    corrupt = sum(s["corrupt"] for s in stats.values())
    rolled_back = sum(s["rolled_back"] for s in stats.values())
    survived -= copies["bad_backups"] + copies["temp_stuck"]
    return {"trials": trials, "survived": survived, "lost": lost, "corrupt": corrupt,
            "rolled_back": rolled_back, "copies": copies,
            "per_operation": stats, "durations": durations}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the result as one JSON line")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="stress-kill-") as tmp:
        result = stress(args.trials, args.seed, Path(tmp), log=(lambda _m: None) if args.json else print)
    result["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for op, s in result["per_operation"].items():
            print(f"{op:7s} trials {s['trials']:4d}  absent {s['absent']:4d}  complete {s['complete']:4d}  "
                  f"(half-written, rolled back {s['rolled_back']:3d})  lost {s['lost']}  corrupt {s['corrupt']}")
        c = result["copies"]
        print(f"backups left by killed backups/restores: {c['backups']}, damaged or half: {c['bad_backups']}; "
              f"temporary files left by kills: {c['temp_left']}, removed by the next run: {c['temp_removed']}, "
              f"stuck: {c['temp_stuck']}")
        print(f"kill trials survived: {result['survived']} / {result['trials']}")
        print(f"lost operations: {result['lost']}")
        print(f"killed with uncommitted pages on disk, rolled back on open: {result['rolled_back']}")
        print(f"time: {result['seconds']} s")
    return 0 if result["survived"] == result["trials"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
