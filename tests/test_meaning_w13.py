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
