"""Session V, helper meaning10: blind set 1 (the goals part of work reports and speeches at economic work
conferences: 主要预期目标, 左右, 以内, 力争, and speeches that mix the year's review with its goals).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _recs(text: str) -> list[tuple]:
    return [(m.value, m.indicator, m.kind) for m in speechdoc.parse(text).metrics()]


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- one figure of two measures joined by 和 (M3) ----

def test_two_measures_joined_by_he_each_take_the_figure_of_jun():
    assert _names("明年的主要预期目标是，城镇居民人均可支配收入和农村居民人均可支配收入均增长7%左右。") == [
        (7, "城镇居民人均可支配收入、农村居民人均可支配收入")]


def test_two_rates_joined_by_he_share_one_figure():
    assert _names("今年城镇调查失业率和登记失业率稳定在4.5%左右。") == [(4.5, "城镇调查失业率、登记失业率")]


def test_two_amounts_joined_by_he_with_no_jun_may_be_a_sum():
    assert _names("一般公共预算收入和政府性基金收入合计86亿元。") == [(86, "一般公共预算收入和政府性基金收入")]


def test_a_list_of_values_after_he_is_not_joined():
    assert _names("出口总额和进口总额分别增长6%、4%。") == [(6, "出口总额"), (4, "进口总额")]


# --- a ratio to a whole, and a part's share after 其中 ----

def test_a_ratio_written_with_xiangdangyu_drops_its_de():
    assert _names("全社会研发经费支出相当于全市生产总值的比例保持在3.2%左右。") == [
        (3.2, "全社会研发经费支出相当于生产总值比例")]


def test_a_parts_share_after_qizhong_is_of_the_measure_just_named():
    assert _names("全县固定资产投资增长16.5%，其中工业投资所占比重由31%提高到35%。") == [
        (16.5, "固定资产投资"), (31, "工业投资占固定资产投资比重"), (35, "工业投资占固定资产投资比重")]


# --- a headline told again by the text ----

def test_a_headline_that_names_its_figure_takes_the_kind_told_after_it():
    text = ("市政府工作报告提出今年主要预期目标\n"
            "今年地区生产总值增长6%左右\n"
            "21日，市人大会议开幕。今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；"
            "规上工业增加值增长7%。\n")
    assert _recs(text) == [(6, "地区生产总值", "target"), (6, "地区生产总值", "target"),
                           (7, "规上工业增加值", "target")]


def test_a_headline_of_what_was_done_stays_done():
    text = ("去年全县地区生产总值增长6.1%\n"
            "据统计，去年全县地区生产总值增长6.1%，规上工业增加值增长8%。\n")
    assert [k for _, _, k in _recs(text)] == ["actual", "actual", "actual"]


# --- blind set 2: enterprise and university reports (职代会, 年度工作会议, 教代会) ----

def test_a_per_head_measure_is_no_owner_of_the_next():
    assert _names("职工人均收入达到3100元；实现利润8万元。") == [(3100, "职工人均收入"), (8, "利润")]


def test_the_firm_that_reports_is_the_entity():
    assert _names("截至12月末，集团资产总额512.6亿元、所有者权益总额180.2亿元。") == [
        (512.6, "资产总额"), (180.2, "所有者权益总额")]


def test_a_class_of_firms_keeps_its_name():
    assert _names("前11月，中央企业实现利润总额1.8万亿元。") == [(1.8, "中央企业利润总额")]


def test_yu_ci_tong_shi_goes_on_with_a_goal():
    text = "集团确定明年经营目标：实现营业收入120亿元，同比增长10%。与此同时，资产保值增值率达到108%。"
    assert [k for _, _, k in _recs(text)] == ["target", "target", "target"]


def test_people_counted_by_the_honour_they_won():
    assert _names("加强人才培育，3人获省有突出贡献的中青年专家称号，2人入选青年科技人才托举工程。") == [
        (3, "获省有突出贡献的中青年专家称号人数"), (2, "入选青年科技人才托举工程人数")]


def test_colleges_a_work_was_done_with_are_counted():
    assert _names("与6所民办高校开展党建结对共建。") == [(6, "开展党建结对共建民办高校数")]


def test_talent_brought_in_and_trained_keeps_both_deeds_and_drops_the_example():
    assert _names("全年引进张某等国家级人才5人，引进培养省部级人才16人。") == [
        (5, "引进国家级人才数"), (16, "引进培养省部级人才数")]


def test_a_goal_stretched_by_lizheng_is_a_goal_too():
    text = "2025年的主要工作目标：\n完成工业总产值9000万元，力争完成9500万元；实现利润30万元，力争完成40万元。"
    assert [(v, k) for v, _, k in _recs(text)] == [(9000, "target"), (9500, "target"), (30, "target"), (40, "target")]


def test_what_was_done_then_a_lizheng_of_another_measure_stays_done():
    text = "去年完成工业总产值9000万元，力争实现利润增长10%。"
    assert [k for _, _, k in _recs(text)][0] == "actual"


def test_how_a_trade_figure_was_counted_names_nothing():
    assert _names("全年实现进出口总额按海关统计口径算为38.6亿美元。") == [(38.6, "进出口总额")]


def test_the_people_at_the_meeting_are_no_metric():
    assert _names("集团各级机构负责人共280多人参加了会议。全年实现营业收入46亿元。") == [(46, "营业收入")]


# --- blind set 3: party-congress goals, 国资委 figures, a city's half-year investment, a firm's month ----

def test_the_first_two_months_in_chinese_numerals_are_a_period():
    assert [m.period for m in speechdoc.parse("今年前两个月，全省完成工业投资320亿元。").metrics()] == ["今年前两个月"]


def test_a_class_of_firms_is_carried_to_its_net_profit():
    assert _names("前两个月，中央企业实现营业收入4.1万亿元、利润总额2800亿元、净利润2100亿元。") == [
        (4.1, "中央企业营业收入"), (2800, "中央企业利润总额"), (2100, "中央企业净利润")]


def test_the_years_a_doubling_takes_are_no_part_of_its_name():
    assert _names("力争经济总量和城乡居民收入五年翻一番，固定资产投资和财政收入三年翻一番。") == [
        (1, "经济总量、城乡居民收入"), (1, "固定资产投资、财政收入")]


def test_a_sets_planned_and_completed_investment():
    # (a plan's 计划 is no part of the name: session Q's 签约项目13个，计划投资9.5亿元 → 签约项目投资)
    assert _recs("签约项目15个，计划投资8.6亿元；在建项目42个，计划投资总额96亿元，累计完成投资31亿元，"
                 "其中今年完成投资12亿元。") == [
        (15, "签约项目数", "actual"), (8.6, "签约项目投资", "target"), (42, "在建项目数", "actual"),
        (96, "在建项目投资总额", "target"), (31, "在建项目完成投资", "actual"), (12, "在建项目完成投资", "actual")]


def test_the_rest_of_a_set_counted_by_what_they_did():
    assert _names("除甲项目推迟开工外，其余7个项目均已开工建设。") == [(7, "开工建设项目数")]


def test_a_name_holding_dadao_huo_is_kept_whole():
    # (was None, right or absent; session W meaning12 reads 达到或优于 inside a name as part of it)
    assert _names("地表水质量达到或优于三类比例高于95%。") == [(95, "地表水质量达到或优于三类比例")]


# --- session U's leftovers: the year of what is taken out, and units counted after 为/对 ----

def test_the_year_of_what_is_taken_out_dates_nothing():
    text = "如果在支出数额中扣除1955年用上年结余拨付的资金，则本年收入实际增长12.5%。"
    assert [m.period for m in speechdoc.parse(text).metrics()] == [None]


def test_the_sentences_own_year_stays_before_what_is_taken_out():
    text = "2020年，剔除2019年一次性收入因素，全县财政收入增长8%。"
    assert [m.period for m in speechdoc.parse(text).metrics()] == ["2020年"]


def test_units_a_deed_was_done_to_after_dui_are_counted():
    assert _names("对38个行政村实施环境整治。") == [(38, "实施环境整治行政村数")]


def test_people_a_deed_was_done_for_after_wei_are_counted_as_people():
    assert _names("为144名残疾儿童实施康复救助。") == [(144, "残疾儿童康复救助人数")]


def test_a_figure_after_wei_in_the_middle_of_a_clause_is_no_such_count():
    assert _names("全县规上企业数为120家。") == [(120, "规上企业数")]


def test_a_rate_right_after_gaoyu_or_diyu_with_no_base_is_bounded():
    recs = [(m.value, m.direction, m.qualifier) for m in speechdoc.parse(
        "城镇登记失业率低于4.5%，优良天数比例高于90%，城镇化率高于全省2个百分点。").metrics()]
    assert recs == [(4.5, "level", "以下"), (90, "level", "以上"), (2, "increase", None)]
