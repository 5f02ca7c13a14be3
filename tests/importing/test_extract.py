"""Per-item proposals: every deadline form of the domain, indicators, unit lines."""

from __future__ import annotations

import pytest

from desktop_app.importing.extract import (
    enrich,
    extract_deadline,
    extract_fields,
    extract_indicators,
    split_names,
)
from desktop_app.importing.model import ImportItem


@pytest.mark.parametrize(
    ("text", "phrase", "due", "start", "kind"),
    [
        ("3月底前完成协议签订", "3月底前", "2024-03-31", None, "date"),
        ("2月底前完成", "2月底前", "2024-02-29", None, "date"),  # leap year
        ("4月20日前上报材料", "4月20日前", "2024-04-20", None, "date"),
        ("4月中旬进行复查", "4月中旬", "2024-04-20", None, "period"),
        ("5月上旬启动", "5月上旬", "2024-05-10", None, "period"),
        ("6月下旬总结", "6月下旬", "2024-06-30", None, "period"),
        ("10月份组织督导评估", "10月份", "2024-10-31", None, "period"),
        ("上半年出台实施意见", "上半年", "2024-06-30", None, "period"),
        ("下半年开展评估", "下半年", "2024-12-31", "2024-07-01", "period"),
        ("年底前完成考核", "年底前", "2024-12-31", None, "period"),
        ("年内建成投入使用", "年内", "2024-12-31", None, "period"),
        ("全年组织培训4期", "全年", "2024-12-31", None, "period"),
        ("第一季度完成报批", "第一季度", "2024-03-31", None, "period"),
        ("三季度完成调整", "三季度", "2024-09-30", None, "period"),
        ("暑期完成维修改造", "暑期", "2024-08-31", None, "period"),
        ("秋季开学前投入使用", "秋季开学前", "2024-08-31", None, "date"),
        ("2023年1月15日前完成决算", "2023年1月15日前", "2023-01-15", None, "date"),
        ("8月10日-8月20日完成设备安装", "8月10日-8月20日", "2024-08-20", "2024-08-10", "date"),
        ("7月1日至15日集中培训", "7月1日至15日", "2024-07-15", "2024-07-01", "date"),
        ("明年3月底前完成", "明年3月底前", "2025-03-31", None, "date"),
        ("到2026年基本实现", "到2026年", "2026-12-31", None, "period"),
        ("3-5月开展专项整治", "3-5月", "2024-05-31", "2024-03-01", "period"),
        ("9至10月份完成", "9至10月份", "2024-10-31", "2024-09-01", "period"),
        ("5月内完成", "5月内", "2024-05-31", None, "period"),
    ],
)
def test_deadline_forms(text: str, phrase: str, due: str, start: str | None, kind: str) -> None:
    deadline, _notes = extract_deadline(text, 2024)
    assert deadline is not None
    assert (deadline.text, deadline.due, deadline.start, deadline.kind) == (phrase, due, start, kind)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [("每月报送一次进展", "monthly"), ("每季度通报典型案例", "quarterly"), ("每周汇总", "weekly"), ("一周一报", "weekly")],
)
def test_recurring(text: str, recurrence: str) -> None:
    deadline, _ = extract_deadline(text, 2024)
    assert deadline is not None
    assert (deadline.kind, deadline.recurrence, deadline.due) == ("recurring", recurrence, None)


@pytest.mark.parametrize("text", ["长期坚持作业公示制度", "师德考核常态化", "持续推进结对共建"])
def test_ongoing(text: str) -> None:
    deadline, _ = extract_deadline(text, 2024)
    assert deadline is not None
    assert (deadline.kind, deadline.due) == ("ongoing", None)


@pytest.mark.parametrize(
    "text",
    ["X月底前完成", "今年X月份开工", "力争在20xx年年底以前实现全覆盖", "春季开学前完成", "寒假期间开展家访",
     "10-8月开展", "2月30日前上报", "8月20日-8月10日开展"],
)
def test_unclear_deadlines_are_flagged_not_guessed(text: str) -> None:
    deadline, notes = extract_deadline(text, 2024)
    assert deadline is not None
    assert deadline.kind == "unclear"
    assert deadline.due is None
    assert any("待确认" in n for n in notes)


def test_before_a_month_means_the_end_of_the_month_before_with_a_note() -> None:
    deadline, notes = extract_deadline("5月前完成摸底", 2024)
    assert deadline is not None and (deadline.due, deadline.kind) == ("2024-04-30", "date")
    assert notes == ["“5月前”按4月底计，请核对"]
    deadline, notes = extract_deadline("1月前完成", 2024)
    assert deadline is not None and deadline.kind == "unclear" and deadline.due is None


def test_a_date_in_passing_is_only_mentioned() -> None:
    deadline, notes = extract_deadline("3月3日，省教育厅专门召开会议，要求做好自查。", 2024)
    assert deadline is None
    assert notes == ["正文提到“3月3日”，如是完成时限请填写"]
    assert extract_deadline("3月3日，省教育厅召开了会议。", 2024) == (None, [])


