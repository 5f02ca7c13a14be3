"""Cells copied to and from Excel/WPS: the clipboard text format, round trip."""

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.ui.week.week_model import format_clipboard_table, parse_clipboard_table

CELL = st.text(alphabet=st.sampled_from(list('ab 进度完成\t\n"，。%1')), max_size=12)


@st.composite
def tables(draw):
    columns = draw(st.integers(1, 4))
    return draw(st.lists(st.lists(CELL, min_size=columns, max_size=columns), min_size=1, max_size=6))


@given(tables())
def test_format_then_parse_gives_the_cells_back(table):
    assert parse_clipboard_table(format_clipboard_table(table)) == table


def test_what_excel_puts_on_the_clipboard():
    text = '甲\t"多行\n内容"\r\n\t"引号""内"\r\n'
    assert parse_clipboard_table(text) == [["甲", "多行\n内容"], ["", '引号"内']]
    assert parse_clipboard_table("一\r\n\r\n三\r\n") == [["一"], [""], ["三"]]
    assert parse_clipboard_table("") == []
