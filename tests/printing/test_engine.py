"""The page engine, read back from the PDF it writes (text per page with pypdf, pixels with pdftoppm)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.printing import fonts
from desktop_app.printing.output import write_pdf
from desktop_app.reports.model import Column, Footer, Group, Notice, Report, Row

COLUMNS = [
    Column("seq", "序号", 0.5, "center", wrap=False),
    Column("title", "工作任务", 2.0),
    Column("done", "本周完成情况", 3.0),
    Column("status", "状态", 0.8, "center"),
]


def page_texts(path: Path) -> list[str]:
    """Text of each page with all white space removed (the engine wraps lines anywhere)."""
    return [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(str(path)).pages]


def sample_report(rows: int = 120, *, giant_at: int | None = None) -> Report:
    items = []
    for n in range(1, rows + 1):
        done = f"起{n:04d}" + "召开专题推进会，完成现场核查和材料汇总。" * (1 + n % 4) + f"止{n:04d}"
        if n == giant_at:
            done = f"起{n:04d}" + "逐校核查办学条件并逐项登记整改台账。" * 260 + f"止{n:04d}"
        items.append(Row({"title": f"任务{n:04d}推进学前教育普及普惠", "done": done,
                          "status": "■ 逾期" if n % 7 == 0 else "● 正常"},
                         light="red" if n % 7 == 0 else ""))
    groups = [Group("办公室", items[: rows // 2]), Group("基础教育科", items[rows // 2:])]
    n = 0
    for g in groups:
        for r in g.rows:
            n += 1
            r.cells["seq"] = str(n)
    return Report("weekly", "重点工作推进情况周报表（第47周：11月16日—11月22日）", "填报单位：示范县教育局",
                  COLUMNS, groups, footer=Footer("李文静", "王建国"), summary=["合计 120 项。"])


@pytest.fixture
def pdf(qapp, tmp_path: Path) -> Path:
    return tmp_path / "周报表.pdf"


def test_every_page_has_title_header_footer_and_page_number(pdf: Path):
    count = write_pdf(sample_report(), pdf)
    texts = page_texts(pdf)
    assert count == len(texts) > 2
    for number, text in enumerate(texts, start=1):
        assert "重点工作推进情况周报表（第47周：11月16日—11月22日）" in text
        assert "填报单位：示范县教育局" in text
        assert "序号工作任务本周完成情况状态" in text
        assert "制表人：李文静" in text and "审核人：王建国" in text and "打印日期：" in text
        assert f"第{number}页共{count}页" in text
    assert "合计120项。" in texts[-1]


def test_rows_are_never_cut_across_pages(pdf: Path):
    write_pdf(sample_report(), pdf)
    texts = page_texts(pdf)
    for n in range(1, 121):
        start = [i for i, t in enumerate(texts) if f"起{n:04d}" in t]
        end = [i for i, t in enumerate(texts) if f"止{n:04d}" in t]
        assert len(start) == 1 and start == end, f"row {n} split: {start} {end}"
    # Rows appear in order, page after page.
    firsts = [int(m) for t in texts for m in re.findall(r"起(\d{4})", t)]
    assert firsts == list(range(1, 121))


def test_group_heading_is_printed_with_its_rows(pdf: Path):
    write_pdf(sample_report(), pdf)
    texts = page_texts(pdf)
    page = next(i for i, t in enumerate(texts) if "基础教育科" in t)
    assert "起0061" in texts[page]
    # later pages of the group say whose rows they are
    assert all(t.startswith("基础教育科（续）", t.index("序号工作任务本周完成情况状态") + 14) for t in texts[page + 1:])


def test_row_taller_than_a_page_is_split_with_its_number_repeated(pdf: Path):
    count = write_pdf(sample_report(giant_at=5), pdf)
    texts = page_texts(pdf)
    start = next(i for i, t in enumerate(texts) if "起0005" in t)
    end = next(i for i, t in enumerate(texts) if "止0005" in t)
    assert end > start  # the giant row spans pages
    for i in range(start + 1, end + 1):
        # the continuation starts with its group "（续）" and the repeated 序号 5 under the header
        # (a synthesised bold heading is extracted twice)
        assert re.search(r"序号工作任务本周完成情况状态(办公室（续）)+5逐", texts[i]), texts[i][:120]
    assert count == len(texts)
    assert "止0120" in texts[-1]


def test_page_range_paints_only_the_chosen_pages(pdf: Path):
    total = write_pdf(sample_report(), pdf)
    written = write_pdf(sample_report(), pdf, first_page=2, last_page=3)
    texts = page_texts(pdf)
    assert written == len(texts) == 2
    assert f"第2页共{total}页" in texts[0] and f"第3页共{total}页" in texts[1]


def test_notices_one_per_page(pdf: Path):
    notices = [
        Notice("督办通知单", f"督办〔2026〕{n}号", f"{dep}：", ["经督查，以下工作任务未按期完成："],
               [f"1．任务{n}（完成时限：6月30日）"], "现将该事项转你科室办理，请于11月25日前将办理结果报送局办公室。",
               "局办公室（督查室）", "2026年11月18日")
        for n, dep in ((12, "办公室"), (13, "基础教育科"))
    ]
    report = Report("notices", "督办通知单", "", [], notices=notices, orientation="portrait")
    assert write_pdf(report, pdf) == 2
    texts = page_texts(pdf)
    assert "督办〔2026〕12号" in texts[0] and "办公室：" in texts[0]
    assert "督办〔2026〕13号" in texts[1] and "基础教育科：" in texts[1]
    assert "请于11月25日前将办理结果报送局办公室" in texts[1]


def test_fonts_fall_back_to_an_installed_cjk_family(qapp):
    family = fonts.pick_family(("不存在的字体",))
    assert family
    assert fonts.font("body", 10.5).family() == fonts.pick_family(fonts.BODY_FAMILIES)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_rendered_page_has_ink_inside_the_margins(pdf: Path, tmp_path: Path):
    """A rendered page: text and rules present, nothing drawn into the outer margin."""
    from PySide6.QtGui import QImage

    write_pdf(sample_report(), pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True)
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    assert image.width() > image.height()  # landscape

    def dark(x: int, y: int) -> bool:
        return image.pixelColor(x, y).lightness() < 128

    inked = sum(dark(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))
    assert inked > 500
    edge = 8  # 5 mm at 40 dpi is ~8 px; the engine keeps 12–15 mm margins
    border = [(x, y) for x in range(image.width()) for y in (0, 1, image.height() - 1)]
    border += [(x, y) for y in range(image.height()) for x in range(edge)]
    assert not any(dark(x, y) for x, y in border)


def test_long_notice_continues_with_its_number(pdf: Path):
    items = [f"{n}．推进第{n}项校舍改造工程（完成时限：6月30日；责任人：孙丽华；逾期，已超过完成时限141天）"
             for n in range(1, 41)]
    notice = Notice("督办通知单", "督办〔2026〕7号", "基础教育科：", ["经督查，以下工作任务未按期完成："], items,
                    "现将上述事项转你科室办理，请于11月25日前将办理结果报送局办公室。", "局办公室（督查室）", "2026年11月18日")
    count = write_pdf(Report("notices", "督办通知单", "", [], notices=[notice], orientation="portrait"), pdf)
    texts = page_texts(pdf)
    assert count == len(texts) >= 2
    assert all("督办〔2026〕7号（续）" in t for t in texts[1:])
    assert "40．推进第40项" in texts[-1] and "2026年11月18日" in texts[-1]
    for n in range(1, 41):  # every item whole on one page
        assert sum(f"{n}．推进第{n}项" in t and f"第{n}项校舍改造工程（完成时限" in t for t in texts) == 1


def test_weekly_report_rows_land_on_the_pages_the_layout_gave_them(qapp, demo_path, pdf: Path):
    """A real 周报表: every row's task text is found on the page the engine placed it on."""
    from PySide6.QtGui import QPdfWriter

    from desktop_app.printing.engine import TableLayout, page_layout
    from desktop_app.printing.output import PDF_DPI
    from desktop_app.reports.weekly import weekly_report
    from desktop_app.storage.db import open_register
    from tests.conftest import DEMO_TODAY

    with open_register(demo_path) as reg:
        report = weekly_report(reg, "2026-W47", today=DEMO_TODAY)
    count = write_pdf(report, pdf)
    texts = page_texts(pdf)
    writer = QPdfWriter(str(pdf.with_name("layout.pdf")))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(report.orientation))
    layout = TableLayout(report, writer)
    assert len(layout.pages) == count == len(texts) >= 2
    seen = 0
    for number, page in enumerate(layout.pages):
        for s in page.slices:
            if s.row.heading is None:
                seq, task = s.row.cells[0].text, s.row.cells[1].text
                assert re.sub(r"\s+", "", task) in texts[number], (number, task)
                assert seq in texts[number]
                seen += 1
    assert seen == report.row_count


