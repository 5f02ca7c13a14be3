"""The forms' default 报送截止: the 报送时限 weekday of the week, moved to a working day,
never a day already past."""

from datetime import date

from desktop_app.forms.export import default_return_by
from desktop_app.storage import settings


def test_the_friday_of_the_week_while_it_is_still_to_come(file_reg):
    assert default_return_by(file_reg, "2026-W47", today=date(2026, 11, 18)) == date(2026, 11, 20)
    assert default_return_by(file_reg, "2026-W47", today=date(2026, 11, 20)) == date(2026, 11, 20)


def test_made_on_a_saturday_it_asks_for_the_coming_friday(file_reg):
    saturday = date(2026, 12, 5)  # week 49 ends on Sunday 12-06; its Friday 12-04 has passed
    due = default_return_by(file_reg, "2026-W49", today=saturday)
    assert due == date(2026, 12, 11) and due >= saturday and due.weekday() == 4
    # and for last week's forms, made late, too
    assert default_return_by(file_reg, "2026-W48", today=saturday) == date(2026, 12, 11)


def test_a_holiday_friday_moves_to_the_next_working_day(file_reg):
    # 2026-10-02 is a Friday inside the National Day holiday (10-01 … 10-07).
    due = default_return_by(file_reg, "2026-W40", today=date(2026, 9, 28))
    assert due == date(2026, 10, 8)


def test_the_weekday_is_a_setting(file_reg):
    settings.set_value(file_reg, "forms.return_weekday", 4)  # 星期四
    assert default_return_by(file_reg, "2026-W47", today=date(2026, 11, 16)) == date(2026, 11, 19)
