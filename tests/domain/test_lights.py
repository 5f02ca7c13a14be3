from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.calendar import default_calendar
from desktop_app.domain.lights import (
    DEFAULT_THRESHOLDS,
    LABELS,
    LIGHT_ORDER,
    SYMBOLS,
    LightResult,
    TaskFacts,
    Thresholds,
    evaluate,
    finished_on_time,
    rollup,
    schedule_percent,
    sort_key,
)

CAL = default_calendar()
SEVERITY = {"red": 3, "yellow": 2, "green": 1, "done": 0, "none": 0}


def facts(**changes) -> TaskFacts:
    base = TaskFacts(
        status="active",
        start=date(2026, 1, 1),
        deadline=date(2026, 12, 31),
        original_deadline=date(2026, 12, 31),
        deadline_kind="date",
        recurrence="",
        finished=None,
        percent=None,
        last_report=None,
        created=date(2026, 1, 5),
    )
    if "deadline" in changes and "original_deadline" not in changes:
        changes["original_deadline"] = changes["deadline"]
    return base._replace(**changes)


def light(on: date, th: Thresholds = DEFAULT_THRESHOLDS, **changes) -> LightResult:
    return evaluate(facts(**changes), on, CAL, th)


# -- finished ---------------------------------------------------------------------------
def test_finished_on_time_and_late():
    ok = light(date(2026, 11, 1), status="finished", finished=date(2026, 3, 30), deadline=date(2026, 3, 31))
    assert (ok.state, ok.colour, ok.symbol, ok.label) == ("finished", "done", "✓", "已完成")
    late = light(date(2026, 11, 1), status="finished", finished=date(2026, 4, 3), deadline=date(2026, 3, 31))
    assert (late.state, late.symbol, late.label) == ("finished_late", "✓", "逾期完成")
    assert "超过时限3天" in late.detail


def test_finished_within_an_extension_is_on_time_but_statistics_see_the_original():
    f = facts(status="finished", finished=date(2026, 5, 20), deadline=date(2026, 6, 30),
              original_deadline=date(2026, 3, 31))
    result = evaluate(f, date(2026, 7, 1), CAL)
    assert result.state == "finished"
    assert "延期" in result.detail
    assert finished_on_time(f) is True
    assert finished_on_time(f, original=True) is False
    assert finished_on_time(facts()) is None


def test_finished_later_than_the_day_asked_about_is_judged_open():
    result = light(date(2026, 4, 10), status="finished", finished=date(2026, 5, 1), deadline=date(2026, 3, 31))
    assert result.state == "overdue"


def test_finished_without_a_date():
    assert light(date(2026, 4, 10), status="finished").state == "finished"


# -- overdue, lagging, due soon, normal --------------------------------------------------
def test_overdue_the_day_after_the_deadline():
    assert light(date(2026, 3, 31), deadline=date(2026, 3, 31), percent=100).state == "due_soon"
    result = light(date(2026, 4, 1), deadline=date(2026, 3, 31), percent=90)
    assert (result.state, result.colour, result.symbol, result.label) == ("overdue", "red", "■", "逾期")
    assert "1天" in result.detail


def test_extended_deadline_is_what_counts_and_is_named():
    result = light(date(2026, 7, 10), deadline=date(2026, 7, 5), original_deadline=date(2026, 3, 31))
    assert result.state == "overdue"
    assert "原时限3月31日" in result.detail
    kept = light(date(2026, 4, 10), deadline=date(2026, 9, 30), original_deadline=date(2026, 3, 31), percent=60)
    assert kept.state != "overdue"


def test_lag_thresholds():
    on = date(2026, 7, 1)
    schedule = schedule_percent(date(2026, 1, 1), date(2026, 12, 31), on, CAL)
    behind_red = round(schedule) - 30
    assert light(on, percent=behind_red).state == "lagging"
    assert light(on, percent=behind_red).colour == "red"
    assert light(on, percent=behind_red + 1).colour == "yellow"
    assert light(on, percent=round(schedule) - 10).colour == "yellow"
    assert light(on, percent=round(schedule) - 9).state == "normal"
    result = light(on, percent=behind_red)
    assert f"序时进度{round(schedule)}%，实际{behind_red}%，落后30个百分点" == result.detail