def test_line_breaks_typed_in_progress_are_kept(pdf: Path):
    row = Row({"seq": "1", "title": "完善值班制度", "done": "第一条完成\n第二条完成\r\n第三条\t完成", "status": "● 正常"})
    write_pdf(Report("weekly", "周报表", "", COLUMNS, [Group("", [row])]), pdf)
    lines = [line.strip() for line in PdfReader(str(pdf)).pages[0].extract_text().splitlines()]
    assert "第一条完成" in lines and "第二条完成" in lines
    assert any(line.startswith("第三条") and line.endswith("完成") for line in lines)


def test_a_title_taller_than_the_page_still_ends(pdf: Path):
    """Degenerate input must not loop: every page holds at least one line."""
    report = sample_report(rows=3)
    report.title = "很长的标题" * 400
    assert write_pdf(report, pdf) >= 1


def _device(tmp_path: Path):
    from PySide6.QtGui import QPdfWriter

    from desktop_app.printing.engine import page_layout
    from desktop_app.printing.output import PDF_DPI

    writer = QPdfWriter(str(tmp_path / "device.pdf"))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout("landscape"))
    return writer


@pytest.mark.parametrize("align", ["center", "left", "right"])
@pytest.mark.parametrize("wrap", [False, True])
def test_numbers_put_together_from_digits_are_the_numbers_laid_out(qapp, tmp_path: Path, align, wrap):
    """序号 cells are made from the digits' glyphs: the same glyphs at the same places as a layout."""
    from desktop_app.printing import engine

    writer = _device(tmp_path)
    ts = engine._Typesetter(writer)
    font = ts.device_font(fonts.font("body", engine.BODY_PT))
    option = ts.option(align, wrap)
    for width in (60.0, 215.5, 377.77, 123.0 + 0.8 / 64):  # QTextLine keeps 1/64 px, cut down
        numerals = engine._Numerals(font, width, option, 100.0)
        if not numerals.ready:
            pytest.skip(f"{font.family()} does not set digits plainly: numbers are laid out")
        for n in [*range(1, 1200), 20260, 123456789]:
            made = numerals.text(str(n))
            if made is None:  # wider than the column
                assert len(engine._Typesetter.shape(str(n), font, width, option, 100.0).lines) > 1 or not wrap
                continue
            laid_out = engine._Typesetter.glyphs(str(n), font, option, 100.0, width)
            assert engine._glyph_data(made.runs) == engine._glyph_data(laid_out), (width, n)
            assert made.count == 1


