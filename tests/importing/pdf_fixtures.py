"""Writing real PDF files for the importer tests: text pages, tables, scanned pages.

A plan is laid out the way offices print it: A4, the text wrapped at a fixed width
(so lines break mid-sentence), a running header and a "— N —" page number on every
page, table rows as cells side by side. Chinese text uses a Type0 font with a
ToUnicode map (what Word and WPS write), so a reader gets the characters back from
the text layer; a "scanned" PDF carries only an image.
"""

from __future__ import annotations

import zlib
from pathlib import Path

PAGE_W, PAGE_H = 595, 842
LEFT, TOP, BOTTOM = 72, 770, 90
SIZE = 14
LEADING = 24
WIDTH_CHARS = 28


def _wrap(paragraph: str, width: int = WIDTH_CHARS) -> list[str]:
    out = []
    text = paragraph.rstrip()
    while len(text) > width:
        out.append(text[:width])
        text = text[width:]
    out.append(text)
    return out


def layout(text: str, *, header: str = "", numbers: bool = True) -> list[list[tuple[float, float, str]]]:
    """Pages of (x, y, text) runs: paragraphs wrapped, tab-separated rows as cells."""
    pages: list[list[tuple[float, float, str]]] = []
    page: list[tuple[float, float, str]] = []
    y = TOP

    def new_page() -> None:
        nonlocal page, y
        if page:
            pages.append(page)
        page, y = [], TOP
        if header:
            page.append((LEFT, PAGE_H - 40, header))

    new_page()
    for paragraph in text.splitlines():
        if not paragraph.strip():
            y -= LEADING // 2
            continue
        if "\t" in paragraph:
            cells = paragraph.split("\t")
            step = (PAGE_W - 2 * LEFT) / len(cells)
            wrapped = [_wrap(cell, max(2, int(step / SIZE) - 1)) for cell in cells]
            height = max(len(w) for w in wrapped)
            if y - LEADING * height < BOTTOM:
                new_page()
            for k, lines in enumerate(wrapped):
                for n, line in enumerate(lines):
                    if line:
                        page.append((LEFT + k * step, y - n * LEADING, line))
            y -= LEADING * height
            continue
        for line in _wrap(paragraph):
            if y < BOTTOM:
                new_page()
            page.append((LEFT, y, line))
            y -= LEADING
    pages.append(page)
    if numbers:
        for n, runs in enumerate(pages, start=1):
            runs.append((PAGE_W / 2 - 20, 50, f"— {n} —"))
    return pages


def write_pdf(path: Path, pages: list[list[tuple[float, float, str]]]) -> Path:
    """A PDF whose pages show the given runs of text."""
    chars = sorted({ch for runs in pages for _x, _y, text in runs for ch in text})
    cid = {ch: n + 1 for n, ch in enumerate(chars)}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    cmap_lines = [f"<{cid[ch]:04X}> <{ord(ch):04X}>" for ch in chars if ord(ch) <= 0xFFFF]
    blocks = [cmap_lines[i : i + 100] for i in range(0, len(cmap_lines), 100)]
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + "".join(f"{len(b)} beginbfchar\n" + "\n".join(b) + "\nendbfchar\n" for b in blocks)
        + "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] "
        b"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>"
    )
    cid_font = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor %d 0 R /DW 1000 /CIDToGIDMap /Identity >>" % descriptor
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid_font, to_unicode)
    )
    page_ids = []
    pages_id = len(objects) + 2 * len(pages) + 1
    for runs in pages:
        ops = []
        for x, y, text in runs:
            hexed = "".join(f"{cid[ch]:04X}" for ch in text)
            ops.append(f"BT /F1 {SIZE} Tf {x:.1f} {y:.1f} Td <{hexed}> Tj ET")
        stream = zlib.compress("\n".join(ops).encode())
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, PAGE_W, PAGE_H, content, font)
        ))
    kids = " ".join(f"{i} 0 R" for i in page_ids).encode()
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return _save(path, objects, catalog)


def write_text_pdf(path: Path, text: str, *, header: str = "", numbers: bool = True) -> Path:
    """A plan text printed to PDF (wrapped lines, running header, page numbers)."""
    return write_pdf(path, layout(text, header=header, numbers=numbers))


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF of page images only (a scan): no text layer at all."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    pixels = zlib.compress(bytes([200]) * (100 * 140))
    image = add(
        b"<< /Type /XObject /Subtype /Image /Width 100 /Height 140 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels)
        + pixels + b"\nendstream"
    )
    draw = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    page_ids = []
    pages_id = len(objects) + 2 * pages + 1
    for _ in range(pages):
        content = add(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
        page_ids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /XObject << /Im1 %d 0 R >> >> >>" % (pages_id, content, image)
        ))
    kids = " ".join(f"{i} 0 R" for i in page_ids).encode()
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return _save(path, objects, catalog)


def _save(path: Path, objects: list[bytes], root: int) -> Path:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    Path(path).write_bytes(bytes(out))
    return Path(path)
