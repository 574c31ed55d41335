"""What a figure means, in patterns met on fresh pages of county and city reports, speeches at
project and economic meetings, statistical releases and reports of the 1950s–1980s (session H,
helper "meaning").

A year described inside a comparison (比抗日战争前的1936年, 1956年同1955年相比) is the time compared
with, not the period of the figures after it.
"""
from __future__ import annotations

import pytest

from test_metric_meaning_g import _fields, _metrics  # noqa: F401  (the same readers of one text)


BREAKDOWN = ("前三季度，全市规模以上工业增加值同比增长9.9%。分登记注册类型看，国有控股企业增长6.5%；集体企业增长8.3%。"
             "分轻重工业看，重工业增长11.2%，轻工业增长7.7%。分地区看，南部地区增长9.6%。")
OWN_MEASURE = ("前三季度，全市规模以上工业增加值同比增长9.9%。分经济类型看，国有控股企业增加值同比增长6.5%；股份制企业增长7.1%。"
               "分三大门类看，采矿业增加值同比增长3.2%，制造业增长4.4%。")

TWO_YEARS = "上半年，全市规模以上工业增加值同比增长13.6%，两年平均增长5.9%，两年平均增速比一季度加快0.4个百分点。"

SECTORS = "前三季度，三次产业占GDP的比重为9.1:40.2:50.7，对经济增长的贡献率分别为5.3%、38.5%和56.2%，分别拉动GDP增长0.4、3.0和4.4个百分点。"

