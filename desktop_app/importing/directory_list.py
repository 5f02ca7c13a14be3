"""A department/people list (科室与人员名单) from an .xlsx: columns recognised by header."""

from __future__ import annotations

from pathlib import Path

from desktop_app.importing.errors import ImportFailed
from desktop_app.importing.tables import read_xlsx_sheets

# Header words per field; the first field whose word a header contains wins.
HEADERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("is_leader", ("是否领导", "领导")),
    ("department", ("科室", "部门", "单位", "股室")),
    ("name", ("姓名", "名字", "人员")),
    ("title", ("职务", "职位", "职称")),
    ("phone", ("电话", "手机", "联系方式")),
)
YES = {"是", "y", "yes", "true", "1", "√", "✓", "领导"}


def _field_of(header: str) -> str | None:
    text = "".join(header.split())
    for field, words in HEADERS:
        if any(word in text for word in words):
            return field
    return None


def _find_header(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    """(row index, field → column) of the first row naming 姓名 among the first 20."""
    for index, row in enumerate(rows[:20]):
        columns: dict[str, int] = {}
        for col, cell in enumerate(row):
            field = _field_of(cell or "")
            if field and field not in columns:
                columns[field] = col
        if "name" in columns:
            return index, columns
    raise ImportFailed("没有找到“姓名”列：名单的表头应含 科室、姓名、职务、电话、是否领导。")


def parse_rows(rows: list[list[str]]) -> list[dict]:
    """Rows of a sheet → person dicts."""
    index, columns = _find_header(rows)
    people = []
    for row in rows[index + 1 :]:
        cells = {f: (row[c].strip() if c < len(row) and row[c] else "") for f, c in columns.items()}
        if not cells.get("name"):
            continue
        cells["is_leader"] = cells.get("is_leader", "").lower() in YES
        people.append(cells)
    return people


def read_directory_xlsx(path: str | Path) -> list[dict]:
    """People of the first sheet that has a 姓名 column."""
    path = Path(path)
    problem: ImportFailed | None = None
    for _name, rows in read_xlsx_sheets(path):
        try:
            return parse_rows(rows)
        except ImportFailed as exc:
            problem = exc
    raise problem or ImportFailed(f"“{path.name}”里没有工作表。")
