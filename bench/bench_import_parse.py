"""Parsing a ~1 MB plan text (~10,000 items) with the import text engine.

Run: ``python bench/bench_import_parse.py [items]``; prints the text size, the
item count, the best of five timings of ``parse_text`` (wall and CPU) and the rate, then the
same for the cleaning step alone and for a traditional-characters copy with
conversion to simplified.

``python bench/bench_import_parse.py --scale`` parses 5,000, 40,000 and 300,000 items once
each (and a plan whose one item runs on for 160,000 unnumbered lines) and prints the time
per item, beside the same parse with the garbage collector walking the growing item set
(the way it ran before) — the shipped parse stays proportional to its input — and whether
300,000 items parse in under 10 s (the target).

``python bench/bench_import_parse.py --target [runs]`` parses the 300,000 items ``runs``
times (3 by default) and prints min / median / max, wall and CPU, and the target's verdict.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.importing.cleaning import clean_text
from desktop_app.importing.parse import parse_text

UNITS = ["办公室", "组干科", "基础教育科", "人事科", "计划财务科", "安全办", "督导室", "教研室", "机关党委"]
DEADLINES = ["3月底前", "4月20日前", "4月中旬", "10月份", "上半年", "年底前", "第一季度", "暑期",
             "秋季开学前", "8月10日-8月20日", "每月", "长期坚持", "X月底前", "2027年1月15日前"]
CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    """1..99 as 一 … 九十九, enough for section numbers."""
    tens, ones = divmod(n, 10)
    return (CN[tens - 1] if tens > 1 else "") + ("十" if tens else "") + (CN[ones - 1] if ones else "")


def synthetic_text(items: int) -> str:
    """Sections 一、 → （一） → 1. → (1), with deadlines, indicators, unit notes and 一是… runs."""
    lines = ["某县教育体育局2026年工作要点", "", "一、指导思想", "坚持立德树人根本任务，办好人民满意的教育。"]
    count, section, n = 2, 1, 0
    while count < items:
        section += 1
        lines.append(f"{cn(section % 99 or 1)}、第{section}部分重点工作")
        count += 1
        for group in range(1, 6):
            lines.append(f"（{cn(group)}）推进第{section}-{group}项重点任务")
            count += 1
            for task in range(1, 9):
                n += 1
                deadline = DEADLINES[n % len(DEADLINES)]
                lead, co = UNITS[n % len(UNITS)], UNITS[(n + 4) % len(UNITS)]
                body = (f"{task}.落实第{n}项具体工作。围绕年度目标细化措施，{deadline}完成，"
                        f"覆盖率达到{60 + n % 40}%以上，新建{n % 9 + 1}所。")
                if task % 4 == 0:
                    body += "一是明确责任分工；二是加强过程督查；三是按时报送进展。"
                    count += 3
                lines.append(f"{body}（责任科室：{lead}、{co}）")
                count += 1
                if task % 3 == 0:
                    lines.append(f"(1)开展第{n}项专项检查，{DEADLINES[(n + 5) % len(DEADLINES)]}完成。")
                    lines.append(f"(2)形成第{n}项检查报告，不低于{n % 20 + 5}%的学校抽查。")
                    count += 2
    lines += ["同志们，让我们齐心协力，完成全年目标任务！", "", "某县教育体育局", "2026年1月6日"]
    return "\n".join(lines)


def best_of(runs: int, work) -> tuple[float, float, object]:
    """Best wall-clock and CPU seconds over ``runs`` (CPU time is steadier on a busy machine)."""
    wall = cpu = float("inf")
    result = None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = work()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu, result


def _once(work) -> tuple[float, float, object]:
    start, start_cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - start, time.process_time() - start_cpu, result


TARGET_ITEMS, TARGET_SECONDS = 300_000, 10.0


def _verdict(seconds: float) -> str:
    return "met" if seconds < TARGET_SECONDS else "NOT met"


def run_target(runs: int) -> None:
    text = synthetic_text(TARGET_ITEMS)
    walls, cpus = [], []
    items = 0
    for _ in range(runs):
        wall, cpu, plan = _once(lambda: parse_text(text))
        items = len(plan.items)
        del plan
        walls.append(wall)
        cpus.append(cpu)
    for label, values in (("wall", walls), ("CPU", cpus)):
        print(f"{items:,} items, {runs} runs, {label}: min {min(values):.2f} s, median "
              f"{statistics.median(values):.2f} s, max {max(values):.2f} s "
              f"({statistics.median(values) / items * 1e6:.1f} µs/item at the median)")
    print(f"target: {TARGET_ITEMS:,} items in under {TARGET_SECONDS:.0f} s — {_verdict(max(walls))} "
          f"(slowest run {max(walls):.2f} s wall)")
    old_wall, old_cpu, old = _once(lambda: parse_text.__wrapped__(text))
    del old
    print(f"the same parse with the collector walking the items: {old_wall:.2f} s wall, "
          f"{old_cpu:.2f} s CPU")


def scale() -> None:
    plain = parse_text.__wrapped__  # the parse without pausing the collector
    for target in (5_000, 40_000, 300_000):
        text = synthetic_text(target)
        wall, cpu, plan = _once(lambda: parse_text(text))  # noqa: B023
        items = len(plan.items)
        del plan
        old_wall, old_cpu, old = _once(lambda: plain(text))  # noqa: B023
        del old
        print(f"{items:>7,} items: {wall:6.2f} s wall, {cpu:6.2f} s CPU "
              f"({cpu / items * 1e6:5.1f} µs/item); collector walking the items: "
              f"{old_wall:6.2f} s wall, {old_cpu:6.2f} s CPU")
        if target >= TARGET_ITEMS:
            print(f"target: {TARGET_ITEMS:,} items in under {TARGET_SECONDS:.0f} s — {_verdict(wall)}")
    lines = 160_000
    passage = "某局2026年工作要点\n一、重点工作\n" + "\n".join(
        f"推进第{i}项工作，6月底前完成。" for i in range(lines))
    wall, cpu, _ = _once(lambda: parse_text(passage))
    print(f"one item running on for {lines:,} unnumbered lines: {wall:.2f} s wall, {cpu:.2f} s CPU "
          "(joining each line onto the text so far: 60 s at this size, 4x per doubling)")


def main() -> None:
    if "--scale" in sys.argv:
        scale()
        return
    if "--target" in sys.argv:
        rest = sys.argv[sys.argv.index("--target") + 1:]
        run_target(int(rest[0]) if rest else 3)
        return
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    text = synthetic_text(target)
    size_mb = len(text.encode("utf-8")) / 1024 / 1024
    elapsed, cpu, plan = best_of(5, lambda: parse_text(text))
    assert plan is not None
    items = len(plan.items)
    with_deadline = sum(1 for i in plan.items if i.deadline is not None)
    with_lead = sum(1 for i in plan.items if i.lead)
    print(f"plan text: {size_mb:.2f} MB UTF-8, {len(text.splitlines())} lines")
    print(f"parse_text: {items} items ({with_deadline} with deadline, {with_lead} with lead unit) "
          f"in {elapsed:.3f} s wall, {cpu:.3f} s CPU (best of 5) = {items / cpu:,.0f} items/s, "
          f"{cpu / items * 1e6:.1f} µs/item")
    clean_time, clean_cpu, _ = best_of(5, lambda: clean_text(text))
    print(f"clean_text alone: {clean_time:.3f} s wall, {clean_cpu:.3f} s CPU")
    import opencc

    traditional = opencc.OpenCC("s2t").convert(text)
    t2s_time, t2s_cpu, converted = best_of(3, lambda: parse_text(traditional, to_simplified=True))
    assert converted is not None
    print(f"parse_text of a traditional copy with to_simplified=True: {t2s_time:.3f} s wall, {t2s_cpu:.3f} s CPU")


if __name__ == "__main__":
    main()
