"""Session P, helper meaning: metric patterns read on fresh pages (texts written here, modelled on them)."""
from __future__ import annotations

import speechdoc


def _m(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.direction, m.indicator, m.basis, m.kind, m.period) for m in speechdoc.parse(text).metrics()]


def _ind(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- a 分别 list of one measure's rates (增幅…分别为) ----------------------------------------------------

def test_rate_list_of_one_measure_names_every_item():
    got = _ind("前五个月，全县规上工业增加值18.2亿元，增长8.5%。增幅1-4月份分别为12.1%、10.6%、9.4%、9%，逐月回落。")
    assert got[2:] == [(12.1, "规上工业增加值增速"), (10.6, "规上工业增加值增速"), (9.4, "规上工业增加值增速"),
                       (9, "规上工业增加值增速")]


def test_rate_list_of_several_measures_keeps_its_subjects():
    # the measures named before 分别 still pair with the values in order
    got = _ind("固定资产投资、社会消费品零售总额增速分别为7.5%、6.1%。")
    assert got == [(7.5, "固定资产投资增速"), (6.1, "社会消费品零售总额增速")]


# --- items listed before one shared measure --------------------------------------------------------

def test_groups_listed_before_one_income_share_all_of_it():
    got = _m("今年城镇居民、农村居民人均可支配收入分别增长6%、7.5%。")
    assert [(v, i) for v, _, _, i, *_ in got] == [(6, "城镇居民人均可支配收入"), (7.5, "农村居民人均可支配收入")]
    assert {d for _, _, d, *_ in got} == {"increase"}


def test_comma_before_each_mark_keeps_the_list_together():
    # a traditional page whose site put a comma before every mark: ``7%,、8%,,``
    got = _m("主要預期目標是:城鎮居民、農村居民人均可支配收入分別增長7%,、8%,,城鎮調查失業率控制在5.5%以內。")
    assert got[0][3] == "城镇居民人均可支配收入" and got[1][3] == "农村居民人均可支配收入"
    assert got[1][2] == "increase" and got[1][5] == "target"
    assert got[2][3] == "城镇调查失业率" and got[2][2] == "level"


def test_a_value_after_a_plain_comma_and_list_mark_alone_is_not_listed_without_fenbie():
    # no 分别: the clause ``、8%`` is not made a list item
    got = _m("城镇居民人均可支配收入增长7%,、全年8%。")
    assert got[0][2] == "increase"


# --- sectors broken out of the output, products out of a production line ----------------------------

def test_sector_after_an_output_named_before_takes_it():
    # (a sentence opened by 分行业看 is a breakdown of its own: tests/test_metrics_* cover it)
    got = _ind("上半年，全县完成规上工业产值96.4亿元，增长6.6%。行业产值完成情况：机械业增长10.2%；纺织业下降4.5%。")
    assert got[2:] == [(10.2, "机械业产值"), (4.5, "纺织业产值")]


def test_real_estate_is_a_sector_of_the_value_added():
    got = _ind("全县第三产业增加值完成21.3亿元，增长5.9%。其中，金融业增长4.2%；房地产业增长8.8%，较去年同期提高3.1个百分点。")
    assert got[3:] == [(8.8, "房地产业增加值"), (3.1, "房地产业增加值增速")]


def test_products_listed_after_an_output_label():
    got = _ind("全县主要工业产品产量：水泥86万吨，增长3.1%；原煤120万吨，下降2%；发电量9.8亿千瓦时，增长5%。")
    assert got == [(86, "水泥产量"), (3.1, "水泥产量"), (120, "原煤产量"), (2, "原煤产量"),
                   (9.8, "发电量"), (5, "发电量")]


def test_no_output_label_no_output_name():
    got = _ind("全县新建水泥路86公里，原煤储备120万吨。")
    assert [i for _, i in got] != ["水泥路产量", "原煤储备产量"]
    assert all(not (i or "").endswith("产量") for _, i in got)


# --- completion of a budget, contributions, periods inside a base ----------------------------------

def test_budget_completion_is_the_named_revenue_s():
    got = _ind("上半年，全县一般公共预算收入完成6.2亿元，同比增长9.1%，完成年初预算的51.3%。")
    assert got[2] == (51.3, "一般公共预算收入年初预算完成率")


def test_contribution_drops_de_before_the_rate():
    got = _ind("三季度，第二产业对全县地区生产总值的贡献率为48.2%，拉动GDP增长2.1个百分点。")
    assert got[0] == (48.2, "第二产业对地区生产总值贡献率")


def test_whole_last_year_compared_with_is_no_period():
    got = _m("全县税收收入12.4亿元，占财政收入比重为70.2%，比去年同期提升3.5个百分点，比去年全年提升1.1个百分点。")
    assert [(v, b, p) for v, _, _, _, b, _, p in got[2:]] == [(3.5, "同比", None), (1.1, "较上年", None)]
    assert got[3][3] == "税收收入占财政收入比重"


def test_whole_year_still_a_period():
    got = _m("全年完成固定资产投资52亿元，增长8%。")
    assert got[0][6] == "全年"


def test_the_citys_guaranteed_goal_is_a_noun_not_a_goal_word():
    got = _m("上半年，我县财政总收入等5个指标达到市确保目标序时进度，GDP增长较一季度回落1.2个百分点。")
    assert got[-1][:3] == (1.2, "个百分点", "decrease") and got[-1][5] == "actual"


def test_ensuring_the_goal_is_still_a_goal():
    got = _m("今年要确保目标任务全面完成，地区生产总值增长7%。")
    assert got[0][5] == "target"


# --- batch 2: decimal points written as full stops, herds, parentheses, pairs, bases ----------------

def test_full_stop_points_read_where_the_page_writes_them_all():
    got = _m("2012年全縣水產品產量實現3。215萬噸，同比增長8。6%，漁業產值2。41億元。")
    assert [(v, u) for v, u, *_ in got] == [(3.215, "万吨"), (8.6, "%"), (2.41, "亿元")]
    assert got[1][3] == "水产品产量" and got[1][2] == "increase"


def test_a_lone_full_stop_between_digits_stays_a_sentence_end():
    # one alone is no evidence: neither 6 nor 5 is read, nor 6.5
    assert [(v, u) for v, u, *_ in _m("一季度生产总值增长6。5%左右。其他工作。")] == []


def test_full_stops_on_a_page_with_decimal_points_stay_stops():
    got = _m("全年财政收入增长6.2%，达到12。5月份开工项目8个，投资3。2亿元。")
    assert all(v not in (12.5, 3.2) for v, *_ in got)


def test_herd_list_then_its_offtake_list():
    got = _ind("2019年度全县生猪、牛、羊饲养量分别达到42万头、3万头和8万只，出栏分别达到25万头、1万头和5万只。")
    assert got == [(42, "生猪饲养量"), (3, "牛饲养量"), (8, "羊饲养量"), (25, "生猪出栏量"), (1, "牛出栏量"), (5, "羊出栏量")]


def test_clauses_inside_a_parenthesis_are_read_as_clauses():
    got = _ind("1-9月份完成固定资产投资3.6亿元，占任务数的85%(其中工业投资1.2亿元，占任务数的60%；技改投资0.8亿元，占任务数的90%)。")
    assert got[2:] == [(1.2, "工业投资"), (60, "工业投资占任务数比重"), (0.8, "技改投资"), (90, "技改投资占任务数比重")]


def test_a_breakdown_by_place_in_a_parenthesis_names_no_place():
    got = _ind("全县共有贫困户1600户(甲镇1100户，乙镇和丙镇500户)。")
    assert all(i is None or "镇" not in i for _, i in got)


def test_town_and_country_pair_named_in_the_clause_before():
    got = _ind("城乡居民收入稳步增长，人均可支配收入分别达32000元和15000元，较上年增长6%和8%。")
    assert [i for _, i in got] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2


def test_gdp_and_revenue_pair_keep_their_own_names():
    got = _ind("全县生产总值和财政收入分别达到50亿元和3亿元。")
    assert got == [(50, "生产总值"), (3, "财政收入")]


def test_years_before_is_a_basis():
    got = _m("森林覆盖率达到41%，比十年前提高12个百分点。")
    assert got[1][3:5] == ("森林覆盖率", "较十年前")


def test_bare_growth_rate_of_the_economy_the_sentence_names():
    got = _ind("全县地区生产总值稳定在百亿元规模，年均增速达5.1%。")
    assert got[-1] == (5.1, "地区生产总值增速")


def test_bare_growth_rate_is_no_growth_of_a_rate_named_before():
    got = _ind("森林覆盖率达58%。全县经济保持平稳，年均增速达4.2%。")
    assert got[-1][1] != "森林覆盖率增速"


def test_goals_of_a_year_ahead_listed_after_a_colon_are_targets():
    text = ("到2025年，该县将通过实施三大战略，实现以下具体目标：\n"
            "群众生活明显改善。城乡居民人均可支配收入分别达到36000元、15000元。\n"
            "产业结构更趋合理。三次产业结构比达到12:50:38。\n")
    assert {m.kind for m in speechdoc.parse(text).metrics()} == {"target"}


def test_doubling_names_the_measure_of_the_figure_after_it():
    got = _ind("到2025年，全县地区生产总值实现翻番，达到180亿元。")
    assert got == [(180, "地区生产总值")]


def test_gigawatts_are_a_unit_and_a_plant_capacity_in_a_list_is_no_figure():
    got = _m("新能源产业装机容量将达1.6吉瓦。甲技术改造、乙30兆瓦生物质发电等8个项目开工。")
    assert [(v, u) for v, u, *_ in got] == [(1.6, "吉瓦"), (8, "个")]
    assert got[0][5] == "target"


def test_a_breadcrumb_title_gives_no_figure():
    text = ("农业信息网首页 > 资讯中心 > 行业动态 > 甲县：畜牧业占农业比重四成多\n"
            "2011年全县畜牧业产值9.6亿元，同比增长12.5%。\n")
    got = _m(text)
    assert [(v, u) for v, u, *_ in got] == [(9.6, "亿元"), (12.5, "%")]


def test_a_line_with_one_arrow_is_no_breadcrumb():
    got = _m("产值 > 上年：全县产值达到9.6亿元。")
    assert [(v, u) for v, u, *_ in got] == [(9.6, "亿元")]


def test_a_years_figures_take_the_year_as_period_but_not_its_plan():
    got = _m("2019年度全县生猪饲养量达到42万头。2019年度计划投资50亿元。")
    assert got[0][6] == "2019年度"
    assert got[1][6] is None and got[1][5] == "target"


def test_a_point_left_of_deleted_digits_is_a_placeholder():
    got = _m("完成投资.亿元，完成乡镇企业增加值.亿元。粮食总产量达到.万吨。")
    assert [(v, u, i) for v, u, _, i, *_ in got] == [(None, "亿元", "投资"), (None, "亿元", "乡镇企业增加值"), (None, "万吨", "粮食总产量")]
    assert all(m.placeholder for m in speechdoc.parse("完成投资.亿元。").metrics())


def test_a_sentence_end_point_before_a_figure_is_no_placeholder():
    got = _m("二是完成种植.三是投资3.2亿元，增长12.5%。")
    assert [(v, u) for v, u, *_ in got] == [(3.2, "亿元"), (12.5, "%")]


def test_a_herd_named_once_for_its_offtake_and_stock():
    got = _ind("全省生猪出栏、存栏分别同比增长5.4%和0.3%。")
    assert got == [(5.4, "生猪出栏量"), (0.3, "生猪存栏")]


def test_growth_after_a_parenthesis_is_of_the_figure_it_breaks_down():
    got = _ind("完成财政总收入7080万元，其中完成三税收入6600万元(国税完成3750万元，农税完成150万元)，比去年增长27%。")
    assert got[-1] == (27, "三税收入")
    # a share after such a parenthesis keeps its own reading
    got = _ind("已经有504个县(包括相当于县的旗、市，下同)，占全国1786个县的28%。")
    assert got[-1][1] != "县数"


def test_sectors_after_qizhong_are_parts_of_the_units_counted():
    got = _ind("1-9月，全区四上单位入库120家。其中工业5家、建筑业40家、房地产业15家。")
    assert got[1:] == [(5, "工业四上单位入库数"), (40, "建筑业四上单位入库数"), (15, "房地产业四上单位入库数")]
    # people are no units of a sector count
    assert _ind("全县就业人数3万人，其中服务业1万人。")[-1][1] != "服务业就业人数数"


def test_a_mark_passed_is_no_figure_when_the_figure_reached_follows():
    got = _m("地方财政收入突破两亿元大关，达到20034万元，增长40.41%。")
    assert [(v, u) for v, u, *_ in got] == [(20034, "万元"), (40.41, "%")]
    # alone, the mark is what the text says of the figure
    assert [(v, u) for v, u, *_ in _m("财政收入突破10亿元大关。")] == [(10, "亿元")]


def test_products_after_an_output_sentence_and_qizhong():
    got = _ind("多种主要工业产品产量大幅增长，其中：变压器累计实现2828.08万千伏安，增长44.9%；塑料制品446319吨，增长27.5%。")
    assert got == [(2828.08, "变压器产量"), (44.9, "变压器产量"), (446319, "塑料制品产量"), (27.5, "塑料制品产量")]


def test_a_plan_period_whose_name_a_site_deleted():
    got = _m("“”期间地区增加值年均增长13%。")
    assert got[0][3] == "地区增加值" and got[0][6] == "“”期间"


def test_the_industry_or_park_a_sentence_opens_with_owns_its_bare_measures():
    got = _ind("奶山羊产业形成完整产业链条，存栏量达57.3万只，全产业链产值突破80亿元。"
               "工业园区入驻企业超过200家，年产值突破100亿元。")
    assert got == [(57.3, "奶山羊存栏量"), (80, "奶山羊全产业链产值"), (200, "工业园区入驻企业数"), (100, "工业园区年产值")]
    # a list whose names a site deleted, or a kind of industry, is no owner
    assert _ind("等支柱产业发展迅速，上半年累计完成产值12亿元。")[0][1] != "等支柱产值"
