"""A figure's kind, period and direction, and whether it is read at all (and right), in error kinds found on
fresh pages (session M, helper "kinds"). Every text here is written for the test.
"""
from __future__ import annotations

import pytest

import speechdoc
from test_metric_meaning_g import _fields, _metrics

_ITEMS = ("一是加快推进风电项目建设，确保风电项目顺利开工；二是加快发展林下经济，4月份扩大种植李子300亩、"
          "茶叶270亩；三是完善茶叶基地设施。")
_YEARS = "2014年、2015年分别脱贫21963人、32972人；2016年脱贫20948人，出列20个贫困村。"

#: (text, value, nth, {field: expected})
CASES = [
    # a goal word of an earlier item of an enumeration sets that item's figures, not the later items'
    pytest.param(_ITEMS, 300, 0, {"kind": "actual"}, id="确保 of item 一 does not reach item 二"),
    pytest.param(_ITEMS, 270, 0, {"kind": "actual"}, id="nor the next figure of item 二"),
    pytest.param("一是确保项目顺利开工，新开工项目15个；二是抓好招商引资。", 15, 0, {"kind": "target"},
                 id="the goal word's own item keeps it"),
    pytest.param("今年要确保：一是地区生产总值增长8%；二是财政收入增长10%。", 10, 0, {"kind": "target"},
                 id="a goal word in the lead-in sets every item"),
    pytest.param("确保完成全年任务，一季度开工项目20个；二是财政收入增长10%。", 10, 0, {"kind": "target"},
                 id="no first item written: the sentence is not cut"),
    pytest.param("(一)确保项目顺利开工；(二)新建厂房3万平方米。", 3, 0, {"kind": "actual"},
                 id="parenthesised items are items too"),
    # years listed before 分别 pair with the figures of its list in order
    pytest.param(_YEARS, 21963, 0, {"period": "2014年"}, id="the first year names the first figure"),
    pytest.param(_YEARS, 32972, 0, {"period": "2015年"}, id="the second year the second"),
    pytest.param(_YEARS, 20948, 0, {"period": "2016年"}, id="a later segment has its own year"),
    pytest.param("1958年和1959年全县分别造林5万亩和8万亩，育苗300亩。", 5, 0, {"period": "1958年"},
                 id="和 joins the years too"),
    pytest.param("一九五八年、一九五九年分别造林5万亩、8万亩。", 5, 0, {"period": "一九五八年"},
                 id="years in Chinese numerals"),
    pytest.param("2019年、2020年分别增长5%和6%，增加值分别为3亿元、4亿元。", 3, 0, {"period": "2019年"},
                 id="a later 分别 clause of the sentence pairs its own figures"),
    pytest.param("2014年、2015年全县脱贫21963人。", 21963, 0, {"period": "2015年"},
                 id="no 分别: the last year, as before"),
    # 都将, 也将, 还将, 均将, 将会 say what is to come of the figures, as 将达到 does
    pytest.param("10月底前，惠及12个村、3万名群众都将用上自来水。", 3, 0, {"kind": "target"},
                 id="都将 after the figure"),
    pytest.param("年内还将继续向西铺轨150公里。", 150, 0, {"kind": "target"}, id="还将 before the figure"),
    pytest.param("今年还完成了铺轨150公里。", 150, 0, {"kind": "actual"}, id="还 alone reports"),
    pytest.param("全年新增就业1200人，将来还要扩大。", 1200, 0, {"kind": "actual"},
                 id="将来 in a later clause is no goal of the figure"),
    # a count closed by 等 is the list's size: a verb inside an item's name is not its direction
    pytest.param("引进甲公司、年产5万吨减水剂等12个项目集中开工。", 12, 0, {"direction": "level"},
                 id="减 in a product name before 等"),
    pytest.param("新开工项目比上年减少12个。", 12, 0, {"direction": "decrease"}, id="a verb right before the count"),
    # 升至, 升到: where a measure rose to is its level, as 增长到 and 降至 are
    pytest.param("第三产业增加值占比升至52.3%。", 52.3, 0, {"direction": "level", "indicator": "第三产业增加值占比"},
                 id="升至 is a level"),
    pytest.param("第三产业增加值占比上升2.1个百分点。", 2.1, 0, {"direction": "increase"}, id="上升 a gap is a rise"),
    # an Arabic span of years summed up: 6年间, 10年来 (as 五年来)
    pytest.param("6年间，农村贫困人口累计减少8000多万。", 8000, 0, {"period": "6年间"}, id="6年间"),
    pytest.param("10年来，全县累计投入资金5亿元。", 5, 0, {"period": "10年来"}, id="10年来"),
    pytest.param("2019年来宾市完成投资5亿元。", 5, 0, {"period": "2019年"}, id="a four-digit year before 来 stays a year"),
    # a change that starts from a plan's figure starts from a goal
    pytest.param("重新规划后，粮食作物将由原来规划的六百斤增加到九百斤。", 600, 0, {"kind": "target"},
                 id="由原来规划的 starts from a goal"),
    pytest.param("今年单产由原计划的500斤提高到650斤。", 500, 0, {"kind": "target"}, id="由原计划的"),
    pytest.param("到2030年，收入将由目前的3.2万元增长到5万元。", 3.2, 0, {"kind": "actual"},
                 id="a change from today still starts from what is"),
    # a whole named before the part a goal takes of it is what there is
    pytest.param("到1960年，甲县的十八万亩土地，将有十五万亩得到灌溉。", 18, 0, {"kind": "actual"},
                 id="the whole before 将有"),
    pytest.param("到1960年，甲县的十八万亩土地，将有十五万亩得到灌溉。", 15, 0, {"kind": "target"},
                 id="the part is the goal"),
    pytest.param("到2025年，全县耕地要达到120万亩，其中100万亩建成高标准农田。", 120, 0, {"kind": "target"},
                 id="a whole that is itself a goal stays one"),
    # 已 that names a list item's units by what they have done reports nothing of the next item
    pytest.param("围绕实现20个贫困村出列和35个已出列村、6.5万已脱贫人口巩固提升的目标列出清单。", 6.5, 0,
                 {"kind": "target"}, id="40个已出列村、 before the figure"),
    pytest.param("确保全年新增就业1200人，其中已安置800人。", 800, 0, {"kind": "actual"}, id="已 before the figure still reports"),
]

