"""Heading markup is evidence for the outline (issue 13): where a web page's <h2>/<h3> or a
Word file's Heading 1/Heading 2 styles mark the numbered lines, the markup decides how
they nest — the plain text alone is ambiguous when both levels are numbered 一、二、."""
from __future__ import annotations

import io
import re

import pytest

import speechdoc

pytest.importorskip("selectolax")

# Parts and their sections are both numbered 一、; the first part has one section only, so
# in plain text 二、任务 could as well continue the section list as the part list.
HTML = """<html><head><title>在全市经济工作会议上的讲话</title></head><body>
<h1>在全市经济工作会议上的讲话</h1>
<h2>一、形势</h2><h3>一、国际形势</h3><p>外部环境复杂，不确定性上升。</p>
<h2>二、任务</h2><h3>一、扩大内需</h3><p>要扩大有效投资。</p><h3>二、稳定就业</h3><p>要稳住就业基本盘。</p>
<h2>三、保障</h2><p>加强组织领导。</p></body></html>"""

WANT = [(1, "一、", "形势"), (2, "一、", "国际形势"), (1, "二、", "任务"), (2, "一、", "扩大内需"),
        (2, "二、", "稳定就业"), (1, "三、", "保障")]


def outline(doc):
    return [(n.depth, n.marker, n.title) for n in doc.walk()]


def test_html_heading_levels_nest_restarted_lists():
    assert outline(speechdoc.parse(HTML)) == WANT


def test_the_same_lines_as_plain_text_read_flat():
    # without the markup the restarted 一、 lists cannot be told from the parts: the test above
    # passes because of the markup, not because the text alone says so
    text = re.sub(r"\n+", "\n", re.sub(r"<[^>]+>", "\n", HTML)).strip()
    assert outline(speechdoc.parse(text)) != WANT
    assert [m for _, m, _ in outline(speechdoc.parse(text))] == [m for _, m, _ in WANT]


def test_a_marked_up_heading_in_a_weak_form_is_kept():
    # 一. alone would be a decimal-like false friend in running text; an <h2> says it heads a part
    html = ("<html><body><h1>在全县安全生产会议上的讲话</h1><h2>一. 提高认识</h2><p>安全生产责任重于泰山。</p>"
            "<p>各地要抓好落实。</p></body></html>")
    assert [(n.marker, n.title) for n in speechdoc.parse(html).walk()] == [("一.", "提高认识")]


def test_word_heading_styles_nest_restarted_lists(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("在全市经济工作会议上的讲话", style="Title")
    for style, text in [("Heading 1", "一、形势"), ("Heading 2", "一、国际形势"), (None, "外部环境复杂，不确定性上升。"),
                        ("Heading 1", "二、任务"), ("Heading 2", "一、扩大内需"), (None, "要扩大有效投资。"),
                        ("Heading 2", "二、稳定就业"), (None, "要稳住就业基本盘。"), ("Heading 1", "三、保障"),
                        (None, "加强组织领导。")]:
        d.add_paragraph(text, style=style)
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "speech.docx"
    path.write_bytes(buf.getvalue())
    assert outline(speechdoc.parse_file(path)) == WANT
