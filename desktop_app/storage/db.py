"""Opening a register: one SQLite file holding one office's plans, tasks and progress.

All SQL of the program lives in this package; callers get a :class:`Register` and
call functions of the repository modules (``plans``, ``tasks``, ``directory``,
``progress``, ``audit``, ``settings``).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath

from desktop_app import clock
from desktop_app.storage import identity, locking
from desktop_app.storage.changes import Changes
from desktop_app.storage.errors import (
    BUSY_MESSAGE,
    DAMAGED_CODES,
    ENVIRONMENT_MESSAGES,
    READONLY_MESSAGE,
    SQLITE_BUSY,
    SQLITE_CANTOPEN,
    SQLITE_LOCKED,
    SQLITE_PROTOCOL,
    SQLITE_READONLY,
    EnvironmentFault,
    NotARegisterError,
    NotOursError,
    PlanClosedError,
    ReadOnlyRegisterError,
    RegisterBusyError,
    SchemaTooNewError,
    StorageError,
    os_error_text,
    sqlite_code,
)
from desktop_app.storage.location import is_network_path
from desktop_app.storage.migrations import (
    MIGRATION_SET,
    SCHEMA_VERSION,
    TASK_WORDS_REFRESH,
    Progress,
    known_migration_names,
    reporting,
)
from desktop_app.text_safety import UNSAFE, safe_value

_unsafe = UNSAFE.search

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_CONSTRAINT_TRIGGER = 1811  # RAISE(ABORT, ...) in a trigger


def _safe_parameters(parameters):
    """The statement's parameters with every text made safe (``text_safety``); the same
    object when nothing needs it, which is nearly always (one C-level scan per text)."""
    if isinstance(parameters, tuple | list):
        for value in parameters:
            if value.__class__ is str and _unsafe(value) is not None:
                return [safe_value(v) for v in parameters]
        return parameters
    if isinstance(parameters, dict):
        for value in parameters.values():
            if value.__class__ is str and _unsafe(value) is not None:
                return {k: safe_value(v) for k, v in parameters.items()}
        return parameters
    return parameters


class _SafeCursor(sqlite3.Cursor):
    def execute(self, sql, parameters=(), /):
        return super().execute(sql, _safe_parameters(parameters))

    def executemany(self, sql, seq_of_parameters, /):
        return super().executemany(sql, map(_safe_parameters, seq_of_parameters))


class RegisterConnection(sqlite3.Connection):
    """The boundary where text enters the register: every text bound into a statement —
    from a page, an importer, a dialog, a department's return — is stored the way
    :func:`desktop_app.text_safety.safe_text` leaves it (no control characters but tab and
    newline, one kind of line end), whichever write function binds it."""

    def cursor(self, factory=None):
        return super().cursor(factory or _SafeCursor)

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        return self.cursor().executemany(sql, seq_of_parameters)

    # A private copy this connection reads (see _connect_applied_copy): removed on close.
    temp_folder: Path | None = None

    def close(self):
        try:
            super().close()
        finally:
            folder, self.temp_folder = self.temp_folder, None
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)


# Statements that open or close a transaction themselves (never committed for them).
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-case, after blanks, ``;`` and comments."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


class Database:
    """The connection as the repository modules use it, with sqlite-utils' transaction
    rules (so the register reads and writes without importing sqlite-utils, which only the
    migrations need): a write outside a transaction is committed at once, ``atomic()`` is
    one transaction, or a savepoint when nested."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._savepoints = 0

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the implicit transaction the failed write opened
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            conn.execute("COMMIT")  # a write outside any transaction lands at once
        return cursor

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        conn = self.conn
        if not conn.in_transaction:
            conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise
            return
        self._savepoints += 1
        savepoint = f"register_{self._savepoints}"
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            # A RAISE(ROLLBACK) trigger may have ended the whole transaction already.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def close(self) -> None:
        self.conn.close()


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some Windows setups
        return os.environ.get("USERNAME", "")


