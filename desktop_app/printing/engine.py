"""The QPainter page engine: a :class:`Report` laid out once, then painted page by page.

QTextDocument/HTML tables take seconds for a few thousand rows; here every cell is
one ``QTextLayout`` measured once against the target device, rows are placed on
pages by plain arithmetic, and painting draws the already broken lines. Rules of
the printed forms: A4, title and organisation/period on every page, column headers
repeated, a row never cut across pages (a row taller than a page is split at a line
boundary with its number repeated), 第X页 共Y页 and the 制表人/审核人/打印日期 line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from desktop_app import collector
from desktop_app.printing import fonts
from desktop_app.printing.chart import paint_chart
from desktop_app.reports.model import Notice, Report

MARGIN_MM = (15.0, 12.0, 15.0, 12.0)  # left, top, right, bottom
BODY_PT = 10.5  # 五号
HEADER_PT = 10.5
GROUP_PT = 11.0
TITLE_PT = 18.0  # 小二
SUBTITLE_PT = 11.0
FOOTER_PT = 9.0
NOTICE_PT = 15.0  # close to 三号 as in 公文 body text
LIGHT_COLOURS = {"red": QColor("#c00000"), "yellow": QColor("#9c6500")}
CHART_MM = 90.0  # height of the bar chart under 年终考核统计 and 月汇总
HEADER_FILL = QColor(225, 225, 225)
GROUP_FILL = QColor(242, 242, 242)

_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}


def page_layout(orientation: str) -> QPageLayout:
    """A4 with no device margins: the engine keeps its own margins on the full sheet."""
    o = QPageLayout.Orientation.Landscape if orientation == "landscape" else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), o, QMarginsF(0, 0, 0, 0))


class _Text:
    """A paragraph broken into lines for one width; lines are positioned from y = 0.

    ``count`` lines; ``lines`` are the QTextLines of ``layout``, which a number put
    together from its digits (:class:`_Numerals`) has not: its one line is drawn whole.
    """

    __slots__ = ("text", "layout", "lines", "count", "line_height", "half", "runs")

    def __init__(
        self, text: str, layout: QTextLayout | None, lines: list[QTextLine], line_height: float,
        runs: list[QGlyphRun] | None = None, count: int = -1,
    ):
        self.text = text
        self.layout = layout
        self.lines = lines
        self.count = len(lines) if count < 0 else count
        self.line_height = line_height
        self.half = self.count * line_height / 2  # from the top of the lines to their middle
        # the shaped glyphs, fetched on first drawing (a layout only counting pages needs none)
        self.runs: list[QGlyphRun] | None = runs if runs is not None or lines else []

    @property
    def height(self) -> float:
        return self.count * self.line_height

    def draw(self, painter: QPainter, x: float, y: float, first: int = 0, last: int | None = None) -> None:
        last = self.count if last is None else last
        if first >= last:
            return
        if first == 0 and last == self.count:  # the common case: the glyphs as shaped
            if self.runs is None:
                assert self.layout is not None
                self.runs = self.layout.glyphRuns()
            origin = QPointF(x, y)
            for run in self.runs:
                painter.drawGlyphRun(origin, run)
            return
        shift = first * self.line_height
        for line in self.lines[first:last]:
            line.draw(painter, QPointF(x, y - shift))


def _glyph_data(runs: list[QGlyphRun]) -> list[tuple]:
    """What a glyph run draws, compared exactly (QPointF's == is fuzzy)."""
    return [
        (r.rawFont(), r.flags(), r.glyphIndexes(), [(p.x(), p.y()) for p in r.positions()])
        for r in runs
    ]


_count = attrgetter("count")

_DIGITS = "0123456789"
_DIGIT_PAIRS = "".join(a + b for a in _DIGITS for b in _DIGITS)  # every digit beside every digit
_NUMBER_SAMPLES = ("7", "42", "305", "1000", "29999")


class _Numerals:
    """Numbers (序号 and the like: ASCII digits only) put together from their digits' glyphs.

    A layout costs some microseconds however short its text, and a table has a number
    in every row. Where the font sets digits plainly (one glyph each, all of one advance,
    no ink beyond it, nothing kerned or joined between any two of them), a number's glyphs are its digits'
    glyphs side by side, placed where QTextLayout places them: the line's alignment
    offset in its 1/64-pixel units. That is checked once per column against numbers laid
    out the ordinary way; if anything differs, numbers are laid out like any other text.
    """

    def __init__(self, device_font: QFont, width: float, option: QTextOption, lh: float):
        self.lh = lh
        self.width64 = int(max(1.0, width) * 64)  # QTextLine.setLineWidth keeps 1/64 pixels
        self.align = option.alignment()
        self.points: dict[int, list[QPointF]] = {}
        self.ready = False
        plain = QTextOption(Qt.AlignmentFlag.AlignLeft)
        plain.setWrapMode(QTextOption.WrapMode.NoWrap)
        runs = _Typesetter.glyphs(_DIGIT_PAIRS, device_font, plain, lh)
        if len(runs) != 1 or len(runs[0].glyphIndexes()) != len(_DIGIT_PAIRS):
            return
        run = runs[0]
        indexes, points = run.glyphIndexes(), run.positions()
        glyph: dict[str, int] = {}
        for digit, index in zip(_DIGIT_PAIRS, indexes, strict=True):
            if glyph.setdefault(digit, index) != index:
                return
        steps = {round((b.x() - a.x()) * 64) for a, b in zip(points, points[1:], strict=False)}
        if len(steps) != 1 or len({p.y() for p in points}) != 1 or points[0].x() != 0:
            return
        # Ink beyond a digit's advance (an italic or a slanted face) counts when a wrapping
        # line is fitted, not only the advances: such a font gets its numbers laid out.
        metrics = QFontMetricsF(device_font)
        if any(metrics.leftBearing(d) < 0 or metrics.rightBearing(d) < 0 for d in _DIGITS):
            return
        self.glyph, self.raw, self.advance64, self.y = glyph, run.rawFont(), steps.pop(), points[0].y()
        for sample in _NUMBER_SAMPLES:
            made = self.text(sample)
            if made is None:
                continue
            assert made.runs is not None
            shaped = _Typesetter.glyphs(sample, device_font, option, lh, width)
            if _glyph_data(made.runs) != _glyph_data(shaped):
                self.points.clear()
                return
        self.ready = True

    def text(self, text: str) -> _Text | None:
        """``text`` (ASCII digits) as one line, or None where it would not fit on one."""
        count = len(text)
        points = self.points.get(count)
        if points is None:
            free = self.width64 - count * self.advance64
            if free < 0:
                return None  # wider than the column: broken or overflowing, as laid out
            if self.align & Qt.AlignmentFlag.AlignHCenter:
                offset = free // 2
            elif self.align & Qt.AlignmentFlag.AlignRight:
                offset = free
            else:
                offset = 0
            points = self.points[count] = [
                QPointF((offset + k * self.advance64) / 64, self.y) for k in range(count)
            ]
        run = QGlyphRun()
        run.setRawFont(self.raw)
        run.setGlyphIndexes([self.glyph[c] for c in text])
        run.setPositions(points)
        return _Text(text, None, [], self.lh, [run], 1)


class _Typesetter:
    """Breaks text into lines with fonts measured on the paint device.

    Identical cells (department names, people, deadlines, states) are broken once
    and shared: a laid-out text is drawn relative to its own origin.
    """

    def __init__(self, device: QPagedPaintDevice):
        self.device = device
        self._heights: dict[str, float] = {}
        self._options: dict[tuple[str, bool], QTextOption] = {}
        self._cache: dict[tuple, dict[str, _Text]] = {}
        self._fonts: dict[int, tuple[QFont, QFont]] = {}

    def line_height(self, f: QFont) -> float:
        key = f.key()
        if key not in self._heights:
            self._heights[key] = QFontMetricsF(f, self.device).lineSpacing()
        return self._heights[key]

    def device_font(self, f: QFont) -> QFont:
        """``f`` resolved for the device once: what ``QTextLayout(text, f, device)`` would
        make again for every text."""
        held = self._fonts.get(id(f))
        if held is None:  # the font is held, so that its id is never reused by another font
            held = self._fonts[id(f)] = (f, QFont(f, self.device))
        return held[1]

    def option(self, align: str, wrap: bool) -> QTextOption:
        key = (align, wrap)
        if key not in self._options:
            option = QTextOption(_ALIGN[align])
            option.setWrapMode(
                QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
            )
            self._options[key] = option
        return self._options[key]

    def text(
        self,
        text: str,
        f: QFont,
        width: float,
        *,
        align: str = "left",
        wrap: bool = True,
        indent: float = 0.0,
        line_factor: float = 1.0,
        line_height: float = 0.0,
    ) -> _Text:
        """``text`` broken to ``width``; pass ``line_height`` when calling in a hot loop."""
        cache = self.column_cache(f, width, align, wrap, indent, line_factor)
        found = cache.get(text)
        if found is None:
            lh = (line_height or self.line_height(f)) * line_factor
            found = cache[text] = self.shape(
                text, self.device_font(f), width, self.option(align, wrap), lh, indent
            )
        return found

    @staticmethod
    def shape(
        text: str, device_font: QFont, width: float, option: QTextOption, lh: float, indent: float = 0.0
    ) -> _Text:
        """``text`` laid out anew (no cache): lines of ``width`` (the first ``indent`` in), ``lh`` apart."""
        shown = text
        if "\n" in text or "\r" in text or "\t" in text:
            # QTextLayout breaks only at U+2028; progress typed on several lines keeps its lines
            shown = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\u2028").replace("\t", " ")
        layout = QTextLayout(shown, device_font)
        layout.setTextOption(option)
        lines: list[QTextLine] = []
        if text:
            layout.beginLayout()
            line = layout.createLine()
            if line.isValid():
                line.setLineWidth(max(1.0, width - indent))
                if indent:
                    line.setPosition(QPointF(indent, 0.0))  # a new line stands at (0, 0)
                lines.append(line)
                rest = max(1.0, width)
                line = layout.createLine()
                while line.isValid():
                    line.setLineWidth(rest)
                    line.setPosition(QPointF(0.0, len(lines) * lh))
                    lines.append(line)
                    line = layout.createLine()
            layout.endLayout()
        return _Text(text, layout, lines, lh)

    @staticmethod
    def glyphs(
        text: str, device_font: QFont, option: QTextOption, lh: float, width: float = 1e6
    ) -> list[QGlyphRun]:
        """The glyph runs of ``text`` laid out as :meth:`shape` lays it out."""
        shaped = _Typesetter.shape(text, device_font, width, option, lh)
        assert shaped.layout is not None
        return shaped.layout.glyphRuns()

    def column_cache(
        self, f: QFont, width: float, align: str = "left", wrap: bool = True,
        indent: float = 0.0, line_factor: float = 1.0,
    ) -> dict[str, _Text]:
        """The texts already broken with these settings, by text."""
        self.device_font(f)  # holds the font, whose id is part of the key
        return self._cache.setdefault((id(f), width, align, wrap, indent, line_factor), {})


@dataclass(slots=True)
class _Row:
    cells: list[_Text]
    lines: int
    light: str = ""
    heading: _Text | None = None  # a group heading row spans all columns


@dataclass(slots=True)
class _Slice:
    """A row, or the part of a split row, placed on a page."""

    row: _Row
    first: int
    last: int
    y: float
    height: float
    continued: bool = False


@dataclass
class _Page:
    slices: list[_Slice] = field(default_factory=list)
    summary: list[tuple[_Text, float]] = field(default_factory=list)
    chart: tuple[float, float] | None = None  # top and height of the bar chart


class TableLayout:
    """A table report measured for one device, split into pages."""

    def __init__(self, report: Report, device: QPagedPaintDevice):
        self.report = report
        dpi = device.resolution()
        self.px = dpi / 25.4  # device pixels per millimetre
        full = device.pageLayout().fullRectPixels(dpi)
        left, top, right, bottom = (m * self.px for m in MARGIN_MM)
        self.frame = QRectF(left, top, full.width() - left - right, full.height() - top - bottom)
        self.pad = 1.2 * self.px
        self.pen_width = max(1.0, 0.2 * self.px)
        ts = _Typesetter(device)
        self.body_font = fonts.font("body", BODY_PT)
        self.header_font = fonts.font("heading", HEADER_PT)
        self.group_font = fonts.font("heading", GROUP_PT, bold=True)
        self.footer_font = fonts.font("body", FOOTER_PT)
        total = sum(c.width_weight for c in report.columns) or 1.0
        self.widths = [self.frame.width() * c.width_weight / total for c in report.columns]
        self.xs = [self.frame.left() + sum(self.widths[:i]) for i in range(len(self.widths))]
        self.text_xs = [x + self.pad for x in self.xs]
        self.body_lh = ts.line_height(self.body_font)
        keys = [c.key for c in report.columns]
        self.number_index = keys.index(report.number_key) if report.number_key in keys else -1
        self.status_index = keys.index("status") if "status" in keys else -1

        self.title = ts.text(report.title, fonts.font("title", TITLE_PT), self.frame.width(), align="center")
        self.subtitle = ts.text(report.subtitle, fonts.font("body", SUBTITLE_PT), self.frame.width(), align="center")
        self.header = self._row(ts, [c.header for c in report.columns], self.header_font, header=True)
        self.footer_line = ts.text(report.footer.text(), self.footer_font, self.frame.width())
        self.footer_height = 2.4 * ts.line_height(self.footer_font)
        self.table_top = self.frame.top() + self.title.height + self.subtitle.height + 2.5 * self.px
        self.body_top = self.table_top + self.header.lines * ts.line_height(self.header_font) + 2 * self.pad
        self.body_bottom = self.frame.bottom() - self.footer_height
        self.pages = self._paginate(ts)

    def _row(self, ts: _Typesetter, texts: list[str], f: QFont, *, header: bool = False, light: str = "") -> _Row:
        lh = ts.line_height(f)
        cells = []
        for col, text, width in zip(self.report.columns, texts, self.widths, strict=True):
            align = "center" if header else col.align
            cells.append(
                ts.text(text, f, width - 2 * self.pad, align=align, wrap=col.wrap or header, line_height=lh)
            )
        return _Row(cells, max(1, *(c.count for c in cells)), light)

    def _body_rows(self, ts: _Typesetter) -> Callable[[list[str], str], _Row]:
        """:meth:`_row` for body rows, with the column settings looked up once: a table of
        thousands of rows costs one dictionary lookup per cell seen before."""
        lh = ts.line_height(self.body_font)
        columns = [
            (ts.column_cache(self.body_font, width - 2 * self.pad, col.align, col.wrap),
             width - 2 * self.pad, ts.option(col.align, col.wrap))
            for col, width in zip(self.report.columns, self.widths, strict=True)
        ]
        body_font, shape = ts.device_font(self.body_font), ts.shape
        numerals: list[_Numerals | None] = [None] * len(columns)

        def number(column: int, value: str) -> _Text | None:
            made = numerals[column]
            if made is None:
                _, width, option = columns[column]
                made = numerals[column] = _Numerals(body_font, width, option, lh)
            return made.text(value) if made.ready else None

        caches = [cache for cache, _, _ in columns]

        def cell(column: int, value: str) -> _Text:
            made = number(column, value) if value.isdigit() and value.isascii() else None
            if made is None:
                _, width, option = columns[column]
                made = shape(value, body_font, width, option, lh)
            caches[column][value] = made
            return made

        def row(texts: list[str], light: str) -> _Row:
            cells = list(map(dict.get, caches, texts))  # the texts seen before: most cells
            if None in cells:
                cells = [c if c is not None else cell(i, texts[i]) for i, c in enumerate(cells)]
            return _Row(cells, max((1, *map(_count, cells))), light)

        return row

    def _height(self, lines: int) -> float:
        return lines * self.body_lh + 2 * self.pad

    def _paginate(self, ts: _Typesetter) -> list[_Page]:
        """Place rows top to bottom; a group that runs onto a new page gets "科室（续）" there."""
        pages = [_Page()]
        y = self.body_top
        group_h = ts.line_height(self.group_font) + 2 * self.pad
        usable = self.body_bottom - self.body_top - group_h
        max_lines = max(1, int((usable - 2 * self.pad) // self.body_lh))
        keys = [c.key for c in self.report.columns]
        blanks = [""] * len(keys)  # a cell a row does not have is empty
        body_lh, pad2, bottom = self.body_lh, 2 * self.pad, self.body_bottom
        heading_width = self.frame.width() - 2 * self.pad
        body_row = self._body_rows(ts)

        def new_page(continued: _Row | None = None) -> None:
            nonlocal y
            pages.append(_Page())
            y = self.body_top
            if continued is not None:
                assert continued.heading is not None
                h = continued.heading.height + 2 * self.pad
                pages[-1].slices.append(_Slice(continued, 0, 0, y, h))
                y += h

        for group in self.report.groups:
            heading = continued = None
            if group.heading:
                text = ts.text(group.heading, self.group_font, heading_width)
                heading = _Row([], 0, heading=text)
                heading_h = text.height + 2 * self.pad
                continued = _Row([], 0, heading=ts.text(f"{group.heading}（续）", self.group_font, heading_width))
            for index, row in enumerate(group.rows):
                r = body_row(list(map(row.cells.get, keys, blanks)), row.light)
                h = r.lines * body_lh + pad2  # self._height(r.lines)
                if index == 0 and heading is not None:
                    need = h if r.lines <= max_lines else self._height(1)
                    if y + heading_h + need > bottom and pages[-1].slices:
                        new_page()
                    pages[-1].slices.append(_Slice(heading, 0, 0, y, heading_h))
                    y += heading_h
                if r.lines <= max_lines:
                    if y + h > bottom:
                        new_page(continued)
                    pages[-1].slices.append(_Slice(r, 0, r.lines, y, h))
                    y += h
                    continue
                first = 0
                while first < r.lines:
                    room = int((self.body_bottom - y - 2 * self.pad) // self.body_lh)
                    if room < 1 and any(x.row.heading is None for x in pages[-1].slices):
                        new_page(continued)
                        continue
                    room = max(room, 1)  # a page too small for one line still makes progress
                    last = min(r.lines, first + room)
                    sh = self._height(last - first)
                    pages[-1].slices.append(_Slice(r, first, last, y, sh, continued=first > 0))
                    y += sh
                    first = last
            if not group.rows and heading is not None:
                if y + heading_h > self.body_bottom:
                    new_page()
                pages[-1].slices.append(_Slice(heading, 0, 0, y, heading_h))
                y += heading_h
        y += 2 * self.px
        for line in self.report.summary:
            text = ts.text(line, self.body_font, self.frame.width())
            if y + text.height > self.body_bottom:
                new_page()
            pages[-1].summary.append((text, y))
            y += text.height
        if self.report.chart is not None:
            height = min(CHART_MM * self.px, self.body_bottom - self.body_top)
            y += 3 * self.px
            if y + height > self.body_bottom:
                new_page()
                y = self.table_top  # no table on that page: the chart starts under the title
                height = min(CHART_MM * self.px, self.body_bottom - y)
            pages[-1].chart = (y, height)
        return pages

    # painting ---------------------------------------------------------------------

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Text cell by cell, then the rules: one line per row edge and one per column edge
        over each run of ordinary rows (group headings span the table)."""
        page = self.pages[index]
        f = self.frame
        painter.setPen(QPen(Qt.GlobalColor.black, self.pen_width))
        self.title.draw(painter, f.left(), f.top())
        self.subtitle.draw(painter, f.left(), f.top() + self.title.height + 0.5 * self.px)
        if page.slices or index == 0:  # a page of only notes or the chart has no table
            header_h = self.body_top - self.table_top
            painter.fillRect(QRectF(f.left(), self.table_top, f.width(), header_h), HEADER_FILL)
            self._paint_cells(painter, self.header, 0, self.header.lines, self.table_top, header_h)
            edges = [self.table_top, self.body_top]
            spans: list[list[float]] = [[self.table_top, self.body_top]]  # runs of column rules
            draw, xs, pad, status = painter.drawGlyphRun, self.text_xs, self.pad, self.status_index
            for s in page.slices:
                row, y, height = s.row, s.y, s.height
                bottom = y + height
                edges.append(bottom)
                if row.heading is not None:
                    painter.fillRect(QRectF(f.left(), y, f.width(), height), GROUP_FILL)
                    row.heading.draw(painter, f.left() + pad, y + pad)
                    spans.append([bottom, bottom])
                    continue
                spans[-1][1] = bottom
                if s.first or s.last != row.lines:  # a row split across pages
                    self._paint_cells(painter, row, s.first, s.last, y, height, continued=s.continued)
                    continue
                # the common case, kept short: thousands of whole rows
                middle = y + pad + (height - 2 * pad) / 2  # short cells are centred vertically
                pen = LIGHT_COLOURS.get(row.light)
                if pen is None:
                    for x, cell in zip(xs, row.cells, strict=True):
                        glyphs = cell.runs
                        if glyphs is None:
                            glyphs = cell.runs = cell.layout.glyphRuns()
                        if glyphs:
                            origin = QPointF(x, middle - cell.half)
                            for run in glyphs:
                                draw(origin, run)
                    continue
                for i, (x, cell) in enumerate(zip(xs, row.cells, strict=True)):
                    glyphs = cell.runs
                    if glyphs is None:
                        glyphs = cell.runs = cell.layout.glyphRuns()
                    if glyphs:
                        origin = QPointF(x, middle - cell.half)
                        if i == status:  # the state in its light's colour
                            painter.save()
                            painter.setPen(pen)
                            for run in glyphs:
                                draw(origin, run)
                            painter.restore()
                        else:
                            for run in glyphs:
                                draw(origin, run)
            left, right = f.left(), f.left() + sum(self.widths)
            rules = [QLineF(left, y, right, y) for y in edges]
            rules += [QLineF(x, self.table_top, x, edges[-1]) for x in (left, right)]
            for top, bottom in spans:
                if bottom > top:
                    rules += [QLineF(x, top, x, bottom) for x in self.xs[1:]]
            painter.drawLines(rules)  # one call for the page's rules
        for text, y in page.summary:
            text.draw(painter, f.left(), y)
        if page.chart is not None and self.report.chart is not None:
            top, height = page.chart
            paint_chart(painter, QRectF(f.left(), top, f.width(), height), self.report.chart, self.px)
            painter.setPen(QPen(Qt.GlobalColor.black, self.pen_width))
        self.footer_line.draw(painter, f.left(), self.body_bottom + 0.8 * self.px)
        painter.setFont(self.footer_font)
        painter.drawText(
            QRectF(f.left(), f.bottom() - self.footer_height / 2, f.width(), self.footer_height / 2),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            f"第{index + 1}页　共{len(self.pages)}页",
        )

    def _paint_cells(
        self, painter: QPainter, row: _Row, first: int, last: int, y: float, height: float,
        *, continued: bool = False,
    ) -> None:
        whole = first == 0 and last == row.lines
        inner = height - 2 * self.pad
        light_pen = LIGHT_COLOURS.get(row.light)
        for i, cell in enumerate(row.cells):
            if continued and i == self.number_index:
                a, b = 0, cell.count  # the number again on the continuation
            else:
                a, b = first, min(last, cell.count)
            if a >= b:
                continue
            top = y + self.pad
            if whole:  # short cells are centred vertically, as in printed forms
                top += (inner - (b - a) * cell.line_height) / 2
            if light_pen is not None and i == self.status_index:
                painter.save()
                painter.setPen(light_pen)
                cell.draw(painter, self.xs[i] + self.pad, top, a, b)
                painter.restore()
            else:
                cell.draw(painter, self.xs[i] + self.pad, top, a, b)


class NoticeLayout:
    """督办通知单: each notice starts a new page; long ones flow on to the next."""

    def __init__(self, report: Report, device: QPagedPaintDevice):
        dpi = device.resolution()
        self.px = dpi / 25.4
        full = device.pageLayout().fullRectPixels(dpi)
        # 公文 margins: 37 mm top, 28 mm left, 26 mm right, 35 mm bottom (a little tighter here)
        self.frame = QRectF(26 * self.px, 25 * self.px, full.width() - 50 * self.px, full.height() - 50 * self.px)
        ts = _Typesetter(device)
        self.footer_font = fonts.font("body", FOOTER_PT)
        body = fonts.font("body", NOTICE_PT)
        self.pages: list[list[tuple[_Text, int, int, float]]] = []
        for notice in report.notices:
            self._flow(ts, notice, body)

    def _blocks(self, ts: _Typesetter, n: Notice, body: QFont) -> list[tuple[_Text, float]]:
        w = self.frame.width()
        em = QFontMetricsF(body, ts.device).horizontalAdvance("国")
        para = [ts.text(p, body, w, indent=2 * em, line_factor=1.35) for p in n.paragraphs]
        items = [ts.text(i, body, w, indent=2 * em, line_factor=1.35) for i in n.items]
        gap = 4 * self.px
        return [
            (ts.text(n.number, fonts.font("body", 12), w, align="right"), 0),
            (ts.text(n.title, fonts.font("title", 26), w, align="center"), 3 * self.px),
            (ts.text(n.addressee, body, w, line_factor=1.35), 3 * gap),
            *((p, 0.0) for p in para),
            *((it, 0.0) for it in items),
            (ts.text(n.closing, body, w, indent=2 * em, line_factor=1.35), gap),
            (ts.text(n.issuer, body, w - 4 * em, align="right", line_factor=1.35), 4 * gap),
            (ts.text(n.issued, body, w - 4 * em, align="right", line_factor=1.35), 0),
        ]

    def _flow(self, ts: _Typesetter, notice: Notice, body: QFont) -> None:
        """Place the notice's paragraphs, each kept whole when it fits on a page; a
        continuation page starts with "督办〔2026〕12号（续）"."""
        continued = ts.text(f"{notice.number}（续）", fonts.font("body", 12), self.frame.width(), align="right")
        page: list[tuple[_Text, int, int, float]] = []
        self.pages.append(page)
        y = self.frame.top()
        bottom = self.frame.bottom() - 2 * ts.line_height(self.footer_font)
        capacity = bottom - self.frame.top() - continued.height - 2 * self.px
        for text, space in self._blocks(ts, notice, body):
            y += space if page else 0
            first = 0
            while first < len(text.lines):
                room = int((bottom - y) // text.line_height)
                # a paragraph that fits on a page is kept whole, like a table row
                has_content = any(entry[0] is not continued for entry in page)
                if has_content and (room < 1 or (first == 0 and room < len(text.lines) and text.height <= capacity)):
                    page = [(continued, 0, len(continued.lines), self.frame.top())]
                    self.pages.append(page)
                    y = self.frame.top() + continued.height + 2 * self.px
                    continue
                last = min(len(text.lines), first + max(room, 1))
                page.append((text, first, last, y))
                y += (last - first) * text.line_height
                first = last

    def paint_page(self, painter: QPainter, index: int) -> None:
        painter.setPen(QPen(Qt.GlobalColor.black))
        for text, first, last, y in self.pages[index]:
            text.draw(painter, self.frame.left(), y, first, last)
        painter.setFont(self.footer_font)
        painter.drawText(
            QRectF(self.frame.left(), self.frame.bottom() - 10 * self.px, self.frame.width(), 10 * self.px),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            f"第{index + 1}页　共{len(self.pages)}页",
        )


def layout_report(report: Report, device: QPagedPaintDevice) -> TableLayout | NoticeLayout:
    """Measure ``report`` for ``device`` (whose page layout must already be set)."""
    with collector.paused():
        return NoticeLayout(report, device) if report.notices else TableLayout(report, device)


def paint(
    report: Report,
    device: QPagedPaintDevice,
    *,
    first_page: int = 1,
    last_page: int = 0,
) -> int:
    """Lay out and paint pages ``first_page..last_page`` (1-based, 0 = to the end) on ``device``.

    Returns the number of pages painted.
    """
    with collector.paused():
        layout = layout_report(report, device)
        count = len(layout.pages)
        first = max(1, first_page)
        last = count if last_page <= 0 else min(count, last_page)
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("无法开始打印或写入文件。")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for n in range(first, last + 1):
                if n > first:
                    device.newPage()
                layout.paint_page(painter, n - 1)
        finally:
            painter.end()
        del layout  # freed while the collector is held off: it has nothing left to walk
    return max(0, last - first + 1)
