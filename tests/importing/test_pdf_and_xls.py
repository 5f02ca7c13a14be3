"""Reading plans published as PDF (text layer) and tables kept as legacy .xls."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.importing.errors import ImportFailed
from desktop_app.importing.parse import parse_file
from desktop_app.importing.pdf_reader import read_pdf_text
from tests.importing.pdf_fixtures import layout, write_pdf, write_scanned_pdf, write_text_pdf
from tests.importing.xls_fixtures import write_xls

PLAN = """东湖县教育局2025年工作要点
一、加强党的建设
（一）深化理论学习。坚持“第一议题”制度，局党组每月开展集中学习不少于1次，全年组织专题培训4期，3月底前制定年度学习计划。（组干科、机关党委负责）
（二）加强基层党组织建设。6月底前完成中小学校党组织书记述职评议，10月份开展党建品牌创建评选。（组干科负责）
二、推进教育优质均衡
（一）扩大优质学位供给。新建城北小学，2025年8月底前完成主体工程，秋季开学前投入使用。（计财科牵头，基教科、安全办配合）
（二）加强教师队伍建设。招聘教师120名，第一季度完成招聘计划报批。（人事科负责）
"""


def test_pdf_text_layer_is_read_as_the_plan(tmp_path: Path) -> None:
    body = PLAN.split("\n", 1)[1]
    # More pages, with words of their own (a line repeated on every page would be a running head).
    more = body.replace("教", "育").replace("学", "校") + body.replace("工", "做").replace("党", "团")
    pdf = write_text_pdf(tmp_path / "要点.pdf", PLAN + more, header="东湖县教育局文件")
    text = read_pdf_text(pdf)
    assert "东湖县教育局文件" not in text  # the running header is dropped
    assert "— 1 —" not in text and "— 2 —" not in text
    plan = parse_file(pdf)
    assert (plan.title, plan.year, plan.source_kind) == ("东湖县教育局2025年工作要点", 2025, "pdf")
    first = [i for i in plan.items if i.title.startswith("扩大优质学位供给")][0]
    assert first.deadline.due == "2025-08-31" and first.lead == "计财科"
    assert first.co_units == ["基教科", "安全办"]
    assert "2025年8月底前完成主体工程" in first.text  # wrapped lines joined back into the sentence
    assert len([p for p in pdf.read_bytes().split(b"/Type /Page ") if p]) > 2  # several pages
    learn = plan.items[1]
    assert learn.title == "深化理论学习" and learn.lead == "组干科"


def test_pdf_table_is_kept_as_rows(tmp_path: Path) -> None:
    text = ("西山县教育局2024年重点工作任务分解表\n序号\t工作任务\t牵头科室\t完成时限\n"
            "1\t开展中小学校党组织书记述职评议工作并形成报告\t组干科\t3月底前\n"
            "2\t创建清廉学校示范校10所\t纪检组\t11月30日前\n")
    pdf = write_text_pdf(tmp_path / "分解表.pdf", text)
    plan = parse_file(pdf)
    assert plan.year == 2024
    assert [(i.title, i.lead, i.deadline.due) for i in plan.items] == [
        ("开展中小学校党组织书记述职评议工作并形成报告", "组干科", "2024-03-31"),
        ("创建清廉学校示范校10所", "纪检组", "2024-11-30"),
    ]


def test_scanned_pdf_gets_a_clear_message(tmp_path: Path, capsys) -> None:
    pdf = write_scanned_pdf(tmp_path / "扫描件.pdf")
    with pytest.raises(ImportFailed, match="扫描件"):
        parse_file(pdf)
    assert main(["import", str(pdf)]) == 2
    assert "扫描件" in capsys.readouterr().err


def test_damaged_pdf_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "坏.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")
    with pytest.raises(ImportFailed):
        parse_file(broken)


def test_single_page_number_only_line_is_dropped(tmp_path: Path) -> None:
    pages = layout(PLAN, numbers=False)
    pages[0].append((290, 40, "1"))
    text = read_pdf_text(write_pdf(tmp_path / "a.pdf", pages))
    assert "\n1\n" not in f"\n{text}\n"


def test_xls_table_with_merged_task_cells(tmp_path: Path) -> None:
    rows = [
        ["北川市教育局2026年重点工作任务分解表", "", "", "", ""],
        ["序号", "重点任务", "具体措施", "牵头科室", "完成时限"],
        ["1", "加强理论学习", "制定年度学习计划", "组干科", "3月底前"],
        ["", "", "开展专题培训", "组干科", "6月底前"],
        ["2", "推进课后服务", "出台实施方案", "基础教育科", "2026年4月20日"],
    ]
    path = write_xls(tmp_path / "分解表.xls", rows, merges=[(0, 0, 0, 4), (2, 3, 0, 0), (2, 3, 1, 1)])
    plan = parse_file(path)
    assert (plan.title, plan.year) == ("北川市教育局2026年重点工作任务分解表", 2026)
    assert [(i.level, i.title) for i in plan.items] == [
        (1, "加强理论学习"), (2, "制定年度学习计划"), (2, "开展专题培训"),
        (1, "推进课后服务"), (2, "出台实施方案"),
    ]
    assert plan.items[2].deadline.due == "2026-06-30"


def test_old_word_files_keep_their_message(tmp_path: Path) -> None:
    doc = tmp_path / "要点.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ImportFailed, match="另存为 .docx"):
        parse_file(doc)
    wps = tmp_path / "要点.wps"
    wps.write_bytes(doc.read_bytes())
    with pytest.raises(ImportFailed, match="另存为 .docx"):
        parse_file(wps)
    bad_xls = tmp_path / "坏.xls"
    bad_xls.write_bytes(b"not a workbook at all")
    with pytest.raises(ImportFailed, match="xls"):
        parse_file(bad_xls)


def test_pdf_title_over_two_lines_is_not_run_into_the_salutation(tmp_path: Path) -> None:
    text = ("江北省教育厅办公室关于印发《2024年全省教育系统安全稳定工作的要点》的通知\n"
            "各市、县（市、区）教育局，厅直属各单位：\n"
            "现将要点印发给你们，请认真贯彻落实，并结合各地实际情况抓好落实，确保各项任务按期完成。\n"
            "一、健全安全工作责任体系\n"
            "（一）落实安全工作责任制。各地要将学校安全工作纳入年度考核，3月底前签订年度安全责任书。（责任单位：各市、县（市、区）教育局）\n"
            "（二）完善风险防控机制。建立校园安全风险清单，每季度动态更新一次，及时消除隐患。（厅安全处负责）\n")
    plan = parse_file(write_text_pdf(tmp_path / "通知.pdf", text))
    assert (plan.title, plan.year) == ("2024年全省教育系统安全稳定工作的要点", 2024)
    assert [(i.title, i.lead) for i in plan.items[1:]] == [
        ("落实安全工作责任制", "各市、县（市、区）教育局"), ("完善风险防控机制", "厅安全处")]


def test_damaged_pdf_and_xls_files_get_only_a_chinese_message(tmp_path: Path, capsys) -> None:
    import random

    pdf = write_text_pdf(tmp_path / "a.pdf", PLAN).read_bytes()
    xls = write_xls(tmp_path / "a.xls", [["序号", "工作任务", "牵头科室", "完成时限"],
                                         ["1", "修订办法", "基教科", "3月底前"]]).read_bytes()
    rng = random.Random(7)
    for base, suffix in ((pdf, ".pdf"), (xls, ".xls")):
        for k in range(40):
            data = bytearray(base)
            if k % 2:
                data = data[: rng.randrange(1, len(data))]
            else:
                for _ in range(rng.randint(1, 20)):
                    data[rng.randrange(len(data))] = rng.randrange(256)
            damaged = tmp_path / f"坏{k}{suffix}"
            damaged.write_bytes(bytes(data))
            try:
                parse_file(damaged)
            except ImportFailed as exc:
                assert not str(exc).isascii()
    out, err = capsys.readouterr()
    assert out == "" and err == ""  # no library's English warnings reach the clerk


def test_letter_spaced_title_in_a_pdf(tmp_path: Path) -> None:
    pages = layout(PLAN.split("\n", 1)[1], numbers=True)
    title = "东湖县教育局2025年工作要点"
    pages[0] = [(72 + 30 * k, 800, ch) for k, ch in enumerate(title)] + pages[0]
    plan = parse_file(write_pdf(tmp_path / "要点.pdf", pages))
    assert (plan.title, plan.year) == (title, 2025)
