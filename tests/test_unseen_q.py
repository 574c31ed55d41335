"""Session Q, helper outline: a heading line that carries no marker (存在的问题和不足, 保障措施) closes the list of items
above it, so the list it heads belongs to the enclosing section (decision 6 of the corpus README) — and the lines
that only look like one (a sub-head right under an item's own line, the sub-heads of a report's last item whose
siblings held the same lists, a bold span or a wiki link a copy cut out of a sentence, a PDF's page number) close
nothing; a PDF's running header inside a sentence on a page that lost the speech's title; and paragraphs numbered on
through a whole address across its sections (a Hong Kong policy address), on pages that open far into the numbering.
Texts written here, modelled on local work reports, speeches and policy addresses."""
from __future__ import annotations

import speechdoc
from speechdoc.outline.markers import BARE_HEAD, scan


def _tree(text: str) -> list[tuple[int, str]]:
    doc = speechdoc.parse(text)  # (kept while its nodes are read)
    return [(n.depth, n.marker) for n in doc.walk()]


# --- a heading line without a marker closes the items above it ------------------------------------------------

_REVIEW = ("一、过去一年工作回顾\n（一）经济运行稳中有进\n全年地区生产总值增长5%，一般公共预算收入增长3.2%。\n"
           "（二）改革开放持续深化\n完成年度改革任务20项，进出口总额增长6%。\n")


def test_a_heading_line_without_a_marker_closes_the_items_above_it():
    text = _REVIEW + "存在的问题和不足\n一是产业结构不优。二是财政收支矛盾突出。\n二、今年工作安排\n（一）扩大内需\n要加大投资力度。"
    assert _tree(text) == [(1, "一、"), (2, "（一）"), (2, "（二）"), (2, "一是"), (2, "二是"),
                           (1, "二、"), (2, "（一）")]


def test_the_list_under_a_bare_heading_keeps_its_own_items():
    # a list of headings under it, after a blank line, and the section after it
    text = (_REVIEW + "\n保障措施\n\n1.加强组织领导。成立工作专班，定期调度。\n2.强化督查考核。每月通报进展。\n"
            "二、今年工作安排\n（一）扩大内需\n要加大投资力度。")
    assert _tree(text) == [(1, "一、"), (2, "（一）"), (2, "（二）"), (2, "1."), (2, "2."), (1, "二、"), (2, "（一）")]


def test_without_the_heading_line_the_list_stays_in_the_last_item():
    text = _REVIEW + "一是产业结构不优。二是财政收支矛盾突出。\n二、今年工作安排"
    assert _tree(text) == [(1, "一、"), (2, "（一）"), (2, "（二）"), (3, "一是"), (3, "二是"), (1, "二、")]


def test_a_heading_line_closes_items_only_not_the_section():
    # the section 一、 holds the list whatever the line says: only the innermost list of items closes
    text = "一、工作回顾\n（一）抓项目\n全年实施项目86个。\n具体工作安排\n1.开展排查。\n2.集中整治。"
    assert _tree(text) == [(1, "一、"), (2, "（一）"), (2, "1."), (2, "2.")]


# --- lines that only look like one close nothing ----------------------------------------------------------------

def test_a_sub_head_right_under_an_items_own_line_heads_a_part_of_that_item():
    text = ("三、今年工作\n（一）扩大内需\n着力激发消费\n1.落实消费政策。\n2.提升消费供给。\n着力扩大投资\n1.抓项目。\n2.抓资金。\n"
            "（二）发展产业\n推动强链\n1.做强工业。")
    assert _tree(text) == [(1, "三、"), (2, "（一）"), (3, "1."), (3, "2."), (3, "1."), (3, "2."),
                           (2, "（二）"), (3, "1.")]


def test_the_sub_heads_of_the_last_item_stay_in_it_when_its_siblings_held_such_lists():
    text = ("三、今年工作\n（一）扩大内需\n要精准发力。\n着力激发消费\n1.落实消费政策。\n2.提升消费供给。\n"
            "（二）发展产业\n要做强实体经济。\n推动强链\n1.做强工业。\n2.做优农业。\n建强园区\n1.优化布局。\n四、保障措施")
    assert _tree(text) == [(1, "三、"), (2, "（一）"), (3, "1."), (3, "2."), (2, "（二）"), (3, "1."), (3, "2."),
                           (3, "1."), (1, "四、")]


