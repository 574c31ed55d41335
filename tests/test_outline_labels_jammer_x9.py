"""Two layouts of 纪要/会议记录 pages (texts written for this test, modelled on them): parallel label lines that end in a
colon, each over its own list; and a forum's anti-copy junk before a heading that keeps the paragraph's indent."""
from __future__ import annotations

import speechdoc


def _outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


def test_a_label_with_a_colon_over_the_next_list_is_parallel_to_the_label_over_the_first():
    text = "记录头的内容有：\n1、会议名称。\n2、会议时间。\n3、会议地点。\n会议记录的特点：\n（一）纪实性。\n（二）指导性。\n一是会议本身的权威性；\n二是集中反映会议精神。"
    assert _outline(text) == [(1, "1、", "会议名称"), (1, "2、", "会议时间"), (1, "3、", "会议地点"),
                              (1, "（一）", "纪实性"), (1, "（二）", "指导性"),
                              (2, "一是", "会议本身的权威性"), (2, "二是", "集中反映会议精神")]


def test_either_head_may_be_the_label_and_the_other_a_bare_heading():
    text = "组织依据\n一、地方组织法。\n二、议事规则。\n法定职权如下：\n1、审议预算。\n2、听取报告。"
    assert _outline(text) == [(1, "一、", "地方组织法"), (1, "二、", "议事规则"), (1, "1、", "审议预算"), (1, "2、", "听取报告")]


def test_a_label_under_an_item_with_body_text_and_no_head_above_the_list_stays_inside():
    # no label heads the first list: the colon line may be the last item's own (its sub-points)
    text = "一、抓好安全生产。\n二、抓好项目建设。\n具体要求：\n（一）按月调度。\n（二）按季通报。"
    assert _outline(text) == [(1, "一、", "抓好安全生产"), (1, "二、", "抓好项目建设"),
                              (2, "（一）", "按月调度"), (2, "（二）", "按季通报")]


def test_a_heading_behind_a_forum_jammer_and_the_paragraph_indent_opens_its_line():
    text = ("会议纪要格式\n一、 概念和要领 ' ]7 ~9 `) B' _3 r\n  会议纪要用于记载会议情况。\n"
            ". w. p+ j1 n/ M  二、 范文和模具7 _. v\" [: a\" Q  L\n  (一)贯通式会议纪要。\n  (二)条项式会议纪要。")
    assert _outline(text) == [(1, "一、", "概念和要领"), (1, "二、", "范文和模具"),
                              (2, "(一)", "贯通式会议纪要"), (2, "(二)", "条项式会议纪要")]


def test_ascii_prose_before_a_numeral_is_no_jammer():
    # a sentence of Latin words is no run of one- and two-character tokens
    assert _outline("一、总体情况\n内容。\nsee the report at page  二、下一步") == [(1, "一、", "总体情况")]
