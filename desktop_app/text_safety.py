"""Text that is safe to keep: the one rule for every piece of text the program stores or writes out.

Text reaches the register from Word (Shift+Enter is a vertical tab ``\\x0b``, a page break a form
feed ``\\x0c``), from web pages (``\\x07``, ``\\x1b``…), from old files read with the wrong
encoding (C1 controls, lone surrogates), from the clipboard and from department returns. Such
characters are invisible, break every .xlsx writer (XML forbids them) and cannot always be encoded
at all. :func:`safe_text` keeps tab and newline, turns the other line breaks (``\\r\\n``, ``\\r``,
vertical tab, form feed, NEL, U+2028/2029) into ``\\n``, and drops every other control character;
a lone surrogate or a non-character becomes U+FFFD.

The register applies it to every text bound into an SQL statement (``storage.db``), so whatever
page, importer or dialog a text comes from, it is stored clean. The .xlsx writers apply it once
more on the way out, for registers written before this rule existed.
"""

from __future__ import annotations

import re

# Line breaks other than "\n": one each ("\r\n" first, so it becomes a single "\n").
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# Everything else that must not stay: C0 controls but tab and newline, DEL, C1 controls,
# lone surrogates and the two non-characters XML forbids.
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_REPLACE = re.compile("[\ud800-\udfff\ufffe\uffff]")
_ANY = UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")

EXCEL_CELL_LIMIT = 32_767  # characters in one spreadsheet cell
# How a spreadsheet file writes a character XML cannot hold: "_x000B_" (and "_x005F_" for "_").
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def is_safe(text: str) -> bool:
    """True when :func:`safe_text` would leave ``text`` as it is."""
    return _ANY.search(text) is None


def safe_text(text: str) -> str:
    """``text`` without control characters (tab and newline kept), line ends as ``\\n``."""
    if _ANY.search(text) is None:  # the usual case: one scan, no copy
        return text
    text = _BREAKS.sub("\n", text)
    text = _DROP.sub("", text)
    return _REPLACE.sub("\ufffd", text)


def safe_value(value):
    """:func:`safe_text` for a ``str``; any other value unchanged."""
    return safe_text(value) if isinstance(value, str) else value


def from_spreadsheet(text: str) -> str:
    """A cell's text as Excel or WPS wrote it (``_x000B_`` for a vertical tab, which openpyxl
    leaves as it is) → the text the person typed, made safe."""
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return safe_text(text)


def cut_for_cell(text: str, limit: int = EXCEL_CELL_LIMIT) -> tuple[str, bool]:
    """Text that fits one spreadsheet cell; a longer one ends with a visible note saying so.

    Returns ``(cell_text, was_cut)``.
    """
    if len(text) <= limit:
        return text, False
    note = f"……（全文共 {len(text)} 字，超出表格单元格 {limit} 字的上限，以下从略；完整内容请在程序中查看）"
    return text[: limit - len(note)] + note, True
