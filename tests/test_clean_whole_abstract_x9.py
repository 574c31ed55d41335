"""A document site's abstract that copies the opening of the text whole, to a sentence's end, under the title line
(the title again, then the text's first sentences) is chrome when the text after it opens the same way: its points
are the body's, copied. Texts written for this test, modelled on such pages."""
from __future__ import annotations

import speechdoc


def _outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


_TITLE = "会议纪要的写法及范文"
_OPENING = f"{_TITLE} 会议纪要是记录会议情况的公文。它的标题有两种写法,一是会议名称加纪要。二是机关加内容加纪要。"


def test_an_abstract_that_copies_the_opening_is_chrome():
    text = (f"{_TITLE}\n\n{_OPENING}\n\n{_OPENING}正文一般由两部分组成。\n一、会议概况\n主要写时间和地点。\n"
            "二、议定事项\n写明会议的决定。")
    assert _outline(text) == [(1, "一是", "会议名称加纪要"), (1, "二是", "机关加内容加纪要"),
                              (1, "一、", "会议概况"), (1, "二、", "议定事项")]
    assert [(r.kind, r.text) for r in speechdoc.parse(text).noise] == [("file_header", _OPENING)]


def test_a_first_paragraph_that_opens_with_the_title_and_is_not_repeated_is_text():
    text = (f"{_TITLE}\n{_TITLE}如下,供参考。会议纪要有两种写法,一是会议名称加纪要。二是机关加内容加纪要。\n"
            "一、会议纪要的结构\n由标题和正文构成。")
    doc = speechdoc.parse(text)
    assert doc.noise == []
    assert [(n.marker, n.title) for n in doc.walk()][:2] == [("一是", "会议名称加纪要"), ("二是", "机关加内容加纪要")]
