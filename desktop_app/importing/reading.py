"""Bytes → text for plain-text plans, or a Chinese reason why the file cannot be read.

Clerks bring .txt files saved by Notepad ("ANSI" = GBK on Chinese Windows), by WPS
(UTF-8, often with a BOM), by web browsers (UTF-16) — and sometimes files that are
not text at all (an old .doc, a PDF, a picture) renamed or chosen by mistake. Those
are refused with a message that says what to do, before anything is parsed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.importing.errors import ImportFailed
from desktop_app.storage.errors import os_error_text

MAX_BYTES = 200 * 1024 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Signatures of files that are certainly not plain text, with what to tell the clerk.
_SIGNATURES = (
    (b"%PDF", "这是 PDF 文件，无法直接导入。请在 PDF 阅读器中全选复制正文，粘贴到记事本另存为 .txt 后再导入。"),
    (b"PK\x03\x04", "这是 Word/Excel 等压缩格式的文件，但扩展名不对。请把扩展名改为 .docx 或 .xlsx 后再导入。"),
    (b"{\\rtf", "这是 RTF 文件。请在 Word/WPS 中另存为 .docx 后再导入。"),
    (b"\x89PNG", "这是图片文件，不是文字文档。"),
    (b"\xff\xd8\xff", "这是图片文件，不是文字文档。"),
    (b"GIF8", "这是图片文件，不是文字文档。"),
    (b"Rar!", "这是压缩包，请先解压。"),
    (b"7z\xbc\xaf", "这是压缩包，请先解压。"),
    (b"MZ", "这是程序文件，不是文字文档。"),
)
_READABLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x20-\x7e\n\r\t]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class DecodedText:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def check_size(path: Path) -> int:
    """The file's size, refusing missing, empty and oversized files without reading them."""
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise ImportFailed(f"找不到文件“{path}”。") from None
    except OSError as exc:
        raise ImportFailed(f"无法读取文件“{path.name}”：{os_error_text(exc)}") from None
    if path.is_dir():
        raise ImportFailed(f"“{path.name}”是文件夹，请选择一个文件。")
    if size == 0:
        raise ImportFailed(f"“{path.name}”是空文件，没有可导入的内容。")
    if size > MAX_BYTES:
        raise ImportFailed(
            f"“{path.name}”有 {size / 1024 / 1024:.0f} MB，超过了 {MAX_BYTES // 1024 // 1024} MB 的上限；"
            "工作要点通常不到 1 MB，请确认选对了文件。"
        )
    return size


def read_text_file(path: str | Path) -> DecodedText:
    """Read a plain-text plan from disk (size checked before reading)."""
    path = Path(path)
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"无法读取文件“{path.name}”：{os_error_text(exc)}") from None
    return decode_bytes(data, name=path.name)


def decode_bytes(data: bytes, *, name: str = "文件") -> DecodedText:
    """Decode with the first encoding that fits; refuse non-text content with a reason."""
    if len(data) > MAX_BYTES:
        raise ImportFailed(f"“{name}”超过了 {MAX_BYTES // 1024 // 1024} MB 的上限。")
    if not data.strip():
        raise ImportFailed(f"“{name}”是空文件，没有可导入的内容。")
    if data.startswith(OLE_MAGIC):
        raise ImportFailed(
            f"“{name}”是旧版 Word/Excel 文件（.doc/.xls），无法直接读取。"
            "请在 Word/WPS 中打开，另存为 .docx（或 .xlsx）后再导入。"
        )
    for magic, message in _SIGNATURES:
        if data.startswith(magic):
            raise ImportFailed(f"“{name}”：{message}")
    decoded = _decode(data)
    _refuse_binary(decoded.text, name)
    return decoded


def _decode(data: bytes) -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return DecodedText(text.lstrip("\ufeff"), encoding, _replacement_warning(text))
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        return DecodedText(text, utf16, _replacement_warning(text))
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed_lines(data)
    if mixed is not None:
        return mixed
    try:
        return DecodedText(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        pass
    guess = _detect(data)
    if guess is not None:
        return guess
    text = data.decode("gb18030", errors="replace")
    return DecodedText(
        text,
        "gb18030",
        [f"文件编码无法确定，按 GBK 读取，其中 {text.count(chr(0xFFFD))} 处字符无法识别（显示为 �），请核对。"],
    )


def _replacement_warning(text: str) -> list[str]:
    bad = text.count("\ufffd")
    return [f"文件中有 {bad} 处字符无法识别（显示为 �），请核对。"] if bad else []


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: NUL bytes in a file whose pairs read as Chinese text."""
    sample = data[:4096]
    if b"\x00" not in sample or len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    best, best_score = None, 0.9
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = len(_READABLE.findall(text)) / max(1, len(text))
        if score > best_score:
            best, best_score = encoding, score
    return best


def _decode_mixed_lines(data: bytes) -> DecodedText | None:
    """Files pasted together from UTF-8 and GBK sources: decode line by line."""
    utf8_lines = gbk_lines = 0
    parts: list[str] = []
    for line in data.split(b"\n"):
        try:
            parts.append(line.decode("utf-8"))
            if not line.isascii():
                utf8_lines += 1
        except UnicodeDecodeError:
            try:
                parts.append(line.decode("gb18030"))
            except UnicodeDecodeError:
                return None
            gbk_lines += 1
    if not utf8_lines or not gbk_lines:
        return None
    return DecodedText(
        "\n".join(parts),
        "utf-8+gb18030",
        [f"文件混用了两种编码（UTF-8 {utf8_lines} 行，GBK {gbk_lines} 行），已逐行识别，请核对文字是否正确。"],
    )


def _detect(data: bytes) -> DecodedText | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return DecodedText(text, best.encoding, [f"文件编码识别为 {best.encoding}，请核对文字是否正确。"])


def _refuse_binary(text: str, name: str) -> None:
    sample = text[:20000]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(3, len(sample) // 100):
        raise ImportFailed(f"“{name}”不是文字文档（看起来是二进制文件），无法导入。")
    if sample.count("\ufffd") > max(10, len(sample) // 10):
        raise ImportFailed(f"“{name}”的文字无法识别（编码错误或不是文字文档），无法导入。")
