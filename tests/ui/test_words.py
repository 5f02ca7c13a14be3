"""The interface's words for lights, days and weeks: in Chinese exactly the domain's words
(what reports print), in English their English sources."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.dates import cn_date
from desktop_app.domain.lights import LABELS, SYMBOLS, LightResult
from desktop_app.domain.weeks import week_label
from desktop_app.storage.overview import LIGHT_KINDS
from desktop_app.ui.common.words import (
    LIGHT_WORDS,
    date_edit_format,
    day_text,
    kind_text,
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
