"""The register file: schema, migrations and every SQL statement of the program (no Qt).

sqlite-utils imports numpy and pandas, when they happen to be installed, only to map
their scalar types; the program never stores such values, and on a machine that has
them the import adds ~150 ms to start-up (and would drag them into a frozen build).
So they are hidden while sqlite-utils loads, and left importable afterwards.
"""

import sys as _sys

_hidden = [_name for _name in ("numpy", "pandas") if _name not in _sys.modules]
for _name in _hidden:
    _sys.modules[_name] = None  # type: ignore[assignment]
try:
    import sqlite_utils  # noqa: F401
finally:
    for _name in _hidden:
        if _sys.modules.get(_name) is None:
            del _sys.modules[_name]
