"""What a figure means, in patterns met on 34 fresh pages of county and town reports (session E).

Counts carry their growth (在建项目120个，同比增长35%); a plan's size is not part of the
completion rate's name (完成年度目标任务300亿元的41.2%); sectors broken out of a measure keep
the measure (制造业增长4.1%); 争取 before the funds it won is no goal; 比增 is the shorthand of
同比增长; 全年任务 is a plan, not a period; an anonymised year (XX年) is a period; and a number
whose decimal point a site dropped (生产总值7 3亿元) is no value at all.
"""
from __future__ import annotations

import pytest

import speechdoc


def _metrics(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.indicator, m.direction, m.basis, m.kind, m.period)
            for m in speechdoc.parse(text).metrics()]


def _by_value(text: str, field: str = "indicator") -> dict:
    return {m.value: getattr(m, field) for m in speechdoc.parse(text).metrics()}


def test_a_dropped_decimal_point_gives_no_value():
    got = _metrics("全年预计完成地区生产总值7 3亿元，完成固定资产投资26000万元，占全年任务的104 6%。")
    assert [(v, u) for v, u, *_ in got] == [(26000, "万元")]


def test_numbers_after_a_blank_that_follows_no_digit_are_read():
    assert [(m.value, m.unit) for m in speechdoc.parse("粮食产量比上年增长 8.5，共 4 个乡镇").metrics()] == [
        (8.5, None), (4, "个")]


