"""Session R, helper outline: shapes met on real pages nobody had read. Texts written here, modelled on those pages.

A printed report's table of contents without a label (a PDF of a mayor's 施政報告: 壹、前言……1 lines, the contents
pages' roman numbers between them) is page chrome like a labelled one: its lines are not the outline."""
from __future__ import annotations

import pytest

import speechdoc

from test_clean_props import check_way_back


def _tree(text: str) -> list[tuple[int, str, str]]:
    doc = speechdoc.parse(text)  # (kept while its nodes are read)
    return [(n.depth, n.marker, n.title) for n in doc.walk()]


_BODY = ("某市議會第 2 屆第 3 次定期會\n市長施政報告\n壹、前言\n感謝各位議員的支持，以下就重點施政向各位報告。\n貳、施政規劃\n"
         "一、交通建設\n(一) 發展公共運輸\n1、推動輕軌建設\n本府將規劃輕軌路網，串聯各發展核心。\n")
_CONTENTS = ("(二) 推動長照服務................................ 12\n1、增設日照中心............................. 12\n"
             "2、擴大居家服務與喘息服務，減輕家庭照顧者之\n負擔 ........................................ 13\n"
             "III\n三、教育建設 ........................................ 14\n參、結語................................................ 18\n"
             "IV\n")


def test_a_printed_table_of_contents_without_a_label_lists_no_nodes():
    text = _CONTENTS + _BODY
    doc = speechdoc.parse(text)
    assert _tree(text) == [(1, "壹、", "前言"), (1, "貳、", "施政規劃"), (2, "一、", "交通建設"),
                           (3, "(一)", "發展公共運輸"), (4, "1、", "推動輕軌建設")]
    assert all(n.span[0] >= len(_CONTENTS) for n in doc.walk())  # the wrapped 2、 between two listed lines too
    check_way_back(doc, text, simplified=False)


def test_without_the_contents_the_outline_is_the_same():
    assert _tree(_CONTENTS + _BODY) == _tree(_BODY)


@pytest.mark.parametrize("leader", ["……", "……………", "·········", ". . . . . . ".replace(" ", "")])
def test_other_leaders_make_a_table_of_contents_too(leader):
    contents = "".join(f"{m}{t}{leader}{p}\n" for m, t, p in [("一、", "工作回顧", 1), ("二、", "工作安排", 5),
                                                                ("三、", "保障措施", 9)])
    text = contents + "各位代表：\n一、工作回顧\n去年經濟平穩。\n二、工作安排\n今年要穩增長。\n"
    assert [(n.marker, n.span[0] > len(contents)) for n in speechdoc.parse(text).walk()] == [("一、", True), ("二、", True)]


@pytest.mark.parametrize("text", [
    # two listed lines are not enough evidence
    "一、工作回顧......1\n二、工作安排......5\n三、保障措施\n",
    # the page numbers must grow: a falling number is no table of contents
    "一、工作回顧......9\n二、工作安排......5\n三、保障措施......1\n",
    # a sentence with an ellipsis before a number is text, not a listed line
    "一、要抓好三件事……一共有3\n二、要抓好項目建設……重點有5\n三、要抓好民生保障……其中有7\n",
    # a long sentence between the listed lines: not one table
    "一、工作回顧......1\n今年以來，全市經濟運行總體平穩，各項指標好於預期。\n二、工作安排......5\n三、保障措施......9\n",
])
def test_no_evidence_no_printed_table_of_contents(text):
    assert [(n.marker, n.span[0]) for n in speechdoc.parse(text).walk()] == [
        ("一、", 0), ("二、", text.index("二、")), ("三、", text.index("三、"))]


def test_a_text_full_of_ellipses_is_read_once():
    # every ellipsis is probed at most once (a bound on the probes): the answer is the plain reading
    text = "一、认清形势\n" + "要抓好落实……" * 3000 + "\n二、突出重点\n要扩大投资。"
    assert [n.marker for n in speechdoc.parse(text).walk()] == ["一、", "二、"]


# A chair's script: the agenda is a list of statements a colon introduces (1、…；2、…；3、…。), closed by a sentence of
# the chair's own; the items the chair then takes one by one (一、…) are no part of the agenda's last item.
_AGENDA = ("各位委员：\n现在举行预备会议。本次预备会共有三项议程：{1}审议通过秘书长名单；{2}审议通过提案审查小组名单；"
           "{3}审议通过会议议程。现在逐项进行。\n一、审议通过秘书长名单。请工作人员宣读。\n二、审议通过提案审查小组名单。"
           "请工作人员宣读。\n三、审议通过会议议程。请工作人员宣读。")


@pytest.mark.parametrize("layout", ["inline", "lines", "flattened"])
def test_a_list_of_statements_holds_no_later_list(layout):
    text = _AGENDA.format("", "1、", "2、", "3、")
    if layout == "lines":  # each statement on its own line
        text = text.replace("议程：1、", "议程：\n1、").replace("；2、", "；\n2、").replace("；3、", "；\n3、") \
            .replace("。现在逐项", "。\n现在逐项")
    elif layout == "flattened":  # a document site's copy: every line break became a blank
        text = text.replace("\n", " ")
    assert [(d, m) for d, m, _ in _tree(text)] == [(1, "1、"), (1, "2、"), (1, "3、"), (1, "一、"), (1, "二、"),
                                                    (1, "三、")]


