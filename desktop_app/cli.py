"""``desktop-app-cli``: headless work on a register.

Each sub-command lives in its own module under ``desktop_app.commands`` with
``register(subparsers)``; that function adds a parser whose default ``func`` takes
the parsed arguments and returns the exit code. Errors a user can act on are
raised as :class:`CliError` (or a ``StorageError``) and printed in Chinese on
stderr with exit code 2 — never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sqlite3
import sys
from pathlib import Path

from desktop_app import __version__, argparse_zh
from desktop_app.commands import CliError
from desktop_app.storage.errors import StorageError, os_error_text

log = logging.getLogger("desktop_app.cli")
log.addHandler(logging.NullHandler())  # no traceback on the console when no log file is set up

# One line per sub-command module, in the order of ``--help``.
COMMAND_MODULES = [
    "desktop_app.commands.demo",
    "desktop_app.commands.check",
    "desktop_app.commands.backup",
    "desktop_app.commands.import_plan",
    "desktop_app.commands.report",
    "desktop_app.commands.summary",
    "desktop_app.commands.forms",
    "desktop_app.commands.lights",
    "desktop_app.commands.holidays",
    "desktop_app.commands.rollover",
    "desktop_app.commands.settings",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's usage errors, in Chinese
        self.print_usage(sys.stderr)
        message = (
            message.replace("the following arguments are required", "缺少参数")
            .replace("unrecognized arguments", "无法识别的参数")
            .replace("invalid choice", "无效的选项")
            .replace("argument", "参数")
            .replace("expected one argument", "需要一个值")
            .replace("invalid int value", "不是整数")
        )
        print(f"错误：{message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    argparse_zh.install()
    parser = _Parser(prog="desktop-app-cli", description="督办台账 命令行工具")
    parser.add_argument("--version", action="version", version=f"督办台账 {__version__}",
                        help=argparse_zh.VERSION_HELP)
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except (CliError, StorageError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except MemoryError:
        print("错误：内存不足，操作未完成。", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:
        return _database_fault(exc, getattr(args, "db", None))
    except OSError as exc:
        where = f"（{exc.filename}）" if exc.filename else ""
        print(f"错误：文件操作失败：{os_error_text(exc)}{where}。", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a bug: said in Chinese, the details go to the log
        damaged = _damaged_register(getattr(args, "db", None))
        if damaged is not None:  # text of a damaged page that no longer decodes, and the like
            print(f"错误：{damaged}", file=sys.stderr)
            return 2
        log.exception("命令行意外错误")
        print(f"错误：程序内部错误（{type(exc).__name__}），操作未完成。请把命令和此信息告知维护人员。",
              file=sys.stderr)
        return 3


def _damaged_register(db: str | None) -> str | None:
    """The damaged-file message (naming the latest backup) when ``db`` fails its check."""
    if not db:
        return None
    from desktop_app.storage.db import damaged_message, is_damaged

    path = Path(db)
    return damaged_message(path) if path.is_file() and is_damaged(path) else None


def _database_fault(exc: sqlite3.Error, db: str | None) -> int:
    """An SQLite error no lower layer turned into a message: the environment's fault gets its
    Chinese message (a damaged file names the latest backup); anything else is a bug."""
    from desktop_app.storage.db import storage_error

    error = storage_error(exc, Path(db) if db else None)
    if error is not None:
        print(f"错误：{error}", file=sys.stderr)
        return 2
    log.error("命令行数据库错误", exc_info=exc)
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    print(f"错误：程序内部错误（数据库 {name}），操作未完成。请把命令和此信息告知维护人员。", file=sys.stderr)
    return 3


if __name__ == "__main__":
    raise SystemExit(main())