def test_a_line_cut_out_of_a_sentence_is_no_heading():
    # a bold span on its own line (…的⏎主要目标⏎是：), a wiki link, a line a PDF broke: the line above ends no sentence
    for cut in ("今年经济社会发展的\n主要目标\n", "认真落实《\n乡村振兴促进法\n》的要求，\n", "当前要把握好的\n重点任务\n"):
        text = _REVIEW.replace("进出口总额增长6%。\n", "进出口总额增长6%，" + cut) + "一是产业结构不优。二是收支矛盾突出。"
        assert _tree(text)[-2:] == [(3, "一是"), (3, "二是")], cut


def test_a_page_number_or_a_bracketed_name_is_no_heading():
    for line in ("第 2 页", "- 2 -", "（此件公开发布）", "2025年工作回顾"):
        text = _REVIEW + line + "\n一是产业结构不优。二是财政收支矛盾突出。"
        assert _tree(text)[-2:] == [(3, "一是"), (3, "二是")], line


def test_a_body_line_or_a_sentence_on_a_short_line_is_no_heading():
    for line in ("问题依然突出。", "主要问题是：", "我们也要看到，", "这些问题，必须高度重视和认真解决，决不能掉以轻心"):
        text = _REVIEW + line + "\n一是产业结构不优。二是财政收支矛盾突出。"
        assert _tree(text)[-2:] == [(3, "一是"), (3, "二是")], line


def test_the_scan_marks_only_a_lists_first_marker_under_the_heading_line():
    text = _REVIEW + "存在的问题和不足\n一是产业结构不优。二是财政收支矛盾突出。\n三是风险隐患较多。"
    marks = [(c.marker, c.summed_up) for c in scan(text)]
    assert marks == [("一、", False), ("（一）", False), ("（二）", False), ("一是", BARE_HEAD), ("二是", False),
                     ("三是", False)]


# --- a PDF's running header inside a sentence, on a page that lost the speech's own title ---------------------------

_TALK = "当前，我们面临的形势依然复杂严峻，经济下行压力持续加大，部分企业生产经营困难，必须增强忧患意识，"


def _speeches(text: str) -> list[tuple[str | None, list[tuple[int, str]]]]:
    doc = speechdoc.parse(text)
    return [(sp.title, [(n.depth, n.marker) for n in sp.walk()]) for sp in doc.speeches]


def test_a_running_header_inside_a_sentence_opens_no_speech_when_the_title_is_missing():
    text = ("同志们：\n下面，我讲两点意见。\n一、提高认识\n" + _TALK * 7 + "\n在全县经济工作会议上的讲话\n" + _TALK * 2
            + "坚持底线思维。\n（一）要看到成绩。\n（二）要正视问题。\n二、明确任务\n（一）抓项目。")
    assert _speeches(text) == [(None, [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "（一）")])]


def test_a_title_after_an_untitled_speech_still_opens_one():
    # after a sentence's end, with its salutation under it, the title opens the next speech as before
    first = "同志们：\n下面，我讲两点意见。\n一、提高认识\n" + _TALK * 7 + "坚持底线思维。\n"
    second = "在全县春耕工作会议上的讲话\n同志们：\n一、抓好农资供应\n要确保种子、化肥、农药供应充足，价格稳定。\n"
    assert _speeches(first + second) == [(None, [(1, "一、")]), ("在全县春耕工作会议上的讲话", [(1, "一、")])]


# --- paragraphs numbered on through the whole text (a Hong Kong policy address) ------------------------------------

_ADDRESS = ("主席女士：\n一、引言\n1. 今年是香港回歸祖國二十五周年，我們要總結經驗。\n2. 過去一年，香港經歷了疫情的嚴峻考驗。\n"
            "3. 本屆政府以結果為目標。\n二、提升治理水平\n4. 我會成立多個工作組，統籌跨部門工作。\n5. 我們會設立關鍵績效指標。\n"
            "三、經濟發展\n6. 香港經濟面對挑戰。\n7. 政府會推出支援措施。\n")


def test_paragraphs_numbered_on_across_sections_belong_to_the_section_they_sit_in():
    doc = speechdoc.parse(_ADDRESS)
    assert [(n.depth, n.marker) for n in doc.walk()] == [
        (1, "一、"), (2, "1."), (2, "2."), (2, "3."), (1, "二、"), (2, "4."), (2, "5."), (1, "三、"), (2, "6."), (2, "7.")]
    assert [d.code for d in doc.diagnostics] == ["list-runs-on", "list-runs-on"]


