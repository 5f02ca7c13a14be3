"""Backups of a register: daily automatic copies, and restoring one safely.

Copies are made with SQLite's online backup API (consistent even while the
program writes), into a ``备份`` folder beside the register, named
``<stem>_<YYYYMMDD-HHMMSS>.db`` — the newest name is also the record of when the
last backup was made, so "first open of the day" needs no extra bookkeeping.
Every copy is written to a temporary name, checked with ``quick_check`` and only
then renamed into place: the folder never lists half a backup, and a damaged
register is never copied over the good backups (the oldest are deleted once
more than ``backup.keep`` exist).

Restoring first backs up the current file (a damaged one is kept byte for byte
as ``<stem>_损坏_<time>.db``), then swaps the chosen copy in with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app import clock
from desktop_app.storage import identity, locking, settings
from desktop_app.storage.db import Register, check_not_newer, default_actor, readonly_uri
from desktop_app.storage.errors import (
    DAMAGED_CODES,
    ENVIRONMENT_MESSAGES,
    SQLITE_BUSY,
    SQLITE_LOCKED,
    NotARegisterError,
    RegisterBusyError,
    SchemaTooNewError,
    StorageError,
    os_error_text,
    sqlite_code,
)
from desktop_app.storage.tempfiles import (  # noqa: F401 - also read as backup.NAME
    FOREIGN_TEMP_AGE,
    TEMP_PREFIX,
    sweep_temp_files,
    temp_name,
)

BACKUP_DIR_NAME = "备份"
_STAMP = "%Y%m%d-%H%M%S"
_NAME_RE = re.compile(r"^(?P<stem>.+)_(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?\.db$")
DAMAGED_TAG = "损坏"
RESTORE_HINT = "请用“文件 ▸ 备份与恢复…”（或 desktop-app-cli backup --restore）从较早的备份恢复。"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    size: int
    seq: int = 0  # several copies within one second: -1, -2, ...

    def task_count(self) -> int | None:
        """Live tasks in the copy (None when it cannot be read)."""
        try:
            conn = sqlite3.connect(readonly_uri(self.path), uri=True)
            try:
                return int(conn.execute("SELECT count(*) FROM tasks WHERE deleted_at IS NULL").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error:
            return None


def backup_dir(db_path: Path, folder: str | os.PathLike[str] | None = None) -> Path:
    """Where the backups of a register go: ``folder`` if set, else ``备份`` beside it."""
    return Path(folder) if folder else db_path.parent / BACKUP_DIR_NAME


def list_backups(db_path: Path, folder: str | os.PathLike[str] | None = None) -> list[BackupInfo]:
    """The backups of this register, newest first."""
    where = backup_dir(db_path, folder)
    out: list[BackupInfo] = []
    if not where.is_dir():
        return out
    for entry in where.iterdir():
        match = _NAME_RE.match(entry.name)
        if not match or match["stem"] != db_path.stem or not entry.is_file():
            continue
        try:
            taken = datetime.strptime(match["stamp"], _STAMP)
            out.append(BackupInfo(entry, taken, entry.stat().st_size, int(match["seq"] or 0)))
        except (ValueError, OSError):
            continue
    out.sort(key=lambda b: (b.taken, b.seq), reverse=True)
    return out


def latest_backup(db_path: Path, folder: str | os.PathLike[str] | None = None) -> Path | None:
    found = list_backups(db_path, folder)
    return found[0].path if found else None


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), open(path, "rb+") as fh:
        os.fsync(fh.fileno())


# Temporary files of backups and restores (storage.tempfiles) carry a prefix, the writing
# process's id and its machine, so that the next backup or restore finds what a crash left
# behind and removes it.
BACKUP_ATTEMPTS = 5
BACKUP_RETRY_SECONDS = 0.2


def _copy_consistent(source: sqlite3.Connection, dest: sqlite3.Connection) -> None:
    """Copy under one short read transaction of the source, in one step: a writer that
    commits often can no longer restart the copy over and over (it only waits, in rollback
    journal mode, for the copy's few moments). A source busy with a write is retried a
    bounded number of times, then refused with a message."""
    for attempt in range(1, BACKUP_ATTEMPTS + 1):
        began = not source.in_transaction
        try:
            if began:
                source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
            source.backup(dest, pages=-1)
            return
        except sqlite3.OperationalError as exc:
            if sqlite_code(exc) not in (SQLITE_BUSY, SQLITE_LOCKED) or attempt == BACKUP_ATTEMPTS:
                raise
            time.sleep(BACKUP_RETRY_SECONDS * attempt)
        finally:
            if began and source.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    source.execute("ROLLBACK")


def copy_database(source: sqlite3.Connection, target: Path, *, what: str = "台账文件") -> None:
    """A consistent copy of an open database into ``target`` via a temporary file.

    The copy uses the rollback journal (a single self-contained file) and must
    pass ``quick_check``; otherwise nothing is left at ``target``. ``what`` names the
    source in messages (the register, or the backup being restored).
    """
    tmp = temp_name(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sweep_temp_files(target.parent)
        dest = sqlite3.connect(str(tmp))
        try:
            _copy_consistent(source, dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            check = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if check != "ok":
            raise NotARegisterError(f"{what}已损坏（完整性检查未通过），未生成副本。{RESTORE_HINT}")
        _fsync(tmp)
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        code = sqlite_code(exc)
        if code in DAMAGED_CODES:
            raise NotARegisterError(f"{what}已损坏，未生成副本。{RESTORE_HINT}") from exc
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            raise RegisterBusyError(
                f"{what}一直有其他程序在写入，重试 {BACKUP_ATTEMPTS} 次后仍未能复制，请稍后再试。"
            ) from exc
        raise StorageError(
            f"复制失败：{ENVIRONMENT_MESSAGES.get(code or 0) or '数据库错误（' + _error_name(exc) + '）'}"
        ) from exc
    except OSError as exc:
        raise StorageError(f"无法写入“{target}”：{os_error_text(exc)}。") from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _error_name(exc: BaseException) -> str:
    return getattr(exc, "sqlite_errorname", None) or type(exc).__name__


def _unique_name(where: Path, stem: str, when: datetime, tag: str = "") -> Path:
    base = f"{stem}_{tag + '_' if tag else ''}{when.strftime(_STAMP)}"
    candidate = where / f"{base}.db"
    n = 1
    while candidate.exists():
        candidate = where / f"{base}-{n}.db"
        n += 1
    return candidate


def backup_register(
    reg: Register,
    out: Path | None = None,
    *,
    folder: str | os.PathLike[str] | None = None,
) -> Path:
    """Copy the open register to ``out`` (or a new timestamped file in its backup folder)."""
    if reg.path is None:
        raise StorageError("内存中的台账无法备份。")
    if out is None:
        out = _unique_name(backup_dir(reg.path, folder), reg.path.stem, clock.now())
    elif out.exists() and out.resolve() == reg.path.resolve():
        raise StorageError("备份文件不能与台账文件相同。")
    copy_database(reg.conn, out)
    return out


def prune(db_path: Path, keep: int, folder: str | os.PathLike[str] | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns what was removed."""
    removed = []
    for old in list_backups(db_path, folder)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


@dataclass(frozen=True)
class DailyBackup:
    """What the day's automatic backup needs, read from the register beforehand.

    :meth:`run` uses a connection of its own, so it may run in a worker thread
    while the clerk goes on working with the register.
    """

    db_path: Path
    folder: str | None
    keep: int
    when: datetime

    def run(self) -> Path:
        try:
            source = sqlite3.connect(readonly_uri(self.db_path), uri=True)
        except sqlite3.Error as exc:
            raise StorageError(f"备份失败：无法读取台账（{_error_name(exc)}）。") from exc
        try:
            out = _unique_name(backup_dir(self.db_path, self.folder), self.db_path.stem, self.when)
            copy_database(source, out)
        finally:
            source.close()
        prune(self.db_path, self.keep, self.folder)
        return out


def daily_backup_due(reg: Register, now: datetime | None = None) -> DailyBackup | None:
    """The day's backup if none was made yet today (first open of the day), else None."""
    if reg.path is None or reg.readonly:
        return None
    now = now or clock.now()
    folder = settings.get(reg, "backup.folder") or None
    latest = list_backups(reg.path, folder)
    if latest and latest[0].taken.date() >= now.date():
        return None
    return DailyBackup(reg.path, folder, int(settings.get(reg, "backup.keep")), now)


def after_write_backup_due(reg: Register, now: datetime | None = None) -> DailyBackup | None:
    """One more copy after the first large write of a day (a plan import, forms import or
    rollover), so that the day's work is in a backup before tomorrow: the day's first
    copy was taken when the register was opened, before the work. At most one extra a
    day: due while fewer than two copies were taken today."""
    if reg.path is None or reg.readonly:
        return None
    now = now or clock.now()
    folder = settings.get(reg, "backup.folder") or None
    today = [b for b in list_backups(reg.path, folder) if b.taken.date() == now.date()]
    if len(today) >= 2:
        return None
    return DailyBackup(reg.path, folder, max(int(settings.get(reg, "backup.keep")), 2), now)


def backup_after_large_write(reg: Register, now: datetime | None = None) -> Path | None:
    """:func:`after_write_backup_due`, run here and now (the command line)."""
    due = after_write_backup_due(reg, now)
    return due.run() if due is not None else None


def auto_backup(reg: Register, now: datetime | None = None) -> Path | None:
    """The first open of the day makes a backup and prunes old ones; else does nothing."""
    due = daily_backup_due(reg, now)
    return due.run() if due is not None else None


def _safety_copy(db_path: Path, folder: str | os.PathLike[str] | None) -> Path | None:
    """Back up the file about to be replaced: through SQLite if it opens, else byte for byte."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    where = backup_dir(db_path, folder)
    try:
        conn = sqlite3.connect(str(db_path))
        try:
            out = _unique_name(where, db_path.stem, clock.now())
            copy_database(conn, out)
            # Empty the WAL into the file and go back to a lone file: nothing of the
            # old register may be replayed onto the restored one.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
            return out
        finally:
            conn.close()
    except (sqlite3.Error, StorageError):
        out = _unique_name(where, db_path.stem, clock.now(), DAMAGED_TAG)
        where.mkdir(parents=True, exist_ok=True)
        shutil.copy2(db_path, out)
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(str(db_path) + suffix)
            if side.exists():
                os.replace(side, Path(str(out) + suffix))
        return out


def check_backup(backup: Path) -> None:
    """Refuse, with a message naming the backup, a file that cannot stand in for the register:
    not a register (another program's database, an empty file), damaged, or written by a newer
    version of the program. Decided the same way as when a register is opened."""
    name = backup.name
    try:
        with backup.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StorageError(f"无法读取备份文件“{name}”：{os_error_text(exc)}。未做任何改动。") from exc
    if not head:
        raise NotARegisterError(f"备份文件“{name}”是空文件，不能用来恢复。台账未做任何改动。")
    if head != b"SQLite format 3\x00":
        raise NotARegisterError(f"“{name}”不是督办台账的备份文件，不能用来恢复。台账未做任何改动。")
    try:
        conn = sqlite3.connect(readonly_uri(backup) + "&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(f"无法打开备份文件“{name}”，台账未做任何改动。") from exc
    try:
        kind = identity.identify(conn)
        if kind is identity.Kind.FOREIGN:
            raise NotARegisterError(f"“{name}”不是督办台账的备份文件（可能是其他程序的数据库），"
                                    "不能用来恢复。台账未做任何改动。")
        if kind is identity.Kind.EMPTY:
            raise NotARegisterError(f"备份文件“{name}”中没有任何数据，不能用来恢复。台账未做任何改动。")
        try:
            check_not_newer(conn)
        except SchemaTooNewError:
            raise SchemaTooNewError(f"备份文件“{name}”由更新版本的程序创建，本程序无法使用它恢复。"
                                    "台账未做任何改动。") from None
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise NotARegisterError(f"备份文件“{name}”已损坏（完整性检查未通过），不能用来恢复，"
                                    "请选择其他备份。台账未做任何改动。")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # Undecodable text in the file's own tables is damage too (a page overwritten in
        # the middle of the schema or of the migration record).
        if isinstance(exc, UnicodeDecodeError) or sqlite_code(exc) in DAMAGED_CODES:
            raise NotARegisterError(f"备份文件“{name}”已损坏，不能用来恢复，请选择其他备份。"
                                    "台账未做任何改动。") from exc
        raise StorageError(f"无法读取备份文件“{name}”（{_error_name(exc)}），台账未做任何改动。") from exc
    finally:
        conn.close()


def restore_backup(
    db_path: Path, backup: Path, *, folder: str | os.PathLike[str] | None = None
) -> Path | None:
    """Replace the register with a backup; returns the safety copy of the old file.

    The backup is first checked (:func:`check_backup`). The register must be closed by this
    program; the write lock is taken so no other program has it open. The backup is first
    copied (and checked) next to the register, then moved over it in one rename: a crash
    leaves either the old file or the restored one, never a mixture (and the next restore or
    backup removes the staged copy a crash left behind).
    """
    db_path, backup = Path(db_path), Path(backup)
    if not backup.is_file():
        raise StorageError(f"找不到备份文件“{backup}”。")
    check_backup(backup)
    if locking.held_here(db_path):
        raise StorageError("台账仍在本程序中打开，请先关闭它再恢复。")
    lock = locking.acquire(db_path, default_actor())
    try:
        sweep_temp_files(db_path.parent)
        staged = temp_name(db_path, ".restore")
        try:
            source = sqlite3.connect(readonly_uri(backup) + "&immutable=1", uri=True)
            try:
                copy_database(source, staged, what=f"备份文件“{backup.name}”")
            finally:
                source.close()
        except sqlite3.Error as exc:
            raise StorageError(f"备份文件“{backup.name}”无法读取，台账未做任何改动。") from exc
        try:
            safety = _safety_copy(db_path, folder)
            os.replace(staged, db_path)
        except OSError as exc:
            raise StorageError(f"恢复失败，台账未被替换：{os_error_text(exc)}。") from exc
        finally:
            with contextlib.suppress(OSError):
                staged.unlink()
        return safety
    finally:
        locking.release(lock)
