"""What a figure means, in patterns met on 42 fresh pages of county, town and city reports,
statistical communiqués and speeches (session F, helper m).

A gap that lags (滞后), catches up (回升, 加快) or leads the schedule (领先时间进度) is a fall or a
rise against its base; a month compared with (较5月, 比1-8月份) is a base, not the period; the
modal and adverb words around a verb (可, 需, 再, 又, 使, 连年) and a list item's own marker
(一是, 3、) are not part of what is measured; nor is the firm that invests (甲有限公司投资).
"""
from __future__ import annotations

import pytest

import speechdoc


def _by_value(text: str, field: str = "indicator") -> dict:
    return {m.value: getattr(m, field) for m in speechdoc.parse(text).metrics()}


def _fields(text: str, value, *fields: str) -> tuple:
    m = next(m for m in speechdoc.parse(text).metrics() if m.value == value)
    return tuple(getattr(m, f) for f in fields)


#: (text, value, {field: expected})
GAPS = [
    pytest.param("1-8月，社会消费品零售总额完成86亿元，增长3.2%，增速滞后全市1.5个百分点，但较5月回升0.6个百分点。",
                 1.5, {"indicator": "社会消费品零售总额增速", "direction": "decrease", "basis": "较全市"},
                 id="滞后全市 is a fall against the city"),
    pytest.param("1-8月，社会消费品零售总额完成86亿元，增长3.2%，增速滞后全市1.5个百分点，但较5月回升0.6个百分点。",
                 0.6, {"indicator": "社会消费品零售总额增速", "direction": "increase", "basis": "较5月", "period": "1-8月"},
                 id="回升 against a month"),
    pytest.param("上半年，规模以上工业增加值增长7.1%，较一季度加快2.3个百分点。",
                 2.3, {"indicator": "规模以上工业增加值增速", "direction": "increase", "basis": "较一季度"},
                 id="加快 is a rise"),
    pytest.param("前三季度，全县固定资产投资同比增长9.5%，比1-8月份提高0.4个百分点。",
                 0.4, {"basis": "较1-8月份", "period": "前三季度"}, id="a span of months compared with is a base"),
    pytest.param("全县重点项目完成投资20.3亿元，完成年度投资计划的86.1%，领先时间进度11个百分点。",
                 11, {"direction": "increase", "basis": "较时间进度"}, id="领先时间进度"),
    pytest.param("乡镇企业用电量8月份增长6.4%。", 6.4, {"indicator": "乡镇企业用电量", "period": "8月份"},
                 id="a month written with 份 is one period"),
    pytest.param("1、元至6月份，全镇完成工业总产值3.2亿元。", 3.2, {"period": "元至6月份"}, id="元至6月份"),
]


#: (text, {value: indicator})
NAMES = [
    pytest.param("预计财政总收入可净增6亿元，全年物价涨幅可控制在3%左右。", {6: "财政总收入", 3: "物价涨幅"},
                 id="可 before a verb"),
    pytest.param("到2030年，常住人口城镇化率需达到65%，医疗床位再增加800张。", {65: "常住人口城镇化率", 800: "医疗床位张数"},
                 id="需 and 再 before a verb"),
    pytest.param("纺织厂完成一期改造，又自筹资金80万元，使产能提高20%，粮食产量连年稳定在75万吨以上。",
                 {80: "自筹资金", 20: "产能", 75: "粮食产量"}, id="又, 使 and 连年 around a verb"),
    pytest.param("一是社会消费品零售总额完成52亿元，比上年增长8%；二是税收实现3.1亿元。\n2、工业投资完成5.6亿元。",
                 {52: "社会消费品零售总额", 8: "社会消费品零售总额", 3.1: "税收", 5.6: "工业投资"},
                 id="a list item's marker is not the name"),
    pytest.param("技改投入加大，如宏达机械有限公司投资2600万元，新上两条生产线。", {2600: "投资"},
                 id="the firm that invests is the entity"),
    pytest.param("完成3个项目(其中甲化工有限公司计划投资800万元)。", {800: "计划投资"},
                 id="a value in a parenthesis is named inside it"),
    pytest.param("到2025年，建成区面积达到85平方公里。", {85: "建成区面积"}, id="建成区 is a noun"),
    pytest.param("全社会研发投入强度每年要提高0.2个百分点、从目前的2.1%达到3%。", {3: "全社会研发投入强度"},
                 id="an earlier figure of the clause is not the name"),
    pytest.param("高新技术企业数量从120家增加到300家。", {300: "高新技术企业数量"}, id="从 a starting value"),
]


