"""Lights of many tasks at once: one query for the facts, the pure rules for the verdict.

``lights_for`` is what the week view, the dashboard and the reports call for every task
on screen (20,000 to 100,000 in the largest registers), so the facts of all tasks —
including each task's latest report or latest percentage up to the week of ``on`` — come
from a single query that reads them from ``latest_progress`` (kept by triggers on every
progress write; a day before a task's newest report seeks the progress index instead),
and each distinct set of facts is judged once.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import compress

from desktop_app import collector
from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.lights import (
    CANCELLED,
    PAUSED,
    LightResult,
    TaskFacts,
    Thresholds,
    evaluate,
    finished_light,
    rollup_counts,
)
from desktop_app.domain.weeks import week_id, week_range
from desktop_app.storage import extensions, holidays, settings
from desktop_app.storage.db import Register

_THRESHOLD_KEYS = {
    "lag_red_points": "light.lag_red_points",
    "lag_yellow_points": "light.lag_yellow_points",
    "due_soon_working_days": "light.due_soon_working_days",
    "stale_yellow_weeks": "light.stale_yellow_weeks",
    "stale_red_weeks": "light.stale_red_weeks",
}

# Closed by ``:on``: paused, cancelled, or finished on or before that day. Such a verdict
# depends on the day only through its year (dates within it are written without the year).
_CLOSED = "t.status <> 'active' AND coalesce(t.finished_date <= :on, 1)"
# A day as the rules write it, whose text order is its date order (the file may hold other
# forms Python reads as dates, such as 20260630: those are compared by the rules).
_ISO_DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
# One row per live task: id, parent (0 for a top-level task) and the facts its light depends
# on, joined into one text, so that tasks with the same facts are recognised by one string
# and judged once. Only what the rules read goes in. A closed task: "=", its status,
# deadline and finishing day, the deadline left out when it was met (or there is none),
# neither day when it was paused or cancelled ("=finished|2026-06-30|2026-07-03",
# "=finished||2026-06-28", "=paused||"): tasks finished on time the same day share one
# verdict. An open one:
# "active|2026-01-01|2026-06-30|date|||||:60" — status, start, deadline, kind, recurrence,
# finishing day, the creation date and plan year only without a start date, then for a
# dated task its latest percentage, for a recurring or ongoing one the week of its latest
# report. Both come from ``latest_progress`` (kept by triggers on every progress write);
# only a day before the task's newest report seeks the (task, week, percent) index. The
# text is put together by one printf (a missing value prints as nothing), not a chain of
# || that copies it at every step.
_FACTS_SQL = f"""
SELECT t.id AS id, ifnull(t.parent_id, 0) AS parent,
       CASE WHEN {_CLOSED} THEN CASE
           WHEN t.status IN ('paused', 'cancelled') THEN '=' || t.status || '||'
           WHEN t.deadline IS NULL OR t.finished_date <= t.deadline
                AND t.deadline GLOB '{_ISO_DAY}' AND t.finished_date GLOB '{_ISO_DAY}'
           THEN printf('=%s||%s', t.status, t.finished_date)
           ELSE printf('=%s|%s|%s', t.status, t.deadline, t.finished_date)
           END
       ELSE printf('%s|%s|%s|%s|%s|%s|%s|%s|%s',
           t.status, t.start_date, t.deadline, t.deadline_kind, t.recurrence, t.finished_date,
           CASE WHEN t.start_date IS NULL THEN substr(t.created_at, 1, 10) END,
           CASE WHEN t.start_date IS NULL THEN p.year END,
           CASE
           WHEN t.deadline_kind IN ('recurring', 'ongoing') THEN CASE
               WHEN l.week IS NULL THEN ''
               WHEN l.week <= :week THEN l.week
               ELSE ifnull((SELECT max(g.week) FROM progress g
                            WHERE g.task_id = t.id AND g.week <= :week), '')
               END || ':'
           ELSE ':' || CASE
               WHEN l.percent_week IS NULL THEN ''
               WHEN l.percent_week <= :week THEN l.percent
               ELSE ifnull((SELECT g.percent FROM progress g
                            WHERE g.task_id = t.id AND g.week <= :week AND g.percent IS NOT NULL
                            ORDER BY g.week DESC LIMIT 1), '')
               END
           END)
       END AS facts
       , t.plan_id AS plan_id
