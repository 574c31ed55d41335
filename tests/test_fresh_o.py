"""Session O, helper fresh: patterns read on fresh pages (texts written here, modelled on them)."""
from __future__ import annotations

import speechdoc

_MORE = "我们坚持稳中求进，统筹发展和安全，各项工作取得了新的进展，群众获得感不断增强。" * 3


def _tree(text: str) -> list[tuple[int, str]]:
    doc = speechdoc.parse(text)  # (kept while its nodes are read)
    return [(len(n.ancestors()) + 1, n.marker) for n in doc.walk()]


# --- a site's list of other articles under a related-articles label -----------------------------------

_HOST = "同志们：现在开会。\n今天的会议有两项议程：一是传达文件；二是部署工作。\n下面，请张书记讲话，大家欢迎。\n散会。\n"


def test_related_list_at_the_end_is_chrome():
    doc = speechdoc.parse(_HOST + "相关文章：\n一、在全县农业工作会议上的主持词\n二、在全市招商工作会议上的主持词\n三、县委常委会会议主持词范文\n")
    assert [n.marker for n in doc.walk()] == ["一是", "二是"]
    listed = [n.text for n in doc.noise if "主持词" in n.text]
    assert len(listed) == 3 and all(n.startswith(("一、", "二、", "三、")) for n in listed)


def test_related_list_traditional_numbered_by_digits():
    doc = speechdoc.parse(_HOST + "相關文章:\n1、在全縣農業工作會議上的主持詞\n2、縣委常委會會議主持詞範文\n")
    assert [n.marker for n in doc.walk()] == ["一是", "二是"]


def test_related_titles_before_a_teaser_are_chrome():
    # the titles each name a kind of article: chrome though text follows them
    doc = speechdoc.parse(_HOST + "相关推荐\n一、在全县农业工作会议上的主持词\n二、全市安全生产会议讲话稿\n"
                          "怎样写会议主持词，这里有很多讲究，主持词要根据会议的安排作出说明。\n")
    assert [n.marker for n in doc.walk()] == ["一是", "二是"]


def test_body_after_a_related_label_stays_text():
    # short lines before a body paragraph: the speech's headings, not a list of articles
    text = ("相关文章：\n一、认清形势，统一思想\n今年以来，全县经济运行平稳，主要指标好于预期，我们要再接再厉。\n"
            "二、突出重点，狠抓落实\n要抓项目。\n")
    assert [n.marker for n in speechdoc.parse(text).walk()] == ["一、", "二、"]
    text = "散会。\n相关推荐\n一、工作回顾\n二、明年安排\n今年工作很好，成绩突出，全县上下团结一心，攻坚克难。\n"
    assert [n.marker for n in speechdoc.parse(text).walk()] == ["一、", "二、"]


# --- a page that joined its lines with single spaces ----------------------------------------------------

_PARAS = ["各位代表：", "一、过去一年的工作", _MORE, "一年来做了三件事：（一）抓项目，完成投资10亿元；（二）抓民生，办成实事20件；"
          "（三）抓改革，完成改革任务15项。", _MORE, "有两点需要说明。第一，预算按上年价格编列。第二，收支按新口径分类。",
          "二、今年的主要任务", "今年要抓好三项工作。" + _MORE]
_WANT = [(1, "一、"), (2, "（一）"), (2, "（二）"), (2, "（三）"), (2, "第一，"), (2, "第二，"), (1, "二、")]


def test_space_joined_page_reads_as_lined():
    assert _tree("\n".join(_PARAS)) == _WANT
    for sep in (" ", "  ", "   "):
        assert _tree(sep.join(_PARAS)) == _WANT, repr(sep)


def test_space_joined_heading_before_a_subheading():
    # a heading with no sentence end, then its first subheading on the joined line: the subheading opens its line
    # as its siblings after a sentence end do
    paras = ["各位代表：", "一、过去一年的工作", _MORE, "二、今后的几个问题", "（一）关于工业问题", _MORE,
             "（二）关于农业问题", _MORE, "（三）关于商业问题", _MORE]
    want = [(1, "一、"), (1, "二、"), (2, "（一）"), (2, "（二）"), (2, "（三）")]
    assert _tree("\n".join(paras)) == want
    assert _tree(" ".join(paras)) == want


def test_few_spaces_after_sentence_ends_are_no_joints():
    # one space after a full stop on a page with line breaks: a stray space, the paragraph stays whole
    text = "\n".join(_PARAS[:3] + [_PARAS[3] + " " + _PARAS[5]] + _PARAS[6:])
    assert [m for _, m in _tree(text)] == [m for _, m in _WANT]
    assert _tree(text)[4] == (3, "第一，")  # the inline list's last item takes the rest of its paragraph


# --- metrics read on fresh pages ---------------------------------------------------------------------------


def _metrics(text: str) -> list[tuple]:
    doc = speechdoc.parse(text)
    return [(m.value, m.unit, m.indicator) for m in doc.metrics()]


def test_full_stop_for_a_decimal_point_gives_no_wrong_value():
    got = _metrics("2011年全縣畜牧業綜合產值實現9。684億元，同比增長12。5%，出欄分別達到75。3萬頭、5053頭。")
    assert all(v not in (684, 12, 5, 3) for v, _, _ in got)
    # (a page that writes every decimal point so, three here, has them read: session P, tests/test_meaning_p.py)
    assert [(v, u) for v, u, _ in got] == [(9.684, "亿元"), (12.5, "%"), (75.3, "万头"), (5053, "头")]
    # one alone is a sentence end: no value from it
    got = _metrics("全縣畜牧業綜合產值實現9。684億元，出欄5053頭。")
    assert [(v, u) for v, u, _ in got] == [(5053, "头")]
    # a sentence that ends in a figure with its unit, then a number: both kept
    got = _metrics("今年完成投资增长9%。12月份开工项目5个。")
    assert [(v, u) for v, u, _ in got] == [(9, "%"), (5, "个")]


