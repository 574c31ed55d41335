"""What a figure means, in patterns met on fresh pages of county, town and city reports, statistical
communiqués, livestock reviews and 1950s reports (session G, helper M).

A percentage of the 1950s written digit by digit (百分之一○八点二) is read as written; 同期增长 is
year-on-year growth; a share that rises or falls (比重上升) names the share only; a list of animals
or of parallel names shares the measure the last item writes (牛、羊存栏, 第二、第三产业…比重);
a modifier that negates the one before (非公有制 → 公有制) is not completed from it.
"""
from __future__ import annotations

import pytest

import speechdoc


def _metrics(text: str) -> list:
    return speechdoc.parse(text).metrics()


def _fields(text: str, value, *fields: str, nth: int = 0) -> tuple:
    m = [m for m in _metrics(text) if m.value == value][nth]
    return tuple(getattr(m, f) for f in fields)


#: (text, value, {field: expected})
CASES = [
    pytest.param("全县棉花总产量为十二万担，占原计划百分之一〇五点四，超过战前百分之二七点八。",
                 105.4, {"unit": "%", "indicator": "棉花总产量占原计划比重"}, id="digit-by-digit percentage with 〇"),
    pytest.param("全县棉花总产量为十二万担，占原计划百分之一○五点四，超过战前百分之二七点八。",
                 105.4, {"unit": "%"}, id="a circle for the zero of a numeral"),
    pytest.param("全县棉花总产量为十二万担，占原计划百分之一○五点四，超过战前百分之二七点八。",
                 27.8, {"indicator": "棉花总产量", "direction": "increase", "basis": "较战前"},
                 id="超过战前 is a rise against the pre-war level"),
    pytest.param("一九五三年全区油料比上年增产百分之三○点二。", 30.2, {"unit": "%", "basis": "较上年"},
                 id="digit by digit before 点"),
    pytest.param("1-9月，全乡完成农业总产值3.6亿元，同期增长8.2%。", 8.2, {"basis": "同比", "indicator": "农业总产值"},
                 id="同期增长 is year-on-year"),
    pytest.param("去年，第二产业占地区生产总值的比重上升1.4个百分点。", 1.4,
                 {"indicator": "第二产业占地区生产总值比重", "direction": "increase"}, id="a share that rises"),
    pytest.param("去年，第一、第二产业占地区生产总值的比重分别下降0.6和0.9个百分点。", 0.6,
                 {"indicator": "第一产业占地区生产总值比重", "direction": "decrease"}, id="parallel names share the rest"),
    pytest.param("上半年，羊、禽存栏同比分别增长2.4%和5.6%。", 2.4, {"indicator": "羊存栏"},
                 id="a list of animals shares 存栏"),
    pytest.param("上半年，羊、禽存栏同比分别增长2.4%和5.6%。", 5.6, {"indicator": "禽存栏"}, id="the last animal keeps it"),
    pytest.param("1-5月，非公有制工业增加值同比增长6.2%，公有制工业增加值同比下降1.3%。", 1.3,
                 {"indicator": "公有制工业增加值"}, id="公有制 is not completed to 非公有制"),
    pytest.param("五年来，全区经济总量连续跨越300亿元、400亿元两个台阶。", 300, {"indicator": "经济总量"},
                 id="连续 is not part of the measure"),
    pytest.param("1-5月，全县固定资产投资增长6.3%。分产业看，第一产业增长12.5%；第二产业下降3.1%。", 12.5,
                 {"indicator": "第一产业固定资产投资"}, id="a part named alone after 分产业看"),
    pytest.param("1-5月，全县固定资产投资增长6.3%。分产业看，第一产业增长12.5%；第二产业下降3.1%。", 3.1,
                 {"indicator": "第二产业固定资产投资", "direction": "decrease"}, id="the next part of the sentence"),
    pytest.param("全市社会消费品零售总额312亿元。按经营地分，城镇增长4.2%，乡村增长5.9%。", 5.9,
                 {"indicator": "乡村社会消费品零售总额"}, id="按经营地分"),
    pytest.param("一季度，全区计划开工重点项目35个，实际开工28个。", 35,
                 {"indicator": "开工重点项目数", "kind": "target"}, id="计划开工 counts the projects to start"),
    pytest.param("全年生猪出栏56.2万头，占计划数55万头的102.2%。", 55,
                 {"indicator": "生猪出栏量计划数", "kind": "target"}, id="the plan a share is of"),
    pytest.param("全年生猪出栏56.2万头，占计划数55万头的102.2%。", 102.2,
                 {"indicator": "生猪出栏量占计划数比重", "kind": "actual"}, id="the share after the plan's figure"),
    pytest.param("今年共引进过亿元的项目6个，过千万元的项目11个。", 6, {"indicator": "引进过亿元项目数"},
                 id="a size class keeps its size"),
    pytest.param("今年共引进过亿元的项目6个，过千万元的项目11个。", 11, {"indicator": "过千万元项目数"},
                 id="the next size class"),
    pytest.param("去年，甲纺织、乙机械、丙食品等12个项目已竣工投产。", 12, {"indicator": "竣工投产项目数"},
                 id="items listed before 等 did what the clause says"),
    pytest.param("园区先后签约甲科技、乙智造等23个项目，合同额过百亿。", 23, {"indicator": "签约项目数"},
                 id="the verb before the listed items"),
    pytest.param("全镇规模企业实现产值4.2亿元，销售3.9亿元，分别增长12%和10%。", 3.9, {"indicator": "规模企业销售"},
                 id="销售 is the same firms' sales"),
    pytest.param("上半年，全县工业增加值增长9.6%，其中食品加工和纺织服装增幅最大，分别为18.2%和15.7%。", 15.7,
                 {"indicator": "纺织服装增幅"}, id="the leaders named before 分别"),
    pytest.param("今年以来，全区固定资产投资每月均保持20%以上的增长。", 20, {"indicator": "固定资产投资"},
                 id="每月均保持 is no part of the measure"),
]


