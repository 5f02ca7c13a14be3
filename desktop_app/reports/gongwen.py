"""督办通知单 as 公文 (GB/T 9704-2012 《党政机关公文格式》) in a .docx the office edits and stamps.

A4 portrait, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; a document grid of
22 lines of 28 characters (``w:docGrid``) with 三号 仿宋_GB2312 body text; the 发文机关标志 in
red 方正小标宋 over the 发文字号 (督办〔2026〕12号) and a red rule; the title in 二号 小标宋;
主送 flush left; paragraphs indented two characters; 落款 centred over the 成文日期, which
stands four characters from the right; page numbers "— 1 —" in 四号 宋体, right on odd
pages and left on even ones. Several notices go into one file, each in its own section
starting on a new page with its page numbers starting at 1.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from desktop_app.reports.model import Notice, Report
from desktop_app.reports.summary import Summary
from desktop_app.reports.word import (
    SONG_FONT,
    TITLE_FONT,
    Paragraphs,
    _font_table,
    add_field,
    clean,
    new_document,
    paragraph_style,
    set_fonts,
    setup_page,
)
from desktop_app.storage.tempfiles import replace_via_temp

# GB/T 9704-2012, 5.2.1 / 5.2.2: A4, type area 156 mm × 225 mm.
MARGINS_MM = (37.0, 28.0, 26.0, 35.0)  # top, left, right, bottom
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
BODY_FONT = ("仿宋_GB2312", "Times New Roman")
BODY_PT = 16.0  # 三号
TITLE_PT = 22.0  # 二号
PAGE_NUMBER_PT = 14.0  # 四号
RED = "FF0000"
ORGAN_MAX_PT = 36.0  # 小初 for a short name, smaller when the name is long
TWIPS_PER_MM = 1440 / 25.4
CONDENSE_TWIPS = -5  # twentieths of a point


def grid() -> tuple[int, int]:
    """(linePitch in twips, charSpace) of the 22 × 28 grid over the type area.

    Word's character pitch is the default font size plus ``charSpace``/4096 points.
    """
    height_mm = 297 - MARGINS_MM[0] - MARGINS_MM[3]
    width_mm = 210 - MARGINS_MM[1] - MARGINS_MM[2]
    line_pitch = int(height_mm * TWIPS_PER_MM / LINES_PER_PAGE)
    char_pitch_pt = width_mm / 25.4 * 72 / CHARS_PER_LINE
    return line_pitch, round((char_pitch_pt - BODY_PT) * 4096)


def _text_width(text: str) -> float:
    """Width in characters of 三号: CJK one, half-width digits and letters one half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def _set_grid(section) -> None:
    sect_pr = section._sectPr
    found = sect_pr.find(qn("w:docGrid"))
    if found is None:
        found = OxmlElement("w:docGrid")
        sect_pr.append(found)
    line_pitch, char_space = grid()
    found.set(qn("w:type"), "linesAndChars")
    found.set(qn("w:linePitch"), str(line_pitch))
    found.set(qn("w:charSpace"), str(char_space))


def _restart_numbers(section) -> None:
    sect_pr = section._sectPr
    found = sect_pr.find(qn("w:pgNumType"))
    if found is None:
        found = OxmlElement("w:pgNumType")
        grid_el = sect_pr.find(qn("w:cols"))
        if grid_el is not None:
            grid_el.addprevious(found)
        else:
            sect_pr.append(found)
    found.set(qn("w:start"), "1")


def _condense(style) -> None:
    """Body characters condensed by ¼ pt, so that a 16 pt character fits one 15.8 pt grid
    cell in every program (Word squeezes on its own; LibreOffice would take two cells)."""
    rpr = style.element.get_or_add_rPr()
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(CONDENSE_TWIPS))
    rpr.append(spacing)


def _no_grid(paragraph) -> None:
    """Large type (the red 机关标志, footers) is not snapped to the 22-line grid."""
    ppr = paragraph._p.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    ppr.append(snap)


