"""What a figure's name is, in error kinds found on fresh real pages (session L, helper "names"): how a change
went said before its verb (稳步, 逆势, 大幅), a stock word 在库, 增产 inside 新增产业, 预料 as 预计, goal words
with 均/确定, a list's shared level head (平均浓度, 价格), households counted by what was done to them.
Every text here is written for the test, modelled on the real pattern.
"""
from __future__ import annotations

import pytest

from test_metric_meaning_g import _fields, _metrics  # noqa: F401  (the same readers of one text)

#: (text, value, {field: expected})
CASES = [
    pytest.param("全年实现税收8亿元，其中工业税收3.1亿元，逆势增长6%。", 6, {"indicator": "工业税收"},
                 id="逆势 before the verb names nothing: the figure before is grown"),
    pytest.param("全县农业产值稳步增长8%。", 8, {"indicator": "农业产值"}, id="稳步 is no part of the name"),
    pytest.param("工业用电量12亿千瓦时，同比大幅下降5%。", 5, {"indicator": "工业用电量", "direction": "decrease"},
                 id="大幅 before a fall"),
    pytest.param("外贸出口20亿元，继续保持增长9%。", 9, {"indicator": "外贸出口"}, id="继续保持 is how it went"),
    pytest.param("全县经济持续快速增长10%。", 10, {"indicator": "经济"}, id="two adverbs in a row"),
    pytest.param("全市新建高速公路34公里。", 34, {"indicator": "新建高速公路"}, id="a noun is no adverb"),
    pytest.param("全镇累计在库项目35个，新入库项目8个。", 35, {"indicator": "在库项目数"}, id="在库 is a word, not the verb 在"),
    pytest.param("预计新增产业空间5万平方米。", 5, {"indicator": "新增产业空间面积"}, id="新增产业 is no 增产"),
    pytest.param("全县新建果园3个，新增产量2万吨。", 2, {"indicator": "新增产量"}, id="新增产量 is no 增产 of 量"),
    pytest.param("全乡共增产粮食6729万斤。", 6729, {"indicator": "粮食增产量"}, id="增产 before a crop still reads"),
    pytest.param("预料全年地区生产总值实现120亿元，同比增长8%。", 120, {"indicator": "地区生产总值"},
                 id="预料 says what 预计 says"),
    pytest.param("今年全县经济增速目标均为8%以上。", 8, {"indicator": "经济增速"}, id="目标均为 says the kind"),
    pytest.param("各区生产总值预期增长目标均确定为9%以上。", 9, {"indicator": "各区生产总值"},
                 id="预期增长目标均确定为: goal words with 均 and 确定"),
    pytest.param("全区二氧化硫、一氧化碳平均浓度分别下降12.0%、8.5%。", 12.0, {"indicator": "二氧化硫平均浓度"},
                 id="a list shares its 平均浓度"),
    pytest.param("PM2.5、PM10、NO2平均浓度分别上升3.1%、7.5%、10.4%。", 7.5, {"indicator": "PM10平均浓度"},
                 id="codes of pollutants share the head too"),
    pytest.param("猪肉、鸡蛋价格分别上涨12%、5%。", 12, {"indicator": "猪肉价格"}, id="a list shares its 价格"),
    pytest.param("全年共完成征地1258户1447亩，拆迁房屋725户10.4万平方米。", 1258, {"indicator": "征地户数"},
                 id="households counted by what was done to them"),
    pytest.param("全年共完成征地1258户1447亩，拆迁房屋725户10.4万平方米。", 725, {"indicator": "拆迁房屋户数"},
                 id="and the next list's"),
    pytest.param("全乡有低保对象120户。", 120, {"indicator": "低保对象户数"}, id="people counted by household"),
    pytest.param("新增个体工商户220户。", 220, {"indicator": "新增个体工商户数"}, id="a household noun is counted as it is"),
    pytest.param("全区企业名录库已有8600户。", 8600, {"indicator": "企业名录库数"},
                 id="a register's entries keep the register's label"),
]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_field(text: str, value, expected: dict) -> None:
    fields = tuple(expected)
    assert dict(zip(fields, _fields(text, value, *fields))) == expected
