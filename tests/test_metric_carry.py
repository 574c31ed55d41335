"""Whose growth is it? A rate that follows a share names the amount, not the share.

Reports give an amount, its share of a plan or total, then its growth in one breath:
完成生产总值28.39亿元，占年度计划的24.1%，同比增长16.4%. The 16.4% is the growth of the
output (生产总值), not of its share of the plan; a change of the share itself is written in
points (比重提高2个百分点) and stays the share's.
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
    assert got[48.2] == "总产值"
    assert got[46.02] == "工业支出"


def test_the_shares_and_a_change_of_a_share_stay_the_shares():
    got = _by_value(speechdoc.parse(TEXT))
    assert got[24.1] == "生产总值占年度计划比重"
    assert got[53.22] == "工业支出占经济建设费总数比重"
    assert got[45.3].endswith("比重") and got[1.2].endswith("比重")
