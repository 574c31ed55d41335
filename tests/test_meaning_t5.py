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
