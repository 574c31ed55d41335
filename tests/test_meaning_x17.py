"""Session X, helper meaning17: metric meaning in commerce, foreign trade and investment promotion (商务、外贸、招商)
reports, and in culture-and-tourism, sports and human-resources (文旅、体育、人社) reports.

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


def _records(text: str) -> list[tuple]:
    return [(m.value, m.indicator, m.direction, m.basis, m.period) for m in speechdoc.parse(text).metrics()]


# --- set 1: 商务、外贸、招商 ----

def test_imports_and_exports_after_qizhong_name_their_own_money():
    assert _names("全县外贸进出口总额8600万美元，同比增长6.1%。其中进口2100万美元，增长3.2%；"
                  "出口6500万美元，总额居全市第三位，增长7%。") == [
        (8600, "外贸进出口总额"), (6.1, "外贸进出口总额"), (2100, "进口"), (3.2, "进口"), (6500, "出口"), (7, "出口")]


def test_a_bare_total_ranked_restates_the_figure_before():
    assert _names("出口1.2亿美元，总量居全省第五位，同比增长9%。") == [(1.2, "出口"), (9, "出口")]


def test_a_gap_to_the_task_schedule_is_that_of_the_completion_rate():
    assert _records("今年出口3.1亿美元。完成全年出口目标任务的58.2%，超任务进度8.2个百分点。")[1:] == [
        (58.2, "出口全年目标任务完成率", "level", None, None),
        (8.2, "出口全年目标任务完成率", "increase", "较任务进度", None)]
    assert _records("实际利用外资4200万美元，完成年度目标的76%，超目标进度26个百分点。")[2] == (
        26, "实际利用外资年度目标完成率", "increase", "较目标进度", None)


def test_a_year_plan_named_by_its_measure_is_no_period():
    assert [m.period for m in speechdoc.parse("完成全年进口目标任务的61%。").metrics()] == [None]
    assert _names("完成年度投资计划的35%。") == [(35, "年度投资计划完成率")]  # (投资计划 is a plan's own name)


def test_a_growth_in_times_after_a_count_is_the_count_s():
    assert _names("外派劳务人员达到120人，较上年同期增长1.5倍。") == [(120, "外派劳务人员数"), (1.5, "外派劳务人员数")]


def test_the_count_of_the_listed_measures_is_no_part_of_their_names():
    assert _names("全县进出口、出口、进口三项增速分别高于全市平均增速的4.2、5.1、2.3个百分点。") == [
        (4.2, "进出口增速"), (5.1, "出口增速"), (2.3, "进口增速")]


def test_a_respectively_list_takes_the_measures_the_clause_before_sums_up():
    assert _names("全区利用外资的新批项目数、合同外资、实际利用外资三项指标全面增长，分别比去年同期增长了25%、48%和31%。") == [
        (25, "新批项目数"), (48, "合同外资"), (31, "实际利用外资")]


def test_a_colon_list_of_places_after_a_ranking_takes_its_measure():
    assert _names("1~9月份，实际利用外资居前3位的分别是：甲县2.1亿美元、乙区1.6亿美元、丙市8800万美元。") == [
        (2.1, "实际利用外资"), (1.6, "实际利用外资"), (8800, "实际利用外资")]


def test_places_counted_before_their_measure_are_the_entity():
    assert _names("前三季度，30个省对外开放重点县(市、区)出口完成8.4亿美元。") == [(8.4, "出口")]
    assert _names("12个县区财政收入增长10%。") == [(10, "财政收入")]


def test_a_ranking_split_among_places_is_no_count():
    assert _names("乙县为1.2亿美元、丙县为0.9亿美元，分列2到3位。") == [(1.2, None), (0.9, None)]


def test_last_year_s_months_stay_last_year_s():
    assert [m.period for m in speechdoc.parse("去年前10个月实际利用外资同比增长超80%").metrics()] == ["去年前10个月"]
    assert [m.period for m in speechdoc.parse("去年1-10月，出口增长6%。").metrics()] == ["去年1-10月"]


def test_a_deed_on_people_listed_is_done_to_their_set():
    assert _names("共培训电工、焊工等技术工人320人次。") == [(320, "培训技术工人人次")]
    assert _names("引进甲、乙等招商项目12个。") == [(12, "招商项目数")]


# --- set 2: 文旅、体育、人社 ----

def test_an_anonymised_year_of_three_marks_is_a_period_and_no_name():
    assert _records("据预测，xxx年全县接待游客总量将达到320万人次。") == [
        (320, "接待游客总量", "level", None, "xxx年")]


def test_a_clause_of_only_a_time_and_a_verb_gives_the_measure_again():
    assert _names("1至10月，全省城镇新增就业52万人，预计全年将超过60万人。") == [
        (52, "城镇新增就业"), (60, "城镇新增就业")]
    assert _names("近年来，全县城镇新增就业每年超过3000人，2022年达3600人。") == [
        (3000, "城镇新增就业"), (3600, "城镇新增就业")]


def test_re_employment_keeps_its_re():
    assert _names("全年再就业培训超过2万人。") == [(2, "再就业培训人数")]


def test_a_span_of_months_written_with_a_box_dash():
    assert [m.period for m in speechdoc.parse("1─6月，全市城镇新增就业人员3.2万人。").metrics()] == ["1─6月"]


def test_every_kind_of_the_new_ones_is_no_kind():
    assert _names("前三季度实现城镇新增各种就业人员4.6万人。") == [(4.6, "城镇新增就业人员")]


def test_an_amount_followed_by_bing_and_a_deed_is_an_amount():
    assert _names("财政投入3亿余元并积极引进社会资本。") == [(3, "财政投入")]
    assert _names("完成10亿元并购项目2个。") == [(2, "10亿元并购项目数")]


def test_counts_after_a_subsidy_or_a_cover_keep_the_deed():
    assert _names("全年补助120个场馆，覆盖约80个县级行政区域。") == [
        (120, "补助场馆数"), (80, "覆盖县级行政区域数")]


def test_sports_instructors_are_counted_as_people():
    assert _names("全市共有社会体育指导员8200人。") == [(8200, "社会体育指导员数")]


def test_the_summed_list_may_follow_a_sentence_of_figures():
    assert _names("合同外资3200万美元，同比增长41%，创历史新高。\n全县的新批项目数、合同外资、实际利用外资三项指标全面增长，"
                  "分别比去年同期增长了20%、41%和12%。")[2:] == [(20, "新批项目数"), (41, "合同外资"), (12, "实际利用外资")]


def test_the_measure_a_place_ranks_by_names_its_figure():
    assert _names("前三季度，甲区以2.6亿美元的出口总额遥遥领先，乙县为1.4亿美元、丙县为0.9亿美元。") == [
        (2.6, "出口总额"), (1.4, "出口总额"), (0.9, "出口总额")]
    assert _names("甲县以12.5亿元的财政收入位居全市第一。") == [(12.5, "财政收入")]
    assert _names("以2亿元的规模居全国前列。") == []  # (a scale ranked by names no measure: still no figure)
