"""A figure's kind, value and whether it is a metric at all, in error kinds found on fresh pages
(session J, helper "kinds"): requirements named as nouns, cut-off dates, figures measured against
what was expected, allotted tasks. Every text here is written for the test.
"""
from __future__ import annotations

import pytest

from test_metric_meaning_g import _fields, _metrics  # noqa: F401  (the same readers of one text)

#: (text, value, {field: expected})
CASES = [
    pytest.param("去年，全县认真落实省委重要指示要求，坚持稳中求进，全县生产总值增长6.8%。", 6.8, {"kind": "actual"},
                 id="要求 followed by a comma is a noun: the requirement followed, no goal set"),
    pytest.param("按照市委的部署要求，全区完成固定资产投资56亿元。", 56, {"kind": "actual"},
                 id="按照…要求，: a review's figure"),
    pytest.param("市里要求各县区生产总值增长7%以上。", 7, {"kind": "target"}, id="要求 as a verb still sets a goal"),
    pytest.param("要按照“项目储备总额不低于当年投资2倍”的要求，抓紧谋划。", 2, {"kind": "target"},
                 id="a figure inside the requirement quoted"),
    pytest.param("全县提前完成了三年规划：到1988年10月底，累计种植果树12万亩，建成水库6座。", 12, {"kind": "actual"},
                 id="到+year+month is the date a total is counted to"),
    pytest.param("到1988年10月底，累计种植果树12万亩，建成水库6座。", 6, {"kind": "actual"},
                 id="the cut-off date reaches the whole sentence"),
    pytest.param("到2030年6月底前，全部完成改造任务1200户。", 1200, {"kind": "target"}, id="月底前 is a deadline"),
    pytest.param("到2030年底，全县生产总值达到300亿元。", 300, {"kind": "target"}, id="到+year alone is still a goal"),
    pytest.param("工业增加值45亿元，完成年计划的92%（主要是两家企业停产，未达到预期目标），下降1.5%；"
                 "服务业增加值60亿元，增长5.2%。", 60, {"kind": "actual"},
                 id="未达到预期目标 explains a shortfall; it sets no goal for the sentence"),
    pytest.param("工业增加值45亿元，完成年计划的92%（主要是两家企业停产，未达预期），下降1.5%。", 1.5, {"kind": "actual"},
                 id="未达预期"),
    pytest.param("全年财政收入增长9%，好于预期。", 9, {"kind": "actual"}, id="好于预期 compares with the expectation"),
    pytest.param("确保实现全年增长8%的预期目标。", 8, {"kind": "target"}, id="预期目标 itself is still a goal"),
    pytest.param("市里分给我县的任务是引进项目资金30亿元，其中：省外资金18亿元。", 18, {"kind": "target"},
                 id="任务是: an allotted task's figures, through the sentence"),
    pytest.param("全年完成任务是历年最好的，完成投资8亿元。", 8, {"kind": "actual"}, id="完成任务 is no task set"),
    pytest.param("1957年底，全乡入社农户2 316户，入社耕地面积41 250亩。", 41250, {"unit": "亩", "kind": "actual"},
                 id="thousands set apart by a space"),
    pytest.param("全区共修水渠1 208条，蓄水能力12 600万立方米。", 12600, {"unit": "万立方米"},
                 id="a space between thousands before a scaled unit"),
    pytest.param("全县生产总值128亿元，完成年计划135亿元的94.8%，增长4.1%。", 135,
                 {"kind": "target", "unit": "亿元", "indicator": "生产总值年计划"}, id="the plan's own figure is a target"),
    pytest.param("全县生产总值128亿元，完成年计划135亿元的94.8%，增长4.1%。", 94.8,
                 {"kind": "actual", "indicator": "生产总值年计划完成率"}, id="the share of the plan done stays named"),
    pytest.param("完成固定资产投资40亿元，占上半年目标任务38亿元的105%。", 38,
                 {"kind": "target", "indicator": "固定资产投资上半年目标任务"}, id="a plan of half a year"),
    pytest.param("全乡棉花总产由八百二十担，增加到一千五百四十担。", 1540, {"unit": "担"}, id="担, a weight of the 1950s–70s"),
    pytest.param("今年计划产棉布二亿三千万公尺。", 23000, {"unit": "万公尺"}, id="公尺 with a scale"),
    pytest.param("全区农机总动力达到十二万马力。", 12, {"unit": "万马力"}, id="马力"),
    pytest.param("新建电站装机容量共计三万瓩。", 3, {"unit": "万瓩"}, id="瓩, kilowatt as once written"),
    pytest.param("园区亩均税收32.5万元/亩，同比增长8%。", 32.5, {"unit": "万元/亩"}, id="an amount per mu"),
    pytest.param("棉花产量比原定一九五七年三千万担的水平超过二百万担。", 3000, {"unit": "万担", "direction": "level"},
                 id="the level compared with is a figure (的水平)"),
    pytest.param("全乡粮食总产量为3.2亿斤、棉花总产量为450万斤，分别较上年增长12%，9%。", 9,
                 {"indicator": "棉花总产量", "direction": "increase", "basis": "较上年"},
                 id="分别…12%，9%: a comma for 、 between the listed values"),
    pytest.param("1950年全县粮食总产2.1亿斤。到1953年总产达到3.4亿斤，亩产410斤。1954年粮食总产达到3.9亿斤。", 410,
                 {"kind": "actual"}, id="到+a year the text reports as past: what was reached"),
    pytest.param("2023年全县生产总值增长6.1%。到2027年，全县生产总值达到600亿元。", 600, {"kind": "target"},
                 id="到+a year after the latest one reported: a goal"),
    pytest.param("2024年投资增长9%。到2020年要实现投资翻番，投资总额达到100亿元。", 100, {"kind": "target"},
                 id="another goal word in the sentence keeps the goal"),
    pytest.param("今年园区将瞄准工业产值150亿元目标，力争比上年增长30亿元。", 150, {"kind": "target", "unit": "亿元"},
                 id="an amount named as the goal (150亿元目标)"),
    pytest.param("粮食亩产由一千另六十三斤提高到一千四百八十斤。", 1063, {"unit": "斤"}, id="另 for 零 inside a numeral"),
    pytest.param("全队平均亩产三百四十八斤的好收成，比历史最高水平的一九七五年的二百九十四斤增产五十四斤。", 294,
                 {"direction": "level", "basis": None, "period": "一九七五年"},
                 id="the level of the year compared with, named after words and 的"),
    pytest.param("全队平均亩产三百四十八斤的好收成。", 348, {"unit": "斤"}, id="a result before 的好收成 is a figure"),
    pytest.param("完成到位资金80.5亿元，完成上级下达任务数95.2亿元的84.6%。", 95.2, {"kind": "target", "unit": "亿元"},
                 id="a plan figure after who set it"),
    pytest.param("据县统计局初步统计，全年粮食总产量将达到二亿四千万斤，比上年增长12%。", 12, {"kind": "forecast"},
                 id="统计…将达到: the count of a year not yet closed"),
    pytest.param("到2030年，全县粮食总产量将达到三亿斤。", 3, {"kind": "target"}, id="将达到 alone stays a goal"),
    pytest.param("省里与我县签订了目标责任书，确定今年我县工业增速是12%。", 12, {"kind": "target"},
                 id="确定今年…是: the figure set"),
    pytest.param("“十三五”确定的7项约束性指标全部完成。", 7, {"kind": "actual"}, id="确定的: what was set, now done"),
]


