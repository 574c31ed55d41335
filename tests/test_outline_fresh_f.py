"""Outline patterns found on fresh real pages read by hand (helper o, session F).

Every text here is written for the test; none is copied from a page.
"""
from __future__ import annotations

import speechdoc


def outline(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.marker, n.title) for n in speechdoc.parse(text).walk()]


def test_a_numbered_heading_that_names_a_speech_is_a_heading_not_the_speech_title():
    # a study page: 一、 heads the summary of a speech, and its points follow (no salutation)
    text = ("一、2021年5月8日在全省乡村振兴推进会议上的讲话\n"
            "1.要把增加农民收入作为中心任务，稳住粮食生产。\n"
            "2.要补齐农村基础设施短板。第一，抓好农村公路。第二，抓好农村供水。\n")
    doc = speechdoc.parse(text)
    assert doc.speeches[0].title is None
    assert [(d, m) for d, m, _ in outline(text)] == [
        (1, "一、"), (2, "1."), (2, "2."), (3, "第一，"), (3, "第二，")]
    assert outline(text)[0][2] == "2021年5月8日在全省乡村振兴推进会议上的讲话"


def test_a_numbered_speech_title_of_a_compilation_still_opens_a_speech():
    # a compilation numbers its speeches: the title is followed by the salutation
    text = ("一、在全县秋冬种工作会议上的讲话\n同志们：\n" + "今年秋冬种任务很重。" * 40 + "\n"
            "二、在全县冬春水利建设会议上的讲话\n同志们：\n" + "水利是农业的命脉。" * 40 + "\n")
    doc = speechdoc.parse(text)
    assert [s.title for s in doc.speeches] == ["一、在全县秋冬种工作会议上的讲话", "二、在全县冬春水利建设会议上的讲话"]
    assert list(doc.walk()) == []


def test_page_labels_that_cut_english_sentences_on_a_bilingual_page_are_no_list():
    # a document site shows a bilingual report as page chunks, each opened by 1、 2、 3、; the chunks
    # end inside English sentences (after a comma) or push a sentence's full stop to the next page
    cn = "现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。"
    en = ("On behalf of the County People's Government, I will now report to you on the work of the "
          "government for your deliberation and approval,")
    text = (f"资源描述\n\n1、县政府工作报告（中英文）{cn}{en}\n\n"
            f"2、and I also ask the members of the county committee (CPPCC) for their comments {cn}"
            f"{en} and for comments from the county committee (CPPCC)\n\n3、.二〇二三年的工作很重要。{cn}\n")
    assert outline(text) == []
    # a real list of long items, each ending its sentence, stays a list
    items = "".join(f"{n}、{cn * 5}\n" for n in (1, 2, 3))
    assert [m for _, m, _ in outline(items)] == ["1、", "2、", "3、"]


_OPENING = "同志们: 今天召开全县农业农村工作会议,主要任务是总结去年工作,部署今年任务。" * 6


def test_a_heading_on_a_page_without_line_breaks_ends_at_the_blank_of_its_lost_break():
    # the page lost its line breaks; a blank stands where each heading's line ended
    text = (_OPENING + "下面,我讲三点意见。 一、认清形势,切实增强做好农业农村工作的紧迫感 今年以来,全县粮食"
            "生产保持稳定。 二、突出重点 20xx 年,要抓好三件大事。 三、强化保障 3 月 1 日起,全面开展督查。"
            " 四、加快 XX 县区建设。")
    assert [t for _, _, t in outline(text)] == [
        "认清形势,切实增强做好农业农村工作的紧迫感", "突出重点", "强化保障", "加快XX县区建设"]  # (stray blanks around Latin and digits are not shown)


def test_a_heading_of_a_bilingual_page_ends_before_its_english_translation():
    text = (_OPENING + "请予审议。 一、过去一年工作回顾 I. Review of Our Work in the Past Year 过去一年,"
            "全县经济运行总体平稳。")
    assert outline(text)[0][2] == "过去一年工作回顾"


def test_a_heading_with_its_own_line_keeps_its_blanks():
    # with line breaks the heading's line ends it; a blank inside it stays (a date in it goes on too)
    text = "一、坚持稳中求进 推动高质量发展\n今年以来,全县经济运行平稳。\n"
    assert outline(text)[0][2] == "坚持稳中求进推动高质量发展"  # (shown without the blank)
    run_on = _OPENING + "一、2020 年 3 月 6 日在全县脱贫攻坚推进会上的讲话要点 今年要确保全面完成任务。"
    assert outline(run_on)[0][2] == "2020年3月6日在全县脱贫攻坚推进会上的讲话要点"


