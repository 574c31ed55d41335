"""Which numbers are metrics, and their value and unit (annotation rules M1–M3, M6, M7), on text
written for these tests in the style of county and city speeches and work reports (session G, helper R).

Each case states what a rule of the annotation README demands of a sentence; the texts are
self-written, in both scripts, with placeholders, and wrapped as web pages and PDFs wrap them.
"""
from __future__ import annotations

import pytest

import speechdoc


def _values(text: str) -> list[tuple]:
    """(value or "X" for a placeholder, unit) of each metric, in order."""
    return [("X" if m.placeholder else m.value, m.unit) for m in speechdoc.parse(text).metrics()]


_LONG = "今年以来，全县上下团结一心，克难攻坚，经济运行总体平稳，主要经济指标保持较快增长，各项工作扎实推进，"


@pytest.mark.parametrize("figure, want", [
    ("XX", ("X", "亿元")), ("×", ("X", "亿元")), ("25", (25, "亿元")), ("25.6", (25.6, "亿元"))])
def test_figure_cut_onto_its_own_line_keeps_its_unit(figure, want):
    # M7: a site that set each figure in a span of its own broke the line before and after it; the
    # sentence goes on with the figure's unit on the next line (a wrap, not a paragraph end)
    text = (_LONG + f"全年发放各类救助保障资金\n{figure}\n亿元，超额完成适老化改造等\n{figure}\n项为民办实事项目，"
            "同比增长X%，为全年目标任务完成奠定了坚实基础。\n二、下步打算\n继续努力。")
    got = _values(text)
    assert got[0] == want
    assert got[1] == (want[0], "项")
    assert [n.title for n in speechdoc.parse(text).walk()] == ["下步打算"]


def test_figure_line_after_a_sentence_end_stays_a_paragraph_end():
    # a number alone on its line after a finished sentence is no wrap: nothing joins across it
    text = _LONG + "全年目标任务顺利完成。\n12\n亿元项目建设情况如下：新开工项目8个。"
    assert ("X", "亿元") not in _values(text) and (12, "亿元") not in _values(text)


def test_count_of_a_noun_opened_by_a_list_of_levels():
    # the count's noun opens with a list of levels (省、市为民办实事项目): the list modifies the noun
    m = speechdoc.parse("全年完成道路改造、养老服务中心等12项省、市为民办实事项目。").metrics()
    assert [(x.value, x.unit, x.indicator) for x in m] == [(12, "项", "省市为民办实事项目数")]
    # a list that ends its clause is what is counted (六十五个县、市)
    m = speechdoc.parse("全省已经有六十五个县、市，提前完成了任务。").metrics()
    assert [(x.value, x.indicator) for x in m] == [(65, "县数")]


@pytest.mark.parametrize("text, want", [
    ("两个园区分别新增就业1.2万、0.8万人。", [(1.2, "万人"), (0.8, "万人")]),
    ("城乡居民人均可支配收入分别达到X万和X万元。", [("X", "万元"), ("X", "万元")]),
    ("年末全县户籍人口52.3万，常住人口48.6万人。", [(52.3, "万"), (48.6, "万人")]),
])
def test_scale_shares_the_unit_written_once_at_the_end_of_a_list(text, want):
    # M7: a unit written once is shared by a list of values, also where each value writes its scale
    # (a comma is no list: each clause's value keeps what it writes)
    assert _values(text) == want


@pytest.mark.parametrize("text, want", [
    ("目前完成土地供应X宗面积X亩，实现土地出让收入X亿元。",
     [("X", "宗", "土地供应宗数"), ("X", "亩", None), ("X", "亿元", "土地出让收入")]),
    ("全年出让土地12宗面积350亩。", [(12, "宗", "出让土地宗数"), (350, "亩", None)]),
])
def test_count_followed_by_the_next_measure_is_a_count(text, want):
    # M1: a count of parcels (宗) is a reported result even where the next figure's name follows it
    # without a comma (X宗面积X亩): those words name the next figure, not what the count counts
    got = [("X" if m.placeholder else m.value, m.unit, m.indicator) for m in speechdoc.parse(text).metrics()]
    assert [(v, u, i if w is not None else None) for (v, u, i), (_, _, w) in zip(got, want)] == want


def test_count_before_a_noun_is_still_attributive():
    # the rule reads a measure's name (…积 资 额 值 数 …) and its figure, not any noun: 组建3个小组 stays out
    assert _values("组建3个小组开展督查，抽调10名干部。") == []


@pytest.mark.parametrize("text, want", [
    ("今年共谋划申报项目X个，通过评审X个项目，总投资X亿元。", [("X", "个"), ("X", "个", "通过评审项目数"), ("X", "亿元")]),
    ("下半年，加快推进40个重点工业项目建设，确保按期投产。", [(40, "个", "推进重点工业项目数")]),
    ("今年对接12个项目。", [(12, "个", "对接项目数")]),
])
def test_count_of_projects_after_any_verb_is_a_result(text, want):
    # M1: counts of projects given as a reported or targeted result, whatever verb says what was done
    got = [("X" if m.placeholder else m.value, m.unit, m.indicator) for m in speechdoc.parse(text).metrics()]
    assert [g[:len(w)] for g, w in zip(got, want)] == want and len(got) == len(want)


@pytest.mark.parametrize("text", [
    "这3个项目要加快进度。",  # anaphoric (M2)
    "县42项重大实施项目仅完成年度投资计划的35.3%。",  # the set the clause measures (M2, decision 15)
    "上半年开工建设的251个项目中，多数进展顺利。",  # named by what describes it
    "协调解决5个项目的用地问题。",  # the projects' problems, not the projects
])
def test_count_of_projects_that_names_a_set_is_no_metric(text):
    assert all(m.unit != "个" and m.unit != "项" or m.value not in (3, 42, 251, 5) for m in speechdoc.parse(text).metrics())