class Register:
    """An open register file (or an in-memory one for tests)."""

    def __init__(
        self,
        db: Database,
        path: Path | None,
        *,
        readonly: bool = False,
        lock: locking.RegisterLock | None = None,
    ):
        self.db = db
        self.path = path
        self.readonly = readonly
        self.actor = default_actor()
        self.lock = lock
        # What writes changed (see storage.changes): buffered per transaction, handed to
        # the innermost ``collect()`` on commit, else kept for ``take_changes()``.
        self._tx_changes: Changes | None = None
        self._collectors: list[list[Changes]] = []
        self._pending = Changes()
        self.on_changes: Callable[[], None] | None = None
        # Counts committed writes that may change the task tree or the tasks' fields
        # (tasks, structure, directory, plans): caches of the tree compare it.
        self.tree_epoch = 0
        self.closed = False
        self._task_words: bool | None = None  # the register has task_words (migration m009)

    # -- what changed ------------------------------------------------------------
    def note(self, changes: Changes) -> None:
        """Record what a write changed; it counts only once its transaction commits."""
        if not changes:
            return
        if self._tx_changes is not None:
            self._tx_changes = self._tx_changes | changes
        else:
            self._deliver(changes)

    def _deliver(self, changes: Changes) -> None:
        if not changes:
            return
        if changes.tasks or changes.structure or changes.directory or changes.plans or changes.everything:
            self.tree_epoch += 1
        if self._collectors:
            for box in self._collectors:
                box[0] = box[0] | changes
            return
        self._pending = self._pending | changes
        if self.on_changes is not None:
            self.on_changes()

    @contextlib.contextmanager
    def collect(self) -> Iterator[list[Changes]]:
        """``with reg.collect() as box: …`` — ``box[0]`` is what the block changed."""
        box = [Changes()]
        self._collectors.append(box)
        try:
            yield box
        finally:
            self._collectors.remove(box)

    def take_changes(self) -> Changes:
        """What was written outside any ``collect()`` since the last call."""
        pending, self._pending = self._pending, Changes()
        return pending

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction (a savepoint when nested): all of it lands, or none.

        The outermost level starts with ``BEGIN IMMEDIATE``: the write lock is taken
        before anything is read, so a read-modify-write inside it cannot be
        overtaken by another writer (it waits ``busy_timeout`` instead).
        """
        try:
            if self.readonly or self.conn.in_transaction:
                with self.db.atomic() as db:
                    yield db
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._tx_changes = Changes()
            try:
                try:
                    yield self.db
                    self._refresh_task_words()
                except BaseException:
                    self.db.rollback()
                    raise
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.db.rollback()
                    raise
                done = self._tx_changes
            finally:
                self._tx_changes = None
            self._deliver(done)
        except sqlite3.IntegrityError as exc:
            # A closed plan's guard (migration m003) aborts with its own Chinese sentence.
            if getattr(exc, "sqlite_errorcode", None) == SQLITE_CONSTRAINT_TRIGGER:
                raise PlanClosedError(str(exc)) from exc
            raise
        except sqlite3.DatabaseError as exc:
            raise _translate(exc, self.path) from exc

    def _refresh_task_words(self) -> None:
        """Rewrite the search rows (``task_words``, migration m009) of the tasks the
        transaction wrote, once each however many of their reports it wrote."""
        if self._task_words is None:
            self._task_words = self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'task_words_stale'").fetchone() is not None
        if self._task_words and self.conn.execute("SELECT 1 FROM task_words_stale LIMIT 1").fetchone():
            for sql in TASK_WORDS_REFRESH:
                self.conn.execute(sql)

    def _raise_fault(self, exc: sqlite3.Error) -> None:
        """Raise the Chinese error for an SQLite error caused by the environment (a full
        disk, a damaged file…); return for a bug, which the caller re-raises as it is."""
        error = storage_error(exc, self.path)
        if error is not None:
            raise error from exc

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        try:
            return self.db.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            self._raise_fault(exc)
            raise

    def query(self, sql: str, params=()) -> list[dict]:
        try:
            cur = self.db.execute(sql, params)
            cols = [c[0] for c in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
        except sqlite3.DatabaseError as exc:
            self._raise_fault(exc)
            raise

    def scalar(self, sql: str, params=()):
        try:
            row = self.db.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:
            self._raise_fault(exc)
            raise
        return None if row is None else row[0]

    def reader(self) -> sqlite3.Connection | None:
        """A second connection to the same file that only reads, for work on another
        thread (None for a register in memory). The caller closes it."""
        if self.path is None:
            return None
        return sqlite3.connect(readonly_uri(self.path), uri=True, check_same_thread=False, timeout=5)

    def data_version(self) -> int:
        """Changes when another connection commits (PRAGMA data_version)."""
        try:
            return int(self.scalar("PRAGMA data_version") or 0)
        except sqlite3.Error as exc:
            raise _translate(exc) from exc

    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version") or 0)

    def close(self) -> None:
        self.closed = True
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self.db.execute("PRAGMA optimize")
        self.db.close()
        if self.lock is not None:
            locking.release(self.lock)
            self.lock = None

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def storage_error(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """The Chinese error for an SQLite error that is the environment's fault, judged by its
    result code (never by the English message): a damaged file names the latest backup of
    ``path``. None when the error is a bug of the program."""
    code = sqlite_code(exc)
    if code is None:
        return None
    if code in DAMAGED_CODES:
        if path is None:
            return NotARegisterError("台账文件已损坏，未做任何改动。")
        return NotARegisterError(damaged_message(path))
    if code in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL):
        return RegisterBusyError(BUSY_MESSAGE)
    if code == SQLITE_READONLY:
        return ReadOnlyRegisterError(READONLY_MESSAGE)
    if code in ENVIRONMENT_MESSAGES:
        return EnvironmentFault(ENVIRONMENT_MESSAGES[code])
    if path is not None and is_damaged(path):
        # A damaged page surfaces under many codes (TOOBIG, RANGE, MISMATCH, ERROR…):
        # what decides is whether the file itself checks out.
        return NotARegisterError(damaged_message(path))
    return None


def is_damaged(path: Path) -> bool:
    """Does ``path`` fail SQLite's own quick check (asked only after an unexplained error)?"""
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=1)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        return rows != [("ok",)]
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


