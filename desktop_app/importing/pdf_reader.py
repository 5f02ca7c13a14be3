"""A PDF's text layer → the lines of the plan, the way it was printed.

Offices publish plans as PDF more often than as anything else. The text is read with
pypdf, piece by piece with its position on the page, and put back together:

- pieces on one baseline make a line, left to right; a wide gap between two pieces
  separates table cells (written as a tab, so a decomposition table reads as rows);
- a table cell that wraps inside its row continues the cell above instead of
  starting a row;
- the running header and footer (the same words at the top or foot of most pages)
  and page numbers ("— 3 —", "第3页 共8页", "3") are dropped;
- lines stay lines: the text engine joins those that were wrapped mid-sentence.

A scanned PDF has no text layer at all; it is refused with a message saying so.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from desktop_app.importing.errors import ImportFailed

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?|"
    r"[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$"
)
_MARGIN = 0.08  # the top and bottom 8 % of a page hold running heads and page numbers
_CELL_GAP = 0.9  # a gap wider than this many characters separates two table cells


@dataclass
class _Piece:
    x: float
    y: float
    text: str
    size: float

    @property
    def right(self) -> float:
        return self.x + _width(self.text.strip()) * self.size


def _width(text: str) -> float:
    """Width in ems: Chinese characters are square, Latin letters and digits about half."""
    wide = sum(1 for ch in text if ord(ch) > 0x2E80)
    return wide + 0.55 * (len(text) - wide)


@dataclass
class _Line:
    y: float
    pieces: list[_Piece]

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces).strip()


def read_pdf_text(path: Path) -> str:
    """The plan's text: one printed line per line, table rows with tab-separated cells."""
    import pypdf

    log = logging.getLogger("pypdf")  # its warnings about damage are English: the clerk gets ours
    level = log.level
    log.setLevel(logging.CRITICAL + 1)
    try:
        return _read(path, pypdf)
    finally:
        log.setLevel(level)


def _read(path: Path, pypdf) -> str:
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportFailed(f"“{path.name}”设置了打开密码，无法读取。请先在 PDF 阅读器中解除密码后再导入。")
        pages = [_page_lines(page) for page in reader.pages]
    except (ImportFailed, MemoryError):
        raise
    except RecursionError as exc:
        raise ImportFailed(f"“{path.name}”的结构嵌套过深，可能已损坏，无法读取。") from exc
    except Exception as exc:  # noqa: BLE001 - a damaged file can fail anywhere inside the reader
        if type(exc).__name__ == "LimitReachedError":
            raise ImportFailed(f"“{path.name}”解压后过大，可能已损坏或不是正常的 PDF 文件，未导入。") from exc
        raise ImportFailed(f"“{path.name}”已损坏或不是有效的 PDF 文件，无法读取。") from exc
    if not pages:
        raise ImportFailed(f"“{path.name}”没有任何页面。")
    chars = sum(len(line.text) for lines, _height in pages for line in lines)
    if chars < 20 * len(pages) and chars < 200:
        raise ImportFailed(
            f"“{path.name}”是扫描件（每页都是图片），没有可以读取的文字。"
            "请用 WPS 或其他软件的“图片转文字（OCR）”功能转成文字后再导入，或向发文单位索取 Word/WPS 版本。"
        )
    running = _running_heads(pages)
    out: list[str] = []
    for lines, height in pages:
        kept = [
            line for line in lines
            if not _is_margin_noise(line, height, running)
        ]
        out.extend(_with_tables(kept))
    return "\n".join(out)


