"""A parse finds the numbering markers and decodes the outline when first read (speechdoc.pipeline._Decoding).

The marker scan and each speech's decoding run once, at the first read of any speech's nodes, paragraphs or
metrics or of the document's diagnostics, never for the metadata, the speeches' titles or the noise; whatever is
read first, the nodes and the diagnostics (in their order: the node-cap warning before the mojibake ones, the
decoding's after them, the over-long numerals last) are those a parse that decoded at once listed, and the paths
that decode at once (the simplified script, a reader's heading markup) give the same.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import speechdoc
from speechdoc import pipeline

# mojibake (UTF-8 read as GBK), numbers skipped and out of sequence in two speeches, an over-long numeral
_GARBLED = "在全县工作会议上的讲话".encode("utf-8").decode("gbk", "replace")
TEXT = ("在全县经济工作会议上的讲话\n同志们：\n一、总体要求\n今年生产总值增长6%左右。\n三、重点任务\n" + _GARBLED +
        "\n（二）稳定就业。城镇新增就业1.2万人。\n\n在全县民生工作会议上的讲话\n同志们：\n二、办好实事\n新建学校3所。\n"
        "增长百分之九九九九九九九九九九九九九九九九九九九九。\n")
TRADITIONAL = TEXT.replace("总体要求", "總體要求").replace("办好实事", "辦好實事")

READS = {
    "diagnostics": lambda d: d.diagnostics,
    "walk": lambda d: d.walk(),
    "children": lambda d: d.speeches[1].children,
    "blocks": lambda d: d.speeches[0].blocks,
    "metrics": lambda d: d.metrics(),
    "json": lambda d: d.model_dump_json(),
}


@pytest.fixture
def calls(monkeypatch):
    """How many times the pipeline's marker scan and decoding ran."""
    counts = {"scan": 0, "build": 0}

    def counted(name):
        real = getattr(pipeline, name)

        def run(*args, **kwargs):
            counts[name] += 1
            return real(*args, **kwargs)

        return run

    for name in counts:
        monkeypatch.setattr(pipeline, name, counted(name))
    return counts


def summary(doc: speechdoc.Document) -> tuple:
    return ([(d.code, d.span, d.message) for d in doc.diagnostics],
            [(n.depth, n.marker, n.title, n.span) for n in doc.walk()])


@pytest.mark.parametrize("first", list(READS))
def test_the_markers_are_found_once_at_the_first_read_of_the_outline(calls, first):
    doc = speechdoc.parse(TEXT)
    doc.meta, [sp.title for sp in doc.speeches], doc.noise, doc.front  # (none of these reads the outline)
    assert calls == {"scan": 0, "build": 0}
    READS[first](doc)
    assert calls == {"scan": 1, "build": 2}  # one scan of the document, one decoding a speech
    for read in READS.values():
        read(doc)
    assert calls == {"scan": 1, "build": 2}


@pytest.mark.parametrize("first", list(READS))
def test_whatever_is_read_first_the_diagnostics_and_nodes_are_the_same(first):
    doc = speechdoc.parse(TEXT)
    READS[first](doc)
    codes = [d.code for d in doc.diagnostics]
    assert codes == ["mojibake", "sequence-gap", "out-of-sequence", "list-starts-late", "number-too-long"]
    assert summary(doc) == summary(speechdoc.parse(TEXT))


def test_the_node_cap_warning_stays_before_the_mojibake_ones(monkeypatch):
    monkeypatch.setattr(pipeline, "NODE_CAP", 2)
    for read_first in (lambda d: None, lambda d: d.walk()):
        doc = speechdoc.parse(TEXT)
        read_first(doc)
        codes = [d.code for d in doc.diagnostics]
        assert codes[:2] == ["node-cap", "mojibake"] and codes[-1] == "number-too-long"
        a, b = next(d.span for d in doc.diagnostics if d.code == "node-cap")
        assert doc.text[a:b] == "（二）"  # the first marker not read
        assert [n.marker for n in doc.walk()] == ["一、", "三、"]


