"""Building real .docx files with Word list numbering for the importer tests."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# An outline list as Chinese offices define it: 一、 / （一） / 1. / （1）.
OUTLINE_LEVELS = [
    ("chineseCounting", "%1、"),
    ("chineseCounting", "（%2）"),
    ("decimal", "%3."),
    ("decimal", "（%4）"),
]


def abstract_num(abstract_id: int, levels: list[tuple[str, str]], *, starts: dict[int, int] | None = None) -> str:
    starts = starts or {}
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{starts.get(i, 1)}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">{body}</w:abstractNum>'


def num(num_id: int, abstract_id: int, *, start_override: dict[int, int] | None = None) -> str:
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{val}"/></w:lvlOverride>'
        for lvl, val in (start_override or {}).items()
    )
    return (
        f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        f"{overrides}</w:num>"
    )


def set_numbering(document, abstracts: list[str], nums: list[str]) -> None:
    """Replace the template's numbering definitions with ours (abstractNums before nums)."""
    root = document.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    for xml in abstracts + nums:
        root.append(parse_xml(xml))


def numbered(document, text: str, num_id: int, ilvl: int):
    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


def outline_docx(path: Path) -> Path:
    """A small plan whose markers all come from Word's automatic numbering."""
    d = docx.Document()
    set_numbering(d, [abstract_num(10, OUTLINE_LEVELS)], [num(1, 10)])
    d.add_paragraph("某县教育局2026年工作要点")
    numbered(d, "全面加强党的建设", 1, 0)
    numbered(d, "深化理论学习", 1, 1)
    numbered(d, "3月底前制定学习计划。", 1, 2)
    numbered(d, "6月底前完成专题培训。", 1, 2)
    numbered(d, "加强基层组织建设", 1, 1)
    numbered(d, "年底前完成支部换届。", 1, 2)
    numbered(d, "推进教育优质均衡发展", 1, 0)
    numbered(d, "扩大学前教育资源", 1, 1)
    numbered(d, "新建幼儿园3所。", 1, 2)
    d.save(path)
    return path
