"""The parser's work grows in proportion to its input (no step that redoes earlier work)."""

from __future__ import annotations

import gc
import time

from desktop_app.importing.cleaning import clean_text
from desktop_app.importing.parse import parse_text


def _passage(lines: int) -> str:
    body = "\n".join(f"推进第{i}项工作，6月底前完成。" for i in range(lines))
    return f"某局2026年工作要点\n一、重点工作\n{body}"


def _cpu(work) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def test_a_long_unnumbered_passage_stays_whole_and_in_order():
    plan = parse_text(_passage(3000))
    assert len(plan.items) == 1
    assert plan.items[0].title == "重点工作"
    assert plan.items[0].text.split("\n") == [f"推进第{i}项工作，6月底前完成。" for i in range(3000)]


def test_a_long_passage_costs_in_proportion_to_its_length():
    """Joining each paragraph onto the text so far made 4x the lines cost 16x the time."""
    small = _cpu(lambda: parse_text(_passage(5_000)))
    large = _cpu(lambda: parse_text(_passage(20_000)))
    assert large < 7 * max(small, 0.01), (small, large)


def test_wrapped_lines_of_a_pdf_copy_are_joined_in_order():
    wrapped = "工作推进有关事项安排如下具体内容是这样" * 2  # 38 characters, no end mark
    lines = [f"{wrapped[:36]}{i:02d}" for i in range(40)]
    text = "某局2026年工作要点\n一、重点工作\n" + "\n".join(lines) + "\n结束。"
    paragraphs = clean_text(text).paragraphs
    joined = next(p for p in paragraphs if p.startswith(wrapped[:36]))
    assert joined.startswith("".join(lines))


def test_parsing_leaves_garbage_collection_as_it_found_it():
    assert gc.isenabled()
    parse_text(_passage(10))
    assert gc.isenabled()
    gc.disable()
    try:
        parse_text(_passage(10))
        assert not gc.isenabled()
    finally:
        gc.enable()
