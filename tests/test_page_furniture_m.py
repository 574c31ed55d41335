"""PDF text dumps (session M, outline on unseen text): the page furniture a dump keeps between
pages — a running header printed under every page number, a page number left inside a line
when the dump flattened the pages onto one line, an endnote list after 注： on that same line —
never takes a heading's title or becomes a node. Texts written for these tests."""
from __future__ import annotations

import pytest
from test_clean_props import check_way_back

import speechdoc
from speechdoc.text.clean import fold_script

# a PDF's text layer, printed lines ~20 characters wide, a running header under each page number;
# one page ends right after 三、 (the header then stands between the marker and its title)
DUMP = """在全县经济工作会议上的讲话
同志们：
一、认清形势，坚定信心
今年以来，全县经济运行总体平稳，主要指标
好于预期，工业和投资增长较快，消费市场逐
步回暖，财政收入稳中有升，民生保障有力有
效。
- 1 -
{head}
二、突出重点，扩大投资
要抓好三件事：一是抓项目，全年安排重点项
目一百个，力争早开工、早投产；二是抓招
- 2 -
{head}
商，瞄准龙头企业精准招商；三是抓服务，为
企业解难题、办实事。各乡镇要把项目放在首
位，一个一个抓落实。
三、
- 3 -
{head}
强化保障，压实责任
各级各部门要令行禁止，说到做到，确保各项
任务落到实处。
"""


@pytest.mark.parametrize("head", ["××县人民政府办公室", "政府工作报告", "第十次全体会议文件（第3号）"])
def test_a_running_header_under_every_page_number_is_page_furniture(head):
    text = DUMP.format(head=head)
    doc = speechdoc.parse(text)
    assert [n.kind for n in doc.noise] == ["page_break"] * 3
    assert all(n.text.endswith(head) for n in doc.noise)
    heads = [(n.marker, n.title) for n in doc.walk() if n.depth == 1]
    assert heads == [("一、", "认清形势，坚定信心"), ("二、", "突出重点，扩大投资"), ("三、", "强化保障，压实责任")]
    assert not any(head in n.title for n in doc.walk())
    check_way_back(doc, text, simplified=False)


def test_a_line_next_to_only_two_page_numbers_stays_text():
    text = DUMP.format(head="政府工作报告").replace("- 3 -\n政府工作报告\n", "- 3 -\n")
    doc = speechdoc.parse(text)
    assert [n.text for n in doc.noise] == ["- 1 -", "- 2 -", "- 3 -"]
    check_way_back(doc, text, simplified=False)


def test_lines_that_differ_at_each_page_number_stay_text():
    text = DUMP.replace("{head}\n二、", "第一部分\n二、").replace("{head}\n商", "商").replace("{head}\n强化", "强化")
    doc = speechdoc.parse(text)
    assert all(n.text.startswith("- ") and "\n" not in n.text for n in doc.noise)


# a PDF dump flattened onto one line: printed lines joined by a space, page numbers left in between
_LINES = [
    "在全市经济工作会议上的讲话", "同志们：今天召开全市经济工作会议，主要任务", "是总结去年工作，分析当前形势，部署今年任务。",
    "刚才，几位同志作了很好的发言，我都同意。下面", "，我讲三点意见。", "一、正确看待当前经济形势",
    "过去一年，全市上下顶住压力，经济总量稳步扩大", "，工业增加值增长百分之六，固定资产投资增长百",
    "分之八，消费市场持续回暖，民生保障有力有效。", "农业生产稳中有进，粮食总产量再创新高，特色产",
    "业规模不断扩大，农民收入较快增长。城市建设步", "伐加快，一批道路、学校和医院项目建成投用，城",
    "乡面貌明显改善。正如有人所说，“发展是解决一", "切问题的基础和关键”①。", "二、", "- 2 -", "突出抓好重点工作",
    "要扭住项目建设不放松，全年安排重点项目一百个", "- 3 -", "，力争早开工、早投产、早见效。要把招商引资作",
    "为一号工程，瞄准龙头企业和配套企业精准招商，", "以商招商，以情招商。要持续优化营商环境，推行",
    "一窗受理、一次办好，让企业少跑腿、好办事。", "三、切实加强组织领导", "各级领导干部要以上率下，真抓实干，对定下来的",
    "事情要一抓到底，确保各项任务落到实处。", "注：", "① 引自某次会议讲话。", "② 引自某份文件。",
]
FLAT = " ".join(_LINES)


