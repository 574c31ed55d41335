"""What a figure means, in patterns met on pages the development corpus does not hold.

Whose growth is it? Reports give an amount, its share of a plan or total, then its growth in
one breath: 完成生产总值28.39亿元，占年度计划的24.1%，同比增长16.4%. The 16.4% is the growth
of the output (生产总值), not of its share of the plan; a change of the share itself is written
in points (比重提高2个百分点) and stays the share's. And: the people of a place is no count,
what the statistics show has happened, 城乡…分别 names towns then countryside, and 要 before
an adverb (要年均增长) still sets a target.
"""
from __future__ import annotations

import speechdoc

TEXT = ("一、经济运行的基本特点\n"
        "预计第一季度全区完成生产总值28.39亿元，占年度计划的24.1%，同比增长16.4%。"
        "全区完成工业总产值52.73亿元，占年度计划23%，同比增长41%。"
        "202家规模以上工业企业实现总产值45.05亿元，完成年度计划22.8%，比增48.2%。"
        "工业支出为85.44亿元，占经济建设费总数的53.22%，比上年实际增长46.02%。"
        "服务业增加值占生产总值的比重达到45.3%，比上年提高1.2个百分点。\n")


def _by_value(doc: speechdoc.Document) -> dict[float, str | None]:
    return {m.value: m.indicator for m in doc.metrics()}


def test_a_growth_after_a_share_is_the_amounts():
    got = _by_value(speechdoc.parse(TEXT))
    assert got[16.4] == "生产总值"
    assert got[41] == "工业总产值"
    assert got[48.2] == got[45.05] == "规模以上工业总产值"  # the firms' output, not their count (202家)
    assert got[46.02] == "工业支出"


def test_the_shares_and_a_change_of_a_share_stay_the_shares():
    got = _by_value(speechdoc.parse(TEXT))
    assert got[24.1] == "生产总值占年度计划比重"
    assert got[53.22] == "工业支出占经济建设费总数比重"
    assert got[45.3].endswith("比重") and got[1.2].endswith("比重")


def test_the_people_of_a_place_is_no_count():
    # 六亿人民 / 四十万人民: rhetoric about the people, not 6 亿人 of something called 民…
    doc = speechdoc.parse("这是关系到全国六亿人民的事情。我们要凝聚四十万人民发展共识。全县常住人口40万人，增长1.2%。")
    assert [(m.value, m.unit, m.indicator) for m in doc.metrics()] == [(40, "万人", "常住人口"), (1.2, "%", "常住人口")]


def test_what_the_statistics_show_under_a_plan_heading_has_happened():
    # a heading that names tasks (形势任务) makes its figures targets, but not the ones the
    # statistics are quoted for
    text = ("一、深刻把握形势任务\n最新统计数据显示，全县规上工业增加值增长5.2%，低于全市平均水平2.1个百分点。"
            "全县规上工业增加值要增长8%以上。\n")
    kinds = [(m.value, m.kind) for m in speechdoc.parse(text).metrics()]
    assert kinds == [(5.2, "actual"), (2.1, "actual"), (8, "target")]


def test_towns_and_countryside_respectively():
    # 城乡居民…分别: the first value is the towns' (城镇), the second the countryside's (农村)
    for text in ("城乡居民人均可支配收入分别达到4.1万元、1.9万元。", "城镇和农村居民人均可支配收入分别达到4.1万元和1.9万元。"):
        got = [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]
        assert got == [(4.1, "城镇居民人均可支配收入"), (1.9, "农村居民人均可支配收入")], text
    one = speechdoc.parse("城乡居民人均可支配收入增长8%。").metrics()
    assert [m.indicator for m in one] == ["城乡居民人均可支配收入"]


def test_a_target_with_an_adverb_between_its_modal_and_its_verb():
    for text in ("全省工业增加值要年均增长15%以上。", "城乡居民收入要分别增长8%和9%。"):
        assert {m.kind for m in speechdoc.parse(text).metrics()} == {"target"}, text
    assert [m.kind for m in speechdoc.parse("五年来，全省工业增加值年均增长15%。").metrics()] == ["actual"]


