"""What a figure's name is, in error kinds that recur across fresh pages (session J, helper "names"):
adverbs and verbs of doing before the name (平均, 精准, 帮助, 组织, 推动), a time after a plant is built
(建成后), verbs ending in 及 (惠及), a share's whole before its change (占…的比重提高), the volume a list of
pollutants shares (排放量), 新签约 as one verb; counts named by their unit (管控人数, 改水户数, 入社农户数)
and by the change they end (由…增加到); years compared with that are no period; shares written with 达到.
Every text here is written for the test.
"""
from __future__ import annotations

import pytest

from test_metric_meaning_g import _fields, _metrics  # noqa: F401  (the same readers of one text)

#: (text, value, {field: expected})
CASES = [
    pytest.param("全市居民消费价格平均上涨2.6%。", 2.6, {"indicator": "居民消费价格"}, id="平均 before a change is an adverb"),
    pytest.param("食品工业、建材工业增加值分别增长9.1%、13.4%，两年平均分别增长6.2%、10.5%。", 6.2,
                 {"indicator": "食品工业增加值"}, id="两年平均 alone names no measure"),
    pytest.param("非农产业总收入8.6亿元，人均增收1850元。", 1850, {"indicator": "非农产业总收入"},
                 id="人均 alone names no measure"),
    pytest.param("全市道路运输成本将比上年平均降低4.5%。", 4.5, {"indicator": "道路运输成本"},
                 id="平均 at a name's end is the adverb"),
    pytest.param("与某公司签约落户，建成后年产值可达12亿元。", 12, {"indicator": "年产值"},
                 id="建成后 is a time, not the verb of the measure"),
    pytest.param("某项目已竣工，投产后预计年销售收入5亿元以上。", 5, {"indicator": "年销售收入"},
                 id="投产后 is a time"),
    pytest.param("今年发放文旅消费券，消费券惠及3.2万人次。", 3.2, {"indicator": "消费券惠及人次"},
                 id="惠及 is a verb, not a list's 及"),
    pytest.param("税收收入86亿元，增长9%，占财政总收入的比重提高1.5个百分点。", 1.5,
                 {"indicator": "税收收入占财政总收入比重"}, id="the share's whole before its change"),
    pytest.param("二氧化硫和氮氧化物排放量分别下降3.5%和2.8%。", 3.5, {"indicator": "二氧化硫排放量"},
                 id="the volume a list of pollutants shares"),
    pytest.param("化学需氧量、氨氮排放量分别削减2.1%、3.4%。", 3.4, {"indicator": "氨氮排放量"},
                 id="the last item keeps its volume"),
    pytest.param("全年亿元以上项目新签约8个，新开工6个。", 6, {"indicator": "亿元以上项目新开工数"},
                 id="新签约 is one verb: the set is the subject"),
    pytest.param("全县精准发放小额贷款1200万元，帮助申报补助资金300万元。", 300, {"indicator": "申报补助资金"},
                 id="帮助 is no part of the name"),
    pytest.param("全县精准推送政策信息2600条。", 2600, {"indicator": "推送政策信息数"}, id="精准 is no part of the name"),
    pytest.param("截至10月，组织排查返乡人员860人。", 860, {"indicator": "排查返乡人员数"}, id="组织 is no part of the name"),
    pytest.param("推动以旧换新补贴惠及群众1.5万人次。", 1.5, {"indicator": "以旧换新补贴惠及群众人次"},
                 id="推动 is no part of the name"),
    pytest.param("单是参加互助组的农户就已经达到四千户。", 4000, {"indicator": "参加互助组的农户数"},
                 id="单是 is no part of the name"),
    pytest.param("全镇共落实隔离管控126人。", 126, {"indicator": "隔离管控人数"}, id="people counted by what was done to them"),
    pytest.param("全村完成改厕215户。", 215, {"indicator": "改厕户数"}, id="households counted by what was done to them"),
    pytest.param("新增使用沼气户420户。", 420, {"indicator": "新增使用沼气户数"}, id="a name that ends in 户 takes no second 户"),
    pytest.param("全年易地扶贫搬迁2.6万人。", 2.6, {"indicator": "易地扶贫搬迁人数"}, id="a large count of people moved"),
    pytest.param("全县入社农户达三十万户。", 30, {"indicator": "入社农户数"}, id="a large count of households"),
    pytest.param("全省互助组由现在的3万个增加到5万个。", 5, {"indicator": "互助组数"},
                 id="where a change ends is the same count"),
    pytest.param("全区培训农民工1200人次。", 1200, {"indicator": "培训农民工人次"}, id="人次 after a count's 数"),
    pytest.param("到今年春季，参加互助组的农户，已由二十万户增加到六十万户，约占全区农户的百分之四十。", 20,
                 {"indicator": "参加互助组的农户数"}, id="the clause before names what is counted"),
    pytest.param("到今年春季，参加互助组的农户，已由二十万户增加到六十万户，约占全区农户的百分之四十。", 40,
                 {"indicator": "参加互助组的农户占农户比重"}, id="约占: the share of what was just counted"),
    pytest.param("全县油料总产量8600万斤，比上年增长3.2%；实现产值1.4亿元，比历史上最高的1979年增长12.5%；"
                 "实现利润900万元，比历史上最好的1979年增长20.1%。", 20.1, {"period": None},
                 id="a year compared with is no period, nor the one compared with before it"),
    pytest.param("全县棉花总产量31万担，比上年增长4.1%。比历史上最高的1975年增长9.3%。", 9.3, {"indicator": "棉花总产量"},
                 id="a sentence that only compares gives the last figure's growth"),
    pytest.param("社队企业总收入2100万元，比上年增长18%；实现利润260万元，比上年增长25%。", 260,
                 {"indicator": "社队企业利润"}, id="实现利润 after a ; : the subject said before"),
    pytest.param("全县行政审批平均时限缩短35%。", 35, {"indicator": "行政审批平均时限", "direction": "decrease"},
                 id="缩短 is a decrease"),
    pytest.param("到明年春季，入社农户将达总农户的80%。", 80, {"indicator": "入社农户占总农户比重"},
                 id="a share written with 达 and a whole"),
    pytest.param("参加初级社的农户已经达到全省农户总数的52%。", 52, {"indicator": "参加初级社的农户占农户总数比重"},
                 id="a share written with 达到 and 总数"),
    pytest.param("今年完成土地出让12宗面积860亩。", 860, {"indicator": "土地出让面积"},
                 id="the area of what was just counted"),
    pytest.param("推广良种8个，推广面积12万亩。", 12, {"indicator": "推广面积"}, id="推广面积: the verb names the area"),
    pytest.param("全年完成自产白银12万两。", 12, {"indicator": "自产白银产量"}, id="a product made, in a weight: its output"),
    pytest.param("与香港跨境结算业务量突破30亿元。", 30, {"indicator": "与香港跨境结算业务量"},
                 id="a leading 与 is part of the name"),
    pytest.param("工业园区年产值达8亿元，创税收近5000万元。", 5000, {"indicator": "工业园区税收"},
                 id="创税收: the tax the subject before made"),
    pytest.param("全市亿元以上项目开工48项(其中工业项目20项)，竣工17项(其中工业项目9项)。", 20,
                 {"indicator": "亿元以上工业项目开工数"}, id="(其中…) a kind of the count before the parenthesis"),
    pytest.param("全市亿元以上项目开工48项(其中工业项目20项)，竣工17项(其中工业项目9项)。", 17,
                 {"indicator": "亿元以上项目竣工数"}, id="after (其中…) the count keeps the sentence's subject"),
    pytest.param("全年计划开工项目120项(其中上半年计划新开工80项)。", 80, {"indicator": "新开工项目数"},
                 id="(其中…) a verb is no kind of project"),
    pytest.param("我们大队有八个生产队。全队二百零五户，一千一百二十人。", 205, {"indicator": "户数"},
                 id="全队 is the entity: its households"),
    pytest.param("我们大队有八个生产队。全队二百零五户，一千一百二十人。", 1120, {"indicator": "人数"},
                 id="a count after a clause with a figure takes no name from it"),
    pytest.param("三是财政收入稳步增长。总收入达到520万元，比上年增长12%。", 520, {"indicator": "财政总收入"},
                 id="a bare head after a sentence that names the measure"),
    pytest.param("1990年全省年产值千万元以上的社队企业已由上年的40家猛增到95家。", 95, {"period": "1990年"},
                 id="猛增到: the year a change starts at is no period of where it ends"),
]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_field(text: str, value, expected: dict) -> None:
    fields = tuple(expected)
    assert dict(zip(fields, _fields(text, value, *fields))) == expected
