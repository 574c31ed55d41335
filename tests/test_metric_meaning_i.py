"""What a figure means, in error kinds that recur across fresh pages (session I, helper "meaning"):
rank positions, the people a speech addresses, a speech's own title, a set named by the sentence's
subject, discourse words before a name, list lines labelled by their item, figures cut by a wrap.
Every text here is written for the test.
"""
from __future__ import annotations

import pytest

from test_metric_meaning_g import _fields, _metrics  # noqa: F401  (the same readers of one text)
from speechdoc.text.numerals import read_numeral

#: (text, value, {field: expected})
CASES = [
    pytest.param("今年全市三十大重点项目已开工建设21个，竣工投产4个。", 21, {"indicator": "三十大重点项目开工数"},
                 id="开工建设: the subject names the set counted"),
    pytest.param("就是全县生产总值完成86.3亿元，增长7%。", 86.3, {"indicator": "生产总值"}, id="就是 is no part of the name"),
    pytest.param("特别是财政总收入达到12.4亿元。", 12.4, {"indicator": "财政总收入"}, id="特别是 is no part of the name"),
    pytest.param("全县畜牧业产值占农业产值比重的31%。", 31, {"indicator": "畜牧业产值占农业产值比重"},
                 id="占…比重的: the share is named once"),
    pytest.param("新增设施农业2万亩、有机农业800亩。", 800, {"indicator": "有机农业面积"}, id="有机 is no verb 有"),
    pytest.param("全乡有效灌溉面积达到12万亩。", 12, {"indicator": "有效灌溉面积"}, id="有效 is no verb 有"),
    pytest.param("新增市级园区3个、省级提质增效园区2个。", 2, {"indicator": "省级提质增效园区数", "direction": "level"},
                 id="增效 is no increase"),
    pytest.param("引进了甲地服装加工、乙地农产品深加工、丙地建材等招商项目21个，合同引资12.4亿元。", 21,
                 {"indicator": "招商项目数"}, id="members listed before 等 name no set"),
    pytest.param("五年来，全市共实施省级重点项目56个，总投资1200亿元，累计完成投资860亿元。", 860,
                 {"indicator": "实施省级重点项目完成投资"}, id="the investment of the set just counted and priced"),
    pytest.param("三十年来，主要工业产品产量增长很快：\n  煤炭：一九五二年为三千二百万吨，一九七八年为五万八千六百万吨。\n"
                 "  钢：一九五二年为一百三十五万吨，一九七八年为二千九百万吨。\n", 58600,
                 {"indicator": "煤炭", "unit": "万吨"}, id="a list line's label names its figures"),
    pytest.param("三十年来，主要工业产品产量增长很快：\n  煤炭：一九五二年为三千二百万吨，一九七八年为五万八千六百万吨。\n"
                 "  钢：一九五二年为一百三十五万吨，一九七八年为二千九百万吨。\n", 135,
                 {"indicator": "钢", "period": "一九五二年"}, id="a one-character label"),
    pytest.param("主要体现在：一是全乡经济稳步发展。二是农民收入实现较快增长。达到4120元，增长9%。", 4120,
                 {"indicator": "农民收入"}, id="a sentence of bare figures after one that names the measure"),
    pytest.param("全年粮食种植面积达36万亩，预计产量11万吨。", 11, {"indicator": "粮食产量", "kind": "forecast"},
                 id="预计 before the crop's output"),
    pytest.param("2010年，全县农民人均纯收入达××××元，同比增长××%。", None, {"indicator": "农民人均纯收入", "unit": "元"},
                 id="four × stand for a figure"),
    pytest.param("全县共实现财政总收入××.××亿元。", None, {"indicator": "财政总收入", "unit": "亿元"},
                 id="×× point ×× stands for a figure"),
    pytest.param("2016年，预计(下同)全县生产总值260亿元，增长8.1%；固定资产投资190亿元，增长15%。", 190,
                 {"kind": "forecast"}, id="预计(下同) stands for the figures after it"),
    pytest.param("全乡农民人均纯收入6120元，其中务工收入占58%。", 58, {"indicator": "务工收入占农民人均纯收入比重"},
                 id="其中 a part's share of the amount just named"),
    pytest.param("林业、畜牧业产值已占到农业总产值的45%。", 45, {"indicator": "林业、畜牧业产值占农业总产值比重"},
                 id="已占到: adverb and 到 are no part of the share"),
    pytest.param("全县高效种植业面积达32万亩、高效渔业面积达8.5万亩，分别占总面积的41.2%和36.5%。", 36.5,
                 {"indicator": "高效渔业面积占总面积比重"}, id="分别占: each one's share"),
    pytest.param("全县人均占有粮食达420公斤。", 420, {"indicator": "人均占有粮食"}, id="占有 is no share"),
    pytest.param("全县设施农业当年新增1.6万亩。", 1.6, {"indicator": "设施农业当年新增面积"}, id="新增 at the name's end"),
    pytest.param("三十五年来，全省工业总产值以年均递增11.2%的速度增长。", 11.2,
                 {"indicator": "工业总产值", "direction": "increase", "period": "三十五年来"},
                 id="以年均递增…的速度: 递增 is the verb, 以 no part of the name; a three-numeral span"),
    pytest.param("五年计划规定农业总产值增长23.3%，即平均每年递增4.3%。", 4.3, {"indicator": "农业总产值"},
                 id="即 opens a restatement"),
    pytest.param("五年计划规定农业总产值增长23.3%，即平均每年递增4.3%。", 23.3,
                 {"indicator": "农业总产值", "kind": "target"}, id="what a plan 规定 is a target, 规定 no part of the name"),
    pytest.param("实际完成的造价超过国家规定的平均造价12%。", 12, {"kind": "actual"},
                 id="a comparison with what was 规定 is no plan"),
    pytest.param("到1935年，全国钢年产量才增加到87万吨。", 87, {"indicator": "钢年产量"}, id="才 is no part of the name"),
    pytest.param("城镇居民人均收入和农民人均纯收入分别达21840元和9581元，增长8.2%和9.3%。", 9.3,
                 {"indicator": "农民人均纯收入"}, id="values listed as long as the measures listed before, 分别 or not"),
    pytest.param("全年引进人才120人。", 120, {"indicator": "引进人才数"}, id="人才 keeps its 才"),
    pytest.param("我镇仅外出务工人员就有5230人，占全镇劳动力总数的41%。", 41,
                 {"indicator": "外出务工人员占劳动力总数比重"}, id="a share of what the sentence just counted"),
    pytest.param("全区仅个体工商户就有8120户，占全市个体工商户的18%。", 18,
                 {"indicator": "个体工商户占全市比重"}, id="a whole that repeats the count is the area's"),
    pytest.param("我乡现已转移劳动力3900人。", 3900, {"indicator": "转移劳动力数"}, id="现已 is no part of the name"),
    pytest.param("全县推广测土配方施肥45万亩。", 45, {"indicator": "测土配方施肥面积"},
                 id="an area is its object's: the verb before it says it was done"),
    pytest.param("全乡发展经济林1.3万亩。", 1.3, {"indicator": "经济林面积"}, id="发展 before the area's object"),
    pytest.param("全县未开工重点项目9个。", 9, {"indicator": "未开工重点项目数"}, id="未开工 keeps its 未 (not the opposite set)"),
    pytest.param("今年计划开工项目120项，其中1-6月份计划开工80项，目前已开工75项，提前开工项目6项，未按计划开工项目11项。",
                 6, {"indicator": "提前开工项目数"}, id="提前开工: which of the set"),
    pytest.param("今年计划开工项目120项，其中1-6月份计划开工80项，目前已开工75项，提前开工项目6项，未按计划开工项目11项。",
                 11, {"indicator": "未按计划开工项目数"}, id="未按计划开工: which of the set"),
    pytest.param("今年计划开工项目120项，其中1-6月份计划开工80项，目前已开工75项，提前开工项目6项，未按计划开工项目11项。",
                 80, {"indicator": "开工项目数"}, id="a count of the set already named by its verb is not doubled"),
    pytest.param("全年降低农业税和农业税附加2.8个百分点，减少农民负担312万元。", 2.8,
                 {"indicator": "农业税和农业税附加税率", "direction": "decrease"}, id="points of a tax are its rate's"),
    pytest.param("全县降低农业税和农业税附加2.8个百分点，减少412万元。", 412,
                 {"indicator": "农业税和农业税附加"}, id="the amount after a tax rate's points is the tax's"),
    pytest.param("全省社队企业总产值1978年只有180亿元，到1983年猛增到620亿元，每年递增28%。", 620,
                 {"indicator": "社队企业总产值", "kind": "actual"}, id="猛增到: a result reported, not a goal"),
    pytest.param("今年全县生产总值增长6%，到2030年全县生产总值达到800亿元。", 800,
                 {"indicator": "生产总值", "kind": "target"}, id="到 before a year is no part of the name"),
    pytest.param("全县规上工业企业达到120家，实现产值85亿元。", 85, {"indicator": "规上工业产值"},
                 id="what the firms just counted made"),
    pytest.param("全县共有农民专业合作社320家，实现销售收入4.2亿元。", 4.2, {"indicator": "农民专业合作社销售收入"},
                 id="what the cooperatives just counted made"),
    pytest.param("全镇新增个体工商户180户。", 180, {"indicator": "新增个体工商户数", "direction": "level"},
                 id="新增 counts are levels, however long the noun"),
    pytest.param("地区生产总值、财政总收入、工业用电量三大主要指标分别增长7.1%、9.4%、12.2%。", 12.2,
                 {"indicator": "工业用电量"}, id="a list's summing name names no item"),
    pytest.param("全县晚稻共播种85300亩。", 85300, {"indicator": "晚稻播种面积"}, id="共播种: the crop's sown area"),
    pytest.param("上半年，全县完成农林牧渔业总产值18.6亿元，增长4.1%。其中：农业产值9.2亿元，占49.5%；畜牧业产值6.1亿元，占32.8%。",
                 32.8, {"indicator": "畜牧业产值占农林牧渔业总产值比重"}, id="a part's share of the whole named before 其中"),
    pytest.param("本年度计划开工项目180项(其中1-9月份计划新开工150项)。", 150, {"indicator": "新开工项目数"},
                 id="新开工 of the set already named by 开工"),
    pytest.param("上半年，规上工业增加值增长6.2%。三大门类中，规上采矿业增长2.1%，规上制造业增长7.4%。", 7.4,
                 {"indicator": "规上制造业增加值"}, id="a sector's growth after value added is its value added"),
    pytest.param("1-5月，规上服务业营业收入增长9.5%，其中科学研究和技术服务业增长21.3%。", 21.3,
                 {"indicator": "科学研究和技术服务业营业收入"}, id="a sector's growth after revenue stays revenue"),
    pytest.param("产值超亿元企业达15家，实现总产值86亿元，拉动规上工业产值8.2个百分点。", 8.2,
                 {"indicator": "产值超亿元企业拉动规上工业产值增长"}, id="the points of growth a puller gave"),
    pytest.param("消费拉动经济增长2.1个百分点。", 2.1, {"indicator": "消费拉动经济增长"}, id="拉动…增长 is no growth rate"),
    pytest.param("  一、全麵總結2003年工作，明確今年的主要任務\n  剛剛過去的2003年，全鄉糧食產量達到12800噸，比上年增長6%。\n",
                 12800, {"kind": "actual"}, id="a review heading in traditional script"),
]