def test_the_care_of_sign_typed_for_percent():
    # ℅ (U+2105) is what some input methods give for %: 增长15℅ is a 15 % growth
    doc = speechdoc.parse("全县生产总值实现131487万元，同比增长15℅；财政总收入增长57.7℅。")
    assert [(m.value, m.unit) for m in doc.metrics()] == [(131487, "万元"), (15, "%"), (57.7, "%")]
    assert doc.metrics()[1].text == "同比增长15℅"  # the text as written


def test_a_base_year_is_no_period():
    # (the whole keeps its 全省: session X decision, a share of the whole area's total keeps the area, as the dev gold does)
    # 比2012年增长: 2012 is what the figure is compared with; the period is the sentence's 2013年
    text = "2013年全省县域地区生产总值达到16055.89亿元，占全省生产总值的65.53%，比2012年增长8.82%。"
    got = [(m.value, m.indicator, m.period) for m in speechdoc.parse(text).metrics()]
    assert got == [(16055.89, "县域地区生产总值", "2013年"), (65.53, "县域地区生产总值占全省生产总值比重", "2013年"),
                   (8.82, "县域地区生产总值", "2013年")]
    old = speechdoc.parse("一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍。").metrics()
    assert [(m.indicator, m.period) for m in old] == [("农业用拖拉机台数", "一九六四年")]


def test_the_years_ahead_set_targets():
    for text in ("今后五年，全市生产总值年均增长6%以上。", "未来三年，新建学校10所。"):
        assert [m.kind for m in speechdoc.parse(text).metrics()] == ["target"], text
    assert [m.kind for m in speechdoc.parse("过去五年，全市生产总值年均增长6%。").metrics()] == ["actual"]


def test_a_base_period_is_a_basis_not_the_period():
    # 比上半年高1.5个百分点: 上半年 is what the quarter is compared with; the period stays 三季度
    text = "三季度，全县实现地区生产总值125.95亿元，同比增长3.6%，比上半年高1.5个百分点，比全市高1.7个百分点。"
    got = [(m.value, m.basis, m.period) for m in speechdoc.parse(text).metrics()]
    assert got == [(125.95, None, "三季度"), (3.6, "同比", "三季度"), (1.5, "较上半年", "三季度"), (1.7, "较全市", "三季度")]


def test_cuts_respectively():
    # 削减 is one verb (not 削 + 减): nothing of it belongs to the second subject
    doc = speechdoc.parse("二氧化硫排放量和化学需氧量分别削减3013吨和1498吨。")
    assert [(m.indicator, m.direction) for m in doc.metrics()] == [("二氧化硫排放量", "decrease"), ("化学需氧量", "decrease")]


def test_a_list_of_growth_figures_that_lost_their_percent():
    # a site that dropped every %: each figure of the list is still a growth (unit null, M7)
    doc = speechdoc.parse("规模以上工业企业实现产值 23 亿元，实现税金 8000 万元，分别比上年增长 21 和 9.4。"
                          "一产、二产、三产分别增长 8.1、7.5 和 9。")
    got = [(m.value, m.unit, m.indicator) for m in doc.metrics() if m.unit is None]
    assert got == [(21, None, "规模以上工业产值"), (9.4, None, "规模以上工业税金"), (8.1, None, "一产"), (7.5, None, "二产"), (9, None, "三产")]
    # a number followed by a word is no such figure
    assert [m.value for m in speechdoc.parse("工业增长 2 和 3 季度持平。").metrics()] == []


def test_an_achieved_figure_after_a_planned_one_is_actual():
    # 计划 sets the target of its own figure; 累计完成 in a later clause reports what was done
    text = "纳入重点督办项目82个，计划投资总额331654万元，累计完成投资103730.73万元。"
    assert [(m.value, m.kind) for m in speechdoc.parse(text).metrics()] == [
        (82, "actual"), (331654, "target"), (103730.73, "actual")]


def test_words_around_a_count_are_not_its_name():
    # 共/共有, 由…发展到, 收到, 还不到 say how the figure is reached, not what it counts
    doc = speechdoc.parse("小型加工业专业户发展到 7013 户。纳入上级考核的项目共6个。"
                          "科学研究机构将由44个发展到60个。其他收入收到903065000元。但使用面积还不到百分之五十。")
    got = _by_value(doc)
    assert (got[7013], got[6], got[60], got[903065000], got[50]) == (
        "小型加工业专业户数", "纳入上级考核的项目数", "科学研究机构数", "其他收入", "使用面积")


