"""The five real samples and three plans of our own, end to end through ``parse_file``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.importing.model import ParsedPlan
from desktop_app.importing.parse import parse_file

# The samples sit beside the checkout (/work/main → /work/shared) or beside a folder of
# checkouts (/work/wt/x → /work/shared).
SAMPLES = next(
    (p / "shared" / "samples" for p in Path(__file__).resolve().parents[3:5]
     if (p / "shared" / "samples").is_dir()),
    Path(__file__).resolve().parents[3] / "shared" / "samples",
)
FIXTURES = Path(__file__).resolve().parent / "fixtures"

PINYIN = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")
NOISE = re.compile(r"https?://|www\.|阅读全文|閱讀全文|学习啦|學習啦|小编|小編|赏赞|¥|扫码|在线观看|色综合|相关内容|热门推荐")


def sample(prefix: str) -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("samples directory not present")
    matches = sorted(SAMPLES.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"sample {prefix} not present")
    return matches[0]


def all_text(plan: ParsedPlan) -> str:
    return "\n".join(f"{i.marker}{i.title}\n{i.text}" for i in plan.items)


def top_level(plan: ParsedPlan) -> list[tuple[str, str, bool]]:
    return [(i.marker, i.title, i.is_task) for i in plan.items if i.parent is None]


def by_title(plan: ParsedPlan, start: str):
    return next(i for i in plan.items if i.title.startswith(start))


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_samples_come_out_clean(prefix: str) -> None:
    plan = parse_file(sample(prefix), year=2016, to_simplified=True)
    text = all_text(plan) + plan.title
    assert not PINYIN.search(text)
    assert not NOISE.search(text), NOISE.search(text)
    assert "?" not in text
    ids = {i.id for i in plan.items}
    assert all(i.parent is None or i.parent in ids for i in plan.items)
    assert all(i.title for i in plan.items)


def test_sample_000_three_speeches() -> None:
    plan = parse_file(sample("000"), year=2016, to_simplified=True)
    assert plan.title == "市教育局教育工作讲话材料"
    assert top_level(plan) == [
        ("一、", "职业教育工作", True),
        ("二、", "民办教育工作", True),
        ("三、", "学生资助工作", True),
        ("一、", "肯定成绩 ,找准问题,客观总结 20xx年工作", False),
        ("二、", "明确目标,突出重点,全力抓好20xx年工作", True),
        ("三、", "开拓进取,攻坚克难,为加快建设教育强市奠定坚实基础", True),
        ("", "同志们,风正潮平,自当扬帆破浪", False),
        ("一、", "总结成绩,坚定信心", False),
        ("二、", "把握形势,明确任务", True),
        ("三、", "明确要求,扎实工作", True),
    ]
    first = plan.items[0]
    children = [(i.marker, i.title) for i in plan.items if i.parent == first.id]
    assert [m for m, _ in children] == ["一是", "二是", "三是", "四是"]
    integration = by_title(plan, "继续深入推进职业教育资源整合")
    assert [i.marker for i in plan.items if i.parent == integration.id] == ["一要", "二要", "三要", "四要"]
    quality = by_title(plan, "要牢固树立教育教学质量核心意识")
    assert [i.marker for i in plan.items if i.parent == quality.id] == ["首先", "其次", "再次"]
    assert by_title(plan, "要加快推进教育精准扶贫").deadline.due == "2016-03-31"
    assert by_title(plan, "认真做好“三评合一”").deadline.due == "2016-04-20"
    assert by_title(plan, "扎实开展中小学办学水平督导评估").deadline.text == "12月份"
    assert by_title(plan, "要努力改善办学条件").indicators[0].text == "新建25所"
    assert by_title(plan, "要强化教育安全管理").deadline.kind == "recurring"


def test_sample_000_stays_traditional_unless_asked() -> None:
    plan = parse_file(sample("000"), year=2016)
    assert plan.items[0].title == "職業教育工作"
    assert any("繁体" in w for w in plan.warnings)


def test_sample_001_bureau_opinion() -> None:
    plan = parse_file(sample("001"), year=2013, to_simplified=True)
    assert plan.title == "区文教体局工作意见"
    assert plan.organisation == "区文教体局"
    assert top_level(plan) == [
        ("一、", "指导思想", False),
        ("二、", "目标任务", True),
        ("三、", "主要工作", True),
        ("四、", "保障措施", True),
    ]
    work = [i for i in plan.items if i.parent == "3"]
    assert [i.marker for i in work] == [f"{n}、" for n in range(1, 11)]
    assert work[0].title == "实施义务教育优质均衡工程"
    assert [i.title for i in plan.items if i.parent == "4"][0] == "推行“菜单式”管理模式"
    key = by_title(plan, "实施教育重点工程")
    assert ("完成校安加固工程1.9万平方米", 1.9, "万平方米") in [(i.text, i.value, i.unit) for i in key.indicators]
    assert [(i.value, i.unit) for i in by_title(plan, "实施队伍管理创新工程").indicators] == [(15, "%")]


def test_sample_002_is_a_review() -> None:
    plan = parse_file(sample("002"), to_simplified=True)
    assert plan.title == "在全区教育系统工作会议上的讲话"
    assert [(i.level, i.marker) for i in plan.items if i.level <= 2] == [(1, "一、"), (2, "(一)"), (2, "(二)"), (2, "(三)")]
    assert not any(i.is_task for i in plan.items)
    assert plan.year is None
    assert any("年度" in w for w in plan.warnings)
    masked = by_title(plan, "办学条件持续改善")
    assert masked.deadline is not None and masked.deadline.kind == "unclear"


def test_sample_003_half_year_summary() -> None:
    plan = parse_file(sample("003"), year=2005, to_simplified=True)
    assert plan.title == "教育局半年工作总结会议发言"
    assert [m for m, _, _ in top_level(plan)] == ["一、", "二、", "三、", "四、", ""]
    assert top_level(plan)[-1][2] is False  # closing words
    section = plan.items[0]
    assert [i.marker for i in plan.items if i.parent == section.id] == ["⒈", "⒉", "⒊"]
    conditions = by_title(plan, "大力改善办学条件")
    assert [i.marker for i in plan.items if i.parent == conditions.id] == ["一是", "二是", "三是"]


def test_sample_004_report_with_year_started_item() -> None:
    plan = parse_file(sample("004"), to_simplified=True)
    assert plan.title == "市教育督导委员会工作报告"
    first = by_title(plan, "2013起连续开展")
    assert first.marker == "1."
    supervision = by_title(plan, "督政工作有力有效")
    assert [i.marker for i in plan.items if i.parent == supervision.id] == [f"{n}." for n in range(1, 9)]
    assert [i.title for i in plan.items if i.level == 2] == ["督政工作有力有效", "学校督导优化提升", "质量监测周密实施"]
    assert not any(i.is_task for i in plan.items)  # 所做的主要工作及成效 is a review


def test_own_county_plan() -> None:
    plan = parse_file(FIXTURES / "plan_county_2024.txt")
    assert (plan.title, plan.year, plan.organisation) == ("青山县教育体育局2024年工作要点", 2024, "青山县教育体育局")
    assert top_level(plan) == [("一、", "指导思想", False), ("二、", "重点工作", True), ("三、", "保障措施", True)]
    assert [i.title for i in plan.items if i.parent == "2"] == [
        "加强党的建设", "推进学前教育普及普惠", "促进义务教育优质均衡", "加强教师队伍建设",
    ]
    party = by_title(plan, "落实全面从严治党责任")
    children = [i for i in plan.items if i.parent == party.id]
    assert [i.marker for i in children] == ["一是", "二是", "三是"]
    assert party.lead == "纪检组" and party.co_units == ["办公室", "财务审计科"]
    assert all(c.lead == "纪检组" for c in children)
    assert children[1].deadline.kind == "recurring"
    build = by_title(plan, "实施城区学校扩容工程")
    assert (build.deadline.start, build.deadline.due) == ("2024-08-10", "2024-08-20")
    assert (build.lead, build.co_units) == ("计划财务科", ["基础教育科", "安全办"])
    assert by_title(plan, "强化经费保障").deadline.due == "2025-01-15"
    assert by_title(plan, "补充师资力量").deadline.due == "2024-03-31"
    assert by_title(plan, "加强师德师风建设").deadline.kind == "ongoing"
    assert "附件" not in by_title(plan, "强化经费保障").text


def test_own_plan_starting_at_arabic_numbers() -> None:
    plan = parse_file(FIXTURES / "plan_starts_at_1.txt")
    assert plan.year == 2025  # from the date under the signature
    assert any("落款" in w for w in plan.warnings)
    assert [(i.level, i.marker) for i in plan.items if i.level == 1] == [
        (1, "1."), (1, "2."), (1, "3."), (1, "4."), (1, ""),
    ]
    check = by_title(plan, "开展校园安全隐患大排查")
    assert (check.level, check.marker, check.lead, check.co_units) == (2, "(1)", "安全办", ["后勤服务中心", "各学校"])
    assert check.deadline.due == "2025-03-31"
    assert [i.marker for i in plan.items if i.level == 3] == ["①", "②"]
    assert by_title(plan, "新建临河区第三小学").deadline.due == "2025-12-31"
    assert by_title(plan, "春季开学前完成").deadline.kind == "unclear"


def test_own_pdf_copy_with_broken_lines() -> None:
    plan = parse_file(FIXTURES / "plan_pdf_copy_2023.txt")
    assert (plan.title, plan.year) == ("南江市教育局2023年工作计划", 2023)
    assert top_level(plan) == [("一、", "总体要求", False), ("二、", "主要任务", True), ("三、", "保障措施", True)]
    tasks = [i for i in plan.items if i.parent == "2"]
    assert [i.title for i in tasks] == ["推进学前教育普惠发展", "推进义务教育优质均衡", "提升普通高中办学水平", "增强职业教育适应性"]
    assert tasks[0].lead == "学前教育科" and tasks[0].co_units == ["发展规划科"]
    assert tasks[0].deadline.due == "2023-06-30"
    assert tasks[1].deadline.due == "2023-09-01"
    assert tasks[2].lead == "高中教育科"  # the unit note was broken across two printed lines
    assert "\n" not in tasks[0].text
    assert "— 1 —" not in all_text(plan)


def test_pdf_copy_with_page_heads_gives_the_same_tree_as_the_original() -> None:
    original = parse_file(FIXTURES / "plan_county_2024.txt")
    copy = parse_file(FIXTURES / "plan_county_2024_pdf_copy.txt")

    def shape(plan: ParsedPlan) -> list[tuple]:
        return [(i.id, i.level, i.marker, i.title, i.is_task, i.lead, tuple(i.co_units),
                 i.deadline.due if i.deadline else None) for i in plan.items]

    assert shape(copy) == shape(original)
    assert "文件" not in all_text(copy)  # the running head of every page is gone


def test_own_web_copy_with_numbering_running_across_sections() -> None:
    plan = parse_file(FIXTURES / "plan_web_copy_2023.txt")
    assert (plan.title, plan.year) == ("东湖市教育局2023年工作要点", 2023)
    assert [i.marker for i in plan.items if i.level == 2] == [f"{n}." for n in range(1, 8)]
    assert [i.title for i in plan.items if i.level == 1] == [
        "坚持党建引领，全面加强党对教育工作的领导", "推动基础教育优质均衡发展", "加强教师队伍建设",
    ]
    assert not any("编号" in note for i in plan.items for note in i.notes)
    politics = by_title(plan, "强化政治建设")
    assert (politics.lead, politics.leader) == ("机关党委", "王明")
    balance = by_title(plan, "推进义务教育均衡")
    assert (balance.lead, balance.co_units) == ("基础教育科", ["督导室"])  # a unit line of its own
    assert by_title(plan, "做好招生入学工作").deadline.due == "2023-08-20"
    text = all_text(plan)
    for noise in ("字体", "打印本页", "浏览次数", "扫一扫", "上一篇", "下一篇", "备案号", "分享到"):
        assert noise not in text, noise
