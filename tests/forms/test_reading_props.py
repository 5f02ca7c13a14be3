"""Whatever a department types, the cell readers answer with a value or a Chinese ValueError."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.forms.reading import cell_text, parse_day, parse_percent

TYPED = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12), st.dates().map(lambda d: datetime(d.year, d.month, d.day)),
)
FORMATS = st.sampled_from(["General", "0", "0%", "0.00%", "yyyy-mm-dd", "@"])


@given(TYPED, FORMATS)
def test_percent_is_0_to_100_or_refused(value, fmt):
    try:
        result = parse_percent(value, fmt)
    except ValueError as exc:
        assert "进度" in str(exc)
    else:
        assert result is None or (isinstance(result, int) and 0 <= result <= 100)


@given(TYPED)
def test_completion_date_is_a_date_or_refused(value):
    try:
        result = parse_day(value, 2026)
    except ValueError as exc:
        assert "完成日期" in str(exc)
    else:
        assert result is None or isinstance(result, date)


@given(TYPED)
def test_text_cells_are_always_text(value):
    assert isinstance(cell_text(value), str)
