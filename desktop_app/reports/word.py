"""A :class:`Report` as a Word document (.docx) that opens and prints well in Word and WPS.

The same rows as the PDF and the .xlsx: A4 (landscape for the wide tables), title in
方正小标宋/黑体, body in 仿宋, every font named for East-Asian text (``w:eastAsia``) and
given a substitute in the font table, so a machine without 方正小标宋 shows 黑体; the
column header row repeats on every page (``w:tblHeader``), no row is split across pages
(``w:cantSplit``), the footer carries 制表人 / 审核人 / 打印日期 and 第X页 共Y页 as PAGE and
NUMPAGES fields. 督办通知单 are written as 公文 by :mod:`desktop_app.reports.gongwen`.

python-docx builds the document, its styles, sections, footers and pictures. For the
body rows it builds one styled row per kind (plain, red, yellow, group heading) and the
table is filled with copies of those rows: adding thousands of rows cell by cell through
python-docx is several times slower (``bench/bench_word.py`` prints both).
"""

from __future__ import annotations

import copy
import io
import os
import re
from collections.abc import Iterable
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop_app import clock
from desktop_app.reports.model import Report
from desktop_app.storage.tempfiles import replace_via_temp

# Fonts: (East-Asian name, Latin name); the substitute Word/WPS use when the first is missing.
TITLE_FONT = ("方正小标宋简体", "Times New Roman")
HEADING_FONT = ("黑体", "Times New Roman")
BODY_FONT = ("仿宋", "Times New Roman")
SONG_FONT = ("宋体", "Times New Roman")
SUBSTITUTES = {
    "方正小标宋简体": "黑体",
    "仿宋": "宋体",
    "仿宋_GB2312": "仿宋",
    "楷体_GB2312": "楷体",
    "黑体": "宋体",
    "楷体": "宋体",
}
# Font table entries: charset 86 (GB2312) tells Word these are Chinese fonts.
_FONT_FAMILY = {"黑体": "modern", "方正小标宋简体": "script"}

TITLE_PT = 18.0  # 小二
SUBTITLE_PT = 11.0
BODY_PT = 10.5  # 五号
GROUP_PT = 11.0
FOOTER_PT = 9.0
MARGIN_MM = {"landscape": (15.0, 15.0, 15.0, 15.0), "portrait": (20.0, 15.0, 15.0, 15.0)}  # top l r b
LIGHT_COLOURS = {"red": "C00000", "yellow": "9C6500"}
HEADER_FILL = "E1E1E1"
GROUP_FILL = "F2F2F2"
A4 = (Mm(210), Mm(297))
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def clean(text: str | None) -> str:
    """Text as Word can hold it: no control characters, one kind of line break."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _BAD_XML.sub("", text)


# -- fonts and styles ------------------------------------------------------------


def set_fonts(rpr_owner, east_asia: str, latin: str = "Times New Roman") -> None:
    """Name ``east_asia`` for Chinese text and ``latin`` for the rest on a run or style."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:cs"), latin)


