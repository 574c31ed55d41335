"""Outline patterns of extracted and pasted pages (helper outline, session K).

Every text here is written for the test; none is copied from a page.
"""
from __future__ import annotations

import speechdoc


def _printed(text: str, width: int) -> str:
    """``text`` as a printer that breaks each line at its column, whatever stands there, extracts it."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


_INTRO = "今年以来，全县上下认真落实县委部署，克服困难，主要经济指标保持平稳增长，发展态势总体向好。"


#: a speech with three lists (一是…, （一）…, 第一，…) whose second members a printed column of 30 cuts
_PROJECT_SPEECH = ("同志们：\n" + _INTRO * 2 + "\n一、认清形势，增强抓项目的紧迫感\n"
        + _INTRO + "上半年全县项目建设进展顺利成效明显。从这次推进会的目标来看，一是项目开工率要有明显提升；"
        "二是投资完成额要达到序时进度；三是重大项目要实现月月有进展。\n二、突出重点，扎实推进项目建设\n"
        "具体是：（一）抓好项目谋划储备，建立项目库动态管理机制；（二）抓好项目开工建设，落实领导包抓责任；"
        "（三）抓好要素保障服务。\n三、强化保障，确保各项任务落到实处\n县委决定从三个方面加强保障，"
        "各乡镇要认真落实到位，具体是：第一，压实责任，层层分解到人。第二，强化督查，每月通报进度。"
        "第三，严格考核，结果与评先挂钩。\n")


def test_a_marker_cut_by_a_printed_line_end_is_read_whole():
    # 二⏎是, 第⏎三，, （二⏎）: the wrap falls inside the marker; read across it, the marker is whole
    text = "在全县项目建设推进会上的讲话\n" + _PROJECT_SPEECH
    printed = _printed(text, 30)
    for cut in ("二\n是", "（二\n）", "第\n三，"):
        assert cut in printed  # (the test's column cuts these three)
    flat = [(n.depth, n.marker) for n in speechdoc.parse(text).walk()]
    doc = speechdoc.parse(printed)
    assert [(n.depth, n.marker) for n in doc.walk()] == flat
    assert len(flat) == 12
    by_marker = {n.marker: n.title for n in doc.walk()}
    assert by_marker["二是"] == "投资完成额要达到序时进度"
    assert by_marker["（二）"] == "抓好项目开工建设，落实领导包抓责任"
    assert by_marker["第三，"] == "严格考核，结果与评先挂钩"


def test_a_line_ending_in_a_numeral_before_a_wrap_is_no_marker():
    # …达到百分之十⏎二，… and 统一⏎是: a numeral at a wrap that reads as no marker across it stays text
    text = ("在全县经济形势分析会上的讲话\n同志们：\n" + _INTRO * 2 + "\n一、关于当前经济形势\n"
            + "上半年全县规上工业增加值增长百分之十二，固定资产投资增长百分之十五，社会消费品零售总额增长百分之"
            "九，思想要高度统一是我们做好下半年工作的前提，各乡镇各部门要认清形势、坚定信心。\n")
    doc = speechdoc.parse(_printed(text, 31))
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、")]


def test_a_heading_list_after_a_closed_point_list_on_one_line_is_not_inside_the_last_point():
    # a page that lost its line breaks: 一是…三是… in the opening, then the speaker's own 第一，… after a
    # sentence that announces them; the 第一， list does not go inside 三是 (with its breaks it is a sibling)
    lines = ["在全县生态环境保护工作会议上的讲话", "同志们：",
             "今天召开这次会议，主要基于三方面考虑：一是落实上级部署的新要求；二是分析我县面临的形势和压力；"
             "三是动员全县上下坚决打好污染防治攻坚战。刚才，有关部门作了安排，我都同意。下面，我再强调三点意见。",
             "第一，认清形势，在思想认识上聚焦提升。今年是攻坚战的决战之年，任务十分艰巨。",
             "第二，突出重点，在问题整改上聚焦发力。要把问题清单逐项整改到位。",
             "第三，压实责任，在工作落实上聚焦攻坚。各级要把责任扛在肩上。"]
    with_breaks = [(n.depth, n.marker) for n in speechdoc.parse("\n".join(lines)).walk()]
    assert with_breaks == [(1, "一是"), (1, "二是"), (1, "三是"), (1, "第一，"), (1, "第二，"), (1, "第三，")]
    assert [(n.depth, n.marker) for n in speechdoc.parse("".join(lines)).walk()] == with_breaks


def test_a_heading_list_a_point_introduces_with_a_colon_stays_inside_it():
    text = ("在全县项目建设工作会议上的讲话\n同志们：\n今年的重点工作，一是抓好项目谋划；二是抓好招商引资；"
            "三是抓好要素保障，具体要做好三件事：（一）保障用地；（二）保障资金；（三）保障用工。\n")
    assert [(n.depth, n.marker) for n in speechdoc.parse(text).walk()] == \
        [(1, "一是"), (1, "二是"), (1, "三是"), (2, "（一）"), (2, "（二）"), (2, "（三）")]


def test_a_heading_glued_to_a_title_with_a_note_in_brackets_opens_its_line():
    # a page that lost its line breaks: …会议上的讲话（摘要）一、充分肯定成绩…: the title's note in brackets
    # (摘要, 节选) ends the title as 讲话 does
    for note in ("（摘要）", "(节选)", ""):
        text = ("在全市安全生产工作会议上的讲话" + note + "一、充分肯定过去一年取得的成效去年以来，全市安全生产形势"
                "保持平稳，一是事故总量下降；二是监管力量加强。二、清醒认识当前面临的严峻形势当前，全市安全生产"
                "基础仍然薄弱，各类风险交织叠加，必须引起高度重视。")
        assert [(n.depth, n.marker) for n in speechdoc.parse(text).walk()] == \
            [(1, "一、"), (2, "一是"), (2, "二是"), (1, "二、")], note


def test_an_infobox_bullet_naming_the_report_opens_no_speech():
    # an encyclopedia page: the infobox's fields are bullets (• 中文名:…政府工作报告); the report is one speech
    body = "今年以来，全县上下认真贯彻县委部署，经济运行总体平稳，各项事业取得新进展。" * 4
    text = ("2019年县人民政府工作报告\n《2019年县人民政府工作报告》是县长在县第十七届人民代表大会第三次会议上所作的报告，"
            "回顾了过去一年的工作，提出了今年的目标任务。\n基本信息\n"
            "  • 中文名:2019年县人民政府工作报告\n  • 报告日期:2019年1月8日\n  • 报告人:县长\n"
            "报告全文\n各位代表：\n" + body + "\n一、过去一年的工作回顾\n" + body + "\n二、今年的主要任务\n" + body + "\n")
    doc = speechdoc.parse(text)
    assert len(doc.speeches) == 1
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一、"), (1, "二、")]


def test_a_marker_cut_by_a_flattened_printed_line_end_is_read_whole():
    # the same speech flattened onto one line, each printed line's end a blank (二 是, （二 ）, 第 三，)
    flat = "在全县项目建设推进会上的讲话\n" + " ".join(_printed(_PROJECT_SPEECH, 30).split("\n"))
    for cut in ("二 是", "（二 ）", "第 三，"):
        assert cut in flat
    doc = speechdoc.parse(flat)
    markers = [n.marker for n in doc.walk()]
    for m in ("二是", "（二）", "第三，"):
        assert m in markers


def test_a_marker_cut_right_after_its_open_bracket_is_read_whole():
    # …；（⏎二）抓好…: the next line opens like a marker (二）), so the layout reads a paragraph start there;
    # a line that ends in an open bracket ends no paragraph
    text = "在全县项目建设推进会上的讲话\n" + _PROJECT_SPEECH
    flat = [(n.depth, n.marker) for n in speechdoc.parse(text).walk()]
    for width in (25, 29):
        printed = _printed(text, width)
        assert "（\n" in printed
        assert [(n.depth, n.marker) for n in speechdoc.parse(printed).walk()] == flat


def test_a_heading_marker_broken_over_two_lines_is_read_whole():
    # typesetting with no rule against it breaks a heading's marker: 二⏎、关于… and （二⏎）…
    body = "今年以来，全县农业生产总体平稳，粮食面积稳定在较高水平，农民收入稳步增长。"
    for broken, whole in (("二\n、", "二、"), ("（二\n）", "（二）")):
        first, third = ("一、", "三、") if whole == "二、" else ("（一）", "（三）")
        text = (f"在全县农业工作会议上的讲话\n同志们：\n{first}关于当前农业形势\n{body}\n{broken}关于今年的重点任务\n"
                f"{body}\n{third}关于工作保障\n{body}\n")
        assert [n.marker for n in speechdoc.parse(text).walk()] == [first, whole, third]