def _translate(exc: sqlite3.Error, path: Path | None = None) -> StorageError:
    """:func:`storage_error`, or for a bug a Chinese sentence that still says what failed."""
    error = storage_error(exc, path)
    if error is not None:
        return error
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return StorageError(f"台账文件操作失败（{name}），未做任何改动。")


def readonly_uri(path: Path | PurePath) -> str:
    """A ``mode=ro`` SQLite URI for a file path.

    ``Path.as_uri()`` writes a UNC path (``\\\\server\\share\\x.db``) as
    ``file://server/share/x.db``, whose host part SQLite refuses; an empty
    authority (``file:////server/share/x.db``) is what SQLite reads as UNC.
    """
    uri = (path.resolve() if isinstance(path, Path) else path).as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return uri + "?mode=ro"


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    return head == SQLITE_MAGIC or head == b""


def _is_truncated(path: Path) -> bool:
    """The header promises more pages than the file holds (a cut-off copy or disk error).

    Only judged without a ``-wal`` file, whose pages may legitimately lie beyond
    the main file; the header's page count is only trusted when its
    version-valid-for number matches the change counter, as SQLite does.
    """
    if Path(str(path) + "-wal").exists():
        return False
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        return len(header) > 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    return valid and pages > 0 and path.stat().st_size < page_size * pages


def damaged_message(path: Path, what: str = "已损坏或不是台账文件") -> str:
    """The message for a file that cannot be opened, naming the newest backup if any."""
    from desktop_app.storage.backup import latest_backup

    message = f"“{path.name}”{what}，未做任何改动。"
    latest = latest_backup(path)
    if latest is not None:
        message += f"最近的备份是“{latest}”，可以从它恢复。"
    else:
        message += "没有找到它的备份。"
    return message


def _stamp(milliseconds: int = 0) -> str:
    """The program's clock as the register writes it (``app_now()`` in SQL)."""
    return clock.now().isoformat(timespec="milliseconds" if milliseconds else "seconds")


