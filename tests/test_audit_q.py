"""Patterns behind wrong values and broken outlines on fresh real pages (session Q, helper audit).

Texts written for these tests, modelled on the pages' shapes: a budget review's compound amounts with
thousands set apart (95亿2,401万2千元), a milestone passed before a placeholder figure, and ordinals that share
one noun (第一、第二、第三产业) in a statistics release.
"""
from __future__ import annotations

import speechdoc
from speechdoc.metrics.quantity import parse_quantity


def _values(text: str) -> list[tuple[object, object]]:
    return [(m.value, m.unit) for m in speechdoc.parse(text).metrics()]


def test_a_compound_amount_with_thousands_set_apart_is_one_amount():
    text = ("本年度预算案编列设备计划95亿2,401万2千元(资金来源营运资金19亿5,190万8千元),"
            "较上年度法定预算53亿175万5千元增加42亿2,225万7千元,增幅79.64%。")
    assert _values(text) == [(9524012000, "元"), (1951908000, "元"), (5301755000, "元"),
                             (4222257000, "元"), (79.64, "%")]
    # no part of an amount is a figure of its own (was 2千元, 8千元, 7千元)
    assert all(v != 2 and v != 8 and v != 7 for v, _ in _values(text))


def test_compound_amounts_keep_their_scale_and_plain_grouped_numbers_stay_as_they_were():
    q = parse_quantity("1,234亿5,678万元")
    assert (q.value, q.unit, q.base_value) == (12345678, "万元", 123456780000.0)
    q = parse_quantity("3亿2,000万元")
    assert (q.value, q.unit) == (32000, "万元")
    assert _values("全年完成投资12,345万元,增长5%。") == [(12345, "万元"), (5, "%")]
    # a list is not an amount: 、 parts the figures
    assert (2300, "万元") in _values("两项投资分别为5亿、2,300万元。")


def test_a_milestone_passed_before_a_placeholder_figure_is_no_figure():
    text = "特别是财政总收入突破百亿元大关,达X亿元,成为全省首个财政过百亿元县市。"
    recs = speechdoc.parse(text).metrics()
    assert [(m.value, m.unit, m.placeholder) for m in recs] == [(None, "亿元", True)]
    # the mark alone, with no figure after it, is still the figure given
    assert _values("全县财政收入突破百亿元大关。") == [(100, "亿元")]


def test_ordinals_that_share_one_noun_are_no_headings():
    text = ("上半年国内生产总值同比增长5.0%。其中,第一、第二、第三产业对经济增长的贡献率分别为3.8%、43.6%和52.6%。\n"
            "数据显示,工业生产增长较快。\n")
    doc = speechdoc.parse(text)
    assert list(doc.walk()) == []
    assert [m.value for m in doc.metrics()] == [5.0, 3.8, 43.6, 52.6]
    doc = speechdoc.parse("全年经济平稳。\n第一、第二产业增加值分别增长3%、5%。\n")
    assert list(doc.walk()) == []


def test_ordinal_headings_still_open_their_list():
    doc = speechdoc.parse("我讲两点意见。\n第一、第一书记要带头。\n第二、要狠抓落实。\n")
    assert [(n.marker, n.title) for n in doc.walk()] == [("第一、", "第一书记要带头"), ("第二、", "要狠抓落实")]
    doc = speechdoc.parse("讲三点。\n第一、要提高认识。\n第二、要加强领导。\n第三、要狠抓落实。\n")
    assert [n.marker for n in doc.walk()] == ["第一、", "第二、", "第三、"]


def test_a_counter_after_a_scale_stays_with_its_figure():
    # a statistics release's product list: 万重量箱 (flat glass) and 亿块 (chips) are the units written
    text = "分产品看,平板玻璃7833万重量箱,增长0.5%;集成电路212亿块,增长20.0%。"
    assert _values(text) == [(7833, "万重量箱"), (0.5, "%"), (212, "亿块"), (20.0, "%")]
    # 块 after a Chinese numeral is a word (一块儿, 拧成一块), not a unit
    assert _values("我们要拧成一块,大家一块儿研究。") == []
    assert _values("共建成标准化球场12块。") == [(12, "块")]


def test_two_neighbouring_numerals_are_a_guess_not_a_value():
    # 三、四十元 is "thirty or forty yuan": read as 40 元 it was a wrong value; written 三四十元 it is none either
    assert _values("社员每户平均现金收入只有三、四十元。") == []
    assert _values("全县有二、三十万人参加,投资五、六百万元,产量增长三、四倍。") == []
    assert _values("每户只有三四十元。") == []
    # a list of quarters and a figure after it are read as before
    assert _values("一、二季度增长较快,全年增长5%。") == [(5, "%")]
    assert _values("一是增加收入,二、三十万元以上项目12个。") == [(12, "个")]


def test_the_fields_a_report_covers_are_its_structure():
    # 涵盖…等9个范畴 counts the parts of the report (as 五个方面 does), not a result
    assert _values("這份施政匯報的領域涵蓋經濟、房屋等9個範疇。") == []
    assert _values("全省共有12个领域的项目。") == [(12, "个")]


def test_a_mark_passed_right_after_the_figure_is_no_figure():
    # the figure is given, then the milestone it passed: 千亿元 is no second figure (was 1000 亿元)
    text = "其中规模工业产值1001.8亿元，突破千亿元大关，增长25.5%。"
    assert _values(text) == [(1001.8, "亿元"), (25.5, "%")]
    assert _values("财政收入达到8.5亿元,跨上8亿元台阶。") == [(8.5, "亿元")]
    # with no figure before it, the mark is the figure given
    assert _values("全年实现地区生产总值突破600亿元大关，同比增长5.8%。") == [(600, "亿元"), (5.8, "%")]
