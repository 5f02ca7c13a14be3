"""Plans written the way other offices write them: labels in sequence, units named by what
they are, dates with their own year, milestones, validity periods, tables pasted as text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from desktop_app.importing.extract import extract_schedule, is_unit_name, read_unit_list
from desktop_app.importing.model import ParsedPlan
from desktop_app.importing.parse import parse_text
from desktop_app.importing.writer import write_plan
from desktop_app.storage.db import open_register

ROOT = Path(__file__).resolve().parents[2]


def by_title(plan: ParsedPlan, start: str):
    return next(i for i in plan.items if i.title.startswith(start))


def tree(plan: ParsedPlan) -> list[tuple[int, str]]:
    return [(i.level, i.title) for i in plan.items]


@pytest.mark.parametrize(
    ("text", "lead", "co"),
    [
        ("市教育局、市人社局负责", "市教育局", ["市人社局"]),
        ("县住建局牵头，县教育局、县自然资源局参与", "县住建局", ["县教育局", "县自然资源局"]),
        ("市体育局指导，市教育局负责落实", "市教育局", ["市体育局"]),
        ("市教育局、市妇联等按职责分工负责", "市教育局", ["市妇联"]),
        ("县教育局负责，县财政局、县住建局配合", "县教育局", ["县财政局", "县住建局"]),
        ("市教育局，市委组织部，市人社局", "市教育局", ["市委组织部", "市人社局"]),
        ("各学校负责，区教育局安全科督促", "各学校", ["区教育局安全科"]),
        ("镇教育办和镇财政所", "镇教育办", ["镇财政所"]),
    ],
)
def test_unit_lists_without_a_label(text: str, lead: str, co: list[str]) -> None:
    assert read_unit_list(text) == (lead, co)


@pytest.mark.parametrize("text", ["含幼儿园", "新建公办幼儿园4所", "2025年底前", "试点先行，逐步推开"])
def test_words_are_not_units(text: str) -> None:
    assert read_unit_list(text) is None


def test_unit_names_by_their_ending() -> None:
    assert all(map(is_unit_name, ["县教育局", "组干科", "市政府教育督导室", "各区县人民政府", "城关街道"]))
    assert not any(map(is_unit_name, ["完成招标", "新建公办幼儿园", "3所学校", "推进智慧校园"]))


def test_labels_in_sequence_are_markers_and_trailing_units_are_read() -> None:
    text = """临河县学前教育提升行动方案
一、重点任务
行动1：扩充普惠性资源。新建公办幼儿园4所，2025年8月底前完成主体工程，2025年12月底前投入使用。（县教育局、县发改局负责）
行动2：规范小区配套幼儿园。6月底前完成排查。（县住建局牵头，县教育局参与）
行动3：加强教师队伍建设。9月底前完成招聘。（县人社局、县教育局负责）
二、保障措施
——任务1：加强组织领导，定期研究重大问题。（县政府办公室）
——任务2：强化督导，常态化开展检查。（县政府教育督导室负责）
"""
    plan = parse_text(text, year=2025)
    assert tree(plan) == [
        (1, "重点任务"),
        (2, "扩充普惠性资源"),
        (2, "规范小区配套幼儿园"),
        (2, "加强教师队伍建设"),
        (1, "保障措施"),
        (2, "加强组织领导，定期研究重大问题"),
        (2, "强化督导，常态化开展检查"),
    ]
    first = by_title(plan, "扩充")
    assert (first.marker, first.lead, first.co_units) == ("行动1：", "县教育局", ["县发改局"])
    assert first.deadline.due == "2025-12-31"
    assert [(m.text, m.due) for m in first.milestones] == [("2025年8月底前完成主体工程", "2025-08-31")]
    assert first.evidence["lead"] == "县教育局、县发改局负责"
    assert "12月底前" in first.evidence["deadline"]
    assert "（" not in first.text  # the unit note is taken out of the description
    assert by_title(plan, "规范").co_units == ["县教育局"]
    assert by_title(plan, "强化督导").deadline.kind == "ongoing"


def test_special_measures_articles_and_decimal_outlines() -> None:
    special = parse_text("""整治方案
