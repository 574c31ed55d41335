"""Outline patterns found on fresh real pages read by hand (helper o, session G).

Every text here is written for the test; none is copied from a page.
"""
from __future__ import annotations

import speechdoc


def outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


_BODY = "今年以来，全县上下克服困难，各项工作稳步推进，主要指标好于预期。" * 3


def test_a_heading_line_does_not_run_into_its_english_translation_on_the_next_line():
    # a bilingual page: the Chinese paragraph (a long line without an end mark: the excerpt stops)
    # and then its translation on the next line; the line break is no wrap inside a sentence
    for zh, en in (
        ("各位代表：现在我代表县人民政府向大会作政府工作报告，请予审议，并请列席的同志提出意见，我受县政府委托向大会报告。一、一九八七年工作的基本情况",
         "I. Basic Situation of the Work in 1987 The county government carried out its work"),
        ("各位代表：現在我代表縣人民政府向大會作政府工作報告，請予審議，並請列席的同志提出意見，我受縣政府委託向大會報告。一、一九八七年工作的基本情況",
         "Fellow deputies, the county government carried out its work in the past year"),
    ):
        text = zh + "\n" + en + "\n"
        assert [t for _, _, t in outline(text)] == [zh[zh.index("一、") + 2:]]


def test_a_chinese_line_still_wraps_onto_a_line_that_goes_on_in_chinese():
    text = ("一、关于" + "加快推进县域经济高质量发展的几点认识和体会以及今后工作的主要思路" * 2 + "\n"
            "和具体举措。\n二、关于下半年工作\n")
    titles = [t for _, _, t in outline(text)]
    assert titles[0].endswith("和具体举措")


def test_a_forum_junk_string_after_a_heading_is_not_part_of_its_title():
    # a Discuz page hides short random tokens after lines (anti-copy), glued or after a blank,
    # and they run on across the line end
    for text in (
        "(一)讲话稿的基本结构& K* f2 u: R7 [* d4 P9 q\n讲话稿一般由开头、主体和结尾组成。\n(二)讲话稿的写作要求\n",
        "(一)講話稿的基本結構 - W. Q2 I9 |9 w#\n( `3 H& W+ u5\n講話稿一般由開頭、主體和結尾組成。\n(二)講話稿的寫作要求\n",
    ):
        assert [t for _, _, t in outline(text)][0] in ("讲话稿的基本结构", "講話稿的基本結構")


def test_a_title_that_ends_in_a_word_or_an_abbreviation_keeps_it():
    # short ASCII tokens at a title's end that are words (no marks, no letters mixed with digits)
    text = "一、加快发展新兴产业 VR AR MR\n今年新建基地。\n二、推进 5G 和 R&D 投入 2 3 4\n要抓好统计。\n"
    assert [t for _, _, t in outline(text)] == ["加快发展新兴产业VR AR MR", "推进5G和R&D投入234"]


def test_a_page_that_names_itself_again_in_an_infobox_is_one_speech():
    # an encyclopedia page: the page title, an infobox whose label line is followed by a shorter
    # name of the same thing, then the sections of the text
    for title, again in (("县人民政府工作报告", "政府工作报告"), ("縣人民政府工作報告", "政府工作報告")):
        text = (title + "\n" + "这是县人民政府每年向县人民代表大会所作的报告，汇报一年来的工作和下一年的安排，"
                "由县长在大会上宣读，会后印发全文。" * 2 + "\n中文名\n" + again + "\n"
                "1.起草报告\n每年年底由政府办公室牵头，抽调各部门人员组成起草组起草。\n2.征求意见\n报告稿形成后广泛征求各方面的意见。\n")
        doc = speechdoc.parse(text)
        assert len(doc.speeches) == 1
        assert [m for _, m, _ in outline(text)] == ["1.", "2."]


def test_two_speeches_with_different_titles_stay_two():
    text = ("在全县农业工作会议上的讲话\n同志们：\n" + "今年农业工作任务很重。" * 40 + "\n"
            "在全县工业工作会议上的讲话\n同志们：\n" + "今年工业工作任务也很重。" * 40 + "\n")
    assert len(speechdoc.parse(text).speeches) == 2


def test_a_run_of_headings_in_one_paragraph_opens_after_the_comma_that_introduces_it():
    for text in (
        "会议提出今后五年的十项任务，一、推进产业升级。二、建设美丽乡村。三、办好民生实事。\n",
        "會議提出今後五年的十項任務，一、推進產業升級。二、建設美麗鄉村。三、辦好民生實事。\n",
    ):
        assert [(d, m) for d, m, _ in outline(text)] == [(1, "一、"), (1, "二、"), (1, "三、")]


def test_a_numeral_after_a_comma_with_no_heading_two_after_a_sentence_end_stays_text():
    text = "全县统一思想，一、二产业协同发展，二、三产业融合发展。\n一、总体要求\n要稳中求进。\n"
    assert [m for _, m, _ in outline(text)] == ["一、"]


def test_a_bracketed_marker_with_a_sites_inserted_dun_is_copied_as_written():
    text = "一、农业农村工作\n(一)、加快特色产业发展\n要抓好红枣产业。\n（二）、加强农田水利建设\n要抓好水利。\n"
    assert outline(text) == [(1, "一、", "农业农村工作"), (2, "(一)、", "加快特色产业发展"),
                             (2, "（二）、", "加强农田水利建设")]


