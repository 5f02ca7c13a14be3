"""Zip-based office files (.docx, .xlsx) opened defensively.

A damaged or hostile archive fails in many ways inside :mod:`zipfile` and the
libraries above it — ``BadZipFile``, ``zlib.error`` from a corrupt deflate
stream, ``NotImplementedError`` for a garbled version or compression field,
``EOFError`` for a cut-off member, ``RuntimeError`` for an encrypted one — often
only when a member is read, long after the archive opened. :data:`DAMAGED_ZIP_ERRORS`
names them all for the importers to turn into one clear message. And members are
measured before anything is decompressed: a "zip bomb" (a small file that
inflates to gigabytes) is refused from its directory alone.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

MAX_PART_BYTES = 200 * 1024 * 1024  # one member, uncompressed
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members above 10 MB
RATIO_FROM_BYTES = 10 * 1024 * 1024

DAMAGED_ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    NotImplementedError,
    EOFError,
    RuntimeError,
    OSError,
    ValueError,
    KeyError,
)


def oversized(zf: zipfile.ZipFile) -> bool:
    """Whether the archive would inflate beyond what an office document plausibly holds."""
    total = 0
    for info in zf.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES or (
            info.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO
        ):
            return True
    return False


def archive_problem(path: Path) -> str | None:
    """None for a zip that may be opened; else "damaged" or "oversized"."""
    try:
        with zipfile.ZipFile(path) as zf:
            return "oversized" if oversized(zf) else None
    except DAMAGED_ZIP_ERRORS:
        return "damaged"
