"""markers._typed_one looks for a letter l or I and its mark by the letter and reads back where its line opens (issue 10):
it finds what the pattern that opened with the line start or a look back (then blanks) found."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.outline import markers

_OLD = {mark: re.compile(r"(?:^|(?<=[：:。；;！？!?]))[ \t\u3000]*([lI])" + re.escape(mark) + r"(?=[ \u3000]?[\u3400-\u9fff])", re.M)
        for mark in "、.．"}


def _old_typed_one(fold: str, start: int, mark: str, floor: int) -> int:
    line = fold.rfind("\n", floor, start)
    if line < 0 or fold[line + 1:start].strip(markers._BLANKS):
        i = start - 1
        while i > floor and fold[i] in markers._BLANKS:
            i -= 1
        if i == start - 1 or fold[i] not in "：:。；;！？!?":
            return -1
        line = i + 1
    found = -1
    for m in _OLD[mark].finditer(fold, max(floor, line - markers._TYPED_ONE_REACH), line):
        found = m.start(1)
    return found


_PIECES = ["l", "I", "、", ".", "．", "召开", "会议", "\n", " ", "\u3000", "\t", "。", "：", ";", "a", "2", "l、", "I.", "l．召开",
           "\nl、召开会议", "。 I.会议", "2、", "2.", "\u3000\u3000", "l、召开", "会l、召开", "I．会议"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24), st.sampled_from("、.．"), st.booleans())
def test_the_letter_first_reading_finds_what_the_line_start_pattern_found(pieces, mark, own_line):
    """Every floor (the last candidate's end) and a few reaches: the window's start falls inside blank runs, after
    sentence ends, at the text's start and before letters."""
    fold = "".join(pieces) + ("\n" if own_line else "。 ") + "2" + mark + "召开"
    start = len(fold) - 4
    old_reach = markers._TYPED_ONE_REACH
    try:
        for reach in (1, 2, 3, 5, 600):
            markers._TYPED_ONE_REACH = reach
            for floor in range(start + 1):
                assert markers._typed_one(fold, start, mark, floor) == _old_typed_one(fold, start, mark, floor), \
                    (fold, floor, reach)
    finally:
        markers._TYPED_ONE_REACH = old_reach


def test_a_typed_one_opens_its_line_or_follows_a_sentence_end():
    fold = "今天召开会议。\n  l、召开会议，部署工作。\n2、总结工作"
    assert markers._typed_one(fold, fold.index("2、"), "、", 0) == fold.index("l、")
    fold = "今天召开会议 l、召开会议，部署工作。\n2、总结工作"  # (after ink and a blank: no line opens there)
    assert markers._typed_one(fold, fold.index("2、"), "、", 0) == -1
    fold = "会l、召开会议。\n2、总结工作"  # (the text's second character: no line opens there)
    assert markers._typed_one(fold, fold.index("2、"), "、", 0) == -1
    fold = "同志们：  I.召开会议，部署工作。 2.总结工作"  # (a flattened line: after a colon and blanks)
    assert markers._typed_one(fold, fold.index("2."), ".", 0) == fold.index("I.")
