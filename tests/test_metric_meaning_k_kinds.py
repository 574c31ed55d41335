"""A figure's kind, value and unit, and whether it is a metric at all, in error kinds found on fresh
pages (session K, helper "kinds"). Every text here is written for the test.
"""
from __future__ import annotations

import pytest

from test_metric_meaning_g import _fields, _metrics  # noqa: F401  (the same readers of one text)

#: (text, value, {field: expected})
CASES = [
    pytest.param("全年发电量3.2亿千瓦小时，增长5%。", 3.2, {"unit": "亿千瓦小时", "indicator": "发电量"},
                 id="千瓦小时 is one unit (not 千瓦 and a stray 小时)"),
    pytest.param("完成货运周转量860万吨公里，增长4%。", 860, {"unit": "万吨公里"}, id="吨公里"),
    pytest.param("客运周转量将达到四十亿人公里。", 40, {"unit": "亿人公里", "indicator": "客运周转量"}, id="人公里"),
    pytest.param("新上生产线两条，年产能达3000台套。", 3000, {"unit": "台套"}, id="台套"),
    pytest.param("全年接种疫苗8.5万剂次。", 8.5, {"unit": "万剂次"}, id="剂次"),
    pytest.param("一、二〇〇九年计划的执行结果\n全省工业总产值达到五百亿元，比上年增长百分之九。", 500,
                 {"kind": "actual"}, id="a heading on the plan's results heads a review"),
    pytest.param("一、二〇〇九年计划的执行情况\n粮食总产量达到三千万吨。", 3000, {"kind": "actual"},
                 id="计划的执行情况 (with 的)"),
    pytest.param("1.农业基本上实现了“一年受灾、一年恢复”目标\n粮食总产2267万公斤，比上年增长近2倍。", 2267,
                 {"kind": "actual"}, id="a heading that says a goal was reached (实现了…目标) heads a review"),
    pytest.param("1.努力实现“一年受灾、一年恢复”目标\n粮食总产2267万公斤。", 2267, {"kind": "target"},
                 id="a heading that sets the goal still heads a plan"),
    pytest.param("二、二〇一〇年计划的主要指标\n粮食总产量三千二百万吨。", 3200, {"kind": "target"},
                 id="a plan heading still heads a plan"),
    pytest.param("会议将今年经济增长目标设为6%左右。", 6, {"kind": "target"}, id="目标设为"),
    pytest.param("报告将明年城镇调查失业率设定为5.5%左右，城镇新增就业1100万人以上；居民消费价格涨幅3%左右。", 3,
                 {"kind": "target"}, id="设定为 sets the figures of its sentence"),
    pytest.param("坚持以项目建设为统领，全年开复工亿元以上项目32个。", 32, {"kind": "actual"},
                 id="建设为 holds 设为 and sets no goal"),
    pytest.param("把城区建设为区域中心，全年投资32亿元。", 32, {"kind": "actual"}, id="建设为 (making something into)"),
    pytest.param("假设为每年增长3%，则五年后达到116亿元。", 3, {"kind": "actual"}, id="假设为 is no goal set"),
    pytest.param("全年粮食产量超过“七五”计划指标4000万吨。", 4000, {"kind": "target"},
                 id="a plan's own figure named right after 计划指标"),
    pytest.param("全县粮食亩产超过了农业发展纲要规定的四百斤的指标。", 400, {"kind": "target"},
                 id="a figure a plan stipulated, named before 的指标"),
    pytest.param("工业增长超过五年计划规定的平均每年增长百分之八点六的速度。", 8.6, {"kind": "target"},
                 id="规定的…的速度"),
    pytest.param("工业总产值超过五年计划所规定的一九五七年的指标百分之十七点三。", 17.3, {"kind": "actual"},
                 id="how far the stipulated figure was passed stays actual"),
    pytest.param("这个县原定去冬今春兴修八亿土方的水利工程。", 8, {"kind": "target"}, id="原定: what was planned"),
    pytest.param("上级给他们原定的产量指标是二百八十五万吨。", 285, {"kind": "target"}, id="原定的…指标是"),
    pytest.param("全年工业总产值只完成原定计划的94%。", 94, {"kind": "actual"}, id="a share of the original plan done"),
    pytest.param("全年工业总产值超过原定的年度计划百分之四点一。", 4.1, {"kind": "actual"},
                 id="how far the original plan was passed"),
    pytest.param("一九六〇年粮食的指标为三千九百亿斤，比上一年增加二百亿斤，增长百分之五点四。", 5.4, {"kind": "target"},
                 id="指标为: a quota set, through its sentence"),
    pytest.param("钢的生产指标是 624 万吨。", 624, {"kind": "target"}, id="指标是"),
    pytest.param("全县完成指标为历年最好，增长8%。", 8, {"kind": "actual"}, id="完成指标为 is no quota set"),
    pytest.param("全年粮食产量完成计划指标的103%。", 103, {"kind": "actual"}, id="the share of a plan done stays actual"),
    pytest.param("明年，10亿元规模的子公司要有5到10家。", 5, {"kind": "target"}, id="要有 sets a goal"),
    pytest.param("要有效控制在3%以内。", 3, {"kind": "target"}, id="要有效 is still a requirement"),
    pytest.param("一、突出重点工作，冲刺全年目标\n1-9月份，全县地区生产总值增长6%，较上半年回落1个百分点。", 6,
                 {"kind": "actual"}, id="a plan part's figure dated in the year's elapsed months is reported"),
    pytest.param("二、下半年工作安排\n到9月底前，全县完成投资10亿元。", 10, {"kind": "target"},
                 id="a deadline (到…月底前) in a plan part is no elapsed span"),
    pytest.param("一、突出重点工作，冲刺全年目标\n全县地区生产总值增长6%。", 6, {"kind": "target"},
                 id="an undated bare figure in a plan part is still a target"),
    pytest.param("全年可完成固定资产投资50亿元，增长8%。", 50, {"kind": "forecast"}, id="可完成 is an estimate"),
    pytest.param("今年小麦总产量估计比去年增加六十亿斤以上。", 60, {"kind": "forecast"}, id="估计 flags an estimate"),
    pytest.param("群众自办学校的招生人数，大致估算为：高中一万人，初中十八万人。", 18, {"kind": "forecast"}, id="估算为"),
    pytest.param("根据社会购买力估算，社会商品零售额要比上年增长百分之二十七。", 27, {"kind": "target"},
                 id="the estimate a goal is set from leaves the goal a target"),
    pytest.param("对困难估计不足，全年财政收入下降3%。", 3, {"kind": "actual"}, id="估计不足 is no estimate"),
    pytest.param("全年有望实现财政收入12亿元。", 12, {"kind": "forecast"}, id="有望实现"),
    pytest.param("粮食生产连续跨上3000亿斤和4000亿斤的新台阶。", 4000, {"kind": "actual", "unit": "亿斤"},
                 id="an amount before 的新台阶 is the level reached"),
    pytest.param("到1956年11月底止，生铁产量为467万吨，钢产量为415万吨。", 415, {"period": "到1956年11月底"},
                 id="到YYYY年N月底 is the cut-off period, as 截止到…月底"),
    pytest.param("到一九五四年十一月底，共积压器材一千零五十七万元。", 1057, {"period": "到一九五四年十一月底"},
                 id="到…月底 with a year in Chinese numerals"),
    pytest.param("1987年工农业总产值(1980年不变价)59.53亿元，比1986年增长20.4%。", 20.4, {"period": "1987年"},
                 id="a price base year is no period"),
    pytest.param("一九五八年粮食产量拟定为三千九百亿斤（按一九五七年不变价格计算）。", 3900, {"period": "一九五八年"},
                 id="按…不变价格 in Chinese numerals"),
    pytest.param("单产由1970年的444斤提高到588斤；按收获面积算，由1970年的570斤提高到730斤。", 730, {"period": None},
                 id="the start of an earlier change is no period of a later change's end"),
    pytest.param("全县投资增速同比下降5%，塌目标12个百分点。", 12, {"kind": "actual", "basis": "较目标值"},
                 id="points right after 目标 are a gap against it, whatever word compares"),
    pytest.param("投资增速落后目标4个百分点。", 4, {"kind": "actual"}, id="落后目标"),
    pytest.param("森林覆盖率目标是提高2个百分点。", 2, {"kind": "target"}, id="a goal in points names its change"),
    pytest.param("会议提出了钢产量一千二百万吨、煤产量三亿吨、棉花产量八千万担的三项指标。", 1200, {"kind": "target"},
                 id="提出了…的三项指标: the 了 sets goals, it reports no outcome"),
    pytest.param("会议提出了钢产量一千二百万吨、煤产量三亿吨、棉花产量八千万担的三项指标。", 8000,
                 {"kind": "target", "unit": "万担"}, id="an amount before 的三项指标 is kept"),
    pytest.param("去年提出了增长8%的目标，实际增长8.5%。", 8.5, {"kind": "actual"}, id="the outcome after it stays actual"),
    pytest.param("项目分两期建设，一期计划用地16.5亩。", 16.5, {"kind": "target"}, id="计划用地 is planned"),
]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_meaning(text, value, expected):
    assert dict(zip(expected, _fields(text, value, *expected))) == expected


