"""Session R, helper meaning: naming patterns that recur across the eleven earlier blind metric sets (texts written
here, modelled on their shapes): counts named by what their units did, people counted as 人口, places as entities."""
from __future__ import annotations

import speechdoc


def _ind(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- a count named by what its units did, an adverb between them (全部, 相继, 陆续, 纷纷) -----------------------

def test_units_that_all_did_it_are_named_by_the_deed():
    assert _ind("全县286个贫困村全部出列。") == [(286, "出列贫困村数")]
    assert _ind("实现了全市43个贫困村全部退出。") == [(43, "退出贫困村数")]


def test_a_list_item_is_named_by_its_own_deed_up_to_the_next_mark():
    got = _ind("全区3个贫困乡如期摘帽、96个贫困村全部退出、2.1万贫困人口全部脱贫。")
    assert (96, "退出贫困村数") in got
    assert all(i != "贫困村数" for _, i in got)


def test_projects_listed_by_name_then_settled_or_started_one_after_another():
    got = _ind("甲酒业、乙水泥等9个亿元项目相继落户我县，丙纸业等21个千万元项目陆续建成投产，"
               "丁公司等150个百万元项目纷纷达产达效。")
    assert got == [(9, "落户亿元项目数"), (21, "建成投产千万元项目数"), (150, "达产达效百万元项目数")]


def test_a_count_without_a_deed_after_it_keeps_its_noun():
    assert _ind("全县现有贫困村60个，新建学校3所、12个项目全部开工。") == [
        (60, "贫困村数"), (3, "新建学校数"), (12, "开工项目数")]


# --- 人口 counted in people is already a number of people -------------------------------------------------

def test_population_counted_in_people_takes_no_count_suffix():
    got = _ind("2020年末全乡总人口15206人，其中农业人口13890人、非农业人口1316人；城镇常住人口减少420人。")
    assert [i for _, i in got] == ["总人口", "农业人口", "非农业人口", "城镇常住人口"]


def test_population_counted_in_households_is_their_households():
    assert _ind("全乡人口1200人，其中农业人口310户、1105人。") == [
        (1200, "人口"), (310, "农业人口户数"), (1105, "农业人口")]


def test_a_density_is_no_count():
    assert _ind("人口密度为每平方公里148人。") == [(148, "人口密度")]


# --- a town's or scenic area's own name before what it measures is the entity (M5) ------------------------

def test_a_town_name_before_a_measure_with_a_head_is_the_entity():
    assert _ind("河口镇茶叶年产量达1.2万吨。") == [(1.2, "茶叶年产量")]
    assert _ind("西岭乡蔬菜种植面积3200亩。") == [(3200, "蔬菜种植面积")]


def test_kinds_of_town_and_rural_words_stay():
    assert _ind("重点镇工业产值5亿元，美丽乡村建设投资3亿元，乡镇企业产值增长5%。") == [
        (5, "重点镇工业产值"), (3, "美丽乡村建设投资"), (5, "乡镇企业产值")]


def test_a_scenic_area_name_before_its_visitors_is_the_entity():
    assert _ind("龙潭景区进山人数32万人，石林景区年接待游客突破60万人次。") == [
        (32, "进山人数"), (60, "年接待游客人次")]


def test_a_kind_of_scenic_area_stays():
    assert _ind("全县4A级景区接待游客100万人次。") == [(100, "4A级景区接待游客人次")]


# --- a quoted term that a name ends with keeps its quotes, as the count's noun after a figure does ----------

def test_a_quoted_term_before_its_count_keeps_its_quotes():
    assert _ind("全年新开发“网格员”120个，完成“个转企”30家，“小升规”达到45家。") == [
        (120, "新开发“网格员”数"), (30, "“个转企”数"), (45, "“小升规”数")]


def test_a_quoted_word_before_the_head_it_modifies_goes_unquoted():
    # (the dev gold: 完成“四上”企业入库X个 → 四上企业入库数)
    assert _ind("全年新培育“专精特新”企业12家。") == [(12, "新培育专精特新企业数")]


def test_a_sets_amount_named_by_its_quoted_count_keeps_the_quotes():
    assert _ind("列入省“重点项目”18个，计划投资56亿元。") == [
        (18, "列入省“重点项目”数"), (56, "列入省“重点项目”投资")]


def test_a_quoted_modifier_and_a_list_of_quoted_names_stay_unquoted():
    got = _ind("完成“四上”企业入库12个，“港车北上”、“澳车北上”累计832万辆次。")
    assert got == [(12, "四上企业入库数"), (832, "港车北上、澳车北上辆次")]


# --- a products' list opened by 产量 names each product's output, past an item that names its own 产量 ---------

def test_products_after_an_item_with_its_own_output_take_the_list_label():
    got = _ind("主要工业产品产量大幅增长，其中：水泥实现产量120万吨，增长8%；钢材45万吨，增长3%；平板玻璃累计实现800万重量箱。")
    assert [i for _, i in got] == ["水泥产量", "水泥产量", "钢材产量", "钢材产量", "平板玻璃产量"]


# --- a procuratorate's and a discipline body's figures: cases with their people, a year before, every kind --------

def _kinds(text: str) -> list[tuple]:
    return [(m.value, m.indicator, m.kind, m.period) for m in speechdoc.parse(text).metrics()]


def test_cases_counted_with_their_people():
    assert _ind("本院共受理审查起诉案件215件268人，经审查后决定起诉180件224人。") == [
        (215, "受理审查起诉案件数"), (268, "受理审查起诉人数"), (180, "经审查后决定起诉数"), (224, "经审查后决定起诉人数")]


def test_the_same_counts_a_year_before_and_counts_named_by_their_unit():
    got = _kinds("2022年1-6月，本院共受理各类审查逮捕案件48件61人，去年同期为66件90人，件数和人数分别同比下降27.3%、32.2%。")
    assert [(v, i) for v, i, _, _ in got] == [
        (48, "受理审查逮捕案件数"), (61, "受理审查逮捕人数"), (66, "受理审查逮捕案件数"), (90, "受理审查逮捕人数"),
        (27.3, "受理审查逮捕案件数"), (32.2, "受理审查逮捕人数")]


def test_an_organ_that_did_it_is_the_entity():
    assert _ind("2021年，全县纪检监察机关共处置问题线索312件，县人民法院受理案件4120件。") == [
        (312, "处置问题线索数"), (4120, "受理案件数")]
    assert _ind("依法任免国家机关工作人员23人次。") == [(23, "依法任免国家机关工作人员人次")]


def test_words_that_hold_a_negation_or_a_verb_keep_it():
    assert _ind("受理未成年人审查起诉案件9件，有罪判决率为100%，提出再审检察建议2件。") == [
        (9, "受理未成年人审查起诉案件数"), (100, "有罪判决率"), (2, "再审检察建议数")]


def test_corrections_and_proposals_put_forward_are_done_not_goals():
    got = _kinds("对超期羁押提出纠正6人，提出检察建议12件，提出各类审议意见16件。")
    assert {k for _, _, k, _ in got} == {"actual"}
    assert _kinds("我们提出，今年地区生产总值增长7%。")[0][2] == "target"


# --- petition summaries and audit reports (blind set 2's shapes) ----------------------------------------------

def test_a_count_of_what_was_many_and_its_share_of_the_whole():
    got = _kinds("二、今年来信的主要特点\n一是集体联名信访件较多，共86件，占信访总量31.2%；二是反映村干部的问题较少，只有3件。")
    assert [(v, i, k) for v, i, k, _ in got] == [
        (86, "集体联名信访件数", "actual"), (31.2, "集体联名信访件占信访总量比重", "actual"),
        (3, "反映村干部的问题数", "actual")]


def test_a_share_right_after_a_short_count_is_its_share():
    assert _ind("从反映方式来看，来访320件，占比61.5%；来信42件，占比8.1%。") == [
        (320, "来访数"), (61.5, "来访占比"), (42, "来信数"), (8.1, "来信占比")]


def test_people_a_case_dealt_with_are_counted_in_people():
    assert _ind("批准逮捕犯罪嫌疑人34人、不批准逮捕38人，给予党纪处分52人。") == [
        (34, "批准逮捕犯罪嫌疑人数"), (38, "不批准逮捕人数"), (52, "给予党纪处分人数")]


def test_a_quota_already_used_keeps_its_word():
    assert _ind("预算批复指标71.48亿元，已用指标62.09亿元。") == [(71.48, "预算批复指标"), (62.09, "已用指标")]


# --- court and procuratorate news of other sites (blind set 3's shapes) ----------------------------------------

def test_cases_still_open_keep_their_negation():
    assert _ind("截止9月20日，尚有未结案2453件，同比上升28.83%。行政诉讼未结案10件。") == [
        (2453, "未结案数"), (28.83, "未结案数"), (10, "行政诉讼未结案数")]


def test_a_rise_written_as_shang_sheng_after_a_count_is_the_counts():
    assert _ind("受理案件9471件，同比上升7.85%；审结案件7018件，同比降低2.04%。") == [
        (9471, "受理案件数"), (7.85, "受理案件数"), (7018, "审结案件数"), (2.04, "审结案件数")]


def test_people_of_cases_after_a_list_mark_and_people_of_a_part():
    assert _ind("防止民间纠纷转化为刑事案件15件、32人。") == [(15, "刑事案件数"), (32, "刑事案件人数")]
    assert _ind("全市共立案查办贪污贿赂案件49件56人，其中要案16人。") == [
        (49, "立案查办贪污贿赂案件数"), (56, "立案查办贪污贿赂人数"), (16, "要案人数")]


def test_what_may_come_is_a_forecast_and_the_court_is_the_entity():
    assert _kinds("2018年该院受案或将超过5500件。") == [(5500, "受案数", "forecast", "2018年")]


# --- a share written as its subject 占 N%, no whole named (step 1's S class) ---------------------------------------

def test_a_subjects_share_of_a_whole_not_named_is_named_as_a_share():
    assert _ind("全县按人口包地的队占35%，按人劳比例包地的队占21%。") == [(35, "按人口包地的队占比"), (21, "按人劳比例包地的队占比")]
    assert _ind("果园采取大包干的占93%，个人承包的占7%。") == [(93, "果园采取大包干占比"), (7, "个人承包占比")]
    assert _ind("社会文教支出占36.8%，而私营工业则只占0.4%。") == [(36.8, "社会文教支出占比"), (0.4, "私营工业占比")]


def test_a_share_of_a_named_whole_keeps_the_whole():
    assert _ind("第三产业占GDP的52%。") == [(52, "第三产业占GDP比重")]
    assert _ind("农民人均纯收入5306元，其中非农收入占76%。")[1] == (76, "非农收入占农民人均纯收入比重")


# --- a span of years a review sums up is the period, not its end year (step 1: spans cut, 4 sets) -------------------

def _periods(text: str) -> list[tuple]:
    return [(m.value, m.period) for m in speechdoc.parse(text).metrics()]


def test_a_span_of_years_is_the_period():
    assert _periods("2017年至2021年，全省刑事立案从24.1万起下降至15.8万起。") == [
        (24.1, "2017年至2021年"), (15.8, "2017年至2021年")]
    assert _periods("自2009年9月至2011年3月，共受理举报3.31万件。") == [(3.31, "2009年9月至2011年3月")]
    assert _periods("2016年以来，我们累计投入资金37.9亿元。") == [(37.9, "2016年以来")]


def test_a_single_year_and_a_base_year_stay_as_they_were():
    assert _periods("2023年全县生产总值增长5%，比2019年增长10%。") == [(5, "2023年"), (10, "2023年")]


# --- a sector or a park before 实现 owns a measure named with a short modifier (step 1's T class, one shape) --------

def test_a_sector_or_park_before_shi_xian_owns_its_modified_measure():
    assert _ind("建筑业实现施工产值230亿元，增长15%。") == [(230, "建筑业施工产值"), (15, "建筑业施工产值")]
    assert _ind("三大工业园区实现工业产值41.2亿元。") == [(41.2, "工业园区工业产值")]


def test_a_place_before_shi_xian_owns_nothing():
    assert _ind("全县实现工业产值50亿元，商业实现零售额8亿元。") == [(50, "工业产值"), (8, "零售额")]


def test_a_clause_that_says_year_on_year_sets_the_base():
    got = [(m.value, m.basis) for m in speechdoc.parse("与上年同比，受案上升10.21%，结案率下降了2.99个百分点。").metrics()]
    assert got == [(10.21, "同比"), (2.99, "同比")]
    assert [m.basis for m in speechdoc.parse("与上年比，工业产值增长10%。").metrics()] == ["较上年"]


# --- session R, helper meaning2: change nouns (升幅, 涨幅, 降幅 …) already name the measure; counts after 与上年同比 ---

def test_a_change_noun_after_a_range_names_the_change_of_the_measure_just_named():
    got = _ind("全市结案率从60%上升至75.5%、升幅15.5个百分点；办结件数从3000件上升至3600件、升幅20%。")
    assert got == [(60, "结案率"), (75.5, "结案率"), (15.5, "结案率升幅"),
                   (3000, "办结件数"), (3600, "办结件数"), (20, "办结件数升幅")]


def test_a_bare_change_noun_with_nothing_named_before_names_nothing():
    assert _ind("据统计，升幅为12.5个百分点。") == [(12.5, None)]


def test_points_of_a_named_change_noun_are_not_a_growth_rate_of_it():
    assert _ind("全省蔬菜价格涨幅比上年回落1.5个百分点。") == [(1.5, "蔬菜价格涨幅")]
    assert _ind("工业品出厂价格上涨4.2%，涨幅收窄0.8个百分点。") == [(4.2, "工业品出厂价格"), (0.8, "工业品出厂价格涨幅")]
    # 增幅 is the growth rate itself (M5): its points are the 增速's, as a bare 增幅's are
    assert _ind("全县规上工业增加值增幅回落3个百分点。") == [(3, "规上工业增加值增速")]


def test_a_count_after_a_clause_that_says_year_on_year_takes_that_base():
    got = [(m.value, m.basis, m.direction) for m in speechdoc.parse(
        "与上年同比，全年新收信访件增加85件，办结率提高了3.1个百分点。").metrics()]
    assert got == [(85, "同比", "increase"), (3.1, "同比", "increase")]
    # a count's level is no change: no base
    assert [m.basis for m in speechdoc.parse("与上年同比，新建村卫生室12所。").metrics()] == [None]


def test_a_change_noun_a_list_shares_is_each_items_and_its_points_are_no_growth_rate():
    assert _ind("居民消费价格、工业品出厂价格涨幅分别回落0.5、0.8个百分点。") == [
        (0.5, "居民消费价格涨幅"), (0.8, "工业品出厂价格涨幅")]
    assert _ind("猪肉价格、蔬菜价格降幅分别为2.1%、3.5%。") == [(2.1, "猪肉价格降幅"), (3.5, "蔬菜价格降幅")]
