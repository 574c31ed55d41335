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
    pytest.param("二、二〇一〇年计划的主要指标\n粮食总产量三千二百万吨。", 3200, {"kind": "target"},
                 id="a plan heading still heads a plan"),
]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_meaning(text, value, expected):
    assert dict(zip(expected, _fields(text, value, *expected))) == expected
