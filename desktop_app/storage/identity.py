"""The one place that decides whether a file is a register.

A register carries the program's mark in its SQLite header, ``PRAGMA application_id``
(:data:`APPLICATION_ID`), set when it is created and, for registers made before the mark
existed, the first time this program opens them for writing. Such an older register is
recognised by its migration record (``_sqlite_migrations`` rows of this program's migration
set). Any other SQLite file — another program's database, a file with tables but no record,
one with another application's mark — is refused before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path

from desktop_app.storage.migrations import MIGRATION_SET

APPLICATION_ID = 0x44425A54  # "DBZT": 督办台账
HEADER_SIZE = 100
_APP_ID_OFFSET = 68


class Kind(Enum):
    REGISTER = "register"  # carries the mark
    UNMARKED_REGISTER = "unmarked"  # one of ours from before the mark
    EMPTY = "empty"  # no tables at all: a new file
    FOREIGN = "foreign"  # someone else's database


def header_application_id(path: Path) -> int | None:
    """The application id in a file's SQLite header, read without SQLite (None: no header)."""
    with path.open("rb") as fh:
        header = fh.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        return None
    return int.from_bytes(header[_APP_ID_OFFSET:_APP_ID_OFFSET + 4], "big")


def identify(conn: sqlite3.Connection) -> Kind:
    """What an open SQLite database is, judged by reading only."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0] or 0)
    if app_id == APPLICATION_ID:
        return Kind.REGISTER
    if app_id != 0:
        return Kind.FOREIGN
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not names:
        return Kind.EMPTY
    if "_sqlite_migrations" in names and conn.execute(
        "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1", [MIGRATION_SET]
    ).fetchone():
        return Kind.UNMARKED_REGISTER
    return Kind.FOREIGN


def mark(conn: sqlite3.Connection) -> None:
    """Give a register (new, or from before the mark) the program's application id."""
    if int(conn.execute("PRAGMA application_id").fetchone()[0] or 0) != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def foreign_message(name: str) -> str:
    return (f"“{name}”不是督办台账文件（可能是其他程序的数据库），未做任何改动。"
            "请选择督办台账的 .db 文件。")


def empty_message(name: str) -> str:
    return f"“{name}”是空文件，不是督办台账文件（其中没有任何数据），未做任何改动。"
