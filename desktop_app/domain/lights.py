"""Warning lights (亮灯): computed from a task's dates, status and reports — never typed.

The rules (DOMAIN.md, "Status and lights"), in the order they are tried:

1. 取消 / 暂缓 — set by a person; no light, excluded from statistics.
2. 已完成 ✓ — finished on or before ``on``; 逾期完成 when finished after the (current,
   possibly extended) deadline. A task finished after ``on`` is judged as still open, so the
   light of any past date is what it was on that date.
3. 未启动 — the task's start is after ``on``.
4. 逾期 ■ red — open and the current deadline has passed.
5. 长期 / 每月 … (``ongoing`` / ``recurring``): 预警 by missing reports. Weekly and ongoing
   tasks: yellow after ``stale_yellow_weeks`` complete weeks without a report, red after
   ``stale_red_weeks``. Monthly, quarterly and yearly tasks: yellow when the whole last
   month (quarter, year) had no report, red when the last two had none. The week in
   progress never counts as missed.
6. No deadline (``none`` / ``unclear`` without a date) — 待确认.
7. Dated tasks: 滞后 red when progress is behind 序时进度 by ``lag_red_points`` or more;
   临期 yellow when at most ``due_soon_working_days`` working days remain after ``on``;
   滞后 yellow when behind by ``lag_yellow_points``; 正常 green otherwise. A task without
   any reported percentage counts as 0 %: silence must not look like progress.

Start of a task: its start date; without one, the caller passes ``created`` — the storage
layer gives the later of the plan year's 1 January and the task's creation date, so a task
added in June is not behind schedule on the day it is entered.

序时进度 counts working days (see :mod:`desktop_app.domain.calendar`): the share of the
working days from start to deadline that have elapsed by the end of ``on``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.dates import cn_date


# Thresholds, TaskFacts and LightResult are named tuples: immutable values like frozen
# dataclasses, made without generating and compiling methods (a frozen dataclass takes ~1 ms
# to define, before the window can paint) and built faster (a day's lights are thousands).
class Thresholds(NamedTuple):
    """When a task turns yellow or red: points behind schedule, working days left, weeks unreported."""

    lag_red_points: int = 30
    lag_yellow_points: int = 10
    due_soon_working_days: int = 5
    stale_yellow_weeks: int = 2
    stale_red_weeks: int = 4


class TaskFacts(NamedTuple):
    """What a task's light depends on: its status, dates, kind of deadline and latest report."""

    status: str  # active | finished | paused | cancelled
    start: date | None
    deadline: date | None  # the current deadline (after any extension)
    original_deadline: date | None  # the deadline before the first extension
    deadline_kind: str  # none | date | period | recurring | ongoing | unclear
    recurrence: str  # '' | weekly | monthly | quarterly | yearly
    finished: date | None
    percent: int | None  # latest reported progress %
    last_report: date | None  # date of the latest progress entry
    created: date | None


class LightResult(NamedTuple):
    """A task's light: its state and colour, the symbol and word shown, 序时进度, the explanation."""

    state: str
    colour: str  # red | yellow | green | done | none
    symbol: str  # ■ ▲ ● ✓ or ''
    label: str
    schedule_percent: float | None  # 序时进度 0..100
    text: str = ""  # an explanation given as it is (none: ``parts`` say it)
    # The explanation in parts: ((key, args), …), each key one of DETAIL_TEXTS; an argument is a
    # number, a ShownDay or a nested tuple of parts. The interface says them in its own
    # language and 督办 reads its reason from them; ``detail`` says them in Chinese, only when
    # asked (thousands of lights are judged for each one shown).
    parts: tuple = ()

    @property
    def detail(self) -> str:
        """The explanation in Chinese (what reports print)."""
        return self.text or say_parts(self.parts, DETAIL_TEXTS.__getitem__, cn_date)


@dataclass(frozen=True, slots=True)
class ShownDay:
    """A day in an explanation, shown without its year when it falls in ``year``."""

    day: date
    year: int


