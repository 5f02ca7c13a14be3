import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_
from hypothesis import strategies as st

from desktop_app.domain.calendar import default_calendar
from desktop_app.domain.lights import TaskFacts, Thresholds, evaluate
from desktop_app.domain.weeks import week_range
from desktop_app.storage import extensions, plans, progress, settings, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.status import leaf_lights, lights_for, task_start, thresholds

ON = date(2026, 7, 1)  # 2026-W27


@pytest.fixture
def plan(file_reg):
    return plans.create_plan(file_reg, "2026年工作要点", 2026)


def add(reg, plan, title, **fields):
    fields.setdefault("start_date", "2026-01-01")
    return tasks.add_task(reg, plan, title, **fields)


def test_leaf_lights_and_parent_rollup(file_reg, plan):
    section = tasks.add_task(file_reg, plan, "一、学前教育")
    late = add(file_reg, plan, "新建幼儿园", parent_id=section, deadline="2026-06-30",
               deadline_kind="date")
    fine = add(file_reg, plan, "保教质量", parent_id=section, deadline="2026-12-31",
               deadline_kind="date")
    progress.save_progress(file_reg, fine, "2026-W26", percent=60)
    lights = lights_for(file_reg, ON)
    assert (lights[late].state, lights[late].colour) == ("overdue", "red")
    assert (lights[fine].state, lights[fine].colour) == ("normal", "green")
    assert (lights[section].state, lights[section].colour) == ("overdue", "red")
    assert lights[section].detail == "下级任务2项：■1 ●1"


def test_rollup_through_several_levels(file_reg, plan):
    section = tasks.add_task(file_reg, plan, "一、义务教育")
    done_group = tasks.add_task(file_reg, plan, "（一）控辍保学", parent_id=section)
    open_group = tasks.add_task(file_reg, plan, "（二）课后服务", parent_id=section)
    for n in range(2):
        leaf = add(file_reg, plan, f"劝返{n}", parent_id=done_group, deadline="2026-03-31",
                   deadline_kind="date")
        tasks.update_task(file_reg, leaf, status="finished", finished_date="2026-03-20")
    slow = add(file_reg, plan, "课后服务全覆盖", parent_id=open_group, deadline="2026-12-31",
               deadline_kind="date")
    progress.save_progress(file_reg, slow, "2026-W26", percent=30)
    lights = lights_for(file_reg, ON)
    assert lights[done_group].state == "finished"
    assert (lights[open_group].state, lights[open_group].colour) == ("lagging", "yellow")
    assert lights[section].colour == "yellow"
    assert lights[section].detail == "下级任务2项：▲1 ✓1"
    only = lights_for(file_reg, ON, task_ids=[section, done_group])
    assert only == {section: lights[section], done_group: lights[done_group]}


def test_latest_percent_up_to_the_week_of_the_day(file_reg, plan):
    task = add(file_reg, plan, "课后服务", deadline="2026-12-31", deadline_kind="date")
    progress.save_progress(file_reg, task, "2026-W24", percent=45)
    progress.save_progress(file_reg, task, "2026-W26", done="开展调研")  # no percentage
    progress.save_progress(file_reg, task, "2026-W30", percent=100)  # after ON: ignored
    light = lights_for(file_reg, ON)[task]
    assert "实际45%" in light.detail


def test_ongoing_task_uses_the_latest_report_week(file_reg, plan):
    task = add(file_reg, plan, "安全隐患排查", deadline_kind="ongoing")
    progress.save_progress(file_reg, task, "2026-W24", done="排查学校12所")
    assert lights_for(file_reg, ON)[task].colour == "yellow"  # W25, W26 missed
    progress.save_progress(file_reg, task, "2026-W26", done="排查学校8所")
    light = lights_for(file_reg, ON)[task]
    assert light.state == "normal"
    assert light.detail == f"最近一次报送：6月{week_range('2026-W26')[1].day}日"


