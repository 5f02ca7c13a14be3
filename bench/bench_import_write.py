"""Writing a ~10,000-item imported plan into a fresh register file, with progress.

Run: ``python bench/bench_import_write.py [items]``; prints the time and items/s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.importing.model import Deadline, ImportItem, Indicator, ParsedPlan  # noqa: E402
from desktop_app.importing.writer import write_plan  # noqa: E402
from desktop_app.storage.db import open_register  # noqa: E402

UNITS = ["办公室", "组干科", "基础教育科", "人事科", "计财科", "安全稳定科", "督导室", "教研室"]
PEOPLE = [f"责任人{n}" for n in range(60)]


def synthetic_plan(count: int) -> ParsedPlan:
    """Sections of groups of tasks, each task with a deadline, units, owner and an indicator."""
    items: list[ImportItem] = []
    section = group = None
    for n in range(1, count + 1):
        if n % 250 == 1:
            section = ImportItem(str(n), None, 1, "一、", f"第{n}部分工作", is_task=False)
            items.append(section)
            continue
        if n % 10 == 2:
            group = ImportItem(str(n), section.id, 2, "（一）", f"重点工作{n}")
            items.append(group)
            continue
        month = n % 12 + 1
        items.append(
            ImportItem(
                str(n), group.id, 3, "1.", f"具体任务{n}：完成第{n}项工作", text="按要求推进并按月报送进展。",
                deadline=Deadline(f"{month}月底前", f"2026-{month:02d}-28", None, "date"),
                lead=UNITS[n % len(UNITS)], co_units=[UNITS[(n + 3) % len(UNITS)]],
                owner=PEOPLE[n % len(PEOPLE)], leader="分管局长",
                indicators=[Indicator(f"完成率达到{n % 50 + 50}%以上", float(n % 50 + 50), "%", ">=")],
            )
        )
    return ParsedPlan("某县教育局2026年工作要点（性能测试）", 2026, items, source_kind="text")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    plan = synthetic_plan(count)
    updates = 0

    def progress(_fraction: float, _text: str) -> None:
        nonlocal updates
        updates += 1

    with tempfile.TemporaryDirectory() as tmp:
        with open_register(Path(tmp) / "bench.db") as reg:
            start = time.perf_counter()
            plan_id = write_plan(reg, plan, progress=progress)
            elapsed = time.perf_counter() - start
            written = reg.scalar("SELECT count(*) FROM tasks WHERE plan_id = ?", (plan_id,))
    print(f"items in plan: {len(plan.items)}")
    print(f"tasks written: {written}")
    print(f"progress updates: {updates}")
    print(f"time: {elapsed:.3f} s")
    print(f"rate: {written / elapsed:,.0f} items/s")


if __name__ == "__main__":
    main()
