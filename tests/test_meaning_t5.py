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
