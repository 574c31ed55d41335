"""Session S, helper meaning3: metric meaning on genres no blind set had tested (health, public security, education,
housing, ecology). Texts written here, modelled on the shapes of S/meaning3's blind sets 1-2."""
from __future__ import annotations

import speechdoc


def _rec(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- a rate per hundred thousand (孕产妇死亡率15.7/10万) ----------------------------------------------------------

def test_a_rate_per_hundred_thousand_is_one_figure_in_its_own_unit():
    assert _rec("全省孕产妇死亡率下降到12.3/10万。") == [(12.3, "/10万", "孕产妇死亡率")]
    assert _rec("全县婴儿死亡率4.1‰、孕产妇死亡率8.56/10萬，均创新低。") == [
        (4.1, "‰", "婴儿死亡率"), (8.56, "/10万", "孕产妇死亡率")]


def test_the_hundred_thousand_after_the_slash_is_never_a_figure():
    got = _rec("结核病发病率为40.2/十万，较上年下降。")
    assert got == [(40.2, "/十万", "结核病发病率")]
    assert all(v != 10 for v, _, _ in _rec("孕产妇死亡率控制在9.7/10万以内。"))


def test_the_unit_is_read_by_the_public_quantity_reader_too():
    assert [(q.value, q.unit) for q in speechdoc.find_quantities("控制在7.5/10万和3.2‰")] == [(7.5, "/10万"), (3.2, "‰")]


# --- units named before a shared rate (A和B死亡率分别…) ---------------------------------------------------------

def test_units_named_before_a_shared_rate_each_get_the_whole_rate():
    assert [i for _, _, i in _rec("全县小学和初中入学率分别为99.8%和97.6%。")] == ["小学入学率", "初中入学率"]
    assert [i for _, _, i in _rec("孕产妇和婴儿死亡率分别为11.2/10万和3.9‰。")] == ["孕产妇死亡率", "婴儿死亡率"]


def test_a_gross_rate_keeps_its_gross():
    assert [i for _, _, i in _rec("小学和初中毛入学率分别为102%和99%。")] == ["小学毛入学率", "初中毛入学率"]


def test_a_first_item_that_is_itself_a_rate_keeps_its_own_rate():
    assert [i for _, _, i in _rec("人口出生和死亡率分别为11‰和7‰。")] == ["人口出生率", "死亡率"]


# --- cases and persons a deed counts in 万 ------------------------------------------------------------------

def test_cases_and_persons_counted_in_wan_are_named_as_counts():
    got = _rec("全年侦办诈骗案件3.2万起，抓获犯罪嫌疑人2.6万余名，受理行政复议案件1.1万件。")
    assert got == [(3.2, "万起", "侦办诈骗案件数"), (2.6, "万名", "抓获犯罪嫌疑人数"), (1.1, "万件", "受理行政复议案件数")]


def test_a_products_pieces_in_wan_keep_the_products_name():
    assert _rec("全年生产棉纱12万件。") == [(12, "万件", "生产棉纱")]
    assert _rec("全国快递业务量突破了300亿件。") == [(300, "亿件", "快递业务量")]


# --- periods: a span of months with both months, a span of years in PDF text ------------------------------------

def _per(text: str) -> list[tuple]:
    return [(m.value, m.period) for m in speechdoc.parse(text).metrics()]


def test_a_span_of_months_written_with_both_months_is_the_period():
    assert _per("1月至9月侦办经济犯罪案件4.5万起，挽回经济损失83亿元。") == [(4.5, "1月至9月"), (83, "1月至9月")]
    assert _per("3月至8月侦办走私案件1200起。") == [(1200, "3月至8月")]


def test_a_span_of_years_with_a_blank_before_nian_is_the_period():
    assert _per("5 年来全县教育经费支出增长40.5%。") == [(40.5, "5年来")]


# --- 近 opening a word is no hedge ---------------------------------------------------------------------------

def test_jin_opening_a_word_stays_in_the_name():
    assert _rec("近岸海域优良水质比例为78.4%，同比上升1.2个百分点。") == [
        (78.4, "%", "近岸海域优良水质比例"), (1.2, "个百分点", "近岸海域优良水质比例")]
    assert [m.hedge for m in speechdoc.parse("近两年新增就业近1200人。").metrics()] == ["近"]


# --- batch 2: changes of case counts, a line or another measure compared with, groups of cities ------------------

def test_a_change_of_cases_is_a_change_of_their_number():
    got = _rec("今年以来，全市刑事、治安案件同比分别下降6.2%、15.4%，八类主要刑事案件同比下降9.8%。")
    assert got == [(6.2, "%", "刑事案件数"), (15.4, "%", "治安案件数"), (9.8, "%", "八类主要刑事案件数")]


def test_a_rate_of_cases_keeps_its_rate():
    assert _rec("现行命案破案率保持在99.5%，结案率同比提高2个百分点。")[0] == (99.5, "%", "现行命案破案率")


def _cmp(text: str) -> list[tuple]:
    return [(m.value, m.indicator, m.direction, m.basis) for m in speechdoc.parse(text).metrics()]


def test_a_line_compared_with_is_the_basis_and_the_measure_is_named_before_it():
    assert _cmp("年末资产负债率低于控制线4.5个百分点。") == [(4.5, "资产负债率", "decrease", "较控制线")]


def test_another_measures_growth_compared_with_is_the_basis():
    assert _cmp("税收收入增幅高于一般公共预算收入增幅2.3个百分点。") == [
        (2.3, "税收收入增速", "increase", "较一般公共预算收入增幅")]
    assert _cmp("居民收入增长7.1%，增速快于GDP增速0.6个百分点。")[1] == (0.6, "居民收入增速", "increase", "较GDP增速")


def test_places_compared_with_keep_their_own_rule():
    assert _cmp("全县GDP增长8%，高于全省平均水平2个百分点。")[1] == (2, "GDP增速", "increase", "较全省")


def test_a_group_of_cities_is_the_entity():
    assert [i for _, _, i in _rec("全国地级及以上城市优良天数比例为87.2%。")] == ["优良天数比例"]
    assert [i for _, _, i in _rec("全国339个地级及以上城市PM10平均浓度为51微克/立方米。")] == ["PM10平均浓度"]
    assert [i for _, _, i in _rec("长三角地区41个城市、汾渭平原11个城市的PM2.5平均浓度同比分别下降5.1%和7.3%。")] == [
        "PM2.5平均浓度", "PM2.5平均浓度"]


def test_a_citys_own_measure_keeps_its_city():
    assert [i for _, _, i in _rec("城市建成区绿地率达40.5%。")] == ["城市建成区绿地率"]


def test_married_women_keep_their_yi():
    assert _rec("全乡已婚育龄妇女3215人。") == [(3215, "人", "已婚育龄妇女数")]


# --- batch 3: a plan a higher level set, a bare count after a list's first item, ranks moved, counts listed ----

def test_a_plan_set_by_a_higher_level_is_the_plan_of_the_count_before():
    got = _rec("全县安置住房新开工1200套，完成省定任务的105.5%。")
    assert got == [(1200, "套", "安置住房新开工套数"), (105.5, "%", "安置住房新开工省定任务完成率")]


def test_a_bare_count_after_a_lists_first_item_is_of_what_the_first_item_names():
    assert [i for _, _, i in _rec("道路交通事故起数、死亡人数同比分别下降6.1%和8.4%。")] == [
        "道路交通事故起数", "道路交通事故死亡人数"]
    assert [i for _, _, i in _rec("GDP、就业人数分别增长6%、2%。")] == ["GDP", "就业人数"]  # (no owner named)


def test_a_count_of_cases_keeps_its_cases_as_the_owner():
    assert [i for _, _, i in _rec("受理案件数、涉案人数分别下降3%和4%。")] == ["受理案件数", "受理案件涉案人数"]


def test_places_in_an_areas_ranking_are_no_count():
    assert _rec("全县中考成绩由全市12名上升至8名。") == []
    assert [v for v, _, _ in _rec("新招聘教师由全县30名增加到50名。")] == [30, 50]


def test_each_item_of_a_listed_count_is_a_count():
    assert [i for _, _, i in _rec("全市高新技术企业、科技型中小企业达1200家、3400家。")] == [
        "高新技术企业数", "科技型中小企业数"]


# --- batch 4 (made on blind set 4): a month opening its sentence, a described year's 同期, mg/m3, examples before
# their class, the organ and every kind before what it did, 在逃 -------------------------------------------------

def test_a_month_opening_its_sentence_before_a_comma_is_the_period():
    assert _per("上月情况如下。3月，全市优良天数比例为88.2%，同比上升1.5个百分点。") == [(88.2, "3月"), (1.5, "3月")]


def test_a_month_after_a_year_or_a_range_is_not_cut_from_it():
    assert _per("本院成立于1985年4月，当时仅有医师12位。") == [(12, "1985年")]
    assert _per("八至十一月，全市共立案查办案件49件。") == [(49, None)]
    assert _per("截止10月，排查入境人员169人。") == [(169, None)]


def test_a_year_described_before_it_keeps_its_same_period():
    got = [(m.value, m.basis) for m in speechdoc.parse("PM2.5平均浓度为40微克/立方米，较疫情前的2019年同期下降12.5%。").metrics()]
    assert got == [(40, None), (12.5, "较2019年同期")]


def test_milligrams_per_cubic_metre_is_one_unit():
    assert _rec("CO平均浓度为1.2毫克/立方米。") == [(1.2, "毫克/立方米", "CO平均浓度")]


def test_examples_before_their_class_are_no_part_of_the_name():
    assert [i for _, _, i in _rec("其中，抢劫、抢夺等两类侵财案件下降12.3%。")] == ["两类侵财案件数"]
    assert [i for _, _, i in _rec("长江、珠江等主要江河水质优良断面比例为93.1%。")] == ["主要江河水质优良断面比例"]
    assert [i for _, _, i in _rec("社会保障和就业等支出增长5%。")] == ["社会保障和就业等支出"]  # (no class after 等)


def test_the_organ_and_every_kind_before_what_it_did_are_no_part_of_the_name():
    assert [i for _, _, i in _rec("三年来，公安机关共打掉犯罪团伙320个，破获各类经济犯罪案件1.2万起。")] == [
        "打掉犯罪团伙数", "破获经济犯罪案件数"]


def test_fugitives_are_counted_as_fugitives():
    assert [i for _, _, i in _rec("抓获在逃人员86名。")] == ["抓获在逃人员数"]


def test_actual_alone_names_nothing_of_its_own():
    assert [i for _, _, i in _rec("全市优良天数比例为85.5%，扣除沙尘天后，实际为86.8%。")] == ["优良天数比例", "优良天数比例"]


def test_wells_and_cases_are_counted():
    assert _rec("全年新打机井120眼，孕产妇死亡2例。") == [(120, "眼", "新打机井数"), (2, "例", "孕产妇死亡数")]
    assert _rec("他看了一眼材料，举一例说明。") == []


def test_how_far_a_deed_went_is_named_with_the_deed():
    got = _rec("全省保障性安居工程已开工12万套，基本建成8.5万套。")
    assert got[1] == (8.5, "万套", "保障性安居工程基本建成套数")  # (was 基本: an adverb, no name)
    assert _rec("全县新开工安置房300套，基本建成120套。")[1] == (120, "套", "安置房基本建成套数")


def test_a_month_after_a_pages_indent_opens_the_period_too():
    assert _per("总体情况\n\n      8月，全国平均优良天数比例为93.2%。") == [(93.2, "8月")]
    assert _per("2023年 12月，全市优良天数比例为88%。") == [(88, "2023年")]  # (a PDF's blank inside a date)


def test_whom_a_deed_was_done_for_is_no_part_of_its_name():
    got = _rec("为群众挽回经济损失600余万元，为企业节约办事成本120万元。")
    assert [i for _, _, i in got] == ["挽回经济损失", "节约办事成本"]
    assert [i for _, _, i in _rec("为国家节约二十亿元。")] == ["国家节约"]  # (no object named: left as it was)


# --- session S, helper meaning4: small fixes priced by meaning3 ------------------------------------------------

def test_this_year_so_far_is_the_period_as_written():
    assert _per("今年以来的12起命案全部破获，抓获命案逃犯7人。") == [(12, "今年以来"), (7, "今年以来")]
    assert _per("去年以来，全县新增城镇就业1500人。") == [(1500, "去年以来")]
    assert _per("今年全县新增城镇就业1500人。") == [(1500, "今年")]  # (this year alone stays this year)
    assert _per("比去年增长8%。") == [(8, None)]  # (a base stays no period)


def test_a_bare_share_after_a_count_is_the_counts_share_or_nothing():
    assert _rec("其次是抢劫案件1,216起，占3.1%。")[1] == (3.1, "%", "抢劫案件占比")
    assert _rec("全县实现服务业增加值56亿元，占21.4%。")[1] == (21.4, "%", "服务业增加值占比")
    # no count or amount of its own sentence before it: no name (never the one carried from before)
    assert _rec("全县粮食总产量5万吨。占14.9%。")[1] == (14.9, "%", None)
    assert _rec("抢劫案件1216起，同比增长5%，占3.1%。")[2] == (3.1, "%", None)
    assert _rec("收割机520台，租给农户的416台，占80%。")[2] == (80, "%", "租给农户收割机占比")  # (the count right before)


def test_a_month_between_a_place_and_its_measure_is_the_period():
    got = [(m.value, m.indicator, m.period) for m in speechdoc.parse(
        "天津市2月优良天数比例为88.7%，同比上升4.2个百分点。").metrics()]
    assert got == [(88.7, "优良天数比例", "2月"), (4.2, "优良天数比例", "2月")]
    assert _per("全县11月完成固定资产投资3.2亿元。") == [(3.2, "11月")]
    assert _per("全市1月1日起施行，已受理120件。") == [(120, None)]  # (a date is no month's period)


def test_a_point_that_ends_a_word_is_no_decimal_point():
    assert _rec("全省挂牌整治治安乱点3215个，新设监测点18个。") == [
        (3215, "个", "挂牌整治治安乱点数"), (18, "个", "新设监测点数")]
    assert _rec("增长三点5%。") == []  # (after a numeral 点 is the decimal point: a mixed numeral is read as no value)
