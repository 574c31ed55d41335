"""Session S, helper outline3: shapes met on real pages nobody had read. Texts written here, modelled on those pages.

A document site's copy of a PDF that breaks its lines after every full stop written the Latin way also breaks
them inside decimal section numbers (1.1 现状 → "1.⏎1现状…"): the dot number alone on its line is half of a
decimal, not a marker whose title is the next line.

Pages that lost line breaks: a section's first numbered point glued to its heading's title (二、纸张和字体1. 纸张：…);
on a run-on page, the next heading glued to the bracket that closed the section before (…3人)三、报告正文。); a first
heading glued to the page's title, which the page printed on its own line above (标题⏎标题一、引言…).

A host's script prints its agenda two items to a line (1.总结工作 2.宣读决定); a document site's abstract (the title
again, run on into the opening) may stop at the end of a clause (…一是对全市工作进行总结表彰;): its 一是 is the body's."""
from __future__ import annotations

import pytest

import speechdoc


def _tree(text: str) -> list[tuple[int, str, str]]:
    doc = speechdoc.parse(text)  # (kept while its nodes are read)
    return [(n.depth, n.marker, n.title) for n in doc.walk()]


_SPLIT = ("某县数字档案系统建设方案\n一 背景概述\n1.\n1现状县档案馆一直重视档案的管理工作,档案具有真实性.\n"
          "近年来,已经解决了档案电子化的工作.\n\n1.\n2存在问题电子档案系统作为一个孤立的系统存在.\n\n"
          "1.\n3建设内容及目标本次系统建设的目标是增加识别功能.\n二 系统功能设计\n2.\n1系统技术架构采用三层结构.\n"
          "2.\n2系统功能结构分为四个模块.\n")


def test_a_decimal_section_number_cut_after_its_dot_is_no_marker():
    assert _tree(_SPLIT) == []


def test_the_cut_decimal_leaves_a_real_list_of_the_text_alone():
    text = _SPLIT + "三、实施计划\n1.组织管理。成立工作专班.\n2.进度安排。分三个阶段实施.\n"
    assert _tree(text) == [(1, "三、", "实施计划"), (2, "1.", "组织管理"), (2, "2.", "进度安排")]


@pytest.mark.parametrize("dot", [".", "．"])
def test_a_dot_number_whose_title_wraps_to_a_line_of_words_stays_a_marker(dot):
    text = f"一、主要任务\n1{dot}\n加强组织领导。各单位要高度重视。\n2{dot}\n强化督促检查。定期通报进展。\n"
    assert [(d, m) for d, m, _ in _tree(text)] == [(1, "一、"), (2, f"1{dot}"), (2, f"2{dot}")]


def test_a_dot_number_over_a_title_that_opens_with_a_year_stays_a_marker():
    text = "一、工作回顾\n1.\n2024年主要指标完成情况。全年完成目标。\n2.\n2025年工作安排。突出重点。\n"
    assert [(d, m) for d, m, _ in _tree(text)] == [(1, "一、"), (2, "1."), (2, "2.")]


_GLUED_POINTS = ("公文格式规范\n\n一、纸张和字体1. 纸张：一般使用A4纸张。\n\n2. 字体：正文使用宋体。\n\n"
                 "二、页眉与页脚1. 页眉：包括单位全称。\n\n2. 页脚：标注页码。\n\n三、附件与印章1、附件：列明名称。\n\n2、印章：右下方盖章。")


def test_a_first_point_glued_to_its_heading_opens_its_line():
    assert _tree(_GLUED_POINTS) == [
        (1, "一、", "纸张和字体"), (2, "1.", "纸张：一般使用A4纸张"), (2, "2.", "字体：正文使用宋体"),
        (1, "二、", "页眉与页脚"), (2, "1.", "页眉：包括单位全称"), (2, "2.", "页脚：标注页码"),
        (1, "三、", "附件与印章"), (2, "1、", "附件：列明名称"), (2, "2、", "印章：右下方盖章")]


@pytest.mark.parametrize("text", [
    "一、主要指标\n全年增长1.5个百分点，完成目标。\n二、下一步",  # a decimal, not a point
    "一、一季度和1、2月份情况\n增长较快。\n二、下一步",  # a range of months
    "一、关于会议\n会议要求：项目1. 要按时开工。\n二、下一步",  # a point after words of a sentence (no heading before it)
])
def test_a_digit_after_a_heading_s_words_is_no_point_where_it_is_no_list(text):
    assert [m for _, m, _ in _tree(text)] == ["一、", "二、"]


_RUN_ON = ("调查报告格式要求如下：一、标题要求标题可以有两种写法。一种是规范化的标题格式。二、列出调查的主要内容，"
           "格式如下：调查时间：调查地点：调查分工：(以小组形式调查的要求，小组人数不得超过3人)三、报告正文。"
           "正文一般分前言、主体、结尾三部分。1.前言。要精练概括。2.主体。这是最主要的部分。") * 2


