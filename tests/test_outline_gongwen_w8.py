"""Outline patterns of 公文 and speeches as they come out of a PDF or a Word file (helper outline8, session W):
a number a text layer set apart from its mark (``1 . 组织…``), a 公文's list of attachments after its body
(附件：1.…⏎2.…), and a PDF page number that falls inside a paragraph wrapped over the page break.

Every text here is written for the test; none is copied from a page or a document.
"""
from __future__ import annotations

import pytest

import speechdoc


def outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


def test_a_number_set_apart_from_its_mark_opens_an_item():
    # a PDF's text layer (or a converter) writes the Latin dot apart from its number: 1 . 组织…
    text = "一、工作目标\n1 . 新建示范点20个,其中农村示范点12个。\n2 . 培训骨干500人次。\n二、保障措施\n（一）加强组织领导"
    assert outline(text) == [(1, "一、", "工作目标"), (2, "1.", "新建示范点20个,其中农村示范点12个"),
                             (2, "2.", "培训骨干500人次"), (1, "二、", "保障措施"), (2, "（一）", "加强组织领导")]
    # 、 too
    assert [m for _, m, _ in outline("一、工作目标\n1 、新建示范点。\n2 、培训骨干。")] == ["一、", "1、", "2、"]


@pytest.mark.parametrize("line", ["全年完成投资 3 . 5亿元,比上年增长。", "3 . 5亿元用于示范点建设。", "第 1 . 2 节 其他"])
def test_a_decimal_or_a_number_mid_sentence_set_apart_is_no_item(line: str):
    text = "一、工作目标\n" + line + "\n二、保障措施"
    assert [m for _, m, _ in outline(text)] == ["一、", "二、"]


def test_an_attachment_list_after_the_body_sits_at_document_level():
    # 附件：1.…⏎2.…: the 公文's 附件说明 after the last item's text belongs to the document, not to that item
    body = "一、工作要求\n（一）按时报送材料。\n（二）加强督促检查。各地要认真组织实施。\n"
    want = [(1, "一、", "工作要求"), (2, "（一）", "按时报送材料"), (2, "（二）", "加强督促检查"),
            (1, "1．", "示范点申报表"), (1, "2．", "工作进度安排表")]
    assert outline(body + "附件：1．示范点申报表\n　　　2．工作进度安排表\n某某市人民政府办公室") == want
    # the label on a line of its own, the items under it
    assert outline(body + "附件：\n1．示范点申报表\n2．工作进度安排表") == want


def test_a_list_after_a_colon_inside_an_item_stays_in_the_item():
    # not the label opening its line: 报送以下附件：1.… is the item's own list
    got = outline("一、工作要求\n（一）报送材料。各地报送以下附件：1.示范点申报表；2.工作进度安排表。\n二、其他事项")
    assert [(d, m) for d, m, _ in got] == [(1, "一、"), (2, "（一）"), (3, "1."), (3, "2."), (1, "二、")]