def _configure(conn: sqlite3.Connection, *, wal: bool) -> None:
    # Time stamps come from the program's one clock, not from SQLite's 'now'.
    conn.create_function("app_now", 0, _stamp)
    conn.create_function("app_now", 1, _stamp)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA recursive_triggers=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    # WAL survives a power cut at NORMAL; a rollback journal needs FULL.
    conn.execute(f"PRAGMA synchronous={'NORMAL' if wal else 'FULL'}")


def _set_journal(conn: sqlite3.Connection, *, wal: bool) -> None:
    """WAL, or the rollback journal where WAL is unsafe; this writes the file header,
    so it comes after the check that the file is not from a newer program."""
    conn.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")


def applied_steps(db: Database | sqlite3.Connection) -> list[str]:
    """The names of the migration steps the file records as applied."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
                  ).fetchone() is None:
        return []
    return [
        r[0]
        for r in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchall()
    ]


def pending_steps(db: Database | sqlite3.Connection) -> list[str]:
    """The migration steps this program knows and the file has not had yet."""
    applied = set(applied_steps(db))
    return [name for name in known_migration_names() if name not in applied]


def check_not_newer(db: Database | sqlite3.Connection) -> None:
    """Refuse a file written by a newer program (a higher version, or steps not known here)."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0] or 0)
    known = set(known_migration_names())
    applied = applied_steps(db)
    unknown = [name for name in applied if name not in known]
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"此台账文件由更新版本的程序创建（数据结构版本 {version}，本程序支持 {SCHEMA_VERSION}），"
            "请升级程序后再打开。文件未做任何改动。"
        )
    if unknown:
        raise SchemaTooNewError(
            f"此台账文件经过了本程序不认识的升级步骤（{'、'.join(unknown[:3])}），"
            "应是由更新版本的程序修改过，请升级程序后再打开。文件未做任何改动。"
        )


def migrate(db: Database, progress: Progress | None = None) -> None:
    check_not_newer(db)
    pending = pending_steps(db)
    if pending:
        from desktop_app.storage import migrations, sqlite_utils_database

        with reporting(progress, pending):
            migrations.migrations.apply(sqlite_utils_database(db.conn))
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    identity.mark(db.conn)


def _upgraded_copy(source: sqlite3.Connection, progress: Progress | None) -> sqlite3.Connection:
    """The register copied into memory and migrated there, then made read-only."""
    copy = sqlite3.connect(":memory:", check_same_thread=False, factory=RegisterConnection)
    source.backup(copy)
    source.close()
    _configure(copy, wal=False)
    migrate(Database(copy), progress)
    copy.execute("PRAGMA query_only = ON")
    return copy


def _connect_readonly(p: Path) -> sqlite3.Connection:
    """A connection that only reads: ``mode=ro``, or on a read-only folder or medium, where
    SQLite cannot create the WAL's shared-memory file beside it, ``immutable=1`` (nobody can
    be writing to a file there)."""
    uri = readonly_uri(p)
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5, factory=RegisterConnection)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if sqlite_code(exc) not in (SQLITE_CANTOPEN, SQLITE_READONLY) or _writable_place(p):
            raise
    wal = p.with_name(p.name + "-wal")
    if _has_content(wal):
        # ``immutable`` reads the main file alone: what a writer that stopped before its
        # checkpoint left in the log would be missing. Read a copy of both instead.
        return _connect_applied_copy(p, wal)
    return sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False, timeout=5,
                           factory=RegisterConnection)


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _connect_applied_copy(p: Path, wal: Path) -> sqlite3.Connection:
    """The register and its write-ahead log copied into a private temporary folder (named for
    the temp-file sweep), read there with the log applied; the copy goes when the connection
    closes, or with the next sweep if the program is killed first."""
    from desktop_app.storage import tempfiles

    base = Path(tempfile.gettempdir())
    tempfiles.sweep_temp_files(base)
    try:
        folder = tempfiles.temp_folder(base, p.name)
    except OSError as exc:
        raise StorageError(f"无法读取只读位置上的“{p.name}”：临时文件夹不可用（{os_error_text(exc)}）。") from exc
    try:
        copy = folder / p.name
        shutil.copyfile(p, copy)
        shutil.copyfile(wal, folder / wal.name)
        conn = sqlite3.connect(readonly_uri(copy), uri=True, check_same_thread=False, timeout=5,
                               factory=RegisterConnection)
    except BaseException as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):
            raise StorageError(f"无法读取只读位置上的“{p.name}”：{os_error_text(exc)}。") from exc
        raise
    conn.temp_folder = folder
    return conn


