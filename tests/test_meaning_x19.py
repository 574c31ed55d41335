"""Session X, helper meaning19: counts and shares whose noun or deed stands apart from the figure (leftovers priced by
session W's meaning12, meaning14 and meaning15): counts before their noun with no deed right before them, shares before
their noun.

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


def test_a_count_after_dui_is_of_what_the_deed_after_it_was_done_to():
    assert _names("省人大常委会对报送备案的312件规范性文件进行主动审查，对2部法律贯彻实施情况开展执法检查。") == [
        (312, "审查报送备案规范性文件数"), (2, "执法检查法律数")]
    # a modifier with its own subject is no part of the name; 提出的…建议 is no goal
    got = speechdoc.parse("对企业和群众提出的85件审查建议逐一研究并依法反馈。").metrics()
    assert [(m.value, m.indicator, m.kind) for m in got] == [(85, "审查建议数", "actual")]


def test_a_count_after_dui_with_no_deed_after_it_stays_unread():
    assert _names("对全市120家企业的支持。") == []


def test_motions_and_the_projects_they_concern_are_counted_by_what_became_of_them():
    text = "12件议案涉及的5个立法项目已经常委会审议通过，30件议案涉及的4件法律草案正在审议。"
    assert _names(text) == [(12, "涉及已审议通过立法项目的议案数"), (5, "审议通过立法项目数"),
                            (30, "涉及正在审议法律草案的议案数"), (4, "正在审议法律草案数")]


def test_people_an_activity_brought_together_are_counted_by_it():
    assert _names("邀请代表600多人次列席常委会会议，组织代表2100人次开展专题调研。") == [
        (600, "邀请代表列席常委会会议人次"), (2100, "组织代表开展专题调研人次")]
    assert _names("邀请158人次代表列席常委会会议。") == [(158, "邀请代表列席常委会会议人次")]
    assert _names("900多名委员参加专题视察。") == [(900, "参加专题视察的委员数")]


def test_people_at_a_meeting_or_sent_with_no_noun_keep_their_old_reading():
    assert _names("300名代表参加会议。") == []
    assert _names("组织1200人参加技能培训。") == [(1200, "参加技能培训人数")]


def test_reports_formed_and_every_item_of_a_deeds_list_are_counted():
    assert _names("深入调查研究，形成18份专题调研报告。") == [(18, "形成专题调研报告数")]
    assert _names("开展4项执法检查、3项专题询问、6项专题调研。") == [
        (4, "开展执法检查数"), (3, "开展专题询问数"), (6, "开展专题调研数")]


def test_a_share_before_its_noun_is_of_the_units_that_did_what_follows():
    assert _names("全市63.5%的业务办理实现全程网办，41.2%的业务办理实现最多跑一次。") == [
        (63.5, "实现全程网办业务比例"), (41.2, "实现最多跑一次业务比例")]
    assert _names("85.6%的政务大厅推行“一窗受理、集成服务”改革。") == [(85.6, "推行一窗受理集成服务改革政务大厅比例")]


def test_a_small_chinese_count_goes_on_a_list_of_counts_of_its_unit():
    text = "立案三千二百件，其中委员提案二千九百件，人民团体提案两件，界别提案四十件，专门委员会提案三件。"
    assert _names(text) == [(3200, "立案数"), (2900, "委员提案数"), (2, "人民团体提案数"), (40, "界别提案数"),
                            (3, "专门委员会提案数")]


def test_a_small_chinese_count_with_no_list_before_it_stays_a_word():
    assert _names("抓一件成一件，最重要的一条。") == []


def test_a_setting_verb_of_the_clause_before_does_not_make_the_next_count_a_plans_structure():
    assert _names("制定措施5项，修订制度23条。") == [(23, "修订制度数")]
    assert _names("提出了12项具体措施，明确了7项指标。") == []


def test_reaching_or_passing_is_one_verb_before_a_figure():
    assert _names("全市空气质量优良天数比例达到或者超过85%。") == [(85, "空气质量优良天数比例")]
    assert _names("饮用水水源地水质达标率达到或优于100%。") == [(100, "饮用水水源地水质达标率")]
    # inside a name it stays
    assert _names("地表水国控断面水质达到或优于Ⅲ类的比例达到90%。") == [(90, "地表水国控断面水质达到或优于Ⅲ类的比例")]


def test_a_ratio_to_one_is_one_figure():
    got = speechdoc.parse("城乡居民收入比由2.6:1缩小到2.2:1，出生人口性别比为106:100。").metrics()
    assert [(m.value, m.unit, m.indicator) for m in got] == [
        (2.6, None, "城乡居民收入比"), (2.2, None, "城乡居民收入比"), (106, None, "出生人口性别比")]
    assert _names("三次产业结构调整为9.5:41.2:49.3。") == [(9.5, "三次产业结构"), (41.2, "三次产业结构"),
                                                       (49.3, "三次产业结构")]
    assert _names("本场比分为3:1。") == []


def test_suggestions_put_forward_are_counted_as_suggestions():
    assert _names("代表们共提出建议4120件。") == [(4120, "建议数")]


def test_counts_of_a_list_are_counted_by_what_was_done_to_all_of_them():
    assert _names("1260件代表议案、38000件代表建议已全部办理完毕。") == [
        (1260, "办理代表议案数"), (38000, "办理代表建议数")]


def test_what_a_body_handled_or_seized_shares_the_deed_along_the_list():
    assert _names("共办理代表建议210件、代表审议意见1800余条、日常建议96件。") == [
        (210, "办理代表建议数"), (1800, "办理代表审议意见数"), (96, "办理日常建议数")]
    assert _names("查缴涉案渔获物12万余公斤、涉案船舶340余艘。") == [(12, "查缴涉案渔获物"), (340, "查缴涉案船舶数")]


def test_the_coverage_of_facilities_counted_is_theirs_not_their_counts():
    text = "全省共设立政务大厅120个，乡镇共设立便民服务中心1500个，覆盖率分别为95.1%、97.6%。"
    assert _names(text) == [(120, "设立政务大厅数"), (1500, "设立便民服务中心数"), (95.1, "政务大厅覆盖率"),
                            (97.6, "便民服务中心覆盖率")]


def test_who_did_it_all_before_gong_is_the_entity():
    assert _names("全国政协某次会议共提交提案4800件，大会共收到提案4800件。") == [(4800, "提交提案数"), (4800, "收到提案数")]
    assert _names("全县公共服务中心30个。") == [(30, "公共服务中心数")]


def test_a_heading_about_handling_proposals_heads_no_plan():
    got = speechdoc.parse("一是做好代表议案和建议办理工作。代表提出的建议已全部办理，办结率100%。").metrics()
    assert [(m.value, m.kind) for m in got] == [(100, "actual")]
    got = speechdoc.parse("三、今后工作建议\n全年地区生产总值增长6%。").metrics()
    assert [(m.value, m.kind) for m in got] == [(6, "target")]


def test_a_stock_counted_up_to_a_month_of_a_year_is_dated_by_that_month():
    got = speechdoc.parse("截至2019年6月，全省共设立便民服务中心1200个。").metrics()
    assert [(m.value, m.period) for m in got] == [(1200, "截至2019年6月")]
    got = speechdoc.parse("截止10月，排查入境人员169人。").metrics()
    assert [(m.value, m.period) for m in got] == [(169, None)]


def test_people_named_by_what_they_did_keep_it():
    assert _names("在委员2100人中，提交提案的委员达1850人，占总人数的88%。") == [
        (1850, "提交提案的委员数"), (88, "提交提案的委员占总人数比重")]
    assert _names("参加学习的代表5200多人次。") == [(5200, "参加学习的代表人次")]


def test_a_fall_in_a_word_and_a_merger_of_cases_are_names():
    assert _names("减少幅度达58.3%。") == [(58.3, "减少幅度")]
    assert _names("并案、撤案210件。") == [(210, "并案、撤案数")]


def test_members_who_put_proposals_forward_are_counted_by_it():
    assert _names("1850位委员提交提案") == [(1850, "提交提案委员数")]
