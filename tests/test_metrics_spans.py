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


def test_metric_spans_map_to_the_input_as_the_view_maps_them():
    """``metrics._to_raw`` (one call a span) is ``TextView.span_to_raw``, empty spans included."""
    import random

    from speechdoc.metrics import _raw_spans, _to_raw
    from speechdoc.text.textview import TextView

    rng = random.Random(7)
    for _ in range(200):
        raw = "".join(rng.choice("增长5%，\u200b(biāo)\n") for _ in range(rng.randrange(1, 80)))
        cuts = sorted(rng.sample(range(len(raw) + 1), min(len(raw) + 1, 2 * rng.randrange(0, 6))))
        view = TextView.build(raw, deletions=[(a, b) for a, b in zip(cuts[0::2], cuts[1::2]) if b > a])
        maps = _raw_spans(view)
        if maps is None:
            continue
        n = len(view.text)
        for _ in range(30):
            a, b = rng.randrange(n + 1), rng.randrange(n + 1)
            assert _to_raw(maps, a, b) == view.span_to_raw(a, b), (raw, cuts, a, b)
