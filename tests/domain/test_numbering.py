from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.numbering import (
    chinese_number,
    chinese_outline_number,
    derive_numbers,
    outline,
)


def test_chinese_numbers():
    expected = {1: "一", 10: "十", 11: "十一", 20: "二十", 23: "二十三", 100: "一百", 105: "一百零五", 110: "一百一十"}
    assert {n: chinese_number(n) for n in expected} == expected


def test_numbers_follow_positions_not_ids():
    skeleton = [(10, None, 2), (11, None, 1), (12, 10, 5), (13, 10, 1), (14, 13, 1), (15, 99, 3)]
    numbers = derive_numbers(skeleton)
    assert numbers == {11: "1", 10: "2", 13: "2.1", 12: "2.2", 14: "2.1.1", 15: "3"}
    assert chinese_outline_number("3.2.4") == "三.(二).4"


def test_outline_is_document_order_with_the_derived_numbers():
    skeleton = [(10, None, 2), (11, None, 1), (12, 10, 5), (13, 10, 1), (14, 13, 1), (15, 99, 3)]
    assert outline(skeleton) == [(11, "1", True), (10, "2", False), (13, "2.1", False), (14, "2.1.1", True),
                                 (12, "2.2", True), (15, "3", True)]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 4)), max_size=40))
def test_outline_agrees_with_derive_numbers_on_any_tree(parents):
    # task i+1's parent is one of the tasks before it (or none, or a missing one)
    skeleton = [(i + 1, (None if p == 0 else p if p <= i else 999), pos) for i, (p, pos) in enumerate(parents)]
    rows = outline(skeleton)
    numbers = derive_numbers(skeleton)
    assert {tid: number for tid, number, _leaf in rows} == numbers
    key = [[int(part) for part in number.split(".")] for _tid, number, _leaf in rows]
    assert key == sorted(key)
    has_children = {p for _t, p, _pos in skeleton if p in numbers}
    assert [leaf for _t, _n, leaf in rows] == [tid not in has_children for tid, _n, _l in rows]
