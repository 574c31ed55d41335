"""Page furniture (issue 8, classes b and g): tables of contents, page numbers, form feeds,
invisible characters and sharing-site page labels never cost the body its headings, and
every character still has exactly one home. The readable cases are in
``fixtures/clean/pages.txt``; here the same patterns are generated over separators,
heading styles and both scripts."""
from __future__ import annotations

import pytest
from test_clean_props import check_way_back

import speechdoc
from speechdoc.text.clean import clean, fold_script

# what may stand between the end of one section and the next heading
SEPARATORS = {
    "form-feed": ("\f", ["page_break"]),
    "form-feed-own-line": ("\f\n", ["page_break"]),
    "vertical-tab": ("\x0b", []),
    "zero-width-space": ("\u200b", []),
    "bom": ("\ufeff", []),
    "word-joiner-run": ("\u2060\u200b\u200d", []),
    "bidi-marks": ("\u200e\u202a\u2066\u200f", []),
    "soft-hyphen": ("\xad", []),
    "nul": ("\x00", []),
    "line-separator": ("\u2028", []),
    "lone-cr": ("\r", []),
    "em-dash-number": ("\n— 2 —\n", ["page_break"]),
    "hyphen-number": ("\n- 3 -\n", ["page_break"]),
    "fullwidth-number": ("\n－１２－\n", ["page_break"]),
    "di-ye": ("\n第 3 页\n", ["page_break"]),
    "di-ye-gong": ("\n第3页 共10页\n", ["page_break"]),
    "gong-di": ("\n共10页 第3页\n", ["page_break"]),
    "page-of": ("\nPage 3 of 10\n", ["page_break"]),
    "number-then-form-feed": ("\n7\n\f", ["page_break"]),
    "form-feed-then-number": ("\n\f\n8\n", ["page_break"]),
    "dash-number-form-feed": ("\n— 4 —\n\f", ["page_break"]),
}
HEADINGS = [("二、", "突出重点"), ("（二）", "突出重点"), ("2.", "突出重点"), ("第二，", "突出重点")]
FIRST = {"二、": "一、", "（二）": "（一）", "2.": "1.", "第二，": "第一，"}


def _speech(first: str, second: str, sep: str, traditional: bool) -> str:
    text = f"在全县工作会议上的讲话\n同志们：\n{first}认清形势\n今年经济运行总体平稳。{sep}{second}突出重点\n要抓好三件事。\n"
    if traditional:
        text = text.replace("县", "縣").replace("会议", "會議").replace("讲话", "講話").replace("们", "們") \
            .replace("认清形势", "認清形勢").replace("济运行总体平稳", "濟運行總體平穩").replace("点", "點") \
            .replace("抓好三件事", "抓好三件事")
    return text


@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
@pytest.mark.parametrize("marker,_title", HEADINGS)
@pytest.mark.parametrize("name", sorted(SEPARATORS))
def test_page_furniture_never_hides_the_next_heading(name, marker, _title, traditional):
    sep, kinds = SEPARATORS[name]
    text = _speech(FIRST[marker], marker, sep, traditional)
    doc = speechdoc.parse(text)
    nodes = [(n.marker, fold_script(n.title)) for n in doc.walk()]
    assert nodes == [(FIRST[marker], "认清形势"), (marker, "突出重点")], name
    assert [n.kind for n in doc.noise] == kinds
    for n in doc.noise:  # the record holds the page furniture, never the heading
        assert marker not in doc.text[n.span[0]:n.span[1]]
    check_way_back(doc, text, simplified=False)


def test_a_page_number_line_inside_running_text_is_still_a_page_break():
    text = "一、认清形势\n今年经济运行\n第 12 页\n总体平稳。\n二、突出重点\n要抓好三件事。"
    doc = speechdoc.parse(text)
    assert [(n.kind, n.text) for n in doc.noise] == [("page_break", "第 12 页")]
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    check_way_back(doc, text, simplified=False)


@pytest.mark.parametrize("line", ["2023", "2", "— 二 —", "第3页的内容", "共同努力", "- 3 - 4 -", "第三页"])
def test_numbers_that_are_not_page_furniture_stay_text(line):
    doc = speechdoc.parse(f"一、认清形势\n{line}\n今年经济平稳。")
    assert doc.noise == []


# a table of contents, with the body after it
TOC_BODY = "同志们：\n今天召开全县经济工作会议，我讲三点意见。\n一、认清形势\n去年全县生产总值增长6.2%。\n二、突出重点\n要扩大有效投资。\n"
LABELS = ["目录：", "目录", "目錄:", "提纲：", "提綱", "目录/提纲:……", "【目录】", "文章目录", "目 录"]


