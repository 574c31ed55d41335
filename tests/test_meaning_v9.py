"""Session V, helper meaning9: traditional-script budgets and policy addresses (Hong Kong, Macau, Taiwan), and sector
reports never tested before (外贸, 文旅, 农业, 人社, 金融).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc
from test_meaning_u8 import _names, _pick


# --- set 1: Hong Kong, Macau and Taiwan -------------------------------------------------------------------

def test_an_nian_is_year_on_year_and_no_part_of_the_name():
    got = _pick("經營開支預計為4800億元，按年增加12.5%。私人消費開支按年實質增長3.1%。",
                "value", "indicator", "direction", "basis")
    assert got == [(4800, "经营开支", "level", None), (12.5, "经营开支", "increase", "同比"),
                   (3.1, "私人消费开支", "increase", "同比")]


def test_taiwans_nian_zeng_opening_its_clause_is_year_on_year():
    got = _pick("每人每月總薪資平均4萬8,210元，年增3.05%。", "value", "unit", "indicator", "basis")
    assert got == [(48210, "元", "每人每月总薪资", None), (3.05, "%", "每人每月总薪资", "同比")]
    # (a year's own growth is no year-on-year basis: 今年增, 2023年增 read as before)
    assert _pick("全年增5%。", "value", "basis") == [(5, None)]


def test_real_growth_is_no_part_of_the_name():
    assert _names("本地整體貨物出口實質增長7.6%。") == [(7.6, "本地整体货物出口")]


def test_quarters_written_the_hong_kong_way_are_periods():
    got = _pick("第二季貨物出口按年上升6.2%，上一季是4.4%。2024年首三季度本地生產總值初值為2900億澳門元。",
                "value", "period")
    assert got == [(6.2, "第二季"), (4.4, "上一季"), (2900, "2024年首三季度")]


def test_a_fiscal_year_across_two_years_is_a_period():
    got = _pick("2023/24年度的總收入預計為5200億元。", "value", "indicator", "period", "kind")
    assert got == [(5200, "总收入", "2023/24年度", "forecast")]


def test_a_record_over_n_years_is_no_period():
    got = _pick("去年失業率為20年來新低之3.1%。", "value", "indicator", "period")
    assert got == [(3.1, "失业率", "去年")]


def test_a_revised_budget_compared_with_is_kept_as_written():
    got = _pick("印花稅收入預算為600億元，較上年度修訂預算下跌4%。", "value", "indicator", "basis", "kind")
    assert got == [(600, "印花税收入预算", None, "target"), (4, "印花税收入预算", "较上年度修订预算", "actual")]


def test_a_forecast_said_with_yu_liao():
    got = _pick("司長預料財政儲備至2025年3月底為7300億元。", "value", "kind", "period")
    assert got == [(7300, "forecast", "至2025年3月底")]


def test_a_share_said_with_xiang_dang_yu():
    got = _names("財政儲備預計為7300億元，相當於本地生產總值25.1%。")
    assert got == [(7300, "财政储备"), (25.1, "财政储备占本地生产总值比重")]


def test_rise_and_fall_said_with_one_character():
    got = _pick("樓價全年升2.8%，租金跌1.5%。", "value", "indicator", "direction")
    assert got == [(2.8, "楼价", "increase"), (1.5, "租金", "decrease")]


def test_recorded_growth_after_the_figure():
    got = _pick("服務輸出錄得百分之五點二的實質增長。", "value", "indicator", "direction")
    assert got == [(5.2, "服务输出", "increase")]


def test_macau_patacas_thousand_billions_and_taiwan_zhao():
    got = _pick("財政儲備為6000億澳門元。出口規模近4千億美元。國內生產毛額達23.6兆元，零售業營業額達4兆2,150億元。",
                "value", "unit", "base_value")
    assert got == [(6000, "亿澳门元", 6e11), (4, "千亿美元", 4e11), (23.6, "兆元", 2.36e13), (42150, "亿元", 4.215e12)]


def test_arabic_digits_after_wan_are_the_rest_as_written():
    assert speechdoc.parse_quantity("3万3883美元").value == 33883
    assert speechdoc.parse_quantity("1万378元").value == 10378
    assert speechdoc.parse_quantity("一万三").value == 13000  # (the colloquial 一万三 stays 13000)
    assert speechdoc.parse_quantity("1200兆瓦").unit == "兆瓦"  # (兆 is a scale only before money)


def test_a_speakers_label_names_no_figure():
    got = _names("財政司司長:所以百分之五是相當可觀的增長。")
    assert got == [(5, None)]


def test_seasonally_adjusted_and_preliminary_are_no_part_of_the_name():
    got = _names("經季節性調整的失業率為3.2%。本地生產總值初值為3100億澳門元。")
    assert got == [(3.2, "失业率"), (3100, "本地生产总值")]


# --- set 2: sector reports ---------------------------------------------------------------------------------

def test_wider_areas_growth_in_parentheses_is_a_rate():
    got = _pick("实现社会消费品零售总额2100亿元，增长8.2%(全国7.2%、全省6.9%)；进口420亿元，下降3%(全国-5.5%，全省-2.1%)。",
                "value", "indicator", "direction")
    assert got == [(2100, "社会消费品零售总额", "level"), (8.2, "社会消费品零售总额", "increase"),
                   (7.2, "社会消费品零售总额增速", "level"), (6.9, "社会消费品零售总额增速", "level"),
                   (420, "进口", "level"), (3, "进口", "decrease"), (-5.5, "进口增速", "level"),
                   (-2.1, "进口增速", "level")]


def test_a_banks_bad_loan_ratio_after_its_balance_is_the_same_banks():
    got = _names("城市商业银行不良贷款余额520.4亿元，比年初减少30.1亿元，不良贷款率2.9%，比年初下降0.8个百分点。")
    assert got == [(520.4, "城市商业银行不良贷款余额"), (30.1, "城市商业银行不良贷款余额"),
                   (2.9, "城市商业银行不良贷款率"), (0.8, "城市商业银行不良贷款率")]


def test_a_long_parenthesis_listing_what_is_included_is_no_part_of_the_name():
    got = _names("境内商业银行(包括国有商业银行、股份制商业银行、城市商业银行、农村商业银行和外资银行)不良贷款余额9800亿元。")
    assert got == [(9800, "境内商业银行不良贷款余额")]


def test_a_bare_balance_is_the_balance_just_named():
    got = _names("损失类贷款余额3100亿元，占不良贷款的40.2%，余额比年初增加50.3亿元。")
    assert got[-1] == (50.3, "损失类贷款余额")


def test_a_funds_outlay_after_its_income_is_the_same_funds():
    got = _names("一季度，三项社会保险基金总收入1.2万亿元，同比增长15%，总支出0.9万亿元，同比增长12%。")
    assert got == [(1.2, "三项社会保险基金总收入"), (15, "三项社会保险基金总收入"), (0.9, "三项社会保险基金总支出"),
                   (12, "三项社会保险基金总支出")]


def test_classes_after_qizhong_are_classes_of_what_was_counted():
    got = _names("已建成休闲农业旅游点15处，其中民俗类4处，农林观光类11处。")
    assert got == [(15, "休闲农业旅游点数"), (4, "民俗类休闲农业旅游点数"), (11, "农林观光类休闲农业旅游点数")]


def test_more_than_last_year_said_with_xin_zeng_is_an_increase():
    got = _pick("发展优质稻面积15.2万亩，比上年新增2.1万亩。", "value", "direction", "basis")
    assert got == [(15.2, "level", None), (2.1, "increase", "较上年")]
    assert _pick("新增中药材种植面积1500亩。", "value", "direction") == [(1500, "level")]


def test_a_quarters_end_and_counts_up_to_now_are_periods():
    got = _pick("一季度末全国城镇登记失业率3.9%。截止今年，已建成休闲农业旅游点15处。", "value", "indicator", "period")
    assert got == [(3.9, "城镇登记失业率", "一季度末"), (15, "休闲农业旅游点数", "截止今年")]


# --- set 3: traditional-script reprints of mainland reports, bank deposits and loans, a 民政 bulletin ---------

def test_a_stocks_date_in_last_year():
    got = _pick("截至去年12月底，全市金融機構本外幣貸款余額為620.5億元，比年初新增98.3億元。", "value", "period", "direction",
                "basis")
    assert got == [(620.5, "截至去年12月底", "level", None), (98.3, "截至去年12月底", "increase", "较年初")]


def test_more_or_less_increase_than_last_years_is_the_increase_compared():
    got = _pick("至6月末，全省金融机构居民存款余额9800亿元，比年初增加650亿元，较上年同期多增20亿元；同比增长9.2%。"
                "各项贷款余额7600亿元，同比少增35亿元。", "value", "indicator", "direction")
    assert got == [(9800, "金融机构居民存款余额", "level"), (650, "金融机构居民存款余额", "increase"),
                   (20, "金融机构居民存款余额增量", "increase"), (9.2, "金融机构居民存款余额", "increase"),
                   (7600, "各项贷款余额", "level"), (35, "各项贷款余额增量", "decrease")]
    # (至少增产两万件棉纱: 至少 is a bound, no 少增)
    assert _pick("全国每年就可以至少增产两万件棉纱。", "value", "direction") == [(2, "increase")]


def test_a_cause_and_a_run_of_months_name_nothing():
    got = _names("二季度城镇调查失业率为5.6%，受疫情影响走高至6.0%。存贷比连续三个月超过100%。")
    assert got == [(5.6, "城镇调查失业率"), (6.0, "城镇调查失业率"), (100, "存贷比")]


def test_people_in_the_home_and_a_deal_reached():
    got = _names("床位1200张，在院人数860人。促成银行与120家企业达成融资意向86.5亿元。")
    assert got[1:] == [(860, "在院人数"), (86.5, "融资意向")]


def test_town_and_country_parts_after_qizhong_and_their_own_measure_after_fenbie():
    got = _names("年末在册低保对象5200人，其中，城镇1200人，农村4000人，最低生活保障标准分别为每人每月600元和450元。")
    assert got == [(5200, "在册低保对象数"), (1200, "城镇在册低保对象数"), (4000, "农村在册低保对象数"),
                   (600, "城镇最低生活保障标准"), (450, "农村最低生活保障标准")]


def test_items_listed_with_jun_before_a_rate_list_and_the_gaps_after_it():
    got = _pick("截至5月，全市制造业贷款、涉农贷款、普惠小微贷款均实现较快增长，同比增速分别为18.2%、15.6%、25.1%，"
                "分别高出全省平均增幅6.1、3.2和1.4个百分点。", "value", "indicator", "basis")
    assert got == [(18.2, "制造业贷款增速", "同比"), (15.6, "涉农贷款增速", "同比"), (25.1, "普惠小微贷款增速", "同比"),
                   (6.1, "制造业贷款增速", "较全省"), (3.2, "涉农贷款增速", "较全省"), (1.4, "普惠小微贷款增速", "较全省")]


def test_a_taiwan_year_opening_its_sentence_and_last_years_whole_are_periods():
    got = _pick("112年，經濟成長率達3.1%。去年全年消費者物價指數年增率控制在2.5%。", "value", "period")
    assert got == [(3.1, "112年"), (2.5, "去年全年")]
    # (建党100年，…: a span, not a year of the calendar; 比去年全年 is a basis)
    assert _pick("建党100年，全县党员达到1.2万名。", "value", "period") == [(1.2, None)]
    assert _pick("税收占比比去年全年提升1.1个百分点。", "value", "period", "basis") == [(1.1, None, "较上年")]
