"""Session Q, helper outline2: a document-sharing site's abstract — the line under the title that opens with the title
again and runs on into the speech until the site cut it — is chrome, so the markers it copied from the body are not
read as the speech's own. Texts written here, modelled on work reports reposted by document sites."""
from __future__ import annotations

import speechdoc

_BODY = ("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n过去一年，全市生产总值增长5.2%，"
         "一般公共预算收入增长3.1%。\n二、2026年工作安排\n今年要扩大有效投资。")
_TITLE = "2026年某市政府工作报告（20260112）\n"
_ABSTRACT = "2026年某市政府工作报告各位代表：现在，我代表市人民政府向大会报告工作，请予审议。一、2025年工作回顾过去一年，全市生产总\n"


def _tree(text: str) -> list[tuple[int, str, str]]:
    doc = speechdoc.parse(text)  # (kept while its nodes are read)
    return [(n.depth, n.marker, n.title) for n in doc.walk()]


def test_a_document_sites_abstract_is_chrome_and_its_markers_are_no_nodes():
    doc = speechdoc.parse(_TITLE + _ABSTRACT + _BODY)
    assert [(n.depth, n.marker, n.title) for n in doc.walk()] == [(1, "一、", "2025年工作回顾"), (1, "二、", "2026年工作安排")]
    # the abstract line is page chrome, every character of it kept there
    line = _ABSTRACT.rstrip("\n")
    assert [(r.kind, r.text) for r in doc.noise] == [("file_header", line)]
    s, e = doc.noise[0].span
    assert doc.text[s:e].strip() == line


def test_without_the_abstract_the_outline_is_the_same():
    assert _tree(_TITLE + _BODY) == _tree(_TITLE + _ABSTRACT + _BODY)


def test_a_news_lead_that_repeats_its_headline_and_ends_a_sentence_stays_text():
    # a news page's lead repeats the headline and runs on: it ends its sentence, so it is no cut abstract
    text = ("某市发布十五五规划纲要 2030年地区生产总值将达2万亿元\n某市发布十五五规划纲要 2030年地区生产总值将达2万亿元，"
            "纲要提出一、建设现代化产业体系等任务。\n")
    doc = speechdoc.parse(text)
    assert not any(r.kind == "file_header" for r in doc.noise)


def test_an_abstract_whose_words_the_text_does_not_repeat_stays_text():
    # a second line that opens with the title and breaks off, but nothing after it repeats its end: no abstract
    text = _TITLE + "2026年某市政府工作报告各位代表：现在，我代表市人民政府向大会报告工作，请予审议。一、2025年工作回顾过去一年\n二、2026年工作安排\n今年要扩大有效投资。"
    doc = speechdoc.parse(text)
    assert not any(r.kind == "file_header" for r in doc.noise)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]


# --- a document site's numbered notice on its downloads is chrome, not a list -------------------------------------

_NOTICE = ("- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充等附加服务。\n"
           "- 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。\n"
           "- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。\n")


def test_a_document_sites_numbered_notice_is_chrome():
    text = "在全县项目建设推进会上的讲话\n" + _NOTICE + "同志们:\n今天召开推进会。一是抓开工。二是抓投产。三是抓招商。"
    doc = speechdoc.parse(text)
    assert [r.kind for r in doc.noise] == ["file_header"] * 3
    assert [(n.depth, n.marker) for n in doc.walk()] == [(1, "一是"), (1, "二是"), (1, "三是")]
    # traditional script folds to the same rule
    doc = speechdoc.parse("在全縣項目建設推進會上的講話\n- 1、下載文檔前請自行甄別文檔內容的完整性,平台不提供額外的編輯等附加服務。\n同志們:\n今天開會。")
    assert [r.kind for r in doc.noise] == ["file_header"]


def test_a_numbered_point_about_documents_in_a_speech_stays_a_node():
    text = "同志们:\n1、下载文档前要先登记,做到有据可查。\n2、文档要分类归档,按期移交。"
    doc = speechdoc.parse(text)
    assert not doc.noise
    assert [n.marker for n in doc.walk()] == ["1、", "2、"]
