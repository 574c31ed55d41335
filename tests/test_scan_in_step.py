"""Cleaning's survey collects the marker scan's matches over the input; the scan then reads the fold
(the input with page chrome masked) only near the masked spans (markers._in_step). Its matches must be
exactly those of the scan run over the whole fold, wherever the spans lie and whatever they hold."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.outline.markers import _CAP, _HAN, _SCAN, _in_step, scan, scan_source

_CHARS = _HAN + _CAP + "第0123456789０１２３４５６７８９（()）、，,.．是要之而上的起括总综①⑳。 \n年项"


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@st.composite
def _masked(draw):
    """(input, fold, changed): the fold is the input with some disjoint spans rewritten (same length)."""
    text = draw(st.text(alphabet=_CHARS, max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    changed, fold, last = [], [], 0
    for a, b in zip(cuts[0::2], cuts[1::2]):
        if b > a:
            new = draw(st.one_of(st.just("\n" * (b - a)), st.text(alphabet=_CHARS, min_size=b - a, max_size=b - a)))
            fold += [text[last:a], new]
            changed.append((a, b))
            last = b
    fold.append(text[last:])
    # (spans may overlap or hold one another: a line the fold changed and a mask in it)
    inner = [(a + draw(st.integers(0, b - a)), b - draw(st.integers(0, b - a))) for a, b in changed]
    return text, "".join(fold), sorted(changed + [(a, b) for a, b in inner if b > a][:draw(st.integers(0, 3))])


@settings(max_examples=3000, deadline=None)
@given(_masked())
def test_in_step_finds_what_the_scan_of_the_fold_finds(case):
    text, fold, changed = case
    assert list(_in_step(fold, _spans(_SCAN, text), changed)) == _spans(_SCAN, fold)


def test_in_step_on_a_masked_speech():
    text = ("首页>>一、正文\n一、总体要求\n（一）加强领导。总之，二是稳增长\n第三，抓落实。1.强化保障\n"
            "上一篇：二、下一篇\n三、其他\n")
    for a, b in [(0, 8), (44, 56), (0, 3), (len(text) - 4, len(text))]:
        fold = text[:a] + "\n" * (b - a) + text[b:]
        assert list(_in_step(fold, _spans(_SCAN, text), [(a, b)])) == _spans(_SCAN, fold)
        assert scan(fold, found=(_spans(_SCAN, text), [(a, b)])) == scan(fold)
    # a span inside another (a mask on a line whose script the fold changed) leaves the outer one changed
    fold = "\n" * 30 + text[30:]
    assert list(_in_step(fold, _spans(_SCAN, text), [(0, 30), (2, 5)])) == _spans(_SCAN, fold)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_CHARS.translate(str.maketrans("", "", "兩貳參叄陸")), max_size=40))
def test_scan_source_without_characters_the_text_lacks(text):
    assert _spans(re.compile(scan_source("兩貳參叄陸")), text) == _spans(_SCAN, text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_CHARS, min_size=1, max_size=24), st.data())
def test_a_try_reads_only_its_reach(text, data):
    """A try of the scan at ``i`` matches the same on any text that agrees from ``i - SCAN_BACK`` to
    ``i + SCAN_AHEAD`` (what _in_step trusts)."""
    from speechdoc.outline.markers import SCAN_AHEAD, SCAN_BACK

    i = data.draw(st.integers(0, len(text) - 1))
    lo, hi = max(0, i - SCAN_BACK), min(len(text), i + SCAN_AHEAD)
    before = data.draw(st.text(alphabet=_CHARS, min_size=lo, max_size=lo))
    # (where the reach passes the text's end, the end is read: the text goes on as it was)
    after = data.draw(st.text(alphabet=_CHARS, max_size=8)) if i + SCAN_AHEAD <= len(text) else ""
    other = before + text[lo:hi] + after
    m, n = _SCAN.match(text, i), _SCAN.match(other, i)
    assert (m and m.span()) == (n and n.span())


def test_the_survey_copy_of_the_scan_leaves_out_only_the_folded_numerals():
    """Cleaning's survey runs the scan's pattern without FOLDED_NUMERALS (they are its own triggers); no
    other character the scan reads is one cleaning acts on, so the copy's matches are the scan's."""
    from speechdoc.outline.markers import FOLDED_NUMERALS
    from speechdoc.text.clean import _survey_pattern

    plain = _survey_pattern()
    reads = set(_CHARS + "".join(map(chr, [*range(0x2460, 0x249c), *range(0x3220, 0x322a)]))) - set("。 \n年项")
    assert {ch for ch in reads if plain.fullmatch(ch)} == set(FOLDED_NUMERALS)
    assert all(plain.fullmatch(ch).lastgroup in ("t", "gt") for ch in FOLDED_NUMERALS)  # (triggers all)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_CHARS + "  甲", max_size=40))
def test_flat_gaps_are_the_blanks_after_a_marker_character_before_an_end_mark(text):
    """_flat_gaps finds its blanks by the blank first (a literal the engine skips to), the character
    before it looked back at: the blanks of the pattern that opened with that look back."""
    from speechdoc.outline.markers import _CUT_ENDS, _CUT_TAIL, _flat_gaps

    tail, ends = "".join(sorted(_CUT_TAIL)), "".join(sorted(_CUT_ENDS))
    plain = re.compile(f"(?<=[{tail}]) (?=[^ \\n]{{0,3}}[{ends}])")
    assert _flat_gaps(text, [(0, len(text))]) == [m.start() for m in plain.finditer(text, 1, len(text))]
