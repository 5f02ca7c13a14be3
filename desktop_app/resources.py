"""One helper that finds the program's data files from source, an editable install or a
frozen (PyInstaller) build."""

from __future__ import annotations

import functools
import sys
from pathlib import Path


@functools.cache
def resources_dir() -> Path:
    """Found once: every icon of the tool bar asks (resolving the path touches the disk)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
