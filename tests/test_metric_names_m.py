"""What a figure's name is, in error kinds found on fresh real pages (session M, helper "names"): a year's 底/末 and a
date left in a name, where a change starts hedged after its dropped year (由…的不足), 超 before 全省/目标 as a
comparison, each subject's own rate after a 分别 list (投资完成率分别为…) and the gap of that rate, a clause opened by
its rate alone after a list (增幅达x%、y%), the verb of an area list shared after 、, the firm owning a project.
Every text here is written for the test, modelled on the real pattern.
"""
from __future__ import annotations

import pytest

from test_metric_meaning_g import _fields, _metrics  # noqa: F401  (the same readers of one text)

#: (text, value, {field: expected})
CASES = [
    pytest.param("甲乡有13个行政村，2010年底农民人均纯收入为3892元。", 3892, {"indicator": "农民人均纯收入"},
                 id="底 after a year is the year's, not the name's"),
    pytest.param("2021年末全镇农民人均收入达到5000元。", 5000, {"indicator": "农民人均收入"}, id="and 末"),
    pytest.param("到一九五九年底共推广各种改良农具五亿件。", 5, {"indicator": "推广各种改良农具"},
                 id="到 before a year written in Chinese numerals goes with it"),
    pytest.param("到一九五八年一月二十三日就已经完成十六亿多土方。", 16, {"indicator": "土方"},
                 id="a date is no name: the noun after the amount names it"),
    pytest.param("财政收入由2005年的不足千万元，到2010年突破亿元大关，达到1.1亿元。", 1000, {"indicator": "财政收入"},
                 id="where a change starts, hedged"),
    pytest.param("财政收入由2005年的缺乏千万元，到2010年突破亿元大关，到达1.1亿元。", 1.1, {"indicator": "财政收入"},
                 id="whatever the hedge word a site put there"),
    pytest.param("1-4月，全市固定资产投资同比增长8.3%，超全省平均增速6.7个百分点。", 6.7,
                 {"indicator": "固定资产投资增速", "basis": "较全省", "direction": "increase"},
                 id="超 before 全省 compares, as 高于 does"),
    pytest.param("全年财政收入增长12%，超全年目标3个百分点。", 3,
                 {"indicator": "财政收入增速", "basis": "较目标值", "direction": "increase"}, id="超 before a goal"),
    pytest.param("省、市级重点项目分别完成投资36.2亿元、94.3亿元，投资完成率分别为43.2%、37.8%。", 37.8,
                 {"indicator": "市级重点项目投资完成率"}, id="a 分别 list of rates the clause names is each subject's rate"),
    pytest.param("工业项目、农业项目分别完成投资3亿元、4亿元，完成率分别为60%、70%。", 60,
                 {"indicator": "工业项目投资完成率"}, id="a bare 完成率 too"),
    pytest.param("省、市级重点项目分别完成投资36.2亿元、94.3亿元，投资完成率分别为43.2%、37.8%，"
                 "分别超时序进度9.9个百分点、4.5个百分点。", 9.9,
                 {"indicator": "省级重点项目投资完成率", "basis": "较时序进度"}, id="the gap is of that rate, not a growth"),
    pytest.param("工业利润总额和利税总额分别为300万元、500万元，增幅达10%、12%。", 12, {"indicator": "利税总额"},
                 id="a clause opened by its rate alone lists the measures just given"),
    pytest.param("实现产值5亿元，利税3000万元，增幅为10%、12%。", 10, {"indicator": "产值"}, id="and with 为"),
    pytest.param("全镇种植水稻5000亩、玉米3000亩、大豆800亩。", 800, {"indicator": "大豆种植面积"},
                 id="the crops after 、 are planted too"),
    pytest.param("新增设施农业2万亩、有机农业800亩。", 800, {"indicator": "有机农业面积"},
                 id="only a planting verb is shared (what else is new is not told)"),
    pytest.param("全镇耕地面积3万亩、林地2万亩。", 2, {"indicator": "林地"}, id="no verb, nothing shared"),
    pytest.param("引进投资1.5亿元的甲乙塑胶公司的涤纶短纤维生产项目。", 1.5, {"indicator": "涤纶短纤维生产项目投资"},
                 id="the firm owning a project is the entity"),
]


def test_no_comparison_in_catching_up() -> None:
    """``赶超全国先进水平``: catching up is no comparison with the country."""
    assert [m.basis for m in _metrics("力争赶超全国先进水平2倍。")] == [None]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_field(text: str, value, expected: dict) -> None:
    fields = tuple(expected)
    assert dict(zip(fields, _fields(text, value, *fields))) == expected
