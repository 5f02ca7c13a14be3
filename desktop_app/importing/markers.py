"""Outline markers as Chinese plans write them: 一、 （一） 1. 1、 ⒈ (1) ⑴ ① 第一， 一是 首先.

Full-width and half-width forms are the same marker (（一） = (一), 1． = 1.). A
marker is only recognised at the start of a paragraph; inline enumerations
(一是…二是…, 首先…其次…) are found by :func:`inline_enumeration`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_CN = "一二三四五六七八九十"
_CN_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)} | {"〇": 0, "两": 2}


def cn_to_int(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23, 一百零五 → 105; None if not a numeral."""
    if not text:
        return None
    total, current = 0, 0
    for ch in text:
        if ch in _CN_VALUES:
            current = _CN_VALUES[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


# Style names are stable identifiers: the outline decides levels by their order of appearance.
MARKER_RE = re.compile(
    rf"""^(?:
      (?P<cn_dun>[{_CN}]{{1,3}})\s*(?P<cn_sep>[、，,．.])
    | [（(]\s*(?P<cn_paren>[{_CN}]{{1,3}})\s*[）)]
    | (?P<cn_rparen>[{_CN}]{{1,3}})\s*[）)]
    | (?P<dec>\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}})(?=\s|[\u4e00-\u9fff])
    | (?P<num_dun>\d{{1,2}})\s*、
    | (?P<num_sp>\d{{1,2}})\s+(?=[\u4e00-\u9fff])
    | (?P<num_dot>\d{{1,2}})\s*[.．]
    | (?P<dot_char>[\u2488-\u249b])
    | [（(]\s*(?P<paren_num>\d{{1,2}})\s*[）)]
    | (?P<num_rparen>\d{{1,2}})\s*[）)]
    | (?P<paren_char>[\u2474-\u2487])
    | (?P<circled>[\u2460-\u2473])
    | 第(?P<chapter>[{_CN}]{{1,3}})(?P<chapter_unit>部分|章|节|節|篇)
    | 第(?P<article>[{_CN}]{{1,3}}|\d{{1,3}})(?:条|條)\s*[、，,：:.．]?
    | 第(?P<di>[{_CN}]{{1,3}})\s*[，,、：:]
    | (?P<yishi>[{_CN}]{{1,2}})是(?=[^，,。])
    | (?P<yiyao>[{_CN}]{{1,2}})要(?=[^，,。])
    | (?P<shouxian>首先|其次|再次|最后|最後)\s*[，,：:]?
    | (?P<bullet>[●■◆▲★•◇□▪▶➢❖]|[-*+](?=\s))
    )\s*""",
    re.VERBOSE,
)
MARKER_START = MARKER_RE

_WORD = re.compile(r"\w")
_QUANTITY = re.compile(r"[月日号万萬亿億千百元米亩畝倍个個所名人%％]|平方")
_ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": 4, "最後": 4}


class Marker(NamedTuple):
    """A marker as found; immutable. A named tuple: one is made for most paragraphs, and a
    tuple is made several times faster than a frozen dataclass."""

    style: str
    number: int
    text: str  # as written, without trailing spaces
    end: int  # where the item's own text begins
    weak: bool  # could also be ordinary text: counts only when the numbers run in sequence


def match_marker(line: str) -> Marker | None:
    """The outline marker at the start of a paragraph, if any."""
    m = MARKER_RE.match(line)
    if m is None:
        return _labelled(line)
    if not _WORD.search(line, m.end()):  # "一、。" heads nothing
        return None
    style = m.lastgroup
    if style == "cn_sep":
        style = "cn_dun"
    assert style is not None
    raw = m.group(style)
    rest = line[m.end():]
    weak = False
    if style == "bullet":
        return Marker(style, 0, raw, m.end(), False)  # numbered by its place in the list
    if style in ("cn_dun", "cn_paren", "cn_rparen", "di", "chapter", "yishi", "yiyao"):
        number = cn_to_int(raw) or 0
        if style == "cn_dun":
            # "一、二年级…" is a list of grades, "一，" is rare as a marker.
            weak = m.group("cn_sep") not in "、．." or (rest[:1] in _CN and rest[1:2] in "、年")
        weak = weak or style in ("yishi", "yiyao")
    elif style == "shouxian":
        number, weak = _ORDER_WORDS[raw], True
    elif style in ("dot_char", "paren_char", "circled"):
        base = {"dot_char": 0x2487, "paren_char": 0x2473, "circled": 0x245F}[style]
        number = ord(raw) - base
    elif style == "dec":
        parts = re.split(r"[.．]", raw)
        if _QUANTITY.match(rest) and m.end("dec") == m.end():
            # "1.3月底前…" is item 1 about March; "1.9万平方米" is a quantity.
            end = m.start("dec") + len(parts[0]) + 1
            return Marker("num_dot", int(parts[0]), line[:end], end, True)
        style = f"dec{len(parts)}"
        number = int(parts[-1])
        weak = m.end("dec") == m.end()  # "1.1加强…" without a space may be a decimal
    elif style == "chapter_unit":  # 第一章 above 第一节: each word is its own level
        raw = m.group("chapter")
        number = cn_to_int(raw) or 0
        style = "chapter_" + {"節": "节"}.get(m.group("chapter_unit"), m.group("chapter_unit"))
    elif style == "article":
        number = cn_to_int(raw) or (int(raw) if raw.isdigit() else 0)
    else:
        number = int(raw)
        # "1.2013起" or "1.9万平方米" may be text; so may a number followed by a space.
        weak = (style == "num_dot" and rest[:1].isdigit()) or style == "num_sp"
        if style == "num_sp" and _QUANTITY.match(rest):
            return None  # "12 月底前…" on a wrapped line, "3 所" in a table
    return Marker(style, number, line[: m.end()].rstrip(), m.end(), weak)


# Any short label followed by a number: 行动1： 任务一： ——任务2： 专项一 措施（一） 项目3.
# Such a label is a marker only when its numbers run in sequence (the outline confirms it).
_LABELLED = re.compile(
    rf"""^(?:[—–\-－]{{1,2}}\s*)?
    (?P<label>(?:(?![{_CN}第])[\u4e00-\u9fff]){{1,4}}?)
    (?:(?P<num>\d{{1,2}})(?![\d.．])|(?P<cn>[{_CN}]{{1,3}})|[（(]\s*(?P<paren>\d{{1,2}}|[{_CN}]{{1,3}})\s*[）)])
    (?P<sep>\s*[：:、.．]\s*|\s+|(?<=[）)]))""",
    re.VERBOSE,
)
_NOT_LABELS = re.compile(r"^(?:附件|附表|附图|图|表|注|例|共|计|约|近|达|有|是|为|占|年|月|日|第)")


def _labelled(line: str) -> Marker | None:
    m = _LABELLED.match(line)
    if m is None or _NOT_LABELS.match(m.group("label")) or not _WORD.search(line, m.end()):
        return None
    raw = m.group("num") or m.group("cn") or m.group("paren")
    number = int(raw) if raw.isdigit() else (cn_to_int(raw) or 0)
    kind = "d" if m.group("num") else "c" if m.group("cn") else "p"
    return Marker(f"label:{m.group('label')}:{kind}", number, line[: m.end()].rstrip(), m.end(), True)


# The characters the forms below can start with, tested first at every position.
_INLINE_FIRST = rf"(?=[{_CN}首其再最\u2460-\u2487\s\d（(])"
_INLINE = re.compile(
    _INLINE_FIRST + "(?:"
    rf"(?:^|(?<=[。；;：:，,！!？?\s]))(?:([{_CN}]{{1,2}})([是要抓])|(首先|其次|再次|最后))"
    r"|([\u2460-\u2473\u2474-\u2487])"
    r"|(?:^|(?<=[。；;：:]))\s*(?:(\d{1,2})[.．、](?!\d*[.．]|\d+[万萬亿億千百元%％个個所名人米亩畝倍])|[（(](\d{1,2})[）)])"
    ")"
)


def inline_enumeration(text: str) -> list[tuple[str, int, int]]:
    """(marker, start, end) of an inline enumeration 一是…二是… / 首先…其次… / 。1.…。2.…, or [].

    Counts only a run that starts at 一 (首先) and goes on in sequence; the longest
    such run wins, so a stray "三是" elsewhere in the paragraph is left alone.
    """
    runs: dict[str, list[tuple[str, int, int]]] = {}
    for m in _INLINE.finditer(text):
        if m.group(3):
            key, number, marker = "order", _ORDER_WORDS[m.group(3)], m.group(3)
        elif m.group(4):
            ch = ord(m.group(4))
            key = "circled" if ch <= 0x2473 else "paren_char"
            number, marker = ch - (0x245F if ch <= 0x2473 else 0x2473), m.group(4)
        elif m.group(5) or m.group(6):
            key = "num" if m.group(5) else "paren"
            number, marker = int(m.group(5) or m.group(6)), m.group(0).strip()
        else:
            key, number, marker = m.group(2), cn_to_int(m.group(1)) or 0, m.group(0)
        run = runs.setdefault(key, [])
        if number == len(run) + 1 or (key == "order" and marker.startswith("最") and run):
            run.append((marker, m.start(), m.end()))
        elif number == 1 and len(run) < 2:
            runs[key] = [(marker, m.start(), m.end())]
    best = max(runs.values(), key=len, default=[])
    return best if len(best) >= 2 else []