def test_no_report_counts_as_zero():
    result = light(date(2026, 8, 1))
    assert (result.state, result.colour) == ("lagging", "red")
    assert "尚未填报进度" in result.detail


def test_thresholds_are_settings():
    on = date(2026, 7, 1)
    assert light(on, Thresholds(lag_red_points=60), percent=20).colour == "yellow"
    assert light(on, Thresholds(lag_red_points=60, lag_yellow_points=50), percent=20).state == "normal"


def test_due_soon_counts_makeup_saturday_and_skips_national_day():
    deadline = date(2026, 10, 12)  # Monday after 国庆; 10-10 is a 调休 Saturday
    # From 9-28: 9-29, 9-30, 10-8, 10-9, 10-10, 10-12 → 6 working days left.
    assert light(date(2026, 9, 28), deadline=deadline, start=date(2026, 9, 1), percent=80).state == "normal"
    result = light(date(2026, 9, 29), deadline=deadline, start=date(2026, 9, 1), percent=80)
    assert (result.state, result.colour, result.symbol, result.label) == ("due_soon", "yellow", "▲", "临期")
    assert "还有5个工作日" in result.detail


def test_due_today():
    result = light(date(2026, 6, 30), deadline=date(2026, 6, 30), percent=100)
    assert result.state == "due_soon" and "今天到期" in result.detail


def test_year_end_deadline_due_soon_before_new_year():
    result = light(date(2026, 12, 25), percent=99)
    assert result.state == "due_soon"  # 12-28..12-31 remain: 4 working days


def test_normal_and_green():
    result = light(date(2026, 3, 2), percent=50)
    assert (result.state, result.colour, result.symbol, result.label) == ("normal", "green", "●", "正常")


def test_not_started_before_start_and_before_creation():
    assert light(date(2026, 2, 1), start=date(2026, 3, 1)).state == "not_started"
    result = light(date(2026, 1, 2), start=None, created=date(2026, 1, 5))
    assert (result.state, result.colour, result.label) == ("not_started", "none", "未启动")


def test_without_start_the_creation_date_starts_the_schedule():
    on = date(2026, 6, 30)
    result = light(on, start=None, created=date(2026, 6, 1), deadline=date(2026, 7, 31), percent=0)
    expected = schedule_percent(date(2026, 6, 1), date(2026, 7, 31), on, CAL)
    assert result.schedule_percent == pytest.approx(expected)


def test_without_any_start_there_is_no_schedule():
    result = light(date(2026, 6, 30), start=None, created=None)
    assert result.state == "normal" and result.schedule_percent is None


def test_paused_cancelled_and_unclear():
    assert light(date(2027, 1, 1), status="paused").label == "暂缓"
    assert light(date(2027, 1, 1), status="cancelled").label == "取消"
    unclear = light(date(2026, 5, 1), deadline=None, deadline_kind="unclear")
    assert (unclear.state, unclear.label, unclear.symbol) == ("no_deadline", "待确认", "")


# -- recurring and ongoing ---------------------------------------------------------------
def ongoing(on: date, last: date | None, **changes) -> LightResult:
    changes = {"deadline": None, "deadline_kind": "ongoing", **changes}
    return light(on, last_report=last, **changes)


def test_ongoing_weeks_without_report():
    last = date(2026, 11, 8)  # Sunday of 2026-W45
    assert ongoing(date(2026, 11, 22), last).state == "normal"  # W46 missed, W47 in progress
    yellow = ongoing(date(2026, 11, 23), last)  # W46, W47 missed
    assert (yellow.state, yellow.colour, yellow.label) == ("stale", "yellow", "预警")
    assert "已连续2周未报送进展" in yellow.detail
    assert ongoing(date(2026, 12, 6), last).colour == "yellow"  # 3 weeks
    assert ongoing(date(2026, 12, 7), last).colour == "red"  # 4 weeks


