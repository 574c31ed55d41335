"""Session V, helper meaning10: blind set 1 (the goals part of work reports and speeches at economic work
conferences: 主要预期目标, 左右, 以内, 力争, and speeches that mix the year's review with its goals).

Texts are written here, modelled on the patterns of real pages (never copied)."""
import speechdoc


def _recs(text: str) -> list[tuple]:
    return [(m.value, m.indicator, m.kind) for m in speechdoc.parse(text).metrics()]


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


# --- one figure of two measures joined by 和 (M3) ----

def test_two_measures_joined_by_he_each_take_the_figure_of_jun():
    assert _names("明年的主要预期目标是，城镇居民人均可支配收入和农村居民人均可支配收入均增长7%左右。") == [
        (7, "城镇居民人均可支配收入、农村居民人均可支配收入")]


def test_two_rates_joined_by_he_share_one_figure():
    assert _names("今年城镇调查失业率和登记失业率稳定在4.5%左右。") == [(4.5, "城镇调查失业率、登记失业率")]


def test_two_amounts_joined_by_he_with_no_jun_may_be_a_sum():
    assert _names("一般公共预算收入和政府性基金收入合计86亿元。") == [(86, "一般公共预算收入和政府性基金收入")]


def test_a_list_of_values_after_he_is_not_joined():
    assert _names("出口总额和进口总额分别增长6%、4%。") == [(6, "出口总额"), (4, "进口总额")]


# --- a ratio to a whole, and a part's share after 其中 ----

def test_a_ratio_written_with_xiangdangyu_drops_its_de():
    assert _names("全社会研发经费支出相当于全市生产总值的比例保持在3.2%左右。") == [
        (3.2, "全社会研发经费支出相当于生产总值比例")]


def test_a_parts_share_after_qizhong_is_of_the_measure_just_named():
    assert _names("全县固定资产投资增长16.5%，其中工业投资所占比重由31%提高到35%。") == [
        (16.5, "固定资产投资"), (31, "工业投资占固定资产投资比重"), (35, "工业投资占固定资产投资比重")]


# --- a headline told again by the text ----

def test_a_headline_that_names_its_figure_takes_the_kind_told_after_it():
    text = ("市政府工作报告提出今年主要预期目标\n"
            "今年地区生产总值增长6%左右\n"
            "21日，市人大会议开幕。今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；"
            "规上工业增加值增长7%。\n")
    assert _recs(text) == [(6, "地区生产总值", "target"), (6, "地区生产总值", "target"),
                           (7, "规上工业增加值", "target")]


def test_a_headline_of_what_was_done_stays_done():
    text = ("去年全县地区生产总值增长6.1%\n"
            "据统计，去年全县地区生产总值增长6.1%，规上工业增加值增长8%。\n")
    assert [k for _, _, k in _recs(text)] == ["actual", "actual", "actual"]
