"""``settings --db FILE [KEY [VALUE]]``: the register's settings.

Without KEY every setting a user may change is listed with its Chinese label and value;
with KEY one is shown; with KEY VALUE it is checked (type, range, rule) and saved, or
refused with a Chinese message and exit code 2.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.commands import CliError
from desktop_app.storage import settings
from desktop_app.storage.db import open_register
from desktop_app.storage.errors import ValidationError


def register(sub) -> None:
    p = sub.add_parser("settings", help="查看或修改台账设置（单位名称、制表人、亮灯规则、备份等）")
    p.add_argument("--db", required=True, help="台账文件")
    p.add_argument("key", nargs="?", metavar="设置项", help="设置项，如 report.preparer（省略则列出全部）")
    p.add_argument("value", nargs="?", metavar="值", help="新的值（省略则显示当前值）")
    p.set_defaults(func=run)


def _describe(key: str) -> str:
    setting = settings.DECLARED[key]
    extra = []
    if setting.choices:
        extra.append("可选 " + "、".join(f"{n}={name}" for n, name in setting.choices.items()))
    elif setting.low is not None:
        extra.append(f"{setting.low}–{setting.high}{setting.suffix}")
    if setting.kind == "bool":
        extra.append("是/否")
    if setting.about:
        extra.append(setting.about)
    return "；".join(extra)


def run(args) -> int:
    db = Path(args.db)
    if not db.exists():
        raise CliError(f"找不到台账文件“{db}”。")
    if args.key is not None and args.key not in settings.DECLARED:
        raise CliError(f"没有设置项“{args.key}”。用 settings --db {db} 列出全部设置项。")
    if args.key is not None and not settings.DECLARED[args.key].page:
        raise CliError(f"“{args.key}”由程序自己记录，不能查看或修改。")
    with open_register(db, create=False, readonly=args.value is None) as reg:
        if args.key is None:
            for page in settings.PAGES:
                print(f"【{page}】")
                for key, setting in settings.DECLARED.items():
                    if setting.page == page:
                        value = settings.show_value(key, settings.get(reg, key))
                        if setting.multiline:
                            value = value[:30] + "…" if len(value) > 30 else value
                        print(f"  {key:<32} {setting.label}：{value}")
            return 0
        setting = settings.DECLARED[args.key]
        if args.value is None:
            print(f"{setting.label}（{args.key}）：{settings.show_value(args.key, settings.get(reg, args.key))}")
            described = _describe(args.key)
            if described:
                print(f"  {described}")
            return 0
        try:
            value = settings.parse_text(args.key, args.value)
            settings.set_values(reg, {args.key: value})
        except ValidationError as exc:
            raise CliError(str(exc)) from None
        print(f"已设置 {setting.label}：{settings.show_value(args.key, value)}")
        return 0
