"""Session W, helper meaning14: metric meaning in discipline-inspection (纪检监察) and police (公安) reports, and in
people's congress standing committee (人大常委会) and CPPCC (政协) work reports.

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


def _periods(text: str) -> list[tuple]:
    return [(m.value, m.period) for m in speechdoc.parse(text).metrics()]


# --- set 1: 纪检监察 and 公安 ----

def test_the_toll_said_in_a_word_after_the_accidents_is_theirs():
    assert _names("全年发生道路交通事故812起,死95人,伤340人。") == [
        (812, "道路交通事故起数"), (95, "道路交通事故死亡人数"), (340, "道路交通事故受伤人数")]
    assert _names("发生火灾事故57起,死伤9人。") == [(57, "火灾事故起数"), (9, "火灾事故死伤人数")]


def test_a_toll_with_more_words_keeps_its_own_name():
    assert _names("发生火灾事故5起，全年死亡2人。") == [(5, "火灾事故起数"), (2, "死亡人数")]


def test_people_hurt_are_counted_in_people():
    assert _names("今年受伤310人。") == [(310, "受伤人数")]


def test_people_sent_to_an_organ_are_people_not_organs():
    assert _names("今年立案86件,移送司法机关7人,组织处理15人。") == [
        (86, "立案数"), (7, "移送司法机关人数"), (15, "组织处理人数")]


def test_a_part_after_a_sentence_opening_qizhong_does_the_same_deed():
    assert _names("今年共处置问题线索1500件,同比增长8.1%。其中,市纪委处置96件,同比增长3.2%。") == [
        (1500, "处置问题线索数"), (8.1, "处置问题线索数"), (96, "处置问题线索数"), (3.2, "处置问题线索数")]


def test_a_count_of_the_organs_that_did_it_is_no_part_of_the_name():
    assert _names("上半年,9个乡镇纪委共处置问题线索64件。") == [(64, "处置问题线索数")]
    assert _names("今年县警方共破获命案11起。") == [(11, "破获命案数")]


def test_every_kind_seized_adds_nothing_to_the_name():
    assert _names("收缴各类毒品12.5公斤。") == [(12.5, "收缴毒品")]


def test_a_span_from_a_year_is_no_period_of_that_year():
    assert _periods("从2021年开始开展专项行动,共侦办案件320起。") == [(320, None)]
    assert _periods("2021年,共侦办案件320起。") == [(320, "2021年")]


def test_a_count_of_cases_inside_a_headline_name_is_dropped():
    assert _names("市公安局前10月破获35起命案 破案率达97%") == [(97, "命案破案率")]


def test_a_bare_clearance_rate_after_cases_solved_is_theirs():
    assert _names("全年侦破刑事案件2300起,破案率达到61%。") == [(2300, "侦破刑事案件数"), (61, "刑事案件破案率")]


def test_the_next_kinds_of_people_went_through_the_same_deed():
    assert _names("处分县处级干部3人,乡科级干部21人,农村、企业等其他人员150人。") == [
        (3, "处分县处级干部数"), (21, "处分乡科级干部数"), (150, "处分其他人员数")]


def test_a_kind_of_people_with_another_head_keeps_its_own_name():
    assert _names("培训农村劳动力500人,城镇青年300人。")[1] == (300, "城镇青年数")