@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_a_page_number_inside_a_flattened_line_is_a_page_break(traditional):
    import opencc

    text = opencc.OpenCC("s2t").convert(FLAT) if traditional else FLAT
    doc = speechdoc.parse(text)
    assert [(n.kind, n.text) for n in doc.noise][:2] == [("page_break", "- 2 -"), ("page_break", "- 3 -")]
    assert [(n.marker, fold_script(n.title)) for n in doc.walk()] == [
        ("一、", "正确看待当前经济形势"), ("二、", "突出抓好重点工作"), ("三、", "切实加强组织领导")]
    check_way_back(doc, text, simplified=False)


def test_endnotes_after_zhu_on_a_flattened_line_are_notes_not_nodes():
    doc = speechdoc.parse(FLAT)
    assert doc.noise[-1].kind == "notes" and doc.noise[-1].text.startswith("注：")
    assert not any(n.marker in "①②" for n in doc.walk())
    check_way_back(doc, FLAT, simplified=False)


def test_one_circled_mark_after_zhu_is_no_endnote_list():
    text = FLAT.replace(" ② 引自某份文件。", "")
    doc = speechdoc.parse(text)
    assert "notes" not in [n.kind for n in doc.noise]


@pytest.mark.parametrize("text", ["会议定于2019 - 3 - 5 召开，" * 30, "详见材料第 3 - 5 - 7 页。" * 30])
def test_spaced_dashes_after_a_number_are_no_page_number(text):
    doc = speechdoc.parse(text)
    assert "page_break" not in [n.kind for n in doc.noise]


# a page that lost its line breaks: the site's editor's note sits between the speech's title and its salutation
_NOTE = ("县长在全县项目建设推进会上的讲话编者按:本文主要从认清形势、突出重点、强化保障三个方面进行阐述。其中,主要内容包括:"
         "一是项目建设取得新进展、二是招商引资实现新突破、三是营商环境得到新改善等。具体内容请阅读全文:")
_BODY = ("同志们:今天召开全县项目建设推进会,我讲三点意见:一、认清形势,增强抓项目的紧迫感今年以来,全县项目建设总体平稳。"
         "成绩体现在三个方面:一是项目建设取得新进展。二是招商引资实现新突破。三是营商环境得到新改善。")


@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_an_editors_note_glued_between_title_and_salutation_is_page_chrome(traditional):
    import opencc

    text = _NOTE + _BODY
    if traditional:
        text = opencc.OpenCC("s2t").convert(text)
    doc = speechdoc.parse(text)
    assert [n.kind for n in doc.noise] == ["footer"]
    note = doc.noise[0]
    assert doc.text[note.span[0]:note.span[0] + 3] in ("编者按", "編者按")
    assert all(n.span[0] > note.span[1] for n in doc.walk())  # the speech's own points, not the note's
    assert [n.marker for n in doc.walk()] == ["一、", "一是", "二是", "三是"]
    check_way_back(doc, text, simplified=False)


def test_an_editors_note_that_no_salutation_closes_on_its_line_stays_text():
    text = _NOTE + "\n" + _BODY
    doc = speechdoc.parse(text)
    assert "footer" not in [n.kind for n in doc.noise]


# a PDF dump flattened onto one line whose points are numbered with digits: a blank before 3． is a
# printed line's start (the line before it ends its sentence, the point's line is short)
_POINTS = ["在全镇工作会议上的讲话", "同志们：今天召开全镇工作会议，总结去年工作，", "部署今年任务。下面，我讲两点意见。", "一、去年工作回顾",
           "过去一年，全镇上下团结一心，经济社会保持平稳", "发展，农业生产稳中有进，工业经济较快增长，城", "镇面貌明显改善，各项工作取得新成效。这些成绩",
           "的取得，是全镇干部群众共同奋斗的结果，来之不", "易，值得倍加珍惜。同时也要看到，发展不平衡、", "不充分的问题依然存在，必须认真加以解决。",
           "二、今年工作安排", "1．抓好项目建设", "全年安排重点项目二十个，力争早开工、早投产，", "确保完成年度投资计划，以项目建设带动全镇发展",
           "。各村要把项目放在首位，一个一个抓落实，一件", "一件见成效。", "2．抓好招商引资", "瞄准龙头企业和配套企业精准招商，全年引进项目",
           "十个以上，力争落地一批好项目、大项目。要优化", "营商环境，让企业进得来、留得住、发展好。", "3．抓好民生实事",
           "办好群众最关心的十件实事，教育、医疗、养老等", "方面的短板要加快补齐，让群众得到更多实惠。同", "志们，新的一年任务艰巨，我们要坚定信心，真抓",
           "实干，奋力完成全年各项目标任务。"]


