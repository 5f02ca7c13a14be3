"""A corpus of broken input files: what clerks' disks and mail attachments produce.

Every case is ``(file name, writer)``; the writer puts the file at a path. Valid
seeds (a .docx plan, an .xlsx decomposition table, a department form, a people
list) are mutated — truncated, bytes flipped, members removed — and joined by
hostile files: random bytes under office names, empty files, XML entity bombs,
zip bombs (small compressed, huge uncompressed), deep nesting, a 200 MB sparse
file. Used by the fuzz tests and by ``bench/fuzz_inputs.py``.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
from openpyxl import Workbook

Writer = Callable[[Path], None]
SPARSE_BYTES = 200 * 1024 * 1024 + 1
BOMB_BYTES = 300 * 1024 * 1024


def docx_seed() -> bytes:
    document = docx.Document()
    document.add_paragraph("某县教育局2026年工作要点")
    for n, text in enumerate(["一、深化教育改革", "（一）推进课程改革。3月底前完成。（责任科室：基础教育股）",
                              "二、加强队伍建设", "（一）招聘教师24名。6月底前。"]):
        document.add_paragraph(text, style="List Number" if n % 2 else None)
    table = document.add_table(rows=2, cols=3)
    for i, text in enumerate(["序号", "工作任务", "牵头单位"]):
        table.cell(0, i).text = text
    for i, text in enumerate(["1", "完成校舍改造", "计划财务股"]):
        table.cell(1, i).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_seed() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["2026年重点工作任务分解表"])
    ws.append(["序号", "工作任务", "牵头单位", "责任人", "配合单位", "完成时限"])
    for n in range(1, 21):
        ws.append([n, f"任务{n}：推进项目建设", "办公室", "张明", "基础教育股", f"{n % 12 + 1}月底前"])
    ws.merge_cells("A1:F1")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def people_seed() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["科室", "姓名", "职务", "电话", "是否领导"])
    ws.append(["办公室", "张明", "主任", "13800000000", "否"])
    ws.append(["", "王局长", "副局长", "", "是"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _bytes(data: bytes) -> Writer:
    return lambda path: path.write_bytes(data)


def _zip(members: dict[str, bytes | Callable[[zipfile.ZipFile, str], None]]) -> Writer:
    def write(path: Path) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, content in members.items():
                if callable(content):
                    content(zf, name)
                else:
                    zf.writestr(name, content)

    return write


def _bomb_member(size: int) -> Callable[[zipfile.ZipFile, str], None]:
    """A member of ``size`` bytes of spaces, written in chunks (compresses ~1000:1)."""

    def write(zf: zipfile.ZipFile, name: str) -> None:
        chunk = b" " * (1024 * 1024)
        with zf.open(name, "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            for _ in range(size // len(chunk)):
                fh.write(chunk)
            fh.write(b"</w:body></w:document>")

    return write


def _sparse(path: Path) -> None:
    with path.open("wb") as fh:
        fh.truncate(SPARSE_BYTES)


def _members(seed: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(seed)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


def _deep(depth: int) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (f"<w:document {ns}><w:body><w:p>" + "<w:r>" * depth + "<w:t>深</w:t>" + "</w:r>" * depth
            + "</w:p></w:body></w:document>").encode()


def mutations(seed: bytes, rng: random.Random, count: int) -> Iterator[bytes]:
    """Truncations, flipped bytes and spliced garbage of a valid file."""
    for n in range(count):
        data = bytearray(seed)
        kind = n % 4
        if kind == 0:
            yield bytes(data[: rng.randrange(1, len(data))])
        elif kind == 1:
            for _ in range(rng.randint(1, 40)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            yield bytes(data)
        elif kind == 2:
            at = rng.randrange(len(data))
            yield bytes(data[:at] + rng.randbytes(rng.randint(1, 2000)) + data[at:])
        else:
            at = rng.randrange(len(data))
            yield bytes(data[:at] + data[at + rng.randint(1, 5000):])


def corpus(seed: int = 1, mutants: int = 12, *, huge: bool = True) -> list[tuple[str, Writer]]:
    """The broken files; ``huge`` adds the zip bombs and the 200 MB sparse file."""
    rng = random.Random(seed)
    docx_bytes, xlsx_bytes, people_bytes = docx_seed(), xlsx_seed(), people_seed()
    docx_parts = _members(docx_bytes)
    cases: list[tuple[str, Writer]] = [
        ("空.docx", _bytes(b"")), ("空.xlsx", _bytes(b"")), ("空.txt", _bytes(b"")), ("空.csv", _bytes(b"")),
        ("随机.docx", _bytes(rng.randbytes(4096))), ("随机.xlsx", _bytes(rng.randbytes(4096))),
        ("随机.txt", _bytes(rng.randbytes(4096))), ("随机.csv", _bytes(rng.randbytes(4096))),
        ("假的.docx", _bytes(b"PK\x03\x04" + rng.randbytes(600))),
        ("旧版.docx", _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(2000))),
        ("文本改名.xlsx", _bytes("这不是表格".encode())),
        ("表格改名.docx", _bytes(xlsx_bytes)), ("文档改名.xlsx", _bytes(docx_bytes)),
        ("缺正文.docx", _zip({k: v for k, v in docx_parts.items() if k != "word/document.xml"})),
        ("坏XML.docx", _zip({**docx_parts, "word/document.xml": b"<w:document><w:body><w:p>"})),
        ("实体炸弹.docx", _zip({**docx_parts, "word/document.xml": LAUGHS})),
        ("深层嵌套.docx", _zip({**docx_parts, "word/document.xml": _deep(50_000)})),
        ("空压缩包.docx", _zip({})), ("空压缩包.xlsx", _zip({})),
        ("NUL.txt", _bytes(b"\x00" * 10_000)), ("NUL.csv", _bytes(b"a,b\x00,c\n" * 1000)),
        ("长行.csv", _bytes(("任务," * 20_000).encode("utf-8"))),
        ("混合编码.txt", _bytes("一、工作要点\n".encode() + "二、推进".encode("gbk") + b"\xff\xfe\x00")),
        ("只有BOM.txt", _bytes(b"\xef\xbb\xbf")),
        ("UTF16乱.txt", _bytes(b"\xff\xfe" + rng.randbytes(3001))),
    ]
    if huge:
        cases += [
            ("压缩炸弹.docx", _zip({**docx_parts, "word/document.xml": _bomb_member(BOMB_BYTES)})),
            ("压缩炸弹.xlsx", _zip({**_members(xlsx_bytes), "xl/worksheets/sheet1.xml": _bomb_member(BOMB_BYTES)})),
            ("稀疏大文件.txt", _sparse), ("稀疏大文件.docx", _sparse), ("稀疏大文件.xlsx", _sparse),
        ]
    for name, seed_bytes in (("plan.docx", docx_bytes), ("table.xlsx", xlsx_bytes), ("people.xlsx", people_bytes)):
        for n, data in enumerate(mutations(seed_bytes, rng, mutants)):
            cases.append((f"变异{n}-{name}", _bytes(data)))
    return cases
