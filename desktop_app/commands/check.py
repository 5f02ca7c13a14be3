"""``check --db FILE``: integrity check and schema version; exit 1 on a problem."""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage.backup import latest_backup
from desktop_app.storage.db import integrity_problems, open_register
from desktop_app.storage.errors import SchemaTooNewError, StorageError
from desktop_app.storage.migrations import SCHEMA_VERSION


def register(sub) -> None:
    p = sub.add_parser("check", help="检查台账文件是否完好")
    p.add_argument("--db", required=True, help="台账文件")
    p.set_defaults(func=run)


def _count(reg, table: str) -> int | str:
    """Rows of ``table``; a damaged file may not let them be counted (the check says why)."""
    try:
        return reg.scalar(f"SELECT count(*) FROM {table}")
    except StorageError:
        return "无法读取"


def run(args) -> int:
    try:
        reg = open_register(args.db, create=False, readonly=True)
    except SchemaTooNewError as exc:
        print(f"发现问题：{exc}")
        return 1
    except StorageError as exc:
        if "找不到" in str(exc):
            raise
        print(f"发现问题：{exc}")
        return 1
    with reg:
        version = reg.schema_version()
        problems = integrity_problems(reg)
        counts = {
            name: _count(reg, table)
            for name, table in (("计划", "plans"), ("任务", "tasks"), ("科室", "departments"),
                                ("人员", "people"), ("进展", "progress"))
        }
    print(f"数据结构版本：{version}（程序支持 {SCHEMA_VERSION}）")
    print("，".join(f"{k} {v}" for k, v in counts.items()))
    if version < SCHEMA_VERSION:
        print("提示：该文件的数据结构较旧，用本程序打开时会自动升级。")
    if problems:
        print("发现问题：")
        for p in problems[:50]:
            print(f"  {p}")
        latest = latest_backup(Path(args.db))
        if latest is not None:
            print(f"最近的备份：{latest}（恢复：desktop-app-cli backup --db {args.db} --restore {latest}）")
        return 1
    print("完整性检查：正常")
    return 0