#: (text, value, {field: expected}): where a change starts and what it is compared with
CHANGES = [
    pytest.param("1985年，全县粮食总产达11.2亿斤，比1980年7.6亿斤增长47.4%。", 7.6,
                 {"indicator": "粮食总产", "direction": "level", "basis": None, "period": "1980年"},
                 id="the value right after the year compared with is that year's level"),
    pytest.param("1985年，全县粮食总产达11.2亿斤，比1980年7.6亿斤增长47.4%。", 47.4,
                 {"indicator": "粮食总产", "direction": "increase", "basis": "较1980年"}, id="its growth"),
    pytest.param("一九八五年，全县粮食总产达十一亿斤，比一九八○年增长百分之四十五。", 45,
                 {"basis": "较一九八○年"}, id="a year typed with ○"),
    pytest.param("其中乡级收入860万元，比年初预算超收120万元，增长25%。", 120,
                 {"indicator": "乡级收入", "direction": "increase", "basis": "较年初预算"}, id="超收 over the budget"),
    pytest.param("全县油料产量2.6万吨，与去年增长6.5%。", 6.5, {"indicator": "油料产量", "basis": "较上年"},
                 id="与去年增长"),
    pytest.param("上半年，规模以上工业增加值增长10%，高于省下达目标2个百分点。", 2,
                 {"direction": "increase", "basis": "较目标值", "kind": "actual"}, id="高于下达目标: 下达 is no level"),
    pytest.param("三次产业结构由上年的20.5%、40.2%和39.3%调整为19.8%、39.6%和40.6%。", 19.8,
                 {"indicator": "三次产业结构", "period": None}, id="调整为 a new level"),
    pytest.param("三次产业结构由上年的20.5%、40.2%和39.3%调整为19.8%、39.6%和40.6%。", 40.2,
                 {"indicator": "三次产业结构", "period": "上年"}, id="the old level keeps its year"),
    pytest.param("2023年，外贸进出口总额由2020年的4200万美元增加到1.6亿美元，年均增长56%。", 56,
                 {"period": "2023年"}, id="a change from an earlier year: the growth is not of that year"),
    pytest.param("2023年，外贸进出口总额由2020年的4200万美元增加到1.6亿美元，年均增长56%。", 4200,
                 {"period": "2020年"}, id="the starting value is of that year"),
    pytest.param("到2027年，城镇居民人均可支配收入要由目前的3.8万元增长到5万元左右。", 3.8, {"kind": "actual"},
                 id="where a goal starts from is what is now"),
    pytest.param("到2027年，城镇居民人均可支配收入要由目前的3.8万元增长到5万元左右。", 5, {"kind": "target"},
                 id="the goal"),
    pytest.param("今年预期目标\n■全市生产总值增长6%左右，一般公共预算收入增长5%。", 5, {"kind": "target"},
                 id="a line that only names this year's targets"),
    pytest.param("地方财政收入215万元，同比下降12.5(同期入库农业税60万元)。", 60,
                 {"indicator": "入库农业税", "direction": "level", "basis": None}, id="a note in parentheses"),
    pytest.param("地方财政收入215万元，同比下降12.5(同期入库农业税60万元)。", 12.5,
                 {"indicator": "地方财政收入", "direction": "decrease", "basis": "同比"},
                 id="a figure whose % was lost, before a parenthesis"),
]


@pytest.mark.parametrize("text, value, expected", GAPS + CHANGES)
def test_fields(text, value, expected):
    assert dict(zip(expected, _fields(text, value, *expected))) == expected


MORE_NAMES = [
    pytest.param("实现规模工业产值8亿元、增加值2.1亿元。", {2.1: "规模工业增加值"}, id="规模工业's added value"),
    pytest.param("报告提出今年的主要预期目标——地区生产总值增长7%。", {7: "地区生产总值"}, id="a dash opens the item"),
    pytest.param("高新技术产业产值占规模以上工业总产值的比重到达25%。", {25: "高新技术产业产值占规模以上工业总产值比重"},
                 id="到达"),
]


def test_turns_and_breakthroughs_are_parts_of_a_speech_not_counts():
    assert speechdoc.parse("工业生产出现了4个转折，财贸工作争得了3个上升，全县实现了5个突破。").metrics() == []


