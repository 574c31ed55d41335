"""A candidate's ``head``: the first three characters of its title, the blanks and line breaks right after
the marker skipped (within 8 characters), fewer at the text's end. Texts written for this test."""
from __future__ import annotations

from speechdoc.outline.markers import scan


def _heads(text: str) -> list[tuple[str, str]]:
    return [(c.marker, c.head) for c in scan(text)]


def test_head_right_after_the_marker():
    assert _heads("一、总体要求\n二、重点任务\n三、保障") == [("一、", "总体要"), ("二、", "重点任"), ("三、", "保障")]


def test_head_after_blanks_and_a_line_break():
    assert _heads("一、 总体要求\n二、\u3000\u3000重点任务\n三、\n保障措施") == [
        ("一、", "总体要"), ("二、", "重点任"), ("三、", "保障措")]


def test_head_too_far_or_at_the_end():
    assert _heads("一、总体要求\n二、        重点任务\n三、") == [("一、", "总体要"), ("二、", ""), ("三、", "")]
