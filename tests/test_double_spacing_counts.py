"""A double-spaced dump's first counts (its lines of ink, and those one blank line parts from the next) are made by
one scan (text.clean._spaced_lines); they are what the line-by-line reading counts, and the dump's blank lines are
found as before."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.text import clean
from speechdoc.text.clean import _double_spacing, _spaced_lines

BLANKS = " \t\u3000\r\f"


def _plain_counts(fold: str) -> tuple[int, int]:
    """The lines of ink, and the lines of ink followed by one blank line and then a line of ink, read line by line."""
    lines = fold.split("\n")
    ink = [line.strip(BLANKS) != "" for line in lines]
    one = sum(1 for k in range(len(lines) - 2) if ink[k] and not ink[k + 1] and ink[k + 2])
    return sum(ink), one


PIECES = ["\n", "\n\n", "\n\n\n", " ", "\u3000", "\t", "\r", "\f", "\r\n", " \n", "。", "X", "a",
          "今年全县经济运行总体平稳", "\u2028"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_counts_are_those_read_line_by_line(pieces):
    text = "".join(pieces)
    assert _spaced_lines(text) == _plain_counts(text)


# a printed column's lines, cut mid-sentence, and lines that end sentences or are short
LINES = ["今年全县经济工作的总体要求是坚持稳中求进工作总基调完整", "全面贯彻新发展理念加快构建新发展格局着力推动高质量发展",
         "全年实施重点项目四十二个完成投资三十六亿元同比增长十二", "一、总体要求", "城镇新增就业3200人。", "（一）扩大有效投资"]


def _without_counts(fold: str, chrome: list) -> list:
    """What _double_spacing finds with its counts read line by line instead of by the scan."""
    kept = clean._spaced_lines
    clean._spaced_lines = _plain_counts
    try:
        return _double_spacing(fold, chrome)
    finally:
        clean._spaced_lines = kept


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LINES[:3] * 4 + LINES[3:]),
                          st.sampled_from(["\n\n"] * 16 + ["\n \n", "\n", "\n\n\n", "\n\u3000\n"])),
                min_size=8, max_size=30), st.booleans())
def test_a_dump_is_read_as_before(lines, chrome):
    fold = "".join(line + gap for line, gap in lines)
    records = [("page", 0, 3)] if chrome else []
    assert _double_spacing(fold, records) == _without_counts(fold, records)


def test_a_double_spaced_dump_and_a_text_of_paragraphs_set_apart():
    dump = "\n\n".join(LINES[i % 3] for i in range(20))
    assert _spaced_lines(dump) == (20, 19)
    assert _double_spacing(dump, []) == _without_counts(dump, []) != []
    speech = "\n\n".join(LINES[3:] * 5)  # its lines end sentences or are short: it keeps its paragraphs
    assert _spaced_lines(speech) == (15, 14)
    assert _double_spacing(speech, []) == []
    # a text with a run of blank lines between most of its paragraphs is refused by the counts
    assert _spaced_lines("\n\n\n\n".join(LINES[:3] * 6)) == (18, 0)