def test_scope_by_plan_and_by_task_ids(file_reg, plan):
    other = plans.create_plan(file_reg, "2026年会议纪要事项", 2026)
    section = tasks.add_task(file_reg, plan, "一、教师队伍")
    leaf = add(file_reg, plan, "教师培训", parent_id=section, deadline="2026-06-30",
               deadline_kind="date")
    foreign = add(file_reg, other, "专项整治", deadline="2026-12-31", deadline_kind="date")
    assert set(lights_for(file_reg, ON, plan_id=plan)) == {section, leaf}
    only_parent = lights_for(file_reg, ON, task_ids=[section])
    assert set(only_parent) == {section}
    assert only_parent[section].state == "overdue"
    assert set(lights_for(file_reg, ON, task_ids=[foreign, leaf])) == {foreign, leaf}
    assert lights_for(file_reg, ON, task_ids=[]) == {}


def test_deleted_tasks_are_left_out_and_parents_become_leaves(file_reg, plan):
    section = tasks.add_task(file_reg, plan, "一、督导", deadline="2026-12-31", deadline_kind="date",
                             start_date="2026-01-01")
    child = add(file_reg, plan, "专项督导", parent_id=section, deadline="2026-03-31",
                deadline_kind="date")
    tasks.soft_delete(file_reg, [child])
    lights = lights_for(file_reg, ON)
    assert child not in lights
    assert lights[section].state == "lagging"  # judged on its own dates now
    assert leaf_lights(file_reg, ON) == {section: lights[section]}


def test_leaf_lights_are_those_of_the_tasks_without_live_sub_tasks(demo_path):
    """The same tasks as ``tasks.leaf_ids`` and the same lights as ``lights_for``, whether
    the day's lights were computed already or not, and after a write."""
    reg = open_register(demo_path)
    for _ in range(2):
        leaves = leaf_lights(reg, ON)
        everything = lights_for(reg, ON)
        assert set(leaves) == set(tasks.leaf_ids(reg)) and len(leaves) < len(everything)
        assert leaves == {tid: everything[tid] for tid in leaves}
        tasks.soft_delete(reg, [tasks.leaf_ids(reg)[0]])
    reg.close()


def test_parent_own_status_wins(file_reg, plan):
    section = tasks.add_task(file_reg, plan, "一、暂缓事项")
    add(file_reg, plan, "迁建工程", parent_id=section, deadline="2026-03-31", deadline_kind="date")
    tasks.update_task(file_reg, section, status="paused", status_reason="上级政策调整")
    assert lights_for(file_reg, ON)[section].label == "暂缓"


def test_finished_after_the_day_is_still_open_on_that_day(file_reg, plan):
    task = add(file_reg, plan, "食堂改造", deadline="2026-06-30", deadline_kind="date")
    tasks.update_task(file_reg, task, status="finished", finished_date="2026-07-10")
    assert lights_for(file_reg, ON)[task].state == "overdue"
    assert lights_for(file_reg, date(2026, 7, 10))[task].state == "finished_late"


def test_a_closed_task_names_the_year_only_in_another_year(file_reg, plan):
    task = add(file_reg, plan, "校舍维修", deadline="2026-06-30", deadline_kind="date")
    tasks.update_task(file_reg, task, status="finished", finished_date="2026-03-20")
    assert lights_for(file_reg, ON)[task].detail == "3月20日完成"
    assert lights_for(file_reg, date(2026, 9, 1))[task].detail == "3月20日完成"
    assert lights_for(file_reg, date(2027, 1, 5))[task].detail == "2026年3月20日完成"
    assert lights_for(file_reg, ON)[task].detail == "3月20日完成"


def test_extension_moves_the_light_and_keeps_the_original(file_reg, plan):
    task = add(file_reg, plan, "智慧校园", deadline="2026-06-30", deadline_kind="date")
    progress.save_progress(file_reg, task, "2026-W25", percent=80)
    extensions.request_extension(file_reg, task, date(2026, 9, 30), "设备到货推迟", "张副局长",
                                 today=date(2026, 6, 20))
    light = lights_for(file_reg, ON)[task]
    assert light.state == "normal"
    later = lights_for(file_reg, date(2026, 10, 8))[task]
    assert later.state == "overdue" and "原时限6月30日" in later.detail