def test_numbers_of_a_face_with_ink_beyond_its_digits_break_as_laid_out(qapp, tmp_path: Path):
    """An italic face's digits reach past their advance, which a wrapping line counts: its
    numbers are laid out (a number that fits by the advances alone wraps like the text)."""
    from PySide6.QtGui import QFontMetricsF

    from desktop_app.printing import engine

    writer = _device(tmp_path)
    ts = engine._Typesetter(writer)
    italic = fonts.font("body", engine.BODY_PT)
    italic.setItalic(True)
    font = ts.device_font(italic)
    metrics = QFontMetricsF(font)
    if not any(metrics.rightBearing(d) < 0 or metrics.leftBearing(d) < 0 for d in "0123456789"):
        pytest.skip(f"{font.family()} italic keeps its digits' ink within their advances")
    option = ts.option("center", True)
    overhang = -min(metrics.rightBearing(d) for d in "0123456789")
    for n in ("64", "305"):
        fits = metrics.horizontalAdvance(n)
        # Columns from just wider than the number's advances to wider than its ink.
        for step in range(40):
            width = fits + (overhang + 1) * step / 40
            numerals = engine._Numerals(font, width, option, 30.0)
            made = numerals.text(n) if numerals.ready else None
            laid_out = engine._Typesetter.shape(n, font, width, option, 30.0)
            assert made is None or made.count == len(laid_out.lines), (n, width)


def test_numbers_are_laid_out_when_the_font_does_not_pass_the_check(pdf: Path, monkeypatch):
    """A font that kerns or joins digits fails the check: its numbers are laid out as text."""
    from desktop_app.printing import engine

    monkeypatch.setattr(engine, "_DIGIT_PAIRS", "0123456789" + "任务")  # no longer digits only
    made = []
    original = engine._Numerals.__init__

    def remember(self, *args):
        original(self, *args)
        made.append(self.ready)

    monkeypatch.setattr(engine._Numerals, "__init__", remember)
    write_pdf(sample_report(), pdf)
    assert made and not any(made)
    every = "".join(page_texts(pdf))
    assert all(f"{n}任务{n:04d}" in every for n in range(1, 121))  # each row's 序号 before its task
