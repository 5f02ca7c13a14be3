from datetime import date

import pytest

from desktop_app.domain.weeks import (
    normalise_week,
    parse_week,
    previous_week,
    week_id,
    week_label,
    week_range,
    weeks_between,
)


def test_label_as_printed():
    assert week_label("2026-W47") == "第47周（11月16日—11月22日）"


def test_iso_week_across_year_end():
    assert week_id(date(2026, 12, 31)) == "2026-W53"
    assert week_id(date(2027, 1, 3)) == "2026-W53"
    assert week_id(date(2025, 12, 29)) == "2026-W01"
    assert week_range("2026-W01") == (date(2025, 12, 29), date(2026, 1, 4))
    assert previous_week("2026-W01") == "2025-W52"


def test_parsing_and_bad_weeks():
    assert normalise_week("2026w7") == "2026-W07"
    assert parse_week("2026-W53") == (2026, 53)
    with pytest.raises(ValueError, match="只有 52 周"):
        parse_week("2025-W53")
    with pytest.raises(ValueError, match="格式不正确"):
        parse_week("第47周")


def test_weeks_between():
    assert weeks_between("2026-W52", "2027-W02") == ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]
