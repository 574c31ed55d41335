"""``build(..., rows=True)`` gives each node as the plain tuple of its fields (what the pipeline's assembly reads
by index), and must decide exactly what ``build`` does: the same fields in the same order, the same diagnostics,
on every path (a speech's only marker, the single pass, the plain way when the single pass built on a rejected
chain). ``make_nodes`` reads either form the same way."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc.document.assemble import make_nodes
from speechdoc.outline.decode import Node, _decide_knowing, build
from speechdoc.outline.markers import Candidate, scan
from speechdoc.text.textview import TextView

HAN = "一二三四五六七八九十"
FORMS = ["{h}、", "（{h}）", "第{h}，", "{h}是", "{d}.", "（{d}）", "{d}、"]
TITLES = ["加强组织领导", "抓好项目建设", "保障改善民生", "推进改革开放"]
LINE = st.tuples(st.sampled_from(FORMS), st.integers(1, 5), st.sampled_from(["\n", "；", "。", "：", "，"]),
                 st.integers(0, 2), st.booleans())


def _text(lines) -> str:
    out = []
    for form, m, before, body, colon in lines:
        out.append(before + form.format(h=HAN[m - 1], d=m) + TITLES[m % 4] + ("：" if colon else "。")
                   + "要求各地认真落实。" * body)
    return "".join(out)


def _breaks(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch == "\n"]


def _same(cands, breaks, levels=None) -> None:
    nodes, diags = build(cands, breaks, levels)
    rows, r_diags = build(cands, breaks, levels, True)
    assert all(type(n) is Node for n in nodes) and all(type(r) is tuple for r in rows)
    assert rows == [tuple(n) for n in nodes]
    assert r_diags == diags
    k_nodes, k_diags, _ = _decide_knowing(cands, breaks, levels)
    k_rows, kr_diags, _ = _decide_knowing(cands, breaks, levels, True)
    assert all(type(r) is tuple for r in k_rows) and k_rows == [tuple(n) for n in k_nodes] and kr_diags == k_diags


@settings(max_examples=500, deadline=None)
@given(st.lists(LINE, min_size=0, max_size=14), st.booleans())
def test_rows_are_the_nodes_fields_on_generated_outlines(lines, preview):
    text = ("报告分为四个部分：一、第一部分；二、第二部分；三、第三部分；四、第四部分。\n" if preview else "") + _text(lines)
    cands = scan(text)
    _same(cands, _breaks(text))
    if cands:  # and each marker alone: the short way
        _same(cands[:1], _breaks(text))


STYLES = ["han_dun", "han_paren", "ordinal", "clause_shi", "arabic_dot", "arabic_paren", "circled"]
CAND = st.tuples(st.sampled_from(STYLES), st.integers(0, 4), st.sampled_from(["line", "term", "comma"]),
                 st.booleans(), st.booleans(), st.booleans(), st.booleans())


@settings(max_examples=400, deadline=None)
@given(st.lists(CAND, min_size=1, max_size=6), st.lists(st.integers(0, 60), max_size=6),
       st.one_of(st.none(), st.lists(st.sampled_from([None, 1, 2]), min_size=6, max_size=6)))
def test_rows_are_the_nodes_fields_on_any_candidates(fields, breaks, levels):
    cands = [Candidate(10 * k, 10 * k + 2, f"{style[:2]}{n}", style, n, ctx, weak, cut, summed, intro, "加强")
             for k, (style, n, ctx, weak, cut, summed, intro) in enumerate(fields)]
    _same(cands, sorted(breaks), None if levels is None else levels[:len(cands)])


def test_make_nodes_reads_rows_as_it_reads_nodes():
    text = "一、总体要求\n（一）扩大内需。\n1.稳定消费\n（二）稳定就业。\n二、重点任务\n一是抓项目；二是促投资。"
    cands = scan(text)
    breaks = _breaks(text)
    nodes, _ = build(cands, breaks)
    rows, _ = build(cands, breaks, None, True)
    assert len(nodes) >= 6
    ends = [len(text)] * len(nodes)
    titles = [(n.cand.end, n.cand.end + 2) for n in nodes]
    args = (ends, titles, [text[a:b] for a, b in titles], {}, None, [n.cand.marker for n in nodes])
    for view in (TextView.build(text), TextView.build(text, deletions=[(len(text) - 1, len(text))])):
        made = make_nodes(view, nodes, *args)
        assert make_nodes(view, rows, *args) == made
        assert [n.depth for n in made] == [1, 1] and [n.marker for n in made] == ["一、", "二、"]


def test_each_speech_decodes_its_own_candidates_only():
    # markers in the front matter, before the first speech's title, are none of its nodes (the candidates are cut
    # at the speeches' starts, also where there is one speech); two speeches each decode their own
    body = "今年经济运行总体平稳。" * 40
    text = f"一、网站首页\n二、新闻中心\n在全县经济工作会议上的讲话\n同志们：\n{body}\n一、总体要求\n好。\n二、重点任务\n好。"
    doc = speechdoc.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"] and len(doc.speeches) == 1
    assert [p.text for p in doc.front] == ["一、网站首页", "二、新闻中心"]
    assert [n.span[0] for n in doc.walk()] == [text.index("一、总体"), text.index("二、重点")]
    two = (f"在全县经济工作会议上的讲话\n同志们：\n{body}\n一、总体要求\n好。\n二、重点任务\n好。\n"
           f"在全县经济工作会议上的总结讲话\n同志们：\n{body}\n一、总体要求\n好。\n")
    doc = speechdoc.parse(two)
    assert [[(n.marker, n.span[0]) for n in sp.children] for sp in doc.speeches] == [
        [("一、", two.index("一、")), ("二、", two.index("二、"))], [("一、", two.rindex("一、"))]]
