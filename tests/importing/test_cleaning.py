"""Cleaning: web chrome, spam, pinyin mojibake and PDF line breaks go; the plan's words stay."""

from __future__ import annotations

from desktop_app.importing.cleaning import clean_text, is_traditional

WEB_PAGE = """\
免费在线观看,成人视频,欧美亚洲,彩票棋牌
首页 范文大全 工作总结 工作计划 心得体会
首页>范文大全>工作计划>
某县教育局2024年工作要点
时间: 2024-01-05 来源：本站
导语：本文由网友上传，仅供参考。
分享 收藏 点赞
一、加强党的建设
1.深化理论学习。下面是小编整理的内容，仅供参考。3月底前制定计划。
2.落实主体责任。https://example.org/a/1.html 年底前完成考核。
阅读全文
相关文章
1.某县教育局2023年工作要点
2.某县教育局工作总结
"""


def test_web_chrome_and_spam_are_removed_and_content_kept() -> None:
    paragraphs = clean_text(WEB_PAGE).paragraphs
    text = "\n".join(paragraphs)
    assert paragraphs[0] == "某县教育局2024年工作要点"
    assert "一、加强党的建设" in paragraphs
    assert "1.深化理论学习。3月底前制定计划。" in paragraphs
    assert "2.落实主体责任。年底前完成考核。" in paragraphs
    for noise in ("免费", "首页", "时间", "导语", "分享", "小编", "http", "阅读全文", "相关文章", "2023年工作要点"):
        assert noise not in text, noise


def test_pinyin_annotations_are_removed() -> None:
    raw = "一、學(xué)習(xí)貫(guàn)徹(chè)會(huì)議精神(shén)\n" * 3
    paragraphs = clean_text(raw).paragraphs
    assert paragraphs[0] == "一、學習貫徹會議精神"


def test_pinyin_debris_is_removed_with_a_warning() -> None:
    raw = "嚴(yán)審(shěn)資(zī)金管(guǎn)理??h區(qū)教育局。總?cè)丝谂c"
    cleaned = clean_text(raw)
    assert "?" not in cleaned.paragraphs[0]
    assert "(" not in cleaned.paragraphs[0]
    assert any("乱码" in w for w in cleaned.warnings)


def test_real_parentheses_are_kept() -> None:
    raw = "（一）加强县(区)政府履职督导(试行)。\n（二）做好“三通两平台”(含校园网)建设。"
    assert clean_text(raw).paragraphs == raw.split("\n")


def test_pdf_line_breaks_are_joined_but_headings_are_not() -> None:
    body = "坚持稳中求进工作总基调，以推进教育现代化为主线，着力补短板强弱项提质量，推动全市教育高质量发展，努力办好人民满意的教育。"
    wrapped = [body[i:i + 25] for i in range(0, len(body), 25)]
    second = "深化产教融合校企合作，新增校企合作项目二十个，毕业生就业率稳定在百分之九十五以上，第三季度完成专业设置调整工作。"
    lines = ["一、总体要求", *wrapped, "— 1 —", "二、主要任务", *[second[i:i + 25] for i in range(0, len(second), 25)]]
    paragraphs = clean_text("\n".join(lines)).paragraphs
    assert paragraphs == ["一、总体要求", body, "二、主要任务", second]


def test_web_paragraphs_are_not_joined() -> None:
    raw = "一、指导思想\n坚持以人民为中心的发展思想，办好人民满意的教育。\n二、重点工作\n1、加强党建\n2、推进改革"
    assert clean_text(raw).paragraphs == raw.split("\n")


def test_fullwidth_digits_become_ascii() -> None:
    assert clean_text("１．３月底前完成").paragraphs == ["1．3月底前完成"]


def test_traditional_is_reported_and_converted_only_on_request() -> None:
    raw = "一、職業教育工作\n要認真貫徹落實會議精神，進一步發展現代職業教育，實現學校與產業對接。"
    kept = clean_text(raw)
    assert kept.is_traditional
    assert "職業教育" in kept.paragraphs[0]
    assert any("繁体" in w for w in kept.warnings)
    converted = clean_text(raw, to_simplified=True)
    assert converted.paragraphs[0] == "一、职业教育工作"
    assert "进一步发展现代职业教育" in converted.paragraphs[1]
    assert not any("繁体" in w for w in converted.warnings)


def test_simplified_text_is_not_called_traditional() -> None:
    assert not is_traditional("要认真贯彻落实会议精神，进一步发展现代职业教育，实现学校与产业对接。" * 3)


def test_plan_lines_with_site_words_are_kept() -> None:
    raw = (
        "某局2024年工作要点\n一、加强宣传工作，讲好教育故事，营造良好的社会氛围\n"
        "（一）开展“点赞身边好老师”评论征集活动\n"
        "（二）做好教师资格定期注册工作\n时间：3月底前完成\n做好网上评论引导。"
    )
    assert clean_text(raw).paragraphs == raw.split("\n")


def test_a_saved_web_page_is_read_as_its_text() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>某局</title><script>var a='一、假';</script></head><body>"
        "<div>首页 &gt; 政务公开 &gt; 计划总结 &gt;</div><h1>某县教育局2024年工作要点</h1>"
        "<p>一、加强党的建设</p><p>1.深化理论学习。3月底前制定计划&nbsp;（责任科室：组干科）</p>"
        "<!-- 二、注释 --><div>分享到：微信</div></body></html>"
    )
    assert clean_text(page).paragraphs == [
        "某县教育局2024年工作要点", "一、加强党的建设", "1.深化理论学习。3月底前制定计划 （责任科室：组干科）",
    ]
