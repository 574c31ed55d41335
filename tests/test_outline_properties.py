"""Properties of the outline on generated marker soup: it never raises, nests consistently,
and every node's marker is where its span says (hypothesis)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc.outline.markers import scan
from speechdoc.outline.decode import MAX_DEPTH, decide

HAN = "一二三四五六七八九十"
MARKERS = (
    [f"{h}、" for h in HAN] + [f"（{h}）" for h in HAN] + [f"{d}." for d in range(1, 10)]
    + [f"第{h}，" for h in HAN] + [f"{h}是" for h in HAN] + [f"{h}，" for h in HAN] + [f"{d})" for d in range(1, 10)]
)
PIECES = MARKERS + ["\n", "。", "；", "：", "，", "总之，", "“", "”", "（", "）", "抓项目", "促发展", "稳增长", "\n\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=120))
def test_any_marker_soup_gives_a_consistent_outline(pieces):
    text = "".join(pieces)
    doc = speechdoc.parse(text)
    for sp in doc.speeches:
        for node in sp.children:
            assert node.depth == 1
        for node in sp.walk():
            s, e = node.marker_span
            assert doc.text[s:e] == node.marker
            assert 1 <= node.depth <= MAX_DEPTH
            for child in node.children:
                assert child.depth == node.depth + 1
                assert child.span[0] >= node.span[0]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=200))
def test_the_decision_keeps_document_order_and_valid_parents(pieces):
    text = "".join(pieces)
    cands = scan(text)
    d = decide(cands, [i for i, ch in enumerate(text) if ch == "\n"])
    starts = [n.cand.start for n in d.nodes]
    assert starts == sorted(starts)
    for k, n in enumerate(d.nodes):
        assert n.parent is None or (n.parent < k and d.nodes[n.parent].depth == n.depth - 1)
        assert all(d.nodes[c].parent == k for c in n.children)
    rejected = {i for ch in d.chains if ch.rejected for i in ch.members}
    assert not rejected & {n.index for n in d.nodes}
    assert all(cands[n.index] == n.cand for n in d.nodes)