# The Chinese of each part of an explanation ({0}, {1}…: its arguments, in order).
DETAIL_TEXTS = {
    "cancelled": "已取消，不计入统计",
    "paused": "已暂缓，不计入统计",
    "starts": "计划于{0}开始",
    "overdue": "已超过完成时限（{0}）{1}天",
    "extended": "（已延期，原时限{0}）",
    "no_deadline": "完成时限待确认",
    "finished": "已完成",
    "finished_on": "{0}完成",
    "finished_late": "{0}完成，超过时限{1}天",
    "finished_extended": "{0}完成，在延期后的时限内",
    "start_unknown": "开始日期未知，无法计算序时进度",
    "progress_none": "序时进度{0}%，尚未填报进度",
    "progress": "序时进度{0}%，实际{1}%",
    "behind": "，落后{0}个百分点",
    "due_today": "今天到期；{0}",
    "due_in": "距完成时限（{0}）还有{1}个工作日；{2}",
    "not_reported_yet": "尚未报送过进展",
    "last_report": "最近一次报送：{0}",
    "never_reported": "从未报送进展",
    "stale_weeks": "已连续{0}周未报送进展（{1}）",
    "stale_months": "已连续{0}个月未报送进展（{1}）",
    "stale_quarters": "已连续{0}个季度未报送进展（{1}）",
    "stale_years": "已连续{0}年未报送进展（{1}）",
    "no_children": "没有下级任务",
    "children_paused": "下级任务{0}项均已暂缓或取消",
    "children": "下级任务{0}项：{1}",
}


def say_parts(parts: tuple, texts, day_text) -> str:
    """An explanation's ``parts`` in words: ``texts(key)`` gives a part's template,
    ``day_text(day, year)`` a day's words."""
    out = []
    for key, args in parts:
        words = [say_parts(a, texts, day_text) if isinstance(a, tuple)
                 else day_text(a.day, a.year) if isinstance(a, ShownDay) else a for a in args]
        out.append(texts(key).format(*words))
    return "".join(out)


def find_part(parts: tuple, key: str) -> tuple | None:
    """The arguments of the first part ``key`` of an explanation, nested parts included."""
    for part_key, args in parts:
        if part_key == key:
            return args
        for arg in args:
            if isinstance(arg, tuple) and (found := find_part(arg, key)) is not None:
                return found
    return None


DEFAULT_THRESHOLDS = Thresholds()

# For sorting: red first, then yellow, green, finished, and lights that are not lights.
LIGHT_ORDER = ("red", "yellow", "green", "done", "none")
STATE_ORDER = (
    "overdue",
    "lagging",
    "stale",
    "due_soon",
    "normal",
    "finished_late",
    "finished",
    "not_started",
    "no_deadline",
    "paused",
    "cancelled",
)
SYMBOLS = {"red": "■", "yellow": "▲", "green": "●", "done": "✓", "none": ""}
LABELS = {
    "overdue": "逾期",
    "lagging": "滞后",
    "due_soon": "临期",
    "stale": "预警",
    "normal": "正常",
    "finished": "已完成",
    "finished_late": "逾期完成",
    "not_started": "未启动",
    "paused": "暂缓",
    "cancelled": "取消",
    "no_deadline": "待确认",
}
_COLOUR_RANK = {c: i for i, c in enumerate(LIGHT_ORDER)}
_STATE_RANK = {s: i for i, s in enumerate(STATE_ORDER)}
_ONE_DAY = timedelta(days=1)
_MONTHS_PER_PERIOD = {"monthly": 1, "quarterly": 3, "yearly": 12}
_STALE_PART = {"monthly": "stale_months", "quarterly": "stale_quarters", "yearly": "stale_years"}


def _result(state: str, colour: str, *parts: tuple, schedule: float | None = None) -> LightResult:
    return LightResult(state, colour, SYMBOLS[colour], LABELS[state], schedule, "", parts)


CANCELLED = _result("cancelled", "none", ("cancelled", ()))
PAUSED = _result("paused", "none", ("paused", ()))


def sort_key(result: LightResult) -> tuple[int, int]:
    """Worst first: red before yellow before green; overdue before lagging within red."""
    return _COLOUR_RANK[result.colour], _STATE_RANK[result.state]


