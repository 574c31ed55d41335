"""The Python objects as a newcomer meets them: errors, reprs, iteration, collections."""
from __future__ import annotations

import pytest

import speechdoc
from speechdoc import InputError, MissingFileError, UnreadableFileError


def test_a_missing_file_is_an_input_error_and_a_file_not_found_error(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(FileNotFoundError) as info:
        speechdoc.parse_file(missing)
    e = info.value
    assert isinstance(e, InputError) and isinstance(e, MissingFileError) and isinstance(e, OSError)
    assert str(e) == f"no such file: {missing}" and e.filename == str(missing)


def test_an_unreadable_file_is_a_permission_error(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text("一、甲", encoding="utf-8")

    import os

    real_open = os.open

    def denied(path, *args, **kwargs):  # as root, chmod 0 would not stop the read
        if os.fspath(path) == str(f):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    monkeypatch.setattr(type(f), "read_bytes", lambda self: denied(self))
    with pytest.raises(PermissionError) as info:
        speechdoc.parse_file(f)
    assert isinstance(info.value, UnreadableFileError) and isinstance(info.value, InputError)
    assert str(info.value) == f"cannot read {f}: permission denied"


REPORT = "fixtures/query/work_report.txt"


@pytest.fixture(scope="module")
def report():
    from query_support import load

    return load("work_report.txt")


def long_report() -> str:
    """A ~30k-character work report with a long title and many sections and metrics."""
    han = "一二三四五六七八九十"
    parts = ["在全县深化改革扩大开放推动经济社会高质量发展暨优化营商环境动员大会上的讲话\n同志们：\n"]
    for i in range(10):
        parts.append(f"{han[i]}、第{i + 1}方面的重点工作\n")
        for j in range(10):
            parts.append(f"（{han[j]}）抓好第{j + 1}项任务。全县生产总值增长{j + 1}.5%，完成投资{10 + j}亿元以上。"
                         + "要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。" * 10 + "\n")
    return "".join(parts)


def test_reprs_are_one_short_line():
    text = long_report()
    assert len(text) > 30_000
    doc = speechdoc.parse(text)
    r = repr(doc)
    assert len(r) < 300 and "\n" not in r
    assert r == (f"Document(title='在全县深化改革扩大开放推动经济社会高质量发展暨优化营商环境…', speeches=1, "
                 f"nodes=110, metrics={len(doc.metrics())}, diagnostics={len(doc.diagnostics)})")
    assert len(doc.metrics()) >= 100
    node = doc.speeches[0].children[2]
    assert repr(node) == "OutlineNode(depth=1, marker='三、', title='第3方面的重点工作', children=10)"
    assert repr(node.children[0]).startswith("OutlineNode(depth=2, marker='（一）', title='抓好第1项任务', children=0")
    assert repr(doc.speeches[0]) == "Speech(index=1, title='在全县深化改革扩大开放推动经济社会高质量发展暨优化营商环境…', children=10, nodes=110)"
    for obj in (doc.speeches[0], node.blocks[0], node.blocks[0].sentences[0], doc.metrics()[0]):
        assert len(repr(obj)) < 200, repr(obj)


def test_str_and_outline_are_the_text_tree(report):
    from speechdoc.document.render import to_tree

    assert str(report) == report.outline() == to_tree(report)
    assert str(report).splitlines()[:3] == ["speech 1: 2024年青川县人民政府工作报告", "  一、 2023年工作回顾",
                                           "    （一） 项目建设提速增效"]
    section = report.find(title="千方百计扩大消费")
    assert str(section) == "（二） 千方百计扩大消费\n  1． 提振大宗消费\n  2． 培育新型消费"


def test_notebook_renderings(report):
    md = report._repr_markdown_()
    assert md.splitlines()[:3] == ["# 2024年青川县人民政府工作报告", "## 一、2023年工作回顾", "### （一）项目建设提速增效"]
    html = report._repr_html_()
    assert html.startswith('<div class="speechdoc"><p><b>speech 1: 2024年青川县人民政府工作报告</b></p><ul><li><b>一、</b>')
    assert html.count("<li>") == len(report.walk()) and html.count("<ul>") == html.count("</ul>")
    assert "<" not in speechdoc.parse("一、<b>甲</b>").speeches[0]._repr_html_().split("</b> ")[1].split("</li>")[0][1:]


def test_iteration_yields_outline_nodes_and_len_counts_children(report):
    sp = report.speeches[0]
    assert list(report) == [n for s in report.speeches for n in s.children]
    assert list(sp) == sp.children and len(sp) == 3 and len(report) == 3
    section = report.find(title="坚定不移抓项目扩投资")
    assert [n.marker for n in section] == ["1．", "2．", "3．"] and len(section) == 3
    leaf = report.find(title="稳定扩大就业")
    assert len(leaf) == 0 and list(leaf) == [] and bool(leaf)  # a leaf is still true: `if node:` works
    assert leaf in report.find(title="持续保障和改善民生")
    # the pydantic fields are still there, by name and as a dict
    assert dict(section.model_dump())["marker"] == "（一）" and "own_metrics" in type(section).model_fields
    assert section.model_copy() == section and speechdoc.Document.model_validate(report.model_dump()) == report


def test_every_collection_is_a_list(report):
    node = report.find(title="狠抓招商引资")
    for value in (report.walk(), report.speeches[0].walk(), node.walk(), report.find_all(depth=2),
                  node.find_all(kind="point"), node.ancestors(), report.select("point"), report.metrics(),
                  node.metrics(), report.chunks()):
        assert type(value) is list
    assert [n.marker for n in node.ancestors()] == ["（一）", "二、"]


def test_metrics_is_one_method_with_subsections(report):
    from query_support import report_with_metrics

    doc = report_with_metrics()
    section = doc.find(title="2024年主要目标和重点任务")
    own = section.own_metrics
    deep = section.metrics()
    assert [m.text for m in deep] == sorted((m.text for n in section.walk() for m in n.own_metrics),
                                            key=lambda t: doc.text.index(t))
    assert (len(own), len(deep)) == (4, 7)
    assert "网络零售额增长15%" in [m.text for m in deep] and "网络零售额增长15%" not in [m.text for m in own]
    assert section.metrics(unit="%") == [m for m in deep if m.unit == "%"] != []
    assert doc.speeches[0].metrics() == doc.metrics()
    assert section.model_dump()["metrics"] == [m.model_dump() for m in own]  # JSON still says "metrics"


@pytest.mark.parametrize("criteria, message", [
    ({"depth": "1"}, "depth must be a whole number"),
    ({"depth": 0}, "depth must be a whole number"),
    ({"depth": True}, "depth must be a whole number"),
    ({"kind": "sections"}, "kind must be one of section, point"),
    ({"style": "roman"}, "style must be one of han_dun"),
    ({"title": 3}, "title must be a str"),
])
def test_find_with_a_criterion_nothing_could_match_raises(report, criteria, message):
    node = report.find(title="坚定不移抓项目扩投资")
    for call in (report.find, report.find_all, report.speeches[0].find, node.find, node.find_ancestor):
        with pytest.raises(speechdoc.UsageError, match=message):
            call(**criteria)


def test_find_still_finds(report):
    assert report.find(depth=3, title="狠抓").marker == "2．"
    assert report.find(depth=9) is None


def test_markdown_keeps_every_marker_and_heads_each_speech():
    from speechdoc.document.render import to_markdown

    doc = speechdoc.parse("在全市安全生产工作会议上的讲话\n一、压实责任\n（一）企业责任。一是全面排查；二是限期整改。\n"
                          "1．重点行业\n①矿山\n二、排查隐患\n")
    assert to_markdown(doc).splitlines() == [
        "# 在全市安全生产工作会议上的讲话",
        "## 一、压实责任",
        "### （一）企业责任",
        "- **一是** 全面排查",
        "- **二是** 限期整改",
        "#### 1．重点行业",
        "##### ①矿山",
        "## 二、排查隐患",
    ]
    untitled = speechdoc.parse("一、甲\n（一）乙\n1．丙\n（1）丁\n①戊\n第一，己\n")
    lines = to_markdown(untitled).splitlines()
    assert lines[0] == "# speech 1" and lines[-1] == "- **第一，** 己"  # past level 6: a list item, marker kept


@pytest.mark.parametrize("given", [
    "fixtures/examples/county_economy.txt",  # a file that exists
    "reports/2024 work report.docx",  # no such file, but a file name all the same
    "  speech.PDF\n",
])
def test_a_file_name_given_as_text_gets_a_warning_pointing_at_parse_file(given, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    doc = speechdoc.parse(given)
    found = [d for d in doc.diagnostics if d.code == "path-as-text"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert f"speechdoc.parse_file({given.strip()!r})" in found[0].message


@pytest.mark.parametrize("text", ["一、总体要求\n二、重点任务", "关于印发《2024年工作要点.docx》的通知：一、总体要求",
                                  "同志们：今天开会。"])
def test_speech_text_is_not_taken_for_a_file_name(text):
    assert [d.code for d in speechdoc.parse(text).diagnostics if d.code == "path-as-text"] == []


@pytest.mark.parametrize("data", ["", b"", " \n\t\n", "\ufeff".encode("utf-8") + b"\r\n"])
def test_empty_input_is_said(data):
    doc = speechdoc.parse(data)
    assert [(d.severity, d.code) for d in doc.diagnostics] == [("warning", "empty-input")]
    assert doc.walk() == []


def test_a_node_span_stops_at_its_own_text_not_the_footer_after_it():
    doc = speechdoc.parse(
        "在全县经济工作会议上的讲话\n一、认清形势\n去年增长6.2%。\n二、狠抓落实\n（一）扩大投资。确保完成投资180亿元以上。\n"
        "推荐访问:讲话稿 经济工作会议\n")
    footer = [n for n in doc.noise if n.kind == "footer"]
    assert footer and footer[0].text == "推荐访问:讲话稿 经济工作会议"
    last, parent = doc.walk()[-1], doc.speeches[0].children[-1]
    assert doc.text_at(last.span) == "（一）扩大投资。确保完成投资180亿元以上。\n"
    assert parent.span[1] == last.span[1] <= footer[0].span[0]
    for node in doc.walk():  # every node: from its marker to the end of its own text or its last child's
        assert node.span[1] == max([p.span[1] for p in node.blocks] + [c.span[1] for c in node.children])


# a PDF page flattened onto one line: each printed line of ~29 characters ends in a space, and the
# heading's printed line stops one character short of the column, inside the word 形势
FLAT_PAGE = (
    "在全市人大常委会办公室主任学习会上的讲话\n"
    "今天举办全市人大常委会办公室主任学习会,围绕进一步做好人大 办公室工作进行学习、交流和研讨,很有必要。近年来,全市各级人"
    " 大紧紧围绕中心工作,依法履行职责,积极主动作为,做了大量卓有 成效的工作,为推动全市经济社会平稳健康发展作出了重要贡献"
    "。 各级人大常委会办公室的同志们,紧紧围绕改革发展大局和常委会 工作重点,认真履行职责,在服务人大重要会议和重大活动、协"
    "调人 大机关运转等方面做了大量工作,得到了各方面的肯定。 这里,我向大家提两点希望,供同志们参考。 第一,希望大家自觉主"
    "动加强学习,更好地适应人大工作的新形 势新要求。 党的十八大以来,以习近平同志为核心的党中央对人大工作提出了 一系列新要"
    "求,我们要认真学习领会,切实贯彻落实到各项工作之中 ,不断提高履职能力和服务水平,努力开创人大工作新局面。 第二,希望大"
    "家准确把握工作定位,充分发挥职能作用。 人大办公室是人大机关日常运转的中枢,承担着参谋、服务、协调 等重要职责,大家要立"
    "足岗位,主动作为,努力把各项工作做得更好 更实更细,为常委会依法履职提供有力保障。"
    "\n"
)


def test_a_title_goes_on_across_a_stray_pdf_space_inside_a_phrase():
    doc = speechdoc.parse(FLAT_PAGE)
    first, second = doc.walk()
    assert first.title == "希望大家自觉主动加强学习,更好地适应人大工作的新形势新要求"  # the repaired text
    assert doc.text_at(first.title_span).endswith("新形 势新要求")
    assert second.title == "希望大家准确把握工作定位,充分发挥职能作用"


def test_a_heading_line_before_a_body_sentence_is_not_lengthened():
    page = FLAT_PAGE.replace("第二,希望大家准确把握工作定位,充分发挥职能作用。", "第二,准确把握工作定位 发挥作用的办法很多,")
    second = speechdoc.parse(page).walk()[1]
    assert second.title == "准确把握工作定位"
