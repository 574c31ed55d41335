"""What a figure's name is, in error kinds found on fresh real pages (session M, helper "names"): a year's 底/末 and a
date left in a name, where a change starts hedged after its dropped year (由…的不足), 超 before 全省/目标 as a
comparison, each subject's own rate after a 分别 list (投资完成率分别为…) and the gap of that rate, a clause opened by
its rate alone after a list (增幅达x%、y%), a planting verb shared after 、, the firm owning a project; then (batch 2)
a share with no subject, units counted as what the work was for (走访服务68家企业), a table printed one cell a line,
a figure cut onto its own line in PDF text, a caption line, what a place has listed after 有.
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
    pytest.param("总投资500万元的有机肥厂实现投产运营。", 500, {"indicator": "有机肥厂项目投资"},
                 id="what the project did is no part of its name"),
    pytest.param("签约引进总投资5亿元的甲研究院、乙背板等项目。", 5, {"indicator": "签约引进总投资"},
                 id="a list of projects sharing one figure keeps the clause's label"),
    pytest.param("甲乡有13个行政村，55个自然庄，2271户，总人口8151人。", 2271, {"indicator": "户数"},
                 id="households in the list of what a place has"),
    pytest.param("民营经济工业产值为255万元，占年度目标任务51%。", 51,
                 {"indicator": "民营经济工业产值占年度目标任务比重", "kind": "actual"}, id="a share of the task is done"),
    pytest.param("其中，第一产业增加值146419万元，增长7.9%，占地区生产总值比重为26.4%；第二产业增加值116763万元，下降9.8%，"
                 "占地区生产总值比重为21.1%。", 21.1, {"indicator": "第二产业增加值占地区生产总值比重"},
                 id="a share with no subject is the amount just named's (占地区… is no 占地)"),
    pytest.param("项目占地300亩，建成厂房2万平方米。", 300, {"indicator": "项目占地面积"}, id="占地 is still land taken"),
    pytest.param("全年为120家市场主体融资1.35亿元。", 120, {"indicator": "融资市场主体数"},
                 id="units counted as what the work was for"),
    pytest.param("常态化走访服务68家权重企业。", 68, {"indicator": "走访服务权重企业数"}, id="units served, named by the verbs"),
    pytest.param("出清38家高耗低效工业企业，完成土地收储60亩。", 38, {"indicator": "出清高耗低效工业企业数"},
                 id="units acted on"),
    pytest.param("同时与9家中介机构建立合作。", 9, {"indicator": "建立合作中介机构数"}, id="与 opening the clause"),
    pytest.param("完成256家企业亩均税收调查。", 256, {"indicator": "企业亩均税收调查数"}, id="亩均 is a word, not 亩 and 均"),
    pytest.param("现已完成签约xxx户xxxxx平方米。", None, {"indicator": "签约户数"},
                 id="a placeholder figure after a count is the next measure, no noun"),
    pytest.param("镇锁定村级债务总额4300万元。", 4300, {"indicator": "村级债务总额"}, id="村级 is no village's name; 锁定 a verb"),
    pytest.param("发展袋料香菇、羊肚菌、大球盖菇等食用菌53万袋。", 53, {"indicator": "食用菌"},
                 id="a list closed by 等 before the set it sums"),
    pytest.param("全年地区生产总值(GDP)[2]完成529757万元。", 529757, {"indicator": "地区生产总值"}, id="a footnote mark"),
    pytest.param("全年人均地区生产总值达28322元，比去年新增3637元，增长12.7%。", 3637, {"indicator": "人均地区生产总值"},
                 id="新增 said alone names nothing"),
    pytest.param("饲养生猪16万头、家禽160万羽。", 160, {"indicator": "饲养家禽"}, id="animals after 、 are raised too"),
    pytest.param("全年完成其他农作物种植6675亩(其中:油菜1830亩、蔬菜3850亩)。", 1830, {"indicator": "油菜种植面积"},
                 id="其中: inside a parenthesis"),
    pytest.param("截至目前共计排查13.3万余车次、近15.2万人次。", 15.2, {"indicator": "排查人次"},
                 id="a second unit after 、 measures the same work"),
    pytest.param("截至目前共计排查13.3万余车次、近15.2万人次。", 13.3, {"indicator": "排查车次", "unit": "万车次"},
                 id="车次 is a unit"),
    pytest.param("仅与甲区接壤的乙片区就已落户投资亿元以上的项目10个。", 10, {"indicator": "落户投资亿元以上的项目数"},
                 id="a place before what it has done is the entity"),
    pytest.param("有2.2万户发展养殖业。", 2.2, {"indicator": "发展养殖业户数"}, id="households that took up a trade"),
    pytest.param("上半年新增四上企业14家，净增7家。", 7, {"indicator": "净增四上企业数"}, id="the net change of the set"),
    pytest.param("加大对现有12家规上企业的跟进指导。", 12, {"indicator": "规上企业数"}, id="the firms, not what is done for them"),
    pytest.param("其中，以PM2.5为首要污染物20天，同比减少7天，超标11天；以NO2为首要污染物5天，超标0天。", 11,
                 {"indicator": "PM2.5超标天数"}, id="days over the standard of the pollutant that led"),
    pytest.param("其中，以PM2.5为首要污染物20天，同比减少7天，超标11天；以NO2为首要污染物5天，超标0天。", 5,
                 {"indicator": "NO2为首要污染物天数"}, id="days a pollutant led are counted"),
    pytest.param("全市规模以上工业增加值、固定资产投资、限额以上消费品零售额3个主要指标增速分别比一季度平均增速低3.2个、"
                 "25.9个、6.7个百分点。", 6.7, {"indicator": "限额以上消费品零售额增速", "basis": "较一季度"},
                 id="a list's summing name before its rate, and the base's 平均增速"),
    pytest.param("576个市级重点项目开复工530个，完成投资607.9亿元。", 607.9, {"indicator": "市级重点项目完成投资"},
                 id="the investment of the set whose projects were counted by what they did"),
    pytest.param("江陵经济开发区面积达到19.66平方公里。", 19.66, {"indicator": "经济开发区面积"},
                 id="a zone's own name is the entity"),
    pytest.param("两个经济开发区面积达到20平方公里。", 20, {"indicator": "两个经济开发区面积"}, id="a count is no zone's name"),
    pytest.param("全区实现地区生产总值806亿元，同比增长3.2%，塌目标1.8个百分点。", 1.8,
                 {"indicator": "地区生产总值增速", "basis": "较目标值", "direction": "decrease"}, id="塌目标 is a gap below the goal"),
    pytest.param("在园幼儿1.53万人，毕业生0.18万人。", 1.53, {"indicator": "在园幼儿数"}, id="在园 is no verb 在"),
    pytest.param("在园幼儿1.53万人，毕业生0.18万人。", 0.18, {"indicator": "毕业生数"}, id="graduates are counted people"),
    pytest.param("全年专利授权量1801件，其中发明专利授权量为70件。", 70, {"indicator": "发明专利授权量"},
                 id="a 授权量 is already a count"),
    pytest.param("分别为投资10.7亿元的甲乙股份有限公司啤酒项目、投资5亿元的丙丁机械有限公司机械加工项目。", 10.7,
                 {"indicator": "啤酒项目投资"}, id="the firm opening a project's name is the entity"),
    pytest.param("投资7625万元的甲乙饲料厂年产8万吨饲料加工项目。", 7625, {"indicator": "饲料加工项目投资"},
                 id="an owner before the capacity that opens the project's name"),
    pytest.param("截至6月底，甲村乙组路面硬化1.5公里、丙村丁组路面硬化2公里已全部完工。", 2, {"indicator": "路面硬化"},
                 id="where a road was hardened is the entity"),
    pytest.param("甲村爱门口至胡家湾道路硬化2公里。", 2, {"indicator": "道路硬化"}, id="and the route it runs"),
    pytest.param("同时我乡新增垦造耕地项目40个约3750亩。", 3750, {"indicator": "新增垦造耕地项目面积"},
                 id="the count before an area is the set's, not the area's name"),
    pytest.param("建设用地复垦项目两个约56亩。", 56, {"indicator": "建设用地复垦项目面积"}, id="a count in Chinese numerals too"),
    pytest.param("一是完成县分烟叶任务.二是完成白皮柚、莓茶种植.三是新建果园300亩.", 300, {"indicator": "新建果园面积"},
                 id="a site's ASCII full stop between Chinese sentences"),
    pytest.param("地区生产总值达5600亿元，增长14%以上；辖内财政收入迈过千亿大关，达1330亿元，增长28.55%。", 1330,
                 {"indicator": "财政收入"}, id="a clause that names the measure after a semicolon"),
    pytest.param("预计2023年工农业总产值能到达61.2亿元。", 61.2, {"indicator": "工农业总产值"}, id="a modal 能 is no part of the name"),
    pytest.param("全年产能达到50万吨。", 50, {"indicator": "产能"}, id="but 产能 is a word"),
    pytest.param("上交税金3974万元，增长率到达了64%。", 64, {"indicator": "上交税金增速"}, id="增长率 alone is the last measure's rate"),
    pytest.param("服务业在全区经济中的比重比上年下降3.2个百分点。", 3.2, {"indicator": "服务业占全区经济比重"},
                 id="a share written as the part's place in the whole"),
    pytest.param("年末城镇登记失业人数143人，用工备案减员980人。", 980, {"indicator": "用工备案减员人数", "direction": "level"},
                 id="减员 is a noun, no decrease"),
    pytest.param("街道财政收入预计实现12.83亿元，同比增长8.6%。", 12.83, {"indicator": "财政收入"},
                 id="街道 opening a street's own report is the entity"),
    pytest.param("街道办事处经费支出120万元。", 120, {"indicator": "街道办事处经费支出"}, id="街道办事处 is kept"),
    pytest.param("规模以上工业企业实现产值23亿元，实现税金8000万元，分别比上年增长21和9.4。", 8000,
                 {"indicator": "规模以上工业税金"}, id="税金 is a measure the firms just named paid"),
]


def test_figure_cut_by_a_line_break() -> None:
    """PDF text whose fixed-width lines cut a figure in two (年均增长2⏎0.6%): neither half is a figure (right or
    absent), nor is either half of one cut before its decimal point (是2010年的1⏎.5倍) where the break is hard."""
    body = ("初步统计，2015年完成地区生产总值330.2亿元，是2010年的1.5倍，年均增长9.1%；实现一般公共预算收入18.7亿元，"
            "是2010年的2.6倍，年均增长20.6%。五年累计完成全社会固定资产投资597.7亿元，年均增长27.7%。")
    cut = body.index("20.6") + 1
    text = body[:cut] + "\n" + body[cut:]
    values = [m.value for m in _metrics(text)]
    assert 2 not in values and 0.6 not in values and 597.7 in values
    assert not {1, 0.5, 5} & {m.value for m in _metrics(body.replace("1.5倍", "1\n.5倍"))}


def test_farmed_items_share_the_verb_across_commas() -> None:
    """其中，河蟹养殖500亩，乌鳢600亩，鳜鱼500亩: each bare item of the clauses after the first is farmed too."""
    got = [(m.value, m.indicator) for m in _metrics("全乡养殖面积2000亩，其中，河蟹养殖500亩，乌鳢600亩，鳜鱼450亩。")]
    assert got[1:] == [(500, "河蟹养殖面积"), (600, "乌鳢养殖面积"), (450, "鳜鱼养殖面积")]
    assert [m.unit for m in _metrics("全乡每年可节水157万立方。")] == ["万立方"]


def test_letter_spaced_text() -> None:
    """A doc site that spaced every character of a stretch (完 成 地 方 财 政 收 入 1121 万 元) inside a long flattened
    line: the spacing is no PDF gap, the figure is read with its name."""
    text = ("前三季度，全镇完成工业总产值 15.16 亿元，同期增长 19.09%；农业总产值11.55 亿元，同期增长 9.8%；主营业务收入 15.12 "
            "亿元，同期增 长 21.05% ; 完 成 地 方 财 政 收 入 1121 万 元 , 同 期 增 长186.4%，已完成年初预算总额的 86.6%。" * 4)
    got = [(m.value, m.unit, m.indicator) for m in _metrics(text)]
    assert (1121, "万元", "地方财政收入") in got and (186.4, "%", "地方财政收入") in got


def test_served_needs_its_verb() -> None:
    """A count of units after 为 deep in its clause is no service (全县规上企业总数为120家企业: not kept as one)."""
    assert all(m.indicator != "企业数" for m in _metrics("全县规上企业总数为120家企业。"))


def test_figure_on_its_own_line() -> None:
    """PDF text with a figure cut onto its own line (完成地区生产总值⏎XX⏎亿元): the sentence goes on through it."""
    text = ("(一)经济运行稳中有升\n前三季度,完成地区生产总值\nXX\n亿元,增长\n5%\n;\n1—10\n月份,完成限上消费品零售总额\n"
            "XX\n万元,增长\n8%\n;财政收入\nXX\n万元,增长\n14.9%\n;")
    got = [(m.value, m.indicator) for m in _metrics(text)]
    assert got[:4] == [(None, "地区生产总值"), (5, "地区生产总值"), (None, "限上消费品零售总额"), (8, "限上消费品零售总额")]


def test_table_one_cell_a_line() -> None:
    """A table printed one cell a line: a figure alone takes the row label on the line before it, where the
    line after it is the row's next cell (a bare growth figure); a figure alone elsewhere does not."""
    text = ("主要产品产量\n\n\n2023年\n\n较上年增长(%)\n\n粮食总产量\n\n162817吨\n\n0.5\n\n其中:谷物\n\n97658吨\n\n-9.7\n\n"
            "当年出栏猪\n\n44383头\n\n4.4\n")
    assert [(m.value, m.indicator) for m in _metrics(text)] == [(162817, "粮食总产量"), (97658, "谷物"), (44383, "当年出栏猪")]
    assert [m.indicator for m in _metrics("产业发展\n\n7.4亿元\n\n这一年，街道推动企业增资扩产。")] == [None]


def test_caption_is_its_own_line() -> None:
    """A figure's caption in PDF text (图 2 …比重) ends its line: the sentence after it is not named by it."""
    text = ("全年人均地区生产总值 35488 元，比上年增长 2.5%。\n图 1 2019--2023 年地区生产总值及增速\n"
            "图 2 2019--2023 年三次产业增加值占地区生产总值比重\n2023 年末全县常住人口为 197428 人。全县")
    assert [(m.value, m.indicator) for m in _metrics(text)][-1] == (197428, "常住人口")


def test_no_comparison_in_catching_up() -> None:
    """``赶超全国先进水平``: catching up is no comparison with the country."""
    assert [m.basis for m in _metrics("力争赶超全国先进水平2倍。")] == [None]


@pytest.mark.parametrize("text,value,expected", CASES)
def test_field(text: str, value, expected: dict) -> None:
    fields = tuple(expected)
    assert dict(zip(fields, _fields(text, value, *fields))) == expected
