"""Figures written in full-width forms read as their half-width forms do.

GB-era reports, many PDFs and some sites write every figure full width (２７，２０３，３１９，０００元,
增长６．５％, ＧＤＰ): the scan reads such figures (the width of the digits and commas tells how a
figure is grouped), and the metric rules read the text with them made half-width, so each field is
the one the half-width text gets; indicators, periods and bases come out half-width.
"""
from __future__ import annotations

import pytest

import speechdoc

HALF = str.maketrans("0123456789%.", "０１２３４５６７８９％．")

TEXTS = [
    "全县空气质量综合指数为4.85，同比改善12.3%，PM2.5平均浓度为38微克/立方米，下降15.6%。",
    "2023年一季度，全市地区生产总值完成126.5亿元，同比增长6.2%，比全省高0.8个百分点。",
    "三次产业结构调整为11.8:48.3:39.9，居民收入基尼系数为0.43。",
    "全年新增4A级景区2个，规模以上工业产值增长21，税收收入较上年减少3.5亿元。",
]
FIELDS = ("value", "value_high", "unit", "kind", "direction", "period", "basis", "qualifier", "hedge", "indicator")


def fields(text: str) -> list[tuple]:
    return [tuple(getattr(m, f) for f in FIELDS) for m in speechdoc.parse(text).metrics()]


@pytest.mark.parametrize("text", TEXTS)
def test_full_width_figures_read_as_the_half_width_ones(text):
    wide = text.translate(HALF)
    assert wide != text
    half = fields(text)
    assert half and fields(wide) == half
    # the text of each metric is the input's own
    assert all(m.text in wide and m.text not in text for m in speechdoc.parse(wide).metrics() if any(c.isdigit() for c in m.text))


def test_full_width_thousands_grouped_by_full_width_commas():
    doc = speechdoc.parse("本年收入合计２７，２０３，３１９，０００元，年终结余１，０１１，０３８，０００元。同１９５４年比较，本年收入增加９６６，４８５，０００元。")
    got = [(m.value, m.unit, m.indicator, m.direction) for m in doc.metrics()]
    assert got == [(27203319000, "元", "本年收入", "level"), (1011038000, "元", "年终结余", "level"),
                   (966485000, "元", "本年收入", "increase")]


def test_a_full_width_comma_between_items_still_separates_them():
    # 增长５，６个百分点 is not a grouped figure: a full-width comma is a grouping only before three digits
    doc = speechdoc.parse("粮食产量增长５％，油料产量增长１２％。")
    assert [(m.value, m.unit, m.indicator) for m in doc.metrics()] == [(5, "%", "粮食产量"), (12, "%", "油料产量")]
