"""Existing decomposition tables (任务分解表) from .xlsx, .csv and .docx tables.

Many bureaus already keep the year's plan as a table: 序号 | 重点任务 | 具体措施 |
牵头单位 | 配合单位 | 责任人 | 分管领导 | 完成时限. Columns are recognised by their
Chinese headers (wherever the header row is, also split over two rows), a 重点任务
cell merged over several 具体措施 rows becomes a parent with children, a row merged
across the whole table ("一、党的建设") becomes a section, and each cell's deadline,
indicators and units become proposals exactly as for a text plan.

Merged cells arrive filled: every cell of a merged range carries the range's text
(``docx_reader`` and :func:`read_xlsx_rows` both do so), and a CSV's empty task cell
under a filled one continues the group above.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from desktop_app.importing.archive import DAMAGED_ZIP_ERRORS, archive_problem
from desktop_app.importing.errors import ImportFailed
from desktop_app.importing.extract import (
    UNCLEAR_NOTE,
    enrich,
    extract_indicators,
    extract_schedule,
    split_names,
)
from desktop_app.importing.markers import match_marker
from desktop_app.importing.model import Deadline, ImportItem, Milestone, ParsedPlan
from desktop_app.importing.outline import split_title
from desktop_app.text_safety import from_spreadsheet

Rows = list[list[str]]

# Header words per column role; the first role whose word a header contains wins, so the
# more specific roles (领导 before 责任, 责任人 before 责任单位) come first.
HEADER_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("seq", ("序号", "编号")),
    ("leader", ("分管领导", "责任领导", "分管县领导", "分管局领导", "县级领导", "包抓领导", "联系领导",
                "牵头领导", "包联领导", "主管领导")),
    ("owner", ("责任人", "具体责任人", "联系人", "经办人")),
    ("co", ("协同配合单位", "配合单位", "配合科室", "配合部门", "配合股室", "配合处室", "协办单位",
            "协同单位", "参与单位")),
    ("lead", ("牵头单位", "牵头科室", "牵头部门", "牵头股室", "牵头处室", "责任科室", "责任股室",
              "责任处室", "责任部门", "主责单位", "主办单位", "承办科室")),
    ("units", ("责任单位", "责任主体")),
    ("deadline", ("完成时限", "完成时间", "时间节点", "完成期限", "办结时限", "时间要求", "时间安排",
                  "进度安排", "时限")),
    ("standard", ("工作标准", "工作目标", "目标要求", "完成标准", "预期目标", "预期成效")),
    ("measure", ("具体措施", "工作措施", "主要措施", "推进措施", "具体举措", "工作举措", "主要举措",
                 "具体任务", "任务分解", "措施", "举措")),
    ("task", ("重点任务", "工作任务", "工作内容", "任务名称", "主要任务", "目标任务", "工作事项",
              "重点工作", "工作项目", "项目名称", "重点项目", "任务")),
)
MAX_HEADER_LEN = 10
HEADER_SCAN_ROWS = 20

_SECTION_MARK = re.compile(r"^(第?[一二三四五六七八九十百]+[、.．部分]|[（(][一二三四五六七八九十]+[)）])")
_YEAR = re.compile(r"(20\d{2})\s*年")
# A table's closing lines: totals, who made it, notes — not tasks.
_FOOTER_ROW = re.compile(r"^(?:合计|合計|共计|共計|总计|總計|小计|小計|制表|审核|審核|填表|打印日期|备注[:：]|说明[:：]|注[:：])")
_ATTACHMENT = re.compile(r"^(?:附件|附表|附)\s*\d*\s*[:：]?$")
_YEAR_LINE = re.compile(r"(?:年度|年份)\s*[:：]?\s*((?:19|20)\d{2})")
# "…2024年工作要点任务分解表": the table of a plan is titled by the plan.
_TABLE_OF_PLAN = re.compile(
    r"^(.{4,}?(?:要点|要點|计划|計劃|意见|意見|方案|清单|清單))(?:重点)?(?:工作)?(?:任务)?(?:分解表|分解|台账|臺賬|一览表|一覽表)$"
)


def _plan_title(title: str) -> str:
    m = _TABLE_OF_PLAN.match(title.strip())
    return m.group(1) if m else title
_CELL_YMD = re.compile(r"((?:19|20)\d{2})[./\-年](\d{1,2})[./\-月](\d{1,2})日?(?:前|以前|之前)?")
_CELL_YM = re.compile(r"((?:19|20)\d{2})[./\-](\d{1,2})")
_CELL_MONTH = re.compile(r"((?:19|20)\d{2}年)?(\d{1,2})月份?")
_CELL_MD = re.compile(r"(\d{1,2})[./月](\d{1,2})日?")
_CELL_ONGOING = {"长期", "常年", "持续", "长期性", "经常性", "常态", "全程"}
_POST = re.compile(r"\([^)]*\)")
_CN_SEQ = re.compile(r"^[（(]?[一二三四五六七八九十]{1,3}[)）、.．]?$")


def _norm_header(cell: str) -> str:
    text = unicodedata.normalize("NFKC", cell or "")
    text = re.sub(r"[(（][^)）]*[)）]", "", text)
    return re.sub(r"\s+", "", text)


def header_role(cell: str) -> str | None:
    """The column role a header cell names, or None (long cells are data, not headers)."""
    text = _norm_header(cell)
    if not text or len(text) > MAX_HEADER_LEN:
        return None
    for role, words in HEADER_ROLES:
        if any(w in text for w in words):
            return role
    return None


@dataclass
class Columns:
    """Column index per role, and the row where the data starts."""

    index: dict[str, int]
    header_row: int
    data_start: int

    def get(self, row: list[str], role: str) -> str:
        i = self.index.get(role)
        return row[i].strip() if i is not None and i < len(row) else ""


def _roles_of(row: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        role = header_role(cell)
        if role and role not in found:
            found[role] = i
    return found


def find_columns(rows: Rows) -> Columns | None:
    """Locate the header row (possibly over two rows) among the first rows of a table."""
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        roles = _roles_of(row)
        if len(roles) < 2 or not ({"task", "measure"} & set(roles)):
            continue
        start = r + 1
        if start < len(rows):
            below = _roles_of(rows[start])
            # A second header row refines a merged group header such as 责任分工.
            distinct = {c.strip() for c in rows[start] if c.strip()}
            section_row = len(distinct) == 1 and bool(_SECTION_MARK.match(next(iter(distinct))))
            if below and not section_row and all(
                header_role(c) or not c.strip() or c in row for c in rows[start]
            ):
                for role, i in below.items():
                    for old_role, j in list(roles.items()):
                        if j == i:
                            del roles[old_role]
                    roles.setdefault(role, i)
                start += 1
        if "units" in roles:
            roles["co" if "lead" in roles else "lead_units"] = roles.pop("units")
        return Columns(roles, r, start)
    return None


_BAR = re.compile(r"\s*[|｜│┃]\s*")
_BAR_RULE = re.compile(r"^[\s|｜│┃:：\-—–=+┼├┤─]+$")
_SEQ_CELL = re.compile(r"^\d{1,3}[.、．]?$")


def rows_from_text(text: str) -> Rows | None:
    """A decomposition table pasted as text, in whichever shape the copy left it.

    Excel and WPS copy cells separated by tabs; web pages, Markdown and some PDF
    readers by bars (| or ｜); other PDF readers put one cell per line. Lines
    outside the table (a title above it) come back as one-cell rows. None when the
    text holds no table with a recognisable header.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for rows in (_tab_rows(text, lines), _bar_rows(text, lines), _cell_per_line_rows(lines)):
        if rows is not None and looks_like_decomposition_table(rows):
            return rows
    return None


