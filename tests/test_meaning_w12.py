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