def test_a_page_that_opens_inside_a_subsection_keeps_the_next_section_heading():
    # page 3 of a report: it opens at （二） of section 五 (on the page before), then 六、 begins
    text = ("（二）加强耕地保护\n全年划定永久基本农田十二万亩，落实耕地占补平衡。\n"
            "（三）推进土地整治\n完成高标准农田建设三万亩。\n"
            "六、完善医疗卫生服务\n（一）培养乡村医生\n定向培养乡村医生八十名。\n"
            "（二）建设县域医共体\n三家县级医院牵头组建医共体。\n")
    assert [(d, m) for d, m, _ in outline(text)] == [
        (1, "（二）"), (1, "（三）"), (1, "六、"), (2, "（一）"), (2, "（二）")]
    # a heading that continues nothing after points, or after a first （一） list, stays text
    assert [m for _, m, _ in outline("今年要做到：一是稳增长；二是保就业。\n四、加强政府自身建设\n")] == ["一是", "二是"]
    assert [m for _, m, _ in outline("（一）加强耕地保护\n内容。\n（二）推进土地整治\n内容。\n六、完善医疗卫生服务\n")] == [
        "（一）", "（二）"]


def test_a_heading_line_before_a_line_that_lost_its_opening_words_ends_at_its_line():
    # the site dropped the year before the comma of the body's first sentence (20XX年，全县上下…)
    text = "同志们：\n一、认真总结成绩，准确把握态势，始终保持加快发展的劲头\n，全县上下克服困难，完成了各项目标任务。\n"
    assert outline(text)[0][2] == "认真总结成绩，准确把握态势，始终保持加快发展的劲头"
    # a heading wrapped after its comma keeps its second line (the next line opens with words)
    wrapped = "一、提高政治站位，明确目标任务，\n增强教育高质量发展的使命感和紧迫性\n全省教育系统统筹推进各项工作。\n"
    assert outline(wrapped)[0][2].startswith("提高政治站位，明确目标任务")


def test_a_document_sites_numbered_notice_is_chrome_not_a_list():
    text = ("- 1、本文档由用户上传，文库整理发布，可阅读全部内容。\n"
            "- 2、本文档内容版权归属内容提供方，如有争议请联系客服。\n"
            "- 3、本站不保证文档质量，付费之前请仔细阅读。\n"
            "镇长年度工作总结\n现将本年度工作简要汇报如下：\n一、围绕中心加快经济发展\n一是工业化成果更加丰硕。\n")
    assert [(d, m) for d, m, _ in outline(text)] == [(1, "一、"), (2, "一是")]
    assert "本文档由用户上传" in " ".join(n.text for n in speechdoc.parse(text).noise)


def test_a_page_that_opens_inside_a_points_list_keeps_the_next_section_heading():
    # page 2 of a summary: it opens at 四是 of section 二 (its 一是–三是 on the page before)
    text = ("四是在基础设施上做文章。新建校舍两栋，改造危桥三座。\n"
            "三、构建和谐稳定的社会环境\n全镇实现三个平安。一是安全稳定这个头等大事。二是防火护林这个重中之重。\n")
    assert [(d, m) for d, m, _ in outline(text)] == [(1, "三、"), (2, "一是"), (2, "二是")]


def test_a_heading_after_a_pages_continuation_note_opens_its_line():
    text = "（续前）（二）办理土地登记\n全年办结登记案件六百余件。\n（三）促进土地开发利用\n完成产权登记。\n"
    assert [(d, m) for d, m, _ in outline(text)] == [(1, "（二）"), (1, "（三）")]
    # a bracketed word that is no such note leaves the marker mid-line
    assert [m for _, m, _ in outline("（附件）（二）办理土地登记\n全年办结。\n")] == []


def test_points_of_a_text_that_lost_all_its_punctuation_are_read_by_their_run_of_numbers():
    # a search engine's copy of a host's script: not one punctuation mark is left
    text = ("同志们今天区政府在这里专题召开全区安全生产工作会议主要任务是传达上级会议精神分析当前形势部署全区工作"
            "参加今天会议的有区安委会全体成员各镇街分管领导和安监干部区有关责任单位分管领导以及各重点企业负责人"
            "今天会议主要有四项议程一是区安委会领导作工作报告二是通报考核情况三是表彰先进单位四是区领导讲话"
            "下面进行会议第一项议程首先请区安监局局长作工作报告大家欢迎下面进行会议第二项议程请区总工会主席通报考核情况"
            "统一是前提")
    assert [(d, m, t) for d, m, t in outline(text)] == [
        (1, "一是", "区安委会领导作工作报告"), (1, "二是", "通报考核情况"), (1, "三是", "表彰先进单位"),
        (1, "四是", "区领导讲话下面进行会议第一项议程首先请区安监局局长作工作报告大家欢迎下面进行会议第二项议程请区总工会主席通报考核情况统一是前提")]
    # with its punctuation a mid-sentence 一是 without a list after it stays text
    assert outline("这件事情的关键在于统一思想，统一是前提，落实是根本。" * 10) == []


def test_a_sites_summary_footer_that_repeats_the_opening_is_chrome():
    text = ("在全县防汛工作会议上的讲话\n同志们：\n下面，讲两点意见。\n一、思想认识要再提高。入汛以来做了大量工作。"
            "一是天气形势不容乐观。二是存在麻痹思想。\n预览结束，请扫码联系老师！\n"
            "《在全县防汛工作会议上的讲话》所在栏目：优质范文 > 内容摘要：同志们： 下面，讲两点意见。 一、思想认识要再提高。\n")
    assert [(d, m) for d, m, _ in outline(text)] == [(1, "一、"), (2, "一是"), (2, "二是")]
