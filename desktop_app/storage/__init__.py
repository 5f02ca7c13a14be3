"""The register file: schema, migrations and every SQL statement of the program (no Qt).

sqlite-utils is needed only to apply migrations (and by tools that inspect a file); an
up-to-date register is read and written through :class:`desktop_app.storage.db.Register`
without it, so it is imported on first need (:func:`sqlite_utils_database`), not when the
program starts (its import, with click, dateutil and pluggy, costs ~0.1 s).

sqlite-utils imports numpy and pandas, when they happen to be installed, only to map
their scalar types; the program never stores such values, and on a machine that has
them the import adds ~150 ms (and would drag them into a frozen build). So they are
hidden while sqlite-utils loads, and left importable afterwards.
"""

from __future__ import annotations

import sys as _sys


def _import_sqlite_utils():
    hidden = [name for name in ("numpy", "pandas") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if _sys.modules.get(name) is None:
                del _sys.modules[name]
    return sqlite_utils


def sqlite_utils_database(conn):
    """sqlite-utils' ``Database`` over an open connection (sqlite-utils imported now)."""
    return _import_sqlite_utils().Database(conn)


def sqlite_utils_migrations(name: str):
    """An empty sqlite-utils ``Migrations`` set called ``name``."""
    _import_sqlite_utils()
    from sqlite_utils.migrations import Migrations

    return Migrations(name)
