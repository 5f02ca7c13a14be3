"""Report rows computed from a real register whose lights and counts are known (see conftest)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app import clock
from desktop_app.reports.breakdown import breakdown_report
from desktop_app.reports.catalog import KINDS, ReportParams, build_report
from desktop_app.reports.model import Report
from desktop_app.reports.monthly import monthly_report
from desktop_app.reports.overdue import notices_report, overdue_report
from desktop_app.reports.weekly import NOT_REPORTED, default_week, weekly_report
from desktop_app.reports.yearly import yearly_report
from desktop_app.storage import supervision
from desktop_app.storage.errors import ValidationError
from tests.reports.conftest import ON, WEEK


def titles(report: Report) -> list[str]:
    return [r.text("title") for g in report.groups for r in g.rows]


def by_title(report: Report, title: str) -> dict[str, str]:
    return next(r.cells for g in report.groups for r in g.rows if r.text("title") == title)


def test_weekly_groups_by_department_red_first(reg, office):
    report = weekly_report(reg, WEEK, today=ON)
    assert report.title == "重点工作推进情况周报表（第47周：11月16日—11月22日）"
    assert "示范县教育局" in report.subtitle and "2026年11月18日" in report.subtitle
    assert [g.heading for g in report.groups] == ["办公室", "基础教育科", "计划财务科"]
    # 暂缓 is left out; within 基础教育科 the yellow 临期 task comes before the green ones
    assert titles(report) == [
        "完善机关值班值守制度", "★新建城区第三幼儿园", "开展学前教育宣传月活动", "推进幼儿园集团化办学",
        "编制年度教育经费预算",
    ]
    assert [r.text("seq") for g in report.groups for r in g.rows] == ["1", "2", "3", "4", "5"]
    row = by_title(report, "★新建城区第三幼儿园")
    assert row == {
        "seq": "2", "title": "★新建城区第三幼儿园", "department": "基础教育科", "owner": "孙丽华",
        "deadline": "11月20日", "done": "=完成主体工程验收", "next": "室内装修",
        "problems": "需计财科拨付尾款", "status": "▲ 临期",
        "percent": "90%", "schedule": "99%",  # two working days before its deadline
    }
    assert by_title(report, "完善机关值班值守制度")["done"] == NOT_REPORTED
    assert by_title(report, "完善机关值班值守制度")["status"] == "■ 逾期"
    assert by_title(report, "编制年度教育经费预算")["status"] == "✓ 已完成"
    assert by_title(report, "推进幼儿园集团化办学")["deadline"] == "12月31日（原5月31日，已延期）"
    assert report.footer.preparer == "李文静"
    assert report.summary == ["合计 5 项：■逾期 1 项，▲临期 1 项，●正常 2 项，✓已完成 1 项。★为重点工作。"]


def test_weekly_filters(reg, office):
    red = weekly_report(reg, WEEK, only="red", today=ON)
    assert titles(red) == ["完善机关值班值守制度", "★新建城区第三幼儿园"]
    key = weekly_report(reg, WEEK, only="key", today=ON)
    assert titles(key) == ["★新建城区第三幼儿园"]
    basic = weekly_report(reg, WEEK, department="基教科", today=ON)  # the short name works too
    assert {r.text("department") for g in basic.groups for r in g.rows} == {"基础教育科"}
    assert "范围：基础教育科" in basic.subtitle
    plain = weekly_report(reg, WEEK, red_first=False, today=ON)
    assert titles(plain)[1:4] == ["★新建城区第三幼儿园", "开展学前教育宣传月活动", "推进幼儿园集团化办学"]


def test_weekly_grouped_by_plan_section(reg, office):
    report = weekly_report(reg, WEEK, group="section", today=ON)
    assert [g.heading for g in report.groups] == ["一、加强机关党的建设和作风建设", "二、推进学前教育普及普惠发展"]
    assert titles(report)[:2] == ["完善机关值班值守制度", "编制年度教育经费预算"]


def test_weekly_leaves_out_tasks_finished_before_the_week(reg, office):
    earlier = weekly_report(reg, "2026-W48", today=date(2026, 11, 25))
    assert "编制年度教育经费预算" not in titles(earlier)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"week": "2026-W60"}, "没有第 60 周"),
        ({"week": "下周"}, "格式不正确"),
        ({"only": "blue"}, "筛选"),
        ({"group": "leader"}, "分组"),
        ({"department": "宣传科"}, "找不到科室“宣传科”"),
    ],
)
def test_weekly_bad_parameters_say_why(reg, office, kwargs, message):
    week = kwargs.pop("week", WEEK)
    with pytest.raises(ValidationError, match=message):
        weekly_report(reg, week, today=ON, **kwargs)


def test_breakdown_lists_every_task_under_its_section(reg, office):
    report = breakdown_report(reg, plan_id=office.plan_id, today=ON)
    assert report.title == "示范县教育局2026年工作要点任务分解表"
    assert [g.heading for g in report.groups] == ["一、加强机关党的建设和作风建设", "二、推进学前教育普及普惠发展"]
    assert [r.text("seq") for r in report.groups[1].rows] == ["2.1", "2.2", "2.3", "2.4"]
    row = by_title(report, "编制年度教育经费预算")
    assert row["leader"] == "王建国" and row["department"] == "计划财务科" and row["co"] == "办公室"
    assert row["standard"] == "编制年度教育经费预算达到年度目标"
    assert "筹建县幼儿师范学校" in titles(report)  # paused tasks are still part of the plan
    office_only = breakdown_report(reg, department="办公室", today=ON)
    assert titles(office_only) == ["完善机关值班值守制度", "编制年度教育经费预算"]  # leads one, co-operates on one


def test_monthly_counts_per_department(reg, office):
    report = monthly_report(reg, "2026-11", today=ON)
    headings = [g.heading for g in report.groups]
    assert headings[0] == "办公室：本月完成 0 项　逾期 1 项　延期 0 项　在办 0 项"
    assert headings[2] == "计划财务科：本月完成 1 项　逾期 0 项　延期 0 项　在办 0 项"
    assert by_title(report, "编制年度教育经费预算")["category"] == "本月完成"
    assert by_title(report, "★新建城区第三幼儿园")["progress"] == "=完成主体工程验收"
    assert by_title(report, "完善机关值班值守制度")["progress"] == "（本月未报送进展）"
    assert report.summary[0].startswith("合计 5 项：本月完成 1 项，逾期 1 项")


def test_monthly_counts_an_extension_in_the_month_it_was_requested(reg, office):
    today = clock.today()
    report = monthly_report(reg, f"{today.year}-{today.month:02d}", today=today)
    assert by_title(report, "推进幼儿园集团化办学")["category"] == "延期"


def test_monthly_bad_month(reg, office):
    with pytest.raises(ValidationError, match="月份“2026-13”格式不正确"):
        monthly_report(reg, "2026-13", today=ON)


def test_overdue_list_holds_the_red_tasks_with_their_supervision(reg, office):
    supervision.issue_action(reg, "督办", task_id=office.ids["值班"], text="请抓紧办理", issued=date(2026, 11, 2))
    report = overdue_report(reg, on=ON)
    assert titles(report) == ["完善机关值班值守制度"]
    row = by_title(report, "完善机关值班值守制度")
    assert row["late"].startswith("■ 逾期：已超过完成时限（6月30日）141天")
    assert row["supervision"] == "督办〔2026〕1号（11月2日）"
    assert row["latest"] == "起草值班制度（第30周）"
    assert report.summary == ["合计 1 项，其中逾期 1 项，进度滞后或久未报送 0 项。★为重点工作。"]


def test_notices_preview_numbers_and_issue_records_them(reg, office):
    preview = notices_report(reg, on=ON)
    assert len(preview.notices) == 1
    notice = preview.notices[0]
    assert notice.number == "督办〔2026〕1号" and notice.addressee == "办公室："
    assert "完善机关值班值守制度（完成时限：6月30日；责任人：赵春梅；逾期" in notice.items[0]
    assert "现将上述事项转你科室办理，请于11月25日前将办理结果报送局办公室" in notice.closing
    assert supervision.list_actions(reg, kind="督办") == []  # a preview writes nothing

    issued = notices_report(reg, on=ON, issue=True)
    assert issued.notices[0].number == "督办〔2026〕1号"
    actions = supervision.list_actions(reg, kind="督办")
    assert [a["number_text"] for a in actions] == ["督办〔2026〕1号"]
    assert reg.scalar("SELECT count(*) FROM audit WHERE entity = 'supervision'") == 1
    again = notices_report(reg, on=ON, per="task")
    assert again.notices[0].number == "督办〔2026〕2号"


def test_notices_when_nothing_is_late(reg, office):
    with pytest.raises(ValidationError, match="无需出具督办通知单"):
        notices_report(reg, on=ON, department="计划财务科")


def test_yearly_statistics(reg, office):
    report = yearly_report(reg, 2026, today=ON)
    rows = {r.text("department"): r.cells for g in report.groups for r in g.rows}
    assert rows["办公室"] | {} == {
        "seq": "1", "department": "办公室", "tasks": "1", "finished": "0", "on_time": "0", "late": "0",
        "extended": "0", "overdue": "1", "completion": "0.0%", "on_time_rate": "0.0%",
    }
    assert rows["计划财务科"]["on_time"] == "1" and rows["计划财务科"]["completion"] == "100.0%"
    assert rows["基础教育科"]["tasks"] == "3" and rows["基础教育科"]["extended"] == "1"
    assert rows["合计"]["tasks"] == "5" and rows["合计"]["finished"] == "1"
    assert report.title == "2026年重点工作任务完成情况考核统计表"


def test_half_year_counts_a_task_by_its_original_deadline(reg, office):
    first = yearly_report(reg, 2026, half=1, today=ON)
    rows = {r.text("department"): r.cells for g in first.groups for r in g.rows}
    # 值班 (6-30) and 集团化 (5-31, extended to 12-31) fall in the first half
    assert rows["合计"]["tasks"] == "2"
    assert rows["基础教育科"]["extended"] == "1" and rows["基础教育科"]["overdue"] == "0"
    assert first.title.startswith("2026年上半年")
    with pytest.raises(ValidationError, match="半年只能是"):
        yearly_report(reg, 2026, half=3, today=ON)


def test_catalog_builds_every_kind(reg, office):
    for kind in KINDS:
        report = build_report(reg, kind, ReportParams(week=WEEK, month="2026-11", year=2026, today=ON))
        assert report.kind == kind
        assert report.notices or report.row_count > 0
    with pytest.raises(ValidationError, match="没有“daily”这种报表"):
        build_report(reg, "daily", ReportParams())


@pytest.mark.parametrize(
    ("day", "week"),
    [(date(2026, 11, 23), "2026-W47"), (date(2026, 11, 24), "2026-W47"),
     (date(2026, 11, 25), "2026-W48"), (date(2026, 11, 29), "2026-W48"), (date(2027, 1, 4), "2026-W53")],
)
def test_default_week_is_last_week_on_monday_and_tuesday(day, week):
    assert default_week(day) == week


def test_extended_period_deadline_prints_the_new_date():
    from desktop_app.reports.common import deadline_text

    task = {"deadline": "2026-07-31", "deadline_text": "上半年", "deadline_kind": "period"}
    assert deadline_text(task, date(2026, 6, 30)) == "7月31日（原上半年，6月30日，已延期）"
    assert deadline_text(task) == "上半年"
    assert deadline_text({**task, "deadline_kind": "date", "deadline_text": "7月底前"}) == "7月31日"


def test_deadline_extended_into_the_next_year_prints_its_year():
    from desktop_app.reports.common import deadline_text

    task = {"deadline": "2027-01-31", "deadline_text": "年底前", "deadline_kind": "period"}
    assert deadline_text(task, date(2026, 12, 31)) == "2027年1月31日（原年底前，12月31日，已延期）"
