"""Clean paragraphs → the plan's outline tree (flat list of items in document order).

Levels are decided per document: marker styles take ranks in the order they first
appear, and a stack of open styles says where each new item hangs (a plan may
start at "1.", a section may skip "（一）"). A marker that could also be ordinary
text ("1.2013起…", "一是…" at the start of a paragraph) counts only when its numbers
run in sequence. Sections that review the past, state the guiding ideology or
close with exhortations are kept but proposed as not-tasks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from desktop_app.importing.markers import Marker, inline_enumeration, match_marker
from desktop_app.importing.model import ImportItem

TITLE_MAX = 60

_PLAN_WORDS = re.compile(
    r"要点|要點|计划|計劃|意见|意見|方案|讲话|講話|报告|報告|总结|總結|发言|發言|安排|任务|任務|清单|清單|规划|規劃|"
    r"(?:推进|推進|分解|责任|責任|一览|一覽|进度|進度)表|台账|臺賬|的通知$"
)
_SALUTATION = re.compile(r"^(?:各位[^。]{0,30}|同志们|同志們|老师们|老師們|大家好)[：:!！]?$")
_PIECE_TITLE = re.compile(r"篇\s*[\d一二三四五六七八九十]+$|^(?:范文|範文)\s*[\d一二三四五六七八九十]+")
# The end matter of an official document: attachments, the issuing office, the date.
_TRAILER = re.compile(
    r"^(?:附件|附表|抄送|抄报|印发)[\d一二三四五六七八九十]*[:：]|"
    r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$|"
    r"^[^，。；：,;:\s]{2,20}(?:局|委员会|委員會|委|政府|办公室|辦公室|中心|学校|學校)$"
)
_VALIDITY_CLAUSE = re.compile(
    r"^本(?:方案|意见|意見|办法|辦法|通知|细则|細則|规定|規定|计划|計劃|要点|要點|制度|清单|清單)"
    r"[^。]{0,40}(?:施行|执行|執行|实施|實施|有效期|解释|解釋|负责解释)"
)
_TRAILING_NOTE = re.compile(
    r"[（(][^（）()]{1,20}[：:][^（）()]*[）)][。；;]?\s*$"
    # an unlabelled unit note: (体卫艺股负责) / (甲牵头，乙配合)
    r"|[（(][^（）()：:]{2,60}(?:负责|負責|牵头|牽頭|配合|参与|參與|落实|落實)[）)][。；;]?\s*$"
    r"|(?<=[。；;])\s*[^。；;，,（）()]{0,6}(?:单位|單位|科室|部门|部門|股室|处室|處室)\s*[：:][^。（）()]*[。；;]?\s*$"
)
_CLOSING = re.compile(r"^(?:同志们|同志們)[，,！!]|^让我们|^讓我們")
_SENTENCE_ENDS = frozenset("。；;！？!?")
_CLAUSE_ENDS = frozenset("，,：:")
_OPENERS = frozenset("“‘《〈「『（(【[")
_SENTENCE_END_RE = re.compile("[。；;！？!?]")  # the same characters as the sets above
_CLAUSE_END_RE = re.compile("[，,：:]")
_COLON_RE = re.compile("[：:]")
_OPENER_RE = re.compile("[“‘《〈「『（(【\\[]")
_CLOSERS = frozenset("”’》〉」』）)】]")
_ISSUING_NOTICE = re.compile(
    r"^.{0,30}?(?:关于|關於)(?:印发|印發|转发|轉發|下发|下發)[《“]?(.+?)[》”]?的(?:通知|通告|函)$"
)
# A title line that cannot be the whole title: it stops at "关于印发" or inside a quote.
_OPEN_TITLE_END = re.compile(r"(?:关于|關於|印发|印發|转发|轉發|关于印发|的)$")
_OFFICE_LINE = re.compile(
    r"[\u4e00-\u9fff]{2,24}(?:局|厅|廳|委员会|委員會|委|政府|办公室|辦公室|中心|学校|學校|院|办|辦)"
)
_RED_HEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,30}(?:文件|简报|簡報|通报|通報)$|^(?:附件|附表|附)\s*\d*\s*[:：]?$"
)
_DOC_NUMBER = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d+\s*号")
_DATE_ONLY = re.compile(r"^[\d〇○零一二三四五六七八九十年月日\s\-./]+$")
# A web page pasted as one line holds its title between other words: "首页 > 规划计划 XX局2025年工作要点 发布日期：…".
_TITLE_INSIDE = re.compile(
    r"(?:^|\s)([^\s>＞:：，。、|｜【】]{4,40}?(?:要点|要點|工作计划|工作計劃|实施方案|實施方案|行动方案|行動方案|"
    r"工作安排|任务清单|任務清單|的通知))(?=\s)"
)
# A plan pasted as one line begins with its title: "XX局2025年工作要点 为推动…".
_TITLE_HEAD = re.compile(
    r"^(\S{4,40}?(?:要点|要點|计划|計劃|意见|意見|方案|安排|清单|清單|规划|規劃|办法|辦法|细则|細則))\s+"
)
_TITLE_PREFIX = re.compile(r"^(?:\d{6,8}\s*[:：]|[—–\-]{1,2}|#{1,6})\s*")

# Headings of sections that are not tasks (simplified and traditional spellings): words
# anywhere in the heading (each starts with a plain character, so the engine looks only
# where one stands), or the whole heading.
_PROSE_WORDS = re.compile(
    r"成绩|成績|回顾|回顧|过去一年|過去一年|过去的一年|主要做法|指导思想|指導思想|总体要求|總體要求|"
    r"总体思路|總體思路|基本原则|基本原則|工作成效|主要成效|取得的成效|所做的|基本情况|基本情況|"
    r"存在的问题|存在的問題|问题与不足|問題與不足|不足之处|不足之處|形势分析|形勢分析"
)
_PROSE_TITLE = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:时间|時間|期限|周期|週期|有效期)$|"
    r"[\u4e00-\u9fff]{0,4}(?:背景|依据|依據|现状|現狀|发展基础|發展基礎|工作基础|工作基礎)$"
)
_PROSE_TITLE_MAX = 4 + 4 + 1  # the longest heading it takes: 4 characters, a word of 4, a line end
# A goal section states targets, not duties — unless tasks are listed under it ("一、目标任务 （一）…").
_GOAL_HEADING = re.compile(
    r"^(?:总体|總體|工作|主要|发展|發展|基本|具体|具體|年度|总|總)?目标(?:任务|任務|要求)?$"
)
_PROSE_TOP_HEADING = re.compile(r"总结|總結")
_PAST = re.compile(r"了|已经|已經|去年|过去|過去|取得|荣获|榮獲|被评为|被評為|获评|獲評")
_FUTURE = re.compile(r"要|将|將|力争|力爭|确保|確保|务必|務必|必须|必須|切实|切實|进一步|進一步|争取|爭取")

PROSE_NOTE = "看似回顾、指导思想或结束语，默认不作为任务"


class _Frame(NamedTuple):  # one per marked paragraph: a tuple is quick to make
    style: str
    number: int
    item: ImportItem


@dataclass
class Outline:
    title: str
    items: list[ImportItem]
    preamble: list[str]


def find_title(paragraphs: list[str]) -> tuple[str, int]:
    """The plan's title and its paragraph index (-1 if none) among the lines before the text.

    A 红头 title may run over two or three lines ("XX县人民政府办公室关于印发" /
    "XX实施方案的通知", or the office's name above "2024年工作计划"): such lines are
    read together. An issuing notice stands for the plan it issues.
    """
    first_marker = next((i for i, p in enumerate(paragraphs) if match_marker(p)), len(paragraphs))
    fallback: tuple[str, int] = ("", -1)
    head = paragraphs[: min(first_marker, 30)]
    for i, para in enumerate(head):
        long_line = len(para) > 50 or "。" in para
        inline = (_TITLE_HEAD.match(para) or _TITLE_INSIDE.search(para[:120])) if i < 3 and long_line else None
        if inline and (len(para) > 50 or "。" in para):
            return inline.group(1), -1
        if len(para) > 50 or "。" in para or _SALUTATION.match(para) or _RED_HEAD.match(para):
            continue
        candidate = _TITLE_PREFIX.sub("", para).strip()
        joined = _join_title_lines(head, i, candidate)
        if joined is not None:
            candidate = joined
        enclosed = _ISSUING_NOTICE.match(candidate)
        candidate = enclosed.group(1) if enclosed else candidate
        if not candidate:
            continue
        if _PLAN_WORDS.search(candidate) and not _DOC_NUMBER.search(candidate):
            candidate = candidate.strip("《》“”")
            if enclosed:  # "关于印发2025年工作要点的通知": the plan's own heading below names the office
                fuller = next((p for p in head[i + 1 :] if p != candidate and p.endswith(candidate)
                               and len(p) <= 50 and "。" not in p), None)
                candidate = fuller or candidate
            return candidate, i
        if fallback[1] < 0 and not _DOC_NUMBER.search(candidate) and not _DATE_ONLY.match(candidate):
            fallback = (candidate, i)
    return fallback


def _join_title_lines(head: list[str], i: int, first: str) -> str | None:
    """The title when it continues on the next lines, else None."""
    text = first
    for nxt in head[i + 1 : i + 3]:
        nxt = nxt.strip()
        if not nxt or "。" in nxt or len(nxt) > 50:
            break
        opened = text.count("《") > text.count("》") or text.count("“") > text.count("”")
        if opened or _OPEN_TITLE_END.search(text):
            text += nxt
            if not (text.count("《") > text.count("》")) and not _OPEN_TITLE_END.search(text):
                return text
            continue
        if _OFFICE_LINE.fullmatch(text) and _PLAN_WORDS.search(nxt) and not _OFFICE_LINE.fullmatch(nxt):
            return text + nxt
        break
    return text if text != first else None


def build_outline(
    paragraphs: list[str],
    *,
    title: str = "",
    progress: Callable[[int], None] | None = None,
) -> Outline:
    """The tree of marked items; unmarked paragraphs belong to the item above them."""
    found_title, title_index = find_title(paragraphs)
    title = title or found_title
    markers = [match_marker(p) for p in paragraphs]
    confirmed = _confirm_weak(markers)
    items: list[ImportItem] = []
    preamble: list[str] = []
    stack: list[_Frame] = []
    ranks: dict[str, int] = {}
    last_numbers: dict[str, int] = {}  # per style, for numbering that runs on across sections
    current: ImportItem | None = None  # where unmarked paragraphs go; None = preamble
    closing: ImportItem | None = None
    # Unmarked paragraphs per item, joined once at the end: joining them one by one
    # copied the growing text each time (quadratic on a long unnumbered passage).
    more: dict[int, list[str]] = {}
    for index, para in enumerate(paragraphs):
        if progress is not None and index % 500 == 0:
            progress(index)
        if index == title_index:
            continue
        marker = markers[index]
        if marker is not None and (not marker.weak or index in confirmed):
            item = _place(marker, para, stack, ranks, last_numbers, items)
            if item is not None:
                closing = None
                current = item
                continue
        if _is_break(para, title):
            current = None
            closing = None
        elif closing is not None:
            more.setdefault(id(closing), []).append(para)
        elif current is not None and _CLOSING.match(para):
            closing = _new_item(items, None, 1, "", para)
            closing.is_task = False
            closing.notes.append(PROSE_NOTE)
            stack.clear()
            current = None
        elif current is not None:
            more.setdefault(id(current), []).append(para)
        else:
            preamble.append(para)
    for item in items:
        extra = more.get(id(item))
        if extra:
            item.text = "\n".join([item.text, *extra] if item.text else extra)
    _split_inline(items)
    _mark_prose(items)
    _assign_ids(items)
    return Outline(title, items, preamble)


def _confirm_weak(markers: list[Marker | None]) -> set[int]:
    """Indexes of markers whose number follows the previous marker of the same style.

    A label that runs in sequence somewhere (行动1、行动2) is a marker style of the
    document: its other "1"s (措施（一） under the next 专项) start new runs of it.
    """
    confirmed: set[int] = set()
    last: dict[str, tuple[int, int]] = {}  # style → (index, number) of the previous marker
    sure_styles: set[str] = set()
    for index, marker in enumerate(markers):
        if marker is None:
            continue
        previous = last.get(marker.style)
        if previous is not None and marker.number == previous[1] + 1:
            confirmed.update((previous[0], index))
            sure_styles.add(marker.style)
        last[marker.style] = (index, marker.number)
    for index, marker in enumerate(markers):
        if (
            marker is not None
            and marker.number == 1
            and marker.style in sure_styles
            and (marker.style.startswith("label:") or marker.style == "num_sp")
        ):
            confirmed.add(index)
    return confirmed


def _place(
    marker: Marker,
    para: str,
    stack: list[_Frame],
    ranks: dict[str, int],
    last_numbers: dict[str, int],
    items: list[ImportItem],
) -> ImportItem | None:
    """Hang a marked paragraph in the tree; None when its number says it is ordinary text."""
    style = marker.style
    depth = None
    for k, frame in enumerate(stack):
        if frame.style == style:
            depth = k
            break
    if style == "bullet":  # bullets count themselves
        marker = marker._replace(number=stack[depth].number + 1 if depth is not None else 1)
    note = ""
    if depth is not None:
        expected = stack[depth].number + 1
        if marker.number not in (expected, 1):
            if marker.weak:
                return None
            note = f"编号不连续（上一项为 {stack[depth].number}）"
    else:
        rank = ranks.setdefault(marker.style, len(ranks))
        depth = len(stack)
        while depth and ranks[stack[depth - 1].style] > rank:
            depth -= 1
        if marker.number not in (1, last_numbers.get(marker.style, 0) + 1):
            if marker.weak:
                return None
            note = "编号不从 1 开始，请核对层级"
    del stack[depth:]
    parent = stack[-1].item if stack else None
    item = _new_item(items, parent, depth + 1, marker.text, para[marker.end:])
    if note:
        item.notes.append(note)
    stack.append(_Frame(marker.style, marker.number, item))
    last_numbers[marker.style] = marker.number
    return item


def _new_item(
    items: list[ImportItem], parent: ImportItem | None, level: int, marker: str, content: str
) -> ImportItem:
    title, text = split_title(content)
    item = ImportItem(id=str(len(items)), parent=parent.id if parent else None, level=level,
                      marker=marker, title=title, text=text)
    items.append(item)
    return item


def split_title(content: str) -> tuple[str, str]:
    """A heading's title is its first sentence (or clause, if that is long); the rest is text.

    Punctuation inside quotes, book titles and brackets does not end the title.
    """
    content = content.strip().lstrip("，,：:、。 ")
    end = _SENTENCE_END_RE.search(content)
    cut = end.start() if end else len(content)
    if _OPENER_RE.search(content, 0, cut):
        cut, clause_end = _ends_outside_quotes(content)
    else:
        clause = _CLAUSE_END_RE.search(content, 8, cut) if cut > TITLE_MAX else None
        clause_end = clause.start() if clause else -1
    if cut > TITLE_MAX and 0 <= clause_end < cut:
        cut = clause_end
    colon = _COLON_RE.search(content, 4, min(cut, 25)) if cut > 40 else None
    if colon and not _OPENER_RE.search(content, 0, colon.start()):
        cut = colon.start()  # "（一）加强政治建设：深入学习……" — the heading ends at the colon
    return content[:cut].strip(), content[cut:].lstrip("。；;！？!?，,：: ").strip()


def _ends_outside_quotes(content: str) -> tuple[int, int]:
    """Where the first sentence and the first clause (after 8 characters) end, outside quotes."""
    depth = 0
    clause_end = -1
    for i, ch in enumerate(content):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _SENTENCE_ENDS:
            return i, clause_end
        elif depth == 0 and ch in _CLAUSE_ENDS and clause_end < 0 and i >= 8:
            clause_end = i
    return len(content), clause_end


def _is_break(para: str, title: str) -> bool:
    """A salutation, a repeated title, "…篇2" or the document's closing clause ("本方案自印发之日起
    施行"): a new speech or the end matter starts, not item text."""
    if _SALUTATION.match(para) or _PIECE_TITLE.search(para) or _TRAILER.match(para):
        return True
    if _VALIDITY_CLAUSE.match(para):
        return True
    return bool(title) and len(para) <= 50 and "。" not in para and _TITLE_PREFIX.sub("", para) == title


def _split_inline(items: list[ImportItem]) -> None:
    """一是…二是… / 首先…其次… inside an item's own paragraph become its children."""
    result: list[ImportItem] = []
    for item in items:
        result.append(item)
        first, _, others = item.text.partition("\n")
        runs = inline_enumeration(first) if first else []
        if not runs:
            continue
        # A unit note closing the paragraph, "…三是…。（牵头单位：…）", is the parent's.
        note = _TRAILING_NOTE.search(first, runs[-1][2])
        if note:
            first, others = first[: note.start()], "\n".join(filter(None, (note.group(0).strip(), others)))
        bounds = [start for _, start, _ in runs[1:]] + [len(first)]
        pieces = [split_title(first[end:stop]) for (_, _, end), stop in zip(runs, bounds, strict=True)]
        if not all(title for title, _ in pieces):
            continue  # "首先，，其次…": not a list of tasks
        item.text = "\n".join(filter(None, (first[: runs[0][1]].strip(), others)))
        for k, ((marker, _, _), (title, text)) in enumerate(zip(runs, pieces, strict=True)):
            result.append(ImportItem(id=f"{item.id}-{k}", parent=item.id, level=item.level + 1,
                                     marker=marker, title=title, text=text))
    items[:] = result


def _mark_prose(items: list[ImportItem]) -> None:
    """Propose review, ideology and closing sections (and all below them) as not-tasks."""
    by_id = {item.id: item for item in items}
    parents = {item.parent for item in items if item.parent is not None}
    root_of: dict[str, str] = {}
    section_text: dict[str, list[str]] = {}  # per top-level section, all its words
    for item in items:
        root = root_of[item.id] = root_of.get(item.parent, item.id) if item.parent else item.id
        section_text.setdefault(root, []).append(item.title)
        section_text[root].append(item.text)
    for item in items:
        parent = by_id.get(item.parent) if item.parent is not None else None
        if not item.is_task:
            continue
        if parent is not None and not parent.is_task:
            item.is_task = False
            continue
        title = item.title
        heading = _PROSE_WORDS.search(title) or (len(title) <= _PROSE_TITLE_MAX and _PROSE_TITLE.match(title)) or (
            item.level == 1 and _PROSE_TOP_HEADING.search(title)
        ) or ("目标" in title and _GOAL_HEADING.match(title) and item.id not in parents)
        if heading or (item.level == 1 and _looks_past("。".join(section_text[item.id]))):
            item.is_task = False
            item.notes.append(PROSE_NOTE)


def _looks_past(text: str) -> bool:
    past = len(_PAST.findall(text))
    return past >= 3 and past > 2 * len(_FUTURE.findall(text))


def _assign_ids(items: list[ImportItem]) -> None:
    """Ids are outline paths ("3", "3.2", "3.2.4"): stable and readable in the preview."""
    new_ids: dict[str, str] = {}
    counters: dict[str | None, int] = {}
    for item in items:
        parent = new_ids.get(item.parent) if item.parent is not None else None
        counters[parent] = counters.get(parent, 0) + 1
        new_id = f"{parent}.{counters[parent]}" if parent else str(counters[parent])
        new_ids[item.id] = new_id
        item.id, item.parent = new_id, parent
