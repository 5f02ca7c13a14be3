"""The outline tree: marker styles, levels per document, sequence checks, inline enumerations."""

from __future__ import annotations

import pytest

from desktop_app.importing.markers import cn_to_int, inline_enumeration, match_marker
from desktop_app.importing.outline import build_outline, find_title, split_title


def tree(paragraphs: list[str]) -> list[tuple[str, str | None, int, str, str]]:
    return [(i.id, i.parent, i.level, i.marker, i.title) for i in build_outline(paragraphs).items]


@pytest.mark.parametrize(
    ("line", "style", "number"),
    [
        ("一、加强党建", "cn_dun", 1),
        ("十二、其他工作", "cn_dun", 12),
        ("（三）推进改革", "cn_paren", 3),
        ("(三)推进改革", "cn_paren", 3),
        ("4.抓好安全", "num_dot", 4),
        ("4．抓好安全", "num_dot", 4),
        ("4、抓好安全", "num_dun", 4),
        ("⒋抓好安全", "dot_char", 4),
        ("(2)开展督查", "paren_num", 2),
        ("（2）开展督查", "paren_num", 2),
        ("⑵开展督查", "paren_char", 2),
        ("②开展督查", "circled", 2),
        ("第二，要求真务实", "di", 2),
        ("第二部分 重点任务", "chapter_部分", 2),
        ("二是加强监督", "yishi", 2),
        ("其次，要落实", "shouxian", 2),
        ("1.1 加强党建", "dec2", 1),
        ("3）抓好安全", "num_rparen", 3),
        ("三）抓好安全", "cn_rparen", 3),
        ("● 抓好安全", "bullet", 0),
    ],
)
def test_every_marker_style_is_recognised(line: str, style: str, number: int) -> None:
    marker = match_marker(line)
    assert marker is not None
    assert (marker.style, marker.number) == (style, number)
    assert line[marker.end:].strip() in line


@pytest.mark.parametrize("line", ["一是", "二〇二四年工作", "加强党建", "2024年工作要点", "（责任科室：办公室）"])
def test_non_markers(line: str) -> None:
    assert match_marker(line) is None


def test_chinese_numerals() -> None:
    assert [cn_to_int(t) for t in ("一", "十", "十二", "二十", "二十三", "一百零五")] == [1, 10, 12, 20, 23, 105]
    assert cn_to_int("甲") is None


def test_levels_follow_first_appearance_and_parents_link() -> None:
    items = tree([
        "一、加强党建", "（一）理论学习", "1.制定计划。", "(1)三月完成。", "①细则。", "2.开展培训。",
        "（二）组织建设", "二、教育改革", "1.课程改革。",
    ])
    assert items == [
        ("1", None, 1, "一、", "加强党建"),
        ("1.1", "1", 2, "（一）", "理论学习"),
        ("1.1.1", "1.1", 3, "1.", "制定计划"),
        ("1.1.1.1", "1.1.1", 4, "(1)", "三月完成"),
        ("1.1.1.1.1", "1.1.1.1", 5, "①", "细则"),
        ("1.1.2", "1.1", 3, "2.", "开展培训"),
        ("1.2", "1", 2, "（二）", "组织建设"),
        ("2", None, 1, "二、", "教育改革"),
        ("2.1", "2", 2, "1.", "课程改革"),  # a section without （一） hangs 1. directly below
    ]


def test_plan_may_start_at_arabic_numbers() -> None:
    items = tree(["1. 安全管理", "(1) 排查隐患。", "(2) 校车管理。", "2. 教学改革", "(1) 课堂改革。"])
    assert [(i[2], i[3]) for i in items] == [(1, "1."), (2, "(1)"), (2, "(2)"), (1, "2."), (2, "(1)")]


def test_numbers_must_run_in_sequence() -> None:
    items = build_outline([
        "（一）督政工作",
        "1.2013起连续开展年度考评。",
        "2.全力做好评估认定工作。",
        "3.完成校舍加固。",
        "1.9万平方米的校舍已经完工。",
    ]).items
    assert [(i.marker, i.title) for i in items] == [
        ("（一）", "督政工作"),
        ("1.", "2013起连续开展年度考评"),
        ("2.", "全力做好评估认定工作"),
        ("3.", "完成校舍加固"),
    ]
    assert items[-1].text == "1.9万平方米的校舍已经完工。"


def test_a_gap_in_strong_numbering_is_kept_with_a_note() -> None:
    items = build_outline(["一、甲工作", "二、乙工作", "四、丁工作"]).items
    assert [i.marker for i in items] == ["一、", "二、", "四、"]
    assert any("不连续" in n for n in items[2].notes)


def test_lone_weak_marker_is_text() -> None:
    items = build_outline(["一、安全工作", "一是加强领导，落实责任。"]).items
    assert len(items) == 1
    assert items[0].text == "一是加强领导，落实责任。"


def test_inline_enumerations_become_children() -> None:
    items = build_outline([
        "一、职业教育",
        "一是贯彻实施意见。",
        "二是推进资源整合。今年重点做好四方面工作：一要推动培训整合。二要统筹专业设置。明确重点。三要完善招生政策。",
        "三是做好精准扶贫。",
        "二、教学质量",
        "1.要树立质量意识。首先，要落实立德树人。其次，要提高教学质量。再次，要促进全面发展。最后，要加强考核。",
    ]).items
    titles = [(i.level, i.marker, i.title) for i in items]
    assert titles == [
        (1, "一、", "职业教育"),
        (2, "一是", "贯彻实施意见"),
        (2, "二是", "推进资源整合"),
        (3, "一要", "推动培训整合"),
        (3, "二要", "统筹专业设置"),
        (3, "三要", "完善招生政策"),
        (2, "三是", "做好精准扶贫"),
        (1, "二、", "教学质量"),
        (2, "1.", "要树立质量意识"),
        (3, "首先", "要落实立德树人"),
        (3, "其次", "要提高教学质量"),
        (3, "再次", "要促进全面发展"),
        (3, "最后", "要加强考核"),
    ]
    assert items[2].text == "今年重点做好四方面工作："
    assert items[4].text == "明确重点。"