def _tab_rows(text: str, lines: list[str]) -> Rows | None:
    # two lines of two tabs each need four tabs: a text with fewer is not read line by line
    if text.count("\t") < 4 or sum(1 for line in lines if line.count("\t") >= 2) < 2:
        return None
    reader = csv.reader(io.StringIO(text), delimiter="\t")
    return [[cell.strip() for cell in row] for row in reader if any(c.strip() for c in row)]


def _bar_rows(text: str, lines: list[str]) -> Rows | None:
    # likewise two lines of two bars each need four bars
    if sum(map(text.count, "|｜│┃")) < 4 or sum(1 for line in lines if len(_BAR.findall(line)) >= 2) < 2:
        return None
    rows: Rows = []
    for line in lines:
        line = line.strip()
        if not line or _BAR_RULE.match(line):
            continue
        if len(_BAR.findall(line)) >= 2:
            cells = _BAR.split(line.strip("|｜│┃ "))
            rows.append([c.strip() for c in cells])
        else:
            rows.append([line])
    return rows


def _cell_per_line_rows(lines: list[str]) -> Rows | None:
    """序号 / 工作任务 / 牵头科室 / 完成时限 each on a line, then the rows cell by cell."""
    cells = [line.strip() for line in lines if line.strip()]
    for start in range(min(len(cells), HEADER_SCAN_ROWS + 10)):
        width = 0
        while start + width < len(cells) and header_role(cells[start + width]):
            width += 1
        header = cells[start : start + width]
        if width < 3 or not ({"task", "measure"} & {header_role(c) for c in header}):
            continue
        rows: Rows = [[c] for c in cells[:start]] + [header]
        body = cells[start + width :]
        if header_role(header[0]) == "seq":
            records: Rows = []
            expected = 1
            for cell in body:
                if _SEQ_CELL.match(cell) and int(cell.rstrip(".、．")) == expected:
                    records.append([cell])
                    expected += 1
                elif _SECTION_MARK.match(cell) and len(cell) <= 30:
                    records.append([cell])
                    records.append([])  # a section row stands alone
                elif records:
                    records[-1].append(cell)
            for record in records:
                if not record:
                    continue
                if len(record) > width:  # a cell that ran over two lines joins the task cell
                    extra = len(record) - width
                    record[1 : 2 + extra] = ["".join(record[1 : 2 + extra])]
                rows.append(record + [""] * (width - len(record)) if len(record) > 1 else record)
        else:
            rows += [body[k : k + width] for k in range(0, len(body), width)]
        return rows
    return None


