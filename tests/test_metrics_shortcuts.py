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