@pytest.mark.parametrize("label", LABELS)
def test_a_table_of_contents_is_one_record_and_the_body_keeps_its_headings(label):
    toc = f"{label}\n一、认清形势\n二、突出重点\n"
    text = toc + TOC_BODY
    doc = speechdoc.parse(text)
    assert [(n.kind, n.text) for n in doc.noise] == [("toc", toc.strip())]
    nodes = list(doc.walk())
    assert [(n.marker, n.title) for n in nodes] == [("一、", "认清形势"), ("二、", "突出重点")]
    assert all(n.span[0] > len(toc) for n in nodes)  # the body's headings, not the listed ones
    check_way_back(doc, text, simplified=False)


def test_unmarked_listed_lines_count_when_they_recur():
    text = "目录\n前言\n认清形势\n突出重点\n结束语\n\n前言\n同志们，今天开会。\n认清形势\n去年经济平稳。\n突出重点\n要抓好落实。\n结束语\n散会。"
    doc = speechdoc.parse(text)
    assert [(n.kind, n.text) for n in doc.noise] == [("toc", "目录\n前言\n认清形势\n突出重点\n结束语")]


@pytest.mark.parametrize("text", [
    "提纲：\n一、认清形势\n二、突出重点\n三、强化保障",  # the outline is the text
    "目录：\n一、认清形势\n（一）经济平稳\n（二）就业稳定\n二、突出重点",  # nothing after it
    "目录编制要规范。\n一、认清形势\n二、突出重点\n一、认清形势",  # 目录 in a sentence
    "目录：\n今年全县经济运行总体平稳，各项指标好于预期。\n一、认清形势\n二、突出重点",  # a sentence, not a listed line
])
def test_no_evidence_no_table_of_contents(text):
    doc = speechdoc.parse(text)
    assert "toc" not in [n.kind for n in doc.noise]
    assert [n.marker for n in doc.walk()][:1] == ["一、"]


def test_table_of_contents_stops_before_a_body_that_repeats_its_first_line():
    text = "目录\n一、认清形势\n二、突出重点\n一、认清形势\n二、突出重点\n要扩大有效投资。"
    doc = speechdoc.parse(text)
    assert [n.text for n in doc.noise] == ["目录\n一、认清形势\n二、突出重点"]
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]


def _chunked(pages: list[str]) -> str:
    return "\n".join(f"{i}、{p}" for i, p in enumerate(pages, 1))


PAGE = "全县上下认真贯彻上级决策部署，经济社会发展取得新成效，各项事业全面进步，群众获得感不断增强。" * 4


def test_sharing_site_page_labels_are_page_breaks():
    text = _chunked(["在全县工作会议上的讲话 同志们: " + PAGE + "切合全县", "实际，思路清晰。" + PAGE + "振奋了", "精神。一是统一思想；二是明确目标。"])
    doc = speechdoc.parse(text)
    assert [(n.kind, n.text) for n in doc.noise] == [("page_break", f"{i}、") for i in (1, 2, 3)]
    assert [n.marker for n in doc.walk()] == ["一是", "二是"]
    check_way_back(doc, text, simplified=False)


@pytest.mark.parametrize("pages", [
    ["抓好项目建设。" + PAGE, "抓好改革创新。" + PAGE, "抓好民生保障。"],  # each page ends its sentence
    ["抓好项目建设", "抓好改革创新", "抓好民生保障"],  # short lines: a list
])
def test_a_real_list_is_not_taken_for_page_labels(pages):
    doc = speechdoc.parse(_chunked(pages))
    assert "page_break" not in [n.kind for n in doc.noise]
    assert [n.marker for n in doc.walk()] == ["1、", "2、", "3、"]


RUNS = {
    "labels": "目录\n" * 20000,
    "label-entries": ("目录：\n一、认清形势\n" * 8000),
    "toc-then-body": "目录\n" + "一、认清形势\n" * 20000,
    "form-feeds": "\f" * 40000,
    "form-feed-numbers": "3\n\f" * 15000,
    "page-numbers": "— 2 —\n" * 10000,
    "zero-width": "\u200b一" * 20000,
    "chunk-labels": "".join(f"{i % 999 + 1}、{'要' * 160}\n" for i in range(300)),
    "line-separators": "\u2028一、" * 20000,
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_long_runs_of_page_furniture_finish_and_tile(name):
    text = RUNS[name]
    cleaned = clean(text)
    assert len(cleaned.view.fold) == len(cleaned.view.text)
    check_way_back(speechdoc.parse(text), text, simplified=False)