#: (text, {value: indicator}): whose figure each value is
NAMES = [
    pytest.param("上半年，新增入库企业88个，同比增长41.5%；在建项目120个，同比增长35%；"
                 "签约总金额560亿元，同比增长12%，其中亿元以上签约项目46个，同比增长20.8%。",
                 {41.5: "新增入库企业数", 35: "在建项目数", 12: "签约总金额", 20.8: "亿元以上签约项目数"},
                 id="a growth after a count is the count's"),
    pytest.param("1-6月，全市新开工项目52个，完成年度目标任务90个的57.8%，同比增长9.4%。"
                 "全市引进省外资金额128.6亿元，完成年度目标任务300亿元的42.9%，同比增长6.1%。"
                 "完成到位资金80.5亿元，完成州政府下达任务数95.2亿元的84.6%。",
                 {57.8: "新开工项目年度目标任务完成率", 9.4: "新开工项目数", 42.9: "引进省外资金额年度目标任务完成率",
                  6.1: "引进省外资金额", 84.6: "到位资金任务数完成率"},
                 id="a plan's size is not in the completion rate's name"),
    pytest.param("前三季度，规模以上工业增加值同比增长5.6%。分门类看，采矿业增加值增长7.2%，制造业增长4.1%；"
                 "分经济类型看，国有控股企业增加值增长3.3%，私营企业增长6.7%。"
                 "全县完成工业增加值21.7亿元，增长8.8%，其中，规上企业增长9.1%，规下企业增长6.2%。",
                 {4.1: "制造业增加值", 3.3: "国有控股企业增加值", 6.7: "私营企业增加值", 9.1: "规上企业增加值",
                  6.2: "规下企业增加值"},
                 id="sectors broken out of a measure keep it"),
    pytest.param("全年种植花椒2万亩、产量1.6万吨；种植核桃3万亩、产量0.9万吨。",
                 {1.6: "花椒产量", 0.9: "核桃产量"}, id="a bare head after 、 takes the item's topic"),
    pytest.param("全年共完成征地860户1320亩，拆迁房屋410户6.2万平方米。",
                 {1320: "征地面积", 6.2: "拆迁房屋面积", 860: "征地户数"}, id="a second measure of one thing"),
    pytest.param("城镇和农村常住居民人均可支配收入达到31200元、16800元，城、乡居民人均消费支出分别增长5%、7%。",
                 {31200: "城镇常住居民人均可支配收入", 16800: "农村常住居民人均可支配收入",
                  5: "城镇居民人均消费支出", 7: "农村居民人均消费支出"}, id="towns and countryside as a pair"),
    pytest.param("省外到位资金52.3亿元，完成目标任务的118.6%，超进度35.2%，占总到位资金的40.2%。",
                 {35.2: "超进度", 40.2: "省外到位资金占总到位资金比重"}, id="a share after a rate is the amount's"),
    pytest.param("全年，装备制造产业持续壮大，食品加工产业稳步发展，纺织服装产业加快转型，"
                 "占全市规上工业产值的比重分别达到31.5%、22.4%和12.8%。",
                 {31.5: "装备制造产业占全市规上工业产值比重", 22.4: "食品加工产业占全市规上工业产值比重",
                  12.8: "纺织服装产业占全市规上工业产值比重"}, id="each clause's sector takes its share"),
    pytest.param("一季度，全县电子信息制造业、生物医药制造业分别实现工业增加值4.2亿元、1.8亿元。",
                 {4.2: "电子信息制造业工业增加值", 1.8: "生物医药制造业工业增加值"},
                 id="sectors enumerated before 分别 take the measure after it"),
    pytest.param("实现生产总值120亿元、地方财政收入9.6亿元，分别增长7.1%、5.3%。",
                 {7.1: "生产总值", 5.3: "地方财政收入"}, id="amounts named before 分别 come first"),
    pytest.param("一季度，农副食品加工业产值同比增长12.4%，对规上工业产值增长贡献率达28.6%；"
                 "最终消费支出对经济增长的贡献率为58.2%；旅游综合收入21亿元，对地方经济综合贡献率达6.1%。",
                 {28.6: "农副食品加工业对规上工业产值贡献率", 58.2: "最终消费支出对经济增长贡献率",
                  6.1: "旅游对地方经济综合贡献率"}, id="whose contribution a contribution rate is"),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_whose_figure_it_is(text: str, expected: dict) -> None:
    got = _by_value(text)
    assert {v: got.get(v) for v in expected} == expected


def test_employment_is_no_sector():
    assert _by_value("规上工业增加值增长6%，城镇新增就业增长5%。")[5] == "城镇新增就业"


def test_funds_won_from_above_are_no_goal():
    text = ("一、过去一年工作回顾\n"
            "争取上级转移支付12.4亿元、专项资金6.3亿元，积极向上级争取专项债券3000余万元。\n"
            "二、今年工作安排\n"
            "今年要争取上级资金15亿元以上，争取实现地区生产总值增长6%。\n")
    got = {m.value: (m.indicator, m.kind) for m in speechdoc.parse(text).metrics()}
    assert got[12.4] == ("上级转移支付额", "actual")
    assert got[6.3] == ("专项资金", "actual")
    assert got[3000][1] == "actual"
    assert got[15][1] == "target" and got[6] == ("地区生产总值", "target")


def test_zhengqu_before_a_goal_stays_a_goal():
    got = speechdoc.parse("全县上下要为争取粮食亩产至少八百斤而奋斗。").metrics()
    assert [(m.value, m.kind) for m in got] == [(800, "target")]


def test_bi_zeng_is_year_on_year():
    got = _by_value("预计全年农业总产值可实现18.6亿元，比增6.2%，其中林业产值2.1亿元，比降1.5%；"
                    "渔业产值环比增长3.3%，与上年相比增长4.4%。", "basis")
    assert got[6.2] == "同比" and got[1.5] == "同比"
    assert got[3.3] == "环比" and got[4.4] != "同比"  # (环比: against the period before, kept as written)


def test_the_years_task_is_not_a_period():
    got = {m.value: (m.period, m.kind) for m in speechdoc.parse(
        "截止2019年底，全镇工业总产值完成8.2亿元，同比增长12%；税收完成360万元，占全年任务101.5%。").metrics()}
    assert got[8.2] == ("截止2019年底", "actual")
    assert got[101.5] == ("截止2019年底", "actual")


def test_an_anonymised_year_is_a_period_not_a_name():
    got = speechdoc.parse("XX年我区高新技术产品产值达到52亿元，年均递增18%，占我区工业总产值9%。").metrics()
    assert [(m.indicator, m.period) for m in got] == [
        ("高新技术产品产值", "XX年"), ("高新技术产品产值", "XX年"), ("高新技术产品产值占工业总产值比重", "XX年")]


def test_verbs_of_doing_and_the_statistics_are_not_the_name():
    got = _by_value("落实大豆种植面积8600亩。据统计全区新增茶叶种植面积1500余亩。")
    assert got[8600] == "大豆种植面积"
    assert got[1500] == "新增茶叶种植面积"


def test_a_fall_written_as_growth_is_the_amounts():
    got = _by_value("1-6月，全市工业投资额88.3亿元，完成年度目标任务210亿元的42%，同比增长-6.5%。")
    assert got[-6.5] == "工业投资额"


def test_can_reach_is_an_estimate():
    got = {m.value: (m.indicator, m.kind) for m in speechdoc.parse(
        "预计全年渔业总产值可实现6.2亿元；农民人均现金收入可达15800元，比增8%。").metrics()}
    assert got[15800] == ("农民人均现金收入", "forecast")


def test_how_a_growth_was_computed_is_not_the_name():
    got = _by_value("税收收入完成8210万元，可比增长9%。一般公共预算收入同口径增长6.5%。"
                    "地区生产总值126亿元，按不变价格计算，同比增长5.1%。")
    assert got[9] == "税收收入" and got[6.5] == "一般公共预算收入" and got[5.1] == "地区生产总值"


def test_a_sown_area_is_named_once():
    got = _by_value("五年内扩大播种面积12万亩，种植粮食面积8万亩。")
    assert got[12] == "播种面积" and got[8] == "粮食种植面积"
