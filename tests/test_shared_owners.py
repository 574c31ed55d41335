"""A parsed speech and its outline nodes hold one stand-in for all their pending paragraphs and metrics
(:class:`speechdoc.document.pending.SharedOwners`), which finds each node's own by its marker's input start (the
speech's: owner -1): the same paragraphs, metrics, dumps, copies and comparisons as a stand-in each (what the parse
made before)."""
from __future__ import annotations

import copy
import pickle
import random
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speechdoc
from speechdoc.document.model import OutlineNode
from speechdoc.document.pending import PendingMetrics, PendingParagraphs, SharedOwners, own_node
from shared_corpus import CORPUS  # $SPEECHDOC_SHARED or ../shared

HEADS = ["一、", "二、", "三、", "（一）", "（二）", "1.", "2.", "第一，", "第二，"]
BODY = ["今年生产总值增长6%左右。", "新建学校3所，", "居民收入稳步增长！", "一是扩大内需；二是稳定就业。", "好。", ""]


def _text(rng: random.Random, deleted: bool) -> str:
    lines = []
    if rng.random() < 0.3:
        lines += ["在全县经济工作会议上的讲话", "同志们："]
    for _ in range(rng.randint(1, 12)):
        lines.append(rng.choice(HEADS) + rng.choice(["总体要求", "重点任务", "加强领导。", "稳定就业"]))
        lines += [rng.choice(BODY) for _ in range(rng.randint(0, 3))]
    text = "\n".join(lines)
    if deleted:  # invisible characters the view deletes: view offsets are no input offsets then
        text = text.replace("。", "。\u200b", rng.randint(1, 3))
    return text


def _check_owners(doc: speechdoc.Document) -> int:
    """Every node of every speech holds its speech's one SharedOwners in both fields, and reads as the stand-ins a
    node of its index would hold: the same paragraphs and the same metrics (the store's one list)."""
    seen = 0
    for sp in doc.speeches:
        nodes = sp.walk()  # (document order: the order the speech's nodes were made in, their indices there)
        held = {id(n.__dict__["blocks"]) for n in [sp, *nodes]} | {id(n.__dict__["own_metrics"]) for n in [sp, *nodes]}
        assert len(held) == 1 and type(sp.__dict__["blocks"]) is SharedOwners
        shared = sp.__dict__["blocks"]
        assert shared.speech == sp.index - 1
        if nodes:  # the markers' input starts, rising: ints, not the decoding's rows (~400 bytes a node to hold)
            sp.children
            starts = shared.starts
            assert type(starts) is list and all(type(k) is int for k in starts) and starts == sorted(set(starts))
            assert starts == [n.marker_span[0] for n in nodes]
        mine = own_node(sp.__dict__)  # the speech's own: owner -1
        assert mine["blocks"].owner == -1 and mine["own_metrics"].owner == -1
        assert sp.blocks == PendingParagraphs(shared.table, -1).made() and sp.own_metrics is shared.store.of(sp.index - 1, -1)
        for i, node in enumerate(nodes):
            mine = own_node(node.__dict__)
            assert type(mine["blocks"]) is PendingParagraphs and mine["blocks"].owner == i
            assert type(mine["own_metrics"]) is PendingMetrics and mine["own_metrics"].owner == i
            assert mine["own_metrics"].speech == sp.index - 1
            paragraphs = PendingParagraphs(shared.table, i).made()
            assert node.blocks == paragraphs  # (read now: the node keeps its list)
            assert node.own_metrics is shared.store.of(sp.index - 1, i)
            seen += 1
    return seen


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 10 ** 9), st.booleans())
def test_each_node_reads_its_own_paragraphs_and_metrics(seed, deleted):
    text = _text(random.Random(seed), deleted)
    _check_owners(speechdoc.parse(text))
    lazy, full = speechdoc.parse(text), speechdoc.parse(text)
    full.metrics()
    for node in full.walk():
        node.blocks
    assert lazy == full and full == lazy
    assert lazy.model_dump_json() == full.model_dump_json()
    assert [n.model_dump() for n in speechdoc.parse(text).walk()] == [n.model_dump() for n in full.walk()]


def test_the_dev_corpus_nodes_read_their_own():
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not at hand")
    seen = 0
    for path in sorted(CORPUS.rglob("*.txt"))[:30]:
        seen += _check_owners(speechdoc.parse_file(path))
    assert seen > 100


def _doc() -> speechdoc.Document:
    return speechdoc.parse("在全县经济工作会议上的讲话\n同志们：\n一、总体要求\n今年生产总值增长6%左右。\n"
                           "二、重点任务\n（一）扩大内需\n新建学校3所。\n（二）稳定就业\n好。")


def test_copies_and_pickles_hold_each_nodes_own():
    doc = _doc()
    node = doc.walk()[2]  # （一）扩大内需
    assert type(node.__dict__["blocks"]) is SharedOwners
    deep = copy.deepcopy(node)
    assert deep == node and deep.own_metrics == node.own_metrics and deep.own_metrics is not node.own_metrics
    assert [m.value for m in deep.own_metrics] == [3]
    shallow = copy.copy(_doc().walk()[2])
    assert type(shallow.__dict__["own_metrics"]) is not SharedOwners and shallow == node
    # a copy whose marker span is changed keeps the paragraphs and metrics it was copied with
    moved = _doc().walk()[2].model_copy(update={"marker_span": (0, 1)})
    assert moved.blocks == node.blocks and moved.own_metrics == node.own_metrics
    back = pickle.loads(pickle.dumps(_doc()))
    assert back == doc and type(back.walk()[2].__dict__["blocks"]) is list
    assert _doc().walk()[2] == node and node == _doc().walk()[2] and _doc().walk()[1] != node
    assert dict(_doc().walk()[2].__repr_args__())["blocks"] == node.blocks  # (rich's and devtools' reprs)
    with pytest.raises(TypeError):
        pickle.dumps(_doc().walk()[2].__dict__["blocks"])
    with pytest.raises(TypeError):
        hash(_doc().walk()[2].__dict__["blocks"])
    speech = _doc().speeches[0]  # the speech's own, through the same stand-in
    assert copy.deepcopy(speech) == doc.speeches[0] and copy.copy(_doc().speeches[0]) == speech
    assert pickle.loads(pickle.dumps(speech)) == speech and [p.text for p in speech.blocks][-1] == "同志们："


def test_a_node_made_by_hand_holds_its_own_lists():
    node = OutlineNode(kind="section", marker="一、", style="han_dun", ordinal=1, depth=1, title="总体要求",
                       span=(0, 6), marker_span=(0, 2), title_span=(2, 6))
    assert node.blocks == [] and node.own_metrics == [] and copy.deepcopy(node) == node


def test_threads_reading_at_once_get_one_list():
    doc = speechdoc.parse("一、总体要求\n" + "今年增长5%。\n" * 300 + "二、重点任务\n好。")
    node = doc.walk()[1]
    barrier = threading.Barrier(8)
    with ThreadPoolExecutor(8) as pool:
        seen = list(pool.map(lambda _: barrier.wait() and None or node.blocks, range(8)))
    assert all(s is seen[0] for s in seen) and [p.text for p in seen[0]] == ["二、重点任务", "好。"]