def test_an_amount_before_a_share_of_it_is_kept_only_as_a_plan():
    """占全县税收12亿元的26.7%: the whole a share is of is no plan figure; it stays unread as before."""
    assert 12 not in [m.value for m in _metrics("实现税收3.2亿元，占全县税收12亿元的26.7%。")]


def test_a_threshold_before_a_count_stays_no_metric():
    assert [m.value for m in _metrics("开工项目20个，其中超3亿元的10个。")] == [20, 10]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_meaning(text, value, expected):
    assert dict(zip(expected, _fields(text, value, *expected))) == expected


def test_a_dropped_decimal_point_stays_unread():
    """生产总值5 9亿元: one digit after the space is a lost decimal point, not a thousands group."""
    assert [m.value for m in _metrics("全镇生产总值5 9亿元，完成年计划的103 4%。")] == []


def test_where_a_place_lies_and_its_climate_are_no_metrics():
    text = "我乡位于东经112度，海拔800米，年降水量650毫米，年平均气温12度，最高38度。全乡耕地3.2万亩。"
    assert [m.value for m in _metrics(text)] == [3.2]


def test_a_range_before_a_figure_it_classes_is_no_metric():
    values = [m.value for m in _metrics("全县粮食亩产1,500—2,000斤的21,228亩，两千斤以上的1,231亩。")]
    assert 1500 not in values and 21228 in values


def test_另_outside_a_numeral_is_no_digit():
    assert [m.value for m in _metrics("另有三个项目开工，另增加投资五亿元。")] == [3, 5]


def test_a_power_plant_named_by_its_capacity_is_no_metric():
    """万千瓦 leaves 瓦 once its scale is taken off: the plant rule never saw a power plant's capacity."""
    assert [m.value for m in _metrics("2×35万千瓦燃煤热电厂可研通过评审，全县装机容量达到120万千瓦。")] == [120]


def test_a_count_of_numbered_sets_is_a_programme_name():
    assert [m.value for m in _metrics("全县以实施3个10大工程为抓手，新增规上企业12家。")] == [12]


def test_the_places_a_meeting_visited_are_no_metric():
    assert [m.value for m in _metrics("上午，与会人员现场观摩了8个项目，新开工项目达到46个。")] == [46]


def test_a_goal_group_of_firms_is_no_amount():
    assert 300 not in [m.value for m in _metrics("培育首个300亿元目标企业。")]


def test_a_count_of_indicators_stays_no_metric():
    assert [m.value for m in _metrics("乙局承担的生产总值增速、投资增速X项指标要力争减少差距。")] == []


def test_degrees_of_electricity_stay():
    assert [m.unit for m in _metrics("每亩耗电四十七度。")] == ["度"]
