"""The marker scan's pattern opens with a character class (so re skips to the next possible first
character in C) instead of a lookahead naming the same characters; it must match exactly where
the lookahead form did, on speeches of both scripts and on any string of marker characters."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.outline.markers import _CAP, _HAN, _SCAN, scan_source
from speechdoc.text import clean

# the earlier form, kept as the reference
_LOOKAHEAD = re.compile(
    rf"(?=[第{_HAN}{_CAP}0-9０-９（(\u2460-\u2473])(?:"
    rf"第(?:[{_HAN}]{{1,3}}|[0-9０-９]{{1,2}})[，,、是]"
    rf"|(?<![{_HAN}第])[{_HAN}]{{1,3}}(?:[，,]?、|[是要]|[，,.．](?![{_HAN}0-9０-９]))"
    r"|(?<![0-9０-９.．第])[0-9０-９]{1,3}(?:[.．](?![0-9０-９])|[、。]|[）)]|(?<![0-9０-９]{3})[是要])"  # 1。: a typist's 。
    rf"|[{_CAP}](?<![{_CAP}][{_CAP}])[{_CAP}]{{0,2}}[，,]?、"
    rf"|[（(](?:[{_HAN}]{{1,3}}|[0-9０-９]{{1,3}})[）)]、?"  # (一)、 and (1)、 are markers too (README decision 9)
    r"|[\u2460-\u2473]"
    ")"
)

SPEECH = ("同志们：\n一、2023年工作回顾\n（一）经济运行稳中有进。全年地区生产总值增长5.2%，一、二季度分别增长4.8%和5.5%。"
          "第一，要抓项目；第二,要抓招商。一是稳增长，二是保就业，三要防风险。\n1.强化要素保障。2、优化营商环境。"
          "(3)推进改革。①加强领导②压实责任\n壹、总体要求\n貳、重點任務\n十二、其他\n统一是基础，第一要务，35.3%，1.5亿元，"
          "第1要务，１２．全角\n（十一）深化改革开放\n")


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_same_matches_on_a_speech():
    assert _spans(_SCAN, SPEECH) == _spans(_LOOKAHEAD, SPEECH)
    assert len(_spans(_SCAN, SPEECH)) >= 19  # every style, false friends too (the grammar and scan() judge them)


_CHARS = _HAN + _CAP + "第0123456789０１２３４５６７８９（()）、，,.．是要①⑳。 \n年项"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=40))
def test_same_matches_on_any_marker_characters(text):
    assert _spans(_SCAN, text) == _spans(_LOOKAHEAD, text)


# The form before the one whose alternatives open by consuming the character after the first (re tests a
# leading class before it enters an alternative; a leading lookahead it must enter), kept as the reference
# for the scan alone and inside cleaning's survey (its ``more`` and ``more_after``)
def _previous_source(han: str = _HAN, cap: str = _CAP, more: str = "", more_after: str = "") -> str:
    return (
        rf"[第{han}{cap}0-9０-９（(\u2460-\u249b\u3220-\u3229总综{more}](?:"
        rf"(?=[{han}{cap}0-9０-９]{{0,3}}+[，,、是要.．）)。])(?:"
        rf"(?<=[{han}])(?<![{han}第].)[{han}]{{0,2}}(?:[，,]?、|[是要]|[，,.．](?![{han}0-9０-９]))"
        r"|(?<=[0-9０-９])(?<![0-9０-９.．第].)[0-9０-９]{0,2}(?:[.．](?![0-9０-９])|[、。]|[）)]|(?<![0-9０-９]{3})[是要])"
        rf"|(?<=第)(?:[{han}]{{1,3}}|[0-9０-９]{{1,2}})[，,、是]"
        rf"|(?<=[{cap}])(?<![{cap}][{cap}])[{cap}]{{0,2}}[，,]?、"
        rf"|(?<=[（(])(?:[{han}]{{1,3}}|[0-9０-９]{{1,3}})[）)]、?)"
        + (rf"|(?<![第{han}{cap}0-9０-９（(])(?:(?<=[\u2460-\u249b\u3220-\u3229])|[之而上的起括](?<=总之|总而|综上|总的|总起|总括)"
           rf"|(?<![\u2460-\u249b\u3220-\u3229总综])(?:{more_after})))" if more else
           r"|(?<=[\u2460-\u249b\u3220-\u3229总综])(?:(?<=[\u2460-\u249b\u3220-\u3229])|[之而上的起括](?<=总之|总而|综上|总的|总起|总括)))")
    )


def _previous_scan_source(without: str, more: str = "", more_after: str = "") -> str:
    drop = str.maketrans("", "", without)
    return _previous_source(_HAN.translate(drop), _CAP.translate(drop), more, more_after)


_PREVIOUS = re.compile(_previous_source())
# cleaning's survey with the scan's pattern and with the previous one (its cache left alone), BMP-only and full
_SURVEYS = [(clean._survey_pattern.__wrapped__(scan_source, astral), clean._survey_pattern.__wrapped__(_previous_scan_source, astral))
            for astral in (False, True)]
# marker characters, what the survey stops at (cleaning's special characters, mojibake signals, the fold's
# triggers, the inline words' keys and words, form feeds, summing-up phrases) and an astral character
_PIECES = (list(_CHARS + "㈠㈩总综之而上的起括个省隐未此览读字查开编-—─\f\u0101&\u200b\r\xa0ぁ國兩貳參")
           + list(clean._inline_words()) + ["总之，", "综上所述", "&amp;", "2023年", "十四五", "\U0001f600"])


def _found(pattern, text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_same_matches_as_the_previous_form_on_a_speech():
    assert _spans(_SCAN, SPEECH) == _spans(_PREVIOUS, SPEECH)
    for new, old in _SURVEYS:
        assert _found(new, SPEECH) == _found(old, SPEECH)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_same_matches_as_the_previous_form(text):
    assert _spans(_SCAN, text) == _spans(_PREVIOUS, text)
    for astral, (new, old) in enumerate(_SURVEYS):
        if astral or "\U0001f600" not in text:
            assert _found(new, text) == _found(old, text)
