"""The report model: what a printed or exported report holds, independent of how it is drawn.

Report modules (``weekly``, ``breakdown`` …) compute a :class:`Report` from the register;
the Qt page engine (``desktop_app.printing``) and the xlsx writer (``reports.xlsx``)
draw the same object, so the paper, the PDF and the spreadsheet never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from desktop_app import clock

Align = Literal["left", "center", "right"]
Orientation = Literal["portrait", "landscape"]


@dataclass(frozen=True)
class Column:
    """One table column; ``width_weight`` is its share of the printable width."""

    key: str
    header: str
    width_weight: float = 1.0
    align: Align = "left"
    wrap: bool = True
    optional: bool = False  # offered by the column chooser, not printed unless chosen


@dataclass
class Row:
    """One table row: cell texts by column key; ``light`` is the status colour name, if any."""

    cells: dict[str, str]
    light: str = ""

    def text(self, key: str) -> str:
        return self.cells.get(key, "")


@dataclass
class Group:
    """Rows under an optional heading (a department, a plan section)."""

    heading: str
    rows: list[Row] = field(default_factory=list)


@dataclass
class Notice:
    """A letter printed on its own page (督办通知单): number, addressee, paragraphs, sign-off."""

    title: str
    number: str
    addressee: str
    paragraphs: list[str]
    items: list[str]
    closing: str
    issuer: str
    issued: str
    organ: str = ""  # 发文机关标志 of the 公文 (.docx); empty: the issuer


@dataclass
class Chart:
    """A bar chart per category (department): one bar per series, counts as whole numbers."""

    title: str
    categories: list[str]
    series: list[tuple[str, list[int]]]


@dataclass
class Footer:
    """The 制表人 / 审核人 / 打印日期 line printed on every page."""

    preparer: str = ""
    reviewer: str = ""
    printed: date = field(default_factory=clock.today)

    def text(self) -> str:
        blank = "　" * 6
        return (
            f"制表人：{self.preparer or blank}　　审核人：{self.reviewer or blank}"
            f"　　打印日期：{self.printed.year}年{self.printed.month}月{self.printed.day}日"
        )


@dataclass
class Report:
    """A titled table (grouped rows) or a run of notices, with its page conventions.

    ``number_key`` names the column repeated on the continuation of a row split
    across pages; ``summary`` lines are printed under the table (totals).
    """

    kind: str
    title: str
    subtitle: str
    columns: list[Column]
    groups: list[Group] = field(default_factory=list)
    footer: Footer = field(default_factory=Footer)
    orientation: Orientation = "landscape"
    number_key: str = "seq"
    summary: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    chart: Chart | None = None
    # Columns whose cells the rows carry but which are printed only when chosen (进度%).
    optional_columns: list[Column] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(g.rows) for g in self.groups)

    def with_columns(self, keys: list[str], widths: dict[str, float] | None = None) -> Report:
        """The same report showing only ``keys`` (in that order), with optional new weights."""
        by_key = {c.key: replace(c, optional=False) for c in [*self.optional_columns, *self.columns]}
        widths = widths or {}
        cols = [
            replace(by_key[k], width_weight=widths.get(k, by_key[k].width_weight))
            for k in keys
            if k in by_key
        ]
        return replace(self, columns=cols or self.columns)

