"""Who has a register open for writing: a lock file beside it (``FILE.db.lock``).

Two clerks (or one clerk twice) editing the same file would overwrite each
other's work: the second one reads, the first one saves, the second one saves
what it read. So a writer creates ``FILE.db.lock`` with ``O_EXCL`` and writes
who it is (user, machine, process, since when) as JSON; another program that
finds the file tells its user who has the register and opens it read-only or
waits. A lock left behind by a crash is recognised as stale: same machine and
the process is gone (or the lock predates the machine's last start), or a
heartbeat (the file's modification time, refreshed every minute by the owner)
older than :data:`STALE_AFTER` seconds — which also covers a crashed colleague
on another machine of a shared folder. The heartbeat is stamped and its age read by
the clock of the folder (:func:`folder_now`: the file server's on a share), never by
the clocks of the computers sharing it. SQLite's own
locking (``BEGIN IMMEDIATE`` with a busy timeout) stays underneath as the last
line of defence.

Opening the same file twice inside one process shares one lock (reference
counted), so a program may hold several connections to its own register.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from desktop_app import clock
from desktop_app.storage.errors import (
    ReadOnlyRegisterError,
    RegisterBusyError,
    StorageError,
    os_error_text,
)

LOCK_SUFFIX = ".lock"
HEARTBEAT_SECONDS = 60.0
STALE_AFTER = 15 * 60.0
# A lock file younger than this may still be being written by its creator.
UNREADABLE_GRACE = 10.0


class LockOwner(NamedTuple):  # a frozen value, defined without compiling methods at start-up
    """Who holds a register's lock: user, machine, process, since when, and the lock's token."""

    user: str
    host: str
    pid: int
    since: str
    token: str = ""

    def describe(self) -> str:
        try:
            since = datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        except (ValueError, TypeError):
            since = "不久前"  # not written yet, or not a time at all
        who = self.user or "另一位用户"
        if self.host and self.host.lower() != this_host().lower():
            return f"{who}（电脑 {self.host}）自 {since} 起"
        return f"{who}（本机另一个窗口）自 {since} 起"


class RegisterLockedError(RegisterBusyError):
    """Another program holds the register's write lock; ``owner`` says who."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        self.path = path
        self.owner = owner
        super().__init__(
            f"台账“{path.name}”正由{owner.describe()}打开并可能正在修改。"
            "为防止两处同时修改造成数据丢失，现在只能以只读方式打开，或等对方关闭后再打开。"
        )


def this_host() -> str:
    """The machine's name, as ``socket.gethostname()`` gives it, without importing
    ``socket`` (which builds four enum classes on import: ~2.5 ms of every start, which
    opens a lock): the system's node name where there is one (the same call underneath),
    else the socket module's own function from its C part (Windows)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import _socket

    return _socket.gethostname()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def pid_alive(pid: int) -> bool:
    """Whether a process of this machine with that id still runs."""
    if not 0 < pid <= MAX_PID:
        return False
    if os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, OSError):
        return False
    return True


MAX_LOCK_BYTES = 64 * 1024  # a real lock file holds a few hundred bytes
MAX_PID = 2**31 - 1


def _read_owner(path: Path) -> LockOwner | None:
    """The owner written in a lock file, or None if it cannot be read as one (empty, cut off,
    garbage, oversized, or a process id no system gives out)."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_LOCK_BYTES + 1)
        if not raw or len(raw) > MAX_LOCK_BYTES:
            return None
        data = json.loads(raw.decode("utf-8"))
        pid = data.get("pid", 0)
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 <= pid <= MAX_PID:
            return None
        if not all(isinstance(data.get(k, ""), str) for k in ("user", "host", "since", "token")):
            return None
        if not data.get("host"):  # every lock the program writes names its machine
            return None
        return LockOwner(
            user=str(data.get("user", ""))[:200],
            host=str(data.get("host", ""))[:200],
            pid=pid,
            since=str(data.get("since", ""))[:40],
            token=str(data.get("token", ""))[:64],
        )
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):
        return None


def folder_now(folder: Path) -> float:
    """Now, by the clock that stamps the files of ``folder``: on a shared folder the file
    server's, which the clocks of the computers sharing it may be minutes off (an office
    PC nobody sets). This computer's clock where no file can be made there (a read-only
    folder, a full disk).

    A file's age (a lock's heartbeat, an abandoned temporary file) is the difference of two
    times of that one clock: this computer's clock would take a live lock over when it runs
    ahead of the server by more than :data:`STALE_AFTER`, or keep honouring a dead one."""
    stamped = _folder_clock(folder)
    return time.time() if stamped is None else stamped


def _folder_clock(folder: Path) -> float | None:
    """The modification time of a file just made in ``folder`` (and removed again); None
    if none can be made. One attempt: ``tempfile.mkstemp`` would retry a refused creation
    on Windows up to ``TMP_MAX`` times."""
    from desktop_app.storage.tempfiles import temp_name  # (it imports this module)

    # Named as a temporary file of this process and machine: swept should it ever stay.
    probe = temp_name(folder / "clock", f"-{os.urandom(4).hex()}")
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return None
    try:
        return os.fstat(fd).st_mtime
    except OSError:
        return None
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(probe)


def _is_stale(path: Path, owner: LockOwner | None) -> bool:
    try:
        age = folder_now(path.parent) - path.stat().st_mtime
    except FileNotFoundError:
        return True
    if owner is None:
        # The creator writes its JSON right after creating the file; an empty or unreadable
        # lock older than a moment was left by a process killed in between (or a full disk):
        # it protects nobody.
        return age > UNREADABLE_GRACE or _settled_unreadable(path)
    if age > STALE_AFTER:
        return True
    if owner.host.lower() != this_host().lower():
        return False
    # After a restart the old process id may belong to another program.
    return not pid_alive(owner.pid) or _before_boot(owner.since)


