"""Selectors from hostile hands: any string either compiles or raises UsageError, quickly."""
from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc import UsageError
from speechdoc.document.select import compile_selector

DOC = speechdoc.parse("一、发展经济\n（一）扩大消费。增长6%左右。\n（二）招商引资。一是招大商;二是招好商。\n二、保障民生")
ALPHABET = st.sampled_from(list("section point metric speech node*[]>=~^$!<>,'\" 0123456789-_.消费\u3000\t\n"))


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=40))
def test_any_string_compiles_or_raises_usage_error(s):
    try:
        sel = compile_selector(s)
    except UsageError as e:
        lines = str(e).split("\n")
        assert lines[0].startswith("bad selector: ") and lines[-1].strip() == "^"
        assert len(lines[-1]) - 2 <= len(s) + 1  # the caret points inside the selector or just after it
        return
    for obj in DOC.select(sel):
        assert obj is not None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["section", "point", "node", "*", "metric", "section[depth>=1]", "point[-1]",
                                 "speech[1]"]), min_size=1, max_size=6),
       st.lists(st.sampled_from([" ", " > "]), min_size=5, max_size=5))
def test_valid_chains_match_a_subset_in_tree_order(parts, combinators):
    selector = parts[0] + "".join(c + p for c, p in zip(combinators, parts[1:]))
    got = DOC.select(selector)
    everything = DOC.select("*")
    positions = [next(i for i, o in enumerate(everything) if o is g) for g in got]
    assert positions == sorted(set(positions))


def test_long_hostile_selectors_are_linear():
    for s in ["[" * 20000, "section" + " section" * 3000, "a" * 40000, "section[" + "'" * 20000]:
        t = time.perf_counter()
        try:
            compile_selector(s)
        except UsageError:
            pass
        assert time.perf_counter() - t < 2.0, s[:20]
