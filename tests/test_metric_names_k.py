"""What a figure's name is, in error kinds that recur across fresh pages (session K, helper "names"): a head
counted in 人次 that is already 人数, a change of a count that follows the count in its sentence, 上年末 as a
basis, 有色/有线 as words, 利润总额 as a measure head, 净增长 as one verb, a label's 上 (生产总值上：), what a
figure is per (每平方公里), a place's households and people, a set after 等…的, 定下 as a verb, a share of GDP
written with 达. Every text here is written for the test.
"""
from __future__ import annotations

import pytest

from test_metric_meaning_g import _fields, _metrics  # noqa: F401  (the same readers of one text)

#: (text, value, {field: expected})
CASES = [
    pytest.param("全年国内游客人数4.2亿人次，同比增长8%。", 4.2, {"indicator": "国内游客人数"},
                 id="人数 counted in 人次 keeps its name"),
    pytest.param("全年国内游客人数4.2亿人次，同比增长8%。", 8, {"indicator": "国内游客人数"},
                 id="its growth too"),
    pytest.param("全年组织培训农民5600人次。", 5600, {"indicator": "培训农民人次"}, id="人次 still names a bare count"),
    pytest.param("年末全省从业人员2860万人，比上年末增加35万人。", 35, {"indicator": "从业人员"},
                 id="a change of the count just named"),
    pytest.param("全县农民工总量12.6万人，比上年增加0.8万人。", 0.8, {"indicator": "农民工总量"},
                 id="a change compared with last year"),
    pytest.param("全镇有企业120家，比上年增加15家。", 15, {"indicator": "企业数"}, id="a counted set's change stays a count"),
    pytest.param("全县低收入人口比上年末减少2.3万人。", 2.3, {"indicator": "低收入人口", "basis": "较上年"},
                 id="上年末 is the basis, not part of the name"),
    pytest.param("各项存款余额比上年底增加12亿元。", 12, {"indicator": "各项存款余额"}, id="上年底 is the basis"),
    pytest.param("其中有色金属加工业实现产值86亿元，同比增长9%。", 86, {"indicator": "有色金属加工业产值"},
                 id="有色 is a word, not the verb 有"),
    pytest.param("全县有线电视用户达到6万户。", 6, {"indicator": "有线电视用户数"}, id="有线 is a word"),
    pytest.param("全区有企业300家。", 300, {"indicator": "企业数"}, id="有 before a noun is still the verb"),
    pytest.param("医药制造业实现利润总额5.6亿元，同比增长11%。", 5.6, {"indicator": "医药制造业利润总额"},
                 id="利润总额 is a measure head joined to its subject"),
    pytest.param("规模以上工业实现主营业务收入320亿元，利润总额18亿元。", 18, {"indicator": "规模以上工业利润总额"},
                 id="a bare 利润总额 takes the sentence's modifier"),
    pytest.param("一季度规上工业净增长产值3亿元。", 3, {"indicator": "规上工业产值", "direction": "increase"},
                 id="净增长 is one verb before the head"),
    pytest.param("财政收入净增1.2亿元。", 1.2, {"indicator": "财政收入"}, id="净增 still splits"),
    pytest.param("今年的情况看，\n财政收入上：相对去年回落了3个百分点。", 3,
                 {"indicator": "财政收入增速", "basis": "较上年"}, id="a label's 上 and its points of growth"),
    pytest.param("全镇人口密度为每平方公里320人。", 320, {"indicator": "人口密度"}, id="what a figure is per is no name"),
    pytest.param("比上年每亩增产12%。", 12, {"indicator": "每亩产量"}, id="每亩 before a change still names it"),
    pytest.param("全村辖5个村民小组，有812户3120人。", 812, {"indicator": "户数"}, id="a place's households"),
    pytest.param("全村辖5个村民小组，有812户3120人。", 3120, {"indicator": "人数"}, id="its people after its households"),
    pytest.param("纺织、机械、电子等行业的规上企业达48家。", 48, {"indicator": "规上企业数"},
                 id="the set counted after 等…的"),
    pytest.param("今年全县工业已定下增长12%的目标。", 12, {"indicator": "工业"}, id="定下 is a verb of setting"),
    pytest.param("全年文化产业增加值达全县GDP的4.5%。", 4.5, {"indicator": "文化产业增加值占GDP比重"},
                 id="a share of GDP written with 达"),
    pytest.param("2025年文化发展预期目标为文化产业增加值120亿元。", 120, {"indicator": "文化产业增加值"},
                 id="a word left twice by the goal words dropped is said once"),
    pytest.param("全年规上规上工业增加值增长6%。", 6, {"indicator": "规上工业增加值"}, id="a doubled word is said once"),
    pytest.param("全县从业人员中，农业从业人员占41.2%。", 41.2, {"indicator": "农业从业人员占从业人员比重"},
                 id="the whole a share is of opens the sentence without 在"),
    pytest.param("食品工业实现利润总额2.1亿元，占全县规上工业实现利润总额的35%。", 35,
                 {"indicator": "食品工业利润总额占规上工业利润总额比重"}, id="实现 is no part of a share's whole"),
    pytest.param("今年全县的招商引资目标任务是引进资金80亿元。", 80, {"indicator": "招商引资引进资金"},
                 id="目标任务是 says the kind, not the name"),
    pytest.param("分给甲镇的任务是新建项目12个。", 12, {"indicator": "新建项目数"}, id="任务是 is no part of the name"),
    pytest.param("明年将瞄准外贸进出口总额50亿美元目标。", 50, {"indicator": "外贸进出口总额"}, id="瞄准 is a verb"),
    pytest.param("全社八百亩小麦又夺取了平均亩产四百斤的好收成。", 400, {"indicator": "平均亩产"}, id="夺取了 is a verb"),
    pytest.param("全省三年来棉花产量比第一个五年计划期间增长了21.5%。", 21.5,
                 {"indicator": "棉花产量", "basis": "较第一个五年计划期间"}, id="a plan period written out is the basis"),
    pytest.param("今年成功签约亿元以上项目15个。", 15, {"indicator": "签约亿元以上项目数"}, id="成功 before 签约 is filler"),
    pytest.param("全年成功申请省级示范社3个。", 3, {"indicator": "申请成功的省级示范社数"},
                 id="成功申请: those whose application succeeded"),
    pytest.param("全县项目验收成功率达到95%。", 95, {"indicator": "项目验收成功率"}, id="成功率 stays"),
    pytest.param("三是财政收入稳步增长，达到52亿元，增长9%。", 52, {"indicator": "财政收入"},
                 id="an item's marker is no part of the name its opening clause gives"),
    pytest.param("2023年广东省旅游总收入预计超过9000亿元。", 9000, {"indicator": "旅游总收入"},
                 id="a province opening a name is the entity"),
    pytest.param("上海港集装箱吞吐量4900万标箱。", 4900, {"indicator": "上海港集装箱吞吐量"}, id="a place of its own stays"),
    pytest.param("去年，山东地区生产总值增长6%。", 6, {"indicator": "地区生产总值"}, id="a province without 省"),
    pytest.param("全市外贸进出口仍将高位求进，全年力争增长12%。", 12, {"indicator": "外贸进出口"},
                 id="an opening clause that names the measure and an adverb after it"),
    pytest.param("全县财政收入向前迈了一大步。总收入达到3.2亿元。", 3.2, {"indicator": "财政总收入"},
                 id="向前 closes the name a sentence opens with"),
    pytest.param("明年将新建标准厂房12万平方米。", 12, {"indicator": "新建标准厂房面积"}, id="将 opening a name is no part of it"),
    pytest.param("全年可以新建乡村公路300公里以上。", 300, {"indicator": "新建乡村公路"}, id="可以 is no part of the name"),
    pytest.param("今年将来县投资的企业达到12家。", 12, {"indicator": "将来县投资的企业数"}, id="将来 is a word"),
    pytest.param("电子信息业增加值增长15%，汽车制造业增加值增长9%，分别拉动规上工业增长2.1和1.3个百分点。", 1.3,
                 {"indicator": "汽车制造业拉动规上工业增长"}, id="分别拉动: each sector whose growth was just given"),
    pytest.param("装备制造业增加值增长12%，拉动规上工业增长4.2个百分点，对规上工业增长的贡献率达45%。", 45,
                 {"indicator": "装备制造业对规上工业贡献率"}, id="a contribution after a pull is the puller's"),
    pytest.param("预计4月份规上工业企业完成产值20亿元，增长11%，5月完成产值22亿元，增长15%。", 22,
                 {"indicator": "规上工业产值"}, id="a month opening a clause is no subject: the modifier carries"),
    pytest.param("一季度县领导联系的12家重点企业完成产值30亿元。", 30, {"indicator": "重点企业产值"},
                 id="the firms counted made the output, not who served them"),
    pytest.param("40个工业行业大类中有26个行业增加值保持增长。", 26, {"indicator": "增加值保持增长的行业数"},
                 id="industries counted by a condition they meet"),
    pytest.param("全县有9家企业产值下降。", 9, {"indicator": "产值下降的企业数"}, id="firms counted by a condition"),
    pytest.param("高新技术企业增加4个，投产6个。", 6, {"indicator": "投产项目数"},
                 id="a count named by a project verb alone counts projects"),
    pytest.param("今年签约9个，开工5个。", 5, {"indicator": "签约项目开工数"}, id="the projects signed then started"),
    pytest.param("全县重点项目开工30项，竣工12项。", 12, {"indicator": "重点项目竣工数"}, id="a named set keeps its name"),
    pytest.param("全省已有20多个县基本上实现了农业合作化。", 20, {"indicator": "实现了农业合作化的县数"},
                 id="基本上 between the units and what they did"),
    pytest.param("全年为86家小微企业融资2.4亿元。", 2.4, {"indicator": "小微企业融资额"},
                 id="the firms' number is no part of an amount's name"),
    pytest.param("全镇工业产值仅占全县的12%。", 12, {"indicator": "工业产值占全县比重"},
                 id="a share of the whole area: the area is the whole"),
    pytest.param("入选企业数占全市40%。", 40, {"indicator": "入选企业占全市比重"}, id="a count's share of the area's"),
]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_field(text: str, value, expected: dict) -> None:
    fields = tuple(expected)
    assert dict(zip(fields, _fields(text, value, *fields))) == expected