def _page_lines(page) -> tuple[list[_Line], float]:
    pieces: list[_Piece] = []

    def visit(text, cm, tm, _font, size) -> None:
        if not text or not text.strip():
            return
        # The text's origin on the page: the text matrix placed by the current matrix.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        for part in text.split("\n"):
            if part.strip():
                pieces.append(_Piece(x, y, part, (size or 10) * scale))

    page.extract_text(visitor_text=visit)
    try:
        height = float(page.mediabox.height)
    except (AttributeError, TypeError, ValueError):
        height = 842.0
    pieces.sort(key=lambda p: (-p.y, p.x))
    lines: list[_Line] = []
    for piece in pieces:
        if lines and abs(lines[-1].y - piece.y) <= max(2.0, piece.size * 0.4):
            lines[-1].pieces.append(piece)
        else:
            lines.append(_Line(piece.y, [piece]))
    for line in lines:
        line.pieces.sort(key=lambda p: p.x)
    return lines, height


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _running_heads(pages: list[tuple[list[_Line], float]]) -> set[str]:
    """Words printed in the top or bottom margin of most pages."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines, height in pages:
        seen = {_key(line.text) for line in lines if _in_margin(line, height)}
        counts.update(seen)
    return {key for key, n in counts.items() if key and n >= max(2, len(pages) // 2)}


def _in_margin(line: _Line, height: float) -> bool:
    return line.y >= height * (1 - _MARGIN) or line.y <= height * _MARGIN


def _is_margin_noise(line: _Line, height: float, running: set[str]) -> bool:
    text = line.text
    if _PAGE_NUMBER.match(text.replace(" ", "")) or _PAGE_NUMBER.match(text):
        return _in_margin(line, height) or len(text) <= 9
    return _in_margin(line, height) and _key(text) in running


def _cells(line: _Line) -> list[tuple[float, str]]:
    """(x, text) of each cell: pieces closer than a wide gap belong to one cell."""
    cells: list[tuple[float, str]] = []
    right = None
    for piece in line.pieces:
        if right is not None and piece.x - right <= _CELL_GAP * piece.size:
            x, text = cells[-1]
            cells[-1] = (x, text + piece.text)
        else:
            cells.append((piece.x, piece.text.strip()))
        right = max(piece.right, right or 0)
    return [(x, t.strip()) for x, t in cells if t.strip()]


def _with_tables(lines: list[_Line]) -> list[str]:
    """Lines as text; a run of lines with cells side by side becomes tab-separated rows."""
    out: list[str] = []
    columns: list[float] = []  # x of each column of the table being read
    rows: list[list[str]] = []

    def flush() -> None:
        nonlocal columns
        out.extend("\t".join(row) for row in rows)
        rows.clear()
        columns = []

    for line in lines:
        cells = _cells(line)
        if len(cells) >= 3 and all(len(text) == 1 for _x, text in cells):
            cells = [(cells[0][0], "".join(text for _x, text in cells))]  # a letter-spaced title: 工 作 要 点
            if not columns:
                out.append(cells[0][1])
                continue
        if len(cells) >= 3 and not columns:
            columns = [x for x, _ in cells]
            rows.append([t for _, t in cells])
            continue
        if columns:
            size = line.pieces[0].size
            pieces = [(p.x, p.text.strip()) for p in line.pieces if p.text.strip()]
            placed = _place(pieces, columns, size)
            if placed is not None:
                if not placed[0] and rows and sum(1 for c in placed if c) < len(columns):
                    rows[-1] = [f"{a}{b}" for a, b in zip(rows[-1] + [""] * (len(columns) - len(rows[-1])), placed, strict=True)]
                else:
                    rows.append(placed)
                continue
            flush()
        out.append(line.text)
    flush()
    return out


def _place(pieces: list[tuple[float, str]], columns: list[float], size: float) -> list[str] | None:
    """The pieces of a line put in the table's columns, or None when the line is not a row."""
    row = [""] * len(columns)
    for x, text in pieces:
        col = max((i for i, cx in enumerate(columns) if cx <= x + size), default=None)
        if col is None:
            return None
        next_x = columns[col + 1] if col + 1 < len(columns) else None
        if next_x is not None and x + _width(text) * size > next_x + size:
            return None  # body text running across the columns: the table has ended
        row[col] += text
    return row