def test_a_plans_completion_rate_names_the_amount_before_it():
    # 完成年计划的52% right after an amount: the plan is that amount's; after 均 it is several
    # amounts' and no single one is named; a streak of years or a 首次 is no part of a name
    doc = speechdoc.parse("上半年，全镇实现入库税收3212万元，完成年计划的52%。"
                          "投资9亿元，拓展面积6840亩，均完成年度计划的90%。"
                          "粮食年产量连续5年稳定在13000亿斤以上，粮食产量首次突破1.4万亿斤。")
    got = _by_value(doc)
    assert got[52] == "入库税收年计划完成率"
    assert got[90] == "年度计划完成率"
    assert (got[13000], got[1.4]) == ("粮食年产量", "粮食产量")


def test_a_time_after_zai_and_an_adverb_are_not_the_measure():
    # 在这段期间 / 在一九五八年一年中间 say when; 也/亦 say "too": the measure is named before them
    doc = speechdoc.parse("经常开支在这段期间亦上升百分之三十三。生活资料工业的产值在一九五八年一年中间也增长了百分之三十四。"
                          "粮食产量也增长了百分之八十三。")
    assert [m.indicator for m in doc.metrics()] == ["经常开支", "生活资料工业的产值", "粮食产量"]


def test_raised_and_lowered_are_directions():
    doc = speechdoc.parse("最低工资标准上调10%。贷款利率下调0.25个百分点。")
    assert [(m.indicator, m.direction) for m in doc.metrics()] == [
        ("最低工资标准", "increase"), ("贷款利率", "decrease")]


def test_what_a_plan_sets_out_to_do_is_a_target():
    # 计划实施/计划新建…: a planned figure (and the investment of the same plan); 争取 is no part of a name;
    # behind schedule (比时序进度慢) is a fall against the schedule
    doc = speechdoc.parse("“十四五”期间，计划实施重点项目300个，总投资1500亿元。全年争取新开工亿元以上项目30个。"
                          "截至目前，已完成固定资产投资45亿元，仅完成年度任务的22.5%，比时序进度慢2.5个百分点。")
    got = [(m.value, m.indicator, m.kind) for m in doc.metrics()][:3]
    assert got == [(300, "实施重点项目数", "target"), (1500, "实施重点项目总投资", "target"),
                   (30, "新开工亿元以上项目数", "target")]
    behind = doc.metrics()[-1]
    assert (behind.value, behind.direction, behind.basis, behind.kind) == (2.5, "decrease", "较时序进度", "actual")


def test_a_gap_to_the_goal_is_actual_and_since_is_no_name():
    # 高于目标0.5个百分点 measures what was done against the goal (unless a goal word asks for it);
    # 今年以来 says since when, not what
    doc = speechdoc.parse("年初确定的目标是地区生产总值增长8%，实际增长8.5%，高于目标0.5个百分点。"
                          "今年规上工业增加值增速要高于目标2个百分点。今年以来共接待游客860万人次。")
    got = [(m.value, m.basis, m.kind) for m in doc.metrics()]
    assert got[2] == (0.5, "较目标值", "actual") and got[3] == (2, "较目标值", "target")
    assert doc.metrics()[-1].indicator == "接待游客人次"


def test_an_outcome_after_its_goal_is_actual():
    # 实际增长 opening its clause reports the outcome; with a subject of its own in a list of goals
    # (城镇居民人均可支配收入实际增长5%) it is still a goal
    text = ("二、2024年工作安排\n主要预期目标是：地区生产总值增长6%；城镇居民人均可支配收入实际增长5%。"
            "年初确定的目标是地区生产总值增长8%，实际增长8.5%。")
    assert [(m.value, m.kind) for m in speechdoc.parse(text).metrics()] == [
        (6, "target"), (5, "target"), (8, "target"), (8.5, "actual")]


def test_a_round_hundred_or_thousand_of_a_currency_is_an_amount():
    # 突破百亿元 / 千亿元大关: an amount; 百亿元企业 (a size class), 百名干部, 千万不能: not
    doc = speechdoc.parse("旅游收入突破百亿元，增长一倍以上。全县生产总值突破千亿元大关。"
                          "培育百亿元企业5家。千万不能大意，百名干部下基层。")
    assert [(m.value, m.unit, m.indicator) for m in doc.metrics()] == [
        (100, "亿元", "旅游收入"), (1, "倍", "旅游收入"), (1000, "亿元", "生产总值"), (5, "家", "培育百亿元企业数")]


