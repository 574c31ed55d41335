"""Outline patterns of real saved web pages read through the HTML reader (helper outline7, session V):
lists typed with two marks of the Arabic family, a stop typed half-width at a line's end.

Every text here is written for the test; none is copied from a page.
"""
from __future__ import annotations

import pytest

import speechdoc


def outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


_LONG = ("（二）将根据人才引进工作方案按照企业提交申报信息中的企业资质、营收规模、纳税情况、岗位紧缺性等因素综合打分"
         "并分配名额，获得名额的企业提交纸质材料到经济促进局（物流商务科）")


def test_a_list_typed_with_another_mark_for_one_number_goes_on():
    # 5.…⏎6、…: the author typed one number with 、 (a CMS page); the list goes on, and its items' sub-list
    # (（1）) sits under 6、, not under 5.
    text = "1．填写申请表。\n2．提交材料。\n3. 缴纳会费。\n4、申请担任副会长的须提供以下资料：\n（1）申请表；\n（2）简介。"
    assert outline(text) == [(1, "1．", "填写申请表"), (1, "2．", "提交材料"), (1, "3.", "缴纳会费"),
                             (1, "4、", "申请担任副会长的须提供以下资料"), (2, "（1）", "申请表"), (2, "（2）", "简介")]
    # one number in the middle of the list (附件：1.…；⏎2、…；⏎3.…), the first member after a colon
    got = outline("一、工作要求\n请按时报送。\n附件：1.申报表（金融）；\n2、申报表（物流）；\n3.工作方案。")
    assert [m for _, m, _ in got] == ["一、", "1.", "2、", "3."]
    assert len({d for d, m, _ in got if m != "一、"}) == 1  # one list: the three at one depth


def test_its_own_mark_wins_and_a_list_of_the_other_mark_still_nests():
    got = outline("1.总体要求\n1、坚持稳中求进。\n2、坚持改革创新。\n2.重点任务\n1、扩大投资。")
    assert got == [(1, "1.", "总体要求"), (2, "1、", "坚持稳中求进"), (2, "2、", "坚持改革创新"),
                   (1, "2.", "重点任务"), (2, "1、", "扩大投资")]
    # a number of the other mark that is not the next one stays out of the list
    assert [m for _, m, _ in outline("1.填写申请表。\n2.提交材料。\n5、其他事项。")] == ["1.", "2."]


@pytest.mark.parametrize("reader", ["text", "html"])
def test_a_half_width_stop_after_han_ends_a_long_line(reader: str):
    # …经济促进局（物流商务科）.⏎附件：…: the stop typed half-width ends the sentence; the line after is no part of
    # the item's title
    lines = ["一、申报工作", "（一）请于8月23日前报送。", _LONG + ".", "附件：申报表", "二、其他事项"]
    text = "\n".join(lines) if reader == "text" else "".join(f"<p>{x}</p>" for x in lines)
    doc = speechdoc.parse(text)
    assert doc.source.format == reader
    got = [(n.depth, n.marker, n.title) for n in doc.walk()]
    assert got[2] == (2, "（二）", _LONG[3:] + ".")
    assert got[3] == (1, "二、", "其他事项")
    # without the stop, the long line that ends in a Han character is a web wrap: the next line goes on with it
    got = outline("一、申报工作\n（一）请于8月23日前报送。\n" + _LONG[:-7] + "\n附件申报表一并报送，逾期不再受理。\n二、其他事项")
    assert "经济促进局附件申报表一并报送" in got[2][2]


def test_a_dot_after_a_digit_or_a_letter_is_no_stop():
    # a decimal cut by the wrap (…达到了5.⏎5%以上), a web address: the dot is read as before
    line = "（一）全年地区生产总值预计完成一千二百亿元，比上年增长百分之六点五左右，其中第三产业增加值占比达到了5"
    assert outline("一、经济运行\n" + line + ".\n5%以上，创历史新高。\n二、其他") == [
        (1, "一、", "经济运行"), (2, "（一）", line[3:] + "."), (1, "二、", "其他")]
    site = "（一）请登录网站下载申报表并按要求填写后报送，网上申报系统的地址为协会网站的申报专栏www.example.org."
    got = outline("一、申报方式\n" + site + "\n逾期不再受理，请相互转告。\n二、其他")
    assert got[1][2].startswith("请登录网站下载申报表")


