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
    # counts: what the units did, where the clause before is a place or a list, and units said with no noun
    pytest.param("甲园、乙园等6个有机更新项目竣工验收，4个即将竣工验收。", 6, {"indicator": "竣工验收有机更新项目数"},
                 id="a set of projects named at length, what it did"),
    pytest.param("甲园、乙园等6个有机更新项目竣工验收，4个即将竣工验收。", 4,
                 {"indicator": "即将竣工验收的有机更新项目数"}, id="即将 with no noun: the set counted before"),
    pytest.param("全县推动城东工业园区8个项目启动技术改造，总投资约3.2亿元。", 8,
                 {"indicator": "启动技术改造的项目数"}, id="a park before the count is where, not what"),
    pytest.param("全县推动城东工业园区8个项目启动技术改造，总投资约3.2亿元。", 3.2,
                 {"indicator": "启动技术改造的项目总投资"}, id="and their investment"),
    pytest.param("全县推动12个项目启动技术改造。", 12, {"indicator": "启动技术改造的项目数"},
                 id="a verb that makes them do it"),
    pytest.param("园区已入驻企业30家，在建6家，待建4家。", 6, {"indicator": "在建企业数"},
                 id="在建 with no noun: the units the sentence counted"),
    pytest.param("园区已入驻企业30家，在建6家，待建4家。", 4, {"indicator": "待建企业数"}, id="待建 too"),
    pytest.param("全镇在建12个。", 12, {"indicator": "在建数"}, id="no count before: as it was"),
    pytest.param("我镇举行了工业园二期奠基暨12个项目开工仪式。", 12, {"indicator": "开工项目数"},
                 id="the projects a ceremony started"),
    pytest.param("创建专业合作社3家，建成农机示范村2个。", 2, {"indicator": "农机示范村数"},
                 id="示范村 is a kind of village, not a village's name"),
    pytest.param("全县完成固定资产投资32亿元，其中，城关村完成投资5亿元。", 5, {"indicator": "固定资产投资"},
                 id="a village's name is the entity: its part of the measure before"),
    # what is measured of something just named
    pytest.param("架设高压线路3条，长度4200米。", 4200, {"indicator": "架设高压线路长度"},
                 id="a length after a count is of what was counted"),
    pytest.param("新修通村公路27.2公里，整治18.5公里。", 18.5, {"indicator": "整治通村公路"},
                 id="a second work on the same roads"),
    pytest.param("新修通村公路27.2公里，整治渠道18.5公里。", 18.5, {"indicator": "整治渠道"}, id="its own object stays"),
    pytest.param("新建甲村、乙村350亩“云雾”茶叶基地，新增丙坝680亩蔬菜基地，落实丁村200亩水稻基地建设。", 350,
                 {"indicator": "新建云雾茶叶基地面积"}, id="a site named after its area, the places dropped"),
    pytest.param("新建甲村、乙村350亩“云雾”茶叶基地，新增丙坝680亩蔬菜基地，落实丁村200亩水稻基地建设。", 680,
                 {"indicator": "新增蔬菜基地面积"}, id="a short place after the verb"),
    pytest.param("新建甲村、乙村350亩“云雾”茶叶基地，新增丙坝680亩蔬菜基地，落实丁村200亩水稻基地建设。", 200,
                 {"indicator": "水稻基地面积"}, id="落实 and a village"),
    pytest.param("流转土地3000亩发展茶园。", 3000, {"indicator": "流转土地"},
                 id="what the clause names is what the area is of"),
    pytest.param("财政收入5020万元，增长47.69%，占年初计划6500万元的77.23%。", 6500, {"indicator": "财政收入年初计划"},
                 id="the plan's own figure inside a share of it"),
    pytest.param("公司新租地300亩，公司兴建蔬菜基地600亩。", 600, {"indicator": "兴建蔬菜基地面积"},
                 id="公司 the report is about is the entity"),
    pytest.param("全县公司数量达到500家。", 500, {"indicator": "公司数量"}, id="公司 before a noun stays"),
    pytest.param("本月以PM10为首要污染物天数1天，同比增加1天。", 1, {"indicator": "PM10为首要污染物天数"},
                 id="the days a pollutant led"),
    # names opened by what is no part of them: a time word, an anonymised name, a village, a bulletin's label
    pytest.param("截至目前花生种植面积达7860亩。", 7860, {"indicator": "花生种植面积"}, id="截至目前 is one time word"),
    pytest.param("XX花生种植面积达7860亩，增长10.2%。", 10.2, {"indicator": "花生种植面积"},
                 id="a placeholder standing for a name"),
    pytest.param("全市新开工×亿元以上项目×个。", None, {"indicator": "新开工×亿元以上项目数"},
                 id="a placeholder standing for a size is no name: it stays"),
    pytest.param("东岭村茶叶产量达800斤，增长60%。", 800, {"indicator": "茶叶产量"}, id="a village's name is the entity"),
    pytest.param("中心村集体经济收入达50万元。", 50, {"indicator": "中心村集体经济收入"}, id="a kind of village stays"),
    pytest.param("美丽乡村建设投资3亿元。", 3, {"indicator": "美丽乡村建设投资"}, id="乡村 is no village's name"),
    pytest.param("人口年末常住人口94.9万人，比上年末增加0.1万人。", 94.9, {"indicator": "常住人口"},
                 id="a bulletin's run-in label"),
    pytest.param("粮食全年农作物播种面积324.3万亩。", 324.3, {"indicator": "农作物播种面积"},
                 id="a label before a measure named in full"),
    pytest.param("粮食全年播种面积24.3万亩。", 24.3, {"indicator": "粮食播种面积"}, id="a label that is the subject stays"),
    pytest.param("高新技术产品、机电产品出口增速分别达11.9%、9.6%。", 11.9, {"indicator": "高新技术产品出口增速"},
                 id="a list shares what flows before its rate"),    # parts after 其中 of a whole said with its verb; 人平 as 人均
    pytest.param("全县新增市场主体3200户，其中企业850户，个体工商户2350户。", 850, {"indicator": "新增企业数"},
                 id="a part after 其中 is what the whole's verb did"),
    pytest.param("全县新增市场主体3200户，其中企业850户，个体工商户2350户。", 2350, {"indicator": "新增个体工商户数"},
                 id="and the list goes on"),
    pytest.param("全县培训农民工5600人次，其中贫困劳动力2100人次。", 2100, {"indicator": "培训贫困劳动力人次"},
                 id="people trained, part of those trained"),
    pytest.param("全年新建农村公路120公里，其中通村公路80公里。", 80, {"indicator": "新建通村公路"}, id="roads built"),
    pytest.param("全年引进项目25个，其中亿元以上项目8个。", 8, {"indicator": "引进亿元以上项目数"}, id="said once"),
    pytest.param("新增就业1200人，其中高校毕业生300人。", 300, {"indicator": "高校毕业生数"},
                 id="新增就业: who found work, not new graduates"),
    pytest.param("全县新增市场主体3200户，其中城关镇850户。", 850, {"indicator": "新增市场主体数"},
                 id="a place's part keeps the whole's name"),
    pytest.param("全乡农民人平纯收入3100元，比上年人平增加300元。", 300, {"indicator": "农民人平纯收入"},
                 id="人平 alone names nothing, as 人均"),
    pytest.param("全镇有11个项目已进场施工。", 11, {"indicator": "进场施工项目数"}, id="进场 is what the projects did"),
    pytest.param("投资1.05亿元的甲乙彩印项目一期6000平方米厂房已完成。", 6000, {"indicator": "厂房面积"},
                 id="a building named after its area, of a project"),    # lists found on the blind pages (measured first, then fixed: those pages are no longer blind)
    pytest.param("一般公共服务、教育、社会保障和就业等支出同比增速分别为-9.4%、23.0%、26.4%。", 26.4,
                 {"indicator": "社会保障和就业支出增速"}, id="等 closes a list before the measure its items share"),
    pytest.param("第一产业拉动GDP增长0.7个百分点，第二、三产业分别拉动增长2.1和2.4个百分点。", 2.1,
                 {"indicator": "第二产业拉动增长"}, id="ordinals share 产业"),
    pytest.param("第一产业拉动GDP增长0.7个百分点，第二、三产业分别拉动增长2.1和2.4个百分点。", 2.4,
                 {"indicator": "第三产业拉动增长"}, id="the second ordinal"),
    pytest.param("三次产业对GDP增长的贡献率分别为13.3%、40.4%和46.3%。", 40.4, {"indicator": "第二产业对GDP贡献率"},
                 id="增长 after GDP is a noun before 的贡献率"),
    pytest.param("轻、重工业占比分别为30.6%和69.4%。", 30.6, {"indicator": "轻工业占比"},
                 id="items one character apart share the rest"),
    pytest.param("规模以上工业企业利润同比增长3.2%，9月份单月同比增长21.6%。", 21.6,
                 {"indicator": "规模以上工业企业利润"}, id="单月 is when, not what"),
    pytest.param("全县地区生产总值在全市占比为10.3%。", 10.3, {"indicator": "地区生产总值占全市比重"},
                 id="a share of the whole area written with 在…占比"),
    pytest.param("其中张三、李四、王五等种植面积都在20亩以上。", 20, {"indicator": "种植面积"},
                 id="the members listed before 等, then what is measured of each"),
    pytest.param("小麦、玉米等粮食作物播种面积12万亩。", 12, {"indicator": "粮食作物播种面积"}, id="the set after 等"),
]