def test_ongoing_never_reported_counts_from_its_start():
    start = date(2026, 11, 2)  # Monday of W45
    assert ongoing(date(2026, 11, 15), None, start=start).state == "normal"
    assert ongoing(date(2026, 11, 16), None, start=start).colour == "yellow"
    assert ongoing(date(2026, 11, 30), None, start=start).colour == "red"
    assert ongoing(date(2026, 11, 30), None, start=None, created=None).detail == "从未报送进展"


def test_ongoing_over_the_year_end():
    last = date(2026, 12, 27)  # Sunday of 2026-W52
    assert ongoing(date(2027, 1, 10), last).state == "normal"  # W53 missed, W01 in progress
    assert ongoing(date(2027, 1, 11), last).colour == "yellow"  # W53, W01 missed
    assert ongoing(date(2027, 1, 25), last).colour == "red"


def test_monthly_needs_a_report_in_the_last_month():
    monthly = {"deadline_kind": "recurring", "recurrence": "monthly"}
    last = date(2026, 10, 20)
    assert ongoing(date(2026, 11, 30), last, **monthly).state == "normal"
    result = ongoing(date(2026, 12, 1), last, **monthly)
    assert result.colour == "yellow" and "已连续1个月未报送进展" in result.detail
    assert ongoing(date(2027, 1, 1), last, **monthly).colour == "red"


def test_quarterly_needs_a_report_in_the_last_quarter():
    quarterly = {"deadline_kind": "recurring", "recurrence": "quarterly"}
    last = date(2026, 2, 10)
    assert ongoing(date(2026, 6, 30), last, **quarterly).state == "normal"
    assert ongoing(date(2026, 7, 1), last, **quarterly).colour == "yellow"
    assert ongoing(date(2026, 10, 1), last, **quarterly).colour == "red"


def test_recurring_task_with_a_passed_deadline_is_overdue():
    result = light(date(2027, 1, 4), deadline_kind="recurring", recurrence="monthly",
                   last_report=date(2027, 1, 3))
    assert result.state == "overdue"


# -- roll-up and ordering ----------------------------------------------------------------
def test_rollup_is_the_worst_child():
    on = date(2026, 7, 1)
    red = light(on, percent=0)
    yellow = light(on, deadline=date(2026, 7, 3), percent=100)
    done = light(on, status="finished", finished=date(2026, 5, 1))
    parent = rollup([done, yellow, red])
    assert (parent.state, parent.colour) == (red.state, "red")
    assert parent.detail == "下级任务3项：■1 ▲1 ✓1"
    assert rollup([done, yellow]).colour == "yellow"


def test_rollup_finished_only_when_every_live_child_is():
    on = date(2026, 7, 1)
    done = light(on, status="finished", finished=date(2026, 5, 1))
    late = light(on, status="finished", finished=date(2026, 5, 1), deadline=date(2026, 4, 1))
    cancelled = light(on, status="cancelled")
    later = light(on, start=date(2026, 9, 1))
    assert rollup([done, cancelled]).state == "finished"
    assert rollup([done, late]).state == "finished_late"
    assert rollup([done, later]).state == "not_started"
    assert rollup([cancelled]).state == "cancelled"
    assert rollup([]).state == "no_deadline"


def test_sort_key_puts_red_first():
    on = date(2026, 7, 1)
    results = [light(on, status="cancelled"), light(on, percent=100), light(on, percent=0),
               light(on, status="finished")]
    ordered = sorted(results, key=sort_key)
    assert [r.colour for r in ordered] == ["red", "green", "done", "none"]
    assert LIGHT_ORDER[0] == "red"


# -- properties -------------------------------------------------------------------------
days = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))
kinds = st.sampled_from(["none", "date", "period", "recurring", "ongoing", "unclear"])
recurrences = st.sampled_from(["", "weekly", "monthly", "quarterly", "yearly"])
percents = st.none() | st.integers(min_value=0, max_value=100)


