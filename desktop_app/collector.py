"""Python's cycle collector held off around work that makes many objects and no cycles.

Laying out a 3,000-row report, judging a day's lights or parsing a 300,000-item plan makes
tens of thousands of small objects (rows, cells, facts), none of them in a reference cycle:
reference counting frees them. Their allocation alone would set off collections that walk
every object of the program again and again and find nothing to free (a full one took
~50 ms beside a ~300 ms PDF; on 300,000 parsed items, more than the parse itself).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """``with paused(): …`` — no collection inside the block; the collector is on again
    after it (also when the block raises) if it was on before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