def test_set_named_at_length_is_no_count() -> None:
    """``42项重大前期项目完成前期工作35项``: the 42 names the set (M2), however long its name."""
    assert [m.value for m in _metrics("全县42项重大前期项目完成前期工作35项。")] == [35]


def test_headline_figure() -> None:
    """A figure alone on its line (a news item's headline) is the one the paragraph after it tells again."""
    text = ("产业发展\n2706亩\n推动土地整理2706亩，完成复垦复绿200亩。\n7.4亿元\n2021年，街道推动企业增资扩产。\n"
            "成功推动8个项目启动增资扩产，总投资约7.4亿元，涉及用地279亩。\n12亿元\n")
    got = [(m.value, m.indicator) for m in _metrics(text)]
    assert got[:2] == [(2706, "土地整理面积"), (2706, "土地整理面积")]
    assert got[3] == got[5] == (7.4, "启动增资扩产的项目总投资")
    assert got[-1] == (12, None)  # told nowhere after: no name
    assert [m.indicator for m in _metrics("7.4亿元\n" + "这一年，企业增资扩产成效明显。" * 30 + "总投资7.4亿元。")][0] is None



@pytest.mark.parametrize("text,value,expected", CASES)
def test_field(text: str, value, expected: dict) -> None:
    fields = tuple(expected)
    assert dict(zip(fields, _fields(text, value, *fields))) == expected