#: (text, value, {field: expected})
CASES = [
    pytest.param("1950年全县农业总产值为1840万元，比战乱前的1937年下降16%；棉花产量为2100吨，比1937年下降12.5%。",
                 2100, {"period": "1950年"}, id="a described base year is not the next figure's period"),
    pytest.param("1950年全县农业总产值为1840万元，比战乱前的1937年下降16%；棉花产量为2100吨。",
                 16, {"period": "1950年", "basis": "较1937年"}, id="the compared figure keeps its own period"),
    pytest.param("1957年同1956年相比：小麦增产18.5%，油菜籽增产9.3%。",
                 9.3, {"period": "1957年"}, id="X年同Y年相比: Y is compared with"),
    pytest.param("2019年全市第三产业比重由2015年的41%提高到47%。", 47, {"period": "2019年"},
                 id="比重 is no comparison"),
    pytest.param("20**年，全乡完成农业总产值3.4亿元，同比增长6.1%。", 6.1, {"period": "20**年"},
                 id="a year masked with stars is a period"),
    pytest.param("200*年，全乡实现财政收入8600万元。", 8600, {"period": "200*年"},
                 id="a year with its last digit masked"),
    pytest.param("上半年全区工业增加值增长9.1%，增速高于全国3.2个百分点、全省1.6个百分点。", 1.6,
                 {"direction": "increase", "basis": "较全省", "indicator": "工业增加值增速"},
                 id="the next area of a list of gaps"),
    pytest.param("1-8月全区税收增长4%，低于全市2.1个百分点、全省平均水平0.7个百分点。", 0.7,
                 {"direction": "decrease", "basis": "较全省"}, id="the next area, lower"),
    pytest.param("报告显示，2023年该市地区生产总值达到2871亿元。", 2871, {"indicator": "地区生产总值"},
                 id="a place referred back to is no part of the measure"),
    pytest.param("1957年，这个县棉花总产量为十二万担。", 12, {"indicator": "棉花总产量"}, id="这个县"),
    pytest.param("该项目占地160亩，总投资3.2亿元。", 160, {"indicator": "项目占地面积"},
                 id="该 of a project referred back to"),
    pytest.param("三年来，全县经济总量接连跨越100亿元、200亿元两个台阶。", 100, {"indicator": "经济总量"},
                 id="接连 is no part of the measure"),
    pytest.param("全县经济运行平稳，财政收入稳步增长，全年完成4.6亿元。", 4.6, {"indicator": "财政收入"},
                 id="the clause right before names the measure"),
    pytest.param("全市发展势头良好，经济总量稳步上扬，相继迈上800亿元、900亿元台阶。", 900, {"indicator": "经济总量"},
                 id="a second clause that names it, then 相继"),
    pytest.param("5月份，全省规模以上工业增加值同比增长6.2%，环比增长0.8%。", 0.8,
                 {"indicator": "规模以上工业增加值", "basis": "环比"}, id="环比 is a basis, not a measure"),
    pytest.param("五年来，全县服务业增加值年均增长9%，比重提高到46.3%。", 46.3,
                 {"indicator": "服务业增加值比重", "direction": "level"}, id="a bare 比重 is the share of the measure before"),
    pytest.param("今年安排市级重点项目60个、年度计划投资95亿元，1-5月累计完成投资41.2亿元，高于时间进度1.6个百分点。",
                 1.6, {"basis": "较时间进度", "kind": "actual", "direction": "increase", "indicator": "投资进度"},
                 id="a gap to the schedule is how far the work is, done"),
    pytest.param("上半年全县完成工业投资12亿元，低于序时进度3个百分点。", 3,
                 {"basis": "较序时进度", "direction": "decrease"}, id="低于序时进度"),
    pytest.param("一九五四年，全县小麦增产百分之十二，油菜籽比上年减产3.4%。", 12, {"indicator": "小麦产量"},
                 id="a crop that 增产 is the crop's output"),
    pytest.param("一九五四年，全县小麦增产百分之十二，油菜籽比上年减产3.4%。", 3.4,
                 {"indicator": "油菜籽产量", "direction": "decrease", "basis": "较上年"}, id="减产"),
    pytest.param("全县粮食平均亩产比上年增产8%。", 8, {"indicator": "粮食平均亩产"}, id="a yield that 增产 stays a yield"),
    pytest.param("今年经济社会发展的主要预期目标是：预期地区生产总值增长6%左右。", 6,
                 {"indicator": "地区生产总值", "kind": "target"}, id="预期 opening the clause is no part of the name"),
    pytest.param("全年计划实施重点项目320个，总投资1800亿元。", 320, {"indicator": "实施重点项目数", "kind": "target"},
                 id="全年计划实施: 全年 is no part of the name"),
    pytest.param("1-6月，全市实际到位资金58亿元，占全年计划的67%。", 67, {"indicator": "实际到位资金占全年计划比重"},
                 id="a share of the year's plan keeps 全年"),
    pytest.param(BREAKDOWN, 8.3, {"indicator": "集体企业规模以上工业增加值"}, id="a kind of firm the figure is broken into"),
    pytest.param(BREAKDOWN, 11.2, {"indicator": "重工业规模以上工业增加值"},
                 id="the next breakdown is of the same figure, not of a part"),
    pytest.param(BREAKDOWN, 9.6, {"indicator": "规模以上工业增加值"}, id="a place is no part of the name"),
    pytest.param(OWN_MEASURE, 7.1, {"indicator": "股份制企业增加值"}, id="a first part that names its measure"),
    pytest.param(OWN_MEASURE, 4.4, {"indicator": "制造业增加值"}, id="the next sentence's parts, likewise"),
    pytest.param("五年来，全镇财政收入由2006年的不足千万元，到2010年的突破亿元大关，达到1.3亿元。", 1.3,
                 {"kind": "actual", "indicator": "财政收入", "period": "2010年"},
                 id="到2010年的 tells a change from one year to another, not a goal"),
    pytest.param("五年来，全镇财政收入由2006年的不足千万元，到2010年的突破亿元大关，达到1.3亿元。", 1000,
                 {"indicator": "财政收入"}, id="不足 is no part of the name"),
    pytest.param("到2027年，全县地区生产总值达到500亿元。", 500, {"kind": "target"}, id="到2027年 still sets a goal"),
    pytest.param("全区营收超5亿元的企业有42家、超20亿元的9家。", 9, {"indicator": "营收超20亿元的企业数"},
                 id="the same units counted above another size"),
    pytest.param("全县新开工亿元以上项目31个，其中超5亿元的6个。", 6, {"indicator": "新开工超5亿元项目数"},
                 id="其中超5亿元的: a larger size of the projects counted"),
    pytest.param("本批开工项目中，工业倍增升级行动项目7个。", 7, {"indicator": "工业倍增升级行动项目数"},
                 id="倍增 is part of a name, not a rise"),
    pytest.param("制造业倍增计划实施以来，全县规上工业增加值增长12.4%。", 12.4, {"kind": "actual"},
                 id="since a plan was carried out: done"),
    pytest.param("1-9月，全县累计完成投资8.2亿元，其中2021年结转项目完成投资3.1亿元；签约项目18个。", 18,
                 {"period": "1-9月"}, id="a part's own year after 其中 does not carry on"),
    pytest.param("1-9月，全县累计完成投资8.2亿元，其中2021年结转项目完成投资3.1亿元；签约项目18个。", 3.1,
                 {"period": "2021年"}, id="the part keeps its year"),
    pytest.param("全年新评定信用村42个，信用镇增加到6个。", 42, {"indicator": "新评定信用村数"},
                 id="信用村 is a kind of village, not a village's name"),
    pytest.param("全年新评定信用村42个，信用镇增加到6个。", 6, {"indicator": "信用镇数"}, id="信用镇"),
    pytest.param(TWO_YEARS, 5.9, {"indicator": "规模以上工业增加值", "direction": "increase"},
                 id="两年平均增长 is growth of the measure (as 年均增长)"),
    pytest.param(TWO_YEARS, 0.4, {"indicator": "规模以上工业增加值两年平均增速", "basis": "较一季度"},
                 id="a change of the two-year average rate names it"),
    pytest.param("1-4月，全市社会消费品零售总额同比增长21.3%，两年平均增速为4.2%。", 4.2,
                 {"indicator": "社会消费品零售总额两年平均增速", "direction": "level"}, id="两年平均增速为"),
    pytest.param("力争到“十五五”末，全市常住人口城镇化率达到72%左右。", 72, {"period": "“十五五”末"},
                 id="the end of a five-year plan is a period"),
    pytest.param("“十三五”末，全县森林覆盖率达到61%，较“十二五”末提高4个百分点。", 4,
                 {"period": "“十三五”末", "basis": "较“十二五”末"}, id="the plan-end compared with stays the basis"),
    pytest.param("到“十五五”末，农民人均可支配收入由目前的2.1万元增长到3万元左右。", 2.1, {"period": None},
                 id="what a change starts from today has no period"),
    pytest.param("20xx年，城镇常住居民人均可支配收入xxxxx元，年均增长x.x%。", None,
                 {"unit": "元", "placeholder": True, "indicator": "城镇常住居民人均可支配收入"},
                 id="five x stand for a five-digit income"),
    pytest.param("今年要实现地区生产总值增长6.5%以上、总量力争突破800亿元。", 800,
                 {"unit": "亿元", "indicator": "地区生产总值", "kind": "target"}, id="力争 is no part of the name"),
    pytest.param(SECTORS, 38.5, {"indicator": "第二产业对经济增长贡献率"}, id="三次产业…分别: the three sectors in order"),
    pytest.param(SECTORS, 4.4, {"indicator": "第三产业拉动GDP增长", "unit": "个百分点"},
                 id="the sectors of an earlier clause of the sentence"),
    pytest.param("全年一、二、三产业分别实现增加值2.1亿元、36.4亿元和51.8亿元。", 36.4,
                 {"indicator": "第二产业增加值"}, id="一、二、三产业 written short"),
    pytest.param("甲车间改造、乙仓储中心等6个项目正在建设当中。", 6, {"indicator": "在建项目数"},
                 id="projects that are being built are 在建"),
    pytest.param("1-6月，全县完成全社会固定资产投资12.6亿元，占年度计划的48%；其中县属完成7.1亿元。", 7.1,
                 {"indicator": "县属全社会固定资产投资"}, id="其中 a part that names no measure takes the amount's"),
    pytest.param("1-6月，全县完成财政收入2.2亿元；其中国税完成0.9亿元。", 0.9, {"indicator": "国税"},
                 id="a part that is money of its own keeps its name"),
    pytest.param("从本市看，去年一季度全市经济增长2.8%，四季度增长5.1%。", 2.8, {"period": "去年一季度"},
                 id="去年一季度 is one period"),
    pytest.param("今年上半年，全县完成固定资产投资18.2亿元。", 18.2, {"period": "今年上半年"},
                 id="今年上半年, as 今年前×个月"),
    pytest.param("一九七三年全大队粮食亩产九百斤，亩产比解放初增长四倍多。", 4,
                 {"indicator": "亩产", "basis": "较解放初"}, id="比解放初 is a base kept as written"),
    pytest.param("扩大复种面积后共增产粮食三千二百万斤，占全县总增产量21.5%。", 3200,
                 {"indicator": "粮食增产量", "direction": "increase"}, id="增产粮食: the crop's gain"),
    pytest.param("扩大复种面积后共增产粮食三千二百万斤，占全县总增产量21.5%。", 21.5,
                 {"direction": "level"}, id="总增产量 is a noun, not a rise"),
    pytest.param("一九五七年，原煤增产了一千二百万吨。", 1200, {"indicator": "原煤"}, id="增产了 names no crop after it"),
    pytest.param("1952年，在全县工农业总产值中，农业产值占81%，工业产值仅占19%。", 19,
                 {"indicator": "工业产值占工农业总产值比重"}, id="在X中: the whole the parts' shares are of"),
    pytest.param("一九五六年全县积累率由上年的12.5%提高到16%。", 16, {"indicator": "积累率"},
                 id="由上年的: the measure before it is named"),
    pytest.param("一九五六年全县积累率由上年的12.5%提高到16%。", 12.5, {"indicator": "积累率"},
                 id="the figure it starts from"),
    pytest.param("在这次质量抽查中，合格产品占96%。", 96, {"indicator": "合格产品占比"},  # (a share, of no whole: session R)
                 id="在…中 of an event names no whole"),
    pytest.param("1-6月，全市签约项目21个，计划投资46亿元，前期工作项目17个，计划投资88亿元。", 17,
                 {"kind": "actual", "indicator": "前期工作项目数"}, id="a set's planned investment plans no later count"),
    pytest.param("1-6月，全市签约项目21个，计划投资46亿元，前期工作项目17个，计划投资88亿元。", 46,
                 {"kind": "target"}, id="the planned investment itself is a target"),
    pytest.param("今年计划新开工项目40个，竣工项目25个。", 25, {"kind": "target"}, id="a plan of doing still governs the list"),
    pytest.param("五年来，我镇努力争取上级单位支持，使得甲公司（投资2亿元）落户投产。", 2, {"kind": "actual"},
                 id="努力争取 holds no 力争"),
    pytest.param("今年全县地区生产总值增长6%，明年我们将努力争取实现增长7%。", 7,
                 {"indicator": "地区生产总值", "kind": "target"}, id="将努力 is no part of the name"),
    pytest.param("从1978到1983年，社队企业共上缴税金31亿元。", 31, {"kind": "actual"},
                 id="从1978到1983年 is a span reported, not a goal"),
    pytest.param("本年度计划开工项目150项，其中1-9月份计划开工120项，目前实际已开工97项。", 97, {"period": "1-9月份"},
                 id="a span to date after 其中 goes on"),
]

