"""Outline patterns found on fresh real pages read by hand (helper outline, session J).

Every text here is written for the test; none is copied from a page.
"""
from __future__ import annotations

import speechdoc


def outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


_BODY = "今年以来，全县上下克服困难，各项工作稳步推进，主要指标好于预期。" * 3


def test_the_small_form_enumeration_comma_of_a_big5_page_is_the_enumeration_comma():
    # a page converted from Big5 writes 、 as its small form ﹑ (and ， ； as ﹐ ﹔): 一﹑ is the
    # section heading over the (一) items, and its marker is copied as written
    text = ("各位代表：\n一﹑三年工作的回顧\n三年來，經濟穩步增長﹐民生持續改善﹔各項工作取得新進展。\n"
            "（一）產業結構不斷優化。" + _BODY + "\n（二）城鄉面貌明顯改善。" + _BODY + "\n二﹑今年的主要任務\n要抓好落實。\n")
    assert outline(text) == [(1, "一﹑", "三年工作的回顧"), (2, "（一）", "產業結構不斷優化"),
                             (2, "（二）", "城鄉面貌明顯改善"), (1, "二﹑", "今年的主要任務")]
    # the half-width form ､ too
    assert [m for _, m, _ in outline("一､總體要求\n要抓好落實。\n二､重點任務\n要抓好項目。\n")] == ["一､", "二､"]


def test_a_run_of_headings_listed_in_one_sentence_is_the_preview_of_the_parts():
    # a news item states a report's parts in one sentence, parted by commas (the only statement of them)
    text = ("本报讯 县第十五届人民代表大会第一次会议今天开幕。县长代表县人民政府作政府工作报告。"
            "报告分为三个部分：一、过去五年的工作回顾，二、今后五年的目标任务，三、今年的重点工作。\n会议还听取了计划报告。\n")
    assert outline(text) == [(1, "一、", "过去五年的工作回顾"), (1, "二、", "今后五年的目标任务"), (1, "三、", "今年的重点工作")]


def test_numeral_runs_parted_by_commas_stay_text():
    for text in ("全县一、二季度增长较快，三、四季度有所放缓。\n", "今年有四、五个乡镇，五、六个部门参加。\n",
                 "会议讨论了两个问题，一、二两项都已落实，三、四月份再议。\n"):
        assert outline(text) == []


def test_a_numbered_heading_behind_a_dash_opens_its_line():
    # headings written ——第一，… (a dash as the bullet of a numbered line), one behind a forum's junk string
    text = ("讲话的开头怎么写\n——第一，开宗明义\n新春伊始，我们召开这次会议，十分重要。\n"
            "3 k; _- c8 g# ]- u——第二，讲清为啥要学\n去年以来，我们认真学习，不断深化认识。\n"
            "——第三，讲透了再提要求。\n最后提出要求。\n")
    assert outline(text) == [(1, "第一，", "开宗明义"), (1, "第二，", "讲清为啥要学"), (1, "第三，", "讲透了再提要求")]
    # a dash in mid-sentence is no line start: the clause list after it is a list of points
    assert outline("今年的目标——一是稳增长，二是保就业。\n") == [(1, "一是", "稳增长"), (1, "二是", "保就业")]


def test_a_table_of_contents_before_the_salutation_is_not_the_outline():
    # a history site prints the report's 目录 (headings only), then the salutation; the excerpt may
    # stop before the body repeats the headings, so nothing recurs
    toc = ("关于第二个五年计划的报告\n目录\n  一、过渡时期的总任务\n  二、五年计划概要\n  （一）关于工业问题\n"
           "  （二）关于农业问题\n 三、为完成计划而奋斗\n")
    for between in ("", "关于第二个五年计划的报告\n——在省人民代表大会上\n"):
        text = toc + between + "  各位代表：\n  我现在代表省人民委员会向大会作报告，请予审议。" + _BODY + "\n"
        assert outline(text) == []
    # the body that follows keeps its own headings
    text = toc + "各位代表：\n我现在作报告。\n一、过渡时期的总任务\n" + _BODY + "\n二、五年计划概要\n" + _BODY + "\n"
    assert [(d, m) for d, m, _ in outline(text)] == [(1, "一、"), (1, "二、")]
    # an outline the text is (no salutation after it) stays the outline
    assert [m for _, m, _ in outline("提纲\n一、过渡时期的总任务\n二、五年计划概要\n")] == ["一、", "二、"]


