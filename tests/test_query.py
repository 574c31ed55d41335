"""The tree API: find/find_all, parent and siblings, path, text and full_text."""
from __future__ import annotations

import gc
import json
import re

import pytest
from query_support import CORPUS, load

import speechdoc
from speechdoc import Document, OutlineNode, Speech, UsageError
from speechdoc.document import query as q

REPORT = "work_report.txt"


@pytest.fixture(scope="module")
def report() -> Document:
    return load(REPORT)


def titles(nodes) -> list[str]:
    return [n.title for n in nodes]


@pytest.mark.parametrize("criteria, expected", [
    ({"depth": 1}, ["2023年工作回顾", "2024年主要目标和重点任务", "全面加强政府自身建设"]),
    ({"kind": "point", "title": "招商"}, ["招商引资成效明显，新签约项目48个，到位资金62亿元",
                                        "精准招商，瞄准长三角、珠三角产业转移", "以商招商，发挥在外青川商会作用"]),
    ({"style": "arabic_dot", "depth": 3, "title": re.compile(r"^(提振|培育)")}, ["提振大宗消费", "培育新型消费"]),
    ({"where": lambda n: n.ordinal == 3 and n.depth == 2}, ["民生福祉持续改善", "持续保障和改善民生"]),
    ({"kind": "section", "title": "不存在的标题"}, []),
], ids=["depth", "kind+title", "style+depth+regex", "predicate", "nothing"])
def test_find_all(report, criteria, expected):
    assert titles(report.find_all(**criteria)) == expected
    first = report.find(**criteria)
    assert (first.title if first else None) == (expected[0] if expected else None)


def test_find_on_node_searches_descendants_only(report):
    top = report.find(title="2024年主要目标")
    assert top.find(title="2024年主要目标") is None
    assert titles(top.find_all(depth=2)) == ["坚定不移抓项目扩投资", "千方百计扩大消费", "持续保障和改善民生"]
    assert report.speeches[0].find(kind="point").marker == "一是"


@pytest.mark.parametrize("criteria, message", [
    ({"kind": "chapter"}, "kind must be one of section, point"),
    ({"title": 3}, "title must be a str or a compiled re.Pattern"),
    ({"where": "depth>1"}, "where must be a callable"),
])
def test_find_misuse_raises_usage_error(report, criteria, message):
    with pytest.raises(UsageError, match=message):
        report.find(**criteria)


def test_parent_siblings_path(report):
    node = report.find(title="以商招商")
    assert node.path == ["二、2024年主要目标和重点任务", "（一）坚定不移抓项目扩投资", "2．狠抓招商引资",
                         "二要以商招商，发挥在外青川商会作用"]
    assert node.parent.title == "狠抓招商引资"
    assert node.prev_sibling.marker == "一要" and node.next_sibling.marker == "三要"
    assert node.next_sibling.next_sibling is None and node.prev_sibling.prev_sibling is None
    assert [a.marker for a in node.ancestors()] == ["2．", "（一）", "二、"]
    assert node.find_ancestor(depth=1).marker == "二、"
    assert node.find_ancestor(style="clause_yao") is None
    top = report.speeches[0].children[0]
    assert isinstance(top.parent, Speech) and top.parent is report.speeches[0]
    assert top.speech is report.speeches[0] and node.speech is report.speeches[0]
    assert top.path == ["一、2023年工作回顾"]


def test_every_node_is_in_its_parents_children(report):
    for node in report.walk():
        kids = node.parent.children
        assert any(k is node for k in kids)
        assert node.path[-1] == node.marker + node.title
        assert len(node.path) == node.depth


