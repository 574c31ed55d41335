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

    from speechdoc.metrics import _to_raw

    rng = random.Random(7)
    for raw, view, maps in _views_with_deletions(rng, "增长5%，\u200b(biāo)\n", 1, 0):
        n = len(view.text)
        for _ in range(30):
            a, b = rng.randrange(n + 1), rng.randrange(n + 1)
            assert _to_raw(maps, a, b) == view.span_to_raw(a, b), (raw, cuts, a, b)


def test_metric_records_map_their_three_spans_as_to_raw_does():
    """``metrics._models`` maps a metric's spans with one bisect where they lie between two deletions
    and span by span otherwise: the same spans as ``_to_raw``, for spans that cross deletions too."""
    import random

    from speechdoc.metrics import _models, _to_raw
    from speechdoc.metrics.extract import Found
    from speechdoc.metrics.quantity import Quantity

    rng = random.Random(11)
    q = Quantity(5, None, False, "%", None, "近")
    checked = 0
    for raw, view, maps in _views_with_deletions(rng, "全县生产总值增长5%，(fā)\n", 4, 1):
        n = len(view.text)
        found = []
        for _ in range(20):
            a, b = sorted((rng.randrange(n + 1), rng.randrange(n + 1)))
            p0 = rng.randrange(a, b + 1)
            p1 = rng.randrange(p0, b + 1) if rng.random() < 0.8 else p0
            v0 = rng.randrange(p0, p1 + 1)
            found.append(Found((a, b), (p0, p1), (v0, rng.randrange(v0, p1 + 1)), q, "总值", "increase",
                               None, "actual", None))
        for f, m in zip(found, _models(raw, maps, found, ["一、回顾"])):
            assert (m.text_span, m.span, m.value_span) == tuple(_to_raw(maps, *x) for x in f[:3])
            assert m.text == raw[slice(*m.text_span)] and (m.qualifier, m.hedge) == (None, "近")
            checked += 1
    assert checked > 1000


def _views_with_deletions(rng, alphabet: str, shortest: int, fewest_cuts: int):
    """200 random texts of ``alphabet`` with random deletions: (raw, view, its offset maps), where
    something was deleted."""
    from speechdoc.metrics import _raw_spans
    from speechdoc.text.textview import TextView

    for _ in range(200):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randrange(shortest, 80 + 2 * shortest)))
        cuts = sorted(rng.sample(range(len(raw) + 1), min(len(raw) + 1, 2 * rng.randrange(fewest_cuts, 6))))
        view = TextView.build(raw, deletions=[(a, b) for a, b in zip(cuts[0::2], cuts[1::2]) if b > a])
        maps = _raw_spans(view)
        if maps is not None:
            yield raw, view, maps