def _settled_unreadable(path: Path, wait: float = 0.5) -> bool:
    """Still unreadable after ``wait`` seconds: nobody is writing it (a creator writes at once)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if _read_owner(path) is not None:
            return False
        if not path.exists():
            return True
    return True


def booted_at() -> float | None:
    """When this machine started (seconds since the epoch), if the system says."""
    if os.name == "nt":
        import ctypes

        uptime_ms = ctypes.windll.kernel32.GetTickCount64  # type: ignore[attr-defined]
        uptime_ms.restype = ctypes.c_ulonglong
        return time.time() - uptime_ms() / 1000
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("btime "):
                    return float(line.split()[1])
    except OSError:
        pass
    return None


def _before_boot(since: str) -> bool:
    boot = booted_at()
    try:
        started = datetime.fromisoformat(since).timestamp()
    except ValueError:
        return False
    return boot is not None and started < boot - 60


def current_owner(db_path: str | os.PathLike[str]) -> LockOwner | None:
    """Who holds the write lock of a register now (None: nobody, or a stale lock)."""
    path = lock_path(Path(db_path))
    if not path.exists():
        return None
    owner = _read_owner(path)
    if _is_stale(path, owner):
        return None
    return owner or LockOwner(user="", host="", pid=0, since="")


class RegisterLock:
    """A held write lock; :meth:`release` removes the lock file (when still ours)."""

    def __init__(self, db_path: Path, owner: LockOwner) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.owner = owner
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name="register-lock-heartbeat", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        while not self._stop.wait(HEARTBEAT_SECONDS):
            self.beat()

    def beat(self) -> None:
        """Mark the lock as alive: its modification time set to now by the folder's clock
        (:func:`folder_now`), the clock its age is read with."""
        if self.still_held():
            with contextlib.suppress(OSError):
                now = _folder_clock(self.path.parent)
                # Where no file can be made, touched as before: by the clock the system uses.
                os.utime(self.path, None if now is None else (now, now))

    def still_held(self) -> bool:
        """False when someone else took the lock over (e.g. after this machine slept)."""
        found = _read_owner(self.path)
        return found is not None and found.token == self.owner.token

    def release(self) -> None:
        self._stop.set()
        if self.still_held():
            with contextlib.suppress(OSError):
                self.path.unlink()


_held: dict[str, tuple[RegisterLock, int]] = {}
_held_guard = threading.Lock()


def _key(db_path: Path) -> str:
    return os.path.normcase(str(db_path.resolve()))


def _create(path: Path, owner: LockOwner) -> bool:
    """Create the lock file exclusively; False if it already exists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except PermissionError as exc:
        raise ReadOnlyRegisterError(
            f"没有在“{path.parent}”中写入的权限，无法修改此台账。可以只读方式打开，或请管理员开放写入权限。"
        ) from exc
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise ReadOnlyRegisterError(
                f"台账所在的“{path.parent}”是只读的（如光盘、写保护的 U 盘或只读共享），无法修改此台账；"
                "可以只读方式查看、打印报表和备份。"
            ) from exc
        raise StorageError(f"无法创建锁文件“{path}”：{os_error_text(exc)}。") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(owner._asdict(), fh, ensure_ascii=False)
            fh.flush()
            with contextlib.suppress(OSError):
                os.fsync(fh.fileno())
    except OSError as exc:  # a full disk: no half-written lock is left to block the register
        with contextlib.suppress(OSError):
            path.unlink()
        raise StorageError(f"无法创建锁文件“{path}”：{os_error_text(exc)}。") from exc
    return True


def acquire(db_path: str | os.PathLike[str], user: str) -> RegisterLock:
    """Take the write lock of a register or raise :class:`RegisterLockedError`."""
    db_path = Path(db_path)
    key = _key(db_path)
    with _held_guard:
        if key in _held:
            lock, count = _held[key]
            _held[key] = (lock, count + 1)
            return lock
        owner = LockOwner(
            user=user,
            host=this_host(),
            pid=os.getpid(),
            since=clock.wall_now().isoformat(timespec="seconds"),
            token=os.urandom(16).hex(),  # as unique as a uuid4, without importing uuid
        )
        path = lock_path(db_path)
        for _attempt in range(3):
            if _create(path, owner):
                lock = RegisterLock(db_path, owner)
                _held[key] = (lock, 1)
                return lock
            found = _read_owner(path)
            if not _is_stale(path, found):
                found = found or _read_owner(path)  # it may have been written meanwhile
                raise RegisterLockedError(db_path, found or LockOwner("", "", 0, ""))
            # Remove the stale lock only if it is still the one judged stale.
            if _read_owner(path) == found:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        raise RegisterLockedError(db_path, _read_owner(path) or LockOwner("", "", 0, ""))


def held_here(db_path: str | os.PathLike[str]) -> bool:
    """Whether this process has the register open for writing."""
    with _held_guard:
        return _key(Path(db_path)) in _held


def release(lock: RegisterLock) -> None:
    """Drop one reference; the last one removes the lock file."""
    key = _key(lock.db_path)
    with _held_guard:
        held = _held.get(key)
        if held is None or held[0] is not lock:
            return
        if held[1] > 1:
            _held[key] = (lock, held[1] - 1)
            return
        del _held[key]
    lock.release()