@st.composite
def open_facts(draw) -> TaskFacts:
    start = draw(st.none() | days)
    deadline = draw(st.none() | days)
    if start and deadline and start > deadline:
        start, deadline = deadline, start
    return facts(
        start=start,
        deadline=deadline,
        deadline_kind=draw(kinds),
        recurrence=draw(recurrences),
        percent=draw(percents),
        last_report=draw(st.none() | days),
        created=draw(st.none() | days),
    )


@given(days, days, days, days)
def test_schedule_percent_is_bounded_and_monotone_in_time(a, b, c, d):
    start, deadline = min(a, b), max(a, b)
    early, late = min(c, d), max(c, d)
    first = schedule_percent(start, deadline, early, CAL)
    second = schedule_percent(start, deadline, late, CAL)
    assert 0.0 <= first <= second <= 100.0


@given(days, days, days, st.integers(min_value=0, max_value=400))
def test_schedule_percent_falls_with_a_later_deadline(a, b, on, extra):
    start, deadline = min(a, b), max(a, b)
    later = deadline + timedelta(days=extra)
    assert schedule_percent(start, later, on, CAL) <= schedule_percent(start, deadline, on, CAL)


@given(open_facts(), days)
def test_every_light_is_well_formed(f, on):
    result = evaluate(f, on, CAL)
    assert result.label == LABELS[result.state]
    assert result.symbol == SYMBOLS[result.colour]
    assert result.detail
    if result.schedule_percent is not None:
        assert 0.0 <= result.schedule_percent <= 100.0


@given(open_facts(), days, st.none() | st.integers(min_value=0, max_value=800))
def test_a_finished_task_is_never_red(f, on, days_ago):
    finished = None if days_ago is None else on - timedelta(days=days_ago)
    result = evaluate(f._replace(status="finished", finished=finished), on, CAL)
    assert result.colour == "done"
    assert result.state in ("finished", "finished_late")


@given(open_facts(), days, st.integers(min_value=1, max_value=400))
def test_a_later_deadline_never_makes_a_light_worse(f, on, extra):
    f = f._replace(deadline=f.deadline or on, original_deadline=f.deadline or on)
    before = evaluate(f, on, CAL)
    later = f.deadline + timedelta(days=extra)
    after = evaluate(f._replace(deadline=later, original_deadline=f.deadline), on, CAL)
    assert SEVERITY[after.colour] <= SEVERITY[before.colour]


@given(open_facts(), days, st.integers(min_value=0, max_value=100))
def test_more_progress_never_makes_a_light_worse(f, on, more):
    before = evaluate(f, on, CAL)
    after = evaluate(f._replace(percent=max(f.percent or 0, more)), on, CAL)
    assert SEVERITY[after.colour] <= SEVERITY[before.colour]


@given(open_facts(), days, st.integers(min_value=0, max_value=400))
def test_a_newer_report_never_makes_a_light_worse(f, on, newer_by):
    report = (f.last_report or date(2024, 1, 1)) + timedelta(days=newer_by)
    before = evaluate(f, on, CAL)
    after = evaluate(f._replace(last_report=report), on, CAL)
    assert SEVERITY[after.colour] <= SEVERITY[before.colour]


@given(open_facts(), st.integers(min_value=1, max_value=800))
def test_nothing_late_can_hide(f, late_by):
    deadline = f.deadline or date(2026, 6, 30)
    on = deadline + timedelta(days=late_by)
    f = f._replace(deadline=deadline, start=min(f.start or deadline, deadline), created=None)
    result = evaluate(f, on, CAL)
    assert (result.state, result.colour) == ("overdue", "red")


@given(open_facts(), days)
def test_paused_and_cancelled_have_no_light(f, on):
    for status in ("paused", "cancelled"):
        assert evaluate(f._replace(status=status), on, CAL).colour == "none"
