"""``import FILE [--db DB] [--year Y] [--simplified] [--dry-run] [--json]``: read a plan.

Without ``--db`` (or with ``--dry-run``) nothing is written: the proposed tree is
printed (``--json`` gives the machine-readable contract). With ``--db`` the plan
is written in one transaction, exactly as the import wizard would with every
proposal accepted.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from desktop_app.commands import CliError, backup_after_large_write
from desktop_app.importing.errors import ImportFailed
from desktop_app.importing.model import ImportItem, ParsedPlan
from desktop_app.importing.parse import parse_file, parse_text
from desktop_app.importing.reading import MAX_BYTES, decode_bytes
from desktop_app.storage.errors import StorageError

_KIND_LABELS = {"date": "", "period": "", "recurring": "周期", "ongoing": "长期", "unclear": "待确认"}


def register(sub) -> None:
    p = sub.add_parser("import", help="导入工作要点（.docx/.txt/.xlsx/.csv），拆分为任务")
    p.add_argument("file", metavar="FILE", help="工作要点文件或任务分解表；“-”表示从标准输入读取文本")
    p.add_argument("--db", help="写入的台账文件；不给则只预览")
    p.add_argument("--year", type=int, help="计划年度（标题中没有年份时需要）")
    p.add_argument("--simplified", action="store_true", help="把繁体字转为简体")
    p.add_argument("--dry-run", action="store_true", help="只识别并显示结果，不写入台账")
    p.add_argument("--json", action="store_true", help="以 JSON 输出识别结果")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.year is not None and not 1990 <= args.year <= 2100:
        raise CliError("--year 应是 1990 到 2100 之间的年份。")
    started = time.perf_counter()
    units = _directory_names(Path(args.db)) if args.db else []
    try:
        if args.file == "-":
            plan = _parse_stdin(args.year, args.simplified, units)
        else:
            plan = parse_file(Path(args.file), year=args.year, to_simplified=args.simplified, units=units)
    except ImportFailed as exc:
        raise CliError(str(exc)) from None
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps(plan.to_json(), ensure_ascii=False, indent=2))
    else:
        print_summary(plan, elapsed)
    for warning in plan.warnings:
        print(f"提示：{warning}", file=sys.stderr)
    if args.db and not args.dry_run:
        _write(plan, Path(args.db), quiet=args.json)
    return 0


def _directory_names(db: Path) -> list[str]:
    """The department names (and short names) of an existing register: units the plan may name."""
    if not db.is_file():
        return []
    from desktop_app.storage import directory
    from desktop_app.storage.db import open_register

    try:
        with open_register(db, create=False, readonly=True) as reg:
            return [n for d in directory.list_departments(reg) for n in (d["name"], d.get("short_name")) if n]
    except StorageError:
        return []  # writing will say what is wrong with the file


def _parse_stdin(year: int | None, simplified: bool, units: list[str]) -> ParsedPlan:
    """Text piped in (a copy from a web page or PDF), read like a .txt file."""
    decoded = decode_bytes(sys.stdin.buffer.read(MAX_BYTES + 1), name="标准输入")
    plan = parse_text(decoded.text, year=year, to_simplified=simplified, units=units)
    plan.warnings[:0] = decoded.warnings
    plan.source_name = "粘贴的文本"
    return plan


def _write(plan: ParsedPlan, db: Path, *, quiet: bool) -> None:
    from desktop_app.importing.writer import write_plan
    from desktop_app.storage.db import open_register

    if plan.year is None:
        raise CliError("未能确定计划年度，请用 --year 指定后再导入，台账未做改动。")
    try:
        with open_register(db) as reg:
            plan_id = write_plan(reg, plan)
            tasks = reg.scalar("SELECT count(*) FROM tasks WHERE plan_id = ?", [plan_id])
            backup_after_large_write(reg)
    except ImportFailed as exc:
        raise CliError(str(exc)) from None
    message = f"已导入计划 {plan_id}：《{plan.title}》{plan.year} 年，任务 {tasks} 项。"
    print(message, file=sys.stderr if quiet else sys.stdout)


def print_summary(plan: ParsedPlan, elapsed: float) -> None:
    """The tree as a clerk would check it: marker, title, deadline, units, not-task flag."""
    tasks = sum(1 for item in plan.items if item.is_task)
    year = f"{plan.year} 年" if plan.year else "年度未定"
    print(f"《{plan.title}》 {year}  共 {len(plan.items)} 项，其中任务 {tasks} 项（识别用时 {elapsed:.2f} 秒）")
    for item in plan.items:
        print("  " * item.level + _item_line(item))


def _item_line(item: ImportItem) -> str:
    gap = " " if item.marker[-1:].isascii() and item.marker[-1:].isalnum() else ""
    parts = [f"{item.marker}{gap}{item.title}"]
    if item.deadline is not None:
        label = _KIND_LABELS.get(item.deadline.kind, "")
        due = item.deadline.due or ""
        parts.append(f"【{item.deadline.text}{'→' + due if due else ''}{' ' + label if label else ''}】")
    if item.lead:
        co = f"；配合：{'、'.join(item.co_units)}" if item.co_units else ""
        parts.append(f"【牵头：{item.lead}{co}】")
    if item.milestones:
        parts.append("【时间节点：" + "；".join(f"{m.text}→{m.due}" for m in item.milestones) + "】")
    if item.indicators:
        parts.append("【指标：" + "；".join(i.text for i in item.indicators) + "】")
    if not item.is_task:
        parts.append("（非任务）")
    return " ".join(parts)
