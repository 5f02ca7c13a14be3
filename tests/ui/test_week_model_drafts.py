"""Drafts against a plain reference: whatever sequence of edits, clears, discards and saves
the clerk makes, the grid shows the reference and saving writes exactly it."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.storage import progress
from desktop_app.storage.db import open_register
from desktop_app.ui.week.week_model import WeekTableModel
from tests.week_cycle_data import THIS_WEEK, TODAY, make_week_register

EDIT = st.tuples(st.integers(0, 5), st.sampled_from(["done", "next", "problems", "percent"]), st.integers(0, 3))
STEP = st.one_of(
    st.tuples(st.just("edit"), EDIT),
    st.tuples(st.just("carry"), st.none()),
    st.tuples(st.just("discard"), st.none()),
    st.tuples(st.just("save"), st.none()),
)


def value_for(key: str, choice: int):
    texts = ["", "召开推进会", "完成验收\n整理材料", "资金未到位"]
    return [None, 0, 35, 100][choice] if key == "percent" else texts[choice]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(STEP, max_size=12))
def test_drafts_match_a_plain_reference(qapp, steps):
    reg = open_register(None)
    try:
        make_week_register(reg)
        model = WeekTableModel(reg)
        model.load(reg, THIS_WEEK, None, today=TODAY)
        ids = model.visible_ids()
        saved = {tid: dict(model.sheet_row(tid).this) for tid in ids}
        last_plan = {tid: model.sheet_row(tid).last["next"] for tid in ids}
        shown = {tid: dict(v) for tid, v in saved.items()}
        for kind, arg in steps:
            if kind == "edit":
                row, key, choice = arg
                shown[ids[row]][key] = value_for(key, choice)
                model.set_values({ids[row]: {key: value_for(key, choice)}})
            elif kind == "carry":
                for tid in ids:
                    if last_plan[tid] and not shown[tid]["done"]:
                        shown[tid]["done"] = last_plan[tid]
                model.carry_over(ids)
            elif kind == "discard":
                shown = {tid: dict(v) for tid, v in saved.items()}
                model.discard()
            else:
                model.save()
                saved = {tid: dict(v) for tid, v in shown.items()}
            for tid in ids:
                assert {k: model.value(tid, k) for k in shown[tid]} == shown[tid]
            assert model.is_dirty() == (shown != saved)
        model.save()
        for tid in ids:
            entry = progress.get_progress(reg, tid, THIS_WEEK)
            expected = shown[tid]
            if entry is None:
                assert expected == {"done": "", "next": "", "problems": "", "percent": None}
            else:
                assert {k: entry[k] for k in expected} == expected
    finally:
        reg.close()