#: (text, value): a count kept as a metric
COUNTS = [
    # a count in subject position whose units got out of poverty (脱贫, 摘帽, 出列, 退出)
    pytest.param("去年减少贫困人口1000万以上，280个左右贫困县脱贫摘帽。", 280, id="贫困县脱贫摘帽"),
    pytest.param("今年35个贫困村退出，1200人脱贫。", 35, id="贫困村退出"),
    # the start of a change written as two figures (households, people)
    pytest.param("贫困人口由2368户8512人减至126户305人。", 8512, id="the second figure a change starts from"),
]

#: (text, value, unit): an amount invested right before what it is invested in, with no 的
INVESTED = [
    pytest.param("同时加快投资6000万元甲村2000亩茶叶基地二期建设。", 6000, "万元", id="投资…万元 before the site"),
    pytest.param("做好乙公司计划投资3亿元在我镇兴建食品加工项目的服务工作。", 3, "亿元", id="计划投资…亿元在…兴建"),
]
#: texts whose amount after 投资 is a size class, no metric
NOT_INVESTED = [
    pytest.param("总投资10亿元项目开工建设。", id="a project's size class"),
    pytest.param("招引投资10亿元级项目。", id="级 makes a class"),
    pytest.param("引进投资5亿元企业。", id="a class of firms"),
]


@pytest.mark.parametrize("text,value,nth,expected", CASES)
def test_meaning(text, value, nth, expected):
    assert dict(zip(expected, _fields(text, value, *expected, nth=nth))) == expected


