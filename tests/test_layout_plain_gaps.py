"""A text whose gaps are all of the common shapes is read without a step a gap (text.layout._plain_lines), and
what it reads is what the gap-by-gap reading (_lines) reads."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.text import layout
from speechdoc.text.layout import _Lines, _lines, _plain_lines


def _stepped(text: str) -> _Lines:
    """What _lines reads of ``text`` gap by gap (its reading of the plain shapes turned off)."""
    kept = layout._plain_lines
    layout._plain_lines = lambda text: None
    try:
        return _Lines(*_lines(text))
    finally:
        layout._plain_lines = kept


def _same(text: str) -> bool:
    """Does _plain_lines read ``text`` as _lines reads it gap by gap? (True where it leaves the text to _lines)"""
    got = _plain_lines(text)
    if got is None:
        return True
    want = _stepped(text)
    return all(list(a) == list(b) if not isinstance(a, int) else a == b for a, b in zip(_Lines(*got), want))


# pieces of a speech as scraped: its line breaks, blank lines, indents, punctuation a line ends or opens with
PIECES = ["\n", "\n\n", "\n\n\n", "\n\n\n\n\n", " ", "\u3000\u3000", "\t", "。", "，", "”", "：", "一、", "第一",
          "今年经济运行总体平稳", "完成工业总产值47.1亿元", "同志们", "X", " \n", "\r\n"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_plain_gaps_are_read_as_gap_by_gap(pieces):
    assert _same("".join(pieces))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES[:-1]), max_size=40))
def test_a_text_without_blank_lines_of_blanks_or_carriage_returns_is_read_without_a_step_a_gap(pieces):
    text = "".join(pieces)
    first = text.find("\n")
    if first < 0 or (first and not text[:first].strip(" \t\u3000")) or re.search("\n[ \t\u3000]+\n", text):
        return  # (no gap; a first line of blanks alone, a blank line that holds blanks: read gap by gap)
    assert _plain_lines(text) is not None
    assert _same(text)


def test_the_shapes_one_by_one():
    speech = ("在全县经济工作会议上的讲话\n\n\n\n同志们：\n\u3000\u3000今年经济运行总体平稳，完成工业总产值\n"
              "，增长12%。\n\n一、总体要求\n今年全县经济工作的总体要求是坚持稳中求进工作总基调\n（一）扩大有效投资\n\n")
    for text in (speech, "\n" + speech, "\n\n\n" + speech, "\n，" + speech, speech + "\u3000", speech.rstrip("\n"),
                 "一、总体要求\n今年全县经济运行总体平稳。", "\n\n", "\n", "\n\n\n\n"):
        assert _plain_lines(text) is not None, text
        assert _same(text), text
    # a blank line that holds blanks, a carriage return in a gap, a first line of blanks: read gap by gap
    for text in ("一、总体要求\n \n今年", "一、总体要求\r\n\r\n今年", "\u3000\n，今年", "一、总体要求"):
        assert _plain_lines(text) is None
        assert _same(text)


def test_a_text_whose_breaks_may_reach_the_arrays_bound_is_read_gap_by_gap():
    text = "今年经济运行总体平稳\n\n" * 40
    kept = layout._PACK
    layout._PACK = 64
    try:
        assert _plain_lines(text) is None
        assert type(_lines(text)[0]) is not list  # (moved to arrays on the way, as before)
    finally:
        layout._PACK = kept
    assert _plain_lines(text) is not None and _same(text)
