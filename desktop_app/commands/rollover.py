"""``rollover --db DB --plan ID --year Y [--carry all|none] [--json]``: the year turn without a window.

Creates the year's empty plan (“2027年工作要点”, same 单位名称), carries every unfinished
leaf task of the old plan into a section 上年结转任务 (or none), with new deadlines one year
on flagged 待确认, and closes the old plan — in one transaction.
"""

from __future__ import annotations

import json

from desktop_app.commands import CliError, backup_after_large_write
from desktop_app.storage import plans, rollover
from desktop_app.storage.db import open_register


def register(sub) -> None:
    p = sub.add_parser("rollover", help="新年度：建立新一年的计划，结转未完成任务，关闭原计划")
    p.add_argument("--db", required=True, help="台账文件")
    p.add_argument("--plan", type=int, required=True, help="原计划编号")
    p.add_argument("--year", type=int, required=True, help="新年度，如 2027")
    p.add_argument("--carry", choices=("all", "none"), default="all",
                   help="结转全部未完成的具体任务（all，默认）或不结转（none）")
    p.add_argument("--title", help="新计划标题（默认“2027年工作要点”）")
    p.add_argument("--keep-open", action="store_true", help="不关闭原计划")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.set_defaults(func=run)


def run(args) -> int:
    with open_register(args.db, create=False) as reg:
        old = plans.get_plan(reg, args.plan)
        if old is None:
            raise CliError(f"找不到编号为 {args.plan} 的计划。")
        result = rollover.rollover(
            reg, args.plan, args.year, carry=None if args.carry == "all" else [],
            title=args.title, close=not args.keep_open,
        )
        backup_after_large_write(reg)
        new = plans.get_plan(reg, result.new_plan_id)
        if args.json:
            print(json.dumps({**result.as_json(), "new_plan_title": new["title"],
                              "old_plan_title": old["title"]}, ensure_ascii=False, indent=1))
            return 0
        print(f"已建立“{new['title']}”（计划编号 {result.new_plan_id}）。")
        if result.carried:
            print(f"已结转 {len(result.carried)} 项未完成任务至“{rollover.SECTION_TITLE}”，"
                  "新完成时限为次年同月同日，均标为待确认。")
        else:
            print("未结转任务。")
        if result.closed:
            print(f"原计划“{old['title']}”已关闭（只读），可在 文件 ▸ 计划管理 中重新打开。")
    return 0
