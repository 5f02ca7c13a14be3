"""One write operation against a register, to be killed part-way by ``stress_kill.py``.

Usage: ``python bench/crash_writer.py DB OPERATION MARK [--cache KIB] [--form FILE]``. Prints ``ready`` once the
register is open (so the killer's clock starts at the write, not at start-up),
then performs the operation through the program's own storage functions and
prints ``done``. Every row the operation writes carries ``MARK``, so afterwards
one can tell whether it landed entirely, or not at all. A small ``--cache``
makes SQLite spill uncommitted pages into the WAL mid-transaction, so a kill
leaves half a transaction on disk for recovery to discard.

Operations:
- ``import``: a 500-task plan (50 sections × 9 tasks) via ``importing.writer.write_plan``;
- ``assign``: 责任到人 on 2,000 tasks in one ``tasks.update_tasks``;
- ``grid``: a week's grid of 1,500 entries via ``week_sheet.save_week``;
- ``forms``: a returned department form (``--form``, filled in with ``MARK``)
  imported with ``forms.returns``: preview, then the file in one transaction;
- ``backup``: three backups of the register into its ``备份`` folder (read-only open);
- ``restore``: the register replaced by a backup (``--source``) with ``backup.restore_backup``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop_app.domain.weeks import week_id
from desktop_app.forms.returns import apply_preview, build_preview
from desktop_app.importing.model import Deadline, ImportItem, ParsedPlan
from desktop_app.importing.writer import write_plan
from desktop_app.storage import backup, directory, tasks
from desktop_app.storage.db import Register, open_register
from desktop_app.storage.week_sheet import save_week

OPERATIONS = ("import", "assign", "grid", "forms", "backup", "restore")
IMPORT_TASKS = 500
ASSIGN_TASKS = 2000
GRID_TASKS = 1500


def leaf_ids(reg: Register, n: int) -> list[int]:
    return sorted(tasks.leaf_ids(reg))[:n]


def do_import(reg: Register, mark: str) -> None:
    departments = [d["name"] for d in directory.list_departments(reg)]
    items: list[ImportItem] = []
    for s in range(IMPORT_TASKS // 10):
        section = ImportItem(id=f"s{s}", parent=None, level=1, marker=f"{s + 1}、", title=f"{mark} 大项{s + 1}")
        items.append(section)
        for t in range(9):
            items.append(
                ImportItem(
                    id=f"s{s}t{t}", parent=section.id, level=2, marker=f"({t + 1})",
                    title=f"{mark} 任务{s + 1}.{t + 1}", text="按要求完成。",
                    deadline=Deadline("6月底前", due=f"{date.today().year}-06-30", kind="date"),
                    lead=departments[(s + t) % len(departments)],
                    owner=f"责任人{t}",
                )
            )
    write_plan(reg, ParsedPlan(title=mark, year=date.today().year, items=items))


def do_assign(reg: Register, mark: str) -> None:
    people = [p["id"] for p in reg.query("SELECT id FROM people ORDER BY id LIMIT 5")]
    tasks.update_tasks(reg, leaf_ids(reg, ASSIGN_TASKS), operation=mark, standard=mark, owner_id=people[-1])


def do_grid(reg: Register, mark: str) -> None:
    today = date.today()
    edits = {tid: {"done": mark, "next": "继续推进", "percent": 60} for tid in leaf_ids(reg, GRID_TASKS)}
    save_week(reg, week_id(today), edits, today=today)


def do_forms(reg: Register, form: Path) -> None:
    result = apply_preview(reg, build_preview(reg, [form]))
    if not result.applied:
        raise SystemExit(f"form not applied: {result.failed}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("operation", choices=OPERATIONS)
    parser.add_argument("mark")
    parser.add_argument("--cache", type=int, default=0, help="page cache in KiB (0: SQLite's default)")
    parser.add_argument("--form", type=Path, help="the returned form, for the forms operation")
    parser.add_argument("--source", type=Path, help="the backup to restore, for the restore operation")
    args = parser.parse_args()
    if args.operation == "restore":  # the register must be closed to be replaced
        print("ready", flush=True)
        backup.restore_backup(Path(args.db), args.source)
        print("done", flush=True)
        return 0
    if args.operation == "backup":  # reading only: no lock, as beside an open window
        with open_register(args.db, readonly=True) as reg:
            print("ready", flush=True)
            for _ in range(3):
                backup.backup_register(reg)
        print("done", flush=True)
        return 0
    with open_register(args.db) as reg:
        if args.cache:
            reg.execute(f"PRAGMA cache_size = -{args.cache}")
        print("ready", flush=True)
        if args.operation == "forms":
            do_forms(reg, args.form)
        else:
            {"import": do_import, "assign": do_assign, "grid": do_grid}[args.operation](reg, args.mark)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