专项一 周边环境整治
措施（一）开展治安巡查。（区公安分局负责）
措施（二）清理网吧，5月31日前完成。（区文旅局牵头，区市场监管局配合）
专项二 食品安全整治
措施（一）排查学校食堂，4月中旬前完成检查，11月再复查一次。（区市场监管局负责）
""", year=2024)
    assert tree(special) == [(1, "周边环境整治"), (2, "开展治安巡查"), (2, "清理网吧，5月31日前完成"),
                             (1, "食品安全整治"), (2, "排查学校食堂，4月中旬前完成检查，11月再复查一次")]
    canteen = special.items[-1]
    assert canteen.deadline.due == "2024-11-30" and [m.due for m in canteen.milestones] == ["2024-04-20"]
    articles = parse_text("""责任清单
第一部分 主体责任
第一条 校长是第一责任人，3月15日前签订责任书。（各学校负责）
第二条 每月开展一次排查。（各学校负责）
第二部分 监管责任
第三条 每学期检查两次，6月底前通报。（区教育局安全科、督导室负责）
""", year=2025)
    assert [(i.level, i.marker) for i in articles.items] == [
        (1, "第一部分"), (2, "第一条"), (2, "第二条"), (1, "第二部分"), (2, "第三条")]
    decimal = parse_text("""信息化工作计划
1 总体要求
持续推进平台应用。
2 主要任务
2.1 夯实基础设施
2.1.1 推进校园网络升级，8月31日前完成。责任单位：装备中心、计财科
2.1.2 建设数据中心。责任股室：信息中心
""", year=2025)
    assert tree(decimal) == [(1, "总体要求"), (1, "主要任务"), (2, "夯实基础设施"),
                             (3, "推进校园网络升级，8月31日前完成"), (3, "建设数据中心")]
    assert not decimal.items[0].is_task and decimal.items[0].deadline is None
    assert (decimal.items[3].lead, decimal.items[4].lead) == ("装备中心", "信息中心")


def test_red_head_title_over_two_lines_and_year_from_the_document_number() -> None:
    plan = parse_text("""云州市人民政府办公室文件
云政办发〔2024〕17号
云州市人民政府办公室关于印发《云州市
促进中小学生体质健康提升行动方案》的通知
各区县人民政府：
现将方案印发给你们。
一、主要任务
（一）保障体育课时，9月底前实现全覆盖。（市教育局）
""")
    assert (plan.title, plan.year) == ("云州市促进中小学生体质健康提升行动方案", 2024)
    assert plan.items[1].deadline.due == "2024-09-30"
    published = parse_text("关于做好开学督导的通知\n一、督导内容\n（一）检查安全，3月底前完成。\n（二）检查教学。\n发布日期：2025-02-06\n")
    assert published.year == 2025
    office = parse_text("金沙县教育体育局\n2024年教育重点项目推进计划\n1.学校建设\n1.1 新建三中，6月底前封顶。\n1.2 改造幼儿园。\n")
    assert office.title == "金沙县教育体育局2024年教育重点项目推进计划"
    one_line = parse_text("平阳县文旅局2025年工作要点 为推动发展，现印发如下。一、提升服务 （一）新建书房，9月底前开放。"
                          "（二）送戏下乡，全年120场。二、发展旅游 （一）创建景区，年底前通过评定。")
    assert (one_line.title, one_line.year) == ("平阳县文旅局2025年工作要点", 2025)
    assert [i.title for i in one_line.items if i.level == 1] == ["提升服务", "发展旅游"]


def test_explicit_years_validity_periods_and_principles() -> None:
    plan = parse_text("""关于推进寄宿制学校建设的实施意见
