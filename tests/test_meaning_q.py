"""Session Q, helper meaning: metric patterns read on fresh pages (texts written here, modelled on them):
chronicles of old plans, 1950s reports, town speeches with targets in prose."""
from __future__ import annotations

import speechdoc


def _m(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.direction, m.qualifier, m.indicator, m.basis, m.kind, m.period)
            for m in speechdoc.parse(text).metrics()]


def _ind(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- a measure named alone before its yearly figures (a chronicle's plan) --------------------------------

def test_measure_named_after_a_colon_names_its_yearly_figures():
    got = _m("1985年7月编制《某市“七五”规划》，确定后15年奋斗目标：工业总产值，1986年2 100万元、1990年 4 300万元，"
             "到2000年实现10 250万元；财政收入，1986年150万元、1990年280万元，到2000年实现900万元。")
    assert [(v, i, p) for v, _, _, _, i, _, _, p in got] == [
        (2100, "工业总产值", "1986年"), (4300, "工业总产值", "1990年"), (10250, "工业总产值", "2000年"),
        (150, "财政收入", "1986年"), (280, "财政收入", "1990年"), (900, "财政收入", "2000年")]
    assert {k for *_, k, _ in got} == {"target"}


def test_a_colon_clause_that_says_more_than_a_name_names_nothing():
    # the clause before the figure holds a verb phrase, not a bare name: no name is borrowed from it
    got = _ind("全年工作目标：力争实现新的突破，1990年3 000万元。")
    assert got == [(3000, None)]


# --- units and groupings of old gazetteers ----------------------------------------------------------------

def test_swiss_franc_spelt_with_lang_is_a_currency_unit():
    got = _m("边境贸易进出口总额，1990年3亿瑞士法朗、1995年 4.5亿瑞士法朗。")
    assert [(v, u, i) for v, u, _, _, i, *_ in got] == [(3, "亿瑞士法朗", "边境贸易进出口总额"),
                                                        (4.5, "亿瑞士法朗", "边境贸易进出口总额")]


def test_thousands_set_apart_by_a_space_keep_their_decimals():
    assert _ind("粮食总产量4 129.5吨、基本建设投资222.1万元。") == [(4129.5, "粮食总产量"), (222.1, "基本建设投资")]
    q = speechdoc.parse_quantity("4 129.5吨")
    assert (q.value, q.unit, q.value_span) == (4129.5, "吨", (0, 7))
    # a table's columns stay apart: a space before a decimal is no grouping
    assert [m.value for m in speechdoc.parse("粮食总产量 4 12.5吨").metrics()] != [412.5]


# --- how much of a plan was done -------------------------------------------------------------------------

def test_plan_completion_rates_are_what_was_done():
    got = _m("工业总产值完成482.5万元，计划完成率92.4%。年计划完成比例分别是96.2%、104.5%。")
    assert [k for *_, k, _ in got] == ["actual"] * 4


def test_a_completion_rate_to_be_reached_stays_a_goal():
    got = _m("今年全县项目计划完成率要达到95%以上。")
    assert got[0][6] == "target" and got[0][3] == "以上"


def test_a_share_of_the_plan_written_with_wei_is_its_completion_rate():
    got = _m("1957年全省农业总产值完成了42.6亿元，为计划的98%，比上年增长5.1%。")
    assert got[1][4] == "农业总产值计划完成率" and got[1][2] == "level" and got[1][6] == "actual"
    assert got[2][4] == "农业总产值" and got[2][5] == "较上年"


def test_a_share_of_last_year_is_no_completion_rate():
    got = _ind("1957年全省农业总产值完成了42.6亿元，为上年的108%。")
    assert "完成率" not in (got[1][1] or "")


# --- the plan's figure in a parenthesis after what was done ------------------------------------------------

def test_plan_figure_in_parentheses_is_the_goal_of_the_measure_before():
    got = _m("工业企业的生产成本比上年降低了6.2%(原计划降低5%)，完成了计划。")
    assert got[0][4] == got[1][4] == "工业企业生产成本"
    assert (got[0][6], got[1][6]) == ("actual", "target")
    assert got[1][2] == "decrease" and got[1][5] is None


def test_a_parenthesis_that_breaks_a_figure_down_is_no_plan():
    got = _m("完成固定资产投资12亿元(其中工业投资5亿元)，增长8%。")
    assert got[1][4] != "固定资产投资" or got[1][6] == "actual"
    assert {k for *_, k, _ in got} == {"actual"}


def test_a_rate_named_alone_before_its_change_names_it():
    got = _m("职工的劳动生产率，比上年提高约12%(原计划提高10%)。")
    assert [(v, d, i, b, k) for v, _, d, _, i, b, k, _ in got] == [
        (12, "increase", "职工的劳动生产率", "较上年", "actual"), (10, "increase", "职工的劳动生产率", None, "target")]


def test_how_a_figure_is_priced_names_nothing():
    got = _ind("全区实现地区生产总值1291.92亿元，按不变价格计算(下同)，同比增长6.2%。")
    assert got == [(1291.92, "地区生产总值"), (6.2, "地区生产总值")]


# --- periods ---------------------------------------------------------------------------------------------

def test_year_end_in_chinese_numerals_and_last_years_end_are_periods():
    got = _m("预计到一九六二年底，全省新建水库可达一千二百座。截止到去年年底，全镇拥有规模以上企业36家。")
    assert [(v, p) for v, *_, p in got] == [(1200, "一九六二年底"), (36, "截止到去年年底")]


def test_last_years_figure_compared_with_keeps_no_period():
    got = _m("全镇财政收入比去年年底增长12%。")
    assert got[0][7] is None and got[0][2] == "increase"


# --- goals in prose -----------------------------------------------------------------------------------------

def test_plan_points_announced_for_the_goals_make_the_sections_below_a_plan():
    got = _m("全县主要预期目标是：地区生产总值增长6.5%以上。为实现上述目标，我们重点做好以下八方面工作：\n"
             "（一）推进乡村振兴。实施技能培训3000人以上，建设高标准农田5000亩。")
    assert [k for *_, k, _ in got] == ["target"] * 3


def test_work_done_announced_in_a_review_is_no_plan():
    got = _m("一年来，我们重点做好了以下几个方面工作：\n（一）推进乡村振兴。完成技能培训3000人，建设高标准农田5000亩。")
    assert [k for *_, k, _ in got] == ["actual"] * 2


def test_ji_yishang_and_huo_yixia_bound_the_figure():
    got = _m("逐季推进，力争各项经济指标保持8%及以上增长率，亏损面控制在10%或以下。")
    assert [(v, q) for v, _, _, q, *_ in got] == [(8, "以上"), (10, "以下")]
    q = speechdoc.parse_quantity("8%及以上")
    assert (q.value, q.qualifier, q.text) == (8, "以上", "8%及以上")


# --- batch 2 (blind set 2: yearbooks, a county head's report, plan infographics, a communique) -------------

def test_a_letter_a_scan_put_for_a_digit_gives_no_value():
    # l2785 is 12785 to a reader; 2785 would be a wrong value: right or absent
    got = _ind("林业产值932万元，增长45.2%；牧业产值l2785万元，增长14.3%；集体所有制工业总产值为l1327万元。")
    assert [v for v, _ in got] == [932, 45.2, 14.3]
    assert [v for v, _ in _ind("PM2.5浓度下降12%，实现GDP12.5亿元。")] == [12, 12.5]


def test_a_loss_written_with_a_spaced_minus_or_a_dash_is_negative():
    got = _m("全县工业利税完成- 295万元，比上年同期增亏33.48%，预算内企业利税实现—248.2万元。")
    assert [(v, d, i) for v, _, d, _, i, *_ in got] == [
        (-295, "level", "工业利税"), (33.48, "decrease", "工业利税"), (-248.2, "level", "预算内企业利税")]
    # a dash between years or opening an item is no minus
    got = _m("2016—2020年，全县粮食总产量达到52万吨。\n——地区生产总值增长7%。")
    assert [v for v, *_ in got] == [52, 7]


def test_an_ascii_full_stop_ends_a_segment_and_names_nothing():
    got = _m("1992年底全县总人口 785263人.其中农业人口723515人，占总人口的92.1%；非农业人口61748人，占总人口的7.9%。")
    assert [(v, i) for v, _, _, _, i, *_ in got] == [
        (785263, "总人口"), (723515, "农业人口"), (92.1, "农业人口占总人口比重"), (61748, "非农业人口"),
        (7.9, "非农业人口占总人口比重")]
    # the year goes on through a list a site split with its stops
    got = _m("2016年，全乡计划的产业开发有五项：一是完成烟叶任务.二是建成1个千亩以上示范园.三是种植茶叶300亩。")
    assert [p for *_, p in got] == ["2016年", "2016年"]


def test_a_share_after_the_second_count_is_that_counts():
    got = _ind("全乡常住人口27063人，其中农业人口25511人，占总人口的94.27%；非农业人口1552人，占总人口的5.73%。")
    assert got[-1] == (5.73, "非农业人口占总人口比重") and got[-3] == (94.27, "农业人口占总人口比重")


def test_last_years_level_and_a_multiple_of_it_are_bases_not_periods():
    got = _m("大中型拖拉机426台，保持上年水平，农用排灌机械6088台，增长3%。农业总产值实现3303万元，为上年的1.8倍。")
    assert [p for *_, p in got] == [None] * 5
    got = _m("因为去年一年之中，合作社已增加到一百多个。")
    assert got[0][-1] == "去年"


def test_a_span_of_quarters_is_a_period():
    got = _m("预计1-3季度，地区生产总值完成111.5亿元，同比增长12%；地方财政收入6.4亿元，同比增长27%。")
    assert [p for *_, p in got] == ["1-3季度"] * 4
    assert [k for *_, k, _ in got] == ["forecast", "forecast", "actual", "actual"]


def test_current_prices_and_the_country_are_no_part_of_a_name():
    got = _ind("农业总产值现价达到55547万元，较上年增长55.8%。预计2020年中国GDP突破100万亿元。")
    assert got == [(55547, "农业总产值"), (55.8, "农业总产值"), (100, "GDP")]
    assert _ind("出现价格指数上涨3%的情况。")[0][1] != "出格指数"


def test_a_year_opens_the_name_of_a_headline_run_on():
    got = _m("市政府发布“十五五”规划纲要 2030年地区生产总值将达到3.5万亿元。全省农业总产值1956年完成了58.2亿元。")
    assert [(i, p) for _, _, _, _, i, _, _, p in got] == [("地区生产总值", "2030年"), ("农业总产值", "1956年")]


def test_how_many_targets_a_plan_sets_out_on_a_line_of_its_own_is_no_metric():
    assert _m("主要目标指标\n\n细化提出20项\n\n经济发展方面\n") == []


# --- batch 3 (blind set 3: a county bulletin, a plan's execution, speeches of 2004-2009) ----------------------

def test_comparison_signs_bound_the_figure():
    got = _m("城镇登记失业率≤4%；森林覆盖率≥60%。")
    assert [(v, q, i) for v, _, _, q, i, *_ in got] == [(4, "以下", "城镇登记失业率"), (60, "不低于", "森林覆盖率")]
    q = speechdoc.parse_quantity("≤4%")
    assert (q.value, q.qualifier, q.value_span) == (4, "以下", (1, 2))


def test_a_clause_that_only_names_the_base_sets_it_for_the_changes_after_it():
    got = _m("2015年三次产业结构比为25.72:26.84:47.44，与上年比，第一产业占地区生产总值的比重上升3.82个百分点，"
             "第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。")
    assert [b for _, _, _, _, _, b, _, _ in got] == [None] * 3 + ["较上年"] * 3
    got = _m("同1954年比较，绝大多数产品的产量都有增长：原煤增长17%，焦炭增长22%。")
    assert [(b, p) for _, _, _, _, _, b, _, p in got] == [("较1954年", None)] * 2  # the year compared with, no period
    assert _m("与2022年同期相比，二氧化硫平均浓度下降20.0%。")[0][5] == "较2022年同期"


def test_a_level_after_a_comparison_clause_keeps_no_base():
    got = _m("与上年比，全县粮食总产量达到52万吨。")
    assert got[0][5] is None and got[0][2] == "level"


def test_an_investment_part_after_qizhong_names_its_own_money():
    got = _ind("完成全社会固定资产投资20.9亿元，其中招商引资投入14亿元，拉动经济增长7个百分点。")
    assert got == [(20.9, "全社会固定资产投资"), (14, "招商引资投入"), (7, "拉动经济增长")]


def test_a_growth_after_a_plan_completion_rate_is_the_measures():
    got = _ind("1955年全国工业总产值完成了原定计划的101%，比1954年增长8%。全镇实现入库税收3212万元，完成年计划的52%，同比增长12%。")
    assert [i for _, i in got] == ["工业总产值原定计划完成率", "工业总产值", "入库税收", "入库税收年计划完成率", "入库税收"]


# --- batch 4 (blind set 4: five-year goals of a city, plan-execution reviews) ---------------------------------

def test_each_year_says_how_often_in_its_clause_only():
    got = _m("全社会研发投入强度每年要提高0.16个百分点、从目前的2%以上达到2.8%以上，高新企业数量从107家增加到500家以上。")
    assert [(v, k, p) for v, *_, k, p in got] == [
        (0.16, "target", "每年"), (2, "actual", None), (2.8, "target", None), (107, "actual", None), (500, "target", None)]
    got = _m("今后五年，每年新增就业1万人、培训农民2000人。")
    assert [p for *_, p in got] == ["每年", "每年"]


def test_where_a_bounded_figure_starts_is_no_size_class():
    got = _m("研发投入强度从目前的2%以上达到2.8%以上。推进500万元以上项目，引进亿元以上项目12个。")
    assert [(v, q) for v, _, _, q, *_ in got] == [(2, "以上"), (2.8, "以上"), (12, None)]


def test_the_planned_investment_after_a_set_count_is_the_sets():
    got = _ind("“一园六区”引进项目470个，计划投资额近900亿元。签约项目13个，计划投资9.5亿元，前期工作项目29个，计划投资71.7亿元。")
    assert [i for _, i in got][1::2] == ["一园六区引进项目计划投资额", "签约项目投资", "前期工作项目投资"]


def test_decades_are_no_span_and_a_hedge_is_no_name():
    got = _m("1956年我国遭受了最近几十年来最严重的一次自然灾害，受灾的农田面积约2.3亿亩。")
    assert got[0][-1] == "1956年"
    got = _ind("今年入党的大约有二百人。主要工业产品的品种大约增加了两万四千种。")
    assert got[0][1] != "大约数" and got[1] == (24000, "主要工业产品的品种数")


# --- batch 5 (blind set 5: a gazetteer of the 1980s, county meetings, a novel's county report without %) --------

def test_goals_set_earlier_and_met_now_are_done():
    got = _m("一年来，县党代会提出的各项目标任务全面完成，全年实现生产总值85亿元，同比增长14；农业增加值完成23.9亿元。")
    assert {k for *_, k, _ in got} == {"actual"}
    assert _m("县党代会提出全年实现生产总值增长8%的目标。")[0][6] == "target"


def test_bare_growths_after_a_growth_without_percent_keep_its_name():
    got = _ind("全县生产总值同比增长15，确保增长12；地方财政一般预算收入绝对数增长13，同口径增长20。")
    assert [i for _, i in got] == ["生产总值", "生产总值", "地方财政一般预算收入", "地方财政一般预算收入"]


def test_part_of_a_month_dates_a_stock():
    got = _m("截至3月下旬，全县金融机构各项存款余额230亿元，同比增加16.7亿元。")
    assert [p for *_, p in got] == ["截至3月下旬"] * 2


def test_each_change_given_after_fenbie_wei_is_a_change():
    got = _m("全县共接待游客200万人次，实现旅游收入8.8亿元，同比增长分别为16.2%、17.0%。")
    assert [(v, d) for v, _, d, *_ in got][2:] == [(16.2, "increase"), (17.0, "increase")]
    got = _m("三次产业拉动经济增长分别为2.18个百分点、1.96个百分点。")
    assert got[0][2] == "level"  # (a contribution in points is a level)


def test_a_parts_place_in_a_whole_where_its_share_started_is_its_share():
    got = _ind("1991年，粮食在农业总产值中的比重由56.6%下降到37.2%。")
    assert got == [(56.6, "粮食占农业总产值比重"), (37.2, "粮食占农业总产值比重")]


def test_a_count_whose_share_follows_is_a_figure_named_by_what_its_units_did():
    got = _ind("1980年11月实行部分作物联产到劳的1116个生产队，占生产队总数的60.23%；定额计酬的440个生产队，占生产队总数的23.75%。")
    assert got == [(1116, "实行部分作物联产到劳生产队数"), (60.23, "实行部分作物联产到劳生产队占生产队总数比重"),
                   (440, "定额计酬生产队数"), (23.75, "定额计酬生产队占生产队总数比重")]


# --- batch 6 (blind set 6: bulletins of 2017 and 2024, rural speeches of 2020-2021) -------------------------------

def test_how_a_figure_is_computed_names_nothing_and_dates_nothing():
    got = _m("按常住人口计算人均地区生产总值39102元，按2017年平均汇率计算为5791美元，增长0.2%。")
    assert [(v, i, p) for v, _, _, _, i, _, _, p in got] == [
        (39102, "人均地区生产总值", None), (5791, "人均地区生产总值", None), (0.2, "人均地区生产总值", None)]


def test_a_span_compared_over_is_no_period():
    got = _m("2019年，农民人均可支配收入同比增长9.5%，是近5年来增幅最大的一年，有14个村取得了正向经营性收入。")
    assert [p for *_, p in got] == ["2019年", "2019年"]
    assert _m("近5年来，全县粮食总产量累计增长12%。")[0][-1] == "5年来"


def test_a_count_after_a_list_mark_names_what_follows_it():
    got = _ind("全市570个贫困村全部退出、34.1万建档立卡贫困人口全部脱贫。")
    assert got[1][0] == 34.1 and "退出" not in got[1][1] and got[1][1].startswith("建档立卡贫困人口")


def test_units_that_did_something_on_time_are_counted():
    got = _ind("全县5个贫困县如期摘帽，128个贫困村全部出列。")
    assert [v for v, _ in got] == [5, 128]


# --- batch 7 (leftovers of sets 1 and 5) ----------------------------------------------------------------------

def test_completion_rates_listed_after_the_planned_figures_are_theirs_in_order():
    got = _m("1977年，开始编制市年度国民经济计划。各项指标是：工业总产值377.3万元、粮豆薯总产量4 129.5吨、"
             "基本建设投资222.1万元。年计划完成比例分别是79.77%、62.41%、86.44%。")
    assert [(i, k) for _, _, _, _, i, _, k, _ in got][3:] == [
        ("工业总产值年计划完成率", "actual"), ("粮豆薯总产量年计划完成率", "actual"), ("基本建设投资年计划完成率", "actual")]
    # as many rates as figures only: a list of another length keeps its own name
    got = _ind("各项指标是：工业总产值377.3万元、基本建设投资222.1万元。年计划完成比例分别是79.77%、62.41%、86.44%。")
    assert {i for _, i in got[2:]} == {"比例"}


def test_a_dated_part_in_a_whole_is_its_share():
    got = _ind("1987年林、牧、渔业产值在农业总产值中的比例由1984年的19.87%上升到29.22%。")
    assert got[0][1] == got[1][1] and got[0][1].endswith("渔业产值占农业总产值比重")


# --- batch 8 (blind set 7: a town's PDF report, histories of 1958 and 1969) ------------------------------------

def test_the_base_a_change_is_counted_from_names_nothing_and_dates_nothing():
    got = _m("提出1958年的钢产量要在1957年535万吨的基础上翻一番，达到1070~1150万吨。")
    assert [(i, p) for _, _, _, _, i, _, _, p in got][-2:] == [("钢产量", "1958年"), ("钢产量", "1958年")]


def test_a_year_spaced_before_niandu_is_a_period():
    got = _m("全面完成 2021 年度高标准农田 2000 亩建设。")
    assert got[0][-1] == "2021年度"
