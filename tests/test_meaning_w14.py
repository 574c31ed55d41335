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


# --- set 2: 人大常委会 and 政协 work reports ----

def test_what_a_congress_handled_is_counted_after_its_deed():
    assert _names("一年来，共听取审议18个专项工作报告，检查4件法律实施情况，作出2项决议。") == [
        (18, "听取审议专项工作报告数"), (4, "检查法律实施情况数"), (2, "作出决议数")]


def test_the_next_count_in_the_list_shares_the_deed():
    assert _names("一年来，开展3次专题询问、9项专题调研。") == [(3, "开展专题询问次数"), (9, "开展专题调研数")]
    assert _names("今年举办4次业务培训班和2次外出培训班。") == [(4, "举办业务培训班次数"), (2, "举办外出培训班次数")]


def test_events_counted_in_chang_keep_their_unit():
    assert _names("组织开展15场银企对接。") == [(15, "开展银企对接场数")]


def test_revisions_counted_in_jianci():
    assert _names("五年来，制定法律30件，修改法律85件次。") == [(30, "制定法律数"), (85, "修改法律件次")]


def test_a_negation_and_a_word_with_you_stay_in_the_name():
    assert _names("已经审议尚未通过的法律案12件。") == [(12, "审议尚未通过的法律案数")]
    assert _names("作出法律解释2件、有关法律问题的决定5件。")[1] == (5, "有关法律问题的决定数")


def test_the_standing_committee_is_no_part_of_the_name():
    assert _names("一年来，市人大常委会共审议地方性法规草案9件。") == [(9, "审议地方性法规草案数")]
    assert _names("经审查立案112件。") == [(112, "立案数")]


def test_a_national_federation_keeps_its_name():
    assert _names("全国工商联提案86件。") == [(86, "全国工商联提案数")]


def test_proposals_handled_otherwise_are_the_whole_the_share_is_of():
    assert _names("共收到提案120件，经审查立案112件，作为意见处理的8件，占提案总数的6.7%。") == [
        (120, "收到提案数"), (112, "立案数"), (8, "作为意见处理提案数"), (6.7, "作为意见处理提案占提案总数比重")]


def test_periods_of_a_session_and_of_a_date_in_chinese_numerals():
    assert _periods("政协十一届三次会议以来，共收到提案310件。") == [(310, "十一届三次会议以来")]
    assert _periods("本届以来，共收到提案900件。") == [(900, "本届以来")]
    assert _periods("截至今年二月十日，百分之九十五以上的提案已经办复。") == [(95, "截至今年二月十日")]


def test_a_span_from_last_years_session_to_now_is_no_period_of_last_year():
    assert _periods("去年两会至今，委员提交提案3200件。") == [(3200, None)]


# --- set 3: police statistics, a county standing committee, proposals handled by a government ----

def test_a_count_of_a_deed_in_a_list_of_counts_is_its_own():
    assert _names("今年，现行刑事案件破案数、逮捕数同比分别上升4.1%、7.3%。") == [
        (4.1, "现行刑事案件破案数"), (7.3, "逮捕数")]
    assert _names("今年，受理案件数、结案数同比分别上升3.2%、2.5%。") == [(3.2, "受理案件数"), (2.5, "结案数")]


def test_a_bare_toll_count_in_a_list_is_still_the_accidents():
    assert _names("道路交通事故起数、死亡人数同比分别下降6.5%和9.1%。") == [
        (6.5, "道路交通事故起数"), (9.1, "道路交通事故死亡人数")]


def test_the_government_that_handled_them_is_no_part_of_the_name():
    assert _names("今年，县政府承办人大代表建议96件。") == [(96, "承办人大代表建议数")]


def test_a_loss_said_bare_after_the_accidents_is_theirs():
    assert _names("全年发生火灾事故57起,死伤6人,直接经济损失320万元。")[2] == (320, "火灾事故直接经济损失")
    assert _names("发生火灾事故57起，全年直接经济损失320万元。")[1] == (320, "直接经济损失")
