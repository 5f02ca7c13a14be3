"""The interface's words for lights, days and weeks: in Chinese exactly the domain's words
(what reports print), in English their English sources."""

from __future__ import annotations

import re
from datetime import date

import pytest

from desktop_app.domain.calendar import default_calendar
from desktop_app.domain.dates import cn_date
from desktop_app.domain.lights import LABELS, SYMBOLS, LightResult, TaskFacts, evaluate, rollup
from desktop_app.domain.weeks import week_label
from desktop_app.storage.overview import LIGHT_KINDS
from desktop_app.ui.common.words import (
    LIGHT_WORDS,
    date_edit_format,
    day_text,
    kind_text,
    light_detail,
    light_text,
    light_word,
    week_text,
)

WEEKS = ["2026-W01", "2026-W47", "2026-W53", "2027-W01", "2025-W01"]


def light(state: str, colour: str) -> LightResult:
    return LightResult(state, colour, SYMBOLS[colour], LABELS[state], None, "")


@pytest.fixture
def english(qapp):
    from tests.conftest import ZH_TRANSLATORS

    for translator in ZH_TRANSLATORS:
        qapp.removeTranslator(translator)
    yield
    for translator in ZH_TRANSLATORS:
        qapp.installTranslator(translator)


def test_chinese_words_are_the_domain_words(qapp):
    assert set(LIGHT_WORDS) == set(LABELS)
    for state, label in LABELS.items():
        assert light_word(light(state, "red")) == label
    assert light_text(light("normal", "green")) == "● 正常"
    assert light_text(light("cancelled", "none")) == "取消" and light_text(None) == ""
    assert [kind_text(key) for key, _ in LIGHT_KINDS] == [label for _, label in LIGHT_KINDS]
    for day, ref in ((date(2026, 3, 31), 2026), (date(2026, 3, 31), date(2027, 1, 1)), (date(2026, 12, 6), None)):
        assert day_text(day, ref) == cn_date(day, ref)
    assert [week_text(w) for w in WEEKS] == [week_label(w) for w in WEEKS]
    assert date_edit_format() == "yyyy年M月d日"


def test_english_words(english):
    assert light_text(light("overdue", "red")) == "■ Overdue"
    assert light_text(light("no_deadline", "none")) == "To be confirmed"
    assert kind_text("red") == "■ Overdue/behind"
    assert day_text(date(2026, 3, 31), 2026) == "3/31"
    assert day_text(date(2027, 1, 3), 2026) == "1/3/2027"
    assert week_text("2026-W53") == "Week 53 (12/28–1/3/2027)"
    assert date_edit_format() == "M/d/yyyy"


def facts(**changes) -> TaskFacts:
    base = dict(status="active", start=date(2026, 1, 1), deadline=date(2026, 12, 31), original_deadline=None,
                deadline_kind="date", recurrence="", finished=None, percent=50, last_report=None, created=None)
    return TaskFacts(**{**base, **changes})


ON = date(2026, 11, 18)
EVERY_SHAPE = [
    facts(status="cancelled"), facts(status="paused"),
    facts(start=date(2026, 12, 1)),                                            # not started
    facts(deadline=date(2026, 10, 31)),                                        # overdue
    facts(deadline=date(2026, 10, 31), original_deadline=date(2025, 12, 31)),  # overdue, extended
    facts(deadline=None, deadline_kind="unclear"),                             # to be confirmed
    facts(status="finished", finished=None),
    facts(status="finished", finished=date(2026, 11, 2), deadline=date(2026, 10, 31)),
    facts(status="finished", finished=date(2026, 11, 2), deadline=date(2026, 10, 31),
          original_deadline=date(2026, 6, 30)),
    facts(status="finished", finished=date(2026, 11, 2), original_deadline=date(2026, 6, 30)),
    facts(status="finished", finished=date(2026, 11, 2)),
    facts(start=None, created=None),                                            # start unknown
    facts(percent=None),                                                        # nothing reported
    facts(percent=95),                                                          # ahead
    facts(percent=10),                                                          # far behind
    facts(deadline=date(2026, 11, 20), percent=95),                             # due soon
    facts(deadline=ON, percent=100),                                            # due today
    facts(deadline=date(2027, 1, 8), original_deadline=date(2026, 12, 31), percent=20),
    facts(deadline=None, deadline_kind="ongoing", last_report=date(2026, 11, 16)),
    facts(deadline=None, deadline_kind="ongoing", last_report=date(2026, 9, 1)),
    facts(deadline=None, deadline_kind="ongoing", last_report=date(2025, 9, 1)),
    facts(deadline=None, deadline_kind="ongoing", start=None),                  # never reported
    facts(deadline=None, deadline_kind="recurring", recurrence="monthly", last_report=date(2026, 8, 3)),
    facts(deadline=None, deadline_kind="recurring", recurrence="quarterly", last_report=date(2026, 2, 3)),
    facts(deadline=None, deadline_kind="recurring", recurrence="yearly", last_report=date(2024, 2, 3),
          start=date(2024, 1, 1)),
]


def every_light() -> list[LightResult]:
    cal = default_calendar()
    lights = [evaluate(f, ON, cal) for f in EVERY_SHAPE]
    return [*lights, rollup(lights), rollup(lights[:2]), rollup([])]


def test_every_explanation_reads_the_same_in_chinese(qapp):
    lights = every_light()
    assert len({light.detail for light in lights}) == len(lights)  # every shape is different
    for light in lights:
        assert light_detail(light) == light.detail


def test_every_explanation_is_english_in_english(english):
    for light in every_light():
        words = light_detail(light)
        assert words and not re.search(r"[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]", words), (light.detail, words)
    overdue = evaluate(facts(deadline=date(2026, 10, 31), original_deadline=date(2025, 12, 31)), ON,
                       default_calendar())
    assert light_detail(overdue) == "Past the deadline (10/31) by 18 days (extended, originally due 12/31/2025)"


def test_an_explanation_of_another_shape_is_shown_as_it_is(english):
    odd = LightResult("normal", "green", "●", "正常", None, "另行说明")
    assert light_detail(odd) == "另行说明" and light_detail(None) == ""
