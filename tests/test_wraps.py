"""Text a PDF extraction hard-wrapped at the printed column: metrics read across the wraps.

``pdftotext`` and most converters keep the page's lines, so a phrase like 完成工业总产值
47.1亿元 arrives as ``完成工业总产\\n值47.1亿元``. The layout already knows such a break
is no paragraph end; the metrics stage reads on a view joined across those breaks, so the
indicator, period and value are the same as in the unwrapped text, and every span still
points into ``doc.text``.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc.text.layout import analyse, soft_breaks
from speechdoc.text.textview import TextView

WRAPPED = (
    "同志们：\n"
    "今年以来，全县上下团结一心，克难攻坚，经济运行总体平稳、稳中有进。截止6月\n"
    "底，全县实现地区生产总值26.7亿元，增长13.3%；完成农业总产值4.29亿元，增长\n"
    "3.3%；完成工业总产值47.1亿元，增长25.5%，其中规模以上工业总产值40.5亿元，\n"
    "增长25.6%；完成第三产业增加值7.4亿元，增长9%；全县完成全社会固定资产投资\n"
    "35.2亿元，增长21.7%。成绩来之不易，值得充分肯定，但也要清醒地看到存在的\n"
    "问题和不足。\n"
    "一、认清形势，增强做好下半年工作的紧迫感\n"
    "当前，经济运行中的不确定因素仍然较多，我们必须保持清醒头脑，坚持问题导向。\n"
)


def _fields(doc: speechdoc.Document) -> list[tuple]:
    return [(m.value, m.unit, m.indicator, m.period, m.kind, m.direction) for m in doc.metrics()]


def test_metrics_read_across_a_pdf_wrap_as_in_the_joined_text():
    joined = WRAPPED.replace("月\n底", "月底").replace("增长\n3.3", "增长3.3").replace("，\n增长", "，增长") \
        .replace("投资\n35", "投资35").replace("的\n问题", "的问题")
    wrapped, plain = speechdoc.parse(WRAPPED), speechdoc.parse(joined)
    assert _fields(wrapped) == _fields(plain)
    got = {m.indicator for m in wrapped.metrics()}
    assert {"地区生产总值", "农业总产值", "工业总产值", "第三产业增加值", "全社会固定资产投资"} <= got
    assert all(m.period == "截止6月底" for m in wrapped.metrics()[:4])
    for m in wrapped.metrics():  # spans into the text as written, its wraps included
        s, e = m.text_span
        assert wrapped.text[s:e] == m.text
        vs, ve = m.value_span
        assert s <= vs < ve <= e and wrapped.text[vs].isdigit()
    assert wrapped.metrics()[0].text == "全县实现地区生产总值26.7亿元"
    assert [m.text for m in wrapped.metrics() if m.value == 35.2] == ["全县完成全社会固定资产投资\n35.2亿元"]


def test_a_number_cut_by_a_wrap_is_not_a_marker():
    # 增长\n3.3%: the line after the wrap opens with 3.3, a number, not a "3." marker
    lay = analyse(WRAPPED)
    assert WRAPPED.index("\n3.3%") not in set(lay.hard_breaks)
    doc = speechdoc.parse(WRAPPED)
    assert [(m.value, m.indicator, m.direction) for m in doc.metrics() if m.value == 3.3] == [
        (3.3, "农业总产值", "increase")]


def test_soft_breaks_are_the_breaks_layout_does_not_keep():
    lay = analyse(WRAPPED)
    flat = soft_breaks(WRAPPED, lay.hard_breaks)
    soft = list(zip(flat[0::2], flat[1::2]))
    assert soft and all("\n" in WRAPPED[a:b] for a, b in soft)
    hard = set(lay.hard_breaks)
    assert not any(a <= h < b for a, b in soft for h in hard)
    # the heading line and the line after the last sentence end stay breaks
    assert WRAPPED.index("\n一、") in hard


_TEXT = st.text(alphabet="甲乙丙\n 　ab12。", min_size=0, max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 4)), max_size=6),
       st.lists(st.tuples(st.integers(0, 60), st.integers(1, 3)), max_size=5))
def test_a_joined_view_maps_back_to_the_input(raw, dels, cuts):
    view = TextView.build(raw, deletions=sorted((s, min(len(raw), s + k)) for s, k in dels))
    n = len(view.fold)
    spans, last = [], 0
    for a, k in sorted(cuts):
        a = max(a, last)
        b = min(n, a + k)
        if a < b:
            spans.append((a, b))
            last = b
    joined, to_joined = view.joined([x for span in spans for x in span])
    kept = [i for i in range(n) if not any(a <= i < b for a, b in spans)]
    assert joined.fold == "".join(view.fold[i] for i in kept)
    for j, i in enumerate(kept):
        assert to_joined(i) == j
        assert joined.to_raw(j) == view.to_raw(i)  # every kept character maps to the same input character
        assert raw[joined.to_raw(j)] == view.text[i]
    assert to_joined(n) == len(joined.fold)
