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
