"""Bytes → text: every encoding a clerk's file may come in, and the files that are not text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.importing import reading
from desktop_app.importing.errors import ImportFailed
from desktop_app.importing.reading import decode_bytes, read_text_file

PLAN = "青山县教育局2024年工作要点\n一、加强党的建设\n1.深化理论学习。3月底前制定计划。\n"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        ("utf-16-be", "utf-16-be"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
    ],
)
def test_encodings_round_trip(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "plan.txt"
    data = PLAN.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    decoded = read_text_file(path)
    assert decoded.text == PLAN
    assert decoded.encoding == expected
    assert decoded.warnings == []


def test_utf16_without_bom_is_recognised() -> None:
    decoded = decode_bytes(PLAN.encode("utf-16-le"))
    assert decoded.text == PLAN
    assert decoded.encoding == "utf-16-le"


def test_mixed_utf8_and_gbk_lines_are_decoded_line_by_line() -> None:
    data = "一、加强党建\n".encode() + "1.深化理论学习。\n".encode("gbk") + "2.落实责任。\n".encode()
    decoded = decode_bytes(data)
    assert decoded.text.splitlines() == ["一、加强党建", "1.深化理论学习。", "2.落实责任。"]
    assert any("混用" in w for w in decoded.warnings)


def test_undecodable_bytes_fall_back_with_a_warning() -> None:
    data = PLAN.encode("gbk") + b"\x81\x20 tail"  # \x81 followed by a space is not valid GB18030
    decoded = decode_bytes(data)
    assert "一、加强党的建设" in decoded.text
    assert decoded.warnings


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"", "空文件"),
        (b"  \r\n\t \n", "空文件"),
        (reading.OLE_MAGIC + b"\x00" * 600, "另存为 .docx"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04" + b"\x00" * 100, "扩展名"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "图片"),
        (bytes(range(256)) * 40, "不是文字文档"),
    ],
)
def test_bad_files_are_refused_in_chinese(data: bytes, phrase: str) -> None:
    with pytest.raises(ImportFailed) as info:
        decode_bytes(data, name="x.txt")
    assert phrase in str(info.value)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="找不到文件"):
        read_text_file(tmp_path / "没有这个文件.txt")


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # a sparse file: large on paper, nothing written
        fh.truncate(reading.MAX_BYTES + 1)
    read_calls: list[Path] = []
    original = Path.read_bytes

    def spy(self: Path) -> bytes:
        read_calls.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    with pytest.raises(ImportFailed, match="超过了 200 MB"):
        read_text_file(path)
    assert read_calls == []
    assert os.stat(path).st_size > reading.MAX_BYTES