一、基本原则
坚持统筹规划，持续推进办学条件改善，常态化开展质量监管。
二、建设任务
（一）宿舍改造。在2018年12月底前完成。（县教育局负责）
（二）食堂升级。2018年9月1日前完成8个，其余在2019年6月底前完成。（县教育局牵头，各乡镇人民政府配合）
（三）生活教师配备。2018年秋季学期开学前配备到位。（县编办、县人社局负责）
本意见自发布之日起执行，有效期至2023年12月31日。
临河县人民政府
二〇一八年三月十二日
""")
    assert plan.year == 2018
    principle = plan.items[0]
    assert principle.title == "基本原则" and "持续推进" in principle.text
    assert not principle.is_task and principle.deadline is None
    assert by_title(plan, "宿舍改造").deadline.due == "2018-12-31"
    canteen = by_title(plan, "食堂升级")
    assert canteen.deadline.due == "2019-06-30"
    assert [m.due for m in canteen.milestones] == ["2018-09-01"]
    assert by_title(plan, "生活教师配备").deadline.due == "2018-08-31"
    assert by_title(plan, "生活教师配备").lead == "县编办"
    assert "有效期" not in by_title(plan, "生活教师配备").text


def test_schedule_keeps_the_firm_deadline_and_the_other_dates_as_milestones() -> None:
    deadline, milestones, _notes = extract_schedule(
        "3月底前完成招标，7月底前完成改造，秋季开学前投入使用。", 2024)
    assert deadline.due == "2024-08-31"
    assert [(m.text, m.due) for m in milestones] == [("3月底前完成招标", "2024-03-31"),
                                                      ("7月底前完成改造", "2024-07-31")]
    deadline, milestones, _ = extract_schedule("2025年3月底前下达全年经费。", 2025)
    assert deadline.due == "2025-03-31" and milestones == []
    deadline, _, _ = extract_schedule("本方案自2019年1月1日起施行，有效期至2020年12月31日。", 2019)
    assert deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "西山县2024年任务分解表\n序号\t工作任务\t牵头科室\t完成时限\n1\t修订办法\t基教科\t3月底前\n2\t专项检查\t监管股\t每季度\n",
        "西山县2024年任务分解表\n| 序号 | 工作任务 | 牵头科室 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 修订办法 | 基教科 | 3月底前 |\n| 2 | 专项检查 | 监管股 | 每季度 |\n",
        "西山县2024年任务分解表\n序号｜工作任务｜牵头科室｜完成时限\n1｜修订办法｜基教科｜3月底前\n2｜专项检查｜监管股｜每季度\n",
        "西山县2024年任务分解表\n序号\n工作任务\n牵头科室\n完成时限\n1\n修订办法\n基教科\n3月底前\n2\n专项检查\n监管股\n每季度\n",
    ],
    ids=["tabs", "markdown", "fullwidth-bars", "cell-per-line"],
)
def test_tables_pasted_as_text(text: str) -> None:
    plan = parse_text(text)
    assert (plan.title, plan.year, plan.source_kind) == ("西山县2024年任务分解表", 2024, "table")
    assert [(i.title, i.lead) for i in plan.items] == [("修订办法", "基教科"), ("专项检查", "监管股")]
    assert plan.items[0].deadline.due == "2024-03-31"
    assert plan.items[1].deadline.kind == "recurring"


def test_circled_numbers_inside_an_item_are_children() -> None:
    plan = parse_text("""教研工作安排
一、教学管理
1.推进课堂改革。①开展优质课评选，4月中旬完成；②每月抽查备课；③建设资源库，6月底前上线。（责任科室：教研室）
2.加强毕业班管理，5月底前完成模拟考试。
""", year=2025)
    reform = by_title(plan, "推进课堂改革")
    children = [i for i in plan.items if i.parent == reform.id]
    assert [c.marker for c in children] == ["①", "②", "③"]
    assert [c.deadline.due if c.deadline else None for c in children] == ["2025-04-20", None, "2025-06-30"]
    assert children[1].deadline is None or children[1].deadline.kind == "recurring"
    assert all(c.lead == "教研室" for c in children)


def test_milestones_are_written_as_time_nodes(tmp_path: Path) -> None:
    plan = parse_text("工作计划\n一、建设\n（一）新建三中。6月底前主体封顶，2025年2月底前交付使用。（县教育局负责）\n", year=2024)
    with open_register(tmp_path / "台账.db") as reg:
        write_plan(reg, plan)
        rows = reg.query("SELECT t.title AS task, m.title, m.due FROM milestones m JOIN tasks t ON t.id = m.task_id")
        deadline = reg.scalar("SELECT deadline FROM tasks WHERE title = '新建三中'")
    assert rows == [{"task": "新建三中", "title": "6月底前主体封顶", "due": "2024-06-30"}]
    assert deadline == "2025-02-28"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_import", ROOT / "bench" / "score_import.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_import"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_corpus_of_unseen_forms_scores_high() -> None:
    """The development corpus (tests/importing/corpus/dev) as bench/score_import.py scores it."""
    scorer = _scorer()
    total = scorer.Tally()
    for tally in scorer.run_set("dev", verbose=False).values():
        total.add(tally)
    assert not total.failed
    assert scorer.f1(total) >= 0.95
    assert total.parents_ok / total.matched >= 0.95
    assert total.deadlines_found / total.deadlines >= 0.90
    assert total.dues_ok / total.dues >= 0.85
    assert total.leads_ok / total.leads >= 0.90
    assert total.false_deadlines / total.no_deadline <= 0.05


def test_chapters_sections_and_articles_are_three_levels() -> None:
    plan = parse_text("""丰源县教育规划2024年度实施计划
