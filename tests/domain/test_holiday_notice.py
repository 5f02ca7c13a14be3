"""Reading holiday notices: texts written here in the form of the State Council's annual
notice (the schedules are invented for the tests), with the variants real ones show."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.holiday_notice import NoticeError, notice_year, parse_notice

# An invented 2027 schedule: 元旦 with the weekend, a 9-day 春节 with two make-up days and an
# encouragement sentence, 劳动节 across a month boundary, 端午 and 中秋 without make-up days.
NOTICE_2027 = """\
国务院办公厅关于2027年部分节假日安排的通知
国办发明电〔2026〕99号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
　　经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
　　一、元旦：1月1日（周五）至3日（周日）放假，共3天。与周末连休。
　　二、春节：2月6日（周六）至14日（周日）放假调休，共9天。1月31日（周日）、2月20日（周六）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月5日）休息。
　　三、清明节：4月3日（周六）至5日（周一）放假，共3天。
　　四、劳动节：4月30日（周五）至5月5日（周三）放假调休，共6天。4月25日（周日）、5月8日（周六）上班。
　　五、端午节：6月9日（周三）放假，不调休。
　　六、中秋节：9月15日（周三）放假，不调休。
　　七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
　　节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2026年11月12日
"""

# An invented 2028 schedule: 星期 instead of 周, dashes, a merged 中秋节、国庆节 line, an
# en-dash range without the month, and numbering in brackets.
NOTICE_2028 = """\
国务院办公厅关于2028年部分节假日安排的通知
（一）元旦：1月1日（星期六）放假，与周末连休。
（二）春节：1月25日（星期二）—2月2日（星期三）放假调休，共9天。1月22日（星期六）、2月5日（星期六）上班。
（三）中秋节、国庆节：9月29日（星期五）-10月8日（星期日）放假调休，共10天。9月24日（星期日）、10月14日（星期六）上班。
"""

# An invented 2029 schedule whose 元旦 starts in the December before, written without years.
NOTICE_2029 = """\
关于2029年部分节假日安排的通知
一、元旦：12月30日（周六）至1月1日（周一）放假，共3天。
二、春节：2月10日（周六）至18日（周日）放假调休，共9天。2月24日（周六）上班。
"""


def _kinds(notice):
    return {d.day: (d.kind, d.name) for d in notice.days}


def test_a_full_notice_gives_every_day_off_and_every_make_up_day():
    notice = parse_notice(NOTICE_2027)
    assert notice.year == 2027
    days = _kinds(notice)
    spring = [date(2027, 2, 6) + timedelta(n) for n in range(9)]
    assert all(days[d] == ("休", "春节") for d in spring)
    assert days[date(2027, 1, 31)] == ("班", "春节调休")
    assert days[date(2027, 2, 20)] == ("班", "春节调休")
    # The encouragement creates no day off: 除夕 stays a working Friday.
    assert date(2027, 2, 5) not in days
    # Across the month boundary.
    assert [d for d, v in days.items() if v[1] == "劳动节"] == [
        date(2027, 4, 30) + timedelta(n) for n in range(6)
    ]
    assert days[date(2027, 6, 9)] == ("休", "端午节")
    assert sum(1 for v in days.values() if v[0] == "班") == 6
    assert sum(1 for v in days.values() if v[0] == "休") == 3 + 9 + 3 + 6 + 1 + 1 + 7


def test_variants_of_dashes_weekday_words_and_merged_festivals():
    days = _kinds(parse_notice(NOTICE_2028))
    assert days[date(2028, 1, 1)] == ("休", "元旦")
    assert [d for d, v in days.items() if v == ("休", "春节")] == [
        date(2028, 1, 25) + timedelta(n) for n in range(9)
    ]
    merged = [d for d, v in days.items() if v == ("休", "中秋节、国庆节")]
    assert merged[0] == date(2028, 9, 29) and merged[-1] == date(2028, 10, 8) and len(merged) == 10
    assert days[date(2028, 10, 14)] == ("班", "中秋节、国庆节调休")


def test_new_year_in_the_previous_december():
    days = _kinds(parse_notice(NOTICE_2029))
    assert days[date(2028, 12, 30)] == ("休", "元旦")
    assert days[date(2028, 12, 31)] == ("休", "元旦")
    assert days[date(2029, 1, 1)] == ("休", "元旦")


def test_cross_year_range_with_explicit_years():
    text = "元旦：2028年12月30日（周六）至2029年1月1日（周一）放假调休，共3天。"
    days = _kinds(parse_notice(text, 2029))
    assert sorted(days) == [date(2028, 12, 30), date(2028, 12, 31), date(2029, 1, 1)]


def test_differing_days_are_weekday_holidays_and_weekend_workdays():
    notice = parse_notice(NOTICE_2027)
    differing = {d.day for d in notice.differing()}
    assert date(2027, 2, 8) in differing          # a Monday off
    assert date(2027, 2, 6) not in differing      # a Saturday off is a Saturday anyway
    assert date(2027, 1, 31) in differing         # a Sunday at work


def test_year_from_the_title_or_given():
    assert notice_year(NOTICE_2028) == 2028
    assert parse_notice("春节：2月6日至14日放假调休，共9天。", 2027).year == 2027
    with pytest.raises(NoticeError, match="无法确定是哪一年"):
        parse_notice("春节：2月6日至14日放假调休，共9天。")
    with pytest.raises(NoticeError, match="2028年，与所选的2027年不一致"):
        parse_notice(NOTICE_2028, 2027)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # weekday in brackets disagrees with the date
        ("标题\n春节：2月6日（周五）至14日（周日）放假调休，共9天。", "第2行：2027年2月6日是星期六，文中写的是“周五”"),
        ("春节：2月6日（周六）至14日（星期一）放假调休。", "第1行：2027年2月14日是星期日"),
        # 共N天 disagrees with the range
        ("国庆节：10月1日至7日放假调休，共8天。", "放假区间是7天，文中写的是“共8天”"),
        # end before start, impossible date
        ("清明节：4月5日至3日放假。", "截止日期早于开始日期"),
        ("春节：2月30日放假。", "日期“2月30日”不存在"),
        # make-up day on a weekday, the same day twice
        ("春节：2月6日至14日放假调休，共9天。2月17日（周三）上班。", "本来就是工作日"),
        ("春节：2月6日至14日放假。\n元宵：\n国庆节：2月14日放假。", "已在第1行列为"),
        # a festival without a day off, a dated sentence that is neither
        ("端午节：不调休。", "端午节没有写明放假日期"),
        ("端午节：6月9日放假。6月12日另行安排。", "看不出是放假还是上班"),
        # dated holiday text without a festival name
        ("其他：5月6日放假。", "没有写明是哪个节日"),
        # nothing at all
        ("关于2027年部分节假日安排的通知\n各单位：请做好安排。", "没有找到任何节日的放假安排"),
        # a festival twice
        ("春节：2月6日至14日放假。\n春节：2月20日放假。", "春节在通知中出现了两次"),
        # a missing month
        ("春节：6日至14日放假。", "没有写明月份"),
    ],
)
def test_bad_text_names_the_line(text, message):
    with pytest.raises(NoticeError) as err:
        parse_notice(text, 2027)
    assert message in str(err.value)
    assert str(err.value).startswith("第") or "通知" in str(err.value) or "没有" in str(err.value)


def test_full_width_digits_and_ascii_punctuation_read_the_same():
    a = parse_notice("春节：２月６日（周六）至１４日（周日）放假调休，共９天。１月３１日（周日）上班。", 2027)
    b = parse_notice("春节:2月6日(周六)~14日(周日)放假调休,共九天。1月31日(周日)上班。", 2027)
    assert _kinds(a) == _kinds(b)
