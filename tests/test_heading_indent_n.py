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


# a page that lost every line break but kept each paragraph's indent (two ideographic blanks), long
# enough to be read as a run-on page: an inline （一）… list, a paragraph after it with its own 第一，
# points, and a ① list after a heading that ends without punctuation
PARAS = ["同志们：", "现在，我就今年的预算讲两个问题。", "一、预算支出",
         "今年的经济建设支出安排如下：（一）工业支出为八十亿元，比上年增长百分之十。（二）农业支出为二十亿元，"
         "比上年增长百分之五。（三）交通支出为十五亿元，比上年增长百分之八。",
         "关于预算数字，还有两点需要说明。第一，这些数字是按照去年的价格计算的。第二，分类数字是按照原来的机构编列的，"
         "今后还要作相应的调整。",
         "二、预算收入",
         "今年的预算收入主要来自三个方面。" + "各地区、各部门要严格执行预算，加强收入征管，做到应收尽收，确保完成全年任务。" * 4,
         "3．成立工人学校", "①工会学校", "学校教授的课程有工会组织法、工人运动史等，每周上课两三次。",
         "②工人夜校", "夜校设在工人聚居的地方，每晚上课两小时。"]


def test_indents_are_paragraphs_on_a_page_that_lost_its_breaks():
    lined = "\n".join("\u3000\u3000" + p for p in PARAS) + "\n"
    run_on = "".join("\u3000\u3000" + p for p in PARAS)
    assert outline(run_on) == outline(lined)
    assert [(d, m) for d, m, _ in outline(run_on)] == [
        (1, "一、"), (2, "（一）"), (2, "（二）"), (2, "（三）"), (2, "第一，"), (2, "第二，"), (1, "二、"), (2, "①"), (2, "②")]
    check_way_back(speechdoc.parse(run_on), run_on, simplified=False)


def test_letter_spaced_title_on_a_run_on_page_is_no_paragraph_break():
    from speechdoc.text.layout import analyse
    text = "政　　府　　工　　作　　报　　告" + "各位代表：现在，我代表市人民政府向大会报告工作，请予审议。" * 14
    assert list(analyse(text).para_starts) == [0]
