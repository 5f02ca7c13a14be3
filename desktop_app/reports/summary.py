"""工作总结（初稿）: a half-year or year-end summary drafted from the register alone.

Every sentence is a template filled with what the register holds — counts, task names,
departments, dates, the words of the last progress reports, indicators — and nothing
else, so the office edits a draft instead of a blank page and every figure can be traced
back to its tasks (:class:`Figures`). The tasks counted are those of 年终考核统计 for the
same period (:func:`desktop_app.reports.yearly.counted_tasks`).

一、主要工作完成情况: by plan section, the finished tasks with the substance of their last
report and their indicators as 目标 vs 实际. 二、存在的问题: the overdue and lagging tasks,
grouped by the problem reported. 三、下一步工作打算: the unfinished tasks with their latest
下周计划.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop_app import clock
from desktop_app.domain.dates import cn_date
from desktop_app.domain.weeks import week_id
from desktop_app.reports import common
from desktop_app.reports.yearly import Counted, counted_tasks, period_name
from desktop_app.storage import report_queries, summary_queries
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.status import lights_for

CHINESE_ORDINALS = "一二三四五六七八九十"
COMPARATOR_WORDS = {">=": "不低于", ">": "高于", "<=": "不高于", "<": "低于", "=": "", "": ""}
_END_PUNCTUATION = "。！？；…"


@dataclass
class Figures:
    """The counts the opening paragraph states."""

    tasks: int = 0
    finished: int = 0
    on_time: int = 0
    late: int = 0
    unfinished: int = 0
    overdue: int = 0
    lagging: int = 0

    def rate(self, n: int) -> str:
        return f"{100 * n / self.tasks:.1f}%" if self.tasks else "—"


@dataclass
class Block:
    """A heading (level 1: 一、, level 2: （一）) or a body paragraph (level 0)."""

    text: str
    level: int = 0


@dataclass
class Summary:
    title: str
    period: str
    as_of: date
    figures: Figures
    blocks: list[Block] = field(default_factory=list)


def parse_period(text: str) -> tuple[int, int | None]:
    """"2026" → (2026, None); "2026H1" / "2026h2" / "2026上半年" → (2026, 1 or 2)."""
    value = (text or "").strip()
    m = re.fullmatch(r"(\d{4})(?:年)?(?:[Hh]([12])|(上半年|下半年))?", value)
    if not m or not 1990 <= int(m.group(1)) <= 2100:
        raise ValidationError(f"期间“{text}”不正确，应为 2026（全年）、2026H1（上半年）或 2026H2（下半年）。")
    half = int(m.group(2)) if m.group(2) else ({"上半年": 1, "下半年": 2}.get(m.group(3) or ""))
    return int(m.group(1)), half


def ordinal(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十."""
    if n <= 10:
        return CHINESE_ORDINALS[n - 1]
    tens, ones = divmod(n, 10)
    return (CHINESE_ORDINALS[tens - 1] if tens > 1 else "") + "十" + (CHINESE_ORDINALS[ones - 1] if ones else "")


def sentence(text: str) -> str:
    """The text as one sentence: line breaks joined, a full stop added when it has none."""
    text = re.sub(r"\s*\n\s*", "；", (text or "").strip()).rstrip("；;，,")
    return text if not text or text[-1] in _END_PUNCTUATION else text + "。"


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if value != int(value) else str(int(value))


def indicator_text(indicator: dict) -> str:
    """入园率达到97%以上：目标不低于97%，实际98.5%（实际值未填报 when empty)."""
    unit = indicator["unit"] or ""
    target = (
        f"目标{COMPARATOR_WORDS.get(indicator['comparator'], '')}{number_text(indicator['value'])}{unit}"
        if indicator["value"] is not None else ""
    )
    actual = (f"实际{number_text(indicator['actual'])}{unit}" if indicator["actual"] is not None
              else "实际值未填报")
    return f"{indicator['text']}（{'，'.join(p for p in (target, actual) if p)}）"


def _names(tasks: Iterable[dict]) -> str:
    return "、".join(f"{t['title']}（{t['lead_name'] or common.NO_DEPARTMENT}）" for t in tasks)