第一章 年度重点任务
第一节 学前教育
第一条 新建公办幼儿园2所，2024年9月前投入使用。（县教育局牵头，县发改局配合）
第二节 义务教育
第二条 推进集团化办学，第三季度完成组建。（县教育局负责）
""")
    assert [(i.level, i.marker) for i in plan.items] == [
        (1, "第一章"), (2, "第一节"), (3, "第一条"), (2, "第二节"), (3, "第二条")]
    assert plan.items[2].deadline.due == "2024-08-31"


def test_a_note_for_the_items_above_names_their_units() -> None:
    plan = parse_text("""松江县教育局2023年工作要点
一、推进学前教育普惠发展
1.新建城南幼儿园，第三季度末完成主体建设。
2.开展办园行为督导评估，10月底完成。
（以上两项牵头单位：基础教育股；配合单位：计划财务股）
3.办好特殊教育，每月送教一次。负责科室：特教中心
""")
    built, checked, special = plan.items[1:]
    assert (built.lead, built.co_units) == ("基础教育股", ["计划财务股"])
    assert (checked.lead, checked.co_units) == ("基础教育股", ["计划财务股"])
    assert built.evidence["lead"].startswith("以上两项")
    assert special.lead == "特教中心"


def test_dates_written_the_spreadsheet_way_and_years_of_a_multi_year_plan() -> None:
    deadline, milestones, _ = extract_schedule("2024年6月完成全面排查，2024.10完成整改。", 2024)
    assert deadline.due == "2024-10-31" and [m.due for m in milestones] == ["2024-06-30"]
    plan = parse_text("清水县技能提升行动方案（2025—2026年）\n一、主要措施\n（一）开展培训，2026年6月底前完成。\n")
    assert plan.year == 2025
    assert plan.items[1].deadline.due == "2026-06-30"


def test_a_deadline_cell_with_two_dates_gives_a_milestone() -> None:
    plan = parse_text("荷塘县2025年项目推进表\n序号\t项目名称\t责任单位\t时间节点\n"
                      "1\t教学楼改造\t县教育局、城关镇人民政府\t2025年4月开工，2025年8月25日前完工\n"
                      "2\t食堂改造\t县教育局\t9月底\n")
    first = plan.items[0]
    assert (first.deadline.due, [m.due for m in first.milestones]) == ("2025-08-25", ["2025-04-30"])
    assert first.co_units == ["城关镇人民政府"]
    assert first.evidence == {"lead": "责任单位列“县教育局、城关镇人民政府”",
                              "deadline": "完成时限列“2025年4月开工，2025年8月25日前完工”"}


def test_units_with_brackets_inside_their_names() -> None:
    from desktop_app.importing.extract import extract_fields, split_names

    assert split_names("厅安全处，各市、县（市、区）教育局") == ["厅安全处", "各市、县（市、区）教育局"]
    assert read_unit_list("各县（市、区）人民政府、市教育局负责") == ("各县（市、区）人民政府", ["市教育局"])
    fields, rest = extract_fields("3月底前签订责任书。（责任单位：各市、县（市、区）教育局）")
    assert (fields, rest) == ({"lead": "各市、县（市、区）教育局"}, "3月底前签订责任书。")
    plan = parse_text("要点\n一、安全\n（一）落实责任制，3月底前签订。（各县（市、区）人民政府负责）\n", year=2024)
    assert plan.items[1].lead == "各县（市、区）人民政府"


def test_seasons_named_as_topics_and_periods_running_until_a_day() -> None:
    plan = parse_text("""青禾县教育局2025年下半年重点工作安排