def looks_like_decomposition_table(rows: Rows) -> bool:
    """True when the rows carry a recognisable header with a task column."""
    return find_columns(rows) is not None


def split_units(text: str) -> list[str]:
    """"组干科、机关党委" → ["组干科", "机关党委"] (duplicates dropped, order kept)."""
    plain = unicodedata.normalize("NFKC", text or "").replace("(", "（").replace(")", "）")  # Chinese brackets
    return list(dict.fromkeys(split_names(plain)))


def split_people(text: str) -> list[str]:
    """"张三（科长）、李四" → ["张三", "李四"]: a post written beside a name is not the name."""
    names = split_names(_POST.sub("", unicodedata.normalize("NFKC", text or "")), units=False)
    return list(dict.fromkeys(names))


def split_marker(text: str) -> tuple[str, str]:
    """A cell starting with its own number ("1.制定方案") → ("1.", "制定方案")."""
    text = "".join(line.strip() for line in (text or "").splitlines())
    marker = match_marker(text)
    if marker is None or (marker.weak and marker.style == "num_dot"):
        return "", text
    return marker.text, text[marker.end :].strip()


class _Builder:
    """Accumulates items in document order while rows are read."""

    def __init__(self, year: int | None) -> None:
        self.year = year
        self.items: list[ImportItem] = []

    def add(self, parent: ImportItem | None, marker: str, text: str) -> ImportItem:
        own_marker, body = split_marker(text)
        title, rest = split_title(body)
        item = ImportItem(
            id=str(len(self.items) + 1),
            parent=None if parent is None else parent.id,
            level=1 if parent is None else parent.level + 1,
            marker=marker or own_marker,
            title=title,
            text=rest,
        )
        self.items.append(item)
        return item

    def fill(self, item: ImportItem, row: list[str], cols: Columns) -> None:
        """Proposals from the item's own words, then the table's columns, which win."""
        enrich(item, self.year)
        units = split_units(cols.get(row, "lead") or cols.get(row, "lead_units"))
        co = split_units(cols.get(row, "co"))
        if units or co:
            item.lead = units[0] if units else item.lead
            item.co_units = [u for u in dict.fromkeys(units[1:] + co) if u != item.lead]
            item.evidence["lead"] = "；".join(
                f"{role}列“{cols.get(row, key)}”" for key, role in
                (("lead", "牵头"), ("lead_units", "责任单位"), ("co", "配合")) if cols.get(row, key)
            )
        owners = split_people(cols.get(row, "owner"))
        if owners:
            item.owner = owners[0]
        if len(owners) > 1:
            item.notes.append(f"责任人有多位（{'、'.join(owners)}），已取第一位，请核对。")
        leaders = split_people(cols.get(row, "leader"))
        if leaders:
            item.leader = leaders[0]
        standard = cols.get(row, "standard")
        if standard:
            item.standard = standard
            item.indicators += extract_indicators(standard)
        deadline_text = cols.get(row, "deadline")
        if deadline_text:
            item.notes = [n for n in item.notes if n != UNCLEAR_NOTE]
            item.deadline, item.milestones, notes = deadline_cell_schedule(deadline_text, self.year)
            item.evidence["deadline"] = f"完成时限列“{deadline_text}”"
            item.notes.extend(notes)


