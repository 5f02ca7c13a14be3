"""The program's log: rotating files in the user data folder (Qt-free setup).

A clerk who meets an unexpected error saves the log and sends it on; so the log
keeps the last few megabytes (``RotatingFileHandler``: 1 MB × 5 files), is UTF-8
and says which program version and system wrote it.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from desktop_app import APP_NAME, __version__, clock

LOG_FILE_NAME = "dubantaizhang.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("desktop_app")


class RotatingLog(logging.Handler):
    """The rotating log file, opened when it is first needed: records below ERROR (Qt's
    warnings among them) are held in memory until :meth:`open` (a little after the window has
    painted), a flush (the log being read or the program ending) or an error, which is
    written at once.
    Start-up so imports neither ``logging.handlers`` (sockets, pickle, queues) nor opens the
    file before the first screen."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.baseFilename = str(path)  # the attribute logging's own file handlers have
        self._file: logging.Handler | None = None
        self._held: list[logging.LogRecord] = []

    def open(self) -> None:
        if self._file is not None:
            return
        import logging.handlers

        self._file = logging.handlers.RotatingFileHandler(
            self.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        self._file.setFormatter(self.formatter)
        held, self._held = self._held, []
        for record in held:
            self._file.handle(record)

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and record.levelno < logging.ERROR:
            self._held.append(record)
            return
        try:
            self.open()
        except Exception:  # noqa: BLE001 - as logging does: the program goes on without its log
            self.handleError(record)
            return
        self._file.handle(record)

    def flush(self) -> None:
        if self._file is None and not self._held:
            return
        try:
            self.open()
        except Exception:  # noqa: BLE001
            return
        self._file.flush()

    def close(self) -> None:
        self.flush()
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(folder: Path, *, level: int = logging.INFO) -> Path:
    """Log to ``folder/dubantaizhang.log`` (rotated); returns the file's path.

    Calling it again with the same folder changes nothing; if the folder cannot
    be written, the program runs without a log file rather than not at all.
    """
    path = folder / LOG_FILE_NAME
    for handler in log.handlers:
        if isinstance(handler, RotatingLog) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return path
    handler = RotatingLog(path)
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    python = ".".join(map(str, sys.version_info[:3]))
    log.info("%s %s 启动（Python %s，%s）", APP_NAME, __version__, python, system_text())
    return path


def open_log_file() -> None:
    """Write what start-up logged and keep the file open from now on."""
    for handler in log.handlers:
        if isinstance(handler, RotatingLog):
            try:
                handler.open()
            except OSError:
                pass  # as for every record: the program goes on without its log


def system_text() -> str:
    """The system in a few words, cheaply: ``platform.platform()`` starts a ``ver`` process on
    Windows and reads the whole Python executable on Linux, too slow for every start."""
    if sys.platform == "win32":
        v = sys.getwindowsversion()
        return f"Windows {v.major}.{v.minor}.{v.build}{' ' + v.service_pack if v.service_pack else ''}"
    uname = os.uname()
    return f"{uname.sysname} {uname.release} {uname.machine}"


def log_files(path: Path) -> list[Path]:
    """The log and its rotated predecessors, oldest first."""
    rotated = [Path(f"{path}.{n}") for n in range(BACKUP_COUNT, 0, -1)]
    return [p for p in [*rotated, path] if p.exists()]


def collected_log(path: Path) -> str:
    """All of the log as one text (for 保存日志…)."""
    for handler in log.handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in log_files(path))


def error_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """What a maintainer needs about an unexpected error, as plain text."""
    import platform

    lines = [
        f"{APP_NAME} {__version__}",
        f"时间：{clock.now().isoformat(timespec='seconds')}",
        f"系统：{platform.platform()}，Python {platform.python_version()}",
        f"程序：{sys.executable}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)