#: texts that hold no metric at the value named
NOT_METRICS = [
    pytest.param("五年来，xx度假村、xx酒店等一批企业落户我镇。", "度", id="a name's placeholder before 度假村"),
    pytest.param('全市出台 "20 条 " 措施和 "45 条 " 细则，稳住经济大盘。', "条", id="a policy named in straight quotes"),
    pytest.param("年产20万吨饲料、50吨高纯硅、年产80万套灯具等一批项目建成投产。", "吨",
                 id="a capacity in a list of plants named by their capacities"),
]


def test_a_decimal_cut_by_a_short_line_gives_no_wrong_value() -> None:
    # 12.⏎5%: the 5 is the decimals of 12.5, not five per cent (right or absent)
    text = "全镇地区生产总值增长12.\n5%，财政收入增长8.6%。\n"
    assert 5 not in [m.value for m in _metrics(text)]
    assert 8.6 in [m.value for m in _metrics(text)]


@pytest.mark.parametrize("text,unit", NOT_METRICS)
def test_not_a_metric(text: str, unit: str) -> None:
    assert [m for m in _metrics(text) if m.unit == unit] == []


@pytest.mark.parametrize("text,value,expected", CASES)
def test_field(text: str, value, expected: dict) -> None:
    got = dict(zip(expected, _fields(text, value, *expected)))
    assert got == expected
