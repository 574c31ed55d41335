"""Line ends a page wrote out as the letters of their codes (x0dx0a: \\x0d\\x0a with the backslashes lost, as content
farms copy a text) are read as line ends: each run is a ``line_end`` noise record, blanked to line breaks in the view,
so a heading after one opens its line. Texts written for this test, modelled on such pages."""
from __future__ import annotations

import speechdoc


def _outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


def test_lists_whose_line_ends_are_written_out_are_lists():
    text = ("讲话的要求 x0dx0ax0dx0a一、要提高政治站位。 x0dx0ax0dx0a二、要压实工作责任。各级要抓好落实。 x0dx0ax0dx0a"
            "三、要加强督促检查。 x0dx0ax0dx0a工作的方法 x0dx0ax0dx0a一、要深入调查研究。 x0dx0ax0dx0a二、要坚持问题导向。")
    assert _outline(text) == [(1, "一、", "要提高政治站位"), (1, "二、", "要压实工作责任"), (1, "三、", "要加强督促检查"),
                              (1, "一、", "要深入调查研究"), (1, "二、", "要坚持问题导向")]
    doc = speechdoc.parse(text)
    assert {n.kind for n in doc.noise} == {"line_end"}
    assert all(n.text == "x0dx0ax0dx0a" == doc.text[n.span[0]:n.span[1]] for n in doc.noise)


def test_a_single_written_out_line_end_is_one_too():
    assert _outline("会议提出两点要求：x0dx0a一、抓好安全生产。x0dx0a二、抓好项目建设。") == [
        (1, "一、", "抓好安全生产"), (1, "二、", "抓好项目建设")]


def test_a_text_without_them_keeps_its_letters_and_its_inline_numbers():
    text = "型号为x0d的设备运行正常，一、二季度产量稳定。"
    doc = speechdoc.parse(text)
    assert list(doc.walk()) == [] and doc.noise == []


def test_the_shown_text_keeps_the_letters():
    text = "要求如下 x0dx0a一、要加强领导。"
    doc = speechdoc.parse(text)
    assert doc.text == text and _outline(text) == [(1, "一、", "要加强领导")]