def deadline_cell(text: str, year: int | None) -> tuple[Deadline, list[str]]:
    """A 完成时限 cell holds nothing but a deadline, so bare dates written the spreadsheet
    way (2026.6.30, 2026-06, 6月, 6.30, 长期) count as deadlines, read by the shared rules."""
    deadline, _milestones, notes = deadline_cell_schedule(text, year)
    return deadline, notes


def deadline_cell_schedule(text: str, year: int | None) -> tuple[Deadline, list[Milestone], list[str]]:
    """:func:`deadline_cell` with the other dates of the cell ("4月开工，8月25日前完工") as milestones."""
    text = " ".join(text.split())
    plain = unicodedata.normalize("NFKC", text).replace(" ", "")
    if plain in _CELL_ONGOING:
        return Deadline(text=text, kind="ongoing"), [], []
    if m := _CELL_YMD.fullmatch(plain):
        plain = f"{m[1]}年{int(m[2])}月{int(m[3])}日前"
    elif m := _CELL_YM.fullmatch(plain):
        plain = f"{m[1]}年{int(m[2])}月底前"
    elif m := _CELL_MONTH.fullmatch(plain):
        plain = f"{m[1] or ''}{int(m[2])}月底前"
    elif m := _CELL_MD.fullmatch(plain):
        plain = f"{int(m[1])}月{int(m[2])}日前"
    deadline, milestones, notes = extract_schedule(plain, year)
    if deadline is None:
        return Deadline(text=text), [], [UNCLEAR_NOTE]
    if deadline.text == plain or not milestones:
        deadline.text = text
    return deadline, milestones, notes


def _section_of(row: list[str], cols: Columns) -> tuple[str, str] | None:
    """(marker, text) when a row heads a section: a row merged across the table, a lone
    "一、…" in the first columns, or a Chinese-numbered 序号 with a task and nothing else."""
    values = [c.strip() for c in row if c.strip()]
    distinct = list(dict.fromkeys(values))
    if len(distinct) == 1:
        text = distinct[0]
        if len(values) >= 2 and len(values) >= min(3, len(cols.index)):
            return "", text
        first_cols = {cols.index.get("seq"), cols.index.get("task"), 0}
        where = next(i for i, c in enumerate(row) if c.strip())
        if where in first_cols and _SECTION_MARK.match(text) and (
            "measure" in cols.index or len(values) == 1
        ):
            return "", text
        return None
    seq, task = cols.get(row, "seq"), cols.get(row, "task")
    others = [cols.get(row, role) for role in cols.index if role not in ("seq", "task")]
    if seq and task and _CN_SEQ.match(seq) and not any(others):
        return seq, task
    return None


def _parent_number(seq: str) -> str | None:
    """"2.3" → "2": a dotted 序号 names its parent row."""
    seq = unicodedata.normalize("NFKC", seq).strip(".、 ")
    return seq.rsplit(".", 1)[0] if re.fullmatch(r"\d+(?:\.\d+)+", seq) else None


