import threading
from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.calendar import WorkCalendar, default_calendar

CAL = default_calendar()
LAST_COVERED = max(CAL.covered_years())
covered_dates = st.dates(min_value=date(2004, 1, 1), max_value=date(LAST_COVERED, 12, 31))


def brute_count(first: date, last: date) -> int:
    """Working days by asking the holiday package day by day."""
    n, day = 0, first
    while day <= last:
        n += chinese_calendar.is_workday(day)
        day += timedelta(days=1)
    return n


def test_national_day_2026_with_makeup_days():
    assert not CAL.is_workday(date(2026, 10, 1))
    assert not CAL.is_workday(date(2026, 10, 7))
    assert CAL.is_workday(date(2026, 10, 8))
    assert CAL.is_workday(date(2026, 10, 10))  # 调休 Saturday
    assert CAL.is_workday(date(2026, 9, 20))  # 调休 Sunday
    # 9-28..10-09: Mon 28, 29, 30, then 8 and 9 after the holiday.
    assert CAL.workdays_between(date(2026, 9, 28), date(2026, 10, 9)) == 5


def test_spring_festival_2026_with_makeup_saturdays():
    assert CAL.is_workday(date(2026, 2, 14))
    assert CAL.is_workday(date(2026, 2, 28))
    for day in (16, 17, 18, 19, 20, 23):
        assert not CAL.is_workday(date(2026, 2, day))
    assert CAL.add_workdays(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert CAL.add_workdays(date(2026, 2, 14), 1) == date(2026, 2, 24)
    assert CAL.add_workdays(date(2026, 2, 24), -1) == date(2026, 2, 14)


def test_year_end_crossing():
    # 2025-12-29..31 work, 2026-01-01/02 holiday, 01-04 (Sunday) is a make-up day.
    assert CAL.workdays_between(date(2025, 12, 29), date(2026, 1, 5)) == 5
    assert CAL.add_workdays(date(2025, 12, 31), 1) == date(2026, 1, 4)
    assert CAL.add_workdays(date(2026, 1, 4), -1) == date(2025, 12, 31)


def test_leap_day_2024():
    assert CAL.is_workday(date(2024, 2, 29))
    assert CAL.workdays_between(date(2024, 2, 1), date(2024, 2, 29)) == brute_count(
        date(2024, 2, 1), date(2024, 2, 29)
    )
    assert CAL.add_workdays(date(2024, 2, 28), 1) == date(2024, 2, 29)
    assert CAL.add_workdays(date(2024, 2, 29), 1) == date(2024, 3, 1)


def test_beyond_the_data_weekdays_and_a_note():
    first_uncovered = LAST_COVERED + 1
    assert not CAL.is_covered(first_uncovered)
    assert CAL.is_covered(2024)
    assert f"{first_uncovered} 年起的节假日数据尚未收录，按周一至周五计算工作日" in CAL.coverage_note()
    monday = date.fromisocalendar(first_uncovered, 10, 1)
    assert CAL.workdays_between(monday, monday + timedelta(days=13)) == 10
    assert CAL.is_workday(date(first_uncovered, 1, 1)) == (date(first_uncovered, 1, 1).weekday() < 5)


def test_far_dates_beyond_the_table():
    cal = WorkCalendar()
    far = cal.add_workdays(date(2026, 1, 1), 5000)
    assert cal.workdays_between(date(2026, 1, 2), far) == 5000
    early = cal.add_workdays(date(2026, 1, 1), -5000)
    assert cal.workdays_between(early, date(2025, 12, 31)) == 5000
    assert cal.workdays_between(date(1950, 1, 2), date(1950, 1, 8)) == 5


def test_the_ends_of_the_date_range():
    cal = WorkCalendar()
    assert cal.is_workday(date(9999, 12, 31))  # a Friday
    assert cal.workdays_between(date(1, 1, 1), date(1, 1, 7)) == 5
    with pytest.raises(ValueError):
        cal.add_workdays(date(9999, 12, 20), 30)


def test_threads_share_one_calendar():
    cal = WorkCalendar()
    first = [date(1900 + 7 * n, 3, 1) for n in range(40)]
    expected = [WorkCalendar().workdays_between(d, d + timedelta(days=400)) for d in first]
    results: dict[int, list[int]] = {}

    def worker(k: int) -> None:
        results[k] = [cal.workdays_between(d, d + timedelta(days=400)) for d in first[k::4]]

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[k] == expected[k::4] for k in range(4))


def test_own_holiday_data():
    holiday, makeup = date(2030, 5, 1), date(2030, 5, 4)
    cal = WorkCalendar(holidays=[holiday], makeup_workdays=[makeup])
    assert cal.covered_years() == (2030,)
    assert not cal.is_workday(holiday)
    assert cal.is_workday(makeup)
    assert cal.next_workday(holiday) == date(2030, 5, 2)
    assert cal.next_workday(date(2030, 5, 2)) == date(2030, 5, 2)


def test_empty_range_counts_zero():
    assert CAL.workdays_between(date(2026, 3, 2), date(2026, 3, 1)) == 0
    assert CAL.add_workdays(date(2026, 3, 1), 0) == date(2026, 3, 1)


@given(covered_dates, st.integers(min_value=0, max_value=120))
def test_count_matches_the_holiday_package(first, span):
    last = min(first + timedelta(days=span), date(LAST_COVERED, 12, 31))
    assert CAL.workdays_between(first, last) == brute_count(first, last)


@given(covered_dates)
def test_is_workday_matches_the_holiday_package(day):
    assert CAL.is_workday(day) == chinese_calendar.is_workday(day)


any_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(any_dates, st.integers(min_value=0, max_value=3000))
def test_count_is_the_sum_of_working_days_across_the_table_edges(first, span):
    last = first + timedelta(days=span)
    by_day = sum(CAL.is_workday(first + timedelta(days=i)) for i in range(span + 1))
    assert CAL.workdays_between(first, last) == by_day


@given(any_dates, st.integers(min_value=-1500, max_value=1500).filter(bool))
def test_add_workdays_inverts_the_count(day, n):
    result = CAL.add_workdays(day, n)
    assert CAL.is_workday(result)
    if n > 0:
        assert result > day
        assert CAL.workdays_between(day + timedelta(days=1), result) == n
    else:
        assert result < day
        assert CAL.workdays_between(result, day - timedelta(days=1)) == -n


@pytest.mark.parametrize("year", [2004, 2012, 2020, 2024, 2026])
def test_whole_years_match(year):
    assert CAL.workdays_between(date(year, 1, 1), date(year, 12, 31)) == brute_count(
        date(year, 1, 1), date(year, 12, 31)
    )
