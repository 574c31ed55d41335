"""Metric meaning rules from session X's blind sets on rural work (农业农村, 乡村振兴) and on housing and science
(住建, 科技): texts written for these tests, modelled on the patterns of the real pages."""
from __future__ import annotations

import speechdoc


def _rows(text: str) -> list[tuple]:
    return [(m.value, m.indicator, m.kind, m.period) for m in speechdoc.parse(text).metrics()]


def test_a_time_inside_the_whole_of_a_share_dates_nothing() -> None:
    rows = _rows("2022年末，全县帮扶对象2310户，占2021年末脱贫人口总数的8.5%，占全县2015年末农业人口总数的1.2%；"
                 "累计消除风险960户。")
    assert [r[3] for r in rows] == ["2022年末"] * 4


def test_a_second_share_of_the_same_count_names_its_own_whole() -> None:
    rows = _rows("全县帮扶对象2310户，占脱贫人口总数的8.5%，占农业人口总数的1.2%。")
    assert rows[1][1] == "帮扶对象户占脱贫人口总数比重"
    assert rows[2][1] == "帮扶对象户占农业人口总数比重"


def test_not_yet_done_stays_in_the_name() -> None:
    rows = _rows("风险消除率52.3%，未消除风险410户1320人。")
    assert [r[1] for r in rows[1:]] == ["未消除风险户数", "未消除风险人数"]
    assert _rows("全乡未脱贫人口86人。")[0][1] == "未脱贫人口"


def test_people_of_households_named_by_a_noun_in_hu() -> None:
    rows = _rows("共有低保户520户1130人。")
    assert [r[1] for r in rows] == ["低保户数", "低保户人数"]
    assert [r[1] for r in _rows("城市低保520户1130人。")] == ["城市低保户数", "城市低保人数"]


def test_a_count_listed_after_a_counted_deed_shares_it() -> None:
    rows = _rows("今年建成 86 个美丽乡村、12 个特色田园乡村。")
    assert [(r[0], r[1]) for r in rows] == [(86, "建成美丽乡村数"), (12, "建成特色田园乡村数")]
    assert [r[0] for r in _rows("全镇有18个行政村、3个社区。")] == [18, 3]


def test_villages_a_work_reached_are_counted() -> None:
    assert _rows("新增灌溉面积1200亩，惠及14个行政村。")[1][:2] == (14, "惠及行政村数")


def test_the_planned_figure_and_a_work_plans_points_are_goals() -> None:
    rows = _rows("2023年全镇计划的种植粮食面积5.2万亩，其中水稻3万亩。")
    assert [r[2] for r in rows] == ["target", "target"]
    assert _rows("农业产值完成年度计划的98%。")[0][2] == "actual"
    assert _rows("2023年工作打算：一是守住耕地红线，确保耕地8万亩不减少。")[0][2] == "target"


def test_the_deeds_a_goal_clause_closes_are_goals() -> None:
    rows = _rows("全年扩种油菜1万亩，新建高标准农田0.5万亩，确保粮食播种面积稳定在20万亩以上。")
    assert [r[2] for r in rows] == ["target"] * 3
    done = _rows("去年新建高标准农田0.5万亩，确保粮食播种面积稳定在20万亩以上。")
    assert done[0][2] == "actual"
