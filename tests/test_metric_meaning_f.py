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


@pytest.mark.parametrize("text, value, expected", GAPS)
def test_gaps_and_bases(text, value, expected):
    assert dict(zip(expected, _fields(text, value, *expected))) == expected


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


@pytest.mark.parametrize("text, expected", NAMES)
def test_names(text, expected):
    got = _by_value(text)
    assert {v: got.get(v) for v in expected} == expected