def _font_table(doc: DocumentObject, names: Iterable[str]) -> None:
    """Declare the Chinese fonts with charset GB2312 and a substitute (``w:altName``)."""
    part = next(
        (p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"), None
    )
    if part is None:
        return
    root = parse_xml(part.blob)
    known = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name in names:
        if name in known:
            continue
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        if name in SUBSTITUTES:
            alt = OxmlElement("w:altName")
            alt.set(qn("w:val"), SUBSTITUTES[name])
            font.append(alt)
        for tag, value in (("w:charset", "86"), ("w:family", _FONT_FAMILY.get(name, "roman")),
                           ("w:pitch", "variable")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            font.append(el)
        root.append(font)
        known.add(name)
    from lxml import etree

    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def new_document(title: str, *, body: tuple[str, str] = BODY_FONT, body_pt: float = BODY_PT) -> DocumentObject:
    """An empty A4 document whose default text is ``body`` (仿宋) in Chinese, single spaced."""
    doc = Document()
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    fonts.set(qn("w:ascii"), body[1])
    fonts.set(qn("w:hAnsi"), body[1])
    fonts.set(qn("w:eastAsia"), body[0])
    fonts.set(qn("w:cs"), body[1])
    for tag in ("w:sz", "w:szCs"):  # a document grid counts characters of this size
        rpr.find(qn(tag)).set(qn("w:val"), str(round(body_pt * 2)))
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    normal = doc.styles["Normal"]
    normal.font.size = Pt(body_pt)
    set_fonts(normal.element, *body)
    props = doc.core_properties
    props.title = title
    props.author = "督办台账"
    props.last_modified_by = "督办台账"
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.category = ""
    props.revision = 1
    props.created = props.modified = clock.now()
    return doc


def paragraph_style(
    doc: DocumentObject, style_id: str, name: str, font: tuple[str, str], size: float, *,
    bold: bool = False, align: str = "left", before: float = 0, after: float = 0,
    colour: str | None = None,
):
    """A paragraph style (or the existing one of that name)."""
    try:
        return doc.styles[name]
    except KeyError:
        pass
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = style_id
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    style.font.size = Pt(size)
    style.font.bold = bold
    if colour:
        style.font.color.rgb = RGBColor.from_string(colour)
    set_fonts(style.element, *font)
    fmt = style.paragraph_format
    fmt.alignment = _ALIGN[align]
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    return style


def setup_page(section, orientation: str, margins_mm: tuple[float, float, float, float], *,
               header_mm: float = 8.0, footer_mm: float = 7.0) -> None:
    """A4 in ``orientation``; ``margins_mm`` are top, left, right, bottom."""
    width, height = A4
    if orientation == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = height, width
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = width, height
    top, left, right, bottom = margins_mm
    section.top_margin, section.left_margin = Mm(top), Mm(left)
    section.right_margin, section.bottom_margin = Mm(right), Mm(bottom)
    section.header_distance, section.footer_distance = Mm(header_mm), Mm(footer_mm)


def add_field(paragraph: Paragraph, instruction: str, shown: str = "1") -> None:
    """A field (PAGE, NUMPAGES) as Word writes it: begin, instruction, separate, result, end."""
    def run_with(child) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def shade(cell_element, fill: str) -> None:
    tc_pr = cell_element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _row_flags(tr, *, header: bool = False) -> None:
    """Never split the row across pages; repeat it on every page when it is the header."""
    tr_pr = tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _fill(t_element, text: str) -> None:
    """Put ``text`` into a copied row's ``w:t``; further lines become ``w:br`` + ``w:t``."""
    lines = clean(text).split("\n")
    t_element.text = lines[0]
    if len(lines) == 1:
        return
    run = t_element.getparent()
    for line in lines[1:]:
        run.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = line
        run.append(t)


def add_footer(section, preparer_line: str | None, *, size: float = FOOTER_PT) -> None:
    """制表人/审核人/打印日期 (when given) and 第X页 共Y页 as fields."""
    footer = section.footer
    footer.is_linked_to_previous = False
    first = footer.paragraphs[0]
    if preparer_line:
        first.text = preparer_line
        first.runs[0].font.size = Pt(size)
        pages = footer.add_paragraph()
    else:
        pages = first
    pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pages.add_run("第")
    add_field(pages, "PAGE")
    pages.add_run("页　共")
    add_field(pages, "NUMPAGES")
    pages.add_run("页")
    for run in pages.runs:
        run.font.size = Pt(size)


# -- tables ----------------------------------------------------------------------


class _Styles:
    def __init__(self, doc: DocumentObject):
        self.title = paragraph_style(doc, "ReportTitle", "报表标题", TITLE_FONT, TITLE_PT, align="center", after=4)
        self.subtitle = paragraph_style(doc, "ReportSubtitle", "报表副标题", BODY_FONT, SUBTITLE_PT,
                                        align="center", after=6)
        self.header = paragraph_style(doc, "TableHeader", "表头", HEADING_FONT, BODY_PT, bold=True, align="center")
        self.cell = paragraph_style(doc, "TableBody", "表格正文", BODY_FONT, BODY_PT)
        self.group = paragraph_style(doc, "TableGroup", "表格分组", HEADING_FONT, GROUP_PT, bold=True)
        self.note = paragraph_style(doc, "ReportNote", "表后说明", BODY_FONT, BODY_PT, before=3)


def _empty_run(paragraph: Paragraph) -> None:
    """A run with an empty ``w:t`` (kept with its spaces) for copies to fill in."""
    t = paragraph.add_run("x")._r.find(qn("w:t"))
    t.text = ""
    t.set(qn("xml:space"), "preserve")


def _templates(table: Table, report: Report, widths: list[int], styles: _Styles) -> dict[str, object]:
    """One ready-styled ``w:tr`` per row kind: plain, red, yellow and the group heading."""
    ncols = len(report.columns)
    body = table.add_row()
    _row_flags(body._tr)
    for col, cell, width in zip(report.columns, body.cells, widths, strict=True):
        cell.width = width
        p = cell.paragraphs[0]
        p.style = styles.cell
        p.alignment = _ALIGN[col.align]
        _empty_run(p)
    templates: dict[str, object] = {"": body._tr}
    keys = [c.key for c in report.columns]
    status = keys.index("status") if "status" in keys else -1
    for light, colour in LIGHT_COLOURS.items():
        tr = copy.deepcopy(body._tr)
        if status >= 0:
            r = tr.findall(qn("w:tc"))[status].find(qn("w:p")).find(qn("w:r"))
            rpr = r.get_or_add_rPr()
            rpr.append(OxmlElement("w:b"))
            c = OxmlElement("w:color")
            c.set(qn("w:val"), colour)
            rpr.append(c)
        templates[light] = tr
    group = table.add_row()
    _row_flags(group._tr)
    merged = group.cells[0].merge(group.cells[ncols - 1]) if ncols > 1 else group.cells[0]
    shade(merged._tc, GROUP_FILL)
    p = merged.paragraphs[0]
    p.style = styles.group
    _empty_run(p)
    templates["group"] = group._tr
    for tr in (body._tr, group._tr):
        table._tbl.remove(tr)
    return templates


def _table(doc: DocumentObject, report: Report, styles: _Styles, usable_width: int) -> None:
    ncols = len(report.columns)
    total = sum(c.width_weight for c in report.columns) or 1.0
    widths = [int(usable_width * c.width_weight / total) for c in report.columns]
    table = doc.add_table(rows=1, cols=ncols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    header = table.rows[0]
    _row_flags(header._tr, header=True)
    for col, cell, width in zip(report.columns, header.cells, widths, strict=True):
        cell.width = width
        shade(cell._tc, HEADER_FILL)
        p = cell.paragraphs[0]
        p.style = styles.header
        p.add_run(clean(col.header))
    templates = _templates(table, report, widths, styles)
    keys = [c.key for c in report.columns]
    tbl = table._tbl
    t_tag = qn("w:t")
    for group in report.groups:
        if group.heading:
            tr = copy.deepcopy(templates["group"])
            _fill(next(tr.iter(t_tag)), group.heading)
            tbl.append(tr)
        for row in group.rows:
            tr = copy.deepcopy(templates[row.light] if row.light in templates else templates[""])
            for t, key in zip(list(tr.iter(t_tag)), keys, strict=True):
                _fill(t, row.cells.get(key, ""))
            tbl.append(tr)


class Paragraphs:
    """Adds many paragraphs quickly: the first paragraph of each style is made by
    python-docx and kept as a template; the others are copies with their text filled in
    (python-docx's ``add_paragraph(text, style)`` looks the style up every time, about
    4 ms a paragraph). For a single-section document."""

    def __init__(self, doc: DocumentObject):
        self.doc = doc
        self.sect_pr = doc.element.body.sectPr
        self._templates: dict[str, object] = {}

    def add(self, text: str, style) -> None:
        template = self._templates.get(style.style_id)
        if template is None:
            p = self.doc.add_paragraph(style=style)
            _empty_run(p)
            template = self._templates[style.style_id] = p._p
            p._p.getparent().remove(p._p)
        p = copy.deepcopy(template)
        _fill(next(p.iter(qn("w:t"))), text)
        self.sect_pr.addprevious(p)


def usable_width(section) -> int:
    return section.page_width - section.left_margin - section.right_margin


def add_picture(doc: DocumentObject, png: bytes, width: int) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.keep_together = True
    p.add_run().add_picture(io.BytesIO(png), width=width)


CHART_NOTE = "（本文件生成时未能绘制统计图，请在程序中导出或打印以查看统计图。）"


def build_table_document(report: Report, *, chart_png: bytes | None = None) -> DocumentObject:
    """The report as a python-docx document (not yet saved)."""
    doc = new_document(report.title)
    section = doc.sections[0]
    setup_page(section, report.orientation, MARGIN_MM[report.orientation])
    styles = _Styles(doc)
    doc.add_paragraph(clean(report.title), style=styles.title)
    if report.subtitle:
        doc.add_paragraph(clean(report.subtitle), style=styles.subtitle)
    width = usable_width(section)
    _table(doc, report, styles, width)
    for line in report.summary:
        doc.add_paragraph(clean(line), style=styles.note)
    if report.chart is not None:
        if chart_png:
            add_picture(doc, chart_png, int(width * 0.9))
        else:
            doc.add_paragraph(CHART_NOTE, style=styles.note)
    add_footer(section, report.footer.text())
    _font_table(doc, [TITLE_FONT[0], HEADING_FONT[0], BODY_FONT[0], SONG_FONT[0]])
    return doc


def write_docx(
    report: Report, path: str | os.PathLike[str], *, chart_png: bytes | None = None
) -> Path:
    """Save ``report`` to ``path`` (.docx); 督办通知单 are written as 公文. Returns the path.

    ``chart_png`` is the report's bar chart drawn by the caller (the drawing needs Qt,
    which this package does not import); without it a chart report carries a note.
    """
    if report.notices:
        from desktop_app.reports.gongwen import write_notices_docx

        return write_notices_docx(report, path)
    target = Path(path)
    replace_via_temp(target, build_table_document(report, chart_png=chart_png).save)
    return target