def parse_table_rows(rows: Rows, *, year: int | None = None, title: str = "") -> ParsedPlan:
    """One decomposition table (rows of cell texts, header included) → a proposed plan."""
    cols = find_columns(rows)
    if cols is None:
        raise ImportFailed("没有找到任务分解表的表头（需要有“工作任务/重点任务”“牵头单位”“完成时限”等列）。")
    title = _plan_title(title)
    if year is None:
        m = _YEAR.search(title)
        year = int(m.group(1)) if m else None
    if year is None:  # the 年度 line the program's own 任务分解表 prints under its title
        above = " ".join(c for row in rows[: cols.header_row] for c in dict.fromkeys(row) if c)
        m = _YEAR_LINE.search(above)
        year = int(m.group(1)) if m else None
    builder = _Builder(year)
    header = [c.strip() for c in rows[cols.data_start - 1]]
    section: ImportItem | None = None
    group: ImportItem | None = None
    group_text = ""
    numbered: dict[str, ImportItem] = {}  # by 序号, for dotted numbers like 2.3
    has_measure = "measure" in cols.index
    for raw in rows[cols.data_start :]:
        row = [("" if c is None else str(c)).strip() for c in raw]
        if not any(row) or row == header or _FOOTER_ROW.match(next(c for c in row if c)):
            continue
        heading = _section_of(row, cols)
        if heading is not None:
            section = builder.add(None, *heading)
            section.is_task = False
            group, group_text = None, ""
            continue
        seq = cols.get(row, "seq")
        task_text = cols.get(row, "task")
        measure_text = cols.get(row, "measure") if has_measure else ""
        if has_measure and not task_text and measure_text and group is not None:
            task_text = group_text  # a CSV leaves the continued group's cell empty
        if has_measure and measure_text:
            if group is None or task_text != group_text:
                group = builder.add(section, seq if task_text else "", task_text or measure_text)
                group_text = task_text
                if not task_text:
                    builder.fill(group, row, cols)
                    group, group_text = None, ""
                    continue
            child = builder.add(group, "", measure_text)
            builder.fill(child, row, cols)
        elif task_text:
            parent_seq = _parent_number(seq)
            parent = numbered.get(parent_seq, section) if parent_seq else section
            group = builder.add(parent, seq, task_text)
            numbered[unicodedata.normalize("NFKC", seq).strip(".、 ")] = group
            group_text = task_text
            builder.fill(group, row, cols)
    if not builder.items:
        raise ImportFailed("任务分解表中没有任务行。")
    return ParsedPlan(title=title or "任务分解表", year=year, items=builder.items, source_kind="table")


# --- files -----------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return from_spreadsheet(str(value)).strip()


def _xlsx_merges(ws) -> list[tuple[int, int, int, int]]:
    """Merged ranges (min_row, min_col, max_row, max_col), 0-based, from the sheet XML.

    openpyxl's read-only sheets do not expose merges, so the ``mergeCell`` elements are
    read straight from the sheet's part while the rows stream.
    """
    from openpyxl.utils.cell import range_boundaries

    merges = []
    try:
        with ws._get_source() as src:
            for _event, el in ET.iterparse(src):
                if el.tag.endswith("}mergeCell"):
                    min_col, min_row, max_col, max_row = range_boundaries(el.get("ref", ""))
                    merges.append((min_row - 1, min_col - 1, max_row - 1, max_col - 1))
                el.clear()
    except (AttributeError, ET.ParseError, ValueError, TypeError):
        return []
    return merges


def fill_merges(rows: Rows, merges: Iterable[tuple[int, int, int, int]]) -> Rows:
    """Every cell of a merged range gets the text of its top-left cell."""
    for r0, c0, r1, c1 in merges:
        if r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = value
    return rows


