"""``parse_text`` / ``parse_file``: dispatch by format, progress, cancellation, refusals."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.importing.errors import ImportCancelled, ImportFailed
from desktop_app.importing.parse import detect_year, parse_file, parse_text
from tests.importing.docx_fixtures import outline_docx

PASTED = """\
某区教育局工作要点
一、安全工作
（一）开展隐患排查。3月底前完成。（责任科室：安全办）
（二）加强校车管理。每月检查。
二、教学工作
（一）推进课堂改革。
"""


def test_pasted_text_with_year_and_title_from_the_user() -> None:
    plan = parse_text(PASTED, year=2026, title="某区教育局2026年工作要点")
    assert (plan.title, plan.year, plan.source_kind) == ("某区教育局2026年工作要点", 2026, "text")
    assert [(i.id, i.parent, i.title) for i in plan.items] == [
        ("1", None, "安全工作"), ("1.1", "1", "开展隐患排查"), ("1.2", "1", "加强校车管理"),
        ("2", None, "教学工作"), ("2.1", "2", "推进课堂改革"),
    ]
    assert plan.items[1].deadline.due == "2026-03-31" and plan.items[1].lead == "安全办"


def test_progress_is_reported_in_order_up_to_one() -> None:
    seen: list[tuple[float, str]] = []
    parse_text(PASTED * 200, year=2026, progress=lambda f, t: seen.append((f, t)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert all(isinstance(t, str) and t for _, t in seen)


def test_cancel_stops_with_import_cancelled() -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(ImportCancelled):
        parse_text(PASTED * 2000, year=2026, cancelled=cancelled)


def test_cells_pasted_from_excel_are_read_as_a_table() -> None:
    pasted = (
        "某局2024年重点工作任务分解表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t开展隐患排查\t安全办\t后勤中心\t3月底前\n2\t\"推进课堂改革\n（含评比）\"\t教研室\t\t年底前\n"
    )
    plan = parse_text(pasted)
    assert (plan.title, plan.year, plan.source_kind) == ("某局2024年重点工作任务分解表", 2024, "table")
    assert [(i.title, i.lead, i.co_units, i.deadline.due) for i in plan.items] == [
        ("开展隐患排查", "安全办", ["后勤中心"], "2024-03-31"),
        ("推进课堂改革（含评比）", "教研室", [], "2024-12-31"),
    ]


def test_tabs_without_a_table_header_are_ordinary_text() -> None:
    plan = parse_text("一、安全\t工作\n1.排查\t隐患。\n2.建立\t台账。\n", year=2024)
    assert plan.source_kind == "text" and len(plan.items) == 3


def test_text_without_an_outline_is_refused() -> None:
    with pytest.raises(ImportFailed, match="没有找到任何编号的条目"):
        parse_text("今年要继续努力工作。\n争取更好成绩。")
    with pytest.raises(ImportFailed, match="没有正文"):
        parse_text("分享\n收藏\nhttps://example.org\n")


def test_year_from_title_or_closing_date() -> None:
    assert detect_year("某局2025年工作要点", []) == 2025
    assert detect_year("某局二〇二四年工作要点", []) == 2024
    assert detect_year("某局工作要点", ["一、工作", "某局", "2023年12月28日"]) == 2023
    assert detect_year("某局工作要点", ["一、工作"]) is None
    assert detect_year("某校2023—2024学年第二学期工作计划", []) == 2024
    assert detect_year("某校2024-2025学年度工作计划", []) == 2024


def test_docx_plan_with_word_numbering(tmp_path: Path) -> None:
    plan = parse_file(outline_docx(tmp_path / "要点.docx"))
    assert (plan.title, plan.year, plan.source_kind, plan.source_name) == (
        "某县教育局2026年工作要点", 2026, "docx", "要点.docx")
    assert [(i.level, i.marker, i.title) for i in plan.items] == [
        (1, "一、", "全面加强党的建设"),
        (2, "（一）", "深化理论学习"),
        (3, "1.", "3月底前制定学习计划"),
        (3, "2.", "6月底前完成专题培训"),
        (2, "（二）", "加强基层组织建设"),
        (3, "1.", "年底前完成支部换届"),
        (1, "二、", "推进教育优质均衡发展"),
        (2, "（一）", "扩大学前教育资源"),
        (3, "1.", "新建幼儿园3所"),
    ]
    assert plan.items[2].deadline.due == "2026-03-31"


def test_docx_with_a_decomposition_table_goes_to_the_table_reader(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某县教育局2026年重点工作任务分解表")
    table = document.add_table(rows=3, cols=4)
    rows = [("序号", "工作任务", "牵头单位", "完成时限"), ("1", "开展隐患排查", "安全办", "3月底前"),
            ("2", "推进课堂改革", "教研室", "年底前")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "分解表.docx"
    document.save(path)
    plan = parse_file(path)
    assert plan.source_kind == "table"
    assert [(i.title, i.lead) for i in plan.items] == [("开展隐患排查", "安全办"), ("推进课堂改革", "教研室")]


def test_csv_goes_to_the_table_reader(tmp_path: Path) -> None:
    path = tmp_path / "分解表.csv"
    path.write_text("序号,工作任务,牵头单位,完成时限\n1,开展隐患排查,安全办,3月底前\n", encoding="utf-8-sig")
    plan = parse_file(path, year=2026)
    assert plan.source_kind == "table"
    assert plan.items[0].deadline.due == "2026-03-31"


def test_markdown_plan(tmp_path: Path) -> None:
    path = tmp_path / "要点.md"
    path.write_text(
        "# 某县教育局2024年工作要点\n\n## 一、加强党的建设\n\n1. **深化理论学习**。3月底前制定计划。\n"
        "2. **加强组织建设**。\n\n## 二、重点项目\n\n- 新建幼儿园3所。\n- 改造校舍。\n",
        encoding="utf-8",
    )
    plan = parse_file(path)
    assert plan.title == "某县教育局2024年工作要点"
    assert [(i.level, i.marker, i.title) for i in plan.items] == [
        (1, "一、", "加强党的建设"), (2, "1.", "深化理论学习"), (2, "2.", "加强组织建设"),
        (1, "二、", "重点项目"), (2, "-", "新建幼儿园3所"), (2, "-", "改造校舍"),
    ]


def test_a_copy_that_lost_its_line_breaks() -> None:
    text = ("某局2024年工作要点 一、加强党建。（一）深化学习。1.每月学习一次。2.3月底前制定计划。"
            "（二）组织建设。年底前完成换届。二、推进改革。（一）课程改革。秋季开学前完成。")
    plan = parse_text(text)
    assert plan.title == "某局2024年工作要点"
    assert [(i.id, i.marker, i.title) for i in plan.items] == [
        ("1", "一、", "加强党建"), ("1.1", "（一）", "深化学习"), ("1.1.1", "1.", "每月学习一次"),
        ("1.1.2", "2.", "3月底前制定计划"), ("1.2", "（二）", "组织建设"), ("2", "二、", "推进改革"),
        ("2.1", "（一）", "课程改革"),
    ]
    assert plan.items[3].deadline.due == "2024-03-31"


def test_traditional_table_converted_on_request(tmp_path: Path) -> None:
    path = tmp_path / "分解表.csv"
    path.write_text("序号,工作任务,牵头单位,完成时限\n1,開展隱患排查,安全辦,3月底前\n", encoding="utf-8")
    plan = parse_file(path, year=2026, to_simplified=True)
    assert (plan.items[0].title, plan.items[0].lead) == ("开展隐患排查", "安全办")


def test_text_file_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "要点"
    path.write_text(PASTED, encoding="utf-8")
    plan = parse_file(path, year=2026)
    assert plan.source_name == "要点" and len(plan.items) == 5


PIECES = ["一、", "（一）", "(二)", "1.", "2、", "3．", "⒈", "(1)", "①", "第一，", "一是", "二是", "首先，", "其次",
          "●", "1）", "3月底前", "加强党建", "推进改革", "。", "，", "\n", "\n", "同志们，", "（责任科室：组干科）",
          "牵头单位：办公室", "1.9万平方米", "\t", "(xué)"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_any_mix_of_markers_gives_a_consistent_tree(pieces: list[str]) -> None:
    try:
        plan = parse_text("".join(pieces), year=2024)
    except ImportFailed:
        return
    by_id = {item.id: item for item in plan.items}
    assert len(by_id) == len(plan.items)
    for item in plan.items:
        expected = 1 if item.parent is None else by_id[item.parent].level + 1
        assert item.level == expected
        assert item.title.strip()
