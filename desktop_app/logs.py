"""The program's log: rotating files in the user data folder (Qt-free setup).

A clerk who meets an unexpected error saves the log and sends it on; so the log
keeps the last few megabytes (``RotatingFileHandler``: 1 MB × 5 files), is UTF-8
and says which program version and system wrote it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
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


def setup_logging(folder: Path, *, level: int = logging.INFO) -> Path:
    """Log to ``folder/dubantaizhang.log`` (rotated); returns the file's path.

    Calling it again with the same folder changes nothing; if the folder cannot
    be written, the program runs without a log file rather than not at all.
    """
    path = folder / LOG_FILE_NAME
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return path
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    log.info("%s %s 启动（Python %s，%s）", APP_NAME, __version__, platform.python_version(), system_text())
    return path


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
    lines = [
        f"{APP_NAME} {__version__}",
        f"时间：{clock.now().isoformat(timespec='seconds')}",
        f"系统：{platform.platform()}，Python {platform.python_version()}",
        f"程序：{sys.executable}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)
