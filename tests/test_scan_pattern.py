"""The marker scan's pattern opens with a character class (so re skips to the next possible first
character in C) instead of a lookahead naming the same characters; it must match exactly where
the lookahead form did, on speeches of both scripts and on any string of marker characters."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.outline.markers import _CAP, _HAN, _SCAN

# the earlier form, kept as the reference
_LOOKAHEAD = re.compile(
    rf"(?=[第{_HAN}{_CAP}0-9０-９（(\u2460-\u2473])(?:"
    rf"第(?:[{_HAN}]{{1,3}}|[0-9０-９]{{1,2}})[，,、是]"
    rf"|(?<![{_HAN}第])[{_HAN}]{{1,3}}(?:[，,]?、|[是要]|[，,.．](?![{_HAN}0-9０-９]))"
    r"|(?<![0-9０-９.．第])[0-9０-９]{1,3}(?:[.．](?![0-9０-９])|、|[）)]|(?<![0-9０-９]{3})[是要])"
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
