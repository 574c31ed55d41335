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