@pytest.mark.parametrize("text, value, expected", CASES)
def test_meaning(text, value, expected):
    assert dict(zip(expected, _fields(text, value, *expected))) == expected


def test_approximate_percentages_stay_unread():
    # 百分之五六 is five to six percent: no single value to read digit by digit
    assert [m.value for m in _metrics("今年增产百分之五六。")] == []


def test_a_year_written_with_circles_keeps_its_circle():
    ms = _metrics("全县粮食总产量比一九八○年增长百分之十二。")
    assert [(m.value, m.basis) for m in ms] == [(12, "较一九八○年")]


def test_bullet_circles_are_not_zeros():
    assert [m.value for m in _metrics("○ 全年新增就业1200人。")] == [1200]


def test_a_capacity_that_names_the_plant_is_no_metric():
    ms = _metrics("开工现场是甲新材料股份有限公司30万吨硅基负极材料生产项目，总投资42亿元。")
    assert [(m.value, m.unit) for m in ms] == [(42, "亿元")]


def test_a_capacity_reported_as_a_result_stays():
    ms = _metrics("今年新增污水日处理能力3万吨。")
    assert [(m.value, m.unit) for m in ms] == [(3, "万吨")]


def test_an_opening_clause_names_the_first_figure():
    ms = _metrics("2023年渔业产值再创新高，预计可达到5.6亿元，占计划数5.2的107.7%。")
    assert [(m.value, m.indicator) for m in ms] == [(5.6, "渔业产值"), (107.7, "渔业产值占计划数比重")]


def test_an_opening_clause_that_goes_on_names_nothing():
    # 国家预算用在…的支出: the name runs past the measure word, so the clause is not read as a name
    ms = _metrics("本年国家预算用在农业和水利事业的支出，共占本年支出总数的12.5%。")
    assert [m.indicator for m in ms] == [None]


def test_the_pull_is_the_contributors():
    ms = _metrics("上半年，建筑业对全县生产总值的贡献率为21.4%，拉动GDP增长1.6个百分点。")
    assert [m.indicator for m in ms if m.value == 1.6] == ["建筑业拉动GDP增长"]


@pytest.mark.parametrize("text, value, indicator", [
    ("2023年，青石镇新增规上企业3家，签约项目5个。", 3, "新增规上企业数"),
    ("去年，河口乡签约项目12个，总投资8.6亿元。", 12, "签约项目数"),
    ("今年全县中心镇新增规上企业6家。", 6, "中心镇新增规上企业数"),
])
def test_a_towns_name_is_not_what_is_counted(text, value, indicator):
    assert [m.indicator for m in _metrics(text) if m.value == value] == [indicator]


def test_a_plans_own_figure_is_a_target():
    ms = _metrics("今年全市安排重点项目300项，总投资2100亿元，年度投资计划460亿元。")
    assert [(m.value, m.kind) for m in ms if m.value == 460] == [(460, "target")]


def test_a_count_out_of_a_planned_set_is_actual():
    ms = _metrics("截至5月底，60项计划开工项目有38项，开工率63.3%。")
    assert [(m.value, m.kind) for m in ms if m.value == 38] == [(38, "actual")]


@pytest.mark.parametrize("text, value, kind, indicator", [
    ("年底前，全市规上工业企业需达到1200家左右。", 1200, "target", "规上工业企业数"),
    ("全县还需新增城镇就业岗位3000个。", 3000, "target", "新增城镇就业岗位数"),
    ("四季度各乡镇需要完成造林面积2.5万亩。", 2.5, "target", "造林面积"),
    # what a project needs is its size, not a goal; 需求 is a word, not the modal
    ("项目所需资金达到3亿元。", 3, "actual", "项目所需资金"),
    ("需求侧社会消费品零售总额增长5%。", 5, "actual", None),
])
def test_xu_sets_a_requirement_as_yao_does(text, value, kind, indicator):
    m = [m for m in _metrics(text) if m.value == value]
    assert len(m) == 1 and m[0].kind == kind
    if indicator is not None:
        assert m[0].indicator == indicator
