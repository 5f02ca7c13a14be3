"""``lights --db DB [--date D] [--plan N] [--list]``: the warning lights of a register on a day.

Counts leaf tasks by light (parents only roll their children up, so counting them would
count twice) and, with ``--list``, names the red and yellow ones, worst first.
"""

from __future__ import annotations

from datetime import date

from desktop_app import clock
from desktop_app.commands import CliError
from desktop_app.domain.lights import sort_key
from desktop_app.domain.numbering import derive_numbers
from desktop_app.domain.weeks import week_id, week_label
from desktop_app.storage import holidays, plans, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.status import lights_for


def register(sub) -> None:
    p = sub.add_parser("lights", help="查看某日的亮灯情况（红黄绿灯）")
    p.add_argument("--db", required=True, help="台账文件")
    p.add_argument("--date", help="日期 年-月-日（默认今天）")
    p.add_argument("--plan", type=int, help="计划编号（默认全部计划）")
    p.add_argument("--list", action="store_true", help="列出红灯、黄灯事项")
    p.add_argument("--limit", type=int, default=50, help="最多列出多少项（默认 50）")
    p.set_defaults(func=run)


def run(args) -> int:
    try:
        on = date.fromisoformat(args.date) if args.date else clock.today()
    except ValueError:
        raise CliError(f"日期“{args.date}”格式不正确，应为 2026-11-23。") from None
    if args.limit < 0:
        raise CliError("--limit 不能为负数。")
    with open_register(args.db, create=False, readonly=True) as reg:  # a job that only reads
        if args.plan is not None and plans.get_plan(reg, args.plan) is None:
            raise CliError(f"找不到编号为 {args.plan} 的计划。")
        lights = lights_for(reg, on, plan_id=args.plan)
        leaves = [tid for tid in tasks.leaf_ids(reg, args.plan) if tid in lights]
        print(f"亮灯情况：{on.year}年{on.month}月{on.day}日，{week_label(week_id(on))}，"
              f"共 {len(leaves)} 项具体任务")
        counts: dict[tuple, int] = {}
        for tid in leaves:
            light = lights[tid]
            key = (sort_key(light), light.symbol, light.label)
            counts[key] = counts.get(key, 0) + 1
        for (_, symbol, label), n in sorted(counts.items()):
            print(f"  {symbol or '○'} {label} {n}")
        print(f"工作日：{holidays.register_calendar(reg).coverage_note()}")
        missing = holidays.missing_note(holidays.missing_years(reg, args.plan))
        if missing:
            print(missing)
        if args.list:
            _print_warnings(reg, lights, leaves, args.limit)
    return 0


def _print_warnings(reg, lights, leaves: list[int], limit: int) -> None:
    warned = sorted((tid for tid in leaves if lights[tid].colour in ("red", "yellow")),
                    key=lambda tid: (sort_key(lights[tid]), tid))
    if not warned:
        print("没有红灯、黄灯事项。")
        return
    print("红灯、黄灯事项：")
    rows = tasks.get_tasks(reg, warned[:limit])
    numbers: dict[int, str] = {}
    for plan_id in {row["plan_id"] for row in rows}:
        numbers.update(derive_numbers(tasks.tree_skeleton(reg, plan_id)))
    for row in rows:
        light = lights[row["id"]]
        who = "，".join(x for x in (row["lead_name"], row["owner_name"]) if x) or "未分工"
        print(f"  {light.symbol} {light.label}  {numbers.get(row['id'], '')}  {row['title']}"
              f"（{who}）：{light.detail}")
    if len(warned) > limit:
        print(f"……另有 {len(warned) - limit} 项未列出（可用 --limit 调整）。")
