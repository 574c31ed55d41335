"""cut_blocks tests a block for ink by its first character before it scans the block (a paragraph
starts at ink): blank blocks, whatever white space they hold, must still join their neighbours."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.document.assemble import cut_blocks


def _blank_joined(text: str, para_starts: list[int]) -> list[tuple[int, int]]:
    """The blocks as cut_blocks makes them, with the blank test done by a scan of every block."""
    bounds = sorted({0, *para_starts}) + [len(text)]
    out: list[list[int]] = []
    pending = None
    for a, b in zip(bounds, bounds[1:]):
        if a >= b:
            continue
        blank = re.search(r"\S", text[a:b]) is None
        if blank and out and out[-1][1] == a:
            out[-1][1] = b
            continue
        if blank:
            pending = a
            out.append([a, b])
            continue
        if pending is not None and out and out[-1][0] == pending and out[-1][1] == a:
            out.pop()
            a = pending
        pending = None
        out.append([a, b])
    return [(a, b) for a, b in out]


TEXT = "\u3000\u3000一、总体要求\n \xa0\n今年经济运行总体平稳。\n\u2003\n（一）扩大内需。\t\n\n"


def test_blank_blocks_join_their_neighbours():
    starts = [2, 9, 12, 23, 25, 33, 35]
    got = [(b.start, b.end) for b in cut_blocks(0, len(TEXT), starts, [], [], TEXT)]
    assert got == _blank_joined(TEXT, starts)
    assert got[0] == (0, 12)  # the indent joins the heading after it, the blank line the heading before


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["一、", "今年", "。", " ", "\u3000", "\xa0", "\n", "\t", "\u2003", "x"]), min_size=1,
                max_size=20), st.data())
def test_any_blocks(pieces, data):
    text = "".join(pieces)
    starts = sorted(set(data.draw(st.lists(st.integers(1, max(1, len(text) - 1)), max_size=8))))
    starts = [s for s in starts if s < len(text)]
    got = [(b.start, b.end) for b in cut_blocks(0, len(text), starts, [], [], text)]
    assert got == _blank_joined(text, starts)
