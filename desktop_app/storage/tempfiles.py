"""Temporary files and folders: named so that the next run finds what a crash left behind.

Whatever the program writes first under another name and then renames into place (a backup,
a restore, a form, a report) or reads through a private copy (a register on a read-only
medium whose write-ahead log must be applied) carries :data:`TEMP_PREFIX`, the writing
process's id and a tag of its machine. :func:`sweep_temp_files` removes those whose process
is gone (another machine's only after :data:`FOREIGN_TEMP_AGE` untouched, on a shared folder),
and never one of a process still running.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

from desktop_app.storage import locking

TEMP_PREFIX = ".dbtz-tmp-"
_TEMP_RE = re.compile(rf"^{re.escape(TEMP_PREFIX)}(?P<pid>\d+)-(?:(?P<host>[0-9a-f]{{8}})-)?")
# A temporary file another machine left in a shared folder is only judged by its age.
FOREIGN_TEMP_AGE = 3600.0


def host_tag() -> str:
    """Eight hex digits naming this machine (its name's CRC-32)."""
    return f"{zlib.crc32(locking.this_host().lower().encode('utf-8')):08x}"


def _own_prefix() -> str:
    return f"{TEMP_PREFIX}{os.getpid()}-{host_tag()}-"


def temp_name(beside: Path, suffix: str = ".tmp") -> Path:
    """A temporary file in ``beside``'s folder that :func:`sweep_temp_files` recognises: it
    names the process and the machine that write it."""
    return beside.with_name(f"{_own_prefix()}{beside.name}{suffix}")


def temp_folder(parent: Path, label: str) -> Path:
    """A new empty folder in ``parent`` that :func:`sweep_temp_files` recognises."""
    return Path(tempfile.mkdtemp(prefix=_own_prefix(), suffix=f"-{label}", dir=parent))


def sweep_temp_files(folder: Path) -> list[Path]:
    """Remove the temporary files and folders left in ``folder`` by a process that is gone
    (on this machine; another machine's after an hour untouched)."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    here = host_tag()
    now: float | None = None  # by the folder's clock, read once another machine's file is seen
    for entry in entries:
        match = _TEMP_RE.match(entry.name)
        if match is None:
            continue
        pid = int(match["pid"])
        if match["host"] not in (None, here):  # another machine's: only when long abandoned
            try:
                if now is None:
                    now = locking.folder_now(folder)
                if now - entry.stat().st_mtime < FOREIGN_TEMP_AGE:
                    continue
            except OSError:
                continue
        elif pid == os.getpid() or locking.pid_alive(pid):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            continue
        removed.append(entry)
    return removed


def replace_via_temp(target: Path, write: Callable[[Path], object]) -> None:
    """``write(path)`` to a temporary file beside ``target``, then rename it into place: a
    failed or interrupted write leaves ``target`` as it was, and its leftover is swept by the
    next write into the folder. The temporary name keeps ``target``'s extension (writers
    that go by it). Errors of ``write`` and of the rename propagate; the temporary file
    never stays behind."""
    sweep_temp_files(target.parent)
    tmp = temp_name(target, f".tmp{target.suffix}")
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
