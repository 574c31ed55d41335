"""Session T, helper meaning5: what counts of homes and of people are named, and the blind sets' general rules.

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _rec(text: str) -> list[tuple]:
    return [(m.value, m.unit, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- homes counted in 套: the homes, the deed, 套数 ----

def test_homes_before_their_deed_are_named_first():
    assert _rec("全市保障性住房已开工3200套，基本建成2100套。") == [
        (3200, "套", "保障性住房开工套数"), (2100, "套", "保障性住房基本建成套数")]


def test_a_deed_before_the_homes_is_put_after_them():
    assert _rec("今年新开工棚户区改造住房4500套。") == [(4500, "套", "棚户区改造住房新开工套数")]
    assert _rec("全年共改造棚户区860套，分配入住420套。") == [
        (860, "套", "棚户区改造套数"), (420, "套", "棚户区分配入住套数")]


def test_a_deed_alone_is_named_alone_when_no_homes_were_named():
    assert _rec("已开工95万套，竣工60万套。") == [(95, "万套", "开工套数"), (60, "万套", "竣工套数")]


def test_the_homes_named_in_one_sentence_do_not_reach_the_next():
    got = _rec("新建公租房300套。竣工150套。")
    assert got == [(300, "套", "公租房新建套数"), (150, "套", "竣工套数")]


def test_other_things_counted_in_tao_keep_their_names():
    assert _rec("购置教学设备40套，安装监控系统12套。") == [
        (40, "套", "购置教学设备数"), (12, "套", "安装监控系统数")]


def test_a_plan_of_homes_is_named_without_tao():
    got = _rec("全县公租房新开工800套，完成省定任务的110%。")
    assert got[1] == (110, "%", "公租房新开工省定任务完成率")


# --- people counted: the noun and 数, or the deed and 人数 ----

def test_people_a_deed_counts_are_the_deed_and_renshu():
    assert _rec("全年执行死刑3人，农村劳动力转移2.4万人。") == [
        (3, "人", "执行死刑人数"), (2.4, "万人", "农村劳动力转移人数")]
    assert _rec("全县出生8200人，死亡5100人。") == [(8200, "人", "出生人数"), (5100, "人", "死亡人数")]
    assert [i for _, _, i in _rec("全年脱贫3400人，脱贫960户。")] == ["脱贫人数", "脱贫户数"]


def test_people_counted_as_a_noun_are_the_noun_and_shu():
    assert [i for _, _, i in _rec("全县在校学生5.6万人，专任教师3800人。")] == ["在校学生数", "专任教师数"]


def test_a_job_found_keeps_its_own_name():
    assert [i for _, _, i in _rec("全年城镇新增就业1.2万人，新增就业800人。")] == ["城镇新增就业", "新增就业"]


# --- blind set 1 (budget execution and procuratorate reports): general rules it showed ----

def test_an_amount_changed_after_a_plans_completion_rate_is_the_measures():
    got = _rec("6月,一般公共预算支出累计完成8800万元,完成预算数30000万元的29.3%,比上年减支410万元,下降4.5%。")
    assert [i for _, _, i in got] == ["一般公共预算支出", "一般公共预算支出预算数", "一般公共预算支出预算数完成率",
                                      "一般公共预算支出", "一般公共预算支出"]


def test_a_share_of_the_years_budget_is_its_completion_rate():
    got = _rec("全县税收收入累计完成5200万元,为年预算的41.6%,同比增长3.1%。")
    assert got[1] == (41.6, "%", "税收收入年预算完成率")


def test_the_organ_that_collected_an_amount_is_the_entity():
    got = _rec("全县财政收入完成9000万元,为年预算的45%。其中:税务部门完成6100万元,为年预算的43%,同比降低2.2%;"
               "财政局完成2900万元。")
    assert [i for _, _, i in got][2:] == ["财政收入", "财政收入年预算完成率", "财政收入", "财政收入"]


def test_a_sentence_that_names_the_measure_it_splits_names_its_parts():
    got = _rec("地方收入按部门分:税务部门完成2210万元,占年初预算4000万元的55.3%,同比下降6.1%。")
    assert [i for _, _, i in got] == ["地方收入", "地方收入年初预算", "地方收入占年初预算比重", "地方收入"]


def test_zhanyong_is_no_share():
    assert _rec("起诉非法占用农用地犯罪310人。") == [(310, "人", "起诉非法占用农用地犯罪人数")]


def test_people_a_crime_or_an_arrest_counted_are_counted_as_people():
    got = _rec("全市检察机关共批捕各类犯罪嫌疑人2350人,起诉破坏环境资源犯罪86人,全年批准逮捕犯罪嫌疑人3.2万人。")
    assert [i for _, _, i in got] == ["批捕犯罪嫌疑人数", "起诉破坏环境资源犯罪人数", "批准逮捕犯罪嫌疑人数"]


def test_a_part_after_qizhong_done_by_the_same_deed_is_the_wholes_count():
    got = _rec("全省法院共审结案件52万件,其中省高院审结3100件,同比分别上升4%和6%。")
    assert [i for _, _, i in got] == ["审结案件数"] * 4


# --- blind set 2 (tourism, employment, courts, a firm's report): general rules it showed ----

def _fields(text: str) -> list[tuple]:
    return [(m.value, m.indicator, m.basis, m.period) for m in speechdoc.parse(text).metrics()]


def test_a_years_same_period_is_a_base_not_a_period():
    got = _fields("2024年1-3月,接待游客310万人次,恢复至2019年同期水平的92%;实现旅游收入28亿元。")
    assert got == [(310, "接待游客人次", None, "2024年1-3月"),
                   (92, "接待游客人次恢复至2019年同期水平比例", None, "2024年1-3月"),
                   (28, "旅游收入", None, "2024年1-3月")]


def test_the_provinces_rate_and_measure_compared_with_are_the_measures_own():
    got = _fields("游客人均花费720元,较全省人均花费低85元,较全省总体增速高2.1个百分点。")
    assert got == [(720, "游客人均花费", None, None), (85, "游客人均花费", "较全省", None),
                   (2.1, "游客人均花费增速", "较全省", None)]


def test_compared_with_last_year_and_with_the_control_lines():
    got = _fields("城镇登记失业率为3.1%,与去年相比降低0.2个百分点,低于省控线0.9个百分点。城镇新增就业6100人,与去年同期相比增长8.5%。")
    assert got == [(3.1, "城镇登记失业率", None, None), (0.2, "城镇登记失业率", "较上年", None),
                   (0.9, "城镇登记失业率", "较省控线", None), (6100, "城镇新增就业", None, None),
                   (8.5, "城镇新增就业", "同比", None)]


def test_a_completion_rate_with_no_subject_is_the_plan_of_the_figure_before():
    got = _rec("全市城镇新增就业人数5200人,完成全年指标任务的104.2%;城镇职工医疗保险参保人数达到12.6万人,实现全年目标数的97.3%。")
    assert [i for _, _, i in got] == ["城镇新增就业人数", "城镇新增就业人数全年指标任务完成率", "城镇职工医疗保险参保人数",
                                      "城镇职工医疗保险参保人数全年目标数完成率"]
    assert [m.kind for m in speechdoc.parse("参保人数达到5万人,实现全年目标数102%。").metrics()] == ["actual", "actual"]


def test_who_found_work_and_an_actual_control_keep_their_names():
    assert [i for _, _, i in _rec("就业困难人员实现就业860人,失业人员实现再就业1500人,城镇登记失业率实际控制在3.5%。")] == [
        "就业困难人员就业", "失业人员再就业", "城镇登记失业率"]


def test_a_firms_report_names_its_own_measures():
    got = _fields("2023年公司实现营业收入58亿元,比上年增长12.5%、营业利润2.60亿元,比上年增长8.1%、利润总额2.9亿元。")
    assert got == [(58, "营业收入", None, "2023年"), (12.5, "营业收入", "较上年", "2023年"), (2.6, "营业利润", None, "2023年"),
                   (8.1, "营业利润", "较上年", "2023年"), (2.9, "利润总额", None, "2023年")]


def test_a_courts_counts_and_the_base_figure_of_a_change():
    got = [(m.value, m.indicator, m.direction, m.basis) for m in speechdoc.parse(
        "全省法院收案56.2万件,比去年60.1万件减少3.9万件。全省法院新收各类案件61万件。").metrics()]
    assert got == [(56.2, "收案数", "level", None), (60.1, "收案数", "level", None), (3.9, "收案数", "decrease", "较上年"),
                   (61, "新收案件数", "level", None)]


# --- blind set 3 (investment promotion, foreign trade, poverty): general rules it showed ----

def test_this_month_is_a_period_and_funds_after_a_set_are_the_sets():
    got = _fields("本月完成到位资金9.6亿元。新建项目40个,本月到位资金2.1亿元;其中工业项目12个,到位资金1.3亿元。")
    assert got == [(9.6, "到位资金", None, "本月"), (40, "新建项目数", None, None), (2.1, "新建项目到位资金", None, "本月"),
                   (12, "工业项目数", None, "本月"), (1.3, "工业项目到位资金", None, "本月")]


def test_a_count_changed_after_it_and_a_standard_of_counting():
    got = _fields("2015年至2019年现行标准下的农村贫困人口由5575万人减少至551万人,年均减少1256万人。")
    assert [(v, i) for v, i, _, _ in got] == [(5575, "农村贫困人口"), (551, "农村贫困人口"), (1256, "农村贫困人口")]


def test_poverty_reduction_is_a_noun_and_a_survey_sample_no_metric():
    got = _fields("据对全国12万户农村居民家庭的抽样调查,每年减贫幅度都在1000万人以上。")
    assert got == [(1000, "减贫幅度", None, "每年")]


def test_an_opening_clause_names_the_figure_after_it_and_its_share():
    assert _fields("贫困地区农村居民人均可支配收入连续保持两位数增长,年均实际增长9.8%。") == [
        (9.8, "贫困地区农村居民人均可支配收入", None, None)]
    assert _fields("国家决算用于社会文教事业的支出,共占本年支出的12.3%。") == [
        (12.3, "国家决算用于社会文教事业的支出占本年支出比重", None, None)]


def test_what_an_investment_built_names_it_and_a_clear_goal_heads_no_plan():
    doc = speechdoc.parse("二、招引目标明确,重点突出\n引进甲公司投资2.5亿元兴建乙物流园区;引进丙集团投资6000万实施丁路改造。\n")
    assert [(m.value, m.indicator, m.kind) for m in doc.metrics()] == [
        (2.5, "乙物流园区投资", "actual"), (6000, "丁路改造投资", "actual")]


# --- blind set 4 (civil affairs relief, plans' goals): general rules it showed ----

def test_households_then_people_are_one_pair_named_alike():
    assert _rec("全县2310户4105人享受城乡低保,其中城市低保820户1533人,退出41户77人。") == [
        (2310, "户", "享受城乡低保户数"), (4105, "人", "享受城乡低保人数"), (820, "户", "城市低保户数"),
        (1533, "人", "城市低保人数"), (41, "户", "退出户数"), (77, "人", "退出人数")]


def test_a_holiday_and_a_stocks_date_are_periods():
    assert _fields("春节期间为560户980人发放慰问金28万元。") == [
        (560, "发放慰问金户数", None, "春节期间"), (980, "发放慰问金人数", None, "春节期间"),
        (28, "慰问金发放额", None, "春节期间")]
    assert _fields("截止5月20日,全镇共有农村低保户310户。")[0][3] == "截止5月20日"


def test_how_often_money_was_paid_names_nothing():
    assert [i for _, _, i in _rec("上半年按月打卡发放农村低保金86.5万元。")] == ["农村低保金发放额"]


def test_a_percentage_goal_of_a_level_is_its_growth_rate():
    got = [(m.value, m.indicator, m.kind, m.period) for m in speechdoc.parse(
        "省政府建议将“十三五”后两年地区生产总值预期目标调整为7%左右。批准地区生产总值年均增长指标由8%左右调整为7%左右。"
        "经济增长预期目标为6%左右。").metrics()]
    assert got == [(7, "地区生产总值增速", "target", "“十三五”后两年"), (8, "地区生产总值增速", "target", None),
                   (7, "地区生产总值增速", "target", None), (6, "经济增长", "target", None)]


def test_people_kept_by_the_state_or_lost_are_counted_as_people():
    assert [i for _, _, i in _rec("全年自然减员42人,集中供养210人。")] == ["自然减员人数", "集中供养人数"]


def test_units_that_overdid_their_task_and_a_list_of_items_as_no_name():
    assert [i for _, _, i in _rec("30项民生实事全部超额完成。")] == ["超额完成民生实事数"]
    assert _rec("对甲、乙等3个中心敬老院进行了维修和提升改造。") == [(3, "个", None)]  # (never 对甲、乙等数)
