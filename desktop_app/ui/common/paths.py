"""Where the user's own register lives (per-user application data folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

DEFAULT_FILE_NAME = "督办台账.db"


def user_data_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base)


def default_register_path() -> Path:
    return user_data_dir() / DEFAULT_FILE_NAME
