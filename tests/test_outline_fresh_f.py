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