def schedule_percent(start: date, deadline: date, on: date, cal: WorkCalendar) -> float:
    """序时进度: elapsed working days (to the end of ``on``) ÷ working days start..deadline."""
    if on >= deadline:
        return 100.0
    if on < start:
        return 0.0
    total = cal.workdays_between(start, deadline)
    if total == 0:
        return 0.0
    return 100.0 * cal.workdays_between(start, on) / total


def short_date(day: date, on: date) -> str:
    """3月31日 within the year of ``on``, 2025年3月31日 otherwise."""
    return cn_date(day, on.year)


def _extended_note(facts: TaskFacts, on: date) -> tuple:
    return _extension_note(facts.original_deadline, facts.deadline, on)


def _extension_note(original: date | None, deadline: date | None, on: date) -> tuple:
    """The part saying a deadline was extended (none when it was not)."""
    if original is None or deadline is None or original == deadline:
        return ()
    return (("extended", (ShownDay(original, on.year),)),)


def finished_on_time(facts: TaskFacts, *, original: bool = False) -> bool | None:
    """Whether a finished task met its deadline — the current one, or the original one
    for statistics. None when it is not finished or there is nothing to compare."""
    deadline = (facts.original_deadline or facts.deadline) if original else facts.deadline
    if facts.status != "finished" or facts.finished is None or deadline is None:
        return None
    return facts.finished <= deadline


def evaluate(
    facts: TaskFacts, on: date, cal: WorkCalendar, th: Thresholds = DEFAULT_THRESHOLDS
) -> LightResult:
    """The light of one task as of the end of day ``on``."""
    status = facts.status
    if status == "cancelled":
        return CANCELLED
    if status == "paused":
        return PAUSED
    if status == "finished" and (facts.finished is None or facts.finished <= on):
        return _finished(facts, on)

    begin = facts.start or facts.created
    if begin is not None and on < begin:
        return _result("not_started", "none", ("starts", (ShownDay(begin, on.year),)))
    deadline = facts.deadline
    if deadline is not None and deadline < on:
        days = (on - deadline).days
        return _result("overdue", "red", ("overdue", (ShownDay(deadline, on.year), days)),
                       *_extended_note(facts, on), schedule=100.0)
    if facts.deadline_kind in ("recurring", "ongoing"):
        return _staleness(facts, begin, on, th)
    if deadline is None:
        return _result("no_deadline", "none", ("no_deadline", ()))
    return _dated(facts, begin, deadline, on, cal, th)


def _finished(facts: TaskFacts, on: date) -> LightResult:
    return finished_light(facts.finished, facts.deadline, facts.original_deadline, on)


def finished_light(
    done: date | None, deadline: date | None, original: date | None, on: date
) -> LightResult:
    """The light of a task finished on ``done`` (on or before ``on``) against its current
    ``deadline`` and the ``original`` one; all it depends on, so callers judging
    thousands of finished tasks can skip building their facts."""
    if done is None:
        return _result("finished", "done", ("finished", ()))
    when = ShownDay(done, on.year)
    if deadline is not None and done > deadline:
        days = (done - deadline).days
        return _result("finished_late", "done", ("finished_late", (when, days)),
                       *_extension_note(original, deadline, on))
    if original is not None and done > original:
        return _result("finished", "done", ("finished_extended", (when,)))
    return _result("finished", "done", ("finished_on", (when,)))


def _dated(
    facts: TaskFacts, begin: date | None, deadline: date, on: date, cal: WorkCalendar, th: Thresholds
) -> LightResult:
    note = _extended_note(facts, on)
    actual = facts.percent
    progress: tuple
    if begin is None:
        schedule = None
        progress = (("start_unknown", ()),)
        lag = 0
    else:
        schedule = schedule_percent(begin, deadline, on, cal)
        lag = round(schedule) - (actual or 0)
        progress = ((("progress_none", (round(schedule),)) if actual is None
                     else ("progress", (round(schedule), actual))),)
        if lag > 0:
            progress += (("behind", (lag,)),)
    if lag >= th.lag_red_points:
        return _result("lagging", "red", *progress, *note, schedule=schedule)
    remaining = cal.workdays_between(on + _ONE_DAY, deadline)
    if remaining <= th.due_soon_working_days:
        when = (("due_today", (progress,)) if deadline == on
                else ("due_in", (ShownDay(deadline, on.year), remaining, progress)))
        return _result("due_soon", "yellow", when, *note, schedule=schedule)
    if lag >= th.lag_yellow_points:
        return _result("lagging", "yellow", *progress, *note, schedule=schedule)
    return _result("normal", "green", *progress, *note, schedule=schedule)