def test_a_number_that_does_not_follow_the_last_item_is_still_text():
    # 5. after 3. (a number skipped across the section break) or a 4. inside a sentence continue nothing
    text = "一、引言\n1. 今年是回歸周年。\n2. 過去一年經歷考驗。\n3. 政府以結果為目標。\n二、治理\n5. 我會成立工作組。"
    assert _tree(text)[-1] == (1, "二、")
    text = "一、引言\n1. 今年是回歸周年。\n2. 過去一年經歷考驗。\n二、治理\n我們要做好的事情有很多，3. 是其中之一。"
    assert _tree(text)[-1] == (1, "二、")


def test_a_page_that_opens_at_a_numbered_paragraph_far_on_keeps_its_paragraphs():
    text = ("【本台消息】273. 主席、各位議員，今年是香港回歸祖國的二十周年。\n\n274. 香港是國家不可分離的部分。\n\n"
            "275. 本屆政府會繼續嚴格按照基本法辦事。\n\n276. 我任內的這份最後施政報告，回顧了本屆政府的施政成果。")
    assert _tree(text) == [(1, "273."), (1, "274."), (1, "275."), (1, "276.")]


def test_a_document_sites_page_labels_far_on_stay_text():
    # a document site's page labels cut the words of long lines apart: no list, wherever it starts
    labels = ("各級政府要認真貫徹落實中央的決策部署，堅持穩中求進工作總基調，統籌發展和安全，推動經濟實現質的有效提升和量的合理增長，"
              "保持社會大局和諧穩定，不斷增強人民群眾的獲得\n12、感和幸福感，要把各項工作抓實抓細抓落地，確保全年目標任務圓滿完成，"
              "以優異成績迎接建黨一百周年，為實現第二個百年奮鬥目標開好\n13、局起好步，我們要以更加飽滿的熱情、更加昂揚的鬥志，"
              "真抓實幹，埋頭苦幹，推動高質量發展不斷取得新成效，奮力譜寫新時代新篇\n14、章。")
    assert _tree(labels) == []


def test_a_page_that_opens_the_text_at_a_numbered_paragraph_keeps_even_two():
    # nothing but the address's title line above: the page opens at its paragraph 8 (a site's page of two); alone,
    # a number opening the text stays text (as a lone digit label does)
    title = "行政长官向立法会发表《行政长官2018年施政报告》的发言\n\n"
    two = title + "8. 我在本届政府提出管治新风格，获得社会广泛认同。\n\n9. 有人会问，政府的积极作为，会否偏离市场经济。"
    assert _tree(two) == [(1, "8."), (1, "9.")]
    assert _tree(title + "12. 我们会继续推动经济发展。") == []


def test_numbers_after_text_with_sentences_or_commas_do_not_open_the_text():
    # body text above (a page label cuts it, or a list's items come after prose): no late start for one or two
    for above in ("我们要继续努力，", "今年经济平稳增长。\n", "香港经济面对挑战，政府会推出措施\n"):
        assert _tree(above + "8. 推动发展。\n9. 改善民生。") == [], above


# --- sub-sections inside a section whose paragraphs are numbered on (二、⏎3.⏎（一）⏎4.⏎（二）⏎6.) -------------------------

_SUBSECTIONS = ("一、穩定經濟\n1. 過去一年，本港經濟持續復蘇。\n2. 政府會繼續推動各項措施。\n二、發展產業\n"
                "3. 我們會加快發展創新科技產業。\n（一）創新科技\n4. 政府會投入更多資源支援初創企業。\n"
                "5. 我們會優化人才政策。\n（二）金融服務\n6. 我們會鞏固國際金融中心地位。\n7. 政府會推動資產管理業務。\n"
                "三、改善民生\n8. 我們會增加公營房屋供應。\n9. 政府會加強基層醫療服務。\n")
_SUBSECTIONS_GOLD = [(1, "一、"), (2, "1."), (2, "2."), (1, "二、"), (2, "3."), (2, "（一）"), (3, "4."), (3, "5."),
                     (2, "（二）"), (3, "6."), (3, "7."), (1, "三、"), (2, "8."), (2, "9.")]