def test_text_and_full_text(report):
    sec = report.find(title="千方百计扩大消费")
    assert sec.text == "（二）千方百计扩大消费。"
    assert sec.full_text == ("（二）千方百计扩大消费。\n1．提振大宗消费。支持汽车、家电以旧换新，举办消费季活动20场以上。\n"
                             "2．培育新型消费。发展直播电商，力争网络零售额增长15%。")
    speech = report.speeches[0]
    assert speech.text.startswith("2024年青川县人民政府工作报告\n")
    assert "一、2023年工作回顾" not in speech.text
    assert speech.full_text == "\n".join(p.text for p in sorted(
        [*speech.blocks, *(b for n in speech.walk() for b in n.blocks)], key=lambda p: p.span))


def test_navigation_leaves_json_and_equality_alone(report):
    before = report.model_dump_json()
    for node in report.walk():
        node.path, node.parent, node.next_sibling  # noqa: B018 — build the index
    assert report.model_dump_json() == before
    again = Document.model_validate_json(before)
    assert again == report
    assert again.find(title="以商招商").path == report.find(title="以商招商").path
    assert '"parent"' not in before
    dumped = json.loads(before)["speeches"][0]["children"][0]
    assert set(dumped) == {f.alias or name for name, f in OutlineNode.model_fields.items()}


def test_detached_node_says_so():
    doc = speechdoc.parse("一、总体要求\n（一）稳增长。")
    loose = OutlineNode.model_validate(doc.find(depth=2).model_dump())
    with pytest.raises(UsageError, match="belongs to no live Document"):
        loose.parent  # noqa: B018


@pytest.mark.parametrize("how", ["deepcopy", "copy", "pickle", "model_copy"])
def test_copies_navigate(how):
    import copy
    import pickle
    doc = speechdoc.parse("一、甲\n（一）乙。\n（二）丙。")
    make = {"deepcopy": copy.deepcopy, "copy": copy.copy, "pickle": lambda d: pickle.loads(pickle.dumps(d)),
            "model_copy": lambda d: d.model_copy(deep=True)}[how]
    doc.find(title="丙").parent  # noqa: B018 — index the original, whose entries the copy may share
    other = make(doc)
    del doc
    gc.collect()
    node = other.speeches[0].children[0].children[1]
    assert node.path == ["一、甲", "（二）丙"] and node.prev_sibling.title == "乙"


def test_index_entries_go_with_their_document():
    doc = speechdoc.parse("一、甲\n（一）乙。\n（二）丙。")
    doc.find(title="丙").parent  # noqa: B018
    key = id(doc)
    assert key in q._owned
    del doc
    gc.collect()
    assert key not in q._owned and key not in q._pending


def test_deep_tree_navigates_without_recursion():
    depth = 24
    node: dict = {}
    for d in range(depth, 0, -1):
        node = {"kind": "section", "marker": f"({d})", "style": "arabic_paren", "ordinal": 1, "depth": d,
                "title": f"t{d}", "span": (0, 1), "marker_span": (0, 1), "title_span": (0, 1),
                "children": [node] if node else []}
    doc = Document.model_validate({"source": {"length": 1}, "text": "x",
                                   "speeches": [{"index": 1, "span": (0, 1), "children": [node]}]})
    deepest = doc.find(depth=depth)
    assert len(deepest.path) == depth and deepest.path[0] == "(1)t1"
    assert len(list(deepest.ancestors())) == depth - 1
    assert doc.speeches[0].children[0].full_text == ""


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_corpus_navigation_is_consistent():
    files = sorted(CORPUS.glob("*/*.txt"))
    assert files
    for path in files:
        doc = speechdoc.parse_file(path)
        for sp in doc.speeches:
            assert list(sp.find_all(depth=1)) == [n for n in sp.children]
        for node in doc.walk():
            parent = node.parent
            assert (parent.depth + 1 if isinstance(parent, OutlineNode) else 1) == node.depth
            assert node.path[-1] == node.marker + node.title
            # own paragraphs can follow the children (text after an inline 一是…二是… list): reading order
            assert node.full_text.startswith(node.blocks[0].text)
            assert all(b.text in node.full_text for b in node.blocks)
