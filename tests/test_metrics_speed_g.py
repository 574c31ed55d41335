"""Fast forms of the metrics stage's whole-document rewrites read the same as their plain forms (issue 10)."""
import re

import pytest

from speechdoc import metrics as M
from speechdoc.metrics import scan as S

TEXTS = [
    "一季度全市生产总值增长６．５％，达２７，２０３，３１９，０００元，ＧＤＰ增速居第１位。",
    "Ａ，１２３；１２，３４５６；１．．２；，１２３；１，２３；ＰＭ２．５下降１２％．４Ａ，１２３，４５６．７８Ｂ",
    "全年增长5%，无宽字符的一段，３",
    "",
    "工业产值增长百分之一○八点二，一九八○年，○○县，二○○○多人，三○，一○○年代，五○ ○",
]

_WIDE = re.compile("[０-９Ａ-Ｚａ-ｚ％]")
_MARKS = re.compile("(?<=[０-９])(?:．(?=[０-９])|，(?=[０-９]{3}(?![０-９])))")


def _plain_half_width(fold: str) -> str:
    """The two whole-text passes half_width stands for: the marks of wide figures, then every wide character."""
    if _WIDE.search(fold) is None:
        return fold
    return _MARKS.sub(lambda m: "." if m.group() == "．" else ",", fold).translate(M._HALF)


@pytest.mark.parametrize("text", TEXTS)
def test_half_width_by_runs_equals_the_whole_text_passes(text):
    assert M.half_width(text) == _plain_half_width(text)
    assert len(M.half_width(text)) == len(text)


def test_half_width_keeps_a_text_without_wide_characters():
    text = "全年增长5%，达27,203万元"
    assert M.half_width(text) == text
    assert M.half_width("增长６．５％，２７，２０３，４").endswith("27,203，4")  # a comma before 4 digits is no grouping


@pytest.mark.parametrize("text", TEXTS)
def test_circle_zero_opening_with_the_circle_matches_the_lookbehind_form(text):
    plain = re.compile(r"(?<=[一二三四五六七八九])○+(?![一二三四五六七八九〇○]*年)")
    assert [m.span() for m in S._CIRCLE_ZERO.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert S._CIRCLE_ZERO.pattern.startswith("○")  # (a literal first: the search skips to circles)