一、抓好秋季开学工作。一是做好校舍维修，8月25日前完成验收（计财股负责）；二是做好开学安全检查，9月5日前完成（安全股负责）。
二、优化入学服务。即日起至5月31日开展线上报名。（市教育局负责）
""")
    heading = plan.items[0]
    assert heading.title == "抓好秋季开学工作" and heading.deadline is None
    assert [(c.lead, c.deadline.due) for c in plan.items[1:3]] == [("计财股", "2025-08-25"), ("安全股", "2025-09-05")]
    assert plan.items[3].deadline.due == "2025-05-31"


def test_title_inside_a_web_page_pasted_as_one_line() -> None:
    plan = parse_text("您当前的位置：首页 > 信息公开 > 规划计划 河阳县卫生健康局2024年工作要点 发布日期：2024-02-18 "
                      "一、深化改革 (一)推进医共体建设，6月底前实现结果互认。(责任股室：医政医管股) "
                      "(二)加强基层能力建设，年内创建社区医院2家。(责任股室：基层卫生股)")
    assert (plan.title, plan.year) == ("河阳县卫生健康局2024年工作要点", 2024)
    assert [(i.title, i.lead) for i in plan.items[1:]] == [
        ("推进医共体建设，6月底前实现结果互认", "医政医管股"), ("加强基层能力建设，年内创建社区医院2家", "基层卫生股")]


def test_the_registers_directory_names_units_without_an_office_ending(tmp_path: Path, capsys) -> None:
    text = "工作要点\n一、教学\n（一）推进课堂改革，6月底前完成。（教研、基教负责）\n"
    assert parse_text(text, year=2025).items[1].lead is None  # "教研" alone reads as words
    plan = parse_text(text, year=2025, units=["教研", "基教"])
    assert (plan.items[1].lead, plan.items[1].co_units) == ("教研", ["基教"])
    from desktop_app.cli import main
    from desktop_app.storage import directory

    db = tmp_path / "台账.db"
    with open_register(db) as reg:
        directory.ensure_department(reg, "教研")
        directory.ensure_department(reg, "基教")
    source = tmp_path / "要点.txt"
    source.write_text(text, encoding="utf-8")
    assert main(["import", str(source), "--year", "2025", "--json", "--db", str(db), "--dry-run"]) == 0
    import json

    item = json.loads(capsys.readouterr().out)["items"][1]
    assert (item["lead"], item["co_units"]) == ("教研", ["基教"])


def test_units_doing_their_part_inside_a_sentence() -> None:
    plan = parse_text("""柳城县2025年教育民生实事实施方案
一、实施项目
（一）新建城东学校。由县教育局牵头，县发改局、县自然资源局配合，2025年6月底前开工，2026年8月底前建成。
（二）实施营养改善计划。县教育局、县财政局共同负责，每学期检查一次。
（三）加强资金保障。县财政局负责足额保障项目资金。
（四）加强宣传。利用新闻媒体广泛宣传，营造良好氛围。
""")
    school, meals, money, publicity = plan.items[1:]
    assert (school.lead, school.co_units) == ("县教育局", ["县发改局", "县自然资源局"])
    assert school.deadline.due == "2026-08-31" and [m.due for m in school.milestones] == ["2025-06-30"]
    assert (meals.lead, meals.co_units) == ("县教育局", ["县财政局"])
    assert money.lead == "县财政局"
    assert publicity.lead is None  # 新闻媒体 does no duty of a unit here


def test_a_unit_note_after_circled_items_belongs_to_them_all_and_event_days_are_dates() -> None:
    plan = parse_text("""红河区教育体育局2025年体育工作要点
一、加强学校体育
（一）办好校园体育赛事。①4月举办区中小学生田径运动会；②10月举办区校园足球联赛。（体卫艺股牵头，区体育中心配合）
（二）开展全民健身日活动。8月8日组织全民健身日系列活动。（群体股负责）
""")
    games = by_title(plan, "办好校园体育赛事")
    children = [i for i in plan.items if i.parent == games.id]
    assert [(c.marker, c.lead, c.deadline.due) for c in children] == [
        ("①", "体卫艺股", "2025-04-30"), ("②", "体卫艺股", "2025-10-31")]
    assert (games.lead, games.co_units) == ("体卫艺股", ["区体育中心"])
    assert by_title(plan, "开展全民健身日活动").deadline.due == "2025-08-08"
    table = parse_text("## 北屯镇2025年项目清单\n\n| 序号 | 项目名称 | 责任部门 | 完成时间 |\n|:---:|---|---|---|\n"
                       "| 1 | 农田建设 | 镇农业农村办 | 第三季度末 |\n")
    assert (table.title, table.items[0].deadline.due) == ("北屯镇2025年项目清单", "2025-09-30")


def test_an_issuing_notice_without_the_office_takes_the_plans_own_heading() -> None:
    plan = parse_text("""安宁县教育局
关于印发2025年工作要点的通知
安教发〔2025〕5号
局机关各股室、各学校：
现将工作要点印发给你们，请认真抓好落实。
安宁县教育局2025年工作要点
一、加强党的建设
1.深化党纪学习教育成果，全年开展警示教育不少于2次。（责任股室：机关党委、纪检组）
""")
    assert (plan.title, plan.year) == ("安宁县教育局2025年工作要点", 2025)
    assert plan.items[1].lead == "机关党委"