def test_a_date_range_after_the_blank_of_a_flattened_heading_ends_its_title():
    # a page that lost its line breaks (a run-on line): the heading's break became a blank, and
    # the body opens with a range of months
    text = ("同志们: " + _BODY + "下面讲几点意见: 一、认清形势,增强做好安全生产工作的责任感 1-11月,全市安全生产"
            "形势总体平稳,事故起数同比下降。" + _BODY + " 二、突出重点,抓好今冬明春安全生产工作 " + _BODY)
    titles = [t for _, _, t in outline(text)]
    assert titles[0] == "认清形势,增强做好安全生产工作的责任感"


def test_a_year_that_goes_on_with_a_noun_belongs_to_the_heading():
    # the PDF spaces around digits (2019 年) are no lost line break: the heading names the year's results
    text = ("同志们: " + _BODY + "下面讲三点看法。一、巩固扩大 2019 年成果对全区而言,2019 年是极不平凡的一年。"
            + _BODY + "二、明确 2020 年任务 " + _BODY)
    titles = [t for _, _, t in outline(text)]
    assert titles[0].startswith("巩固扩大2019年成果")


def test_bullet_lines_stay_lines_of_their_own():
    # each ● item is a line of its own, even a long one that stops without an end mark: its
    # sentence (and a metric's clause) does not run on into the next item
    for a, b in (("●在经济指标上，全县地区生产总值年均要增长7%以上，到2027年经济总量要达到500亿元左右，财政收入要明显增加",
                  "●在民生指标上，城镇居民人均可支配收入年均增长7%左右"),
                 ("■在經濟指標上，全縣地區生產總值年均要增長7%以上，到2027年經濟總量要達到500億元左右，財政收入要明顯增加",
                  "■在民生指標上，城鎮居民人均可支配收入年均增長7%左右")):
        doc = speechdoc.parse("未来五年主要目标\n" + a + "\n" + b + "\n")
        texts = [m.text for m in doc.metrics()]
        assert texts and not any("\n" in t or "●" in t or "■" in t for t in texts)


def test_a_heading_behind_a_document_sites_page_label_and_its_stray_dot_is_a_heading():
    # a document site numbers its page chunks (1、 2、 3、 at line starts, cutting sentences); a
    # chunk may open with the report's own heading behind the label and a stray dot
    text = ("1、政府工作报告各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协\n"
            "2、委员和其他列席人员提出意见。过去的五年，全县上下团结一心，克服困难，经济社会\n"
            "3、.一、 过去五年工作回顾I. Review of the Work of the Past Five Years五年来，全县经济持续增长。\n")
    assert outline(text) == [(1, "一、", "过去五年工作回顾")]


def test_an_english_translation_glued_to_a_heading_ends_its_title():
    for text in ("一、今年工作的总体要求General Requirements for the Work of This Year\n今年要稳中求进。\n",
                 "一、今年工作的總體要求II. General Requirements for This Year\n今年要穩中求進。\n"):
        assert [t for _, _, t in outline(text)] in (["今年工作的总体要求"], ["今年工作的總體要求"])


def test_an_editors_note_that_previews_the_points_is_page_chrome():
    # the site's editor's note on its own line sums up the speech's points; the speech states them
    for note in ("编者按：本文主要从三个方面进行阐述，主要内容包括：一是工业经济快速增长，二是项目建设加快，三是民生持续改善。",
                 "【編者按】本文主要從三個方面進行闡述，主要內容包括：一是工業經濟快速增長，二是項目建設加快，三是民生持續改善。"):
        text = (note + "\n同志们：\n今天召开全县经济工作会议。一年来成绩体现在三个方面：一是工业经济快速增长。"
                "二是项目建设加快。三是民生持续改善。\n")
        nodes = speechdoc.parse(text).walk()
        assert [(n.marker, n.span[0] > len(note)) for n in nodes] == [("一是", True), ("二是", True), ("三是", True)]


def test_a_page_that_opens_at_its_lists_fourth_point_keeps_the_points_that_follow():
    # a site's later page opens in the middle of a point list: 四是 and 五是 in the next paragraph
    for text in ("四是调整招商政策，实行一事一议。好项目可以特事特办。\n五是统一规划，突出重点。项目要进园区。\n总之，要抓好招商引资。\n",
                 "縣委書記在招商引資會上的講話\n\n四是調整招商政策，實行一事一議。\n\n五是統一規劃，突出重點。\n"):
        assert [(d, m) for d, m, _ in outline(text)] == [(1, "四是"), (1, "五是")]


def test_a_page_opening_point_alone_or_with_its_next_member_far_away_stays_text():
    assert outline("四是调整招商政策，实行一事一议。\n好项目可以特事特办。\n") == []
    far = "四是调整招商政策，实行一事一议。\n" + "项目要进园区。\n" * 4 + "五是统一规划，突出重点。\n"
    assert outline(far) == []


def test_a_year_that_opens_the_body_sentence_after_a_lost_break_ends_the_heading():
    text = ("同志们: " + _BODY + "下面讲几点意见: 一、认清形势,坚定信心 2023 年全县经济运行总体平稳,主要指标好于预期。"
            + _BODY + " 二、突出重点,狠抓落实 " + _BODY)
    assert [t for _, _, t in outline(text)][0] == "认清形势,坚定信心"


def test_a_sites_title_label_is_no_part_of_the_speech_title():
    for label in ("文章标题:", "標題："):
        text = "区长在区领导干部会议上的讲话\n" + label + "区长在2023年区领导干部会议上的讲话同志们:\n今天开会。\n一、强化担当\n要干事。\n"
        doc = speechdoc.parse(text)
        assert [s.title for s in doc.speeches] == ["区长在2023年区领导干部会议上的讲话"]
        assert [m for _, m, _ in outline(text)] == ["一、"]
