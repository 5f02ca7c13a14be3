"""Lights of many tasks at once: one query for the facts, the pure rules for the verdict.

``lights_for`` is what the week view, the dashboard and the reports call for every task
on screen (20,000 in the largest registers), so the facts of all tasks — including each
task's latest report or latest percentage up to the week of ``on`` — come from a single
query that seeks the progress index once per open task instead of scanning the progress
table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.lights import LightResult, TaskFacts, Thresholds, evaluate, rollup
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
# One row per live task: id, parent, whether closed, and the facts its light depends on,
# joined into one text ("active|2026-01-01|2026-06-30|date|||||:60"), so that tasks with the
# same facts are recognised by one string and judged once. Only what the rules read goes
# in: the creation date and plan year only without a start date; for a dated task its
# latest percentage, for a recurring or ongoing one the week of its latest report — each
# one seek of the (task, week, percent) index, skipped for closed tasks.
_FACTS_SQL = f"""
SELECT t.id, t.parent_id, {_CLOSED},
       t.status || '|' || ifnull(t.start_date, '') || '|' || ifnull(t.deadline, '')
       || '|' || t.deadline_kind || '|' || t.recurrence || '|' || ifnull(t.finished_date, '')
       || '|' || CASE WHEN t.start_date IS NULL
                      THEN substr(t.created_at, 1, 10) || '|' || ifnull(p.year, '')
                      ELSE '|' END
       || '|' || CASE
           WHEN {_CLOSED} THEN ''
           WHEN t.deadline_kind IN ('recurring', 'ongoing') THEN ifnull((
               SELECT max(g.week) FROM progress g
               WHERE g.task_id = t.id AND g.week <= :week), '') || ':'
           ELSE ':' || ifnull((
               SELECT g.percent FROM progress g
               WHERE g.task_id = t.id AND g.week <= :week AND g.percent IS NOT NULL
               ORDER BY g.week DESC LIMIT 1), '')
       END
FROM tasks t JOIN plans p ON p.id = t.plan_id
WHERE t.deleted_at IS NULL
"""
_SUBTREE_SQL = """
WITH RECURSIVE sub(id) AS (
    SELECT value FROM json_each(:ids)
    UNION
    SELECT c.id FROM tasks c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL
)
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
    sql = _FACTS_SQL
    params: dict[str, object] = {"on": on.isoformat(), "week": week_id(on)}
    wanted: set[int] | None = None
    if task_ids is not None:
        wanted = {int(i) for i in task_ids}
        sql = _SUBTREE_SQL + sql + " AND t.id IN (SELECT id FROM sub)"
        params["ids"] = json.dumps(sorted(wanted))
    if plan_id is not None:
        sql += " AND t.plan_id = :plan"
        params["plan"] = plan_id
    rows = reg.execute(sql, params).fetchall()
    originals = {tid: day.isoformat() for tid, day in extensions.original_deadlines(reg).items()}
    facts_of = _FactsReader()

    # Every task judged on its own facts first; tasks with the same facts share one
    # verdict (plans repeat deadlines and percentages a lot).
    open_memo, closed_memo = _verdicts.memos(on, th, cal)
    out: dict[int, LightResult] = {}
    children: dict[int, list[int]] = {}
    for tid, parent, closed, key in rows:
        if parent is not None:
            children.setdefault(parent, []).append(tid)
        if tid in originals:
            key += "|" + originals[tid]
        memo = closed_memo if closed else open_memo
        light = memo.get(key)
        if light is None:
            light = memo[key] = evaluate(facts_of(key), on, cal, th)
        out[tid] = light

    rolled: set[int] = set()

    def parent_light(tid: int) -> LightResult:
        """A parent's own 暂缓/取消/已完成 wins; otherwise the worst of its children."""
        own = out[tid]
        if tid in children and tid not in rolled:
            rolled.add(tid)
            if own.colour != "done" and own.state not in ("paused", "cancelled"):
                kids = children[tid]
                own = out[tid] = rollup(parent_light(c) if c in children else out[c] for c in kids)
        return own

    for tid in children:
        if tid in out:
            parent_light(tid)
    if wanted is not None:
        return {tid: out[tid] for tid in wanted if tid in out}
    return out


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

    def __call__(self, key: str) -> TaskFacts:
        status, start, deadline, kind, recurrence, finished, created, year, report, *original = (
            key.split("|")
        )
        current = self.day(deadline)
        created_day = self.day(created)
        week, _, percent = report.partition(":")
        return TaskFacts(
            status=status,
            start=task_start(self.day(start), created_day, int(year) if year else None),
            deadline=current,
            original_deadline=self.day(original[0]) if original else current,
            deadline_kind=kind,
            recurrence=recurrence,
            finished=self.day(finished),
            percent=int(percent) if percent else None,
            last_report=week_range(week)[1] if week else None,
            created=created_day,
        )