def _red_rule(paragraph) -> None:
    """The red separating rule under the 发文字号, 4 mm below it."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "12")  # eighths of a point: 1.5 pt
    bottom.set(qn("w:space"), "11")  # points between text and rule (≈ 4 mm)
    bottom.set(qn("w:color"), RED)
    borders.append(bottom)
    ppr.append(borders)


def _page_number_footer(footer, *, odd: bool) -> None:
    """"— 1 —" in 四号 宋体: right on odd pages, left on even ones, one character in."""
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    _no_grid(p)
    fmt = p.paragraph_format
    if odd:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fmt.right_indent = Pt(PAGE_NUMBER_PT)
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        fmt.left_indent = Pt(PAGE_NUMBER_PT)
    p.add_run("— ")
    add_field(p, "PAGE")
    p.add_run(" —")
    for run in p.runs:
        run.font.size = Pt(PAGE_NUMBER_PT)
        set_fonts(run._r, *SONG_FONT)


class _Styles:
    def __init__(self, doc: DocumentObject):
        self.organ = paragraph_style(doc, "DocOrgan", "发文机关标志", TITLE_FONT, ORGAN_MAX_PT,
                                     align="center", colour=RED)
        self.number = paragraph_style(doc, "DocNumber", "发文字号", BODY_FONT, BODY_PT, align="center")
        self.title = paragraph_style(doc, "DocTitle", "公文标题", TITLE_FONT, TITLE_PT, align="center")
        self.addressee = paragraph_style(doc, "DocAddressee", "主送机关", BODY_FONT, BODY_PT)
        self.body = paragraph_style(doc, "DocBody", "公文正文", BODY_FONT, BODY_PT, align="left")
        self.body.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
        self.signature = paragraph_style(doc, "DocSignature", "落款", BODY_FONT, BODY_PT, align="right")


def _blank(doc: DocumentObject, style, count: int = 1) -> None:
    for _ in range(count):
        doc.add_paragraph("", style=style)


def _notice(doc: DocumentObject, notice: Notice, styles: _Styles, width_chars: float) -> None:
    organ = clean(notice.organ or notice.issuer)
    p = doc.add_paragraph(organ, style=styles.organ)
    _no_grid(p)
    size = min(ORGAN_MAX_PT, max(16.0, (width_chars * BODY_PT - 4) / max(1.0, _text_width(organ))))
    if size != ORGAN_MAX_PT:
        p.runs[0].font.size = Pt(int(size))
    _blank(doc, styles.body, 2)  # 发文机关标志下空二行
    number = doc.add_paragraph(clean(notice.number), style=styles.number)
    _red_rule(number)
    _blank(doc, styles.body, 2)  # 红色分隔线下空二行
    _no_grid(doc.add_paragraph(clean(notice.title), style=styles.title))
    _blank(doc, styles.body, 1)  # 标题下空一行
    doc.add_paragraph(clean(notice.addressee), style=styles.addressee)
    for text in [*notice.paragraphs, *notice.items, *clean(notice.closing).split("\n")]:
        if text.strip():
            doc.add_paragraph(clean(text), style=styles.body)
    _blank(doc, styles.body, 2)
    # 成文日期右空四字; the 署名 is centred over the date.
    date_w, name_w = _text_width(notice.issued), _text_width(notice.issuer)
    signature = doc.add_paragraph(clean(notice.issuer), style=styles.signature)
    signature.paragraph_format.right_indent = Pt(max(0.0, 4 + (date_w - name_w) / 2) * BODY_PT)
    issued = doc.add_paragraph(clean(notice.issued), style=styles.signature)
    issued.paragraph_format.right_indent = Pt(4 * BODY_PT)


def build_notices_document(report: Report) -> DocumentObject:
    """Every notice of ``report`` in one document, each in a section of its own."""
    doc = new_document(report.title, body=BODY_FONT, body_pt=BODY_PT)
    _condense(doc.styles["Normal"])
    doc.settings.odd_and_even_pages_header_footer = True
    styles = _Styles(doc)
    width_chars = float(CHARS_PER_LINE)
    for index, notice in enumerate(report.notices):
        section = doc.sections[0] if index == 0 else doc.add_section(WD_SECTION.NEW_PAGE)
        if index == 0:
            setup_page(section, "portrait", MARGINS_MM, header_mm=15.0, footer_mm=23.0)
            _set_grid(section)
            _page_number_footer(section.footer, odd=True)
            _page_number_footer(section.even_page_footer, odd=False)
        _restart_numbers(section)
        _notice(doc, notice, styles, width_chars)
    _font_table(doc, [TITLE_FONT[0], BODY_FONT[0], SONG_FONT[0], "仿宋"])
    return doc


def write_notices_docx(report: Report, path: str | os.PathLike[str]) -> Path:
    """Save the notices of ``report`` as one .docx; returns the path."""
    target = Path(path)
    replace_via_temp(target, build_notices_document(report).save)
    return target


KAI_FONT = ("楷体_GB2312", "Times New Roman")
SUMMARY_LINE_PT = 28.0  # 22 lines on the type area, as in 公文


def build_summary_document(summary: Summary) -> DocumentObject:
    """工作总结（初稿） in the 公文 manner: 小标宋 title, 黑体 一、, 楷体 （一）, 仿宋 body."""
    doc = new_document(summary.title, body=BODY_FONT, body_pt=BODY_PT)
    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    setup_page(section, "portrait", MARGINS_MM, header_mm=15.0, footer_mm=23.0)
    _page_number_footer(section.footer, odd=True)
    _page_number_footer(section.even_page_footer, odd=False)
    styles = {
        "title": paragraph_style(doc, "SummaryTitle", "总结标题", TITLE_FONT, TITLE_PT, align="center"),
        "note": paragraph_style(doc, "SummaryNote", "总结说明", KAI_FONT, BODY_PT, align="center"),
        1: paragraph_style(doc, "SummaryHeading1", "一级标题", ("黑体", "Times New Roman"), BODY_PT),
        2: paragraph_style(doc, "SummaryHeading2", "二级标题", KAI_FONT, BODY_PT),
        0: paragraph_style(doc, "SummaryBody", "总结正文", BODY_FONT, BODY_PT, align="justify"),
    }
    for key, style in styles.items():
        fmt = style.paragraph_format
        fmt.line_spacing = Pt(SUMMARY_LINE_PT)
        if key in (0, 1, 2):
            fmt.first_line_indent = Pt(2 * BODY_PT)
    styles[1].paragraph_format.keep_with_next = True
    styles[2].paragraph_format.keep_with_next = True
    out = Paragraphs(doc)
    out.add(clean(summary.title), styles["title"])
    out.add(f"（{summary.period}，统计截至{summary.as_of.year}年{summary.as_of.month}月{summary.as_of.day}日，"
            "根据台账记录生成，请核改）", styles["note"])
    out.add("", styles[0])
    for block in summary.blocks:
        out.add(clean(block.text), styles[block.level])
    _font_table(doc, [TITLE_FONT[0], BODY_FONT[0], KAI_FONT[0], "黑体", SONG_FONT[0], "仿宋", "楷体"])
    return doc


def write_summary_docx(summary: Summary, path: str | os.PathLike[str]) -> Path:
    """Save the 工作总结 draft as .docx; returns the path."""
    target = Path(path)
    replace_via_temp(target, build_summary_document(summary).save)
    return target


def write_notice_files(report: Report, folder: str | os.PathLike[str]) -> list[Path]:
    """One .docx per notice in ``folder``, named by number and addressee."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for notice in report.notices:
        name = f"{notice.number}_{notice.addressee.rstrip('：:')}"
        name = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in clean(name))[:120]
        single = Report(report.kind, report.title, report.subtitle, [], footer=report.footer,
                        orientation="portrait", notices=[notice])
        written.append(write_notices_docx(single, out / f"{name}.docx"))
    return written

