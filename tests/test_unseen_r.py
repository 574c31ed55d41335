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