FROM tasks t JOIN plans p ON p.id = t.plan_id LEFT JOIN latest_progress l ON l.task_id = t.id
WHERE t.deleted_at IS NULL
"""
# Asked for this many tasks, the lights of the whole register are computed (and kept)
# instead of the tasks' subtrees: a week's sheet is thousands of tasks.
WHOLE_DAY_FROM = 1000
_SUBTREE_SQL = """
WITH RECURSIVE sub(id) AS (
    SELECT value FROM json_each(:ids)
    UNION
    SELECT c.id FROM tasks c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL
)
"""

_HAS_CHILDREN_SQL = """
SELECT 1 FROM tasks WHERE parent_id IN (SELECT value FROM json_each(:ids)) AND deleted_at IS NULL LIMIT 1
"""


def thresholds(reg: Register) -> Thresholds:
    """The light thresholds of this register (settings page), defaults where unset."""
    return Thresholds(**{field: settings.get(reg, key) for field, key in _THRESHOLD_KEYS.items()})


def task_start(start_date: date | None, created: date | None, plan_year: int | None) -> date | None:
    """Where 序时进度 counts from: the start date, else the later of the plan year's
    1 January and the task's creation date (a task added mid-year starts on schedule)."""
    if start_date is not None:
        return start_date
    if plan_year is None:
        return created
    year_start = date(plan_year, 1, 1)
    return year_start if created is None or created < year_start else created


def lights_for(
    reg: Register,
    on: date,
    *,
    plan_id: int | None = None,
    task_ids: Iterable[int] | None = None,
    th: Thresholds | None = None,
    cal: WorkCalendar | None = None,
) -> dict[int, LightResult]:
    """Lights of live tasks as of ``on``: leaves by the rules, parents rolled up from
    their children. ``task_ids`` limits the answer to those tasks (their subtrees are
    read to roll parents up)."""
    th = th or thresholds(reg)
    cal = cal or holidays.register_calendar(reg)
    wanted = None if task_ids is None else {int(i) for i in task_ids}
    day = _day.get(reg, on, th, cal)
    if day is None and (wanted is None or len(wanted) >= WHOLE_DAY_FROM):
        # Every task (or so many that all cost little more): computed once, kept for the day.
        day = _whole_day(reg, on, th, cal)
    if day is not None:
        out, plans, _parents = day
        if wanted is not None:
            return {tid: out[tid] for tid in wanted if tid in out}
        if plan_id is None:
            return dict(out)
        return dict(compress(out.items(), map(plan_id.__eq__, plans)))
    params: dict[str, object] = {"on": on.isoformat(), "week": week_id(on)}
    # A few tasks of a day not computed yet: their subtrees only. Leaves (a week's rows)
    # need no walk down the tree, whose every step would have SQLite scan all tasks for a
    # Bloom filter (40 ms a block of rows at 100,000 tasks).
    params["ids"] = json.dumps(sorted(wanted or ()))
    if reg.execute(_HAS_CHILDREN_SQL, params).fetchone() is None:
        sql = _FACTS_SQL + " AND t.id IN (SELECT value FROM json_each(:ids))"
    else:
        sql = _SUBTREE_SQL + _FACTS_SQL + " AND t.id IN (SELECT id FROM sub)"
    if plan_id is not None:
        sql += " AND t.plan_id = :plan"
        params["plan"] = plan_id
    with collector.paused():
        return _lights(reg, reg.execute(sql, params).fetchall(), on, th, cal, wanted)


def leaf_lights(reg: Register, on: date) -> dict[int, LightResult]:
    """Lights of the live tasks without live sub-tasks (the ones people report on; a
    parent's light repeats its children's), from the same computation as :func:`lights_for`."""
    th, cal = thresholds(reg), holidays.register_calendar(reg)
    out, _plans, parents = _day.get(reg, on, th, cal) or _whole_day(reg, on, th, cal)
    return {tid: light for tid, light in out.items() if tid not in parents}


def _whole_day(reg: Register, on: date, th: Thresholds, cal: WorkCalendar):
    """(lights, plan of each, ids of the tasks with live sub-tasks) of every live task."""
    # The day's facts live only inside _judge_day: by the end of the block they are freed,
    # and the collection that follows it walks only what is kept.
    with collector.paused():
        return _judge_day(reg, on, th, cal)