def test_closed_tasks_match_the_rules_whatever_their_dates(file_reg, plan):
    """Closed tasks are judged from only the dates their verdict reads (the deadline only
    when it was missed): finished on time, late, without a deadline or a finishing day,
    after an extension met or missed, paused, cancelled — each as the rules say."""
    cases = [  # (status, deadline, finished, extended to)
        ("finished", "2026-06-30", "2026-06-20", None), ("finished", "2026-05-31", "2026-06-20", None),
        ("finished", "2026-06-20", "2026-06-20", None), ("finished", None, "2026-06-20", None),
        ("finished", "2026-06-30", None, None), ("finished", "2026-03-31", "2026-06-20", "2026-06-30"),
        ("finished", "2026-03-31", "2026-06-20", "2026-06-10"), ("finished", "2026-03-31", "2026-03-20", "2026-06-30"),
        ("paused", "2026-03-31", None, None), ("cancelled", "2026-03-31", "2026-03-01", None),
        # Other forms the file may hold that read as dates: compared as dates, not as text.
        ("finished", "20260610", "2026-06-20", None), ("finished", "2026-06-30", "20260620", None),
        ("finished", "2026-W27-1", "2026-06-20", None),
    ]
    ids = []
    for n, (status, deadline, finished, extended) in enumerate(cases):
        tid = add(file_reg, plan, f"任务{n}", deadline=deadline, deadline_kind="date" if deadline else "none")
        if extended:
            extensions.request_extension(file_reg, tid, date.fromisoformat(extended), "推迟", "张副局长",
                                         today=date(2026, 3, 1))
        tasks.update_task(file_reg, tid, status=status, finished_date=finished)
        ids.append(tid)
    got = lights_for(file_reg, ON)
    cal, th = default_calendar(), thresholds(file_reg)
    for tid in ids:
        task = tasks.get_task(file_reg, tid)
        day = lambda text: date.fromisoformat(text) if text else None  # noqa: E731
        facts = TaskFacts(task["status"], date(2026, 1, 1), day(task["deadline"]),
                          extensions.original_deadline(file_reg, tid) or day(task["deadline"]),
                          task["deadline_kind"], task["recurrence"], day(task["finished_date"]), None,
                          None, day(task["created_at"][:10]))
        assert got[tid] == evaluate(facts, ON, cal, th), (tid, task["status"], task["deadline"])
    states = [got[t].state for t in ids]
    assert states[:3] == ["finished", "finished_late", "finished"] and states[8:10] == ["paused", "cancelled"]
    assert states[10] == "finished_late"  # 20260610 read as 10 June: finished ten days late


def test_thresholds_come_from_settings(file_reg, plan):
    task = add(file_reg, plan, "家庭教育指导", deadline="2026-12-31", deadline_kind="date")
    progress.save_progress(file_reg, task, "2026-W26", percent=10)
    assert lights_for(file_reg, ON)[task].colour == "red"
    settings.set_value(file_reg, "light.lag_red_points", 60)
    assert thresholds(file_reg).lag_red_points == 60
    assert lights_for(file_reg, ON)[task].colour == "yellow"
    assert lights_for(file_reg, ON, th=Thresholds())[task].colour == "red"


def test_a_broken_date_in_the_file_reads_as_missing(file_reg, plan):
    task = add(file_reg, plan, "数据异常的任务", deadline="2026-06-30", deadline_kind="date")
    file_reg.execute("UPDATE tasks SET deadline = '2026-06-31' WHERE id = ?", (task,))
    assert lights_for(file_reg, ON)[task].label == "待确认"


