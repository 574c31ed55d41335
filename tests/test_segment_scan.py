"""find_speeches reads the title words and the salutations of a text around the rare characters they
hold (outline.segment): it must find what a scan for each finds, and a salutation asked for in a span
must be the one a search of that span finds. Its count of ink is the count of a plain pattern."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.outline.segment import _SALUTE, _TITLE_WORD, _ink, _marks
from speechdoc.text.clean import clean

TEXT = ("在全县经济工作会议上的讲话\n（2024年2月5日）\n同志们：\n今天召开会议，主要任务是听取报告、部署工作。"
        "刚才，县长作了工作报 告，讲得很好。\n各位代表，各位委员：\n女士们、先生们：\n同志们、朋友们！\n"
        "在全县优化营商环境工作会议上的致 辞\n同志们，\n主持词\n主 持 词\n发言\n各位领导")


def _plain(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    words = [m.start() for m in re.finditer(_TITLE_WORD, text)]
    salutes, pos = [], 0
    while (m := _SALUTE.search(text, pos)) is not None:  # (stepping by one: every salutation)
        salutes.append(m.span())
        pos = m.start() + 1
    return words, salutes


def _check(text: str) -> None:
    words, salutes = _marks(text)
    want_words, want_salutes = _plain(text)
    assert words == want_words
    # the same from the offsets cleaning's survey listed of the rare word ends (a mask may have taken some)
    marks = clean(text, marks=True).marks
    if marks is not None and marks.listed is not None:
        fold = clean(text).view.fold
        assert _marks(fold, marks.listed)[0] == _marks(fold)[0] == [m.start() for m in re.finditer(_TITLE_WORD, fold)]
    assert list(zip(salutes.starts, salutes.ends)) == want_salutes
    for a in range(0, len(text) + 1, 3):
        for b in (a, a + 5, a + 12, a + 40, len(text), None):
            m = _SALUTE.search(text, a) if b is None else _SALUTE.search(text, a, b)
            assert salutes.first(a, b) == (m and m.span()), (a, b)


def test_one_scan_finds_what_each_scan_finds():
    _check(TEXT)
    _check("您的位置：首页 > 发言稿 > 正文\n" + TEXT + "\n查看更多\n上一篇：在全县大会上的讲话\n")  # (chrome masked)
    words, salutes = _marks(TEXT)
    assert len(words) == 7 and len(salutes.starts) == 6  # (各位领导 without a mark is none)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["同志们", "：", "、", "朋友们", "各位", "代表", "委员", "领导", "女士们", "先生们", "讲",
                                 "话", " ", "报", "告", "主", "持", "词", "致", "辞", "发", "言", "！", "\n", "，",
                                 "查看更多", "发言稿\n上一篇：", "發言", "一、"]),
                max_size=30))
def test_one_scan_on_any_pieces(pieces):
    _check("".join(pieces))


def _plain_ink(text: str, start: int, end: int, enough: int) -> int:
    """Characters other than re's white space, a window at a time (256, 512, … characters) until enough."""
    ink, step = 0, 256
    while start < end and ink < enough:
        stop = min(end, start + step)
        ink += len(re.sub(r"\s", "", text[start:stop]))
        start, step = stop, 2 * step
    return ink


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["今天开会。", "\n" * 300, " ", "\u3000", "\xa0", "\x1c", "\u2028", "\t\r\f\v", "a" * 200]),
                max_size=40), st.integers(0, 50), st.integers(1, 400))
def test_ink_counts_what_is_not_white_space(pieces, start, enough):
    text = "".join(pieces)
    assert _ink(text, start, len(text), enough) == _plain_ink(text, start, len(text), enough)
