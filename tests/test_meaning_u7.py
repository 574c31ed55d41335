"""Session U, helper meaning7: blind set 1 (local work reports of 市/县/区: 民生 — schools, health, insurance,
employment, relief — and the economy's review).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _rec(text: str) -> list[tuple]:
    return [(m.value, m.indicator, m.direction, m.period, m.qualifier) for m in speechdoc.parse(text).metrics()]


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- 达标率 is a rate, not the verb 达 before 标率 ----

def test_a_compliance_rate_keeps_its_da():
    assert _names("全县集中式饮用水源地水质达标率100%，城区空气质量达标率达到了93.5%。") == [
        (100, "集中式饮用水源地水质达标率"), (93.5, "城区空气质量达标率")]


# --- money paid: lists of funds, long names, and the 等 that closes a list ----

def test_funds_paid_together_are_named_as_paid():
    assert _names("全年发放城乡低保金、特困供养金2650万元，发放残疾人两项补贴、高龄津贴等980万元。") == [
        (2650, "城乡低保金、特困供养金发放额"), (980, "残疾人两项补贴、高龄津贴发放额")]


def test_a_long_fund_name_is_named_as_paid():
    assert _names("发放一次性扩岗补助和稳岗返还资金1520万元。")[0][1] == "一次性扩岗补助和稳岗返还资金发放额"


def test_a_fund_paid_to_whom_says_first_is_still_the_fund():
    # (支出 and 发放 of a single fund were named so before: the list is what is new)
    assert _names("发放各类惠农补贴956万元。") == [(956, "惠农补贴发放额")]


# --- those a payment reached ----

def test_people_a_payment_reached_are_its_beneficiaries():
    assert _names("发放就业补助资金860万元、惠及3.2万人。") == [
        (860, "就业补助资金发放额"), (3.2, "就业补助资金惠及人数")]


def test_benefit_alone_with_nothing_before_names_nothing():
    assert _names("惠及1.5万人。") == [(1.5, None)]


def test_people_a_deed_was_done_for_are_named_by_the_deed():
    assert _names("向全县城乡低保对象、特困人员2.1万人发放救助金1.3亿元。") == [
        (2.1, "发放救助金人数"), (1.3, "救助金发放额")]


# --- one figure each item of a list has (均, 都: M3) ----

def test_each_item_of_a_list_with_jun_is_named():
    assert _names("小学、初中入学率均达到100%。") == [(100, "小学入学率、初中入学率")]
    assert _names("基本养老、基本医疗参保率都稳定在97%以上。")[0][1] == "基本养老参保率、基本医疗参保率"
    # (城乡 before a list is read as a town-and-country pair: a name it cannot read apart is kept as written)
    assert _names("城乡居民基本养老、基本医疗参保率均稳定在97%以上。")[0][1] == "城乡居民基本养老、基本医疗参保率"


def test_items_with_their_own_measures_keep_the_name_as_written():
    got = _names("县级政务服务事项网上可办率、一窗受理率均要达到95%以上。")
    assert got[0][1] == "县级政务服务事项网上可办率、一窗受理率"


def test_a_sum_of_a_list_without_jun_is_not_split():
    assert _names("城镇和农村低保资金3200万元。")[0][1] == "城镇和农村低保资金"


def test_the_de_before_a_shared_rate_is_dropped():
    assert _names("全市基本养老、医疗保险的参保率分别达96%、99%。") == [
        (96, "基本养老保险参保率"), (99, "医疗保险参保率")]  # (the kinds share 保险 too: meaning13)


# --- facilities built: the deed and the facility go on along a 、-list ----

def test_a_deed_alone_after_a_list_item_takes_its_facilities():
    assert _names("竣工中小学12所、开工建设20所。") == [(12, "竣工中小学数"), (20, "开工建设中小学数")]


def test_bare_facilities_take_the_deed_of_the_first_item():
    assert _names("改建、新建农村桥梁36座、泵站18座。") == [(36, "改建、新建农村桥梁数"), (18, "改建、新建泵站数")]
    assert _names("新建学校5所、医院3家。") == [(5, "新建学校数"), (3, "新建医院数")]


def test_people_after_facilities_do_not_take_the_deed():
    got = _names("新建学校5所、在校学生3000人。")
    assert got[1][1] != "新建在校学生数"


def test_schools_newly_opened_are_counted():
    assert _names("新开办公办幼儿园6所，新开办4所民办幼儿园。") == [(6, "新开办公办幼儿园数"), (4, "新开办民办幼儿园数")]


# --- training held, the year's end ----

def test_the_light_verb_of_a_training_is_no_part_of_its_name():
    assert _names("开展农村劳动力转移就业技能培训3600人。") == [(3600, "农村劳动力转移就业技能培训人数")]


def test_the_year_end_said_alone_is_a_period():
    assert _rec("年末城镇登记失业率控制在3.1%以内。") == [(3.1, "城镇登记失业率", "level", "年末", "以下")]


def test_a_deadline_at_the_year_end_is_no_period():
    assert _rec("年底前完成改造120户。")[0][3] is None


# --- blind set 2 (区/县 reviews: innovation, schools, health, care, ecology, county social affairs) ----

def test_new_stays_with_its_own_item():
    # (house rule: 新增 does not go on along a list, as with areas: 新增设施农业2万亩、有机农业800亩 → 有机农业面积)
    assert _names("新增托育机构6家、托位380个。") == [(6, "新增托育机构数"), (380, "托位数")]


def test_success_is_no_part_of_what_was_created():
    assert _names("成功创建省级重点专科4个、市级区域医疗中心2个。") == [
        (4, "创建省级重点专科数"), (2, "创建市级区域医疗中心数")]


def test_a_verb_before_a_list_closed_by_deng_names_the_count_after_it():
    assert _names("打造甲社区、乙社区等8个社区治理示范点。") == [(8, "打造社区治理示范点数")]


def test_people_rewarded_or_hired_are_counted_by_what_was_done_to_them():
    assert _names("奖励扶持860人。") == [(860, "奖励扶持人数")]
    assert _names("公开竞聘了9名乡镇卫生院院长和140名医务人员。")[0][1] == "公开竞聘人数"


def test_units_closed_down_are_counted():
    assert _names("4个水泥厂如期关停。") == [(4, "关停水泥厂数")]


# --- blind set 3 (county 民生 reviews, forestry and air, a county's 民生实事 progress) ----

def test_relief_is_no_fall():
    assert _rec("减免各项税费2.3亿元。") == [(2.3, "减免各项税费", "level", None, None)]


def test_the_verb_of_a_list_of_amounts_goes_on():
    assert _names("减免税费1.2亿元、房屋租金800万元，发放低保金2600万元、临时救助金70万元。") == [
        (1.2, "减免税费"), (800, "减免房屋租金"), (2600, "低保金发放额"), (70, "临时救助金发放额")]


def test_a_built_deed_goes_on_to_lengths_and_joined_deeds():
    assert _names("新建改造城区道路5条、停车位300个、供水管网42.5千米。") == [
        (5, "新建改造城区道路数"), (300, "新建改造停车位数"), (42.5, "新建改造供水管网")]


def test_units_being_worked_on_or_put_to_use_are_counted_by_the_deed():
    assert _names("新高中等3所学校正在装修，甲公园等2个足球场投入使用，乙等4所医院正开展等级评审。") == [
        (3, "正在装修学校数"), (2, "投入使用足球场数"), (4, "正开展等级评审的医院数")]


def test_a_works_own_share_done_is_its_completion_rate():
    assert _names("县城区污水处理厂土建已完成75%。") == [(75, "县城区污水处理厂土建完成率")]
    # (去年同期则完成24%: a time is no work; its name is not made a completion rate)
    assert _names("全县基本建设投资完成年计划27%，去年同期则完成24%。")[1][1] != "去年同期则完成率"


def test_full_coverage_names_the_coverage_rate():
    assert _names("基层综合性文化服务中心实现了100%全覆盖。") == [(100, "基层综合性文化服务中心覆盖率")]


def test_a_name_ending_with_deng_names_nothing():
    got = _names("甲至乙等6条40公里县乡道路正在施工。")
    assert all(not (i or "").endswith("等") for _, i in got)


def test_people_who_benefited_are_counted():
    assert _names("1860名患者受益。") == [(1860, "受益患者数")]


# --- blind set 4 (district and city reviews, a county's five-year review) ----

def test_a_count_of_projects_that_names_the_invested_set_is_no_metric():
    # (M2, decision 15: the count names which projects; the investment is the metric)
    assert _names("58个水利项目完成投资21.6亿元。") == [(21.6, "水利项目投资")]
    assert _names("实施项目120个，完成投资30亿元。")[0] == (120, "实施项目数")


def test_kuayue_fazhan_is_a_noun():
    assert _names("老区跨越发展工程重点帮扶村6个。") == [(6, "老区跨越发展工程重点帮扶村数")]
    assert _names("全市经济总量跨越1000亿元。") == [(1000, "经济总量")]