def test_a_sub_section_among_paragraphs_numbered_on_belongs_to_the_section_and_holds_the_next_ones():
    # gold written before the run: （一） heads the section's next part (a child of 二、, sibling of 3.), and the
    # paragraphs numbered on after it (4. 5.) are its own; after 三、 the numbering goes on under 三、
    assert _tree(_SUBSECTIONS) == _SUBSECTIONS_GOLD
    simplified = _SUBSECTIONS.translate(str.maketrans("經濟復蘇會續們發產業創資過優鞏國際融產務營屋應強層療",
                                                      "经济复苏会续们发产业创资过优巩国际融产务营屋应强层疗"))
    assert simplified != _SUBSECTIONS and _tree(simplified) == _SUBSECTIONS_GOLD
    doc = speechdoc.parse(_SUBSECTIONS)
    assert [d.code for d in doc.diagnostics] == ["list-runs-on"] * 4
    assert next(n for n in doc.walk() if n.marker == "4.").parent.marker == "（一）"


def test_a_sub_list_a_paragraph_introduces_or_one_numbered_from_one_stays_inside_it():
    # 3. 措施如下：⏎（一）…: a colon introduces the list, it is the paragraph's; a list under its section that opens
    # at 1. is no numbering on across sections: its items hold what follows as before
    text = ("一、穩定經濟\n1. 過去一年經濟復蘇。\n2. 政府會推動各項措施。\n二、發展產業\n3. 我們會推出以下措施：\n"
            "（一）設立創科基金；\n（二）擴大研發規模。\n4. 政府會優化人才政策。\n")
    assert _tree(text) == [(1, "一、"), (2, "1."), (2, "2."), (1, "二、"), (2, "3."), (3, "（一）"), (3, "（二）"),
                           (2, "4.")]
    text = "一、發展產業\n1. 我們會加快發展創新科技。\n（一）創新科技\n2. 政府會支援初創企業。\n"
    assert _tree(text) == [(1, "一、"), (2, "1."), (3, "（一）"), (2, "2.")]


def test_paragraphs_numbered_on_across_sections_and_their_sub_sections():
    text = ("一、穩定經濟\n（一）整體表現\n1. 過去一年經濟復蘇。\n2. 政府會推動各項措施。\n（二）就業\n3. 失業率回落。\n"
            "二、發展產業\n（一）創新科技\n4. 我們會支援初創企業。\n5. 我們會優化人才政策。\n")
    assert _tree(text) == [(1, "一、"), (2, "（一）"), (3, "1."), (3, "2."), (2, "（二）"), (3, "3."),
                           (1, "二、"), (2, "（一）"), (3, "4."), (3, "5.")]


def test_a_paragraphs_own_points_at_line_starts_stay_inside_it():
    # 第一，⏎第二， under a paragraph numbered on are its points, not the section's parts
    text = ("一、穩定經濟\n1. 過去一年經濟復蘇。\n二、發展產業\n2. 我們會推動產業發展。\n第一，設立創科基金。\n"
            "第二，擴大研發規模。\n3. 政府會優化人才政策。\n")
    assert _tree(text) == [(1, "一、"), (2, "1."), (1, "二、"), (2, "2."), (3, "第一，"), (3, "第二，"), (2, "3.")]


def test_a_chapter_page_keeps_its_paragraphs_numbered_far_on_under_its_heading():
    # a policy address split into one page per chapter: 二、 opens the page, its paragraphs go on from the page before
    text = ("二、提升治理水平\n24. 我會成立工作組，統籌跨部門工作。\n（一）加強管治\n25. 我們會設立關鍵績效指標。\n"
            "26. 我們會檢討政府架構。\n（二）公務員隊伍\n27. 我們會改革公務員制度。\n三、經濟發展\n28. 香港經濟面對挑戰。\n")
    assert _tree(text) == [(1, "二、"), (2, "24."), (2, "（一）"), (3, "25."), (3, "26."), (2, "（二）"), (3, "27."),
                           (1, "三、"), (2, "28.")]
    simplified = "二、提升治理水平\n4. 我会成立工作组。\n5. 我们会设立指标。\n6. 我们会检讨架构。\n"
    assert _tree(simplified) == [(1, "二、"), (2, "4."), (2, "5."), (2, "6.")]
    # two paragraphs, or a page opening at 一、 (the text's start, not a chapter far on): no evidence, they stay text
    assert _tree("二、提升治理水平\n24. 我會成立工作組。\n25. 我們會設立指標。\n") == [(1, "二、")]
    assert _tree("一、提升治理水平\n24. 我會成立工作組。\n25. 我們會設立指標。\n26. 我們會檢討架構。\n") == [(1, "一、")]