def test_on_a_run_on_page_the_next_heading_glued_to_a_closing_bracket_opens_its_line():
    text = _RUN_ON[:len(_RUN_ON) // 2] + "结尾要简短有力，" * 40  # (a run-on line: 400 characters or more)
    assert [(d, m) for d, m, _ in _tree(text)] == [(1, "一、"), (1, "二、"), (1, "三、"), (2, "1."), (2, "2.")]


def test_a_heading_numeral_after_a_bracket_with_line_breaks_kept_stays_text():
    text = "一、总体要求\n今年要完成三项任务（见附表)三、四季度要加快进度。\n二、工作措施\n加强领导。"
    assert [m for _, m, _ in _tree(text)] == ["一、", "二、"]


def test_a_first_heading_glued_to_the_page_title_printed_above_it_opens_its_line():
    text = ("行政公文的格式要求\n\n合集下载\n\n行政公文的格式要求\n\n行政公文的格式要求一、引言行政公文是办理公务的文件。\n\n"
            "本文介绍格式要求。\n\n二、纸张和字体\n一般使用A4纸张。")
    assert [(d, m, t[:2]) for d, m, t in _tree(text)] == [(1, "一、", "引言"), (1, "二、", "纸张")]


def test_a_numeral_glued_to_words_that_no_line_above_holds_stays_text():
    text = "会议纪要\n\n本次会议议定事项一、二季度工作安排如下。\n\n二、工作措施\n加强领导。"
    assert [m for _, m, _ in _tree(text)] == ["二、"]


def test_a_part_number_glued_to_the_page_title_is_no_heading():
    text = ("镇长经济工作会议讲话\n\n时间:2021-10-20\n\n镇长经济工作会议讲话(一):\n\n同志们:\n\n下面我讲两个方面的问题。\n\n"
            "一、关于去年经济工作\n\n去年经济平稳。\n\n二、关于今年经济工作\n\n今年要稳增长。")
    assert [(d, m) for d, m, _ in _tree(text)] == [(1, "一、"), (1, "二、")]


_AGENDA = ("全市工会工作会议主持词\n各位领导、同志们：\n今天会议的议程共4项：\n1.总结去年工会工作，部署今年工作任务 2.宣读表彰决定\n"
           "3.为获奖单位和个人颁奖 4.请市委常委作重要讲话 下面，进行第一项议程；\n（报告完毕）\n第二项议程：宣读决定。")


def test_an_agenda_printed_two_items_to_a_line_keeps_every_item():
    assert [(d, m, t[:4]) for d, m, t in _tree(_AGENDA)] == [
        (1, "1.", "总结去年"), (1, "2.", "宣读表彰"), (1, "3.", "为获奖单"), (1, "4.", "请市委常")]


@pytest.mark.parametrize("text", [
    "一、工作回顾\n1.完成投资 3.5亿元，增长较快。\n2.新增项目12个。",  # a decimal after a blank
    "一、工作回顾\n1.加强领导。今年要抓好 2 个方面的工作。\n2.强化保障。",  # a count after a blank
])
def test_a_number_after_a_blank_that_continues_no_list_stays_text(text):
    assert [m for _, m, _ in _tree(text)] == ["一、", "1.", "2."]


def test_a_document_site_abstract_cut_at_a_clause_end_is_chrome():
    title = "市委书记在全市双拥工作动员大会上的讲话"
    body = ("同志们：今天的大会主要有两项内容：一是对全市双拥工作进行总结表彰；二是对创建工作进行动员部署。下面，我讲两层意思。\n"
            "一、认识重大意义\n双拥工作是根基。\n二、明确目标任务\n要争创全国双拥模范城。")
    abstract = title + " " + title + " 同志们：今天的大会主要有两项内容：一是对全市双拥工作进行总结表彰；"
    doc = speechdoc.parse(title + "\n" + abstract + "\n" + body)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一是"), (1, "二是"), (1, "一、"), (1, "二、")]
    assert all(n.span[0] > len(title) + len(abstract) for n in doc.walk())


@pytest.mark.parametrize("notice,omitted", [("......此处隐藏5232字,下载文档可见......", 5232), ("……此处省略860字……", 860),
                                            ("--此处隐藏1234字--", 1234)])
def test_a_document_site_s_hidden_text_notice_written_with_dots_is_a_truncation(notice, omitted):
    doc = speechdoc.parse("讲话\n同志们：今天召开职工代表大会。截至11月底，集团资产总额" + notice + "政策法规关系职工利益。")
    assert [(n.kind, n.text) for n in doc.noise] == [("truncation", notice)]
    assert doc.meta.truncated and doc.meta.omitted_chars == omitted


def test_dots_around_words_that_hide_no_count_stay_text():
    doc = speechdoc.parse("讲话\n同志们：此处......此处省略若干字......不必细说。")
    assert doc.noise == [] and not doc.meta.truncated


_NOTICE = ("友情提示\n    2、PDF文件下载后，可能会被浏览器默认打开，保存网页到桌面即可。\n    3、本站不支持迅雷下载，请使用浏览器下载。\n"
           "    4、本站资源下载后的文档和图纸无水印，预览文档经过压缩。\n    5、试题试卷类文档，如无说明则视为没有答案。\n\n")
_GOALS = "文书的处理\n本章学习目标：\n1、掌握发文处理的环节；\n2、掌握收文处理的环节；\n3、能够独立进行收发文的处理。"


def test_the_numbered_items_next_to_a_known_notice_item_are_the_site_s_notice():
    doc = speechdoc.parse(_NOTICE + _GOALS)
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "1、"), (1, "2、"), (1, "3、")]
    assert [n.text[:2] for n in doc.noise if n.kind == "file_header"] == ["2、", "3、", "4、", "5、"]


@pytest.mark.parametrize("text", [
    # a blank line ends the notice: the speech's own list after it stays
    "4、本站资源下载后的文档无水印。\n\n5、加强组织领导，确保任务落实。\n6、强化督促检查，定期通报进展。",
    # a number that does not go on from the notice's is no item of it
    "3、本站资源下载后的文档无水印。\n1、加强组织领导，确保任务落实。\n2、强化督促检查，定期通报进展。",
])
def test_a_numbered_line_that_does_not_continue_the_notice_stays_text(text):
    assert [m for _, m, _ in _tree(text)][-2:] == [text.split("\n")[-2][:2], text.split("\n")[-1][:2]]