def test_a_place_described_by_its_population_is_no_metric():
    """这样一个有六亿多人口的大国 describes the country; the count is reported nowhere."""
    text = "在我们这样一个拥有十四亿多人口的大国，我县是一个有六十万人口的农业大县。全县总人口62万人。"
    assert [m.value for m in _metrics(text)] == [62]


def test_the_population_a_share_is_of_is_still_read():
    assert 5 in [m.value for m in _metrics("贫困人口占全县60万人口的5%。")]


def test_an_amount_that_names_a_size_class_is_no_metric():
    """50亿元规模的子公司: the size of what is counted next, not an amount reported (as 500万元以上项目)."""
    text = "希望明年产生50亿合同额规模的子公司3家，10亿元规模项目要有5个。全年合同额200亿元。"
    values = [m.value for m in _metrics(text)]
    assert 50 not in values and 10 not in values and 200 in values


def test_a_decimal_broken_by_a_space_is_no_value():
    """固定资产投资24. 3亿元 (PDF text): the 3 after the point and space is no amount of its own."""
    values = [m.value for m in _metrics("全年固定资产投资24. 3亿元，出口额10000万美元。")]
    assert 3 not in values and 10000 in values


def test_a_middle_dot_between_digits_is_a_decimal_point():
    """投资额270·4亿元 (some sites and scans): 270.4, not 4 with '270' left in the indicator."""
    found = [(m.value, m.unit) for m in _metrics("全市固定资产投资额270·4亿元，增长22·5%，国内生产总值881・2亿元。")]
    assert found == [(270.4, "亿元"), (22.5, "%"), (881.2, "亿元")]


def test_a_dated_event_name_with_a_middle_dot_gives_no_figure():
    assert [m.value for m in _metrics("“5·12”汶川特大地震以来，全县重建房屋3万户。")] == [3]