def test_size_class_with_ji_is_no_figure():
    got = _metrics("品牌食品有望成为全镇第一个10亿级产业，建成万吨级码头2座，培育百亿级企业3家。")
    assert [(v, u) for v, u, _ in got] == [(2, "座"), (3, "家")]


def test_po_before_a_figure_is_a_verb():
    assert _metrics("全镇规上工业开票销售收入破20亿元。") == [(20, "亿元", "规上工业开票销售收入")]


def test_bare_heads_take_the_sectors_and_herds_name():
    got = _metrics("其中：农业产值19217万元，同比增长6.3%，增加值11956万元；林业产值2766万元，增加值1355万元。")
    assert [i for _, _, i in got] == ["农业产值", "农业产值", "农业增加值", "林业产值", "林业增加值"]
    got = _metrics("二季度末，生猪存栏17.74万头，出栏9.3万头；牛存栏2.4万头，出栏0.6万头。")
    assert [i for _, _, i in got] == ["生猪存栏", "生猪出栏量", "牛存栏", "牛出栏量"]


def test_qualifier_after_a_fenbie_list_bounds_each_value():
    doc = speechdoc.parse("人口自然增长率和出生率分别控制在9.8‰和14.3‰以内；城乡居民人均可支配收入分别增长7%、8%左右。")
    assert [(m.value, m.qualifier) for m in doc.metrics()] == [(9.8, "以下"), (14.3, "以下"), (7, "左右"), (8, "左右")]
    # without 分别 the bound stays on its own value (corpus decision 21)
    doc = speechdoc.parse("固投首月15%、首季10%以上增长。")
    assert [(m.value, m.qualifier) for m in doc.metrics()] == [(15, None), (10, "以上")]


def test_quoted_name_inside_a_counts_noun():
    got = _metrics("新培育20家省级“两业”融合标杆企业，建设10个省级数据产业园。")
    assert [i for _, _, i in got] == ["新培育省级“两业”融合标杆企业数", "省级数据产业园数"]
    # a quote later in the window is not the noun's
    got = _metrics("成功招引甲、乙等3个亿元以上项目，获评“先进集体”。")
    assert got[0][2] == "亿元以上项目数"


def test_share_in_brackets_is_the_nouns_before_it():
    got = _metrics("全县畜牧业(占比35%)、种植业(占比40%)发展较快，第三产业（比重48.5%）加快发展。")
    assert [i for _, _, i in got] == ["畜牧业占比", "种植业占比", "第三产业比重"]


def test_sections_under_a_plan_intro_are_the_plan():
    text = ("各位代表：\n2024年经济社会发展主要预期目标是：地区生产总值增长7%。\n围绕以上目标，我们将重点做好以下几个方面工作：\n"
            "（一）聚焦优化平台，注入工业动力\n加快推进7公顷工业用地报批，启动西侧400亩地块征地拆迁工作。\n")
    doc = speechdoc.parse(text)
    assert [(m.value, m.kind) for m in doc.metrics()] == [(7, "target"), (7, "target"), (400, "target")]
    # what was done (了) is no plan: the figures under it stay actual
    done = text.replace("我们将重点做好以下几个方面工作", "我们重点做好了以下几个方面工作").replace("加快推进", "完成")
    doc = speechdoc.parse(done.replace("2024年经济社会发展主要预期目标是：地区生产总值增长7%。\n", ""))
    assert [(m.value, m.kind) for m in doc.metrics()] == [(7, "actual"), (400, "actual")]


def test_year_end_period_keeps_its_end():
    doc = speechdoc.parse("2017年末，全县生猪存栏26.41万头；肉牛存栏4.61万头。2010年底农民人均纯收入为3892元。")
    assert [m.period for m in doc.metrics()] == ["2017年末", "2017年末", "2010年底"]
    doc = speechdoc.parse("比2020年底增长5%。")
    assert [(m.period, m.basis) for m in doc.metrics()] == [(None, "较2020年底")]


def test_bare_output_after_a_count_of_firms_is_theirs():
    got = _metrics("全镇共有装备制造类企业7家，产值6.8亿元；鞋服纺织类企业9家，产值7.4亿元。")
    assert [i for _, _, i in got] == ["装备制造类企业数", "装备制造类企业产值", "鞋服纺织类企业数", "鞋服纺织类企业产值"]


def test_signed_change_after_fenbie_is_a_fall():
    doc = speechdoc.parse("全年实现地区生产总值60.3亿元，一般公共预算收入2亿元，同比分别-6.2%、-19.3%。工业投资同比-3.5%。")
    assert [(m.value, m.direction, m.indicator) for m in doc.metrics()][2:] == [
        (-6.2, "decrease", "地区生产总值"), (-19.3, "decrease", "一般公共预算收入"), (-3.5, "decrease", "工业投资")]
    # a rate's level written with a minus stays a level
    doc = speechdoc.parse("支出同比增速分别为-9.4%、-23.0%。")
    assert {m.direction for m in doc.metrics()} == {"level"}


def test_yingshou_is_a_measure_head():
    got = _metrics("服务业企业全年完成营业收入2.9亿元，贸易业企业全年完成营收1.9亿元。")
    assert [i for _, _, i in got] == ["服务业企业营业收入", "贸易业企业营收"]
