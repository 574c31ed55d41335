"""Metric spans point back into the input: the clause, the phrase and the number."""
from __future__ import annotations

import speechdoc


def test_metric_spans_are_the_source_of_what_it_shows():
    text = "一、工作回顾\n發(fā)展目標(biāo)是:全縣生產總值增長6.5%左右,完成投資162億元以上。\n"
    doc = speechdoc.parse(text)
    ms = doc.metrics()
    assert [(m.value, m.unit) for m in ms] == [(6.5, "%"), (162, "亿元")]
    for m in ms:
        assert doc.text_at(m.text_span) == m.text
        assert m.text_span[0] <= m.span[0] <= m.value_span[0] < m.value_span[1] <= m.span[1] <= m.text_span[1]
    assert doc.text_at(ms[0].value_span) == "6.5"
    assert doc.text_at(ms[1].span).startswith("162")
