"""Outline patterns found on fresh real pages read by hand (helper outline4, session T).

Every text here is written for the test; none is copied from a page.
"""
from __future__ import annotations

import speechdoc


def outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


_BODY = "要加强组织领导，明确工作责任，确保各项任务落到实处。"


def test_every_printed_form_of_a_circled_number_heads_a_list():
    # a Q&A or WeChat page numbers its questions or points with ❶ ➀ ➊ ⓵ (dingbat and double circled forms of ①)
    for first, second in (("❶", "❷"), ("➀", "➁"), ("➊", "➋"), ("⓵", "⓶")):
        text = first + "公文的标题怎么写\n" + _BODY + "\n" + second + "公文的结束语有哪些\n" + _BODY + "\n"
        assert outline(text) == [(1, first, "公文的标题怎么写"), (1, second, "公文的结束语有哪些")]
    # under a heading, a list of them after a colon, and ⓫ going on from ⑩
    assert outline("一、工作要求\n重点抓好：❶抓项目；❷抓招商；❸抓服务。\n二、保障措施\n") == [
        (1, "一、", "工作要求"), (2, "❶", "抓项目"), (2, "❷", "抓招商"), (2, "❸", "抓服务"), (1, "二、", "保障措施")]
    tenth = "".join(f"{c}第{k}项任务。\n" for k, c in enumerate("①②③④⑤⑥⑦⑧⑨⑩⓫⓬", 1))
    assert [m for _, m, _ in outline(tenth)][-3:] == ["⑩", "⓫", "⓬"]


def test_a_dingbat_circled_number_after_a_sentence_end_marks_a_note():
    # as ① does: after 。 it is a note mark, not a list
    assert outline("一、总结\n列宁说过，社会主义是群众创造的。❶毫无疑义。❷这是真理。\n二、展望\n") == [
        (1, "一、", "总结"), (1, "二、", "展望")]


def test_a_one_character_number_after_a_sentence_end_goes_on_with_the_list_on_its_line():
    # 1.…。 2.…。 ⒊…: a word processor's number among typed ones, the list's next member on its line
    text = "（二）正文\n1.开头。写明行文的缘由。 2.主体。写明需要商洽的事项，事项复杂的分条列项。 ⒊结语。写明惯用语。\n（三）落款\n"
    assert outline(text) == [(1, "（二）", "正文"), (2, "1.", "开头"), (2, "2.", "主体"), (2, "⒊", "结语"),
                             (1, "（三）", "落款")]
    # not when it is no list's next member (a note mark after a sentence), nor on the next line's sentence
    assert outline("全年产值达到二万亿元。⒉财政收入十二亿元。\n") == []
    assert [m for _, m, _ in outline("（二）正文\n1.开头。写明缘由。\n其他内容。⒉主体。写明事项。\n")] == ["（二）", "1."]


def test_a_list_s_first_number_typed_as_a_letter_is_its_first_member():
    # l、 (or I.) for 1、 (1.), a typist's or a scan's slip: the list's 2 on the next line shows what it stands for
    text = "一、会议准备\n请示的内容：\n  l、召开会议的时间、地点。\n  2、会议的主要任务。\n  3、代表的名额。\n二、选举代表\n"
    assert outline(text) == [(1, "一、", "会议准备"), (2, "l、", "召开会议的时间、地点"), (2, "2、", "会议的主要任务"),
                             (2, "3、", "代表的名额"), (1, "二、", "选举代表")]
    assert [m for _, m, _ in outline("（一）准备\nI.召开会议。\n2.会议任务。\n")] == ["（一）", "I.", "2.", ]
    # the 2 may stand lines below it (its item's text wrapped by a PDF, bullets under it: outline6, session U),
    # so long as no marker stands between; not before Latin text, nor a letter that is no I or l
    assert [m for _, m, _ in outline("第一行\nl、召开会议。\n其他内容\n2、会议任务。\n3、代表名额。\n")] == ["l、", "2、", "3、"]
    assert [m for _, m, _ in outline("l、Hotel\n2、会议任务。\n3、代表名额。\n")] == ["2、", "3、"]
    assert [m for _, m, _ in outline("k、召开会议。\n2、会议任务。\n3、代表名额。\n")] == ["2、", "3、"]


def test_a_document_sites_notice_numbered_twice_is_chrome():
    # the page's list markup numbers the site's own numbered notice again (1. 1、…): chrome, not the text's list
    notice = ("  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑等附加服务。\n"
              "  2. 2、\"仅部分预览\"的文档,如存在完整性等问题,可反馈申请退款。\n"
              "  3. 3、如文档侵犯您的权益,请联系客服反馈。\n")
    doc = speechdoc.parse("法院工作解读\n合集下载\n" + notice + "引言\n本文探讨法院工作。\n1. 法院职能\n法院负责审判。\n"
                          "2. 司法改革\n改革持续推进。\n")
    assert [r.kind for r in doc.noise].count("file_header") == 3
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [(1, "1.", "法院职能"), (1, "2.", "司法改革")]


def test_an_abstract_labelled_in_brackets_is_chrome():
    # a site's abstract copies the page's heading glued to its first sentence: the heading below is then the page's
    # first candidate, a chapter's page that starts its list late
    text = ("公文写作的基本要求\n时间:2022-04-02 理论教育\n【摘要】:五、公文写作的基本要求在介绍公文写作时,我们必须明确写作的要求。\n"
            "五、公文写作的基本要求\n在介绍公文写作时,我们必须明确写作的要求。\n（一）准确拟制公文标题\n公文标题由三项组成。\n")
    doc = speechdoc.parse(text)
    assert "footer" in [r.kind for r in doc.noise]
    assert outline(text) == [(1, "五、", "公文写作的基本要求"), (2, "（一）", "准确拟制公文标题")]
    # a journal's, with a blank inside the label
    assert "footer" in [r.kind for r in speechdoc.parse("[摘 要]本文讨论了三次会议。\n一、会议的特征\n内容。\n").noise]