def test_a_breakdown_by_place_keeps_the_measure_not_the_place():
    # 其中，城关镇完成5.2亿元: the town's share of the investment just reported (M5: the entity is no
    # part of the indicator); common words that end like a place (城镇, 社区, 农村) stay names
    text = ("一季度，全县完成固定资产投资32.5亿元，同比增长12.1%。其中，城关镇完成5.2亿元，增长15.3%；"
            "龙泉镇完成3.1亿元，下降2.4%；高新区完成8.6亿元，增长20.5%。新建农村公路150公里，城镇新增就业1200人。")
    got = [m.indicator for m in speechdoc.parse(text).metrics()]
    assert got[:8] == ["固定资产投资"] * 8
    assert got[8:] == ["新建农村公路", "城镇新增就业"]


def test_a_rank_move_after_a_named_rank_is_that_rates_rank():
    # 居全省第5位 is an ordinal (no metric), but the move after it is the rank of the rate it names
    doc = speechdoc.parse("全市GDP增速居全省第5位，比上年前移2位。")
    assert [(m.value, m.indicator, m.direction) for m in doc.metrics()] == [(2, "GDP增速位次", "increase")]


def test_modal_words_units_and_ages():
    # 将/可以 before the verb are no part of the name; 比上一年 is the basis 较上年; 万羽 counts poultry;
    # 跃上 is a verb; a person's age is no metric; N年增长 is a span, not the measure
    doc = speechdoc.parse("全部建成后增加的年产能力将为六百一十万吨。机器制造工业总产值比上一年增长百分之二十七。"
                          "完成生猪6870头、家禽3.1万羽、上市水产品220吨。经济总量跃上千亿元台阶。"
                          "这位55岁，在井下坚持工作30多年的女同志。人均预期寿命达到78.2岁。")
    got = [(m.indicator, m.value, m.unit, m.basis) for m in doc.metrics()]
    assert got == [("年产能力", 610, "万吨", None), ("机器制造工业总产值", 27, "%", "较上年"),
                   ("生猪", 6870, "头", None), ("家禽", 3.1, "万羽", None), ("上市水产品", 220, "吨", None),
                   ("经济总量", 1000, "亿元", None), ("人均预期寿命", 78.2, "岁", None)]
    assert speechdoc.parse("存款余额达到2180亿元，五年增长1.42倍。").metrics()[1].indicator == "存款余额"


def test_the_years_a_plan_covers_are_its_period():
    text = "今后五年，全市经济社会发展的主要目标是：地区生产总值年均增长7%左右，到2025年突破4000亿元。"
    assert [(m.value, m.period, m.kind) for m in speechdoc.parse(text).metrics()] == [
        (7, "今后五年", "target"), (4000, "2025年", "target")]


def test_yue_ending_a_word_is_no_qualifier():
    # 节约/签约 end in 约 but say nothing about how exact the figure is; 约30亿元 does;
    # 12个亿元项目 counts projects, it is not 12 个亿
    doc = speechdoc.parse("全年节约资金约200万元，节约3.5%。签约项目总投资约30亿元。签约12个亿元项目。")
    got = [(m.value, m.unit, m.hedge) for m in doc.metrics()]
    assert got == [(200, "万元", "约"), (3.5, "%", None), (30, "亿元", "约"), (12, "个", None)]


def test_against_each_base_and_the_schedule():
    # 分别高于全国、全省…: one measure against each base in turn (not two measures); 1.2个和0.8个百分点:
    # the first 个 stands for 个百分点; 超过时间进度 is ahead of the schedule; 开工率 is a rate, not 开工 + 率;
    # 完成年度计划开工的80.8% is the share of a plan done (actual), 计划完成投资 a plan (target)
    doc = speechdoc.parse("完成固定资产投资120亿元，增长12%，分别高于全国、全省平均水平3.2、1.5个百分点。"
                          "城镇和农村居民收入分别增长8%和9%，分别高于全市1.2个和0.8个百分点。")
    got = [(m.indicator, m.value, m.unit, m.basis) for m in doc.metrics()]
    assert got[2:4] == [("固定资产投资增速", 3.2, "个百分点", "较全国"), ("固定资产投资增速", 1.5, "个百分点", "较全省")]
    assert got[6:] == [("城镇居民收入增速", 1.2, "个百分点", "较全市"), ("农村居民收入增速", 0.8, "个百分点", "较全市")]
    doc = speechdoc.parse("1-10月项目累计完成投资629.0亿元，占年度投资计划的97.2%，超过时间进度13.8个百分点。"
                          "截至3月底，开工率51.2%。目前实际已开工206项，完成年度计划开工的80.8%。计划完成投资50亿元。")
    got = [(m.value, m.indicator, m.direction, m.basis, m.kind) for m in doc.metrics()]
    assert got[2] == (13.8, "项目投资占年度投资计划比重", "increase", "较时间进度", "actual")
    assert got[3][1] == "开工率"
    assert (got[5][0], got[5][4], got[6][0], got[6][4]) == (80.8, "actual", 50, "target")


