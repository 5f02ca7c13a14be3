"""A plan document → a proposed task tree (:class:`ParsedPlan`), whatever its format.

``parse_text`` runs the text engine (clean → outline → per-item proposals);
``parse_file`` picks the reader by the file's extension and content: plain text,
.docx (paragraphs with Word's numbering, or its decomposition table), or a table
file. Long documents report ``progress(fraction, text)`` and stop with
:class:`ImportCancelled` as soon as ``cancelled()`` says so.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop_app import collector
from desktop_app.importing.cleaning import clean_text
from desktop_app.importing.errors import ImportCancelled, ImportFailed
from desktop_app.importing.extract import enrich, known_units
from desktop_app.importing.markers import cn_to_int
from desktop_app.importing.model import ImportItem, ParsedPlan
from desktop_app.importing.outline import build_outline, find_title
from desktop_app.importing.reading import check_size, decode_bytes

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

TABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".xls", ".et")
# "（2025—2026年）": a plan over several years starts in its first.
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年(?!度?学年|學年)")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SCHOOL_YEAR = re.compile(r"((?:19|20)\d{2})\s*[-—–~～至]\s*((?:19|20)\d{2})\s*学年")
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年")
_DATE_LINE = re.compile(r"^((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^([〇○零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月")
_ORGANISATION = re.compile(
    r"^(?:关于|關於)?(?P<org>[^，。：:（(]{2,30}?(?:教育体育局|教体局|教育局|文教体局|局|委员会|委員會|委|厅|廳|办公室|辦公室|中心|学校|學校|政府))"
    r"(?=\s*(?:\d{4}|二〇|关于|關於|年度|工作|党|黨))"
)
_DOC_NUMBER = re.compile(r"^[^。，]{0,20}[〔\[［【]\s*((?:19|20)\d{2})\s*[〕\]］】]\s*\d+\s*号")
_ISSUED = re.compile(
    r"^(?:发布日期|發布日期|发布时间|發布時間|成文日期|印发日期|印發日期|日期)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年./]"
)
_DATED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")
_CN_DIGIT = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")


def _without_gc_passes(parse):
    """Parsing makes a few objects per item and no reference cycles: no collection while
    it runs (``desktop_app.collector``); collection resumes once the plan is built."""

    @functools.wraps(parse)
    def wrapper(*args, **kwargs):
        with collector.paused():
            return parse(*args, **kwargs)

    return wrapper


@_without_gc_passes
def parse_text(
    text: str,
    *,
    year: int | None = None,
    title: str | None = None,
    to_simplified: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    units: Iterable[str] = (),
) -> ParsedPlan:
    """Plain text of a plan (file, clipboard) → proposed tree with deadlines and units.

    ``units`` are the register's department names: written without an office ending
    they are still read as units.
    """
    with known_units(units):
        return _parse_text(text, year=year, title=title, to_simplified=to_simplified,
                           progress=progress, cancelled=cancelled)


def _parse_text(
    text: str,
    *,
    year: int | None,
    title: str | None,
    to_simplified: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ParsedPlan:
    """Plain text of a plan (file, clipboard) → proposed tree with deadlines and units.

    Cells copied from Excel or WPS arrive tab-separated; when they carry a
    decomposition table's header they are read as that table.
    """
    step = _Steps(progress, cancelled)
    table = _pasted_table(text)
    if table is not None:
        from desktop_app.importing.tables import parse_table_rows

        step(0.5, "正在读取粘贴的表格…")
        single_cells = [next(c for c in row if c) for row in table if sum(1 for c in row if c) == 1]
        plan = parse_table_rows(table, year=year, title=title or find_title(single_cells)[0])
        plan.source_kind = "table"
        if to_simplified:
            simplify_plan(plan)
        step(1.0, f"已识别 {len(plan.items)} 项。")
        return plan
    step(0.05, "正在清理网页和排版杂项…")
    cleaned = clean_text(text, to_simplified=to_simplified)
    plan = _parse_paragraphs(cleaned.paragraphs, cleaned.warnings, year, title, step)
    plan.source_kind = "text"
    return plan


@_without_gc_passes
def parse_file(
    path: str | Path,
    *,
    year: int | None = None,
    to_simplified: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    units: Iterable[str] = (),
) -> ParsedPlan:
    """Any supported plan file → proposed tree; :class:`ImportFailed` says why not.

    ``units``: the register's department names (see :func:`parse_text`).
    """
    with known_units(units):
        return _parse_file(path, year=year, to_simplified=to_simplified, progress=progress,
                           cancelled=cancelled)


def _parse_file(
    path: str | Path,
    *,
    year: int | None,
    to_simplified: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ParsedPlan:
    """Any supported plan file → proposed tree; :class:`ImportFailed` says why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    check_size(path)
    step = _Steps(progress, cancelled)
    step(0.0, f"正在读取“{path.name}”…")
    if suffix in TABLE_SUFFIXES:
        from desktop_app.importing.tables import parse_table_file

        plan = parse_table_file(path, year=year)
        if to_simplified:
            simplify_plan(plan)
    elif suffix == ".pdf" or _starts_with(path, b"%PDF"):
        from desktop_app.importing.pdf_reader import read_pdf_text

        step(0.02, "正在读取 PDF 的文字…")
        plan = parse_text(read_pdf_text(path), year=year, to_simplified=to_simplified,
                          progress=progress, cancelled=cancelled)
        plan.source_kind = "pdf" if plan.source_kind == "text" else plan.source_kind
    elif suffix == ".docx" or _is_zip(path):
        plan = _parse_docx(path, year, to_simplified, step)
    else:
        data = path.read_bytes()
        decoded = decode_bytes(data, name=path.name)
        plan = parse_text(decoded.text, year=year, to_simplified=to_simplified, progress=progress,
                          cancelled=cancelled)
        plan.warnings[:0] = decoded.warnings
    plan.source_name = path.name
    if not plan.title:
        plan.title = path.stem
    step(1.0, f"已识别 {len(plan.items)} 项。")
    return plan