def _judge_day(reg: Register, on: date, th: Thresholds, cal: WorkCalendar):
    ids, parents, keys, plans = _ahead.take(reg, on) or _facts_columns(reg, on)
    parent_set = set(parents)
    out = _judge(reg, ids, parents, parent_set, keys, on, th, cal)
    return _day.put(reg, on, th, cal, plans, parent_set, out)


def _facts_columns(reg: Register, on: date) -> tuple[list, list, list, list]:
    """The facts of every live task as columns (ids, parents, facts texts, plans)."""
    try:
        return _columns_of(reg.execute(_FACTS_COLUMNS_SQL, _facts_params(on)).fetchone()[0])
    except ValueError:  # not text SQLite should have made (a damaged file): row by row
        return _columns(reg.execute(_FACTS_SQL, _facts_params(on)).fetchall())


def _columns_of(data: bytes) -> tuple[list, list, list, list]:
    """The four columns of :data:`_FACTS_COLUMNS_SQL`'s JSON; ValueError if it is not that."""
    columns = json.loads(data)
    if not (isinstance(columns, list) and len(columns) == 4
            and all(isinstance(c, list) and len(c) == len(columns[0]) for c in columns)):
        raise ValueError("not four columns of one length")
    return tuple(columns)


def _facts_params(on: date) -> dict[str, str]:
    return {"on": on.isoformat(), "week": week_id(on)}


# The facts of every live task as one JSON text of four columns (ids, parents, facts texts,
# plans): SQLite builds it in a single step, and json.loads makes the four lists with no
# row of Python objects per task in between (a fifth less time than fetching the rows). On
# the read-ahead's thread the interpreter is free meanwhile. Handed over as bytes: turning
# a megabyte of UTF-8 into a str would hold the interpreter on the reading thread while the
# window is being built; json.loads reads the bytes once the window has painted.
_FACTS_COLUMNS_SQL = (
    "SELECT CAST(json_array(json_group_array(id), json_group_array(parent), json_group_array(facts),"
    f" json_group_array(plan_id)) AS BLOB) FROM ({_FACTS_SQL})")


def read_ahead(reg: Register, on: date) -> None:
    """Start reading the facts of every task's light for ``on`` on another thread, with
    a connection of its own: SQLite does that work while the interpreter goes on (building
    the window at start-up). :func:`lights_for` takes the facts up if nothing was written
    to the register since this call, else reads them again itself. With a single processor
    to run on, the read would only slow the window down: nothing is started."""
    if _processors() > 1:
        _ahead.start(reg, on)


def _processors() -> int:
    """How many processors this program may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Windows and macOS have no such call
        return os.cpu_count() or 1


class _AheadRead:
    """One read of the day's facts on another thread (see :func:`read_ahead`)."""

    def __init__(self) -> None:
        self._entry: tuple | None = None  # (connection, day, register state, thread, result)

    def start(self, reg: Register, on: date) -> None:
        if reg.path is None:
            return
        try:
            state = _day._state(reg)
        except sqlite3.Error:
            return
        result: list = []
        thread = threading.Thread(target=self._read, args=(reg, _facts_params(on), result),
                                  name="lights-ahead", daemon=True)
        self._entry = (reg.conn, on, state, thread, result)
        thread.start()

    @staticmethod
    def _read(reg: Register, params: dict, result: list) -> None:
        try:
            reader = reg.reader()  # opened here: the main thread goes on at once
        except sqlite3.Error:
            return  # lights_for reads them itself
        if reader is None:
            return
        try:
            result.append(reader.execute(_FACTS_COLUMNS_SQL, params).fetchone()[0])
        except sqlite3.Error:
            pass
        finally:
            reader.close()

    def take(self, reg: Register, on: date) -> tuple[list, list, list, list] | None:
        """The facts read ahead for ``on`` (as columns), if they are still what the
        register holds."""
        entry, self._entry = self._entry, None
        if entry is None:
            return None
        conn, day, state, thread, result = entry
        if conn is not reg.conn or day != on or reg.conn.in_transaction:
            return None
        thread.join()
        if not result or _day._state(reg) != state:
            return None  # a write since: the facts read ahead may be out of date
        try:
            return _columns_of(result[0])
        except ValueError:  # not text SQLite should have made (a damaged file): read them again
            return None


_ahead = _AheadRead()