def test_a_count_that_opens_its_clause_counts_the_units_that_did_something():
    # 27个项目进行设备安装调试…: the count is the subject of what the units did (a metric, named by
    # that predicate); 成立3个工作组开展督查 (the count is an object) and 42项重大实施项目 (a name) are not
    doc = speechdoc.parse("已有62个项目竣工投产，27个项目进行设备安装调试或完成主体工程。"
                          "全镇4个村开展“一事一议”项目，共筹资33.5万元。成立3个工作组开展督查。")
    assert [(m.value, m.indicator) for m in doc.metrics()] == [
        (62, "竣工投产项目数"), (27, "进行设备安装调试或完成主体工程的项目数"),
        (4, "开展“一事一议”项目的村数"), (33.5, "筹资额")]
    assert [m.value for m in speechdoc.parse("42项重大实施项目仅完成年度投资计划的35.3%。").metrics()] == [35.3]


def test_an_investment_after_a_named_set_of_projects_is_that_sets():
    # 纳入市级调度的112个重点项目 names the set (its count is no metric here: 的 makes it a name);
    # the 总投资 right after it is that set's
    doc = speechdoc.parse("纳入市级调度的112个重点项目，总投资77.8亿元。全年完成投资50亿元，总投资80亿元。")
    assert [(m.value, m.indicator) for m in doc.metrics()] == [
        (77.8, "市级调度重点项目总投资"), (50, "投资"), (80, "总投资")]


def test_a_part_named_by_a_modifier_after_qizhong():
    # 其中吃粮的22333亩: the part of the same measure that the modifier names
    doc = speechdoc.parse("我镇已完成退耕还林27155亩(其中吃粮的22333亩)。完成投资50亿元，其中民间的20亿元。")
    assert [(m.value, m.indicator) for m in doc.metrics()] == [
        (27155, "退耕还林面积"), (22333, "吃粮退耕还林面积"), (50, "投资"), (20, "民间投资")]


def test_qualifier_is_a_bound_and_hedge_the_rest():
    # rule M9: the qualifier is one of 左右 以上 以下 不低于 (至少/不能低于 → 不低于, 以内 → 以下); 近, 约,
    # 余/多, 突破, 超过/逾 make the figure approximate or open-ended and go to hedge, never to qualifier
    doc = speechdoc.parse("全年共发放惠农补贴956万余元，创税收近2000万元，竹笋产业产值突破15亿元，"
                          "实际利用外资逾5亿美元，接待游客约1200万人次。今年预期目标：生产总值增长6%左右，"
                          "新增就业1万人以上，失业率控制在4.5%以内，招商引资额度不能低于10个亿。")
    got = [(m.value, m.qualifier, m.hedge) for m in doc.metrics()]
    assert got == [(956, None, "多"), (2000, None, "近"), (15, None, "突破"), (5, None, "超过"),
                   (1200, None, "约"), (6, "左右", None), (1, "以上", None), (4.5, "以下", None),
                   (10, "不低于", None)]
    rows = doc.to_records("metrics")
    assert [(r["qualifier"], r["hedge"]) for r in rows[:2]] == [(None, "多"), (None, "近")]
    assert [m.value for m in doc.select("metric[hedge=近]")] == [2000]
    q = speechdoc.parse_quantity("1000多万元")
    assert (q.value, q.unit, q.qualifier, q.hedge) == (1000, "万元", None, "多")


