"""Random walks through the real main window: after every step each page shows what a
freshly opened window shows (tests/ui/walk.py). ``python bench/model_walk.py --steps N``
runs thousands of steps."""

from __future__ import annotations

import pytest

from tests.ui import walk


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_page_shows_what_is_stored(qapp, tmp_path, seed):
    path = walk.make_register(tmp_path / f"walk{seed}.db", seed=seed)
    done = walk.run(path, steps=80, seed=seed)
    assert done.steps_done == 80
    assert done.mismatches == []