def _parse_docx(path: Path, year: int | None, to_simplified: bool, step: _Steps) -> ParsedPlan:
    from desktop_app.importing.docx_reader import read_docx
    from desktop_app.importing.tables import looks_like_decomposition_table, parse_table_file

    blocks = read_docx(path)
    if any(isinstance(b, list) and looks_like_decomposition_table(b) for b in blocks):
        plan = parse_table_file(path, year=year)
        if to_simplified:
            simplify_plan(plan)
        return plan
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
        else:  # a layout table: its rows read as lines of text
            lines.extend(" ".join(cell for cell in row if cell.strip()) for row in block)
    step(0.05, "正在整理段落…")
    cleaned = clean_text("\n".join(lines), to_simplified=to_simplified)
    plan = _parse_paragraphs(cleaned.paragraphs, cleaned.warnings, year, None, step)
    plan.source_kind = "docx"
    return plan


def _parse_paragraphs(
    paragraphs: list[str],
    warnings: list[str],
    year: int | None,
    title: str | None,
    step: _Steps,
) -> ParsedPlan:
    if not any(paragraphs):
        raise ImportFailed("文件中没有正文（去掉网页导航、广告等杂项后什么也没有剩下）。")
    step(0.2, "正在识别层级…")
    total = len(paragraphs)
    outline = build_outline(
        paragraphs,
        title=title or "",
        progress=lambda done: step(0.2 + 0.3 * done / total, f"正在识别层级（{done}/{total} 段）…"),
    )
    if not any(item.marker for item in outline.items):
        raise ImportFailed(
            "没有找到任何编号的条目（如“一、”“（一）”“1.”“一是”），无法拆分成任务。"
            "请确认这是工作要点的正文；也可以先在 Word/WPS 中为各项加上编号。"
        )
    warnings = list(warnings)
    plan_year = year or detect_year(outline.title, paragraphs)
    if year is None:
        if plan_year is None:
            warnings.append("未能从标题或落款日期确定计划年度，请指定年度；日期类完成时限暂未换算成日期。")
        elif _SCHOOL_YEAR.search(outline.title):
            warnings.append(f"这是学年计划，计划年度按 {plan_year} 年计，跨年的完成时限请核对。")
        elif not _TITLE_YEAR.search(outline.title) and not _CN_YEAR.search(outline.title):
            warnings.append(f"计划年度 {plan_year} 取自文末落款日期，请核对。")
    items = outline.items
    count = len(items)
    for n, item in enumerate(items):
        if n % 500 == 0:
            step(0.5 + 0.5 * n / count, f"正在提取完成时限和责任单位（{n}/{count} 项）…")
        enrich(item, plan_year)
        if not item.is_task and item.deadline is not None and item.deadline.kind != "unclear":
            # A goal, a principle or a period of validity: its dates are no one's deadline.
            item.notes.append(f"正文提到“{item.deadline.text}”，此项默认不作为任务，未作完成时限")
            item.deadline, item.milestones = None, []
            item.evidence.pop("deadline", None)
    share_units(items)
    inherit_units(items)
    step(1.0, f"已识别 {count} 项。")
    organisation = _ORGANISATION.match(outline.title)
    return ParsedPlan(
        title=outline.title,
        year=plan_year,
        items=items,
        organisation=organisation.group("org") if organisation else "",
        source_kind="text",
        warnings=warnings,
    )