def test_comparisons_unseen_pages_write():
    # 低了/高了 are a direction like 低/高; bases before 分别 (比全国全区分别…, 比全国和全省…) are one
    # base a value; 高于年初目标 / 高于与省会商目标 compare with the goal (an actual figure); a named year
    # is a base kept as written; 两年平均增长 measures the sentence's subject, not 两年
    doc = speechdoc.parse("一季度全市地区生产总值同比增长15.2%，高于与自治区会商目标6.2个百分点，"
                          "比2019年一季度增长19.3%，两年平均增长9.2%。这个增速比全国低了3.1个百分点。"
                          "一产增加值增速比全国全区分别低了0.5个和0.1个百分点。"
                          "全市工业增速比全国和全省平均水平分别高2.1和1.1个百分点。")
    got = [(m.value, m.indicator, m.direction, m.basis, m.kind) for m in doc.metrics()]
    assert got == [
        (15.2, "地区生产总值", "increase", "同比", "actual"),
        (6.2, "地区生产总值增速", "increase", "较目标值", "actual"),
        (19.3, "地区生产总值", "increase", "较2019年一季度", "actual"),
        (9.2, "地区生产总值", "increase", None, "actual"),
        (3.1, "地区生产总值增速", "decrease", "较全国", "actual"),  # 这个增速: the last rate named
        (0.5, "一产增加值增速", "decrease", "较全国", "actual"),
        (0.1, "一产增加值增速", "decrease", "较全区", "actual"),
        (2.1, "工业增速", "increase", "较全国", "actual"),
        (1.1, "工业增速", "increase", "较全省", "actual"),
    ]


def test_counted_things_and_their_verb():
    # 新增5家联盟 is a level count of 新增联盟 (as 新增就业 is); the firms counted before 实现总产值 are
    # its subject; a bare 增速 never becomes the base of the next one (增速增速); 比如 and 例如 only
    # introduce; a placeholder glued to GDP is still a figure
    doc = speechdoc.parse("全国第四季度增速比一季度高出13.3个百分点，全区第四季度增速比一季度高出7个百分点。"
                          "新增5家省级产业技术创新战略联盟。XX家上市后备企业完成产值XX亿元。"
                          "比如规上工业增加值比全国低了6.3个百分点。全区实现GDPXX亿元。")
    got = [(m.value, m.placeholder, m.indicator, m.direction) for m in doc.metrics()]
    assert got == [
        (13.3, False, "增速", "increase"),
        (7, False, "增速", "increase"),
        (5, False, "新增省级产业技术创新战略联盟数", "level"),
        (None, True, "上市后备企业产值", "level"),
        (6.3, False, "规上工业增加值增速", "decrease"),
        (None, True, "GDP", "level"),
    ]


def test_project_sets_and_what_they_own():
    # 其中亿元以上项目 is the size class of the projects just counted; 总金额 and a bare amount after a
    # count of projects are that set's; 多达 is a verb; 争取各类补助 is money obtained (actual), 争取+goal
    # a target; 开复工 licenses a count; a quoted name (“两重一实”) stays in the counted noun
    doc = speechdoc.parse("上半年新签约项目12个，总金额30亿元，其中亿元以上项目5个，待签约项目4个，8亿元，"
                          "在谈项目和接洽项目多达20个。1-7月份，财政争取各类补助总计300万元，同比增长12%。"
                          "75个“两重一实”项目中，已开复工50个项目。争取全年实现生产总值增长7%。")
    got = [(m.value, m.indicator, m.kind) for m in doc.metrics()]
    assert got == [
        (12, "新签约项目数", "actual"),
        (30, "新签约项目总金额", "actual"),
        (5, "新签约亿元以上项目数", "actual"),
        (4, "待签约项目数", "actual"),
        (8, "待签约项目总金额", "actual"),
        (20, "在谈项目和接洽项目数", "actual"),
        (300, "财政争取各类补助", "actual"),
        (12, "财政争取各类补助", "actual"),
        (75, "两重一实项目数", "actual"),
        (50, "开复工项目数", "actual"),
        (7, "生产总值", "target"),
    ]


