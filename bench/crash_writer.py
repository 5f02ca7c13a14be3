"""One write operation against a register, to be killed part-way by ``stress_kill.py``.

Usage: ``python bench/crash_writer.py DB OPERATION MARK [CACHE_KIB]``. Prints ``ready`` once the
register is open (so the killer's clock starts at the write, not at start-up),
then performs the operation through the program's own storage functions and
prints ``done``. Every row the operation writes carries ``MARK``, so afterwards
one can tell whether it landed entirely, or not at all. A small ``CACHE_KIB``
makes SQLite spill uncommitted pages into the WAL mid-transaction, so a kill
leaves half a transaction on disk for recovery to discard.

Operations:
- ``import``: a 500-task plan (50 sections × 9 tasks) via ``importing.writer.write_plan``;
- ``assign``: 责任到人 on 2,000 tasks in one ``tasks.update_tasks``;
- ``grid``: a week's grid of 1,500 entries via ``week_sheet.save_week``;
- ``forms``: a returned-forms import: progress of 800 tasks with their source, and
  every fifth task marked finished, in one transaction (as the forms import does).
"""

from __future__ import annotations

import sys
from datetime import date

from desktop_app.domain.weeks import week_id
from desktop_app.importing.model import Deadline, ImportItem, ParsedPlan
from desktop_app.importing.writer import write_plan
from desktop_app.storage import directory, progress, tasks
from desktop_app.storage.db import Register, open_register
from desktop_app.storage.week_sheet import save_week

OPERATIONS = ("import", "assign", "grid", "forms")
IMPORT_TASKS = 500
ASSIGN_TASKS = 2000
GRID_TASKS = 1500
FORMS_TASKS = 800


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


def do_forms(reg: Register, mark: str) -> None:
    week = week_id(date.today())
    ids = leaf_ids(reg, FORMS_TASKS)
    with reg.atomic():
        for n, tid in enumerate(ids):
            progress.save_progress(reg, tid, week, reporter="办公室", source=f"填报表:{mark}",
                                   operation=mark, done="已按表填报", percent=100 if n % 5 == 0 else 50)
            if n % 5 == 0:
                tasks.update_task(reg, tid, operation=mark, status="finished",
                                  finished_date=date.today().isoformat())


ACTIONS = {"import": do_import, "assign": do_assign, "grid": do_grid, "forms": do_forms}


def main(argv: list[str]) -> int:
    db, operation, mark, *cache = argv
    with open_register(db) as reg:
        if cache:
            reg.execute(f"PRAGMA cache_size = -{int(cache[0])}")
        print("ready", flush=True)
        ACTIONS[operation](reg, mark)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
