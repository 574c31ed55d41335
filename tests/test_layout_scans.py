"""The layout's scans written for speed (text.layout) find what their plain forms find."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from speechdoc.text.layout import _WRAP_GAP, FLAT_MIN_CHARS, _long_lines

# a flattened PDF page: each printed line became a space between two ideographs
FLAT = ("一、总体要求 今年全县经济工作的总体要求是坚持稳中求进工作总基调，完整准确全面贯彻新 发展理念，"
        "加快构建新发展格局，着力推动高质量发展。 （一）扩大有效投资。全年实施重点项目42个，完成投资 36.5亿元，"
        "同比增长12.3%。 （二）稳定就业。城镇新增就业3200人，城镇登记失业率控制在 4%以内。") * 4


def _plain_long_lines(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?m)^[^\n]{{{FLAT_MIN_CHARS},}}", text)]


def test_long_lines_are_the_lines_of_the_plain_pattern():
    text = "在全县经济工作会议上的讲话\n" + FLAT + "\n短行\n" + FLAT + "\n\n" + FLAT
    assert list(_long_lines(text)) == _plain_long_lines(text)
    assert len(_plain_long_lines(text)) == 3
    assert list(_long_lines(FLAT)) == [(0, len(FLAT))]  # the first line, from the text's start


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["\n", "一、", "今年经济运行总体平稳。" * 5, FLAT[:300], " ", "a b"]), max_size=12))
def test_long_lines_on_any_lines(pieces):
    text = "".join(pieces)
    assert list(_long_lines(text)) == _plain_long_lines(text)


def test_gaps_read_in_place_are_the_gaps_of_the_line_copied():
    for line in (FLAT, " " + FLAT + " ", "（一） 加强 领导 " + FLAT):
        text = "上一行\n" + line + "\n下一行"
        start, end = text.index(line), text.index(line) + len(line)
        in_place = [g.start() for g in _WRAP_GAP.finditer(text, start, end)]
        assert in_place == [start + g.start() for g in _WRAP_GAP.finditer(line)]
        assert len(in_place) >= 8