#: texts that hold no metric with the unit named
NOT_METRICS = [
    pytest.param("1-9月，全县生产总值、规上工业利税增速在全市排位，分别由去年的18位、第9位上升为今年的12位、第4位。", "位",
                 id="positions in a ranking"),
    pytest.param("值此新春佳节，我代表县委、县政府，向全县42万父老乡亲致以节日的问候！", "万", id="the people addressed"),
    pytest.param("我谨代表县委、县政府和56万南江人民，向各位来宾表示热烈欢迎！", "万", id="the people of a place, named"),
    pytest.param("刚才，县住建局、交通局等5个县直部门和3个乡镇作了很好的发言。", "个", id="who spoke at the meeting"),
    pytest.param("全县村级集体经济收入超50万元的村12个，其中超100万元3个。", "万元", id="a size class before a count"),
    pytest.param("在第三批52个重点项目集中开工仪式上的讲话\n同志们：今天集中开工的项目总投资86亿元。", "个",
                 id="a speech's title names its occasion"),
]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_field(text: str, value, expected: dict) -> None:
    got = dict(zip(expected, _fields(text, value, *expected)))
    assert got == expected


@pytest.mark.parametrize("text,unit", NOT_METRICS)
def test_not_a_metric(text: str, unit: str) -> None:
    assert [m for m in _metrics(text) if m.unit == unit] == []


def test_a_rank_move_is_kept() -> None:
    # 上升3位 counts how far the place moved (M1), unlike the places themselves
    assert [m.value for m in _metrics("全县生产总值增速在全市排名较上年上升3位。") if m.unit == "位"] == [3]


def test_a_figure_cut_by_a_wrap_gives_no_wrong_value() -> None:
    # 34⏎0亿元: the 0 is the last digit of 340, not zero (right or absent)
    values = [m.value for m in _metrics("预计全县生产总值34\n0亿元，比上年增长7.7%；固定资产投资35亿元。")]
    assert 0 not in values and 35 in values


@pytest.mark.parametrize("numeral,value", [("六万一千八百万", 618_000_000), ("一万零四百零五万", 104_050_000),
                                           ("三万五千万", 350_000_000), ("十四亿一千一百七十八万", 1_411_780_000)])
def test_a_second_wan_scales_the_whole_number(numeral: str, value: int) -> None:
    assert read_numeral(numeral) == value
