"""Which figures become metric records at all (session K, helper "recall"): figures missed or read
twice on fresh pages. Every text here is written for the test.
"""
from __future__ import annotations

import pytest

import speechdoc


def _records(text: str) -> list[tuple]:
    return [(m.value, m.value_high, m.unit) for m in speechdoc.parse(text).metrics()]


def test_a_range_of_two_chinese_percents_is_one_record():
    """百分之三到百分之五 is one range, as 3%到5% is: its second 百分之 is a percent itself, no unit follows it."""
    assert _records("今年全县粮食产量增加了百分之四到百分之六。") == [(4, 6, "%")]
    assert _records("每年要求降低成本百分之二至百分之三。") == [(2, 3, "%")]


def test_chinese_percents_in_a_list_stay_apart():
    assert _records("棉花和油料分别增长百分之四、百分之六。") == [(4, None, "%"), (6, None, "%")]


@pytest.mark.parametrize("text, value", [
    pytest.param("按每亩纯收益85元计，全村自留地收入共9350元。", 85, id="按…元计: the rate a total is reckoned at"),
    pytest.param("全年工业产值四十二亿元（社队企业的产值六亿元不包括在内）。", 6, id="不包括在内"),
    pytest.param("全县收购总额比预算数1,280万元少46万元。", 1280, id="…元少: the budget figure compared"),
    pytest.param("离规划规定的水平52亿元只差3亿元。", 52, id="…元只差"),
    pytest.param("如果同一九五二年的九十亿元作比较，增长一点三倍。", 90, id="…元作比较: the base year's level"),
    pytest.param("仅此一项，浪费就达二十三万元之多。", 23, id="…元之多"),
    pytest.param("有些社已经超过一百二十元这个水平。", 120, id="…元这个水平"),
    pytest.param("镇财税收入由建镇时的260万元整整翻了两番。", 260, id="…元整整…"),
    pytest.param("上级下拨的专项资金800万元已全部拨付到位。", 800, id="…元已…"),
])
def test_an_amount_followed_by_its_predicate_is_a_metric(text, value):
    assert value in [v for v, _, u in _records(text) if u and u.endswith("元")]


def test_an_amount_that_sizes_a_thing_stays_no_metric():
    """the words added to what may follow an amount open a predicate; a noun after it still makes a size class"""
    assert [v for v, _, _ in _records("全镇实施千万元项目9个，10亿元项目2个。")] == [9, 2]
    assert _records("全年计划投资计划安排三千万元计划外项目。") == []


@pytest.mark.parametrize("text, value, unit", [
    pytest.param("全县34种主要产品中，完成计划的有29种。", 29, "种", id="种 at a clause end"),
    pytest.param("全省有160种轻工产品获得了优质奖。", 160, "种", id="有…种 before what they did"),
    pytest.param("新装路灯260盏。", 260, "盏", id="盏"),
    pytest.param("全乡养蜂1200余箱。", 1200, "箱", id="箱"),
    pytest.param("全区新修山塘1 460口。", 1460, "口", id="口, thousands set apart"),
])
def test_counts_in_more_units(text, value, unit):
    assert (value, None, unit) in _records(text)


def test_a_set_named_by_its_count_stays_no_metric():
    """34种主要产品中 names the list whose members are counted next (README decision 15)"""
    assert [v for v, _, _ in _records("全县34种主要产品中，完成计划的有29种。")] == [29]
    assert _records("要采取3种方式推进，抓好两种标准。") == []


def test_people_and_households_written_with_口_stay_as_they_were():
    assert _records("三口之家的收入增加了。") == []
    assert [u for _, _, u in _records("全县80万人口。")] != ["口"]


@pytest.mark.parametrize("text", [
    pytest.param("产量超过了第一个五年计划期间这三种产品产量的总和。", id="这三种"),
    pytest.param("完成投资超过10亿元的这3个项目全部开工。", id="这3个"),
    pytest.param("超过目标的那两个县都是工业大县。", id="那两个"),
])
def test_a_count_that_points_back_is_no_metric(text):
    """这/那/此/该 right before a count: the things were named before; the count is no result (M2 anaphora),
    even where 超过 earlier in the sentence would license a small count"""
    assert all(u not in ("种", "个") for _, _, u in _records(text))


@pytest.mark.parametrize("text, shares", [
    pytest.param("全县三次产业比重为18.2∶40.5∶41.3。", [18.2, 40.5, 41.3], id="∶ (ratio sign) after 比重"),
    pytest.param("三次产业比调整为9.6︰45.1︰45.3。", [9.6, 45.1, 45.3], id="︰ after 产业比"),
    pytest.param("三次产业结构为12.5:43.2:44.3。", [12.5, 43.2, 44.3], id="the colon form still"),
])
def test_shares_written_as_a_ratio_with_a_ratio_sign(text, shares):
    assert [v for v, _, _ in _records(text)] == shares


def test_a_clock_time_stays_no_ratio():
    assert _records("会议于14∶30开始，全体人员出席。") == []


@pytest.mark.parametrize("text, value", [
    pytest.param("力争到本世纪末全县工农业年总产值翻两番。", 2, id="翻两番"),
    pytest.param("五年内全镇财政收入翻了一番。", 1, id="翻了一番"),
    pytest.param("农民人均纯收入比2010年翻一番以上。", 1, id="翻一番以上"),
])
def test_a_doubling_counted_in_番_is_a_growth_figure(text, value):
    ms = speechdoc.parse(text).metrics()
    assert [(m.value, m.unit, m.direction) for m in ms] == [(value, "番", "increase")]
    assert "翻" not in (ms[0].indicator or "")


def test_番_as_a_word_stays_no_metric():
    assert _records("大家要干出一番事业，不要三番五次地讲条件。") == []



@pytest.mark.parametrize("text, value", [
    pytest.param("到年底，全区发展到86个农民专业合作社。", 86, id="发展到 before the count"),
    pytest.param("规上企业由原来的12家增加到45家龙头企业。", 45, id="增加到"),
    pytest.param("全省共发展到一万二千多个互助组。", 12000, id="a Chinese-numeral count after 发展到"),
])
def test_a_count_reached_is_a_result(text, value):
    assert value in [v for v, _, _ in _records(text)]


def test_a_count_with_以上_is_no_size_class():
    """以上 after a count qualifies the count (招引20个以上过亿项目); after an amount it still sizes a class"""
    assert _records("今年计划招引15个以上过亿项目。") == [(15, None, "个")]
    assert [v for v, _, _ in _records("年营业收入5000万元以上企业12家。")] == [12]
