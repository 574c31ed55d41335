"""What a parse's records cost: metrics and nodes share their dicts' keys (speechdoc.document.fastmodel).

The records read, compare, copy, pickle and dump as validated ones do; only their size differs.
"""
from __future__ import annotations

import copy
import inspect
import pickle
import sys

import speechdoc
from speechdoc.document.fastmodel import COMPACT_FROM, builder, maker
from speechdoc.document.model import Metric, OutlineNode, Sentence, Speech

TEXT = "一、总体要求\n今年生产总值增长6%左右，财政收入增长5%。\n二、重点任务\n一是扩大内需;二是稳定就业。"


def test_records_of_many_fields_share_their_keys():
    doc = speechdoc.parse(TEXT)
    records = [*doc.metrics(), *doc.walk(), *doc.speeches]
    assert {type(r) for r in records} == {Metric, OutlineNode, Speech}
    for r in records:
        assert len(type(r).model_fields) >= COMPACT_FROM
        own = dict(r.__dict__)  # the same items in a dict of its own
        assert sys.getsizeof(r.__dict__) < sys.getsizeof(own)
        assert list(r.__dict__) == list(type(r).model_fields)  # field order, as validation gives
        assert r == type(r).model_validate(r.model_dump(by_alias=True))


def test_shared_keys_read_copy_and_pickle_as_a_plain_dict():
    doc = speechdoc.parse(TEXT)
    m = doc.metrics()[0]
    back = pickle.loads(pickle.dumps(m))
    assert back == m and back.model_dump_json() == m.model_dump_json()
    changed = m.model_copy(update={"unit": "亿元"})
    assert changed.unit == "亿元" and m.unit == "%" and changed != m
    assert copy.deepcopy(m) == m and copy.copy(m) == m
    node = doc.walk()[0]
    assert copy.deepcopy(node) == node and pickle.loads(pickle.dumps(node)) == node
    assert speechdoc.Document.model_validate_json(doc.model_dump_json()) == doc


def test_a_maker_given_too_few_fields_takes_the_careful_path():
    m = maker(Metric)({"text": "增长5%", "text_span": (0, 4), "span": (2, 4), "value_span": (2, 3)})
    assert m.section_path == [] and m.value is None and m.model_fields_set == {"text", "text_span", "span", "value_span"}
    s = maker(Sentence)({"kind": "sentence", "text": "好。", "span": (0, 2)})
    assert len(Sentence.model_fields) < COMPACT_FROM and type(s.__dict__) is dict and s.text == "好。"


def test_a_builder_takes_the_fields_by_keyword_or_by_position_in_their_order():
    # make_nodes passes an OutlineNode's fields by position: the builder's parameters are the fields, in order
    node = builder(OutlineNode)
    assert list(inspect.signature(node).parameters) == list(OutlineNode.model_fields)
    fields = dict(kind="point", marker="一是", style="clause_shi", ordinal=1, depth=2, title="扩大消费", span=(0, 8),
                  marker_span=(0, 2), title_span=(2, 6), blocks=[], own_metrics=[], children=[])
    by_position = node(*fields.values())
    assert by_position == node(**fields) == OutlineNode(**fields)
    assert by_position.__dict__ == fields
    # speech_record passes a Speech's so too
    assert list(inspect.signature(builder(Speech)).parameters) == list(Speech.model_fields)
    doc = speechdoc.parse("一、发展经济\n一是扩大消费;二是稳定投资。\n二、保障民生")
    assert [(n.kind, n.marker, n.style, n.ordinal, n.depth, n.title) for n in doc.walk()] == [
        ("section", "一、", "han_dun", 1, 1, "发展经济"), ("point", "一是", "clause_shi", 1, 2, "扩大消费"),
        ("point", "二是", "clause_shi", 2, 2, "稳定投资"), ("section", "二、", "han_dun", 2, 1, "保障民生")]


def test_many_blocks_are_kept_as_arrays_and_read_as_blocks():
    from speechdoc.document.assemble import Block, Blocks, cut_blocks
    from speechdoc.text.textview import ARRAY_FROM

    text = "今年增长5%。\n" * (ARRAY_FROM + 5)
    starts = list(range(0, len(text), 8))
    nodes = [(0, 80, None), (80, 160, 0)]
    blocks = cut_blocks(0, len(text), starts, nodes, [(400, 408)], text)
    few = cut_blocks(0, 800, starts, nodes, [(400, 408)], text)
    assert type(blocks) is Blocks and type(few) is list and len(blocks) == ARRAY_FROM + 4
    read = list(blocks)
    assert all(type(b) is Block for b in read) and read[:len(few) - 1] == few[:-1]
    assert [(b.start, b.end, b.owner) for b in read[:3]] == [(0, 8, 0), (8, 16, 0), (16, 24, 0)]
    assert read[10].owner == 1 and read[20].owner == -1 and blocks[-1] == read[-1] and blocks[0] == read[0]
    assert all(x.end == y.start or (x.end, y.start) == (400, 408) for x, y in zip(read, read[1:]))


def test_metrics_share_their_repeated_names():
    # a report names 地区生产总值 and 今年 many times: every metric holds the same string object
    # (it is what keeps a document at the metric cap under 32 bytes an input character)
    import speechdoc

    doc = speechdoc.parse("今年地区生产总值增长5%。今年地区生产总值达到100亿元。今年地区生产总值增长6%。")
    ms = doc.metrics()
    assert len(ms) == 3 and len({m.indicator for m in ms}) == 1
    assert ms[0].indicator is ms[2].indicator and ms[0].period is ms[2].period
