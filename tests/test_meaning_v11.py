"""Session V, helper meaning11: a bare head takes the topic the sentence is about (blind set 1: 产业, 园区, 基地
paragraphs of local reports).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- a generic head that opens its clause goes on about the topic of the figure before it ----

def test_output_and_value_after_a_crops_area_are_the_crops():
    assert _names("全县茶叶种植面积发展到12万亩，年产量达到9000吨，产值6.2亿元。") == [
        (12, "茶叶种植面积"), (9000, "茶叶年产量"), (6.2, "茶叶产值")]


def test_a_second_crop_in_the_same_sentence_takes_its_own_topic():
    assert _names("柑橘种植面积达到8万亩，年产量15万吨，产值9亿元，油茶面积4万亩，年产量1200吨，产值2.1亿元。") == [
        (8, "柑橘种植面积"), (15, "柑橘年产量"), (9, "柑橘产值"),
        (4, "油茶面积"), (1200, "油茶年产量"), (2.1, "油茶产值")]


def test_scale_and_yearly_value_after_what_was_added_drop_the_deed():
    assert _names("今年新增食用菌基地1200亩，产业规模达到6000亩，年产值1.8亿元。") == [
        (1200, "新增食用菌基地面积"), (6000, "食用菌基地产业规模"), (1.8, "食用菌基地产业年产值")]


def test_an_area_opened_up_after_a_set_of_parks_investment_is_theirs():
    assert _names("三大园区完成投资12亿元，拓展面积3000亩。") == [(12, "三大园区投资"), (3000, "三大园区拓展面积")]


# --- right or absent: no plain noun phrase before, the bare head stays ----

def test_no_topic_before_keeps_the_bare_head():
    assert _names("全年完成投资12亿元，拓展面积3000亩。") == [(12, "投资"), (3000, "拓展面积")]


def test_a_list_is_no_topic():
    assert _names("棚菜、大姜种植面积5万亩，年产量20万吨。")[1] == (20, "年产量")


def test_a_place_is_no_topic():
    assert _names("河口乡种植面积3000亩，年产量4500吨。")[1] == (4500, "年产量")


# --- a set of projects named with its total goes on owning its planned and done investment ----

def test_planned_and_done_investment_after_a_sets_total_are_the_sets():
    assert _names("园区承担的8个重点项目总投资32亿元，今年计划投资12亿元，累计完成投资2.6亿元，占年任务的21.7%。") == [
        (32, "重点项目总投资"), (12, "重点项目投资"), (2.6, "重点项目完成投资"), (21.7, "重点项目完成投资占年任务比重")]


def test_done_investment_after_a_counted_sets_planned_investment_is_the_sets():
    assert _names("实施重点项目15个，计划投资40亿元，累计完成投资9.5亿元。") == [
        (15, "实施重点项目数"), (40, "实施重点项目投资"), (9.5, "实施重点项目完成投资")]


def test_projects_with_no_set_named_own_nothing():
    assert _names("全年完成项目投资26亿元，累计完成投资80亿元。") == [(26, "项目投资"), (80, "投资")]


# --- a class of projects after 其中 names no money of its own: it is that part of the whole's money ----

def test_classes_of_projects_after_qizhong_take_the_wholes_money():
    assert _names("全年招商引资到位资金86亿元，其中工业项目52亿元，服务业项目21亿元。") == [
        (86, "招商引资到位资金"), (52, "工业项目招商引资到位资金"), (21, "服务业项目招商引资到位资金")]


def test_a_later_class_replaces_the_first_ones():
    assert _names("实际利用外资4亿美元，其中工业类项目2.5亿美元，农业类项目1亿美元。")[1:] == [
        (2.5, "工业类项目实际利用外资"), (1, "农业类项目实际利用外资")]


def test_a_count_of_projects_after_qizhong_is_still_a_count():
    assert _names("新签约项目12个，总投资30亿元，其中工业项目8个。")[2] == (8, "工业项目数")


# --- firms counted by a deed right after a count of firms are those firms ----

def test_firms_put_into_production_after_a_count_of_firms_are_firms():
    assert _names("开发区入驻企业42家，已投产27家，在建9家。") == [
        (42, "入驻企业数"), (27, "投产企业数"), (9, "在建企业数")]


def test_projects_put_into_production_keep_their_old_name():
    assert _names("签约8个，投产5个。") == [(8, "签约项目数"), (5, "投产项目数")]


# --- income or profit a thing 可 bring is a forecast, and the time before 可 is no part of its name ----

def test_income_and_profit_after_ke_are_forecasts_with_clean_names():
    recs = [(m.value, m.indicator, m.kind) for m in speechdoc.parse("养殖基地当年可收入2万元，第二年可盈利8万元。").metrics()]
    assert recs == [(2, "收入", "forecast"), (8, "盈利", "forecast")]


def test_disposable_income_is_not_a_forecast():
    recs = [(m.value, m.indicator, m.kind) for m in speechdoc.parse("农村居民人均可支配收入15800元。").metrics()]
    assert recs == [(15800, "农村居民人均可支配收入", "actual")]


# --- 在征 is a deed (land being requisitioned), not 在 + a level ----

def test_land_being_requisitioned_is_not_the_land_requisitioned_before():
    assert _names("开发区已征用土地1200亩，目前在征350亩，待征90亩。")[1:] == [(350, "在征面积"), (90, "待征面积")]
