"""The importer's shortcuts find exactly what the plain forms find.

The hot paths of the parser test a cheap condition first (a first-character lookahead, a
search that can skip ahead, one greedy pass instead of a search per separator, a table of
month lengths). Each shortcut is held here against the plain form it stands for, on
generated text made of the characters those forms care about and on every line of the
scored corpus, so a later edit of a form that breaks its shortcut fails here.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.importing import cleaning, extract, markers, outline

CORPUS = Path(__file__).parent / "corpus"


def _pattern_characters(*patterns: str) -> str:
    return "".join(sorted({ch for p in patterns for ch in p if ord(ch) > 0x2e7f}))


# Every CJK character the forms name, digits (also full-width and Arabic-Indic ones, which
# \d matches), masks, the punctuation the forms stop at, spaces and line breaks.
ALPHABET = (
    _pattern_characters(extract._DEADLINE_FORMS, extract._INDICATOR_RE.pattern, extract._UNIT_LABELS,
                        markers._INLINE.pattern, outline._PROSE_WORDS.pattern,
                        outline._PROSE_TITLE.pattern)
    + "0123456789１２٣xX×ｘＸ%％‰.-/～~—，,。；;：:、！？!?（）()【】[] \n\t\u3000做事项工作了前部分以上以下由请請等单位部门"
)
texts = st.text(alphabet=st.sampled_from(ALPHABET), max_size=60)


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(CORPUS.rglob("*.txt")):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


CORPUS_LINES = _corpus_lines()


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


def _plain(pattern: re.Pattern[str], *shortcuts: str) -> re.Pattern[str]:
    source = pattern.pattern
    for shortcut in shortcuts:
        assert shortcut in source
        source = source.replace(shortcut, "")
    return re.compile(source, pattern.flags)


PLAIN_DEADLINE = re.compile(extract._DEADLINE_FORMS)
PLAIN_INDICATOR = _plain(extract._INDICATOR_RE, extract._INDICATOR_AHEAD, extract._BOUND_FIRST,
                         extract._COUNT_FIRST)
PLAIN_LABELS = [(p, _plain(p, extract._LABEL_FIRST))
                for p in (extract._UNIT_LABEL_RE, extract._BRACKETED_FIELDS, extract._TRAILING_FIELDS)]
PLAIN_INLINE = _plain(markers._INLINE, markers._INLINE_FIRST)
# The forms as they were written before the shortcuts.
OLD_HINT = re.compile(
    r"月|季度|半年|学期|學期|每年|年[中底末终終内內]|全年|暑|开学|開學|寒假|周|週|长期|長期|常[态態抓]|持[续續]|\d{4}年|"
    r"\d{4}[./\-]\d"
)
OLD_PROSE = re.compile(
    r"成绩|成績|回顾|回顧|过去一年|過去一年|过去的一年|主要做法|指导思想|指導思想|总体要求|總體要求|"
    r"总体思路|總體思路|基本原则|基本原則|工作成效|主要成效|取得的成效|所做的|基本情况|基本情況|"
    r"存在的问题|存在的問題|问题与不足|問題與不足|不足之处|不足之處|形势分析|形勢分析|"
    r"^[\u4e00-\u9fff]{0,4}(?:时间|時間|期限|周期|週期|有效期)$|"
    r"^[\u4e00-\u9fff]{0,4}(?:背景|依据|依據|现状|現狀|发展基础|發展基礎|工作基础|工作基礎)$"
)


OLD_COMPARATORS = (
    (re.compile(r"不超过|不超過|控制在|以内|以內|以下"), "<="),
    (re.compile(rf"不低于|不低於|不少于|不少於|以上|{extract._VERB_GE}|^达|^達"), ">="),
    (re.compile(extract._VERB_GT), ">"),
    (re.compile(r"低于|低於|少于|少於"), "<"),
)


def _old_comparator(text: str) -> str:
    return next((c for pattern, c in OLD_COMPARATORS if pattern.search(text)), "=")


def _same_everywhere(text: str) -> None:
    assert _found(extract._DEADLINE_RE, text) == _found(PLAIN_DEADLINE, text)
    assert _found(extract._INDICATOR_RE, text) == _found(PLAIN_INDICATOR, text)
    for fast, plain in PLAIN_LABELS:
        assert _found(fast, text) == _found(plain, text)
    assert _found(markers._INLINE, text) == _found(PLAIN_INLINE, text)
    if extract._INDICATOR_RE.search(text):
        assert extract._NUMBER_CHARACTER.search(text)
    hint = bool(extract._DEADLINE_HINT.search(text) or extract._YEAR_DIGITS.search(text))
    assert hint == bool(OLD_HINT.search(text))
    if extract._DOTTED_DATE.search(text):
        assert extract._YEAR_DIGITS.search(text)
    name = text.strip()
    if not (name[:1] in extract._TRIM_FIRST or name[-1:] in extract._TRIM_LAST):
        assert extract._NAME_TRIM.sub("", name) == name
    if cleaning._EMBEDDED_HEADING.search(text):
        assert cleaning._HEADING_START.search(text)
    for start in range(len(text)):
        assert extract._comparator(text[start:]) == _old_comparator(text[start:])
    prose = bool(outline._PROSE_WORDS.search(text) or (
        len(text) <= outline._PROSE_TITLE_MAX and outline._PROSE_TITLE.match(text)))
    assert prose == bool(OLD_PROSE.search(text))
    for position in range(len(text) + 1):
        assert extract._sentence_around(text, position) == _plain_sentence_around(text, position)
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 6) + 1):
            phrase = text[start:end]
            assert extract._words_around(text, phrase) == _plain_words_around(text, phrase)


def _plain_words_around(text: str, phrase: str) -> str:
    at = text.find(phrase)
    if at < 0:
        return phrase
    start = max(text.rfind(sep, 0, at) for sep in "。；;，,\n") + 1
    ends = [e for e in (text.find(sep, at + len(phrase)) for sep in "。；;，,\n") if e >= 0]
    return text[start: min(ends) if ends else len(text)].strip()


def _plain_sentence_around(text: str, position: int) -> str:
    floor = max(0, position - 300)
    start = max(text.rfind(sep, floor, position) for sep in "。；;！？!?\n")
    start = start if start >= 0 else floor - 1
    m = extract._SENTENCE.match(text, start + 1)
    return m.group(0) if m else ""


@settings(max_examples=400, deadline=None)
@given(texts)
def test_shortcuts_agree_on_generated_text(text: str) -> None:
    _same_everywhere(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(CORPUS_LINES), min_size=1, max_size=4), texts)
def test_shortcuts_agree_on_corpus_text(lines: list[str], noise: str) -> None:
    _same_everywhere("\n".join(lines) + noise)


@pytest.mark.parametrize(
    "text",
    ["2024年3月31日前", "到2026年基本实现", "1-3月完成", "3季度", "第一季度", "每月一报", "长期坚持",
     "1111111111", "12-", "2024.10", "达到95%以上", "新改扩建3所", "不超过x%", "一是…二是…",
     "（牵头单位：县教育局；配合单位：县财政局）", "责任单位：办公室", "工作目标", "实施时间",
     "工作发展基础", "一二三四发展基础\n", "一二三四五发展基础"],
)
def test_shortcuts_agree_on_known_forms(text: str) -> None:
    _same_everywhere(text)
    _same_everywhere(f"。{text}，")


def test_longest_verb_is_within_the_reach_of_the_lookahead() -> None:
    longest = max(len(verb) for verb in extract._VERBS.split("|"))
    assert extract._VERB_REACH >= longest - 1 + 8


def test_dates_are_those_of_the_calendar() -> None:
    for year in (None, 1, 1900, 2023, 2024, 2100, 9999):
        for month in range(0, 14):
            for day in range(0, 33):
                try:
                    expected = date(year, month, day).isoformat() if year is not None else None
                except ValueError:
                    expected = None
                assert extract._iso(year, month, day) == expected
            if 1 <= month <= 12:
                assert extract._last_day(year, month) == calendar.monthrange(year or 2023, month)[1]
                for day in range(0, 33):
                    assert extract._valid(month, day) == (1 <= day <= calendar.monthrange(2024, month)[1])
            else:
                assert not extract._valid(month, 1)
                with pytest.raises(calendar.IllegalMonthError):
                    extract._last_day(year, month)