def _two_page_pdf(path, paragraph: str, first_page_rows: int) -> None:
    """A two-page PDF: a heading, a paragraph justified to 28 characters a line, a — N — page number at each
    page's foot; the paragraph's first ``first_page_rows`` lines on page 1, the rest on page 2."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    size, left = 16.0, 79.0
    rows = [paragraph[:26]] + [paragraph[k:k + 28] for k in range(26, len(paragraph), 28)]  # (indent 2 on the first)
    c = canvas.Canvas(str(path), pagesize=(595.27, 841.89), invariant=1)
    y = 736.0
    c.setFont("STSong-Light", size)
    c.drawString(left + 2 * size, y, "一、加强组织领导")
    y -= 29
    for k, row in enumerate(rows):
        if k == first_page_rows:
            c.setFont("STSong-Light", 14)
            c.drawRightString(502, 60, "— 1 —")
            c.showPage()
            c.setFont("STSong-Light", size)
            y = 736.0
        c.drawString(left + (2 * size if k == 0 else 0), y, row)
        y -= 29
    c.setFont("STSong-Light", 14)
    c.drawString(93, 60, "— 2 —")
    c.showPage()
    c.save()


def test_a_page_number_inside_a_wrapped_paragraph_stands_on_its_own_line(tmp_path):
    pytest.importorskip("reportlab")
    pytest.importorskip("pdfminer")
    sentence = "各地各部门要把示范点建设摆上重要议事日程，主要负责同志亲自抓、分管负责同志具体抓，"
    paragraph = (sentence * 12)[:-1] + "。"
    path = tmp_path / "notice.pdf"
    _two_page_pdf(path, paragraph, first_page_rows=9)
    doc = speechdoc.parse_file(path)
    assert doc.source.format == "pdf"
    assert "\n— 1 —\n" in doc.text  # a line of its own: not glued to the words before it (…亲自抓— 1 —)
    assert "— 1 —" in [r.text for r in doc.noise]
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "加强组织领导")]
    # the paragraph's words are all there, the page number aside
    assert doc.text.replace("\n", "").replace("— 1 —", "").replace("— 2 —", "").endswith(paragraph)


def test_a_transcript_turn_opens_a_new_speakers_list():
    # 问：第一，…第二，…: the question's list is not the last announcement's (a statement, not a section)
    got = outline("各位记者：\n今天发布以下消息：\n一、部长将出席会议。\n二、总理将访问中国。\n"
                  "\u3000\u3000问：第一，中方有何评论？第二，起因是什么？\n答：中方高度关注。")
    assert got == [(1, "一、", "部长将出席会议"), (1, "二、", "总理将访问中国"),
                   (1, "第一，", "中方有何评论"), (1, "第二，", "起因是什么")]


def test_a_transcript_turn_under_a_section_heading_stays_in_the_section():
    got = outline("一、关于经济形势\n问：当前经济形势如何？\n答：第一，经济总体平稳。第二，困难不少。\n二、关于就业\n问：就业怎么样？")
    assert got == [(1, "一、", "关于经济形势"), (2, "第一，", "经济总体平稳"), (2, "第二，", "困难不少"),
                   (1, "二、", "关于就业")]
    # 问 in a sentence (有人问：…) opens no turn
    got = outline("今天发布以下消息：\n一、部长将出席会议。\n二、总理将访问中国。有人问：第一，中方有何评论？第二，起因是什么？")
    assert [d for d, m, _ in got if m.startswith("第")] == [2, 2]


@pytest.mark.parametrize("page", [
    "<p><span>坚持健康发</span>\n<span>展理念</span></p>",  # a line break between two elements
    "<p><span>坚持健康发\n</span><span>展理念</span></p>",  # at the end of the first one's text
    "<p>坚持健康发<b>\n   展理念</b></p>",  # at the start of the second one's, blanks after it
])
def test_a_source_line_break_between_wide_characters_across_tags_goes(page: str):
    assert speechdoc.parse(page, reader="html").text == "坚持健康发展理念\n"


def test_other_white_space_across_tags_stays_one_space():
    assert speechdoc.parse("<p><span>ab</span>\n<span>cd</span></p>", reader="html").text == "ab cd\n"
    assert speechdoc.parse("<p><span>发展</span>\n<span>GDP</span></p>", reader="html").text == "发展 GDP\n"
    assert speechdoc.parse("<p><span>发展</span> <span>理念</span></p>", reader="html").text == "发展 理念\n"


def test_a_download_box_is_no_list():
    # a site prints its box of download links under the notice: 附件下载：1.…⏎2.…; a link whose number went with a
    # decimal (3.2016年…) leaves a gap the box goes on over
    text = ("一、申报要求\n（一）请按时报送。\n附件：1.申报表；\n2.工作方案\n深圳市某某局\n2016年8月19日\n"
            "附件下载：1.申报表\n2.工作方案\n3.2016年工作方案（暂行）\n4.申报材料清单\n5.联系电子邮箱")
    assert outline(text) == [(1, "一、", "申报要求"), (2, "（一）", "请按时报送"), (1, "1.", "申报表"), (1, "2.", "工作方案")]


def test_a_sentence_that_says_download_still_lists():
    # not a box's label: a sentence ending in 下载： introduces the speaker's own list
    got = outline("一、工作要求\n各单位可登录市政府网站，按以下步骤下载：1.打开首页；2.进入专栏。\n二、其他事项")
    assert [m for _, m, _ in got] == ["一、", "1.", "2.", "二、"]


def test_a_list_after_the_speakers_summing_up_is_no_item_of_the_point_before():
    # 以上我重点讲了几个问题，…: the speaker sums up the points before (as 总之，… does); the closing 一是…二是… after it is
    # not the last point's (a point of running text)
    text = ("同志们：\n第一，以深化改革激发新发展活力。要坚持社会主义市场经济改革方向。\n"
            "第二，以共建共治共享拓展社会发展新局面。要完善社会治理制度。\n一个现代化的社会，应该既充满活力又拥有良好秩序。\n"
            "以上我重点讲了几个问题，希望大家深入思考，取得进一步的研究成果。\n最后，我提几点希望。一是从国情出发。二是深入调研。")
    assert [(d, m) for d, m, _ in outline(text)] == [(1, "第一，"), (1, "第二，"), (1, "一是"), (1, "二是")]


def test_above_as_a_notes_subject_sums_nothing_up():
    # 以上数据…: a note under the items, not the speaker's summing-up; the list after it stays where it was
    text = "一、工作回顾\n（一）经济运行平稳\n1.工业增长。\n2.投资增长。\n以上数据来自统计局。\n1.数据口径说明。\n（二）民生改善"
    assert [(d, m) for d, m, _ in outline(text)] == [(1, "一、"), (2, "（一）"), (3, "1."), (3, "2."), (3, "1."), (2, "（二）")]
