"""A parsed speech's outline nodes are made when first read (speechdoc.document.pending.PendingNodes).

Until then the speech holds a stand-in, and what its nodes are made of (their ends, titles, the blocks
tiling the speech) is assembled at the first read of any of them, of the speech's paragraphs or of a
metric. Every way of reading a speech must see the nodes a filled one holds: the attribute, every dump,
``==``, pickling, copies, threads, navigation, selectors, records and chunks; and a document must still
go with its last reference while the collector is paused (no reference cycle).
"""
from __future__ import annotations

import copy
import gc
import pickle
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor

import pytest

import speechdoc
from speechdoc.document.model import OutlineNode
from speechdoc.document.pending import PendingNodes

# two speeches (the second with points in a paragraph), chrome masked and a gloss deleted (the view is not
# the input), traditional script read as it is and folded
CASES = [
    ("在全县经济工作会议上的讲话\n同志们：\n一、总体要求\n今年生产总值增长6%左右。\n二、重点任务\n"
     "（一）扩大内需。一是扩大消费;二是稳定投资。\n（二）稳定就业。城镇新增就业1.2万人。\n\n"
     "在全县民生工作会议上的讲话\n同志们：\n一、办好实事\n新建学校3所。\n二、兜牢底线", "source"),
    ("您的位置：首页 > 新闻中心 > 正文\n一、發(fā)表講話。今年增長6%。\n\n二、重點任務。\n財政收入增長5%！",
     "source"),
]
CASES.append((CASES[1][0], "simplified"))


def parsed(i: int) -> speechdoc.Document:
    text, script = CASES[i]
    return speechdoc.parse(text, script=script)


def held(speech: object) -> object:
    return speech.__dict__["children"]


def shape(doc: speechdoc.Document) -> list[tuple]:
    return [(n.depth, n.marker, n.title, n.span, n.title_span, len(n.blocks), len(n.own_metrics)) for n in doc.walk()]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_a_parse_makes_no_node_until_one_is_read(i):
    doc = parsed(i)
    assert all(type(held(sp)) is PendingNodes for sp in doc.speeches)
    first = doc.speeches[0]
    made = first.children
    assert made and all(type(n) is OutlineNode for n in made)
    assert first.children is made and held(first) is made  # made once, then kept
    assert all(type(held(sp)) is PendingNodes for sp in doc.speeches[1:])


@pytest.mark.parametrize("i", range(len(CASES)))
def test_whatever_is_read_first_the_outline_is_the_same(i):
    want = shape(parsed(i))
    by_metrics, by_blocks, by_dump = parsed(i), parsed(i), parsed(i)
    by_metrics.metrics()
    for sp in by_blocks.speeches:
        sp.blocks
    dumped = by_dump.model_dump_json()
    assert shape(by_metrics) == shape(by_blocks) == want
    assert by_dump.model_dump_json() == dumped == parsed(i).model_dump_json()
    assert by_dump.model_dump() == parsed(i).model_dump()


def test_equality_pickle_and_copies_see_the_nodes():
    lazy, full = parsed(0), parsed(0)
    full.walk()
    assert lazy == full and full == lazy
    assert lazy.speeches[1] == full.speeches[1]
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(parsed(0), protocol))
        assert type(held(back.speeches[0])) is list and shape(back) == shape(full)
    deep = copy.deepcopy(parsed(0))
    assert shape(deep) == shape(full)
    sp = parsed(0).speeches[0]
    shallow = copy.copy(sp)
    assert shallow.children is sp.children  # one list, as for a filled speech's shallow copy


def test_threads_reading_at_once_get_one_list():
    for _ in range(5):
        doc = parsed(0)
        barrier = threading.Barrier(8)

        def read(_: int) -> int:
            barrier.wait()
            return id(doc.speeches[1].children)

        with ThreadPoolExecutor(8) as pool:
            assert len(set(pool.map(read, range(8)))) == 1


def test_navigation_selectors_records_and_chunks_see_the_nodes():
    doc = parsed(0)
    point = doc.find(kind="point")
    assert point.parent.title == "扩大内需" and point.speech.index == 1
    assert [n.title for n in doc.select("section[depth=1]")] == ["总体要求", "重点任务", "办好实事", "兜牢底线"]
    assert len(doc.to_records("nodes")) == len(parsed(0).walk())
    assert any("扩大消费" in c.text for c in doc.chunks())


def test_a_document_goes_with_its_last_reference_while_the_collector_waits():
    was = gc.isenabled()
    gc.disable()
    try:
        for read in (lambda d: None, lambda d: d.walk(), lambda d: d.metrics(),
                     lambda d: [sp.blocks for sp in d.speeches], lambda d: d.model_dump_json()):
            doc = parsed(0)
            read(doc)
            ref = weakref.ref(doc)
            del doc
            assert ref() is None
    finally:
        if was:
            gc.enable()
