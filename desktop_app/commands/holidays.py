"""``holidays --db DB --year Y [--import NOTICE.txt] [--list]``: the holiday calendar of a year.

``--import`` reads the State Council's notice (UTF-8 or GBK text; ``-`` reads stdin) and
saves that year's days off and make-up working days in one transaction — or nothing, with
a message naming the line. ``--list`` prints the days of the year that differ from
Monday–Friday as the lights count them: ``2027-02-15 休 春节`` / ``2027-02-14 班 春节调休``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.commands import CliError
from desktop_app.domain.holiday_notice import NoticeError, parse_notice
from desktop_app.storage import holidays
from desktop_app.storage.db import open_register


def register(sub) -> None:
    p = sub.add_parser("holidays", help="录入或查看某年的节假日安排（放假和调休上班日）")
    p.add_argument("--db", required=True, help="台账文件")
    p.add_argument("--year", type=int, required=True, help="年度，如 2027")
    p.add_argument("--import", dest="notice", metavar="NOTICE.txt",
                   help="国务院办公厅节假日安排通知的文字（文本文件；- 表示从标准输入读取）")
    p.add_argument("--list", action="store_true", help="列出该年与周一至周五不同的日子")
    p.set_defaults(func=run)


def _read_text(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if not path.is_file():
            raise CliError(f"找不到文件“{name}”。")
        data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CliError(f"无法识别“{name}”的文字编码，请另存为 UTF-8 文本后重试。")


def run(args) -> int:
    if not 1990 <= args.year <= 2100:
        raise CliError(f"年度“{args.year}”不正确。")
    notice = None
    if args.notice:
        try:
            notice = parse_notice(_read_text(args.notice), args.year)
        except NoticeError as exc:
            raise CliError(f"{exc}未保存任何内容。") from None
    with open_register(args.db, create=False) as reg:
        if notice is not None:
            holidays.save_year(reg, args.year, notice)
            rest = sum(1 for d in notice.days if d.kind == "休")
            work = len(notice.days) - rest
            print(f"已保存{args.year}年节假日安排：放假 {rest} 天，调休上班 {work} 天。")
        cal = holidays.register_calendar(reg)
        if args.list:
            for day, kind, name in cal.special_days(args.year):
                print(f"{day.isoformat()} {kind} {name}")
        if not args.list or notice is None:
            print(f"{args.year}年节假日数据来源：{holidays.year_source(reg, args.year)}",
                  file=sys.stderr if args.list else sys.stdout)
    return 0