def read_xlsx_sheets(path: Path) -> list[tuple[str, Rows]]:
    """Every sheet of a workbook as rows of texts, merged ranges filled."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    damaged = f"“{path.name}”已损坏或不是 Excel 工作簿（.xlsx），无法读取。"
    problem = archive_problem(path)
    if problem == "oversized":
        raise ImportFailed(f"“{path.name}”解压后过大，可能已损坏或不是正常的 Excel 工作簿，未导入。")
    if problem is not None:
        raise ImportFailed(damaged)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, *DAMAGED_ZIP_ERRORS) as exc:
        raise ImportFailed(damaged) from exc
    try:
        sheets = []
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue  # chart sheets
            ws.reset_dimensions()
            rows = [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
            sheets.append((ws.title, fill_merges(rows, _xlsx_merges(ws))))
        return sheets
    except DAMAGED_ZIP_ERRORS as exc:  # members are only decompressed while rows are read
        raise ImportFailed(damaged) from exc
    finally:
        wb.close()


def read_xls_sheets(path: Path) -> list[tuple[str, Rows]]:
    """Every sheet of a legacy Excel workbook (.xls, BIFF) as rows of texts, merges filled."""
    import xlrd

    quiet = io.StringIO()  # xlrd reports damage on a log of its own; the clerk gets one message
    book = None
    try:
        try:
            book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True, logfile=quiet)
        except NotImplementedError:  # formatting of some .xls variants cannot be read: values can
            book = xlrd.open_workbook(str(path), on_demand=True, logfile=quiet)
        sheets = []
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows = [[_xls_cell(book, sheet.cell(r, c)) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
            merges = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in getattr(sheet, "merged_cells", [])]
            sheets.append((sheet.name, fill_merges(rows, merges)))
        return sheets
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file can fail anywhere inside the reader
        raise _xls_failed(path) from exc
    finally:
        if book is not None:
            book.release_resources()


def _xls_failed(path: Path) -> ImportFailed:
    if path.read_bytes()[:4] == b"PK\x03\x04":
        return ImportFailed(f"“{path.name}”其实是 .xlsx 工作簿，请把扩展名改为 .xlsx 后再导入。")
    return ImportFailed(f"“{path.name}”已损坏或不是 Excel 工作簿（.xls），无法读取。请在 Excel/WPS 中另存为 .xlsx 后再导入。")


def _xls_cell(book, cell) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return _cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return str(cell.value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return _cell_text(cell.value)


def uncached_formulas(path: Path) -> int:
    """Formula cells that carry no saved result (a file written by a program that does not
    calculate, never opened and saved in Excel or WPS): read as values they are empty."""
    import zipfile

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    count = 0
    try:
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                    continue
                with zf.open(name) as src:
                    for _event, el in ET.iterparse(src):
                        if el.tag == main + "c":
                            if el.find(main + "f") is not None and not (el.findtext(main + "v") or ""):
                                count += 1
                            el.clear()
    except (*DAMAGED_ZIP_ERRORS, ET.ParseError, OSError):
        return count
    return count


def read_csv_rows(path: Path) -> Rows:
    from desktop_app.importing.reading import read_text_file

    text = read_text_file(path).text
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]


def _docx_tables(path: Path) -> tuple[str, list[Rows]]:
    """Decomposition tables of a .docx (a table broken over pages is joined) and its title."""
    from desktop_app.importing.docx_reader import read_docx
    from desktop_app.importing.outline import find_title

    before: list[str] = []  # the paragraphs above the first table: the title is among them
    tables: list[Rows] = []
    for block in read_docx(path):
        if isinstance(block, str):
            if not tables and block.strip():
                before.append(block.strip())
            continue
        if looks_like_decomposition_table(block):
            tables.append(block)
        elif tables and block and len(block[0]) == len(tables[-1][0]):
            tables[-1].extend(block)  # continuation without a repeated header
    return find_title(before)[0], tables


def _sheet_title(rows: Rows, cols: Columns) -> str:
    """A title row above the header ("XX局2026年重点工作任务分解表")."""
    for row in rows[: cols.header_row]:
        values = list(dict.fromkeys(c.strip() for c in row if c.strip()))
        if len(values) == 1 and not _ATTACHMENT.match(values[0]):
            return values[0]
    return ""


def parse_table_file(path: str | Path, *, year: int | None = None) -> ParsedPlan:
    """A decomposition table file (.xlsx/.xlsm/.csv/.docx) → a proposed plan."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from desktop_app.importing.reading import check_size

        check_size(path)
        candidates = [(path.stem, rows) for _name, rows in read_xlsx_sheets(path)]
    elif suffix == ".csv":
        candidates = [(path.stem, read_csv_rows(path))]
    elif suffix == ".docx":
        doc_title, tables = _docx_tables(path)
        candidates = [(doc_title or path.stem, rows) for rows in tables]
    elif suffix in (".xls", ".et"):
        from desktop_app.importing.reading import check_size

        check_size(path)
        candidates = [(path.stem, rows) for _name, rows in read_xls_sheets(path)]
    else:
        raise ImportFailed(f"“{path.name}”不是表格文件（支持 .xlsx、.xls、.csv、.docx）。")
    items: list[ImportItem] = []
    title, found_year = "", year
    for fallback_title, rows in candidates:
        cols = find_columns(rows)
        if cols is None:
            continue
        part = parse_table_rows(rows, year=found_year, title=_sheet_title(rows, cols) or fallback_title)
        title = title or part.title
        found_year = found_year or part.year
        offset = len(items)
        for item in part.items:
            item.id = str(int(item.id) + offset)
            item.parent = None if item.parent is None else str(int(item.parent) + offset)
        items.extend(part.items)
    if not items:
        raise ImportFailed(
            f"“{path.name}”中没有找到任务分解表（需要有“工作任务/重点任务”“牵头单位”“完成时限”等表头）。"
        )
    warnings = []
    formulas = uncached_formulas(path) if suffix in (".xlsx", ".xlsm") else 0
    if formulas:
        warnings.append(
            f"表中有 {formulas} 个公式单元格没有保存计算结果（文件可能由其他软件生成，未在 Excel/WPS 中"
            "打开保存过），这些单元格按空白读取。如需其中的内容，请在 Excel/WPS 中打开并保存后再导入。"
        )
    return ParsedPlan(title=title, year=found_year, items=items, source_name=path.name, source_kind="table",
                      warnings=warnings)
