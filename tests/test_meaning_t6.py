"""Session T, helper meaning6: blind set 1 (safety accidents, food sampling, forestry, science and technology).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _rec(text: str) -> list[tuple]:
    m = speechdoc.parse(text).metrics()
    return [(x.value, x.unit, x.indicator, x.direction, x.basis, x.period) for x in m]


# --- accidents counted in 起, and the people they killed ----

def test_accidents_that_happened_are_counted_in_qishu():
    got = _rec("上半年，全省共发生各类生产安全事故120起、死亡98人，同比分别下降12.5%、8.4%。")
    assert got == [
        (120, "起", "生产安全事故起数", "level", None, "上半年"),
        (98, "人", "生产安全事故死亡人数", "level", None, "上半年"),
        (12.5, "%", "生产安全事故起数", "decrease", "同比", "上半年"),
        (8.4, "%", "生产安全事故死亡人数", "decrease", "同比", "上半年")]


def test_a_kind_of_accident_names_its_count_and_its_toll():
    got = _rec("发生较大事故3起、死亡11人。")
    assert [(v, i) for v, _, i, *_ in got] == [(3, "较大事故起数"), (11, "较大事故死亡人数")]


def test_a_bare_accident_keeps_who_had_it():
    assert _rec("今年煤矿发生事故2起。")[0][2] == "煤矿事故起数"


def test_deaths_not_right_after_an_accident_count_keep_their_own_name():
    got = _rec("发生火灾事故5起，全年死亡2人。")
    assert [(v, i) for v, _, i, *_ in got] == [(5, "火灾事故起数"), (2, "死亡人数")]


def test_cases_counted_in_qi_keep_the_case_name():
    assert _rec("全年侦办案件2.3万起。")[0][2] == "侦办案件数"


# --- samples counted in 批次 ----

def test_samples_are_counted_in_pici():
    got = _rec("全年共完成食品抽检2150批次，检出不合格样品61批次，总体不合格率2.84%。")
    assert [(v, u, i) for v, u, i, *_ in got] == [
        (2150, "批次", "食品抽检批次"), (61, "批次", "检出不合格样品批次"), (2.84, "%", "总体不合格率")]


def test_samples_per_thousand_people_is_one_unit():
    got = _rec("抽检量达到4.2批次/千人。")
    assert [(v, u, i) for v, u, i, *_ in got] == [(4.2, "批次/千人", "抽检量")]


# --- a base's own count, written before the change from it ----

def test_the_base_count_is_a_level_and_the_change_is_compared():
    got = _rec("2022年，全区共完成抽检9800批次，比2021年的8600批次增加了1200批次。")
    assert got == [
        (9800, "批次", "抽检批次", "level", None, "2022年"),
        (8600, "批次", "抽检批次", "level", None, "2021年"),
        (1200, "批次", "抽检批次", "increase", "较2021年", "2022年")]


def test_last_years_count_with_de_is_kept_too():
    got = _rec("全年受理案件950件，比去年的820件增加了130件。")
    assert [(v, d, b) for v, _, _, d, b, _ in got] == [(950, "level", None), (820, "level", None), (130, "increase", "较上年")]


# --- the year-end with no year named ----

def test_jiezhi_nianidi_is_a_period():
    got = _rec("截至年底，全县授权发明专利86件，同比增长21%；技术市场实现交易额5200万元。")
    assert [p for *_, p in got] == ["截至年底"] * 3


# --- blind set 2: market entities, high-tech industry ----

def test_a_change_of_new_firms_is_a_change_of_their_number():
    got = _rec("前三季度，新设制造业企业增长8.2%；第一、二产业新设企业同比分别增长21.5%、9.4%。")
    assert [(v, i) for v, _, i, *_ in got] == [
        (8.2, "新设制造业企业数"), (21.5, "第一产业新设企业数"), (9.4, "第二产业新设企业数")]


def test_a_holding_per_head_names_its_measure():
    got = _rec("全市每千人拥有企业数由2021年底的25.3户增长到28.1户，平均每千人拥有市场主体96.4户。")
    assert [(v, i) for v, _, i, *_ in got] == [
        (25.3, "每千人拥有企业数"), (28.1, "每千人拥有企业数"), (96.4, "每千人拥有市场主体数")]


def test_a_net_change_a_day_after_the_new_ones_a_day():
    got = _rec("上半年，全省日均新设企业820户，日均净增510户。")
    assert [(v, i, d) for v, _, i, d, *_ in got] == [(820, "日均新设企业数", "level"), (510, "日均净增企业数", "increase")]


def test_new_ones_a_day_said_without_their_object():
    got = _rec("一季度新设市场主体3.2万户，同比增长6.1%，平均每天新设356户。")
    assert got[-1][:3] == (356, "户", "日均新设市场主体数")


def test_the_end_of_a_month_after_jiezhi_is_a_period():
    got = _rec("截至9月末，全区登记在册市场主体共计12.6万户。")
    assert got[0][5] == "截至9月末"


def test_the_year_a_figure_is_reckoned_by_is_no_period():
    got = _rec("按2020年底常住人口计算，平均每千人拥有企业31.2户。")
    assert got == [(31.2, "户", "每千人拥有企业数", "level", None, None)]


# --- meaning5's leftover: money spent on a fund is the fund's spending ----

def test_funds_spent_are_named_as_their_spending():
    got = _rec("全年共支出低保金860万元，支出临时救助经费45万元。")
    assert [(v, i) for v, _, i, *_ in got] == [(860, "低保金支出"), (45, "临时救助经费支出")]


def test_a_total_spent_keeps_its_noun():
    assert _rec("本年支出总数300万元。")[0][2] == "本年支出总数"


# --- meaning5's leftover: a scope written once before a list of one-character items ----

def test_a_scope_before_one_character_items_is_the_whole_lists():
    got = _rec("年末金融机构存、贷款余额分别为410亿元和335亿元。")
    assert [(v, i) for v, _, i, *_ in got] == [(410, "金融机构存款余额"), (335, "金融机构贷款余额")]


def test_two_character_items_are_not_cut():
    got = _rec("粮食、油料产量分别增长2.1%、3.4%。")
    assert [(v, i) for v, _, i, *_ in got] == [(2.1, "粮食产量"), (3.4, "油料产量")]


# --- the subject of a sentence's counts is carried to counts of the same things only (lead, session T) ----

def test_a_count_of_other_things_takes_no_subject_from_the_people_before_it():
    # 死亡 named the people; the accidents of last year and their fall are counted in 起: not 死亡数 (right or absent)
    # (the deaths, a clause of their own right after the accidents, are theirs: session W, meaning14)
    got = _rec("全年发生事故34起，死亡21人，比去年的52起减少了18起。")
    assert [(v, u, i) for v, u, i, *_ in got] == [
        (34, "起", "事故起数"), (21, "人", "事故死亡人数"), (52, "起", None), (18, "起", None)]


def test_counts_of_the_same_things_still_share_their_subject():
    assert [i for _, _, i, *_ in _rec("项目开工40项，竣工15项。")] == ["项目开工数", "项目竣工数"]
    assert [i for _, _, i, *_ in _rec("签约8个，开工5个。")] == ["签约项目数", "签约项目开工数"]
    assert [i for _, _, i, *_ in _rec("入园企业30家，在建6家。")] == ["入园企业数", "在建企业数"]


def test_a_count_takes_no_name_from_an_amount_before_it():
    # 收入 was measured in 元; the visitors of last year and their rise are counted in 人次: not 收入人次 (right or absent)
    got = _rec("全年接待游客34万人次、收入21亿元，比去年的52万人次增加了18万人次。")
    assert [(v, u, i) for v, u, i, *_ in got] == [
        (34, "万人次", "接待游客人次"), (21, "亿元", "收入"), (52, "万人次", None), (18, "万人次", None)]
    # a count changed after the same count keeps its name
    assert [i for _, _, i, *_ in _rec("就业人员77451万人，比上年末增加198万人。")] == ["就业人员", "就业人员"]