def test_inline_numbered_lists_of_a_web_copy_become_children() -> None:
    items = build_outline([
        "（一）加强党建。1.深化理论学习，每月一次。2.加强组织建设，投资1.5亿元。（责任科室：组干科）",
        "（二）排查隐患。主要做到：（1）排查隐患；（2）建立台账；（3）整改到位。",
    ]).items
    assert [(i.level, i.marker, i.title) for i in items] == [
        (1, "（一）", "加强党建"),
        (2, "1.", "深化理论学习，每月一次"),
        (2, "2.", "加强组织建设，投资1.5亿元"),
        (1, "（二）", "排查隐患"),
        (2, "（1）", "排查隐患"),
        (2, "（2）", "建立台账"),
        (2, "（3）", "整改到位"),
    ]
    assert items[0].text == "（责任科室：组干科）"  # the unit note stays with the heading


def test_bullets_number_themselves() -> None:
    items = build_outline(["一、重点项目", "● 新建幼儿园。", "● 改造校舍。", "二、其他"]).items
    assert [(i.id, i.marker, i.title) for i in items] == [
        ("1", "一、", "重点项目"), ("1.1", "●", "新建幼儿园"), ("1.2", "●", "改造校舍"), ("2", "二、", "其他"),
    ]


def test_inline_enumeration_needs_a_run_from_one() -> None:
    assert inline_enumeration("唯一是指标。三是其他。") == []
    assert [m for m, _, _ in inline_enumeration("工作：一是甲；二是乙；三是丙。")] == ["一是", "二是", "三是"]
    assert inline_enumeration("投资1.5亿元。2.加强管理。") == []


def test_title_is_first_sentence_and_long_sentences_are_cut_at_a_clause() -> None:
    assert split_title("深化理论学习。坚持第一议题制度。") == ("深化理论学习", "坚持第一议题制度。")
    long = "继续开展以“学名人，读名著，听名曲”为主题的教育活动，以名人事迹激励学生斗志，以名著名篇提高学生的文学素养和审美能力，以名曲名画陶冶学生情操。"
    title, text = split_title(long)
    assert title == "继续开展以“学名人，读名著，听名曲”为主题的教育活动"
    assert text.startswith("以名人事迹")
    assert split_title("加强党建") == ("加强党建", "")
    colon = "加强政治建设：深入学习贯彻党的二十大精神，坚持第一议题制度，局党组每月集中学习一次以上。"
    assert split_title(colon) == ("加强政治建设", colon[7:])
    assert split_title("深化学习（责任科室：组干科、机关党委），每月集中学习一次，全年不少于十二次，形成制度。")[0] == (
        "深化学习（责任科室：组干科、机关党委），每月集中学习一次，全年不少于十二次，形成制度")


def test_prose_sections_are_not_tasks_by_default() -> None:
    outline = build_outline([
        "同志们：",
        "下面我讲三点意见。",
        "一、总结成绩，坚定信心",
        "去年，我们完成了督导评估，取得了显著成效，获评先进单位。",
        "（一）督政工作有新突破。去年完成了评估，已经通过验收，荣获一等奖。",
        "二、指导思想",
        "坚持立德树人。",
        "三、重点工作",
        "（一）加强党建。要在3月底前完成。",
        "同志们，任重道远，让我们共同努力！",
        "某县教育局",
        "2024年1月8日",
    ])
    flags = [(i.marker, i.title, i.is_task) for i in outline.items]
    assert flags == [
        ("一、", "总结成绩，坚定信心", False),
        ("（一）", "督政工作有新突破", False),
        ("二、", "指导思想", False),
        ("三、", "重点工作", True),
        ("（一）", "加强党建", True),
        ("", "同志们，任重道远，让我们共同努力", False),
    ]
    assert outline.preamble == ["下面我讲三点意见。"]
    assert outline.items[-1].text == ""  # the signature and date are not part of the closing words


def test_past_review_without_keywords_is_detected_from_its_verbs() -> None:
    items = build_outline([
        "一、高点定位，厚积优势",
        "过去一年的工作，主要实现了五个更。",
        "（一）综合实力更强。完成了项目建设，实现了班班通，获得了好评。",
        "二、明确目标，狠抓落实",
        "（一）要加快项目建设，确保年底前完工。",
    ]).items
    assert [i.is_task for i in items] == [False, False, True, True]


def test_new_speech_breaks_the_text_of_the_last_item() -> None:
    outline = build_outline([
        "一、职业教育工作", "要抓好落实。", "讲话材料篇2", "同志们：", "春节假期刚过，召开会议。", "一、肯定成绩", "二、明确目标",
    ])
    assert outline.items[0].text == "要抓好落实。"
    assert [i.marker for i in outline.items] == ["一、", "一、", "二、"]
    assert "春节假期刚过，召开会议。" in outline.preamble


def test_title_is_found_before_the_text() -> None:
    assert find_title(["首页>新闻>", "20211225:市教育督导委员会工作报告", "一、工作"]) == ("市教育督导委员会工作报告", 1)
    assert find_title(["青山县教育局2024年工作要点", "一、工作"]) == ("青山县教育局2024年工作要点", 0)
    assert find_title(["关于印发《青山县教育局2024年工作要点》的通知", "一、工作"]) == ("青山县教育局2024年工作要点", 0)
