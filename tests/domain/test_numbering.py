from desktop_app.domain.numbering import chinese_number, chinese_outline_number, derive_numbers


def test_chinese_numbers():
    expected = {1: "一", 10: "十", 11: "十一", 20: "二十", 23: "二十三", 100: "一百", 105: "一百零五", 110: "一百一十"}
    assert {n: chinese_number(n) for n in expected} == expected


def test_numbers_follow_positions_not_ids():
    skeleton = [(10, None, 2), (11, None, 1), (12, 10, 5), (13, 10, 1), (14, 13, 1), (15, 99, 3)]
    numbers = derive_numbers(skeleton)
    assert numbers == {11: "1", 10: "2", 13: "2.1", 12: "2.2", 14: "2.1.1", 15: "3"}
    assert chinese_outline_number("3.2.4") == "三.(二).4"

