"""Session U, helper meaning8: blind set 1 (budget execution reports, final accounts, transfers and debt).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _pick(text: str, *fields: str) -> list[tuple]:
    return [tuple(getattr(x, f) for f in fields) for x in speechdoc.parse(text).metrics()]


def _names(text: str) -> list[tuple]:
    return _pick(text, "value", "indicator")


# --- a budget's balance: the items added, the totals ----

def test_items_added_to_a_balance_are_named_without_the_plus():
    got = _names("全县一般公共预算收入完成12.4亿元。加上上级补助收入30.2亿元、债务转贷收入5.1亿元，"
                 "以及调入资金2.3亿元、上年结转1.6亿元后，收入总计51.6亿元。")
    assert got == [(12.4, "一般公共预算收入"), (30.2, "上级补助收入"), (5.1, "债务转贷收入"), (2.3, "调入资金"),
                   (1.6, "上年结转"), (51.6, "收入总计")]


def test_a_spending_total_is_not_the_last_item_before_it():
    got = _names("一般公共预算支出完成48.2亿元，增长6.1%。加上上解支出0.9亿元，以及结转下年2.5亿元后，支出总计51.6亿元。")
    assert got == [(48.2, "一般公共预算支出"), (6.1, "一般公共预算支出"), (0.9, "上解支出"), (2.5, "结转下年"),
                   (51.6, "支出总计")]


def test_plus_before_a_higher_level_is_cut_at_the_plus():
    got = _names("2020年市级收入决算数52000万元，加上级补助收入18000万元，加补助下级支出6000万元。")
    assert got[1:] == [(18000, "上级补助收入"), (6000, "补助下级支出")]


def test_last_years_carry_over_is_a_name_not_a_period():
    got = _pick("2021年，待偿还一般债券上年结余300万元，上年结转结余收入4100万元。", "value", "indicator", "period")
    assert got == [
        (300, "待偿还一般债券上年结余", "2021年"), (4100, "上年结转结余收入", "2021年")]


# --- a final account and the budget it is measured against ----

def test_a_final_account_names_the_revenue_and_its_rate_against_the_adjusted_budget():
    got = _pick("2019年市级一般公共预算收入决算数98765万元，为调整预算数的101.2%，比2018年增收3456万元，增长3.6%。", "value", "indicator", "direction")
    assert got == [
        (98765, "一般公共预算收入", "level"), (101.2, "一般公共预算收入调整预算数完成率", "level"),
        (3456, "一般公共预算收入", "increase"), (3.6, "一般公共预算收入", "increase")]


def test_a_growth_after_the_adjusted_budgets_rate_is_the_revenues():
    got = _names("一般公共预算收入65000万元，完成调整预算的98.5%，较上年增长7.2%。")
    assert got == [(65000, "一般公共预算收入"), (98.5, "一般公共预算收入调整预算完成率"), (7.2, "一般公共预算收入")]


def test_the_level_of_government_is_the_entity():
    assert _names("县级一般公共预算收入完成40000万元。")[0] == (40000, "一般公共预算收入")


# --- parts of a revenue collected by departments ----

def test_an_amount_after_a_share_is_the_measures_not_the_shares():
    got = _names("地方一般公共预算收入完成21000万元，占调整预算102.3%，税务部门完成9800万元，占调整预算98.1%，"
                 "占一般公共预算收入的46.7%；财政部门完成11200万元。")
    assert got == [(21000, "地方一般公共预算收入"), (102.3, "地方一般公共预算收入占调整预算比重"),
                   (9800, "地方一般公共预算收入"), (98.1, "地方一般公共预算收入占调整预算比重"),
                   (46.7, None), (11200, "地方一般公共预算收入")]


def test_a_share_whose_part_no_measure_names_is_no_name():
    got = _names("税务部门完成9800万元，占调整预算98.1%，占一般公共预算收入的46.7%。")
    assert got == [(9800, None), (98.1, None), (46.7, None)]


def test_a_share_of_the_whole_areas_measure_keeps_its_name():
    # Session X decision: the whole of a share keeps the area it is of when the text says 全省/全市/全县/全区/全国,
    # as the dev gold writes it (能源工业占全省工业增加值比重, 企业开办样本库占全市比重; no gold record drops a 全X
    # area from a share's whole); another place (占开发区规模以上企业工业总产值) is still dropped.
    got = _names("上半年完成产值18亿元，占全县工业总产值的35%。")
    assert got[-1] == (35, "产值占全县工业总产值比重")
    got = _names("开发区完成产值18亿元，占开发区规模以上企业工业总产值的35%。")
    assert got[-1] == (35, "产值占规模以上企业工业总产值比重")


def test_a_share_in_one_clause_keeps_the_whole_area_too():
    # the part and its share in one clause: the whole area is kept as after a clause (the same decision)
    assert _names("出口额占全省出口总值的28.2%。") == [(28.2, "出口额占全省出口总值比重")]
    assert _names("能源工业占全省工业增加值的比重达到36.8%。") == [(36.8, "能源工业占全省工业增加值比重")]
    # a whole that repeats the part's own name is the area's; another place is still dropped; no area, no change
    assert _names("我县工业增加值占全省工业增加值的3.2%。") == [(3.2, "工业增加值占全省比重")]
    assert _names("农业产值占开发区工业总产值的12%。") == [(12, "农业产值占工业总产值比重")]
    assert _names("民生支出占一般公共预算支出的78.6%。") == [(78.6, "民生支出占一般公共预算支出比重")]


# --- debt: the parts of a balance or a limit ----

def test_parts_after_qizhong_share_the_stock_of_the_whole():
    got = _names("年末政府债务余额88000万元，其中：一般债务52000万元，专项债务36000万元；"
                 "核定政府债务限额90000万元，其中：一般债务53000万元、专项债务37000万元。")
    assert got == [(88000, "政府债务余额"), (52000, "一般债务余额"), (36000, "专项债务余额"), (90000, "核定政府债务限额"),
                   (53000, "一般债务限额"), (37000, "专项债务限额")]


# --- a budget's own figures: the budget set at the start of the year and its adjustment ----

def test_figures_listed_after_the_budget_are_the_budget():
    got = _pick("县人大批准的年初预算为：一般公共预算收入60000万元(税收收入38000万元、非税收入22000万元)；"
               "政府性基金预算收入45000万元。", "value", "indicator", "kind")
    assert got == [
        (60000, "一般公共预算收入年初预算", "target"), (38000, "税收收入年初预算", "target"),
        (22000, "非税收入年初预算", "target"), (45000, "政府性基金预算收入年初预算", "target")]


def test_the_figure_a_budget_was_changed_to_is_the_adjusted_budget():
    got = _pick("年度预算执行中，经人大常委会批准，税收收入调整为36000万元，非税收入调整为25000万元。", "value", "indicator", "kind")
    assert got == [
        (36000, "税收收入调整预算", "target"), (25000, "非税收入调整预算", "target")]


def test_a_change_to_outside_a_budget_is_no_budget():
    got = _pick("全县粮食播种面积调整为52万亩。", "value", "indicator", "kind")
    assert got == [(52, "粮食播种面积", "actual")]


# --- set 2: plan execution reports and five-year reviews ----

def test_a_share_kept_at_a_level_names_the_share():
    assert _names("非税收入占财政收入的比重保持在20%以下。") == [(20, "非税收入占财政收入比重")]


def test_deposits_and_loans_written_as_one_word_are_split_by_their_values():
    got = _pick("金融机构存贷款余额分别达860.5亿元、512.3亿元，是2015年末的1.5倍、1.8倍。", "value", "indicator", "basis", "period")
    assert got == [(860.5, "金融机构存款余额", None, None), (512.3, "金融机构贷款余额", None, None),
                   (1.5, "金融机构存款余额", "2015年末金融机构存款余额", None),
                   (1.8, "金融机构贷款余额", "2015年末金融机构贷款余额", None)]


def test_a_growth_ahead_of_another_measures_growth_is_compared_with_it():
    got = _pick("上半年农村居民人均可支配收入增长8.1%，超过地区生产总值增速1.2个百分点。",
                "value", "indicator", "direction", "basis")
    assert got[1] == (1.2, "农村居民人均可支配收入增速", "increase", "较地区生产总值增速")


def test_a_coefficient_changes_in_points_of_itself():
    got = _pick("2020年，城镇居民恩格尔系数为28.4%，比2015年下降1.6个百分点。", "value", "indicator", "direction")
    assert got == [(28.4, "城镇居民恩格尔系数", "level"), (1.6, "城镇居民恩格尔系数", "decrease")]


def test_a_burden_eased_is_the_burden_decreased():
    assert _pick("全年减轻企业负担3.2亿元。", "value", "indicator", "direction") == [(3.2, "企业负担", "decrease")]


def test_each_item_of_a_list_of_shares_keeps_its_whole_name():
    got = _names("住房、交通通信、医疗保健支出占居民消费支出的比重分别为22.1%、13.5%和8.7%。")
    assert got == [(22.1, "住房支出占居民消费支出比重"), (13.5, "交通通信支出占居民消费支出比重"),
                   (8.7, "医疗保健支出占居民消费支出比重")]


def test_a_list_of_periods_before_fenbie_dates_each_value():
    got = _pick("一季度和上半年全市规上工业增加值分别增长6.3%、7.1%。", "value", "period")
    assert got == [(6.3, "一季度"), (7.1, "上半年")]


def test_two_measures_doubled_are_one_value_of_both():
    got = _pick("全县生产总值和城乡居民人均收入比2012年翻一番。", "value", "unit", "indicator", "basis")
    assert got == [(1, "番", "生产总值、城乡居民人均收入", "较2012年")]


def test_the_country_alone_names_no_measure():
    assert _names("他表示，中国今年实现6%的目标没有困难。") == [(6, None)]


# --- set 3: reports of the 1950s to 1980s ----

def test_a_part_named_with_its_share_in_the_whole_the_sentence_opens_with():
    got = _names("在全省农业总产值中，畜牧业所占的比重从一九五五年的百分之二十提高到百分之二十六。")
    assert got == [(20, "畜牧业占农业总产值比重"), (26, "畜牧业占农业总产值比重")]


def test_the_base_year_said_in_a_clause_before_is_each_changes_base():
    got = _pick("1957年各项收入同1956年相比，工商税收增加8.5%，农业税减少2.1%。", "value", "indicator", "direction", "basis")
    assert got == [(8.5, "工商税收", "increase", "较1956年"), (2.1, "农业税", "decrease", "较1956年")]


def test_a_budgets_outcome_and_its_rate_against_the_first_budget():
    got = _pick("1958年原预算收入三百三十二亿元，执行结果收入三百四十亿元，是原预算的102.4%。",
                "value", "unit", "indicator", "kind")
    assert got == [(332, "亿元", "原预算收入", "target"), (340, "亿元", "收入", "actual"),
                   (102.4, "%", "收入原预算完成率", "actual")]


def test_one_measure_exceeding_another_by_an_amount():
    got = _pick("收入和支出相抵，收入超过支出八亿元。", "value", "indicator", "direction", "basis")
    assert got == [(8, "收入", "increase", "较支出")]


def test_a_name_cut_at_a_conjunction_is_no_name():
    assert _names("新增的产值中，由于节约原材料而增加的占40%。") == [(40, None)]


def test_yearly_figures_after_a_colon_are_of_the_measure_named_before_it():
    got = _pick("各年的财政收入(按当年价格计算)：1953年210.5亿元，1954年250.1亿元。", "value", "indicator", "period")
    assert got == [(210.5, "财政收入", "1953年"), (250.1, "财政收入", "1954年")]


# --- session T's leftovers: parts after 其中 share the whole's deed; a count of people takes the crime before it ----

def test_parts_after_qizhong_were_planted_as_the_whole():
    got = _names("全年完成人工造林8600亩，其中油茶2100亩、杉木1500亩。")
    assert got == [(8600, "人工造林面积"), (2100, "油茶造林面积"), (1500, "杉木造林面积")]


def test_a_crop_part_of_a_sown_area_is_sown():
    assert _names("全县粮食播种面积48万亩，其中玉米21万亩。")[1] == (21, "玉米播种面积")


def test_a_count_of_people_prosecuted_takes_the_crime_the_clause_before_names():
    got = _names("严厉打击非法集资犯罪，批捕86人，起诉112人。")
    assert got == [(86, "批捕非法集资犯罪人数"), (112, "起诉非法集资犯罪人数")]


def test_a_count_of_people_prosecuted_with_no_crime_before_keeps_its_deed():
    assert _names("全年起诉1500人。") == [(1500, "起诉人数")]


def test_an_annual_average_is_dated_by_the_sentences_time_not_every_year():
    got = _pick("1985年，全县工业总产值达到3.2亿元，比1980年增长80%，平均每年增长12.5%。平均每年增长4%。", "value", "period")
    assert got == [(3.2, "1985年"), (80, "1985年"), (12.5, "1985年"), (4, None)]