class _DayLights:
    """The lights of every task of the register for the last day asked, kept while the
    register is unchanged: the task tree, the status bar, the start-up summary and the
    week view ask for the same day's lights, by plan or by task; one computation serves
    them all. Any write through this connection (``total_changes``) or committed by
    another one (``PRAGMA data_version``) retires them."""

    def __init__(self) -> None:
        self._entry: tuple | None = None

    @staticmethod
    def _state(reg: Register) -> tuple:
        return reg.conn.total_changes, reg.scalar("PRAGMA data_version")

    def get(self, reg: Register, on: date, th: Thresholds, cal: WorkCalendar):
        entry = self._entry
        if entry is None or entry[0] is not reg.conn or entry[1] != (on, th, cal):
            return None
        if entry[2] != self._state(reg):
            self._entry = None
            return None
        return entry[3]

    def put(self, reg: Register, on: date, th: Thresholds, cal: WorkCalendar, plans: list[int],
            parents: set[int], out: dict[int, LightResult],
            ) -> tuple[dict[int, LightResult], list[int], set[int]]:
        """Keep ``out`` (with each task's plan, in the same order, and the tasks that have
        sub-tasks) as the day's lights."""
        day = out, plans, parents
        # Inside a transaction the count of changes would not see a rollback undo them.
        if not reg.conn.in_transaction:
            self._entry = (reg.conn, (on, th, cal), self._state(reg), day)
        return day

    def clear(self) -> None:
        self._entry = None

    @contextlib.contextmanager
    def kept(self, reg: Register) -> Iterator[None]:
        """The writes of the block are no input of the lights: lights valid before it stay
        valid after it."""
        entry = self._entry
        valid = entry is not None and entry[0] is reg.conn and entry[2] == self._state(reg)
        yield
        if valid and self._entry is entry and not reg.conn.in_transaction:
            self._entry = (*entry[:2], self._state(reg), entry[3])


_day = _DayLights()


def lights_kept(reg: Register):
    """``with lights_kept(reg): …`` around a write that no light depends on (the start-up
    snapshot of the lights themselves), so the day's lights are not computed again for it."""
    return _day.kept(reg)


def _lights(reg: Register, rows: list[tuple], on: date, th: Thresholds, cal: WorkCalendar,
            wanted: set[int] | None) -> dict[int, LightResult]:
    ids, parents, keys, _plans = _columns(rows)
    out = _judge(reg, ids, parents, set(parents), keys, on, th, cal)
    if wanted is not None:
        return {tid: out[tid] for tid in wanted if tid in out}
    return out


def _columns(rows: list[tuple]) -> tuple[list[int], list[int], list[str], list[int]]:
    """The facts rows as columns: ids, parents, facts texts, plans."""
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows]


def _judge(reg: Register, ids: list[int], parents: list[int], parent_set: set[int], keys: list[str],
           on: date, th: Thresholds, cal: WorkCalendar) -> dict[int, LightResult]:
    """Each task's light from its facts text (``keys``, changed in place for the tasks
    whose deadline was extended), parents (``parent_set``: the distinct ``parents``) rolled
    up from their children."""
    if not ids:
        return {}
    # Column by column: the work per task is done by the interpreter's C loops (map, zip,
    # dict, Counter); Python code runs once per distinct facts text and once per parent.
    position = dict(zip(ids, range(len(ids)), strict=True))
    originals = extensions.original_deadlines(reg)
    if originals:
        for tid, day in originals.items():
            at = position.get(tid)
            if at is not None:
                keys[at] += "|" + day.isoformat()

    # Tasks with the same facts share one verdict (plans repeat deadlines and percentages
    # a lot); verdicts are kept for the day (open tasks) and the year (closed ones).
    open_memo, closed_memo = _verdicts.memos(on, th, cal)
    facts_of = _FactsReader()
    verdicts: dict[str, LightResult] = {}
    for key in set(keys):
        if key[0] == "=":
            light = closed_memo.get(key)
            if light is None:
                light = closed_memo[key] = facts_of.closed(key, on)
        else:
            light = open_memo.get(key)
            if light is None:
                light = open_memo[key] = evaluate(facts_of(key), on, cal, th)
        verdicts[key] = light
    out = dict(zip(ids, map(verdicts.__getitem__, keys), strict=True))
    parent_ids = {p for p in parent_set if p in position}
    if parent_ids:
        _roll_up(out, parents, keys, verdicts, position, parent_ids)
    return out