def test_task_start_falls_back_to_plan_year_or_creation():
    assert task_start(date(2026, 3, 1), date(2026, 5, 1), 2026) == date(2026, 3, 1)
    assert task_start(None, date(2025, 12, 20), 2026) == date(2026, 1, 1)
    assert task_start(None, date(2026, 6, 10), 2026) == date(2026, 6, 10)
    assert task_start(None, date(2026, 6, 10), None) == date(2026, 6, 10)


def test_index_for_latest_progress_exists(file_reg):
    indexes = {r["name"] for r in file_reg.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "progress_latest" in indexes


def test_matches_the_rules_task_by_task_on_a_demo_register(demo_path):
    """Every leaf's light equals the rules applied to facts read one task at a time."""
    cal = default_calendar()
    with open_register(demo_path) as reg:
        plan_id = plans.list_plans(reg)[0]["id"]
        year = plans.get_plan(reg, plan_id)["year"]
        for on in (date(2026, 3, 2), date(2026, 9, 30), date(2026, 11, 18)):
            lights = lights_for(reg, on)
            up_to = f"{on.isocalendar()[0]}-W{on.isocalendar()[1]:02d}"
            for tid in tasks.leaf_ids(reg, plan_id):
                task = tasks.get_task(reg, tid)
                rows = reg.query(
                    "SELECT week, percent FROM progress WHERE task_id = ? AND week <= ? ORDER BY week",
                    (tid, up_to),
                )
                with_percent = [r for r in rows if r["percent"] is not None]

                def day(text):
                    return date.fromisoformat(text) if text else None

                created = day(task["created_at"][:10])
                facts = TaskFacts(
                    status=task["status"],
                    start=task_start(day(task["start_date"]), created, year),
                    deadline=day(task["deadline"]),
                    original_deadline=extensions.original_deadline(reg, tid),
                    deadline_kind=task["deadline_kind"],
                    recurrence=task["recurrence"],
                    finished=day(task["finished_date"]),
                    percent=with_percent[-1]["percent"] if with_percent else None,
                    last_report=week_range(rows[-1]["week"])[1] if rows else None,
                    created=created,
                )
                assert lights[tid] == evaluate(facts, on, cal, thresholds(reg)), tid


# -- random progress histories on a real file -------------------------------------------
weeks_2026 = st.integers(min_value=1, max_value=53)
history = st.dictionaries(weeks_2026, st.none() | st.integers(min_value=0, max_value=100),
                          max_size=12)


@settings_(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["date", "period", "recurring", "ongoing", "unclear"]),
    recurrence=st.sampled_from(["", "weekly", "monthly", "quarterly"]),
    start=st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 6, 30)),
    span=st.integers(min_value=0, max_value=300),
    entries=history,
    on=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 3, 31)),
    finished=st.none() | st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 3, 31)),
)
def test_random_histories_match_the_rules(tmp_path_factory, kind, recurrence, start, span,
                                         entries, on, finished):
    """The latest report and percentage the query finds are the ones a person would read
    off the history: newest week up to ``on``'s, newest percentage among those."""
    path = tmp_path_factory.mktemp("hist") / "台账.db"
    deadline = None if kind in ("recurring", "ongoing", "unclear") else start + timedelta(days=span)
    with open_register(path) as reg:
        plan = plans.create_plan(reg, "2026年工作要点", 2026)
        tid = tasks.add_task(
            reg, plan, "随机任务", start_date=start.isoformat(), deadline_kind=kind,
            recurrence=recurrence if kind == "recurring" else "",
            deadline=deadline.isoformat() if deadline else None,
        )
        for week, percent in entries.items():
            progress.save_progress(reg, tid, f"2026-W{week:02d}", done="推进", percent=percent)
        if finished is not None:
            tasks.update_task(reg, tid, status="finished", finished_date=finished.isoformat())
        got = lights_for(reg, on)[tid]
        created = date.fromisoformat(tasks.get_task(reg, tid)["created_at"][:10])

    up_to = f"{on.isocalendar()[0]}-W{on.isocalendar()[1]:02d}"
    seen = sorted(w for w in entries if f"2026-W{w:02d}" <= up_to)
    with_percent = [w for w in seen if entries[w] is not None]
    facts = TaskFacts(
        status="finished" if finished else "active",
        start=start,
        deadline=deadline,
        original_deadline=deadline,
        deadline_kind=kind,
        recurrence=recurrence if kind == "recurring" else "",
        finished=finished,
        percent=entries[with_percent[-1]] if with_percent else None,
        last_report=week_range(f"2026-W{seen[-1]:02d}")[1] if seen else None,
        created=created,
    )
    assert got == evaluate(facts, on, default_calendar(), Thresholds())


