"""``report KIND --db DB --out FILE [...]``: print a report to PDF, .xlsx or .docx without the GUI."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

from desktop_app.commands import CliError
from desktop_app.reports.catalog import KINDS, ReportParams, build_report
from desktop_app.reports.model import Report
from desktop_app.reports.xlsx import write_xlsx
from desktop_app.storage import plans
from desktop_app.storage.db import open_register


def register(sub) -> None:
    p = sub.add_parser(
        "report",
        help="生成报表（PDF、Excel 或 Word）",
        description="报表种类：" + "，".join(f"{k}＝{v}" for k, v in KINDS.items()),
    )
    p.add_argument("kind", choices=list(KINDS), metavar="KIND", help="报表种类：" + "、".join(KINDS))
    p.add_argument("--db", required=True, help="台账文件")
    p.add_argument("--out", required=True, help="输出文件（.pdf、.xlsx 或 .docx）")
    p.add_argument("--format", choices=FORMATS, help="输出格式（默认按 --out 的扩展名）")
    p.add_argument("--plan", type=int, help="计划编号（默认全部计划）")
    p.add_argument("--week", help="周报表的周次，如 2026-W47（默认：周一、周二取上周，其余取本周）")
    p.add_argument("--month", help="月汇总的月份，如 2026-11（默认本月）")
    p.add_argument("--year", type=int, help="年终考核统计的年度（默认今年）")
    p.add_argument("--half", type=int, choices=(1, 2), help="只统计上半年（1）或下半年（2）")
    p.add_argument("--department", help="只含这个牵头科室")
    p.add_argument("--only", choices=("red", "key"), help="red：只含红灯黄灯；key：只含重点工作")
    p.add_argument("--group", choices=("department", "section"), default="department",
                   help="周报表分组：department 按科室（默认），section 按计划大项")
    p.add_argument("--per", choices=("department", "task"), default="department",
                   help="督办通知单：每个科室一份（默认）或每项任务一份")
    p.add_argument("--issue", action="store_true",
                   help="督办通知单：登记为正式督办（占用编号并写入台账）；不加此项只是预览编号")
    p.add_argument("--separate", action="store_true",
                   help="督办通知单 Word：每份通知单一个文件，写入 --out 指定的文件夹")
    p.add_argument("--date", help="统计日期 年-月-日（默认今天）")
    p.add_argument("--columns", help="打印哪些列（列名或代号，逗号分隔，按此顺序），如 周报表加进度："
                   "序号,工作任务,牵头科室,本周完成情况,进度%%,序时进度,状态")
    p.set_defaults(func=run)


def choose_columns(report: Report, text: str) -> Report:
    """``--columns``: headers (进度%) or keys (percent), optional columns included."""
    available = [*report.columns, *report.optional_columns]
    if not available:
        raise CliError("这种报表没有可选的列。")
    keys = []
    for part in (p.strip() for p in text.replace("，", ",").split(",")):
        if not part:
            continue
        found = next((c.key for c in available if part in (c.key, c.header)), None)
        if found is None:
            raise CliError(f"没有“{part}”这一列。可用：" + "、".join(c.header for c in available) + "。")
        keys.append(found)
    if not keys:
        raise CliError("--columns 至少要写一列。")
    return report.with_columns(keys)


FORMATS = ("pdf", "xlsx", "docx")


def chart_png(report: Report) -> bytes | None:
    """The report's bar chart as PNG for the .docx (drawn with Qt, loaded only here)."""
    if report.chart is None:
        return None
    try:
        from desktop_app.printing.chart import chart_png as draw
        from desktop_app.printing.output import ensure_gui_application
    except ImportError:  # no Qt: the document says the chart is missing
        return None
    ensure_gui_application()
    return draw(report.chart)


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"日期“{text}”格式不正确，应为 2026-11-23。") from None


def run(args) -> int:
    out = Path(args.out)
    fmt = args.format or out.suffix.lower().lstrip(".")
    if args.separate:
        fmt = args.format or "docx"
    if fmt not in FORMATS:
        raise CliError("请用 --format pdf|xlsx|docx 指定格式，或让 --out 以 .pdf / .xlsx / .docx 结尾。")
    if args.separate and (args.kind != "notices" or fmt != "docx"):
        raise CliError("--separate 只用于督办通知单（notices）的 Word 文件。")
    if args.month and not re.fullmatch(r"\d{4}-\d{1,2}", args.month):
        raise CliError(f"月份“{args.month}”格式不正确，应为 2026-11。")
    params = ReportParams(
        plan_id=args.plan, week=args.week, month=args.month, year=args.year, half=args.half,
        department=args.department, only=args.only, group=args.group, per=args.per,
        today=_day(args.date), issue=args.issue,
    )
    if args.issue and args.kind != "notices":
        raise CliError("--issue 只用于督办通知单（notices）。")
    started = time.perf_counter()
    with open_register(args.db, create=False, readonly=not args.issue) as reg:
        if args.plan is not None and plans.get_plan(reg, args.plan) is None:
            raise CliError(f"没有编号为 {args.plan} 的计划。")
        report = build_report(reg, args.kind, params)
    if args.columns:
        report = choose_columns(report, args.columns)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        write_xlsx(report, out)
        pages = ""
    elif fmt == "docx":
        from desktop_app.reports.word import write_docx

        if args.separate:
            from desktop_app.reports.gongwen import write_notice_files

            pages = f"，{len(write_notice_files(report, out))} 个文件"
        else:
            write_docx(report, out, chart_png=chart_png(report))
            pages = ""
    else:  # Qt is loaded only when a PDF is asked for
        from desktop_app.printing.fonts import NoChineseFontError
        from desktop_app.printing.output import ensure_gui_application, write_pdf

        ensure_gui_application()
        try:
            pages = f"，{write_pdf(report, out)} 页"
        except NoChineseFontError as exc:
            raise CliError(str(exc)) from None
    count = len(report.notices) if report.notices else report.row_count
    unit = "份通知单" if report.notices else "行"
    print(f"已生成{KINDS[args.kind]}：{out}（{count} {unit}{pages}，用时 {time.perf_counter() - started:.1f} 秒）")
    return 0
