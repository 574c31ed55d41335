"""Chunk invariants on generated speeches: every sentence once, in order, never cut."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from query_support import sentence_spans

HEADINGS = ["一、", "二、", "三、", "（一）", "（二）", "1．", "2．"]
SENTENCES = ["坚持稳中求进工作总基调。", "全市生产总值增长6%左右。", "确保完成固定资产投资162亿元以上；",
             "一是扩大内需;二是稳定就业。", "要抓好项目建设，抓好招商引资，抓好营商环境。", "好。",
             "深入实施创新驱动发展战略，加快建设现代化产业体系，推动经济实现质的有效提升和量的合理增长。"]


@st.composite
def speeches(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 12))):
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(HEADINGS)) + "重点任务")
        lines.append("".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))))
    return "\n".join(lines)


@settings(max_examples=150, deadline=None)
@given(speeches(), st.integers(10, 400), st.integers(0, 60))
def test_chunks_cover_each_sentence_once(text, max_chars, overlap):
    overlap = min(overlap, max_chars - 1)
    doc = speechdoc.parse(text)
    sents = sentence_spans(doc)
    cs = doc.chunks(max_chars=max_chars, overlap=overlap)
    fresh = []
    prev_end = -1
    for c in cs:
        inside = [s for s in sents if any(a <= s[0] and s[1] <= b for a, b in c.spans)]
        assert inside, c
        assert len(c.text) <= max_chars or len(inside) <= 2
        fresh.extend(s for s in inside if s[0] >= prev_end)
        prev_end = c.span[1]
        for m in c.metrics:
            assert any(a <= m.span[0] and m.span[1] <= b for a, b in c.spans)
    assert fresh == sents
    for m in doc.metrics():
        assert any(any(a <= m.span[0] and m.span[1] <= b for a, b in c.spans) for c in cs)
