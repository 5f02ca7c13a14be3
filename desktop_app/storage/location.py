"""Is a register on a network share? There SQLite's WAL mode is unsafe.

WAL relies on shared memory (the ``-shm`` file mapped by every process), which
network file systems do not provide between machines; a register in a shared
folder uses the classic rollback journal instead (``journal_mode=DELETE``).
Detected: UNC paths (``\\\\server\\share``), mapped network drives on Windows
(``GetDriveTypeW`` = ``DRIVE_REMOTE``), and NFS/CIFS/SMB/SSHFS mounts on Linux.
"""

from __future__ import annotations

import os
from pathlib import Path, PureWindowsPath

NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "ncpfs", "afs", "9p", "fuse.sshfs", "davfs", "fuse.davfs2"}
)
DRIVE_REMOTE = 4


def is_unc(path: str) -> bool:
    return path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\"))


def _windows_drive_is_remote(path: str) -> bool:
    import ctypes

    drive = PureWindowsPath(path).drive
    if not drive:
        return False
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return int(kernel32.GetDriveTypeW(drive + "\\")) == DRIVE_REMOTE


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_fs_type(path: Path, mounts_text: str) -> str:
    """The file system type of the mount holding ``path`` (longest mount-point prefix)."""
    best, best_type = "", ""
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape_mount(parts[1])
        prefix = point.rstrip("/") + "/"
        if (target == point or target.startswith(prefix) or point == "/") and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def is_network_path(path: str | os.PathLike[str]) -> bool:
    raw = os.fspath(path)
    if is_unc(raw):
        return True
    if os.name == "nt":
        return _windows_drive_is_remote(os.path.abspath(raw))
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    resolved = Path(raw).resolve()
    return mount_fs_type(resolved, mounts) in NETWORK_FS_TYPES