@pytest.mark.parametrize("text", ["3月31日完成招生方案", "截至6月30日", "于9月1日启用新校区"])
def test_a_day_named_with_its_duty_is_a_deadline(text: str) -> None:
    deadline, notes = extract_deadline(text, 2024)
    assert deadline is not None and deadline.kind == "date" and deadline.due is not None
    assert notes == []


def test_latest_firm_deadline_wins_and_others_are_noted() -> None:
    deadline, notes = extract_deadline("4月10日前完成自查自评，并在4月20日前上报初评材料。", 2024)
    assert deadline is not None and deadline.due == "2024-04-20"
    assert notes == ["其他时间节点：4月10日前"]


def test_without_a_plan_year_dates_wait_for_one() -> None:
    deadline, notes = extract_deadline("3月底前完成", None)
    assert deadline is not None and deadline.due is None and deadline.kind == "date"
    assert any("年度未定" in n for n in notes)


def test_no_deadline() -> None:
    assert extract_deadline("加强党的建设，落实主体责任。", 2024) == (None, [])


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("学前三年毛入园率达到70%以上", 70, "%", ">="),
        ("骨干教师比率不低于15%", 15, "%", ">="),
        ("新建25所农村公办幼儿园", 25, "所", "="),
        ("公开招聘24名幼儿教师", 24, "名", "="),
        ("完成校安加固工程1.9万平方米", 1.9, "万平方米", "="),
        ("辍学率控制在0.5%以内", 0.5, "%", "<="),
        ("就业率超过95%", 95, "%", ">"),
        ("培训教师不少于5000人次", 5000, "人次", ">="),
        ("本科上线率提高3个百分点", 3, "个百分点", ">="),
        ("争取资金2亿元以上", None, "", ""),
    ],
)
def test_indicators(text: str, value: float | None, unit: str, comparator: str) -> None:
    found = extract_indicators(text)
    if value is None:
        assert found == []
        return
    assert [(i.value, i.unit, i.comparator) for i in found] == [(value, unit, comparator)]
    assert found[0].text in text


def test_masked_indicator_keeps_its_text_without_a_value() -> None:
    found = extract_indicators("常规实验开出率达到X%")
    assert [(i.text, i.value, i.unit) for i in found] == [("达到X%", None, "%")]


@pytest.mark.parametrize(
    ("text", "fields", "rest"),
    [
        ("加强党建工作。（责任科室：组干科、机关党委）", {"lead": "组干科、机关党委"}, "加强党建工作。"),
        ("做好招生。(责任单位:教育科，财务科)", {"lead": "教育科，财务科"}, "做好招生。"),
        (
            "做好招生。\n牵头单位：教育科  配合单位：财务科和基建科",
            {"lead": "教育科", "co": "财务科和基建科"},
            "做好招生。",
        ),
        (
            "推进信息化（牵头单位：电教馆；责任人：张三；分管领导：李四；完成时限：6月底前）。其他说明",
            {"lead": "电教馆", "owner": "张三", "leader": "李四", "deadline": "6月底前"},
            "推进信息化。其他说明",
        ),
        ("各科室要密切配合，形成合力。", {}, "各科室要密切配合，形成合力。"),
    ],
)
def test_unit_lines(text: str, fields: dict[str, str], rest: str) -> None:
    found, cleaned = extract_fields(text)
    assert found == fields
    assert cleaned == rest


def test_names_split_sensibly() -> None:
    assert split_names("组干科、机关党委和财务科") == ["组干科", "机关党委", "财务科"]
    assert split_names("人力资源和社会保障局、教育科及体卫艺科") == ["人力资源和社会保障局", "教育科", "体卫艺科"]
    assert split_names("各学校等") == ["各学校"]


def test_enrich_fills_an_item() -> None:
    item = ImportItem(
        id="1", parent=None, level=1, marker="1.", title="扩大普惠性资源",
        text="新建公办幼儿园3所，覆盖率达到92%以上。秋季开学前投入使用。（牵头单位：基础教育科；配合单位：计划财务科、安全办；责任人：王敏；分管领导：刘强）",
    )
    enrich(item, 2024)
    assert item.lead == "基础教育科"
    assert item.co_units == ["计划财务科", "安全办"]
    assert (item.owner, item.leader) == ("王敏", "刘强")
    assert item.deadline is not None and item.deadline.due == "2024-08-31"
    assert [i.text for i in item.indicators] == ["新建公办幼儿园3所", "达到92%以上"]
    assert "牵头单位" not in item.text


def test_deadline_field_takes_precedence_over_text() -> None:
    item = ImportItem(id="1", parent=None, level=1, marker="1.", title="召开会议",
                      text="3月3日召开。完成时限：6月底前")
    enrich(item, 2024)
    assert item.deadline is not None and item.deadline.text == "6月底前"
