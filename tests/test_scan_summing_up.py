"""The marker scan also stops where a summing-up phrase may open a paragraph (总之，…), so a
candidate knows whether one came before it without a search of its own. Its marker matches are
still those of the lookahead form (tests/test_scan_pattern.py), and ``summed_up`` is what a
search of the text between a candidate and the one accepted before it finds."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from speechdoc.outline.markers import _BLANKS, _SCAN, _SUMMING_HEADS, _SUMMING_UP, BARE_HEAD, OPENS_TEXT, scan
_spec = importlib.util.spec_from_file_location("scan_pattern_reference", Path(__file__).with_name("test_scan_pattern.py"))
_reference = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_reference)
_LOOKAHEAD = _reference._LOOKAHEAD  # the marker scan's reference form


def _markers(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SCAN.finditer(text) if m.group() not in _SUMMING_HEADS]


def _summed_by_search(text: str, lo: int, hi: int) -> bool:
    """The reference: a 总 or 综 in ``[lo, hi)`` that opens its line (blanks before it) and a phrase."""
    for m in re.finditer("[总综]", text[:hi]):
        i = m.start()
        if i < lo:
            continue
        j = i - 1
        while j >= 0 and text[j] in _BLANKS:
            j -= 1
        if (j < 0 or text[j] == "\n") and _SUMMING_UP.match(text, i):
            return True
    return False


_PIECES = ["一、", "二、", "（一）", "（二）", "1.", "2.", "一是", "二是", "第一，", "第二，", "总之，", "总而言之，",
           "综上所述：", "总的来说,", "总括起来说，", "总书记", "总之", "综上", "一总之，", "\n", "  ", "。", "，",
           "抓项目", "促发展"]


def _check(text: str) -> None:
    assert _markers(text) == [m.span() for m in _LOOKAHEAD.finditer(text)]
    prev = 0
    for c in scan(text):
        # (SUMS_PROSE is truthy; BARE_HEAD and OPENS_TEXT mark what else comes before a candidate where no
        # summing-up paragraph does: a heading line without a marker, title lines only)
        summed = bool(c.summed_up) and c.summed_up not in (BARE_HEAD, OPENS_TEXT)
        assert summed == _summed_by_search(text, prev, c.start), (text, c)
        prev = c.start


def test_a_summing_up_paragraph_closes_before_the_next_candidate_only():
    text = "一、工作回顾\n（一）抓项目。\n（二）促发展。\n总之，成绩来之不易。\n二、今年任务\n总书记指出，\n（一）稳增长。"
    cands = scan(text)
    assert [c.marker for c in cands if c.summed_up] == ["二、"]
    _check(text)


def test_a_phrase_inside_a_sentence_sums_nothing_up():
    text = "一、工作回顾\n我们说总之，要努力。\n二、今年任务"
    assert [c.summed_up for c in scan(text)] == [False, False]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
@example(["综上所述：", "\n", "2."])  # a summing-up paragraph above a first numbered paragraph: no title lines
def test_summed_up_is_what_a_search_between_candidates_finds(pieces):
    _check("".join(pieces))