def test_a_numbered_point_after_a_blank_opens_a_printed_line_of_a_flattened_dump():
    text = " ".join(_POINTS)
    doc = speechdoc.parse(text)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "一、", "去年工作回顾"), (1, "二、", "今年工作安排"), (2, "1．", "抓好项目建设"), (2, "2．", "抓好招商引资"),
        (2, "3．", "抓好民生实事")]
    check_way_back(doc, text, simplified=False)


def test_a_figure_after_a_blank_keeps_its_words_together():
    text = " ".join(_POINTS).replace("全年引进项目 十个以上", "全年引进项目 10 个以上")
    doc = speechdoc.parse(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、", "1．", "2．", "3．"]


# a page that lost its line breaks (paragraphs joined by a blank), with the site's table of contents on the line
_TOC_PAGE = ("您的位置:某某文秘网>>政府报告>>正文 镇人代会政府工作报告 发表时间:2010/10/28 12:22:00 目录/提纲:…… "
             "一、上半年工作回顾 二、下半年工作安排 (一)、抓好项目建设 (二)、抓好民生实事 …… 各位代表: "
             "现在,我代表镇人民政府向大会报告工作,请予审议。今年是实施“十二五”规划的开局之年,做好各项工作意义重大。"
             "在镇党委的正确领导下,在镇人大的监督支持下,全镇上下团结一心,克难攻坚,较好完成了上半年各项目标任务。 "
             "一、上半年工作回顾 今年以来,全镇经济社会保持平稳发展,"
             "各项工作取得新成效。农业生产稳中有进,粮食总产量再创新高,特色产业规模不断扩大。工业经济较快增长,"
             "一批骨干企业扩能改造,新增规模以上企业五家。城镇面貌明显改善,道路、学校和卫生院项目建成投用,"
             "群众生活水平稳步提高。 二、下半年工作安排 下半年要重点抓好两件事。 "
             "(一)、抓好项目建设 全年安排重点项目二十个。 (二)、抓好民生实事 办好群众最关心的十件实事。")


@pytest.mark.parametrize("blank", [" ", " \u3000\u3000"])
def test_a_table_of_contents_on_a_line_that_lost_its_breaks_is_one_record(blank):
    text = _TOC_PAGE.replace(" ", blank)
    doc = speechdoc.parse(text)
    tocs = [n for n in doc.noise if n.kind == "toc"]
    assert len(tocs) == 1 and tocs[0].text.startswith("目录/提纲:……") and tocs[0].text.endswith("……")
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [
        (1, "一、", "上半年工作回顾"), (1, "二、", "下半年工作安排"), (2, "(一)、", "抓好项目建设"), (2, "(二)、", "抓好民生实事")]
    assert all(n.span[0] > tocs[0].span[1] for n in doc.walk())
    check_way_back(doc, text, simplified=False)


def test_a_contents_word_inside_a_run_on_sentence_is_no_label():
    text = _TOC_PAGE.replace("目录/提纲:…… ", "会议审议了工作报告目录 ")
    doc = speechdoc.parse(text)
    assert "toc" not in [n.kind for n in doc.noise]


def test_a_flattened_table_of_contents_is_chrome_where_the_excerpt_stops_before_the_body_restates_it():
    text = _TOC_PAGE[:_TOC_PAGE.index(" 二、下半年工作安排 下半年")]  # the page is cut inside the first section
    doc = speechdoc.parse(text)
    assert [n.kind for n in doc.noise if n.kind == "toc"] == ["toc"]
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "上半年工作回顾")]