@pytest.mark.parametrize("text", [
    # no sentence of the text's own after the last statement: no evidence the list closed
    "本次会议有两项议程：\n1、审议通过秘书长名单；\n2、审议通过会议议程。\n（一）秘书长名单\n请宣读。",
    # members that are headings with text under them, not statements
    "下面讲两点意见：\n1、认清形势\n今年经济平稳，各项指标好于预期。\n2、突出重点\n要抓项目。\n（一）抓项目\n要扩大投资。",
])
def test_without_statements_closed_the_list_nests_as_before(text):
    assert _tree(text)[-1][0] == 2  # the （一） under the last item


# An article's list of its parts (1.…⏎2.…) that its headings (一、…) state again at once is its table of contents,
# whatever style the headings use.
def test_a_list_of_parts_restated_by_headings_of_another_style_is_a_preview():
    text = ("某市政府工作报告解读\n1.报告的性质\n2.两市报告对比\n3.结论与建议\n\n一、报告的性质\n政府工作报告行文严谨，值得学习。"
            "它要对市民负责。\n二、两市报告对比\n这里对比两市2021年度政府工作报告。")
    assert _tree(text) == [(1, "一、", "报告的性质"), (1, "二、", "两市报告对比")]


def test_one_line_items_the_next_list_does_not_restate_stay_the_outline():
    text = "工作要点\n1.抓项目\n2.抓招商\n3.抓民生\n\n一、总体要求\n要坚持稳中求进。\n二、保障措施\n要加强领导。"
    assert [m for _, m, _ in _tree(text)] == ["1.", "2.", "3.", "一、", "二、"]


# A page of two parallel parts, each a bare heading line over a list of one-line statements (a council's 組織依據 and
# 法定職權): the second head is no part of the first list's last item.
_PARTS = "議會組織與職權\n\n組織依據\n\n一、地方制度法。\n\n二、地方立法機關組織準則。\n\n法定職權\n\n1、 議決縣規章。\n\n2、 議決縣預算。\n"


def test_a_bare_head_parallel_to_the_one_above_closes_its_list():
    assert [(d, m) for d, m, _ in _tree(_PARTS)] == [(1, "一、"), (1, "二、"), (1, "1、"), (1, "2、")]


@pytest.mark.parametrize("text", [
    # the first list had no head of its own: the sub-head under the last item heads a part of it (as before)
    _PARTS.replace("議會組織與職權\n\n組織依據\n\n", "本會依法設立，依據如下。\n"),
    # the last item's line is a heading, not a statement: its sub-head heads a part of it
    _PARTS.replace("二、地方立法機關組織準則。", "二、地方立法機關組織準則"),
])
def test_without_parallel_heads_the_list_nests_as_before(text):
    assert _tree(text)[-1][0] == 2


# Session R, helper toc: a printed table of contents whose leaders are blanks only (一、工作回顾   3): its lines are no
# nodes when the body below heads its parts with the titles it lists (a heading's own blank-separated number could
# mimic a blank leader; a dot leader needs no such evidence).
_BLANK_BODY = "各位代表：\n一、{0}\n去年经济平稳。\n二、{1}\n今年要稳增长。\n三、{2}\n要抓好落实。\n"
_BLANK_TITLES = [("工作回顾", "2024年工作安排", "保障措施"), ("工作回顧", "2024年工作安排", "保障措施")]


@pytest.mark.parametrize("titles", _BLANK_TITLES)
@pytest.mark.parametrize("leaders", [("   ", "      ", "    "), ("\t", "\t", "\t"), ("\u3000\u3000", "\u3000", "\u3000\u3000"),
                                     ("  ", "\t", "……")])
def test_a_table_of_contents_with_blank_leaders_lists_no_nodes(titles, leaders):
    contents = "".join(f"{m}{t}{lead}{p}\n" for m, t, lead, p in zip(("一、", "二、", "三、"), titles, leaders, (3, 12, 18)))
    text = contents + _BLANK_BODY.format(*titles)
    doc = speechdoc.parse(text)
    assert [(d, m, t) for d, m, t in _tree(text)] == [(1, "一、", titles[0]), (1, "二、", titles[1]), (1, "三、", titles[2])]
    assert all(n.span[0] >= len(contents) for n in doc.walk())
    check_way_back(doc, text, simplified=False)


@pytest.mark.parametrize("text", [
    # a heading's own year or count has no blank run before it: headings, not a table of contents
    "一、2024年\n二、加快建设3\n三、推进改革5\n本报告分以上三个部分，请各位代表审议。\n",
    # one blank before the number is a heading's own text (一、工作回顾 3)
    "一、工作回顾 3\n二、工作安排 12\n三、保障措施 18\n" + _BLANK_BODY.format("工作回顾", "工作安排", "保障措施"),
    # an agenda with times after blanks: the body heads no part with its items' titles
    "一、开幕式   9\n二、分组讨论   10\n三、闭幕式   16\n请各位代表准时到会。\n",
    # a year after blanks is no page number (four digits)
    "一、工作回顾   2023\n二、工作安排   2024\n三、保障措施   2025\n" + _BLANK_BODY.format("工作回顾", "工作安排", "保障措施"),
])
def test_without_blank_leader_evidence_the_lines_stay_nodes(text):
    assert [n.span[0] for n in speechdoc.parse(text).walk()][:3] == [0, text.index("二、"), text.index("三、")]
