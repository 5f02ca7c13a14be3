"""Reports and 督办通知单 as .docx, read back with python-docx: page set-up, repeated header,
unsplit rows, named fonts, page fields, the 公文 layout values and the settings behind it."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop_app.cli import main
from desktop_app.reports.gongwen import grid, write_notice_files
from desktop_app.reports.model import Column, Footer, Group, Report, Row
from desktop_app.reports.overdue import notices_report
from desktop_app.reports.weekly import weekly_report
from desktop_app.reports.word import write_docx
from desktop_app.storage import settings
from desktop_app.storage.errors import ValidationError

from .conftest import ON, WEEK

DAY = ["--date", "2026-11-18"]
NUMBER = re.compile(r"^督办〔\d{4}〕[1-9]\d*号$")


def _mm(length) -> float:
    return round(length / Mm(1), 1)


def _cell_texts(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def _east_asia(style) -> str:
    return style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))


def _instructions(part_element) -> list[str]:
    return [el.text.strip() for el in part_element.iter(qn("w:instrText"))]


def test_weekly_sheet_structure(reg, office, tmp_path: Path):
    report = weekly_report(reg, WEEK, today=ON)
    path = write_docx(report, tmp_path / "周报表.docx")
    doc = Document(str(path))
    section = doc.sections[0]
    assert (_mm(section.page_width), _mm(section.page_height)) == (297.0, 210.0)
    assert section.orientation == 1  # landscape
    assert doc.paragraphs[0].text == report.title and doc.paragraphs[0].style.name == "报表标题"
    assert doc.paragraphs[1].text == report.subtitle
    (table,) = doc.tables
    rows = table.rows
    header = rows[0]._tr.trPr
    assert header.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows)
    assert sum(1 for r in rows if r._tr.trPr.find(qn("w:tblHeader")) is not None) == 1
    texts = _cell_texts(table)
    assert texts[0] == [c.header for c in report.columns]
    expected = []
    for group in report.groups:
        if group.heading:
            expected.append([group.heading] * len(report.columns))  # one merged cell
        expected += [[r.text(c.key) for c in report.columns] for r in group.rows]
    assert texts[1:] == expected
    # 本周完成情况 that starts with "=" stays text; the formula-like entry is there verbatim
    assert any(cell == "=完成主体工程验收" for row in texts for cell in row)


def test_fonts_are_named_for_chinese_text_with_substitutes(reg, office, tmp_path: Path):
    path = write_docx(weekly_report(reg, WEEK, today=ON), tmp_path / "周报表.docx")
    doc = Document(str(path))
    assert _east_asia(doc.styles["Normal"]) == "仿宋"
    assert _east_asia(doc.styles["报表标题"]) == "方正小标宋简体"
    assert _east_asia(doc.styles["表头"]) == "黑体"
    assert _east_asia(doc.styles["表格正文"]) == "仿宋"
    with zipfile.ZipFile(path) as z:
        fonts = z.read("word/fontTable.xml").decode()
    assert re.search(r'w:name="方正小标宋简体">\s*<w:altName w:val="黑体"/>\s*<w:charset w:val="86"/>', fonts)
    assert 'w:name="仿宋"' in fonts


def test_footer_has_page_fields_and_the_signature_line(reg, office, tmp_path: Path):
    report = weekly_report(reg, WEEK, today=ON)
    report.footer = Footer("李文静", "王建国", ON)
    doc = Document(str(write_docx(report, tmp_path / "周报表.docx")))
    footer = doc.sections[0].footer
    assert _instructions(footer._element) == ["PAGE", "NUMPAGES"]
    text = "".join(p.text for p in footer.paragraphs)
    assert "制表人：李文静" in text and "审核人：王建国" in text and "打印日期：2026年11月18日" in text
    assert "第1页　共1页" in text  # the fields' placeholder results until Word updates them


def test_status_colours_line_breaks_and_control_characters(tmp_path: Path):
    columns = [Column("seq", "序号", 0.5, "center"), Column("done", "本周完成情况", 3.0),
               Column("status", "状态", 0.8, "center")]
    rows = [Row({"seq": "1", "done": "第一行\n第二行\x07", "status": "■ 逾期"}, light="red"),
            Row({"seq": "2", "done": "  前后有空格  ", "status": "● 正常"})]
    report = Report("weekly", "周报表", "", columns, [Group("", rows)], orientation="portrait")
    doc = Document(str(write_docx(report, tmp_path / "x.docx")))
    section = doc.sections[0]
    assert (_mm(section.page_width), _mm(section.page_height)) == (210.0, 297.0)
    table = doc.tables[0]
    assert table.cell(1, 1).text == "第一行\n第二行"
    assert table.cell(2, 1).text == "  前后有空格  "
    red = table.cell(1, 2).paragraphs[0].runs[0]
    assert red.font.color.rgb is not None and str(red.font.color.rgb) == "C00000" and red.font.bold
    assert table.cell(2, 2).paragraphs[0].runs[0].font.color.rgb is None


@pytest.mark.parametrize("kind", ["weekly", "breakdown", "monthly", "overdue", "yearly", "notices"])
def test_cli_writes_every_report_as_docx(qapp, demo_path, tmp_path: Path, capsys, kind):
    out = tmp_path / f"{kind}.docx"
    assert main(["report", kind, "--db", str(demo_path), "--out", str(out), *DAY]) == 0
    assert "已生成" in capsys.readouterr().out
    doc = Document(str(out))
    if kind == "notices":
        assert len(doc.sections) >= 1 and not doc.tables
        assert NUMBER.match(doc.paragraphs[3].text)
    else:
        assert doc.tables and doc.tables[0].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_cli_docx_by_format_option_and_separate_notices(qapp, demo_path, tmp_path: Path, capsys):
    out = tmp_path / "周报表.bin"
    assert main(["report", "weekly", "--db", str(demo_path), "--out", str(out), "--format", "docx", *DAY]) == 0
    assert Document(str(out)).tables
    folder = tmp_path / "通知单"
    assert main(["report", "notices", "--db", str(demo_path), "--out", str(folder), "--separate", *DAY]) == 0
    files = sorted(folder.glob("*.docx"))
    assert files and all(NUMBER.match(f.name.split("_")[0] + "") for f in files)
    assert all(len(Document(str(f)).sections) == 1 for f in files)
    assert main(["report", "weekly", "--db", str(demo_path), "--out", str(folder), "--separate", *DAY]) == 2
    assert "--separate 只用于督办通知单" in capsys.readouterr().err


# -- 督办通知单 as 公文 -----------------------------------------------------------------


def _notice_doc(reg, tmp_path: Path, **kwargs):
    report = notices_report(reg, on=ON, **kwargs)
    return report, Document(str(write_docx(report, tmp_path / "通知单.docx")))


def test_notice_page_grid_and_numbers(reg, office, tmp_path: Path):
    report, doc = _notice_doc(reg, tmp_path)
    section = doc.sections[0]
    assert (_mm(section.page_width), _mm(section.page_height)) == (210.0, 297.0)
    assert (_mm(section.top_margin), _mm(section.bottom_margin)) == (37.0, 35.0)
    assert (_mm(section.left_margin), _mm(section.right_margin)) == (28.0, 26.0)
    docgrid = section._sectPr.find(qn("w:docGrid"))
    assert docgrid.get(qn("w:type")) == "linesAndChars"
    line_pitch = int(docgrid.get(qn("w:linePitch")))
    # 22 lines fill the 225 mm type area; 28 characters fill its 156 mm width
    assert 22 * line_pitch <= Mm(225) / 635 < 23 * line_pitch
    char_pitch = 16 + int(docgrid.get(qn("w:charSpace"))) / 4096
    assert abs(28 * char_pitch - 156 / 25.4 * 72) < 0.5
    assert (line_pitch, int(docgrid.get(qn("w:charSpace")))) == grid()
    assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert doc.settings.odd_and_even_pages_header_footer
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.text == "— 1 —" and even.text == "— 1 —"
    assert _instructions(section.footer._element) == ["PAGE"]
    assert odd.alignment == 2 and even.alignment == 0  # right on odd pages, left on even ones
    assert odd.runs[0].font.size.pt == 14


def test_notice_layout_values(reg, office, tmp_path: Path):
    report, doc = _notice_doc(reg, tmp_path)
    notice = report.notices[0]
    paragraphs = doc.paragraphs
    organ = paragraphs[0]
    assert organ.text == "示范县教育局" and organ.style.name == "发文机关标志"
    assert str(organ.style.font.color.rgb) == "FF0000"
    assert _east_asia(organ.style) == "方正小标宋简体"
    number = paragraphs[3]
    assert number.text == notice.number == "督办〔2026〕1号" and NUMBER.match(number.text)
    rule = number._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert rule.get(qn("w:color")) == "FF0000" and rule.get(qn("w:val")) == "single"
    texts = [p.text for p in paragraphs]
    title_at = texts.index("督办通知单")
    assert paragraphs[title_at].style.font.size.pt == 22
    assert texts[title_at + 2] == "办公室："
    body = [p for p in paragraphs if p.style.name == "公文正文" and p.text]
    assert body[0].text.startswith("根据《示范县教育局2026年工作要点》和督查督办工作要求")
    assert any("完善机关值班值守制度（完成时限：6月30日；责任人：赵春梅；逾期" in p.text for p in body)
    assert body[-1].text == "现将上述事项转你科室办理，请于11月25日前将办理结果报送局办公室。"
    assert all(p.style.font.size.pt == 16 and _east_asia(doc.styles["Normal"]) == "仿宋_GB2312" for p in body)
    assert body[0].style.paragraph_format.first_line_indent.pt == 32
    assert texts[-2:] == ["局办公室（督查室）", "2026年11月18日"]
    assert paragraphs[-1].paragraph_format.right_indent.pt == 64  # 右空四字


def test_a_batch_puts_each_notice_in_its_own_section(reg, office, tmp_path: Path):
    report, doc = _notice_doc(reg, tmp_path, per="task")
    assert len(report.notices) == len(doc.sections) == 1
    # two red tasks: one more overdue task in another department
    from desktop_app.storage import tasks

    extra = tasks.add_task(reg, office.plan_id, "整理年度档案", deadline="2026-09-30", deadline_kind="date",
                           start_date="2026-01-01")
    tasks.set_departments(reg, extra, reg.scalar("SELECT id FROM departments WHERE name='计划财务科'"), [])
    report, doc = _notice_doc(reg, tmp_path)
    assert len(report.notices) == len(doc.sections) == 2
    assert doc.sections[1].start_type == 2  # new page
    assert all(s._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1" for s in doc.sections)
    numbers = [p.text for p in doc.paragraphs if NUMBER.match(p.text)]
    assert numbers == ["督办〔2026〕1号", "督办〔2026〕2号"]
    files = write_notice_files(report, tmp_path / "分开")
    assert [f.name for f in files] == ["督办〔2026〕1号_办公室.docx", "督办〔2026〕2号_计划财务科.docx"]


def test_notice_settings_change_the_document(reg, office, tmp_path: Path):
    settings.set_value(reg, "notice.organ", "示范县教育局督查室")
    settings.set_value(reg, "notice.prefix", "示教督")
    settings.set_value(reg, "notice.signature", "县教育局督查室")
    settings.set_value(reg, "notice.template",
                       "{科室}：经查，下列{项数}项任务逾期。\n{任务清单}\n请于{回复日期}前书面说明原因。")
    report, doc = _notice_doc(reg, tmp_path)
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "示范县教育局督查室"
    assert texts[3] == "示教督〔2026〕1号"
    assert "办公室：经查，下列1项任务逾期。" in texts
    assert "请于11月25日前书面说明原因。" in texts
    assert texts[-2] == "县教育局督查室"
    issued = notices_report(reg, on=ON, issue=True)
    assert issued.notices[0].number == "示教督〔2026〕1号"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("notice.template", "请于{回复日期}前报送。", "单独写 {任务清单}"),
        ("notice.template", "{任务清单}\n请尽快报送。", "{回复日期}"),
        ("notice.template", "{任务清单}\n请于{回复时间}前报送。", "“{回复时间}”不认识"),
        ("notice.template", "{任务清单}\n请于{回复日期前报送。", "花括号不成对"),
        ("notice.template", "  ", "不能为空"),
        ("notice.prefix", "督办〔", "机关代字"),
        ("notice.prefix", "", "机关代字"),
        ("notice.signature", "", "落款不能为空"),
        ("notice.organ", "一" * 41, "发文机关标志应在一行之内"),
    ],
)
def test_bad_notice_settings_are_refused_and_change_nothing(reg, key, value, message):
    before = settings.get(reg, key)
    with pytest.raises(ValidationError, match=re.escape(message)):
        settings.set_value(reg, key, value)
    assert settings.get(reg, key) == before


def test_the_default_template_passes_its_own_check():
    settings.check_notice_template(settings.DEFAULTS["notice.template"])


# -- LibreOffice: the document really lays out ----------------------------------------

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_notice_and_the_sheet_to_pdf(reg, office, tmp_path: Path):
    from pypdf import PdfReader

    weekly = write_docx(weekly_report(reg, WEEK, today=ON), tmp_path / "周报表.docx")
    notices = write_docx(notices_report(reg, on=ON), tmp_path / "通知单.docx")
    profile = tmp_path / "profile"
    subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(weekly), str(notices)],
        check=True, capture_output=True, timeout=180,
    )
    sheet = PdfReader(str(tmp_path / "周报表.pdf"))
    page = sheet.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = sheet.pages[0].extract_text().replace(" ", "")
    assert "重点工作推进情况周报表" in text and "第1页" in text and "共1页" in text
    letter = PdfReader(str(tmp_path / "通知单.pdf"))
    text = letter.pages[0].extract_text().replace(" ", "")
    assert "督办〔2026〕1号" in text and "—1—" in text
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(tmp_path / "通知单.pdf"),
                        str(tmp_path / "page")], check=True, timeout=60)
        assert list(tmp_path.glob("page*.png"))


def test_a_notice_of_the_next_year_gives_old_dates_their_year(reg, office):
    from datetime import date

    report = notices_report(reg, on=date(2027, 1, 4))  # the first Monday of 2027
    notice = report.notices[0]
    assert notice.number == "督办〔2027〕1号"
    item = next(i for i in notice.items if "完善机关值班值守制度" in i)
    assert "完成时限：2026年6月30日" in item
    assert "请于1月11日前" in notice.closing  # the reply date is in the notice's own year
