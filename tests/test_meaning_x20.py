"""A breakdown in brackets right after a whole (session X, meaning20; seen on meaning18's 农业农村 set): texts written
for these tests, modelled on the pattern of the real pages."""
from __future__ import annotations

import speechdoc


def _names(text: str) -> list[tuple]:
    return [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()]


def test_households_in_brackets_take_the_whole_s_deed() -> None:
    rows = _names("全年累计消除风险860户3120人(脱贫不稳定户310户1150人、边缘易致贫户550户1970人)，风险消除率41.2%。")
    assert rows == [(860, "消除风险户数"), (3120, "消除风险人数"),
                    (310, "脱贫不稳定户消除风险户数"), (1150, "脱贫不稳定户消除风险人数"),
                    (550, "边缘易致贫户消除风险户数"), (1970, "边缘易致贫户消除风险人数"), (41.2, "风险消除率")]
    rows = _names("未消除风险420户1300人（其中突发严重困难户120户400人）。")
    assert rows[2:] == [(120, "突发严重困难户未消除风险户数"), (400, "突发严重困难户未消除风险人数")]


def test_the_set_a_deed_names_is_what_the_parts_are_kinds_of() -> None:
    rows = _names("全年新增识别“三类对象”930户2870人(脱贫不稳定户210户650人)。")
    assert rows[2:] == [(210, "脱贫不稳定户新增识别户数"), (650, "脱贫不稳定户新增识别人数")]
    rows = _names("累计帮扶贫困户1200户(其中一般贫困户800户、低保户400户)。")
    assert rows[1:] == [(800, "一般贫困户帮扶户数"), (400, "低保户帮扶户数")]


def test_a_set_s_total_by_a_deed_and_its_share_after_the_bracket() -> None:
    rows = _names("年末，全县监测对象监测总数为2310户7600人(脱贫不稳定户900户3100人、边缘易致贫户1410户4500人)，"
                  "占脱贫人口总数的8.5%，占农业人口总数的1.2%。")
    assert rows[2:] == [(900, "脱贫不稳定户监测户数"), (3100, "脱贫不稳定户监测人数"),
                        (1410, "边缘易致贫户监测户数"), (4500, "边缘易致贫户监测人数"),
                        (8.5, "监测对象占脱贫人口总数比重"), (1.2, "监测对象占农业人口总数比重")]


def test_a_share_after_the_bracket_is_the_whole_s() -> None:
    rows = _names("全县共有低保户3200户(其中城镇低保户850户、农村低保户2350户)，占总户数的12%。")
    assert rows[-1] == (12, "低保户占总户数比重")


def test_parts_in_brackets_are_what_the_whole_s_verb_did() -> None:
    rows = _names("全年接待游客829万人次(过夜游客286万人次、一日游游客543万人次)。")
    assert [r[1] for r in rows] == ["接待游客人次", "接待过夜游客人次", "接待一日游游客人次"]


def test_a_whole_named_by_no_deed_leaves_its_parts() -> None:
    rows = _names("全县贫困人口3200人(其中老年人850人、儿童400人)。")
    assert rows == [(3200, "贫困人口"), (850, "老年人数"), (400, "儿童数")]


def test_a_quoted_name_counted_in_times_keeps_its_quotes() -> None:
    rows = _names("全年开展月监测10次，动态管理“回头看”2次。")
    assert rows[-1] == (2, "动态管理“回头看”次数")
