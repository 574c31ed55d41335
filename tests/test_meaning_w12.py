"""Session W, helper meaning12: metric meaning in ecology, energy, transport and water reports (blind sets of
环境状况 reports, 生态环境 bulletins and the ecology paragraphs of work reports).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _recs(text: str) -> list:
    return list(speechdoc.parse(text).metrics())


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in _recs(text)]


# --- air quality: days by grade, pollutants by code, asides ----

def test_days_of_each_pollution_grade_are_counted():
    assert _names("1至6月，有效监测天数181天，其中优良150天、轻度污染25天、中度污染4天、重度污染2天。") == [
        (181, "有效监测天数"), (150, "优良天数"), (25, "轻度污染天数"), (4, "中度污染天数"), (2, "重度污染天数")]


def test_a_particulate_named_in_words_and_code_is_named_by_its_code():
    assert _names("二氧化氮、可吸入颗粒物（PM10）、细颗粒物（PM2.5）平均浓度分别为18微克/立方米、52微克/立方米、30微克/立方米。") == [
        (18, "二氧化氮平均浓度"), (52, "PM10平均浓度"), (30, "PM2.5平均浓度")]


def test_days_over_the_standard_of_the_pollutant_that_led():
    assert _names("细颗粒物(PM2.5)作为首要污染物的超标天数为9天。") == [(9, "PM2.5超标天数")]


def test_since_records_began_is_no_part_of_the_name():
    recs = _recs("臭氧浓度有监测数据以来首次降到150微克/立方米以内。")
    assert [(m.value, m.indicator, m.qualifier) for m in recs] == [(150, "臭氧浓度", "以下")]


def test_a_time_inside_an_aside_dates_nothing_after_it():
    recs = _recs("2023年1月至9月，城区空气质量优良率为88.1%（数据统计截至2023年9月），有效监测天数273天。")
    assert [(m.value, m.period) for m in recs] == [(88.1, "2023年1月至9月"), (273, "2023年1月至9月")]


def test_overall_opening_a_change_is_no_name():
    assert _names("优良天数比例为90.2%，总体较上年同期下降1.1个百分点。") == [
        (90.2, "优良天数比例"), (1.1, "优良天数比例")]


def test_better_than_the_years_goal_is_a_gap_measured():
    recs = _recs("全市PM2.5平均浓度为31微克/立方米，好于年度目标3微克/立方米。")
    assert [(m.value, m.indicator, m.basis, m.kind) for m in recs] == [
        (31, "PM2.5平均浓度", None, "actual"), (3, "PM2.5平均浓度", "较目标值", "actual")]


def test_regions_before_a_measure_are_the_entities():
    assert _names("珠三角地区、粤东地区、粤北地区优良天数比例分别为92.1%、95.3%、97.0%。") == [
        (92.1, "优良天数比例"), (95.3, "优良天数比例"), (97.0, "优良天数比例")]


# --- words inside a name that are no verb ----

def test_not_up_to_standard_is_part_of_the_name():
    assert _names("PM2.5未达标城市浓度下降8.5%。") == [(8.5, "PM2.5未达标城市浓度")]


def test_reaching_or_better_than_a_class_is_part_of_the_name():
    assert _names("地表水达到或好于Ⅲ类水体比例达到80.5%。") == [(80.5, "地表水达到或好于Ⅲ类水体比例")]


def test_cut_written_with_xiao_is_a_decrease():
    recs = _recs("化学需氧量排放量消减3%。")
    assert [(m.indicator, m.direction) for m in recs] == [("化学需氧量排放量", "decrease")]


# --- plans ----

def test_the_next_five_years_written_in_digits_is_a_period():
    recs = _recs("今后5年要新增造林面积30万亩。")
    assert [(m.value, m.period, m.kind) for m in recs] == [(30, "今后5年", "target")]


def test_what_the_plan_sets_for_the_sentence_is_a_goal():
    recs = _recs("根据规划，今年单位GDP能耗将下降2.5%，二氧化硫排放量下降3%。")
    assert [m.kind for m in recs] == ["target", "target"]


def test_a_deed_before_a_count_in_wan_names_what_it_was_done_to():
    recs = _recs("今年要淘汰3.5万辆国三柴油货车。")
    assert [(m.value, m.indicator, m.kind) for m in recs] == [(3.5, "淘汰国三柴油货车数", "target")]


def test_the_goal_met_after_an_area_names_nothing():
    assert _names("今年继续实施造林工程，确保全年完成20万亩任务。") == [(20, None)]


# --- lists and counts ----

def test_land_treated_is_carried_to_the_next_area_of_the_list():
    assert _names("新增治理水土流失面积560平方公里、沙化土地面积120平方公里。") == [
        (560, "新增治理水土流失面积"), (120, "治理沙化土地面积")]


def test_indicators_already_met_ahead_of_time_are_counted():
    assert _names("今年12项指标已提前完成。") == [(12, "完成指标数")]


def test_a_document_sites_header_line_is_no_metric():
    assert _names("字数:2310 字 浏览:88次 下载:3次\n全县完成投资5亿元。") == [(5, "投资")]


# --- set 2: energy, transport and water ----

def test_traffic_and_its_turnover_are_the_same_traffics():
    assert _names("1-3月，公路客运量和周转量分别完成了1.2亿人和95.4亿人公里；水路货运量和周转量分别完成了860万吨和41.5亿吨公里。") == [
        (1.2, "公路客运量"), (95.4, "公路旅客周转量"), (860, "水路货运量"), (41.5, "水路货物周转量")]


def test_each_kind_of_power_has_its_output():
    assert _names("风电、光伏发电量分别为320、145亿千瓦时。") == [(320, "风电发电量"), (145, "光伏发电量")]


def test_traffic_carried_is_the_carriers():
    assert _names("全市公路营业性汽车运输自年初累计完成客运量2100万人；水路运输累计完成货运量8600万吨。") == [
        (2100, "公路营业性汽车运输客运量"), (8600, "水路运输货运量")]


def test_a_stock_of_vehicles_keeps_its_name():
    assert _names("全市营业性载货汽车拥有量8420辆，同比下降3.1%。") == [(8420, "营业性载货汽车拥有量"), (3.1, "营业性载货汽车拥有量")]


def test_train_runs_and_containers_and_work_days_are_units():
    recs = _recs("地铁开行31200列次。港口完成集装箱运输25.6万标准箱。全年投劳85万工日。")
    assert [(m.value, m.unit) for m in recs] == [(31200, "列次"), (25.6, "万标准箱"), (85, "万工日")]
    assert recs[0].indicator == "地铁开行列次"


def test_a_reservoirs_size_class_is_no_figure():
    assert _names("新建5万方以上水库12座，其中1亿方以上的大型水库2座。") == [
        (12, "新建5万方以上水库数"), (2, "新建1亿方以上的大型水库数")]


def test_an_irrigation_district_is_no_place():
    assert _names("新建中型灌区6处。") == [(6, "新建中型灌区数")]


def test_a_construction_works_money_done_is_its_investment():
    assert _names("港口建设完成2.4亿元，航道建设完成0.8亿元。") == [(2.4, "港口建设投资"), (0.8, "航道建设投资")]


def test_a_kind_of_road_is_no_place_before_its_building():
    assert _names("国省道公路建设完成1.6亿元。") == [(1.6, "国省道公路建设投资")]


def test_the_deed_on_water_works_is_carried_along_the_list():
    assert _names("除险加固病险水库6座、病险水闸3处，疏浚河道40公里、渠道22公里。") == [
        (6, "除险加固病险水库数"), (3, "除险加固病险水闸数"), (40, "疏浚河道"), (22, "疏浚渠道")]


def test_both_deeds_of_the_whole_go_to_its_parts():
    assert _names("新建整修堤防520公里，其中标准海塘160公里。") == [(520, "新建整修堤防"), (160, "新建整修标准海塘")]


def test_a_span_of_years_written_with_a_tilde_is_a_period():
    recs = _recs("2016~2020年，全省发电装机容量从4.1亿千瓦增长到5.6亿千瓦。")
    assert [(m.value, m.period) for m in recs] == [(4.1, "2016~2020年"), (5.6, "2016~2020年")]


def test_preliminarily_is_no_part_of_the_name():
    assert _names("初步治理水土流失面积860平方公里。") == [(860, "治理水土流失面积")]


def test_a_kind_of_the_wholes_road_is_its_investment():
    assert _names("公路建设完成投资53.5亿元，其中高速公路完成36.2亿元，农村公路完成8.1亿元。") == [
        (53.5, "公路建设投资"), (36.2, "高速公路投资"), (8.1, "农村公路投资")]


def test_a_share_with_no_owner_of_its_own_is_no_name():
    assert _names("用棉花作原料的纺织品，在目前又占全国工业总产值的百分之二十以上。") == [(20, None)]


# --- session V's priced leftovers: 少于, a city before its measure ----

def test_fewer_than_is_an_upper_bound():
    recs = _recs("每个班级学生少于45人。")
    assert [(m.value, m.qualifier) for m in recs] == [(45, "以下")]


def test_not_fewer_than_stays_a_lower_bound():
    recs = _recs("全年培训人数不少于3000人。")
    assert [(m.value, m.qualifier) for m in recs] == [(3000, "不低于")]


def test_a_city_named_before_its_measure_is_the_entity():
    assert _names("泉州市金融机构本外币存款余额8600亿元。农贸市场交易额5亿元。") == [
        (8600, "金融机构本外币存款余额"), (5, "农贸市场交易额")]