# -- one computation per day, shared by every caller ----------------------------------
def _facts_queries(reg):
    seen = []
    reg.conn.set_trace_callback(lambda sql: seen.append(sql) if "latest_progress l" in sql else None)
    return seen


def test_a_day_is_computed_once_and_retired_by_any_write(file_reg, plan, db_path):
    a = add(file_reg, plan, "新建幼儿园", deadline="2026-06-30", deadline_kind="date")
    other = plans.create_plan(file_reg, "专项工作", 2026)
    b = add(file_reg, other, "教师培训", deadline="2026-12-31", deadline_kind="date")
    seen = _facts_queries(file_reg)
    everything = lights_for(file_reg, ON)
    assert lights_for(file_reg, ON, plan_id=plan) == {a: everything[a]}
    assert lights_for(file_reg, ON, plan_id=other) == {b: everything[b]}
    assert lights_for(file_reg, ON, task_ids=[b]) == {b: everything[b]}
    assert len(seen) == 1
    progress.save_progress(file_reg, b, "2026-W26", percent=90)  # a write here
    assert lights_for(file_reg, ON)[b] != everything[b]
    assert len(seen) == 2
    lights_for(file_reg, ON)
    assert len(seen) == 2
    other_conn = sqlite3.connect(db_path)  # a write committed by another connection
    other_conn.execute("UPDATE tasks SET status = 'paused' WHERE id = ?", (a,))
    other_conn.commit()
    other_conn.close()
    assert lights_for(file_reg, ON)[a].state == "paused"
    assert len(seen) == 3


def test_the_start_up_snapshot_does_not_retire_the_day(file_reg, plan):
    """Opening the window remembers today's lights for the next opening: that write is no
    input of the lights, so the tree and the summary share one computation."""
    from desktop_app.storage.light_snapshot import remember_lights
    from desktop_app.storage.status import lights_kept

    a = add(file_reg, plan, "新建幼儿园", deadline="2026-06-30", deadline_kind="date")
    seen = _facts_queries(file_reg)
    everything = lights_for(file_reg, ON)
    with lights_kept(file_reg):
        remember_lights(file_reg, everything, ON)
    assert lights_for(file_reg, ON, plan_id=plan) == everything
    assert len(seen) == 1
    tasks.update_task(file_reg, a, status="paused")  # any other write still retires them
    assert lights_for(file_reg, ON)[a].state == "paused"
    assert len(seen) == 2


def test_nothing_is_kept_from_inside_a_transaction_that_is_undone(file_reg, plan):
    a = add(file_reg, plan, "新建幼儿园", deadline="2026-06-30", deadline_kind="date")
    before = lights_for(file_reg, ON)[a]
    with pytest.raises(RuntimeError), file_reg.atomic():
        tasks.update_task(file_reg, a, status="paused")
        assert lights_for(file_reg, ON)[a].state == "paused"
        raise RuntimeError
    assert lights_for(file_reg, ON)[a] == before


def test_many_tasks_are_answered_from_the_whole_day(file_reg, plan, monkeypatch):
    from desktop_app.storage import status

    ids = [add(file_reg, plan, f"任务{n}", deadline="2026-06-30", deadline_kind="date")
           for n in range(5)]
    few = lights_for(file_reg, ON, task_ids=ids[:2])  # a few: their subtrees only
    seen = _facts_queries(file_reg)
    monkeypatch.setattr(status, "WHOLE_DAY_FROM", 3)
    many = lights_for(file_reg, ON, task_ids=ids[:3])  # many: the whole register, kept
    assert lights_for(file_reg, ON, task_ids=ids[:2]) == few
    assert many == {tid: lights_for(file_reg, ON)[tid] for tid in ids[:3]}
    assert len(seen) == 1 and "json_each" not in seen[0]


