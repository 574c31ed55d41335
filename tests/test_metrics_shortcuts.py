"""Shortcuts of the metrics stage (issue 10) give what the long way gives, on self-written text."""
from __future__ import annotations

import importlib

import speechdoc

ex = importlib.import_module("speechdoc.metrics.extract")  # (``speechdoc.metrics.extract`` is the stage function)

#: small Chinese-numeral counts: ordinary words (一个, 两项), licensed by a verb of result right before
#: them (新建一座, 发生两起) or by a qualifier (至少三家, 不少于两个), with 于/过/少 elsewhere in the text
SMALL_COUNTS = """一、关于今年的工作
对于这个问题，我讲三点意见。去年全县新建一座污水处理厂，发生两起较大安全事故，引进三家企业。
今年要新增两个省级园区，至少建成三所学校，开工不少于两个重大项目；超过五家企业完成技改。
由于资金不足，一个项目推迟，两项工程停工，过去一年我们办成了几件实事，新建了一座公园。
二、下一步打算
要确保两个项目竣工投产，力争引进四家以上龙头企业，少于三个村的乡镇要合并，建成一所医院。
"""


def _metrics(text: str) -> list[tuple]:
    return [(m.text, m.value, m.unit, m.indicator, m.kind, m.direction, m.qualifier)
            for m in speechdoc.parse(text).metrics()]


def test_small_counts_dropped_before_their_clause_are_those_keep_drops(monkeypatch):
    calls = []
    real = ex._unlicensed_count

    def spy(*args):
        calls.append(real(*args))
        return calls[-1]

    monkeypatch.setattr(ex, "_unlicensed_count", spy)
    fast = _metrics(SMALL_COUNTS)
    assert True in calls and False in calls  # some counts are dropped early, some left to _keep
    monkeypatch.setattr(ex, "_unlicensed_count", lambda *args: False)  # every count goes the long way
    assert _metrics(SMALL_COUNTS) == fast
    assert {(m[1], m[2]) for m in fast} >= {(1, "座"), (2, "起"), (3, "家")}  # the licensed ones stay


def test_counts_of_units_that_meet_a_condition_before_or_after_them():
    """``_units_counted`` searches a clause for ``…的乡镇有`` only where it ends in 有 (a gloss removed)."""
    text = ("一、回顾\n全年固定资产投资增速低于全市平均水平的乡镇有(yǒu)5个，完成目标的村有12个。\n"
            "有3个乡镇(zhèn)税收增速没有完成目标，低于全市平均水平的县(市)、区有(yǒu)4个，新建学校2所。\n")
    assert [(m.value, m.indicator) for m in speechdoc.parse(text).metrics()] == [
        (5, "全年固定资产投资增速低于全市平均水平的乡镇数"), (12, "完成目标的村数"),
        (3, "税收增速未完成目标的乡镇数"), (4, "低于全市平均水平的县(市)区数"), (2, "新建学校数")]


def test_last_match_by_class_scan_is_the_last_match_finditer_gives():
    """``context.last_match`` finds each next cue by the pattern's skipping form: the same last match
    (span and group) as walking ``finditer``, on self-written clauses and random strings of cue
    characters (overlapping cues: 提高于, 增长较上年同比, 低于全省)."""
    import random

    from speechdoc.metrics import context as cx

    texts = [
        "全县地区生产总值比上年同期增长了6.5%，较全省平均水平高出1.2个百分点",
        "规模以上工业增加值增速较年初目标值低于全市，比2019年一季度回落，同比提高于",
        "社会消费品零售总额达到，较上年增长，超过时间进度，比“十三五”期间增幅高",
    ]
    rng = random.Random(5)
    cues = "较同比与低高超快落慢滞领增长提上前扩涨下回降减收缩压削调达为在完成实现占是于年去上期全省市目标值度"
    texts += ["".join(rng.choice(cues) for _ in range(rng.randrange(1, 60))) for _ in range(3000)]
    seen = 0
    for pattern in (cx._DIR, cx._BASIS):
        for t in texts:
            fast, plain = cx.last_match(pattern, t), cx.last_match_plain(pattern, t)
            assert (fast and (fast.span(), fast.lastgroup)) == (plain and (plain.span(), plain.lastgroup)), t
            seen += plain is not None
    assert seen > 2000
