"""Properties of the outline on generated marker soup: it never raises, nests consistently,
every node's marker is where its span says, and the single pass that links as it nests
decides exactly as linking and weighing every chain first would (hypothesis)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc.outline.markers import Candidate, scan
from speechdoc.outline.chains import Links
from speechdoc.outline.decode import MAX_DEPTH, Node, _decide, _decide_knowing, build, decide

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


# Speeches made of blocks where a marker's fate depends on its chain's future: previews the
# body states again, page labels after long lines, lists that start late or skip a number,
# weak forms, nested and restarted lists, summing-up paragraphs.
FORMS = {"han_dun": "{h}、", "han_paren": "（{h}）", "arabic_dot": "{d}.", "ordinal": "第{h}，", "clause": "{h}是",
         "weak": "{h}，", "arabic_dun": "{d}、", "half": "{d})"}
TITLES = ["关于形势", "关于问题", "今年工作", "加强建设", "推进改革", "保障民生"]
BLOCK = st.tuples(st.sampled_from(["preview", "line-preview", "series", "series", "inline", "label", "summed", "late"]),
                  st.sampled_from([0, 0, 0, 1]), st.sampled_from([1, 1, 1, 2, 3]), st.integers(1, 6),
                  st.sampled_from([0, 0, 0, 0, 2, 3]), st.integers(0, 3), st.booleans())


def speech(forms: tuple[str, str], blocks) -> str:
    out = []
    for kind, which, start, k, skip, body, shift in blocks:
        form = FORMS[forms[which]]
        marks = [form.format(h=HAN[n - 1], d=n) for n in range(start, start + k) if n != skip]
        titles = [TITLES[(n + shift) % len(TITLES)] for n in range(start, start + k) if n != skip]
        if kind == "preview":
            out.append("报告分为几个部分：" + "；".join(m + t for m, t in zip(marks, titles)) + "。")
        elif kind == "line-preview":
            out.append("下面讲几个问题：" + "".join(f"\n{m}{t}；" for m, t in zip(marks, titles)))
        elif kind == "series":
            out.append("".join(f"\n{m}{t}\n" + "要求各地认真落实。" * body for m, t in zip(marks, titles)))
        elif kind == "inline":
            out.append("主要有：" + "；".join(m + t for m, t in zip(marks, titles)) + "。")
        elif kind == "label":
            out.append("切合实际地推进各项工作取得新成效并且" * (body + 1) + f"\n{start}、实际,思路清晰")
        elif kind == "summed":
            out.append("\n总之，我们要努力。\n")
        else:
            out.append("首先要抓好落实。" + "".join(f"{HAN[n - 1]}是要抓{t}。" for n, t in zip(range(2, 2 + k), titles)))
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.tuples(st.sampled_from(sorted(FORMS)), st.sampled_from(sorted(FORMS))),
       st.sampled_from(["", "preview", "line-preview"]), st.integers(2, 5), st.lists(BLOCK, max_size=6),
       st.lists(st.sampled_from([None, None, 1, 2, 3]), max_size=40), st.booleans())
def test_one_pass_decides_as_linking_everything_first(forms, opening, parts, blocks, marks, marked):
    # an opening that may preview the parts, the parts themselves, then anything
    head = [(opening, 0, 1, parts, 0, 0, False)] if opening else []
    text = speech(forms, head + [("series", 0, 1, parts, 0, 2, False)] + blocks)
    cands = scan(text)
    if not cands:
        return
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    levels = [marks[i % len(marks)] if marks and c.context == "line" else None for i, c in enumerate(cands)] \
        if marked else None
    nodes, diags, links = _decide(cands, breaks, levels)
    k_nodes, k_diags, k_links = _decide_knowing(cands, breaks, levels)
    assert nodes == k_nodes
    assert diags == k_diags

    def summary(chains):
        return [(ch.style, ch.members, ch.line, ch.fragments, ch.weak, ch.gaps, ch.rejected, ch.rival, ch.marked)
                for ch in chains]
    assert summary(Links(cands, *links, levels).chains()) == summary(Links(cands, *k_links, levels).chains())


# build() decides a speech of one marker without linking, and few-marker speeches on the
# short way: every field of a candidate that the decision reads, against the plain way.
STYLES = ["han_dun", "han_paren", "ordinal", "clause_shi", "clause_yao", "arabic_dun", "arabic_dot", "arabic_paren",
          "circled"]
CAND = st.tuples(st.sampled_from(STYLES), st.integers(0, 4), st.sampled_from(["line", "term", "comma"]),
                 st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.sampled_from(["关于", "加强"]))


@settings(max_examples=400, deadline=None)
@given(st.lists(CAND, min_size=1, max_size=4), st.lists(st.integers(0, 60), max_size=6),
       st.one_of(st.none(), st.lists(st.sampled_from([None, 1, 2]), min_size=4, max_size=4)))
def test_a_short_speech_is_built_as_the_plain_way_decides_it(fields, breaks, levels):
    cands = [Candidate(10 * k, 10 * k + 2, f"{style[:2]}{n}", style, n, ctx, weak, cut, summed, intro, head)
             for k, (style, n, ctx, weak, cut, summed, intro, head) in enumerate(fields)]
    levels = None if levels is None else levels[:len(cands)]
    nodes, diags = build(cands, sorted(breaks), levels)
    k_nodes, k_diags, _ = _decide_knowing(cands, sorted(breaks), levels)
    assert [tuple(n) for n in nodes] == [tuple(n) for n in k_nodes] and all(type(n) is Node for n in nodes)
    assert diags == k_diags


def test_a_number_several_runs_wait_for_is_picked_after_the_rest_is_linked_at_once():
    # two inline 一、二、 lists both wait for 三、 (each closed with its paragraph); the weak 一，
    # makes the pass link the rest at once, and there the inline 三、 goes to the later list,
    # as linking everything first decides
    text = "第一，总体要求\n主要有：一、抓项目；二、促发展。\n还要：一、稳增长；二、保民生。\n一，稳增长\n还有：三、惠民生。"
    cands = scan(text)
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    d = decide(cands, breaks)
    assert [(ch.members, ch.rejected) for ch in d.chains] == [
        ([0], ""), ([1, 2], ""), ([3, 4, 6], ""), ([5], "lone weak form")]
    assert [(n.cand.marker, n.depth) for n in d.nodes] == [
        ("第一，", 1), ("一、", 2), ("二、", 2), ("一、", 2), ("二、", 2), ("三、", 2)]
    k_nodes, k_diags, _ = _decide_knowing(cands, breaks, None)
    assert (d.nodes, d.diagnostics) == (k_nodes, k_diags)