def test_the_tree_of_a_plan_is_read_from_one_covering_index(file_reg, plan):
    add(file_reg, plan, "新建幼儿园")
    sql = "SELECT id, parent_id, position FROM tasks WHERE plan_id = ? AND deleted_at IS NULL ORDER BY position, id"
    steps = " ".join(r[3] for r in file_reg.execute("EXPLAIN QUERY PLAN " + sql, (plan,)))
    assert "COVERING INDEX tasks_skeleton" in steps and "TEMP B-TREE" not in steps
    assert tasks.tree_skeleton(file_reg, plan) == file_reg.execute(sql, (plan,)).fetchall()


def _read_ahead(reg, on):
    from desktop_app.storage import status

    status._day.clear()  # as at start-up: nothing computed for the day yet
    status._ahead.start(reg, on)  # (read_ahead itself starts it only with two processors)


def test_facts_read_ahead_on_another_thread_give_the_same_lights(demo_path):
    reg = open_register(demo_path)
    plain = lights_for(reg, ON)
    statements: list[str] = []
    _read_ahead(reg, ON)
    reg.conn.set_trace_callback(statements.append)
    ahead = lights_for(reg, ON)
    reg.conn.set_trace_callback(None)
    assert list(ahead.items()) == list(plain.items())
    assert not any("latest_progress" in s for s in statements)  # not read again here
    reg.close()


def test_a_write_after_the_read_ahead_is_not_missed(demo_path):
    import sqlite3

    reg = open_register(demo_path)
    first, second = tasks.leaf_ids(reg)[:2]
    _read_ahead(reg, ON)
    tasks.update_task(reg, first, status="cancelled")  # through this connection
    assert lights_for(reg, ON)[first].state == "cancelled"
    _read_ahead(reg, ON)
    other = sqlite3.connect(demo_path)  # another program
    other.execute("UPDATE tasks SET status = 'paused' WHERE id = ?", (second,))
    other.commit()
    other.close()
    assert lights_for(reg, ON)[second].state == "paused"
    reg.close()


def test_facts_read_ahead_that_are_not_json_are_read_again(demo_path):
    from desktop_app.storage import status

    reg = open_register(demo_path)
    plain = lights_for(reg, ON)
    _read_ahead(reg, ON)
    *_, thread, result = status._ahead._entry
    thread.join()
    result[0] = b"\x80[[1, 0, \"active|\"" + b"\xff" * 8  # what only a damaged file could give
    assert list(lights_for(reg, ON).items()) == list(plain.items())
    reg.close()


def test_nothing_is_read_ahead_for_a_register_in_memory():
    from desktop_app.storage import status

    reg = open_register()
    plan_id = plans.create_plan(reg, "2026年工作要点", 2026)
    status._day.clear()
    status._ahead.start(reg, ON)
    assert status._ahead.take(reg, ON) is None
    add(reg, plan_id, "任务", deadline="2026-06-30", deadline_kind="date")
    assert [light.state for light in lights_for(reg, ON).values()] == ["overdue"]
    reg.close()


def test_facts_read_as_columns_that_are_not_json_are_read_row_by_row(demo_path, monkeypatch):
    from desktop_app.storage import status

    reg = open_register(demo_path)
    plain = lights_for(reg, ON)
    for damaged in ("SELECT CAST(x'80ff' AS BLOB)", "SELECT '[[1, 2], [0], [\"active|\"], [1]]'"):
        status._day.clear()
        status._verdicts = status._VerdictCache()
        monkeypatch.setattr(status, "_FACTS_COLUMNS_SQL", damaged)
        assert list(lights_for(reg, ON).items()) == list(plain.items())
    reg.close()