def test_the_notes_a_note_label_opens_are_no_list():
    table = "一、年金情况\n合计 1656892.54 26482134.49 注：1、统计口径见表1。 2、数据未经审计。\n二、下一步工作"
    assert [m for _, m, _ in outline(table)] == ["一、", "二、"]
    # on lines of their own, three of them (no late start at 2.), and 备注： with （1）
    assert outline("一、年金情况\n注：\n1.统计口径见表1。\n2.数据未经审计。\n3.频度为季度。\n二、下一步工作") == [
        (1, "一、", "年金情况"), (1, "二、", "下一步工作")]
    assert [m for _, m, _ in outline("一、年金情况\n备注：（1）口径见表1；（2）未经审计。\n二、下一步")] == ["一、", "二、"]
    # 关注： is a word: its list stays
    got = outline("一、工作要求\n请重点关注：1、安全生产；2、防汛抗旱。\n二、其他")
    assert [m for _, m, _ in got] == ["一、", "1、", "2、", "二、"]
    # a list of the notes' style after them starts as any list does
    assert [m for _, m, _ in outline("注：1、口径见表1。2、未经审计。\n一、工作要求\n1、安全生产。\n2、防汛抗旱。")] == [
        "一、", "1、", "2、"]


_PARAS = "".join(f"分析人士认为，第{k}段的评论与四点共识的落实密切相关，需要继续观察。\n" for k in range(1, 13))


def test_an_inline_list_far_after_a_list_of_statements_is_not_its_last_items():
    # a news page: the four-point consensus a colon introduces, a dozen paragraphs on, another speaker's four
    # proposals inside a paragraph: a list of their own, not the fourth point's
    text = ("双方达成以下四点原则共识：\n一、双方确认遵守各项原则。\n二、双方就克服障碍达成共识。\n"
            "三、双方同意建立危机管控机制。\n四、双方同意逐步重启对话。\n" + _PARAS
            + "副总理提出四点倡议。一、要营造良好的氛围；二、提升发展中国家的地位；三、加强国际合作；四、促进服务领域的延伸。\n")
    got = outline(text)
    assert [d for d, _, _ in got] == [1] * 8
    # right after the fourth point, a list inside the paragraph that follows it stays inside it, as before
    near = ("双方达成以下四点原则共识：\n一、双方确认遵守各项原则。\n二、双方就克服障碍达成共识。\n"
            "三、双方同意建立危机管控机制。\n四、双方同意逐步重启对话。\n具体包括两项：一、外交对话；二、安全对话。\n")
    assert [d for d, _, _ in outline(near)][-2:] == [2, 2]


def test_a_source_line_break_between_wide_characters_is_no_space():
    doc = speechdoc.parse("<p>特别提出四点倡议。一、要为全球价值链健康发\n展营造良好的氛围；二、提升地位；三、加强合作。</p>"
                          "<p>Hello\nworld：中文</p><p>第一\n  second</p>")
    assert doc.source.format == "html"
    assert "健康发展营造" in doc.text
    assert "Hello world" in doc.text and "第一 second" in doc.text
    assert [n.title for n in doc.walk()][0] == "要为全球价值链健康发展营造良好的氛围"


def test_a_point_list_inside_a_later_paragraph_is_not_the_last_points():
    # a compilation of statements: one speaker's paragraph-opening points, then another speaker's section with a
    # point list inside a paragraph: not the fifth point's (a point holds its paragraph, and the next at most)
    text = ("一是搭平台。创建议事平台，邀请各方代表深度调研。\n二是重引领。深入宣传路线方针政策。\n三是立机制。把经验做法上升为制度。\n"
            "\n“小协商”助推“大治理”\n云南省某市政协主席　某某\n市政协按照“不建机构建机制”的思路开展试点。\n"
            "我们坚持把思想引领贯穿全过程。一是选题集民意，聚焦五项重点工作。二是协商汇众智，做到无调研不协商。\n")
    assert [(d, m) for d, m, _ in outline(text)] == [(1, "一是"), (1, "二是"), (1, "三是"), (1, "一是"), (1, "二是")]
    # in the point's own paragraph's next one, a list of its style is still its own
    near = "一是搭平台。创建议事平台。\n二是立机制。把经验做法上升为制度：\n具体有两条：一是定期协商，二是限时反馈。\n"
    assert [(d, m) for d, m, _ in outline(near)] == [(1, "一是"), (1, "二是"), (2, "一是"), (2, "二是")]
