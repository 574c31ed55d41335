"""title_span skips two of its rules where they cannot move a title's end (issue 10): the run across a stray
blank after a hard break (_across_stray_space) where that break is a line break, and the heading's tests for an
ideographic indent, a blank and a line break where the title is printable and holds no blank. Each skipped rule
must give the end it was handed there, on generated texts of the characters the rules read."""
from __future__ import annotations

import random

from speechdoc.document.assemble import _across_stray_space, _lost_break, _lost_opening, title_span

_ALPHABET = list("工作回顾加强领导年月的") + list(" \t\u3000\n\r，,、：:。！？;*_&J0xD5ab\u2003\xa0") + ["\u3000\u3000", "2020 年，"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield rng, "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 50)))


def test_no_stray_blank_runs_on_after_a_line_break():
    seen = 0
    for rng, text in _texts(1, 20000):
        for te in (i for i, ch in enumerate(text) if ch == "\n"):
            ts = rng.randint(0, te)
            assert _across_stray_space(text, ts, te, rng.randint(te, len(text))) == te, (text, ts, te)
            seen += 1
    assert seen > 10000


def test_a_printable_title_without_a_blank_meets_no_heading_rule():
    moved = 0
    for rng, text in _texts(2, 20000):
        ts = rng.randint(0, len(text))
        te = rng.randint(ts, len(text))
        title = text[ts:te]
        if title.isprintable() and " " not in title:
            assert "\u3000\u3000" not in text[ts + 2:te] and "\n" not in title
            assert _lost_break(text, ts, te, rng.random() < 0.5) == te and _lost_opening(text, ts, te) == te
        else:
            moved += _lost_opening(text, ts, te) != te
    assert moved  # (the rules do move other titles)


def test_title_span_on_headings_with_and_without_the_rules():
    text = "一、上半年工作回顾　　今年以来，全县经济平稳。\n二、总体要求\n三、认真总结成绩，劲头\n，全县上下\n"
    hard = [23, 30, 48]  # (the break after 劲头 is a wrap: the heading's title runs on across it)
    paras = [0, 24, 31]
    assert text[slice(*title_span(text, 2, 24, hard, paras, (), True))] == "上半年工作回顾"  # the indent ends it
    assert text[slice(*title_span(text, 26, 31, hard, paras, (), True))] == "总体要求"  # (no rule read)
    assert text[slice(*title_span(text, 33, len(text), hard, paras, (), True))] == "认真总结成绩，劲头"  # the comma's line
