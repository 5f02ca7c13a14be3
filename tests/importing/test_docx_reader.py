"""The .docx reader: document order, Word automatic numbering, tables, broken files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from desktop_app.importing.docx_reader import format_number, read_docx
from desktop_app.importing.errors import ImportFailed
from tests.importing.docx_fixtures import (
    OUTLINE_LEVELS,
    W_NS,
    abstract_num,
    num,
    numbered,
    outline_docx,
    set_numbering,
)


def test_automatic_outline_numbering_is_rendered(tmp_path: Path) -> None:
    blocks = read_docx(outline_docx(tmp_path / "plan.docx"))
    # Word's tab after the number becomes a space: "1. 3月底前" is item 1, not 1.3.
    assert blocks == [
        "某县教育局2026年工作要点",
        "一、 全面加强党的建设",
        "（一） 深化理论学习",
        "1. 3月底前制定学习计划。",
        "2. 6月底前完成专题培训。",
        "（二） 加强基层组织建设",
        "1. 年底前完成支部换届。",
        "二、 推进教育优质均衡发展",
        "（一） 扩大学前教育资源",
        "1. 新建幼儿园3所。",
    ]


def test_start_values_overrides_and_shared_counters(tmp_path: Path) -> None:
    d = docx.Document()
    set_numbering(
        d,
        [abstract_num(1, [("decimal", "%1、")], starts={0: 3}), abstract_num(2, [("decimalEnclosedCircle", "%1")])],
        [num(5, 1), num(6, 1), num(7, 2), num(8, 2, start_override={0: 1})],
    )
    numbered(d, "甲", 5, 0)
    numbered(d, "乙", 6, 0)  # another list instance of the same abstract list continues
    numbered(d, "丙", 7, 0)
    numbered(d, "丁", 7, 0)
    numbered(d, "戊", 8, 0)  # start override: begins again
    d.add_paragraph("没有编号的段落")
    path = tmp_path / "n.docx"
    d.save(path)
    assert read_docx(path) == ["3、 甲", "4、 乙", "① 丙", "② 丁", "① 戊", "没有编号的段落"]


def test_multi_level_text_and_no_restart(tmp_path: Path) -> None:
    levels = (
        f'<w:abstractNum {W_NS} w:abstractNumId="3">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="lowerLetter"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%3)"/></w:lvl>'
        '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
        "</w:abstractNum>"
    )
    d = docx.Document()
    set_numbering(d, [levels], [num(1, 3)])
    for text, lvl in [("A", 0), ("B", 1), ("C", 2), ("D", 0), ("E", 1), ("F", 2), ("G", 3)]:
        numbered(d, text, 1, lvl)
    path = tmp_path / "m.docx"
    d.save(path)
    assert read_docx(path) == ["1. A", "1.1 B", "a)C", "2. D", "2.1 E", "b)F", "G"]


def test_numbering_through_a_paragraph_style(tmp_path: Path) -> None:
    d = docx.Document()
    set_numbering(d, [abstract_num(4, OUTLINE_LEVELS)], [num(9, 4)])
    style = d.styles["Heading 1"]
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>')
    )
    d.add_paragraph("第一部分", style="Heading 1")
    d.add_paragraph("正文")
    d.add_paragraph("第二部分", style="Heading 1")
    path = tmp_path / "s.docx"
    d.save(path)
    assert read_docx(path) == ["一、 第一部分", "正文", "二、 第二部分"]


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (11, "chineseCounting", "十一"),
        (3, "ideographTraditional", "丙"),
        (12, "decimalEnclosedCircle", "⑫"),
        (2, "decimalEnclosedFullstop", "⒉"),
        (4, "decimalEnclosedParen", "⑷"),
        (7, "decimalFullWidth", "７"),
        (14, "upperRoman", "XIV"),
        (28, "lowerLetter", "bb"),
        (5, "decimalZero", "05"),
        (3, "chineseLegalSimplified", "叁"),
    ],
)
def test_number_formats(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def test_tables_in_document_order_with_merged_cells(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("前言")
    table = d.add_table(rows=4, cols=4)
    header = ["序号", "重点任务", "具体措施", "牵头科室"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    table.cell(1, 0).text = "1"
    table.cell(1, 1).text = "推进课后服务"
    table.cell(1, 2).text = "3月底前出台方案"
    table.cell(2, 2).text = "每月通报进展"
    table.cell(1, 3).text = "基础教育科"
    table.cell(1, 1).merge(table.cell(2, 1))  # 重点任务 spans two 措施 rows
    table.cell(1, 3).merge(table.cell(2, 3))
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(3, 0).merge(table.cell(3, 3)).text = "二、安全工作"  # a full-width section row
    d.add_paragraph("结语")
    path = tmp_path / "t.docx"
    d.save(path)
    blocks = read_docx(path)
    assert blocks[0] == "前言"
    assert blocks[-1] == "结语"
    rows = blocks[1]
    assert rows[0] == header
    assert rows[1] == ["1", "推进课后服务", "3月底前出台方案", "基础教育科"]
    assert rows[2] == ["1", "推进课后服务", "每月通报进展", "基础教育科"]
    assert rows[3] == ["二、安全工作"] * 4


def test_multi_paragraph_cell_and_breaks(tmp_path: Path) -> None:
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    cell = table.cell(0, 0)
    cell.text = "第一行"
    cell.add_paragraph("第二行")
    table.cell(0, 1).text = ""
    p = d.add_paragraph("上句")
    p.add_run().add_break()
    p.add_run("下句\t尾")
    path = tmp_path / "c.docx"
    d.save(path)
    blocks = read_docx(path)
    assert blocks == [[["第一行\n第二行", ""]], "上句\n下句\t尾"]


def test_old_doc_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000 + "WordDocument".encode("utf-16-le"))
    with pytest.raises(ImportFailed, match=r"旧版 Word 文档（\.doc）.*另存为"):
        read_docx(path)


def test_encrypted_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    body = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + body)
    with pytest.raises(ImportFailed, match="密码"):
        read_docx(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "空文件"),
        (b"PK\x03\x04 this is not really a zip", "已损坏"),
        ("纯文本内容，不是文档".encode(), "不是 Word 文档"),
    ],
)
def test_broken_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        read_docx(path)


def test_zip_without_document_part(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ImportFailed, match="不是 Word 文档"):
        read_docx(path)


def test_zip_bomb_is_refused_before_decompressing(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("word/media/huge.bin", b"\x00" * (210 * 1024 * 1024))
    with pytest.raises(ImportFailed, match="过大"):
        read_docx(path)


def test_corrupt_document_xml(tmp_path: Path) -> None:
    path = tmp_path / "xml.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(ImportFailed, match="XML"):
        read_docx(path)


def test_legacy_horizontal_merge(tmp_path: Path) -> None:
    d = docx.Document()
    table = d.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "一、党建工作"
    table.cell(0, 2).text = "组干科"
    tcpr = table.cell(0, 1)._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:hMerge {W_NS} w:val="continue"/>'))
    path = tmp_path / "h.docx"
    d.save(path)
    assert read_docx(path) == [[["一、党建工作", "一、党建工作", "组干科"]]]


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("完成")
    p._p.append(parse_xml(f'<w:del {W_NS} w:id="1" w:author="a"><w:r><w:delText>旧的</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W_NS} w:id="2" w:author="a"><w:r><w:t>新的</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:r {W_NS}><w:instrText> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W_NS}><w:t>任务</w:t></w:r>'))
    path = tmp_path / "t.docx"
    d.save(path)
    assert read_docx(path) == ["完成新的任务"]