def build_summary(
    reg: Register,
    period: str,
    *,
    plan_id: int | None = None,
    today: date | None = None,
) -> Summary:
    """The draft for ``period`` ("2026", "2026H1", "2026H2") as of its end (or today)."""
    year, half = parse_period(period)
    start, end = common.period_bounds(year, half)
    today = today or clock.today()
    as_of = min(end, today)
    all_tasks = report_queries.report_tasks(reg, plan_id)
    counted = counted_tasks(reg, year, half, plan_id=plan_id, today=today, tasks=all_tasks)
    first_week, last_week = week_id(start), week_id(as_of)
    words = summary_queries.last_words(reg, first_week, last_week, plan_id)
    indicators = summary_queries.indicators_by_task(reg, plan_id)
    # unfinished at the statistics day: active, or finished only after it
    open_leaves = [
        t for t in all_tasks
        if t["is_leaf"]
        and (t["status"] == "active" or (t["status"] == "finished" and (t["finished_date"] or "") > as_of.isoformat()))
        and not (t["start_date"] and t["start_date"] > as_of.isoformat())
    ]
    active = [t["id"] for t in open_leaves if t["status"] == "active"]
    lights = lights_for(reg, as_of, plan_id=plan_id, task_ids=active) if active else {}
    org = common.organisation(reg, all_tasks)
    name = period_name(year, half)

    figures = Figures(tasks=len(counted))
    for c in counted:
        figures.finished += c.finished
        figures.on_time += c.on_time
        figures.late += c.late
        figures.overdue += c.overdue
    figures.unfinished = figures.tasks - figures.finished
    overdue_tasks = [c.task for c in counted if c.overdue]
    overdue_ids = {t["id"] for t in overdue_tasks}
    lagging_tasks = [
        t for t in open_leaves
        if t["id"] not in overdue_ids and lights.get(t["id"]) is not None and lights[t["id"]].state == "lagging"
    ]
    figures.lagging = len(lagging_tasks)

    def day(value: str | date | None) -> str:
        return cn_date(value, as_of) if value else ""

    plans = "、".join(dict.fromkeys(f"《{t['plan_title']}》" for t in all_tasks if t["plan_title"]))
    blocks: list[Block] = []
    opening = (
        f"{name}，{org + '围绕' if org else '围绕'}{plans or '年度工作要点'}，"
        f"纳入本期统计的重点工作任务共{figures.tasks}项（按原定完成时限计入，长期、每月等无固定时限的任务计入当年）。"
        f"截至{common.day_text(as_of, with_year=True)}，已完成{figures.finished}项，"
        f"其中按时完成{figures.on_time}项、逾期完成{figures.late}项；尚未完成{figures.unfinished}项，"
        f"其中已逾期{figures.overdue}项。完成率{figures.rate(figures.finished)}，"
        f"按时完成率{figures.rate(figures.on_time)}。现将有关情况总结如下。"
    )
    blocks.append(Block(opening))

    # 一、主要工作完成情况 --------------------------------------------------------------
    blocks.append(Block("一、主要工作完成情况", 1))
    sections: dict[int, list[Counted]] = {}
    for c in counted:
        sections.setdefault(c.task["section_id"], []).append(c)
    if not sections:
        blocks.append(Block("本期没有原定完成的工作任务。"))
    for n, members in enumerate(sections.values(), start=1):
        first = members[0].task
        title = first["section_title"] if first["section_id"] != first["id"] else first["title"]
        done = [c for c in members if c.finished]
        blocks.append(Block(f"（{ordinal(n)}）{title.rstrip('。；，')}", 2))
        blocks.append(Block(f"本方面原定本期完成的任务{len(members)}项，已完成{len(done)}项"
                            + (f"，其中按时完成{sum(c.on_time for c in done)}项。" if done else "。")))
        for k, c in enumerate(done, start=1):
            t = c.task
            when = f"{day(t['finished_date'])}完成" + ("，逾期完成" if c.late else "")
            text = f"{k}．{t['title']}（{t['lead_name'] or common.NO_DEPARTMENT}，{when}）。"
            said = words["done"].get(t["id"])
            if said:
                text += sentence(said[1])
            marks = indicators.get(t["id"])
            if marks:
                text += "指标：" + "；".join(indicator_text(i) for i in marks) + "。"
            blocks.append(Block(text))

    # 二、存在的问题 -------------------------------------------------------------------
    blocks.append(Block("二、存在的问题", 1))
    groups = [("逾期未完成的任务", overdue_tasks), ("进度滞后的任务", lagging_tasks)]
    if not overdue_tasks and not lagging_tasks:
        blocks.append(Block("截至统计日，没有逾期未完成或进度滞后的任务。"))
    n = 0
    for heading, tasks in groups:
        if not tasks:
            continue
        n += 1
        blocks.append(Block(f"（{ordinal(n)}）{heading}{len(tasks)}项", 2))
        by_problem: dict[str, list[dict]] = {}
        for t in tasks:
            said = words["problems"].get(t["id"])
            by_problem.setdefault(sentence(said[1]) if said else "", []).append(t)
        ordered = sorted(by_problem.items(), key=lambda kv: (kv[0] == "", -len(kv[1])))
        for k, (problem, members) in enumerate(ordered, start=1):
            if problem:
                blocks.append(Block(f"{k}．反映“{problem.rstrip('。')}”的{len(members)}项：{_names(members)}。"))
            else:
                blocks.append(Block(f"{k}．未报送存在问题的{len(members)}项：{_names(members)}。"))

    # 三、下一步工作打算 ---------------------------------------------------------------
    blocks.append(Block("三、下一步工作打算", 1))
    unfinished: dict[int, list[dict]] = {}
    for t in open_leaves:
        unfinished.setdefault(t["section_id"], []).append(t)
    if not unfinished:
        blocks.append(Block("各项任务均已完成。"))
    for n, members in enumerate(unfinished.values(), start=1):
        first = members[0]
        title = first["section_title"] if first["section_id"] != first["id"] else first["title"]
        blocks.append(Block(f"（{ordinal(n)}）{title.rstrip('。；，')}", 2))
        for k, t in enumerate(members, start=1):
            deadline = common.deadline_text(t, year=as_of.year)
            text = f"{k}．{t['title']}（{t['lead_name'] or common.NO_DEPARTMENT}"
            text += f"，完成时限：{deadline}）" if deadline else "）"
            said = words["next"].get(t["id"])
            text += f"：{sentence(said[1])}" if said else "：尚未报送下一步计划。"
            blocks.append(Block(text))

    title = f"{org}{name}工作总结（初稿）"
    return Summary(title=title, period=name, as_of=as_of, figures=figures, blocks=blocks)
