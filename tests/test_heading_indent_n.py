"""A heading whose body was glued onto its line with the body paragraph's indent kept (session N,
outline on unseen text): ``一、上半年工作回顾　　今年以来，…`` — the line break before the two
ideographic blanks was lost (a site that set the heading run-in, or a page that lost every break and
kept only the indents). The title ends at the indent, as it ends at a true line end (corpus README,
O7). Texts written for these tests."""
from __future__ import annotations

import pytest
from test_clean_props import check_way_back

import speechdoc

BODY = "全镇上下团结一心，经济运行稳中有进，主要指标好于预期。"

# headings on their own lines, each with its first body paragraph glued on after the indent
LINES = ("各位代表：\n　　现在，我代表镇人民政府作工作报告，请予审议。\n"
         "　　一、上半年工作回顾　　" + BODY + "\n"
         "　　（一）工业经济稳步增长　　" + BODY + "\n"
         "　　二、下半年工作安排　　下半年，我们将重点抓好以下工作。\n")
# the same page with every line break lost: only the paragraph indents are left between paragraphs
RUN_ON = LINES.replace("\n", "")


def outline(text: str) -> list[tuple[int, str, str]]:
    doc = speechdoc.parse(text)  # (kept while its nodes are read)
    return [(len(n.ancestors()) + 1, n.marker, n.title) for n in doc.walk()]


@pytest.mark.parametrize("text", [LINES, RUN_ON], ids=["lines", "run_on"])
def test_title_ends_at_the_indent(text):
    assert outline(text) == [(1, "一、", "上半年工作回顾"), (2, "（一）", "工业经济稳步增长"),
                             (1, "二、", "下半年工作安排")]
    doc = speechdoc.parse(text)
    check_way_back(doc, text, simplified=False)
    first = next(iter(doc.walk()))
    assert doc.text[first.title_span[0]:first.title_span[1]] == "上半年工作回顾"


def test_letter_spaced_heading_is_one_title():
    # one character before the blanks: the heading is set letter-spaced, its title goes on
    text = "同志们：\n一、前　　言\n" + BODY + "\n二、总　　结\n" + BODY + "\n"
    assert [m for _, m, _ in outline(text)] == ["一、", "二、"]
    assert [t.replace("\u3000", "") for _, _, t in outline(text)] == ["前言", "总结"]


def test_one_blank_inside_a_heading_is_no_indent():
    text = "同志们：\n一、坚持稳中求进　工作总基调不动摇\n" + BODY + "\n"
    (title,) = [t for _, _, t in outline(text)]
    assert title.replace("\u3000", "") == "坚持稳中求进工作总基调不动摇"


def test_a_point_is_unchanged():
    # an enumerated point (一是…) ends at its sentence end as before: the rule reads headings only
    text = "同志们：\n今年要抓好两件事。一是抓项目　　全年安排重点项目一百个。二是抓招商。\n"
    assert [(m, t) for _, m, t in outline(text)] == [("一是", "抓项目全年安排重点项目一百个"), ("二是", "抓招商")]



# a PDF's text layer kept its printed lines (~25 characters), each line indented: the heading is wrapped
PRINTED = """同志们：
今天召开全市安全生产工作会议，主要任务是总结去年
工作，分析当前形势，部署今年任务。下面，我讲三点
意见。
一、提高政治站位，切实增强做好安全生产工作的责任
感和紧迫感
安全生产事关人民群众生命财产安全。全市突破600
家企业完成安全标准化建设，各地要对标对表抓落实。
二、突出工作重点
当前，全市安全生产仍然面临不少风险挑战，我们必须
坚持问题导向，盯住重点行业领域，精准施策。
"""


def test_indent_of_a_wrapped_headings_next_line_is_no_cut():
    # the blanks after the wrap's line break are the next printed line's indent: the title goes on across it
    text = "\n".join("\u3000\u3000" + line if line else line for line in PRINTED.split("\n"))
    assert outline(text) == outline(PRINTED)
    assert outline(text)[0][2] == "提高政治站位，切实增强做好安全生产工作的责任感和紧迫感"
