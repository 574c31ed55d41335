"""Session W, helper meaning13: metric meaning in health, medical-insurance, education and elderly-care reports
(blind sets of 卫健委/医保/教育/民政 pages).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _rows(text: str) -> list[tuple]:
    return [(m.value, m.indicator, m.kind) for m in speechdoc.parse(text).metrics()]


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- a task's figure in parentheses after a rate is that rate's goal ----

def test_a_yearly_task_in_parentheses_is_the_rates_goal():
    assert _rows("高血压患者规范管理率66.2%(全年任务60%)，糖尿病患者规范管理率63.8%(年度目标60%)。") == [
        (66.2, "高血压患者规范管理率", "actual"), (60, "高血压患者规范管理率", "target"),
        (63.8, "糖尿病患者规范管理率", "target"), (60, "糖尿病患者规范管理率", "target")]


# --- people counted by how they were looked after, and the rate of that care ----

def test_people_under_health_management_are_counted_as_people():
    assert _names("全镇65岁以上老年人健康管理3200人，高血压患者随访管理1800人。") == [
        (3200, "65岁以上老年人健康管理人数"), (1800, "高血压患者随访管理人数")]


def test_a_rate_that_opens_with_the_counts_deed_is_that_counts_rate():
    assert _names("辖区65岁以上老年人中医药健康管理5120人，健康管理率71.3%。") == [
        (5120, "65岁以上老年人中医药健康管理人数"), (71.3, "65岁以上老年人中医药健康管理率")]


def test_a_rate_sharing_only_a_short_word_keeps_its_name():
    assert _names("全年城镇新增就业3100人，就业率96%。") == [(3100, "城镇新增就业"), (96, "就业率")]


# --- beds and staff said bare after a count of institutions are those institutions' ----

def test_beds_and_staff_after_a_count_of_clinics_are_theirs():
    assert _names("年末全省共有乡镇卫生院1320个，床位4.6万张，卫生人员5.2万人，床位增加0.3万张。") == [
        (1320, "乡镇卫生院数"), (4.6, "乡镇卫生院床位"), (5.2, "乡镇卫生院卫生人员"), (0.3, "乡镇卫生院床位")]


def test_a_schools_students_keep_their_own_name():
    assert _names("义务教育学校420所，在校生数31万人。") == [(420, "义务教育学校数"), (31, "在校生数")]


# --- a level named in a clause with no figure names the figure after it, and its goal ----

def test_a_level_that_rose_names_the_figure_after_it_and_the_goal():
    assert _rows("全县居民健康素养水平稳步提升，2023年达31.5%，提前2年实现了2025年的目标值(30%)。") == [
        (31.5, "居民健康素养水平", "actual"), (30, "居民健康素养水平", "target")]


# --- names: a balance's 累计, a country before a per-head measure, a dangling 对 ----

def test_a_cumulative_balance_keeps_its_name():
    assert _names("医保统筹基金当期结余120亿元，累计结余860亿元。") == [
        (120, "医保统筹基金当期结余"), (860, "累计结余")]


def test_the_country_before_life_expectancy_is_the_entity():
    assert _names("中国人均预期寿命达到78.2岁。") == [(78.2, "人均预期寿命")]


def test_a_name_cut_at_its_preposition_names_nothing():
    assert _names("民政部门全年对近三万困难群众进行了临时救助。") == [(3, None)]


def test_a_pages_read_counter_is_no_metric():
    assert _names("[资讯] 时间:2024-03-01 来源:本站 点击:2380次\n全县新建村卫生室12个。") == [(12, "新建村卫生室数")]


# --- set 2: education and elderly-care reports ----

def test_a_count_compared_with_a_named_year_keeps_that_base():
    got = [(m.value, m.basis) for m in speechdoc.parse("全区普惠性幼儿园86所，比2020年增加12所。").metrics()]
    assert got == [(86, None), (12, "较2020年")]


def test_a_years_end_written_with_a_second_year_is_that_years_end():
    got = [(m.value, m.period) for m in speechdoc.parse(
        "截至2021年年底，全县有养老机构46个。2021年年末收住老人1800人。").metrics()]
    assert got == [(46, "截至2021年年底"), (1800, "2021年年末")]


def test_since_this_year_said_short_is_a_span():
    assert [m.period for m in speechdoc.parse("今年来，全县实施教育项目28个。").metrics()] == ["今年来"]


def test_students_counted_by_the_exam_they_passed_are_people():
    assert _names("县一中本科上线612人。") == [(612, "县一中本科上线人数")]


def test_adding_by_zeng_is_one_deed():
    assert _names("全县增设公办幼儿园12所，增建校舍4800平方米。") == [(12, "增设公办幼儿园数"), (4800, "增建校舍面积")]


def test_beds_per_thousand_elderly_keep_their_per_head():
    assert _names("全市每千名老年人有养老床位36张。") == [(36, "每千名老年人养老床位张数")]


def test_the_means_of_adding_places_is_no_part_of_the_name():
    assert _names("全市通过新建改扩建等方式新增学位1.2万个。") == [(1.2, "新增学位数")]


def test_a_total_count_takes_no_second_count_word():
    assert _names("全市养老服务综合体总量达到36家。") == [(36, "养老服务综合体总量")]


def test_a_daily_capacity_is_named_by_the_capacity():
    assert _names("老年助餐服务供应能力达到每天约3万人次。") == [(3, "老年助餐服务供应能力")]


def test_a_rate_applied_to_a_base_is_the_measures_share_of_it():
    assert _names("养老床位数按照户籍老年人口的3%配置。") == [(3, "养老床位数占户籍老年人口比例")]


# --- count names left over from session V ----

def test_a_firm_named_as_an_example_is_no_part_of_the_class():
    assert _names("全年引进甲公司等企业12家。") == [(12, "引进企业数")]


def test_people_sent_to_take_part_are_counted_by_what_they_joined():
    assert _names("全年组织860人参加技能培训，动员1500余人参与义务植树。") == [
        (860, "参加技能培训人数"), (1500, "参与义务植树人数")]


def test_a_list_of_unit_nouns_inside_a_count_is_one_noun():
    assert _names("今年建成8个村、社区综合服务中心。") == [(8, "建成村社区综合服务中心数")]


def test_kinds_of_insurance_listed_share_the_insurance_and_its_measure():
    assert _names("全县基本养老、失业、工伤保险参保人数分别为31万人、6万人、7万人。") == [
        (31, "基本养老保险参保人数"), (6, "失业保险参保人数"), (7, "工伤保险参保人数")]