@pytest.mark.parametrize("text, want", [
    ("园区二期开发加快，启动甲、乙等三个项目，首家外资企业顺利入园。", (3, "个")),
    ("今年实施五个重点水利项目。", (5, "个")),
    ("全县有三个乡镇没有完成目标任务。", (3, "个", "未完成目标任务的乡镇数")),
    ("城关、河口、石桥等五个乡镇全部完成年度任务。", (5, "个", "全部完成年度任务的乡镇数")),
    ("全县有X个乡镇没有完成目标任务。", ("X", "个", "未完成目标任务的乡镇数")),
])
def test_small_chinese_numeral_counts_of_projects_and_units(text, want):
    # M1/M6: 三个项目 is a count of 3 (Chinese numerals are converted), as 3个项目 is; and units that meet
    # a condition (有三个乡镇没有完成…, the summarising 等五个乡镇) are counts as 有×个县(市)、区… are
    got = [("X" if m.placeholder else m.value, m.unit, m.indicator) for m in speechdoc.parse(text).metrics()]
    assert [g[:len(want)] for g in got] == [want]


@pytest.mark.parametrize("text", [
    "实行一个项目、一名领导、一个专班的工作机制。",  # 一个 is an ordinary word
    "全县有两个问题要注意。",  # no unit, no condition met
    "这三个乡镇要认真查找原因。",  # anaphoric (M2)
    "开展“项目建设”百日攻坚等八个专项行动。",  # a programme's actions (M2)
    "开展安全生产、环境整治等8个专项行动。",  # the same in Arabic digits
])
def test_small_counts_that_are_words_names_or_anaphora(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, want", [
    ("五年来，我们顺利建成占地300余亩、配套设施完备的高水平创业孵化园区一个，成功引进企业12家。", [(300, "亩"), (1, "个"), (12, "家")]),
    ("今年引进投资3000万元的生态养殖场一个。", [(3000, "万元"), (1, "个")]),
    ("今后三年，计划建成东湖、西山、北岭等四个中型水库。", [(4, "个")]),
])
def test_chinese_numeral_count_after_its_noun_or_its_listed_items(text, want):
    # M1/M6: a count written after its noun at a clause end, in a sentence whose verb reports a result
    # (…园区一个), and a count after 等 that sums up the items a verb of result names, are counts
    assert _values(text) == want


@pytest.mark.parametrize("text", [
    "我今天讲的问题，最重要的一条，就是要敢于担当。",
    "今天我们召开会议的目的只有一个，就是盘点重点项目。",
    "要一件接着一件干，确保抓一件成一件。",
    "围绕集中开工一批、集中竣工一批等八个“一批”工作重点，加大投入。",
])
def test_chinese_numeral_words_at_a_clause_end_stay_words(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, want", [
    ("退耕还林补助款除张庄村4户未兑现外，其余全部落实到位。", (4, "户", "未兑现户数")),
    ("目前还有5个项目尚未开工。", (5, "个", "未开工项目数")),
])
def test_count_of_units_that_have_not_done_it(text, want):
    # M1: a count of units that meet a condition (here: have not done it) is a metric, as 有×个县…没有完成 is
    got = [(m.value, m.unit, m.indicator) for m in speechdoc.parse(text).metrics()]
    assert got == [want]


def test_numbers_inside_a_short_quoted_name_are_no_metrics():
    # M2: numbers inside names, slogans and programme titles (Arabic digits as well as Chinese numerals)
    assert _values("认真落实“1+6+N”政策体系和“3个100”工程，新建厂房12万平方米。") == [(12, "万平方米")]


@pytest.mark.parametrize("text, want", [
    ("投产项目X个，包括投资X亿元的年产X万吨新型铝箔、投资X亿元的年产X万吨电池隔膜项目等。",
     [("X", "个"), ("X", "亿元", "新型铝箔项目投资"), ("X", "亿元", "电池隔膜项目投资")]),
    ("今年引进投资2.4亿元的东方钢帘线项目。", [(2.4, "亿元", "东方钢帘线项目投资")]),
])
def test_investment_of_a_named_project_is_a_metric(text, want):
    # M1 (amounts): the investment of a project named after it is that project's amount (web gold: 投资X亿元的
    # 年产X万吨…项目), its capacity is part of the name and no metric
    got = [("X" if m.placeholder else m.value, m.unit, m.indicator) for m in speechdoc.parse(text).metrics()]
    assert [g[:len(w)] for g, w in zip(got, want)] == want and len(got) == len(want)


@pytest.mark.parametrize("text", ["时速350公里的高铁建成通车。", "成为全省首个300亿元园区。", "总投资50亿元的项目开工。"])
def test_an_amount_that_describes_an_unnamed_thing_stays_out(text):
    assert _values(text) == []


def test_zero_shared_by_several_counts_is_one_mention():
    # M6 为零 → 0 (unit null); M3: one value that serves several indicators (均) is one mention
    assert _values("今年全县重特大事故起数、死亡人数均为零。") == [(0, None)]
    assert _values("全年較大事故發生數為零。") == [(0, None)]


def test_chinese_numeral_count_whose_units_all_did_it():
    # M1/M6: 三个贫困村全部脱贫 is a count of 3 as 3个贫困村全部脱贫 is (a result predicate after the units)
    assert _values("去年，三个贫困村全部脱贫出列。") == [(3, "个")]
    assert _values("这三个贫困村全部脱贫出列。") == []  # anaphoric (M2)