def _speeches(text: str) -> list[tuple[str | None, list[tuple[int, str]]]]:
    return [(s.title, [(n.depth, n.marker) for n in s.walk()]) for s in speechdoc.parse(text).speeches]


def test_a_pdf_running_header_that_repeats_the_title_does_not_start_a_speech():
    # a PDF's text: each page opens with its number and the title again (a running header); the page
    # break may fall mid-sentence or at a sentence end, and the header may name the speaker too
    title = "在全县经济工作会议上的讲话"
    page = _BODY * 4
    for header2, header3, cut in ((title, title, ""), ("县委书记" + title, title, ""), (title, title, "今年要")):
        text = (title + "\n同志们：\n今天召开会议。\n一、过去一年工作回顾\n" + page + cut + "\n— 2 —\n" + header2 + "\n"
                + page + "\n（一）工业经济稳步增长\n" + page + "\n— 3 —\n" + header3 + "\n（二）项目建设加快推进\n"
                + page + "\n二、今年工作安排\n" + _BODY + "\n")
        assert _speeches(text) == [(title, [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、")])]
    # a compilation of two speeches under the same title: each opens with its salutation
    text = (title + "\n同志们：\n" + page + "\n一、认清形势\n" + page + "\n" + title + "\n同志们：\n" + page
            + "\n一、狠抓落实\n" + _BODY + "\n")
    assert _speeches(text) == [(title, [(1, "一、")]), (title, [(1, "一、")])]


def test_a_labelled_title_in_the_page_footer_opens_no_speech():
    # a site's footer names the page again (本文标题：…) after the speech, with the link and notices
    title = "副县长在全县植树造林现场会上的讲话"
    text = (title + "\n同志们：\n今天召开现场会。下面我讲两点意见：\n一、认真学习先进经验\n" + _BODY + "\n"
            "微信扫一扫在手机阅读\n本文标题：20230312：" + title + "\n链接地址：https://www.example.cn/doc/123.html\n"
            "作者原创，不允许二次传播，一经发现收回会员权益。\n")
    assert _speeches(text) == [(title, [(1, "一、")])]


def test_the_numbered_samples_of_a_collection_page_are_speeches_of_their_own():
    # a page of sample speeches (…讲话【通用三篇】): each opens with its title and number (篇1, 篇2), with
    # or without a salutation; the page may list them first
    page = _BODY * 3
    for listed in ("", "市长安全生产讲话 篇1\n市长安全生产讲话 篇2\n"):
        text = ("市长安全生产讲话【通用两篇】\n" + listed + "市长安全生产讲话 篇1\n今天的会议开得很及时。" + page
                + "\n一、认清形势\n" + page + "\n二、狠抓落实\n" + page + "\n市长安全生产讲话 篇2\n同志们：\n" + page
                + "\n一、提高认识\n" + page + "\n")
        assert _speeches(text) == [("市长安全生产讲话篇1", [(1, "一、"), (1, "二、")]), ("市长安全生产讲话篇2", [(1, "一、")])]


def test_a_numbering_written_as_one_character_is_a_marker_of_its_family():
    # a word processor's automatic numbering pasted as text: ⑴ is (1), ⒈ is 1., ㈠ is (一) (NFKC); the
    # marker is copied as written
    body = "要加强领导，明确责任，确保各项任务落到实处。"
    for first, second in (("⑴", "⑵"), ("⒈", "⒉"), ("㈠", "㈡")):
        text = ("一、抓好工业经济\n" + body + "\n" + first + "推进技术改造。" + body + "\n" + second + "培育新兴产业。"
                + body + "\n二、抓好农业农村\n" + body + "\n")
        assert outline(text) == [(1, "一、", "抓好工业经济"), (2, first, "推进技术改造"), (2, second, "培育新兴产业"),
                                 (1, "二、", "抓好农业农村")]
    assert [m for _, m, _ in outline("一、抓好工业\n重点抓好：⑴技术改造；⑵新兴产业；⑶传统产业。\n")] == ["一、", "⑴", "⑵", "⑶"]


def test_one_character_numbers_that_mark_notes_stay_text():
    # note marks after a sentence, in brackets or bare (（⑴⑵）, 。⑵), are no list
    assert outline("全年产值达到二万亿元左右。（⑴⑵）实现了这个目标。财政收入十二亿元。⑶全年完成。\n") == []
