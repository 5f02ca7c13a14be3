"""``summary --db DB --period 2026H1|2026 --out DRAFT.docx [--plan ID]``: the 工作总结（初稿）."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from desktop_app.commands import CliError
from desktop_app.storage import plans
from desktop_app.storage.db import open_register


def register(sub) -> None:
    p = sub.add_parser(
        "summary",
        help="生成半年或年度工作总结初稿（Word）",
        description="根据台账记录生成工作总结初稿：完成情况、存在问题、下一步打算。",
    )
    p.add_argument("--db", required=True, help="台账文件")
    p.add_argument("--period", required=True, help="期间：2026（全年）、2026H1（上半年）或 2026H2（下半年）")
    p.add_argument("--out", required=True, help="输出的 Word 文件（.docx）")
    p.add_argument("--plan", type=int, help="计划编号（默认全部计划）")
    p.add_argument("--date", help="统计日期 年-月-日（默认今天；期间已结束时取期末）")
    p.set_defaults(func=run)


def run(args) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        raise CliError("工作总结初稿只生成 Word 文件，请让 --out 以 .docx 结尾。")
    today = None
    if args.date:
        try:
            today = date.fromisoformat(args.date)
        except ValueError:
            raise CliError(f"日期“{args.date}”格式不正确，应为 2026-11-23。") from None
    from desktop_app.reports.gongwen import write_summary_docx
    from desktop_app.reports.summary import build_summary

    started = time.perf_counter()
    with open_register(args.db, create=False, readonly=True) as reg:
        if args.plan is not None and plans.get_plan(reg, args.plan) is None:
            raise CliError(f"没有编号为 {args.plan} 的计划。")
        summary = build_summary(reg, args.period, plan_id=args.plan, today=today)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_summary_docx(summary, out)
    f = summary.figures
    print(
        f"已生成{summary.title}：{out}（任务 {f.tasks} 项，已完成 {f.finished} 项，按时 {f.on_time} 项，"
        f"完成率 {f.rate(f.finished)}；用时 {time.perf_counter() - started:.1f} 秒）"
    )
    return 0
