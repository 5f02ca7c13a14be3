"""``backup --db FILE [--out COPY | --list | --restore COPY]``: copies of a register.

Backing up reads the register without taking its write lock, so it also works
while a clerk has the file open (e.g. from a scheduled task).
"""

from __future__ import annotations

import time
from pathlib import Path

from desktop_app.commands import CliError
from desktop_app.storage import backup, settings
from desktop_app.storage.db import open_register
from desktop_app.storage.errors import StorageError


def register(sub) -> None:
    p = sub.add_parser("backup", help="备份台账、列出备份或从备份恢复")
    p.add_argument("--db", required=True, help="台账文件")
    p.add_argument("--out", help="备份到此文件（默认：台账旁“备份”文件夹中带时间的文件）")
    p.add_argument("--folder", help="备份文件夹（默认按台账设置，未设置时为台账旁的“备份”）")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--list", action="store_true", help="列出已有的备份")
    what.add_argument("--restore", metavar="COPY", help="用此备份替换台账（先自动备份当前文件）")
    p.set_defaults(func=run)


def _folder(db: Path, given: str | None) -> str | None:
    """The backup folder: as given, else the register's setting (if it can be read)."""
    if given:
        return given
    try:
        with open_register(db, create=False, readonly=True) as reg:
            return settings.get(reg, "backup.folder") or None
    except StorageError:
        return None


def run(args) -> int:
    db = Path(args.db)
    if args.out and (args.list or args.restore):
        raise CliError("--out 不能与 --list 或 --restore 同时使用。")
    if args.list:
        found = backup.list_backups(db, _folder(db, args.folder))
        if not found:
            print(f"没有找到“{db.name}”的备份（{backup.backup_dir(db, _folder(db, args.folder))}）。")
            return 0
        for info in found:
            count = info.task_count()
            tasks = "无法读取" if count is None else f"{count} 项任务"
            print(f"{info.taken:%Y-%m-%d %H:%M:%S}  {info.size / 1024 / 1024:7.1f} MB  {tasks}  {info.path}")
        return 0
    if args.restore:
        if not db.exists():
            raise CliError(f"找不到台账文件“{db}”。")
        safety = backup.restore_backup(db, Path(args.restore), folder=_folder(db, args.folder))
        kept = f"原文件已备份为“{safety}”。" if safety else ""
        print(f"已从“{args.restore}”恢复台账“{db}”。{kept}")
        return 0
    started = time.perf_counter()
    with open_register(db, create=False, readonly=True) as reg:
        out = backup.backup_register(
            reg, Path(args.out) if args.out else None, folder=args.folder or settings.get(reg, "backup.folder") or None
        )
    size = out.stat().st_size / 1024 / 1024
    print(f"已备份到“{out}”（{size:.1f} MB，用时 {time.perf_counter() - started:.2f} 秒）。")
    return 0