def _roll_up(out, parents, keys, verdicts, position, parent_ids) -> None:
    """Parents' lights in ``out``: a parent's own 暂缓/取消/已完成 wins; otherwise the worst
    of its children (by :func:`rollup_counts`), a child parent counting with its own
    rolled-up light. Children are counted per parent and (colour, state) in one pass."""
    pair_codes: dict[tuple[str, str], int] = {}
    code_of_key = {}
    for key, light in verdicts.items():
        code_of_key[key] = pair_codes.setdefault((light.colour, light.state), len(pair_codes))
    pairs = list(pair_codes)
    # One (parent, code) per child (a root's parent counts as 0).
    codes = list(map(code_of_key.__getitem__, keys))
    counted = Counter(zip(parents, codes, strict=True))
    child_parents: dict[int, list[int]] = {}
    for tid in parent_ids:
        at = position[tid]
        parent = parents[at]
        if parent:
            child_parents.setdefault(parent, []).append(tid)
            counted[parent, codes[at]] -= 1  # counted once rolled up instead
    by_parent: dict[int, dict[tuple[str, str], int]] = {}
    for (parent, code), n in counted.items():
        if n and parent in parent_ids:
            by_parent.setdefault(parent, {})[pairs[code]] = n
    rolled: set[int] = set()

    def roll(tid: int) -> LightResult:
        own = out[tid]
        if tid in rolled:
            return own
        rolled.add(tid)
        if own.colour != "done" and own.state not in ("paused", "cancelled"):
            counts = Counter(by_parent.get(tid, {}))
            for child in child_parents.get(tid, ()):
                light = roll(child)
                counts[light.colour, light.state] += 1
            own = out[tid] = rollup_counts(counts)
        return own

    for tid in parent_ids:
        roll(tid)


class _VerdictCache:
    """Verdicts by facts text: of open tasks for the most recent (day, thresholds,
    calendar), of closed ones for the most recent year.

    The week view, the task tree and the dashboard ask for the lights of the same day over
    and over while a clerk types, and step from week to week; a verdict depends on nothing
    but its facts text and that context, so repeated calls only judge what changed, and a
    new day only re-judges the tasks still open on it.
    """

    LIMIT = 200_000

    def __init__(self) -> None:
        self._context: tuple = ()
        self._year = 0
        self._open: dict[str, LightResult] = {}
        self._closed: dict[str, LightResult] = {}

    def memos(
        self, on: date, th: Thresholds, cal: WorkCalendar
    ) -> tuple[dict[str, LightResult], dict[str, LightResult]]:
        context = (on, th, cal)
        if context != self._context or len(self._open) > self.LIMIT:
            self._context, self._open = context, {}
        if on.year != self._year or len(self._closed) > self.LIMIT:
            self._year, self._closed = on.year, {}
        return self._open, self._closed


_verdicts = _VerdictCache()


class _FactsReader:
    """Turns the facts text of :data:`_FACTS_SQL` into :class:`TaskFacts`, parsing each
    distinct date once. A date the file holds in a broken form counts as missing (a
    deadline then shows 待确认) rather than stopping every light on the screen."""

    def __init__(self) -> None:
        self._dates: dict[str, date | None] = {"": None}

    def day(self, text: str) -> date | None:
        try:
            return self._dates[text]
        except KeyError:
            try:
                value = date.fromisoformat(text)
            except ValueError:
                value = None
            self._dates[text] = value
            return value

    def closed(self, key: str, on: date) -> LightResult:
        """The verdict of a task closed by ``on`` from its facts text: what
        :func:`evaluate` answers for a paused, cancelled or finished task, without
        building all of its facts."""
        status, deadline, finished, *original = key[1:].split("|")
        if status == "cancelled":
            return CANCELLED
        if status == "paused":
            return PAUSED
        current = self.day(deadline)
        return finished_light(
            self.day(finished), current, self.day(original[0]) if original else current, on
        )

    def __call__(self, key: str) -> TaskFacts:
        status, start, deadline, kind, recurrence, finished, created, year, report, *original = (
            key.split("|")
        )
        current = self.day(deadline)
        created_day = self.day(created)
        week, _, percent = report.partition(":")
        return TaskFacts(  # by position (a thousand or more a day): the fields in order
            status,
            task_start(self.day(start), created_day, int(year) if year else None),  # start
            current,  # deadline
            self.day(original[0]) if original else current,  # original_deadline
            kind,  # deadline_kind
            recurrence,
            self.day(finished),  # finished
            int(percent) if percent else None,  # percent
            week_range(week)[1] if week else None,  # last_report
            created_day,  # created
        )