def _staleness(facts: TaskFacts, begin: date | None, on: date, th: Thresholds) -> LightResult:
    last = facts.last_report
    if last is not None and last > on:
        last = on
    months = _MONTHS_PER_PERIOD.get(facts.recurrence)
    if months is None:
        yellow, red, key = th.stale_yellow_weeks, th.stale_red_weeks, "stale_weeks"
        missed = _missed_weeks(last, begin, on)
    else:
        yellow, red, key = 1, 2, _STALE_PART[facts.recurrence]
        missed = _missed_periods(last, begin, on, months)
    since = ("not_reported_yet", ()) if last is None else ("last_report", (ShownDay(last, on.year),))
    if missed is not None and missed < yellow:
        return _result("normal", "green", since)
    colour = "red" if missed is None or missed >= red else "yellow"
    if missed is None:
        return _result("stale", colour, ("never_reported", ()))
    return _result("stale", colour, (key, (missed, (since,))))


def _missed_weeks(last: date | None, begin: date | None, on: date) -> int | None:
    """Complete ISO weeks up to ``on``'s week since the later of the last report's week and
    the week before the start (a report older than the start says nothing about it)."""
    refs = []
    if last is not None:
        refs.append(last - timedelta(days=last.weekday()))
    if begin is not None:
        refs.append(begin - timedelta(days=begin.weekday() + 7))
    if not refs:
        return None
    on_monday = on - timedelta(days=on.weekday())
    return max(0, (on_monday - max(refs)).days // 7 - 1)


def _missed_periods(last: date | None, begin: date | None, on: date, months: int) -> int | None:
    """Complete months (quarters, years) up to ``on``'s since the later of the last report's
    one and the one before the start."""

    def period(day: date) -> int:
        return (day.year * 12 + day.month - 1) // months

    refs = []
    if last is not None:
        refs.append(period(last))
    if begin is not None:
        refs.append(period(begin) - 1)
    if not refs:
        return None
    return max(0, period(on) - max(refs) - 1)


def _pair_rank(pair: tuple[str, str]) -> tuple[int, int]:
    return _COLOUR_RANK[pair[0]], _STATE_RANK[pair[1]]


def rollup(results: Iterable[LightResult]) -> LightResult:
    """The light of a parent task: the worst light among its children.

    Paused and cancelled children are ignored unless nothing else is left; a parent is
    finished only when every remaining child is.
    """
    return rollup_counts(Counter((r.colour, r.state) for r in results))


def rollup_counts(pairs: Mapping[tuple[str, str], int]) -> LightResult:
    """:func:`rollup` from the number of children per (colour, state) pair, so a section
    over thousands of tasks costs one count per child."""
    pairs = {p: n for p, n in pairs.items() if n > 0}
    live = {p: n for p, n in pairs.items() if p[1] not in ("paused", "cancelled")}
    if not live:
        if not pairs:
            return _result("no_deadline", "none", ("no_children", ()))
        colour, state = min(pairs, key=_pair_rank)
        return _result(state, colour, ("children_paused", (sum(pairs.values()),)))
    open_ = [p for p in live if p[0] != "done"]
    colour, state = min(open_ or live, key=_pair_rank)
    counts = dict.fromkeys(LIGHT_ORDER, 0)
    for (c, _), n in live.items():
        counts[c] += n
    summary = " ".join(f"{SYMBOLS[c] or '○'}{n}" for c, n in counts.items() if n)
    return _result(state, colour, ("children", (sum(counts.values()), summary)))
