"""The cycle collector is held off inside ``collector.paused()`` and left as it was after it."""

from __future__ import annotations

import gc

import pytest

from desktop_app import collector


def test_no_collection_inside_and_on_again_after_even_when_the_block_raises():
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector.paused():
        raise RuntimeError("打印失败")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        with collector.paused():
            with collector.paused():  # nested: the inner block does not switch it on
                pass
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