@pytest.mark.parametrize("text,value,unit", INVESTED)
def test_invested_amount(text, value, unit):
    assert [(m.value, m.unit) for m in _metrics(text) if m.unit and m.unit.endswith("元")] == [(value, unit)]


@pytest.mark.parametrize("text", NOT_INVESTED)
def test_size_class_amount(text):
    assert [m.value for m in _metrics(text) if m.unit and m.unit.endswith("元")] == []


@pytest.mark.parametrize("text,value", COUNTS)
def test_count_kept(text, value):
    assert value in [m.value for m in _metrics(text)]


#: (text, value, unit): the public reader reads a circle for the zero of a numeral and a middle dot for the
#: point as the metrics stage does, not the numeral's first digit or the digits after the dot
READ = [
    pytest.param("占原计划百分之一○五点四", 105.4, "%", id="a circle for 〇"),
    pytest.param("全年增长12·5%", 12.5, "%", id="a middle dot for the point"),
    pytest.param("投资额380·6亿元", 380.6, "亿元", id="a middle dot before a unit"),
    pytest.param("○○县完成3亿元", 3, "亿元", id="circles standing for a name stay a name"),
]


@pytest.mark.parametrize("text,value,unit", READ)
def test_reader_reads_marks(text, value, unit):
    q = speechdoc.parse_quantity(text)
    assert (q.value, q.unit) == (value, unit)
    assert [(f.value, f.unit) for f in speechdoc.find_quantities(text)] == [(value, unit)]
    assert text[q.span[0]:q.span[1]] == q.text  # offsets into the text as written


def test_reader_leaves_a_year_with_a_circle():
    assert speechdoc.parse_quantity("一九八○年") is None


#: texts whose figure names a class or a dividing line, no quantity (M2)
NOT_METRICS = [
    pytest.param("亩产达到80斤的有55个县；至于50斤以下的，各地没有分别统计。", 50, id="those below the figure"),
    pytest.param("各地没有以30斤为界分别统计。", 30, id="以…为界: the line a count is split at"),
    pytest.param("以人均收入2300元为标准识别贫困户。", 2300, id="以…为标准"),
]


@pytest.mark.parametrize("text,value", NOT_METRICS)
def test_class_is_no_metric(text, value):
    assert value not in [m.value for m in _metrics(text)]


def test_a_bound_in_its_clause_stays():
    assert [(m.value, m.qualifier) for m in _metrics("损失率已降低到百分之二以下的水平，人口控制在12万以内。")] \
        == [(2, "以下"), (12, "以下")]


#: a percentage written digit by digit: read where the two digits cannot stand for a range
DIGITS = [
    pytest.param("百分之七七", 77, id="the same digit twice"),
    pytest.param("百分之九四", 94, id="a lower digit after a higher one"),
    pytest.param("百分之五六", None, id="the next digit: a range, refused"),
    pytest.param("百分之三五", None, id="三五: a range by custom, refused"),
    pytest.param("百分之二四", None, id="a higher digit after a lower one: left unread"),
]


@pytest.mark.parametrize("text,value", DIGITS)
def test_percentage_digit_by_digit(text, value):
    q = speechdoc.parse_quantity(text)
    assert (q.value if q else None) == value


def test_digit_by_digit_in_a_report():
    assert [(m.value, m.unit) for m in _metrics("麻增产百分之八一点三；蚕丝增产百分之七七；水产仅完成原计划的百分之九四。")] \
        == [(81.3, "%"), (77, "%"), (94, "%")]


def test_the_ratio_a_structure_changes_to():
    doc = speechdoc.parse("三次产业的比例由3.1:50.2:46.7调整为2.9:51.0:46.1。")
    assert [(m.value, m.indicator) for m in doc.metrics()][3:] \
        == [(2.9, "三次产业比例"), (51.0, "三次产业比例"), (46.1, "三次产业比例")]


def test_a_clock_time_after_a_ratio_is_no_share():
    assert [m.value for m in speechdoc.parse("三次产业结构为3.1:50.2:46.7，会议于9:30开始。").metrics()] == [3.1, 50.2, 46.7]