def test_the_paths_that_decode_at_once_give_the_same():
    # the simplified script of a traditional text cuts the markers from the view's text at the parse
    lazy, eager = speechdoc.parse(TRADITIONAL), speechdoc.parse(TRADITIONAL, script="simplified")
    assert [(d.code, d.span) for d in lazy.diagnostics] == [(d.code, d.span) for d in eager.diagnostics]
    assert [(n.depth, n.marker, n.span) for n in lazy.walk()] == [(n.depth, n.marker, n.span) for n in eager.walk()]
    assert [n.title for n in eager.walk()][0] == "总体要求"


def test_a_speech_without_a_node_reads_an_empty_list():
    doc = speechdoc.parse("在全县工作会议上的讲话\n同志们：\n今年生产总值增长6%左右。")
    assert doc.speeches[0].children == [] and doc.walk() == [] and doc.diagnostics == []


def test_threads_reading_diagnostics_and_nodes_at_once_agree(calls):
    want = summary(speechdoc.parse(TEXT))
    for _ in range(5):
        calls.update(scan=0, build=0)
        doc = speechdoc.parse(TEXT)
        barrier = threading.Barrier(8)

        def read(k: int) -> tuple:
            barrier.wait()
            return summary(doc) if k % 2 else tuple(reversed(summary(doc)[::-1]))

        with ThreadPoolExecutor(8) as pool:
            assert all(got == want for got in pool.map(read, range(8)))
        assert calls == {"scan": 1, "build": 2}


def test_outside_keeps_the_candidates_no_span_holds():
    """``pipeline._outside`` (runs of candidates cut out by bisects) against a test of each candidate, on random
    sorted candidates and spans that overlap, nest, touch or are empty."""
    import random
    from collections import namedtuple

    cand = namedtuple("cand", "start")
    rng = random.Random(10)
    for _ in range(3000):
        starts = sorted(rng.sample(range(60), rng.randint(0, 20)))
        cands = [cand(s) for s in starts]
        spans = []
        for _ in range(rng.randint(0, 5)):
            a = rng.randint(0, 60)
            spans.append((a, a + rng.randint(0, 25)))
        want = [c for c in cands if not any(a <= c.start < b for a, b in spans)]
        got = pipeline._outside(cands, spans)
        assert got == want and (got is cands) == (want == cands)  # (nothing cut: the same list, no copy)


def test_a_speech_of_many_blocks_keeps_them_as_arrays_of_the_same_values():
    """From pipeline._ARRAYS_FROM blocks on, a speech's block lists become arrays (made from the ints packed by
    struct): the same values as the lists, the blocks and paragraphs read the same as a text of few blocks."""
    from array import array

    paras = [f"第{k}段，新建学校{k}所。" for k in range(pipeline._ARRAYS_FROM + 6)]
    text = "在全县工作会议上的讲话\n同志们：\n一、总体要求\n" + "\n".join(paras) + "\n二、重点任务\n抓好落实。\n"
    doc = speechdoc.parse(text)
    node = doc.speeches[0].children[0]
    starts, ends, owners = node.__dict__["blocks"].table.blocks()  # (the speech's table, behind its pending lists)
    assert all(isinstance(a, array) for a in (starts, ends, owners))
    assert len(starts) == len(ends) == len(owners) >= pipeline._ARRAYS_FROM
    assert list(starts) == sorted(starts) and all(a < b for a, b in zip(starts, ends))
    assert set(owners) <= {-1, 0, 1} and owners[-1] == 1 and owners[0] == -1
    assert [p.text for p in node.blocks] == ["一、总体要求", *paras]  # (the heading's line is its first block)
    assert [p.text for p in doc.speeches[0].children[1].blocks] == ["二、重点任务", "抓好落实。"]
    assert doc.text[slice(*node.blocks[-1].span)].strip() == paras[-1]