#: (text, {value: indicator}): whose figure a bare rate, a share or a 分别 item is
OWNERS = [
    pytest.param("国民收入实现4.5亿元。比上年增长17%。牧业总产值实现7790万元。比上年增长21.2%。",
                 {17: "国民收入", 21.2: "牧业总产值"}, id="a bare growth opening the next sentence"),
    pytest.param("粮食单产实现250公斤，总产实现3.2亿公斤。", {3.2: "粮食总产"}, id="总产 after 单产"),
    pytest.param("10个市级重点项目，完成投资103亿元，完成年度投资计划的90.3%，领先时间进度7个百分点。",
                 {103: "市级重点项目投资", 90.3: "市级重点项目年度投资计划完成率", 7: "市级重点项目年度投资计划完成率"},
                 id="a named set's investment and its plan"),
    pytest.param("31个重点项目完成投资88.2亿元、完成率80.5%、超时序进度22个百分点。",
                 {80.5: "重点项目投资完成率", 22: "重点项目投资完成率"}, id="完成率 alone"),
    pytest.param("实现外贸出口171万美元，完成年任务的78%。", {78: "外贸出口年任务完成率"}, id="年任务"),
    pytest.param("财政收入完成1318万元，占全年任务2355万元的56%。", {56: "财政收入占全年任务比重"},
                 id="a task's size in a share"),
    pytest.param("龙头企业、限上商贸企业、规上文化企业复工率分别达到100%、99.6%和88%。",
                 {100: "龙头企业复工率", 99.6: "限上商贸企业复工率", 88: "规上文化企业复工率"},
                 id="items that share a measure after their common ending"),
]


@pytest.mark.parametrize("text, expected", NAMES + MORE_NAMES + OWNERS)
def test_names(text, expected):
    got = _by_value(text)
    assert {v: got.get(v) for v in expected} == expected


def test_a_respectively_list_that_opens_its_sentence_takes_the_figures_before_it():
    got = _by_value("乡镇企业全年完成产值1.4亿元。实现利润1060万元，完成税金380万元。分别比上年增长29%、17.7%和31.1%。")
    assert got[29] == got[1.4] and got[17.7] == got[1060] and got[31.1] == got[380]
    assert got[29] is not None and got[17.7] != got[31.1]


def test_a_year_described_before_it_is_named_is_the_base():
    assert _fields("粮食单产实现187公斤，总产实现5.58亿公斤，分别比大丰收的1990年增长19.1%和18.6%。", 18.6,
                   "basis", "period") == ("较1990年", None)


LEFTOVERS = [
    pytest.param("规模以上工业增加值、固定资产投资分别下降3.2%和5.1%，降幅分别收窄1.2和0.8个百分点。",
                 {3.2: "规模以上工业增加值", 5.1: "固定资产投资", 1.2: "规模以上工业增加值降幅", 0.8: "固定资产投资降幅"},
                 id="items that name their own measure, and their declines after 分别"),
    pytest.param("工业增加值、税收分别增长3.2%和5.1%，增幅分别提高1.2和0.8个百分点。",
                 {1.2: "工业增加值增速", 0.8: "税收增速"}, id="增幅分别 after a 分别 list"),
    pytest.param("规模以上工业增加值下降3.2%，降幅比一季度收窄1.2个百分点。", {1.2: "规模以上工业增加值降幅"},
                 id="a decline that narrows"),
    pytest.param("高技术制造业增加值增长15.2%，快于全部规模以上工业8.1个百分点。", {8.1: "高技术制造业增加值增速"},
                 id="快于全部…: the whole compared with is the base"),
    pytest.param("城镇居民人均可支配收入38000元，增长5%；农村居民16000元，增长7%。",
                 {16000: "农村居民人均可支配收入", 7: "农村居民人均可支配收入"}, id="the other group's same measure"),
]


@pytest.mark.parametrize("text, expected", LEFTOVERS)
def test_leftovers_of_the_last_session(text, expected):
    got = _by_value(text)
    assert {v: got.get(v) for v in expected} == expected


def test_the_whole_compared_with_is_kept_as_the_basis():
    assert _fields("高技术制造业增加值增长15.2%，快于全部规模以上工业8.1个百分点。", 8.1, "basis", "direction") == (
        "较全部规模以上工业", "increase")


@pytest.mark.parametrize("text", [
    pytest.param("一、坚持目标导向，经济运行稳中向好\n全年地区生产总值增长6.5%，固定资产投资增长8%。", id="目标导向"),
    pytest.param("（一）主要经济指标\n3、工业投资完成2219万元，占年计划的61.6%；新开工项目5个。", id="an item that reports a share of the plan"),
])
def test_review_headings_that_name_a_goal_keep_figures_actual(text):
    assert {m.kind for m in speechdoc.parse(text).metrics()} == {"actual"}