def test_items_of_a_town_report():
    # 占全年任务100.6% is the share done (actual) and 全年任务 no period; a bare head after a ; is a new
    # item (税收, not 工农业税收) unless the modifier was the subject of 实现 (金融机构实现存款余额…；贷款余额);
    # 这些项目 names the set; a count after an amount is not a part of that amount
    doc = speechdoc.parse("截止2007年底，全镇工农业总产值完成10.6亿元，同比增长32%；税收完成539.46万元，"
                          "占全年任务100.6%。金融机构实现存款余额60.9亿元；贷款余额达到60.1亿元。"
                          "这些项目总投资5.8亿元，其中投资超亿元的2个。")
    got = [(m.value, m.indicator, m.kind, m.period) for m in doc.metrics()]
    assert got == [
        (10.6, "工农业总产值", "actual", "截止2007年底"),
        (32, "工农业总产值", "actual", "截止2007年底"),
        (539.46, "税收", "actual", "截止2007年底"),
        (100.6, "税收占全年任务比重", "actual", "截止2007年底"),
        (60.9, "金融机构存款余额", "actual", None),
        (60.1, "金融机构贷款余额", "actual", None),
        (5.8, "项目总投资", "actual", None),
        (2, None, "actual", None),
    ]


def test_a_clause_between_names_the_measure():
    # a clause with no figure that opens with a measure (财政收入再创新高) names the next bare figure, not
    # the sentence's earlier measure; 跨越/迈过 are verbs; 可比/名义 like 实际 are no part of a name; a
    # bullet (■) opens no name; a clause with no measure in it changes nothing (经济运行稳中有进)
    doc = speechdoc.parse("全市生产总值跨越5000亿元，辖内财政收入迈过千亿大关，达1330亿元，同比增长8%。"
                          "全市生产总值完成500亿元，经济运行稳中有进，增长8%。\n"
                          "■地方一般公共预算收入可比增长7.5%。")
    got = [(m.value, m.indicator) for m in doc.metrics()]
    assert got == [(5000, "生产总值"), (1330, "财政收入"), (8, "财政收入"), (500, "生产总值"), (8, "生产总值"),
                   (7.5, "地方一般公共预算收入")]


def test_bases_of_a_five_year_review():
    # 是2022年的2.4倍: the base is the same measure in 2022 (a basis, not the period); 比“九五”期间增幅高
    # and 高出“九五”期间 compare with a plan's span (basis kept as written, quotes made even); 国营工业所占的
    # 比重由1954年的59% is 国营工业所占比重; 45万人口 counts 人口 (人 of 人口 is no unit)
    doc = speechdoc.parse("预计2023年实现生产总值95亿元，是2022年的2.4倍，年均增长19%，比“九五〞期间增幅高8个百分点；"
                          "地方财政收入4.39亿元，高出“九五”期间增幅14.9个百分点。国营工业所占的比重由1954年的59%上升到63%。"
                          "全县共有45万人口。")
    got = [(m.value, m.indicator, m.basis, m.period) for m in doc.metrics()]
    assert got == [
        (95, "生产总值", None, "2023年"),
        (2.4, "生产总值", "2022年生产总值", "2023年"),
        (19, "生产总值", None, "2023年"),
        (8, "生产总值增速", "较“九五”期间", "2023年"),
        (4.39, "地方财政收入", None, "2023年"),
        (14.9, "地方财政收入增速", "较“九五”期间", "2023年"),
        (59, "国营工业所占比重", None, "1954年"),
        (63, "国营工业所占比重", None, None),  # (上升到63%: the new level is not of the year it rose from)
        (45, "人口", None, None),
    ]


def test_the_nations_rate_quoted_locally_is_not_ours():
    # a bare 增速 takes the measure named last (经济增速…。增速要达到…), but not where the nation is its
    # subject: a local speech quoting 全国第四季度增速 does not mean its own GDP
    doc = speechdoc.parse("一季度全市地区生产总值增长15.2%。全国第四季度增速比一季度高出13.3个百分点。"
                          "增速要达到17%以上。")
    assert [(m.value, m.indicator) for m in doc.metrics()] == [(15.2, "地区生产总值"), (13.3, "增速"),
                                                               (17, "地区生产总值增速")]


def test_faster_and_slower_than_are_directions():
    # 快于/慢于 X by N points is a rise/fall against X, as 高于/低于 are (it was level); 慢于全省 is 较全省
    doc = speechdoc.parse("工业增速慢于全省2个百分点。投资进度快于时间进度5个百分点。")
    assert [(m.value, m.direction, m.basis) for m in doc.metrics()] == [(2, "decrease", "较全省"),
                                                                       (5, "increase", "较时间进度")]