def simplify_plan(plan: ParsedPlan) -> None:
    """Traditional → simplified on a plan read from a table (text plans convert while cleaning)."""
    import opencc

    convert = opencc.OpenCC("t2s").convert
    plan.title = convert(plan.title)
    for item in plan.items:
        item.title, item.text = convert(item.title), convert(item.text)
        item.lead = convert(item.lead) if item.lead else item.lead
        item.co_units = [convert(name) for name in item.co_units]
        item.owner = convert(item.owner) if item.owner else item.owner
        item.leader = convert(item.leader) if item.leader else item.leader


def share_units(items: list[ImportItem]) -> None:
    """"（以上两项牵头单位：…）" closing the last of several items names their units too."""
    by_parent: dict[str | None, list[ImportItem]] = {}
    for item in items:
        siblings = by_parent.setdefault(item.parent, [])
        note = item.evidence.get("lead", "")
        if item.lead and _SHARED.match(note):
            count = _SHARED.match(note).group(1)
            n = (cn_to_int(count) or int(count)) if count and count != "各" else len(siblings)
            for sibling in siblings[max(0, len(siblings) - (n - 1)):]:
                if sibling.lead is None:
                    sibling.lead, sibling.co_units = item.lead, list(item.co_units)
                    sibling.evidence["lead"] = note
        siblings.append(item)


_SHARED = re.compile(r"^\s*(?:以上|上述)\s*(?:([\d一二三四五六七八九十两]+|各)\s*项)?")


def inherit_units(items: list[ImportItem]) -> None:
    """A unit note on a heading ("3.…一是…二是…（牵头单位：…）") also proposes units for its children."""
    by_id = {item.id: item for item in items}
    for item in items:
        parent = by_id.get(item.parent) if item.parent is not None else None
        if item.lead is None and parent is not None and parent.lead is not None:
            item.lead, item.co_units = parent.lead, list(parent.co_units)


def detect_year(title: str, paragraphs: list[str]) -> int | None:
    """The plan year from the title ("2024年工作要点") or the closing date line."""
    school_year = _SCHOOL_YEAR.search(title)
    if school_year:  # "2023—2024学年第二学期" runs in 2024, its first term mostly in 2023
        second = bool(re.search(r"第二学期|下学期|春季学期", title))
        return int(school_year.group(2 if second else 1))
    for pattern in (_YEAR_RANGE, _TITLE_YEAR, _CN_YEAR):
        m = pattern.search(title)
        if m:
            return _year_number(m.group(1))
    for para in reversed(paragraphs[-8:]):
        m = _DATE_LINE.match(para.strip())
        if m:
            return _year_number(m.group(1) or m.group(2))
    head = paragraphs[:40]
    for para in head:  # the 文号 (临政办发〔2025〕3号), a 发布日期 line, a 成文日期 under the notice
        m = _DOC_NUMBER.search(para) or _ISSUED.match(para.strip()) or _DATE_LINE.match(para.strip())
        if m:
            return _year_number(next(g for g in m.groups() if g))
    years = Counter(int(y) for para in paragraphs for y in _DATED_YEAR.findall(para))
    if years:  # the year the plan's own dates are written in
        return years.most_common(1)[0][0]
    return None


def _year_number(text: str) -> int:
    return int(text.translate(_CN_DIGIT))


def _pasted_table(text: str) -> list[list[str]] | None:
    """A decomposition table pasted as text: tab-, bar- or line-separated cells."""
    if text.count("\t") < 4 and text.count("|") + text.count("｜") < 6 and "\n" not in text[:2000]:
        return None
    from desktop_app.importing.tables import rows_from_text

    return rows_from_text(text[:2_000_000]) if _TABLE_HINT.search(text[:20000]) else None


_TABLE_HINT = re.compile(r"(?:任务|任務|措施|举措|事项|事項|项目|項目|内容|內容)[^\n]{0,40}(?:\t|[|｜]|\n)")


def _is_zip(path: Path) -> bool:
    return _starts_with(path, b"PK\x03\x04")


def _starts_with(path: Path, magic: bytes) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(magic)) == magic


class _Steps:
    """Progress reports that also give the user's cancel a chance to stop the work."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress, self.cancelled = progress, cancelled

    def __call__(self, fraction: float, text: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(1.0, fraction), text)
