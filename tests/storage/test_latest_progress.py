"""``latest_progress`` (each task's newest report week and newest percentage) stays equal to
what the progress rows say, through every kind of write, and is built for old files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_
from hypothesis import strategies as st

from desktop_app.storage import plans, progress, tasks
from desktop_app.storage.db import open_register

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def from_progress(reg) -> dict[int, tuple]:
    """What the table should hold, read the slow way off the progress rows."""
    out = {}
    for (tid,) in reg.execute("SELECT DISTINCT task_id FROM progress").fetchall():
        rows = reg.execute(
            "SELECT week, percent FROM progress WHERE task_id = ? ORDER BY week", (tid,)
        ).fetchall()
        with_percent = [r for r in rows if r[1] is not None]
        last = with_percent[-1] if with_percent else (None, None)
        out[tid] = (rows[-1][0], last[0], last[1])
    return out


def stored(reg) -> dict[int, tuple]:
    return {
        r[0]: tuple(r[1:])
        for r in reg.execute("SELECT task_id, week, percent_week, percent FROM latest_progress")
    }


write = st.one_of(
    st.tuples(st.just("save"), st.integers(0, 3), st.integers(1, 12),
              st.none() | st.integers(0, 100)),
    st.tuples(st.just("text"), st.integers(0, 3), st.integers(1, 12), st.just(None)),
    st.tuples(st.just("move"), st.integers(0, 3), st.integers(1, 12), st.integers(0, 3)),
    st.tuples(st.just("drop"), st.integers(0, 3), st.integers(1, 12), st.just(None)),
    st.tuples(st.just("fail"), st.integers(0, 3), st.integers(1, 12), st.integers(0, 100)),
)


@settings_(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=st.lists(write, max_size=25))
def test_table_follows_every_write(tmp_path_factory, writes):
    path = tmp_path_factory.mktemp("latest") / "台账.db"
    with open_register(path) as reg:
        plan = plans.create_plan(reg, "2026年工作要点", 2026)
        ids = [tasks.add_task(reg, plan, f"任务{n}") for n in range(4)]
        for kind, n, week, value in writes:
            tid, wk = ids[n], f"2026-W{week:02d}"
            if kind == "save":
                progress.save_progress(reg, tid, wk, done="推进", percent=value)
            elif kind == "text":
                progress.save_progress(reg, tid, wk, done=f"第{week}周")
            elif kind == "move":  # a report moved to another task (raw SQL: any writer)
                reg.execute("UPDATE OR IGNORE progress SET task_id = ? WHERE task_id = ? AND week = ?",
                            (ids[value], tid, wk))
            elif kind == "drop":
                reg.execute("DELETE FROM progress WHERE task_id = ? AND week = ?", (tid, wk))
            else:  # a write that fails halfway leaves nothing behind
                with pytest.raises(RuntimeError), reg.atomic():
                    progress.save_progress(reg, tid, wk, percent=value)
                    raise RuntimeError
            assert stored(reg) == from_progress(reg)


def test_deleting_a_plan_empties_it(file_reg):
    plan = plans.create_plan(file_reg, "2026年工作要点", 2026)
    other = plans.create_plan(file_reg, "2026年专项工作", 2026)
    a = tasks.add_task(file_reg, plan, "甲")
    b = tasks.add_task(file_reg, other, "乙")
    progress.save_progress(file_reg, a, "2026-W03", percent=30)
    progress.save_progress(file_reg, b, "2026-W04", percent=40)
    plans.delete_plan(file_reg, plan)
    assert stored(file_reg) == {b: ("2026-W04", "2026-W04", 40)}


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_file_gets_the_table_filled(version, tmp_path):
    copy = tmp_path / "台账.db"
    shutil.copyfile(FIXTURES / f"schema_v{version}.db", copy)
    with open_register(copy) as reg:
        expected = from_progress(reg)
        assert expected  # the fixture has reports
        assert stored(reg) == expected
