"""Decomposition tables: header recognition, merged cells, .xlsx/.csv/.docx files."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from desktop_app.importing.errors import ImportFailed
from desktop_app.importing.tables import (
    deadline_cell,
    header_role,
    looks_like_decomposition_table,
    parse_table_file,
    parse_table_rows,
    split_people,
    split_units,
)

HEADER = ["序号", "重点任务", "具体措施", "牵头科室", "配合单位", "责任人", "分管领导", "完成时限"]


def _tree(plan) -> list[tuple[int, str, str | None]]:
    by_id = {i.id: i for i in plan.items}
    return [(i.level, i.title, by_id[i.parent].title if i.parent else None) for i in plan.items]


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("序号", "seq"),
        ("重点任务", "task"),
        ("工作 任务", "task"),
        ("具体措施", "measure"),
        ("牵头单位", "lead"),
        ("责任科室", "lead"),
        ("协同配合单位", "co"),
        ("责任单位", "units"),
        ("责任人", "owner"),
        ("分管县领导", "leader"),
        ("责任领导", "leader"),
        ("完成时限", "deadline"),
        ("时间节点", "deadline"),
        ("工作目标", "standard"),
        ("牵头领导", "leader"),
        ("责任主体", "units"),
        ("具体举措", "measure"),
        ("工作项目", "task"),
        ("办结时限", "deadline"),
        ("推进全市教育系统重点工作任务", None),  # a long cell is data, not a header
        ("备注", None),
    ],
)
def test_header_roles(cell: str, role: str | None) -> None:
    assert header_role(cell) == role


def test_split_people() -> None:
    assert split_people("张三（科长）、李四(副科长)") == ["张三", "李四"]


def test_split_units() -> None:
    assert split_units("组干科、机关党委，办公室;组干科") == ["组干科", "机关党委", "办公室"]
    assert split_units("") == []


def test_merged_task_over_measures_becomes_parent_with_children() -> None:
    rows = [
        ["某县教育局2026年重点工作任务分解表"] * 8,
        HEADER,
        ["一、党的建设"] * 8,
        ["1", "加强理论学习", "1.制定年度学习计划", "组干科", "办公室、机关党委", "张三", "李局长", "3月底前"],
        ["1", "加强理论学习", "2.开展专题培训", "组干科", "", "张三", "李局长", "6月底前"],
        ["2", "做好宣传工作", "", "办公室", "", "王五", "李局长", "全年"],
        ["二、教育教学"] * 8,
        ["3", "推进课后服务", "出台实施方案", "基础教育科", "", "赵六", "陈局长", "2026年4月20日"],
    ]
    assert looks_like_decomposition_table(rows)
    plan = parse_table_rows(rows, title=rows[0][0])
    assert plan.year == 2026
    assert _tree(plan) == [
        (1, "党的建设", None),
        (2, "加强理论学习", "党的建设"),
        (3, "制定年度学习计划", "加强理论学习"),
        (3, "开展专题培训", "加强理论学习"),
        (2, "做好宣传工作", "党的建设"),
        (1, "教育教学", None),
        (2, "推进课后服务", "教育教学"),
        (3, "出台实施方案", "推进课后服务"),
    ]
    sections = [i for i in plan.items if i.level == 1]
    assert [s.marker for s in sections] == ["一、", "二、"]
    assert all(not s.is_task for s in sections)
    first = plan.items[2]
    assert first.marker == "1."
    assert (first.lead, first.co_units, first.owner, first.leader) == ("组干科", ["办公室", "机关党委"], "张三", "李局长")
    assert first.deadline is not None
    assert (first.deadline.text, first.deadline.due, first.deadline.kind) == ("3月底前", "2026-03-31", "date")
    assert plan.items[4].deadline is not None and plan.items[4].deadline.due == "2026-12-31"
    assert plan.items[1].marker == "1"
    unclear = parse_table_rows([HEADER[:3] + ["完成时限"], ["1", "甲", "乙", "视情况而定"]], year=2026).items[1]
    assert unclear.deadline is not None and unclear.deadline.kind == "unclear"
    assert any("待确认" in note for note in unclear.notes)
    assert plan.items[4].lead == "办公室"


def test_two_row_header_and_units_column_without_lead() -> None:
    rows = [
        ["序号", "工作任务", "责任分工", "责任分工", "完成时间"],
        ["序号", "工作任务", "责任单位", "责任人", "完成时间"],
        ["1", "完善督查制度。建立周报、月结、年考工作机制，每周一汇报。", "办公室、督查室", "孙七", "每月"],
    ]
    plan = parse_table_rows(rows)
    (item,) = plan.items
    assert item.title == "完善督查制度"
    assert item.text.startswith("建立周报")
    assert item.lead == "办公室" and item.co_units == ["督查室"]
    assert item.owner == "孙七"


def test_not_a_table() -> None:
    rows = [["姓名", "电话"], ["张三", "123"]]
    assert not looks_like_decomposition_table(rows)
    with pytest.raises(ImportFailed, match="表头"):
        parse_table_rows(rows)


def test_xlsx_with_merged_cells(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年教育工作任务分解表"])
    ws.merge_cells("A1:H1")
    ws.append(HEADER)
    ws.append(["一、安全稳定"])
    ws.merge_cells("A3:H3")
    ws.append([1, "校园安全专项整治", "开展安全隐患排查", "安全科", "后勤科", "周八", "吴局长", "每季度"])
    ws.append([None, None, "完成消防设施更新", None, None, "周八", None, "10月份"])
    ws.append([2, "食品安全", "落实陪餐制度", "后勤科", None, "郑九", "吴局长", "长期坚持"])
    for col in "ABDG":
        ws.merge_cells(f"{col}4:{col}5")
    path = tmp_path / "分解表.xlsx"
    wb.save(path)
    plan = parse_table_file(path)
    assert plan.title == "2026年教育工作任务分解表"
    assert plan.year == 2026
    assert plan.source_kind == "table" and plan.source_name == "分解表.xlsx"
    assert _tree(plan) == [
        (1, "安全稳定", None),
        (2, "校园安全专项整治", "安全稳定"),
        (3, "开展安全隐患排查", "校园安全专项整治"),
        (3, "完成消防设施更新", "校园安全专项整治"),
        (2, "食品安全", "安全稳定"),
        (3, "落实陪餐制度", "食品安全"),
    ]
    second = plan.items[3]
    assert second.lead == "安全科" and second.leader == "吴局长"
    assert second.deadline is not None and second.deadline.text == "10月份"
    assert second.deadline.due == "2026-10-31"
    assert plan.items[2].deadline is not None and plan.items[2].deadline.kind == "recurring"
    assert plan.items[5].deadline is not None and plan.items[5].deadline.kind == "ongoing"


def test_gbk_csv_with_continued_groups(tmp_path: Path) -> None:
    text = (
        "序号,工作任务,具体措施,牵头单位,完成时限\r\n"
        "1,推进集团化办学,组建教育集团,基础教育科,8月底前\r\n"
        ",,制定考核办法,人事科,12月底前\r\n"
        "2,\"加强教师队伍建设\n（多行单元格）\",招聘24名新教师,人事科,暑期\r\n"
    )
    path = tmp_path / "任务.csv"
    path.write_bytes(text.encode("gbk"))
    plan = parse_table_file(path, year=2025)
    assert plan.year == 2025
    assert _tree(plan) == [
        (1, "推进集团化办学", None),
        (2, "组建教育集团", "推进集团化办学"),
        (2, "制定考核办法", "推进集团化办学"),
        (1, "加强教师队伍建设（多行单元格）", None),
        (2, "招聘24名新教师", "加强教师队伍建设（多行单元格）"),
    ]
    assert plan.items[2].lead == "人事科"
    assert plan.items[2].deadline is not None and plan.items[2].deadline.due == "2025-12-31"
    recruit = plan.items[4]
    assert [(i.value, i.unit) for i in recruit.indicators] == [(24, "名")]
    assert recruit.deadline is not None and recruit.deadline.due == "2025-08-31"


def test_docx_table_split_over_pages(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("教育局2027年工作任务分解")
    t1 = d.add_table(rows=2, cols=4)
    for cell, text in zip(t1.rows[0].cells, ["序号", "工作任务", "牵头科室", "完成时限"], strict=True):
        cell.text = text
    for cell, text in zip(t1.rows[1].cells, ["1", "修订章程", "政策法规科", "6月底前"], strict=True):
        cell.text = text
    d.add_paragraph("")
    t2 = d.add_table(rows=1, cols=4)
    for cell, text in zip(t2.rows[0].cells, ["2", "开展普法宣传", "政策法规科", "12月底前"], strict=True):
        cell.text = text
    path = tmp_path / "表.docx"
    d.save(path)
    plan = parse_table_file(path)
    assert plan.title == "教育局2027年工作任务分解"
    assert plan.year == 2027
    assert [i.title for i in plan.items] == ["修订章程", "开展普法宣传"]
    assert [i.id for i in plan.items] == ["1", "2"]


def test_bad_table_files(tmp_path: Path) -> None:
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"PK\x03\x04garbage" * 10)
    with pytest.raises(ImportFailed, match="已损坏"):
        parse_table_file(broken)
    empty = tmp_path / "空.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(ImportFailed, match="没有找到任务分解表"):
        parse_table_file(empty)
    old = tmp_path / "旧.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFailed, match=r"\.xls"):
        parse_table_file(old)


def test_chinese_numbered_sections_and_dotted_numbers() -> None:
    rows = [
        ["序号", "工作任务", "牵头科室", "完成时限"],
        ["一", "党建工作", "", ""],
        ["1", "落实全面从严治党责任", "组干科", "全年"],
        ["1.1", "签订党风廉政建设责任书", "组干科", "3月底前"],
        ["1.2", "开展廉政谈话", "纪检组", "6月底前"],
        ["2", "加强意识形态工作", "办公室", "年底前"],
        ["（二）", "安全工作", "", ""],
        ["3", "开展安全大检查", "安全科", "每季度"],
    ]
    plan = parse_table_rows(rows, year=2026)
    assert _tree(plan) == [
        (1, "党建工作", None),
        (2, "落实全面从严治党责任", "党建工作"),
        (3, "签订党风廉政建设责任书", "落实全面从严治党责任"),
        (3, "开展廉政谈话", "落实全面从严治党责任"),
        (2, "加强意识形态工作", "党建工作"),
        (1, "安全工作", None),
        (2, "开展安全大检查", "安全工作"),
    ]
    assert [i.marker for i in plan.items if i.level == 1] == ["一", "（二）"]
    assert not plan.items[0].is_task and plan.items[1].is_task


@pytest.mark.parametrize(
    ("cell", "due", "kind"),
    [
        ("2026.6.30", "2026-06-30", "date"),
        ("2026-06-30", "2026-06-30", "date"),
        ("2026/6/30", "2026-06-30", "date"),
        ("2026.12", "2026-12-31", "date"),
        ("2026年6月", "2026-06-30", "date"),
        ("6月", "2026-06-30", "date"),
        ("6.30", "2026-06-30", "date"),
        ("12月31日", "2026-12-31", "date"),
        ("长期", None, "ongoing"),
        ("每月", None, "recurring"),
        ("3月、6月、9月", None, "unclear"),
        ("2026.13.40", None, "unclear"),
    ],
)
def test_spreadsheet_style_deadline_cells(cell: str, due: str | None, kind: str) -> None:
    deadline, _notes = deadline_cell(cell, 2026)
    assert (deadline.text, deadline.due, deadline.kind) == (cell, due, kind)


def test_standard_column_gives_indicators() -> None:
    rows = [["序号", "工作任务", "工作目标"], ["1", "扩大学前教育资源", "毛入园率达到97%以上"]]
    (item,) = parse_table_rows(rows, year=2026).items
    assert item.standard == "毛入园率达到97%以上"
    assert [(i.value, i.unit, i.comparator) for i in item.indicators] == [(97, "%", ">=")]