#: (text, value, {field: expected}): months, plan spans and changes of direction
MONTHS = [
    pytest.param("一季度，全县固定资产投资增长8.1%，增速比1月至2月加快0.4个百分点。", 0.4,
                 {"indicator": "固定资产投资增速", "basis": "较1月至2月"}, id="比1月至2月"),
    pytest.param("一季度，网上零售额增长33.5%，比前两个月加快7.9个百分点。", 7.9,
                 {"indicator": "网上零售额增速", "basis": "较前两个月"}, id="比前两个月"),
    pytest.param("“十二五〞期末，全区完成生产总值180亿元，是“十一五〞期末的1.8倍。", 1.8,
                 {"basis": "“十一五〞期末生产总值", "period": "“十二五〞期末"}, id="a plan's end, quoted as some sites do"),
    pytest.param("3月份，工业用电量由1至2月下降8.2%转为增长4.6%、货运量由下降6.1%转为增长1.2%。", 4.6,
                 {"period": "3月份", "direction": "increase"}, id="由1至2月下降…转为增长: the new figure is the month's"),
    pytest.param("3月份，工业用电量由1至2月下降8.2%转为增长4.6%、货运量由下降6.1%转为增长1.2%。", 6.1,
                 {"indicator": "货运量", "direction": "decrease"}, id="a change that starts from a fall keeps it"),
    pytest.param("高新技术产业增加值增长13.3%，对全部规模以上工业增长贡献率由去年同期的52.5%提高到58.1%。", 52.5,
                 {"indicator": "高新技术产业对全部规模以上工业贡献率", "direction": "level"},
                 id="a contribution rate that starts from last year"),
]


@pytest.mark.parametrize("text, value, expected", MONTHS)
def test_months_plan_spans_and_turns(text, value, expected):
    assert dict(zip(expected, _fields(text, value, *expected))) == expected


MORE_OWNERS = [
    pytest.param("批发和零售业、住宿业和餐饮业、金融业增加值分别增长9.7%、10.2%、8.2%。",
                 {9.7: "批发和零售业增加值", 10.2: "住宿业和餐饮业增加值", 8.2: "金融业增加值"}, id="和 inside the items of a list"),
    pytest.param("38个行业大类中有21个行业增加值实现增长，增长面达55.3%，较1-2月份提高15.8个百分点。",
                 {55.3: "增长面", 15.8: "增长面"}, id="增长面 is a share"),
    pytest.param("当季全省社会消费品零售总额3317.9亿元，增长11.1%。", {3317.9: "社会消费品零售总额"}, id="当季 is no name"),
]


@pytest.mark.parametrize("text, expected", MORE_OWNERS)
def test_more_owners(text, expected):
    got = _by_value(text)
    assert {v: got.get(v) for v in expected} == expected


SCHEDULES = [
    pytest.param("截至3月底，新开工亿元以上项目87项，比去年同期多23项。", 23, {"direction": "increase", "basis": "同比"},
                 id="比去年同期多 is a rise"),
    pytest.param("本年度计划新开工项目270项，实际已开工129项，开工率达47%。", 47, {"kind": "actual"},
                 id="what follows 实际已 is done, though the segment names a plan"),
    pytest.param("本年度计划新开工项目270项，实际已开工129项，开工率达47%。", 270, {"kind": "target", "indicator": "新开工项目数"},
                 id="the plan itself; 本年度 is no name"),
    pytest.param("全市重点建设项目1-3月项目累计完成投资313.6亿元，同比增长95.7%。", 95.7,
                 {"indicator": "重点建设项目投资"}, id="项目 said twice"),
]


@pytest.mark.parametrize("text, value, expected", SCHEDULES)
def test_project_schedules(text, value, expected):
    assert dict(zip(expected, _fields(text, value, *expected))) == expected


def test_a_month_end_reached_is_a_period():
    assert _fields("至11月底，街道完成财税收入550万元，占全年任务的114%。", 550, "period", "indicator") == (
        "至11月底", "财税收入")


@pytest.mark.parametrize("text, expected", [
    pytest.param("全年完成开工项目11个，竣工项目8个。", {11: "开工项目数", 8: "竣工项目数"}, id="完成开工项目"),
    pytest.param("全镇共签订合同19个，已开工建设项目14个。", {14: "开工建设项目数"}, id="已开工建设项目"),
    pytest.param("全镇蔬菜总产达13.5万吨，总收入达1.2亿元。", {1.2: "蔬菜总收入"}, id="总收入 after the crop's output"),
])
def test_sets_done_and_carried_heads(text, expected):
    got = _by_value(text)
    assert {v: got.get(v) for v in expected} == expected


def test_bags_are_a_unit_after_a_scale():
    """食用菌500万袋: the bags are the unit (M7: the unit as written), not a bare 万 with 袋 left over."""
    got = {m.value: (m.unit, m.qualifier) for m in speechdoc.parse(
        "今年发展袋料香菇等食用菌500万袋，全年生产黑木耳1200万袋以上。").metrics()}
    assert got == {500: ("万袋", None), 1200: ("万袋", "以上")}
    assert [(m.value, m.unit) for m in speechdoc.parse("发放有机肥3000袋，口袋里的钱鼓起来了。").metrics()] == [
        (3000, "袋")]