def _writable_place(p: Path) -> bool:
    """Whether the register's folder takes a new file (False on a read-only folder or medium)."""
    probe = p.with_name(f".{p.name}.probe")
    try:
        with open(probe, "x"):
            pass
    except FileExistsError:
        return True
    except OSError:
        return False
    with contextlib.suppress(OSError):
        probe.unlink()
    return True


def open_register(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    readonly: bool = False,
    wal: bool = True,
    progress: Progress | None = None,
) -> Register:
    """Open (and migrate) a register file; ``path=None`` gives an in-memory register.

    ``progress(fraction, text)`` is called while a long migration runs (building the
    search index of a large register), so a caller can show a progress dialog; it is
    never called when the file needs no such step.
    Raises :class:`StorageError` subclasses with a Chinese message for the user.
    """
    if path is None:
        conn = sqlite3.connect(":memory:", check_same_thread=False, factory=RegisterConnection)
        _configure(conn, wal=False)
        db = Database(conn)
        migrate(db)
        return Register(db, None)

    p = Path(path)
    if p.is_dir():
        raise StorageError(f"“{p}”是一个文件夹，不是台账文件。")
    if p.exists():
        try:
            if not _looks_like_sqlite(p):
                raise NotARegisterError(damaged_message(p, "不是台账文件（也可能已损坏）"))
            if _is_truncated(p):
                raise NotARegisterError(damaged_message(p, "不完整（文件被截断，可能是复制中断或磁盘故障）"))
        except OSError as exc:
            raise StorageError(f"无法读取“{p}”：{os_error_text(exc)}。") from exc
    elif not create:
        raise StorageError(f"找不到台账文件“{p}”。")
    else:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"无法创建文件夹“{p.parent}”：{os_error_text(exc)}。") from exc

    lock = None if readonly else locking.acquire(p, default_actor())
    conn = None
    try:
        if readonly:
            conn = _connect_readonly(p)
        else:
            conn = sqlite3.connect(str(p), check_same_thread=False, timeout=5,
                                   factory=RegisterConnection)
        use_wal = wal and not is_network_path(p)
        _configure(conn, wal=use_wal)
        db = Database(conn)
        # Whether this is a register at all is decided before anything is written.
        kind = identity.identify(conn)
        if kind is identity.Kind.FOREIGN:
            raise NotOursError(identity.foreign_message(p.name))
        if kind is identity.Kind.EMPTY and (readonly or not create):
            raise NotOursError(identity.empty_message(p.name))
        check_not_newer(db)
        if not readonly:
            _set_journal(conn, wal=use_wal)
            migrate(db, progress)
        elif pending_steps(db):
            # A file of an older version, opened only to read (a report, a read-only
            # window, a read-only medium): read an upgraded copy in memory, never the file.
            conn = _upgraded_copy(conn, progress)
            db = Database(conn)
        # Touch the schema so that a damaged file fails here, not later.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.DatabaseError, StorageError, UnicodeDecodeError) as exc:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        if lock is not None:
            locking.release(lock)
        if isinstance(exc, StorageError):
            raise
        if isinstance(exc, UnicodeDecodeError):  # the schema's text itself is damaged
            raise NotARegisterError(damaged_message(p)) from exc
        raise _translate(exc, p) from exc
    return Register(db, p, readonly=readonly, lock=lock)


def integrity_problems(reg: Register) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check``; an empty list means healthy."""
    problems: list[str] = []
    try:
        rows = reg.execute("PRAGMA integrity_check").fetchall()
        problems += [r[0] for r in rows if r[0] != "ok"]
        fk = reg.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"外键错误：表 {r[0]} 第 {r[1]} 行引用 {r[2]}" for r in fk]
    except StorageError as exc:  # a damaged page, said as Register.execute says it
        problems.append(str(exc))
    except sqlite3.DatabaseError as exc:
        problems.append(str(_translate(exc, reg.path)))
    return problems
