"""A parse extracts its metrics the first time one is read (speechdoc.document.pending.MetricStore).

Until then every node and speech holds its place in the document's store; every way of reading
a document must see the metrics a filled one holds: the attribute, ``metrics()``, every dump,
``==``, pickling, copies, threads, selectors, records, chunks, the renderers and the diagnostics.
"""
from __future__ import annotations

import copy
import pickle
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pydantic import TypeAdapter

import speechdoc
from speechdoc import Document, pipeline
from speechdoc.document.model import Metric, OutlineNode, Speech
from speechdoc.document.pending import PendingMetrics, own_node
from speechdoc.document.render import render
from speechdoc.metrics import scan

ROOT = Path(__file__).resolve().parent.parent

# self-written texts: a work report with targets and results; chrome masked and a gloss deleted from the
# view; a wrap inside a figure (read on the view joined across it); traditional script read as it is and
# folded; metrics before the first node (the speech's own)
CASES = [
    ("本站首页 发布时间：2024-01-02\n在全县经济工作会议上的讲话\n同志们：\n今年全县生产总值完成86.5亿元，增长6.2%。\n"
     "一、过去一年的工作\n规模以上工业增加值增长8.1%；社会消费品零售总额42亿元，增长5%。\n"
     "二、今年的目标\n主要预期目标是：生产总值增长6%左右；城镇新增就业3000人以上。\n"
     "（一）扩大投资\n固定资产投资增长10%，一是抓项目；二是抓招商，引进项目12个。", "source"),
    ("您的位置：首页 > 新闻中心 > 正文\n一、發(fā)展經濟\n全年財政收入增長5.5%，達到12.3億元。\n"
     "二、改善民生\n新建學校3所，城鎮居民人均可支配收入增長7%。", "source"),
    ("一、主要成绩\n全年完成工业总产\n值47.1亿元，比上年增长9.3%，粮食总产量达到\n52万吨。\n二、存在问题\n投资增速回落2个百分点。",
     "source"),
    ("同志们：\n今天我们开会。\n\n大家辛苦了。", "source"),
]
CASES += [(CASES[1][0], "simplified")] + [(ROOT / "fixtures" / "query" / f, None)
                                           for f in ("work_report.txt", "two_speeches.txt")]
N = len(CASES)


def parsed() -> list[Document]:
    """Each case parsed anew (its metrics not read): a text in its script, or a fixture file."""
    return [speechdoc.parse(x, script=s) if s else speechdoc.parse_file(x) for x, s in CASES]


def owners(doc: Document) -> list[object]:
    """Every holder of own_metrics: each speech, then its nodes in document order."""
    out: list[object] = []
    for sp in doc.speeches:
        out += [sp, *sp.walk()]
    return out


def held(obj: object) -> object:
    """What ``obj`` holds as its metrics: a parse's speech and its nodes share one stand-in (SharedOwners), read as each node's own."""
    return (own_node(obj.__dict__) if type(obj) in (OutlineNode, Speech) else obj.__dict__)["own_metrics"]


def fill(doc: Document) -> Document:
    for o in owners(doc):
        o.own_metrics
    return doc


def test_the_cases_hold_metrics_where_expected():
    docs = parsed()
    assert [len(d.metrics()) > 0 for d in docs] == [True, True, True, False, True, True, False]
    assert docs[0].speeches[0].own_metrics  # before the first node: the speech's own
    assert [m.value for m in docs[2].metrics()][:2] == [47.1, 9.3]  # read across the wrap


@pytest.mark.parametrize("i", range(N))
def test_a_parse_extracts_no_metric_until_one_is_read(i):
    doc = parsed()[i]
    os_ = owners(doc)
    assert all(type(held(o)) is PendingMetrics for o in os_)
    store = held(os_[0]).store
    assert all(held(o).store is store for o in os_) and not store.extracted
    last = os_[-1]
    made = last.own_metrics
    assert type(made) is list and all(type(m) is Metric for m in made)
    assert store.extracted and last.own_metrics is made and held(last) is made  # extracted once, then kept
    assert all(type(held(o)) is PendingMetrics for o in os_[:-1])  # the others wait in the store
    assert [held(o).made() for o in os_[:-1]] == [o.own_metrics for o in os_[:-1]]


@pytest.mark.parametrize("i", range(N))
def test_every_dump_and_rendering_is_the_filled_ones(i):
    lazy, full = parsed()[i], fill(parsed()[i])
    assert type(held(owners(lazy)[0])) is PendingMetrics and type(held(owners(full)[0])) is list
    pairs = [(lazy, full)] + list(zip(owners(lazy), owners(full)))
    for a, b in pairs:
        assert a.model_dump_json() == b.model_dump_json()
        assert a.model_dump() == b.model_dump()
        assert a.model_dump(mode="json", by_alias=False) == b.model_dump(mode="json", by_alias=False)
        assert a.model_dump_json(indent=2, exclude_defaults=True) == b.model_dump_json(indent=2, exclude_defaults=True)
    ex = {"speeches": {"__all__": {"metrics": {"__all__": {"section_path"}}}}}
    assert parsed()[i].model_dump(exclude=ex) == full.model_dump(exclude=ex)
    assert TypeAdapter(Document).dump_json(parsed()[i]) == full.model_dump_json().encode()
    for fmt in ("json", "jsonl", "tree", "markdown"):
        assert render(parsed()[i], fmt) == render(full, fmt)
    assert Document.model_validate_json(lazy.model_dump_json()) == lazy


def test_a_dump_of_one_node_extracts_the_documents_metrics():
    doc = parsed()[0]
    node = doc.find(title="扩大投资")
    assert node is not None
    dumped = node.model_dump()["metrics"]
    assert [m["value"] for m in dumped] == [10]
    assert held(node.parent).store.extracted  # every metric of the document, once


def test_equality_between_filled_and_pending():
    a, b = parsed()[0], parsed()[0]
    assert a == b
    node_a, node_b = a.walk()[0], b.walk()[0]
    node_a.own_metrics
    assert type(held(node_b)) is PendingMetrics
    assert node_a == node_b and node_b == node_a and a == b and b == a
    assert held(node_b) == node_a.own_metrics and node_a.own_metrics == held(node_b)
    assert a.walk()[0] != a.walk()[1]
    changed = node_b.model_copy(update={"own_metrics": []})
    assert changed != node_b and node_b != changed
    assert parsed()[0] != parsed()[2]


@pytest.mark.parametrize("protocol", [0, 2, pickle.HIGHEST_PROTOCOL])
def test_pickle_and_copies_hold_the_metrics(protocol):
    doc = parsed()[0]
    back = pickle.loads(pickle.dumps(doc, protocol=protocol))
    assert back == doc and back.model_dump_json() == doc.model_dump_json()
    assert all(type(held(o)) is list for o in owners(back))  # a plain list after the round trip
    assert back.metrics() == doc.metrics() and len(doc.metrics()) == 9
    d2 = copy.deepcopy(parsed()[0])
    assert all(type(held(o)) is list for o in owners(d2))
    assert d2 == doc and d2.model_dump_json() == doc.model_dump_json()
    node = parsed()[0].walk()[0]
    shallow = copy.copy(node)
    assert shallow.own_metrics is node.own_metrics  # a shallow copy shares the list, as a filled node's copy does
    node = parsed()[0].walk()[0]
    deep = node.model_copy(deep=True)
    assert deep == node and deep.own_metrics is not node.own_metrics and node.model_copy() == node


def test_a_pickled_lazy_node_and_a_worker_result():
    doc = parsed()[5]
    node = doc.walk()[2]
    back = pickle.loads(pickle.dumps(node))
    assert back == node and [m.value for m in back.own_metrics] == [m.value for m in node.own_metrics]


def test_threads_reading_at_once_extract_once_and_get_one_list(monkeypatch):
    text = "一、总体要求\n" + "".join(f"第{k}个项目投资增长{k % 9 + 1}%。\n" for k in range(1, 400)) + "二、保障\n投资8亿元。"
    calls = []
    real = speechdoc.metrics.extract

    def counted(*a, **k):
        calls.append(threading.get_ident())
        return real(*a, **k)

    monkeypatch.setattr(speechdoc.metrics, "extract", counted)
    for _ in range(3):
        doc = speechdoc.parse(text)
        calls.clear()
        nodes = doc.walk()
        barrier = threading.Barrier(8)

        def read(k: int) -> list[Metric]:
            barrier.wait()
            return nodes[k % 2].own_metrics if k % 3 else doc.metrics()

        with ThreadPoolExecutor(8) as pool:
            seen = list(pool.map(read, range(8)))
        assert len(calls) == 1  # one speech, extracted once
        firsts = [s for k, s in enumerate(seen) if k % 3 and k % 2 == 0]
        assert all(s is firsts[0] for s in firsts) and len(firsts[0]) == 399
        assert nodes[1].own_metrics[0].value == 8


def test_selectors_records_and_chunks_see_the_metrics():
    full = fill(parsed()[5])
    for sel in ("metric", "metric[kind=target]", "section metric[unit='%']", "metric[value>5]"):
        assert [m.model_dump() for m in parsed()[5].select(sel)] == [m.model_dump() for m in full.select(sel)]
    assert parsed()[5].select("metric")
    for kind in ("metrics", "nodes", "speeches"):
        assert parsed()[5].to_records(kind) == full.to_records(kind)
    assert [c.model_dump() for c in parsed()[5].chunks(300)] == [c.model_dump() for c in full.chunks(300)]
    assert parsed()[5].metrics(kind="target", unit="%") == full.metrics(kind="target", unit="%")
    assert repr(parsed()[5]) == repr(full)


def test_a_failed_extraction_raises_at_the_read_and_again_at_the_next(monkeypatch):
    real = speechdoc.metrics.extract
    fail = [True]

    def broken(*a, **k):
        if fail[0]:
            raise ValueError("a bug in a metric rule")
        return real(*a, **k)

    monkeypatch.setattr(speechdoc.metrics, "extract", broken)
    doc = speechdoc.parse(CASES[0][0])  # a parse reads no metric: it does not fail
    with pytest.raises(ValueError, match="a bug"):
        doc.metrics()
    with pytest.raises(ValueError, match="a bug"):
        doc.model_dump_json()  # nothing half made was kept
    fail[0] = False
    assert doc.model_dump_json() == speechdoc.parse(CASES[0][0]).model_dump_json()
    fail[0] = True  # a text that may reach the metric cap: its diagnostics need the metrics, and fail the same
    doc = speechdoc.parse("增长1%，" * (pipeline.METRIC_CAP + 1))
    for _ in range(2):
        with pytest.raises(ValueError, match="a bug"):
            doc.diagnostics
    fail[0] = False
    assert [d.code for d in doc.diagnostics] == ["metric-cap"]


# -- the metric cap: decided by the parse ------------------------------------------------------------

STORM = "一、成绩\n" + "产量增长1%，" * (pipeline.METRIC_CAP + 50) + "\n增长" + "9" * 30 + "%"


def cap_span() -> tuple[int, int]:
    start = len("一、成绩\n") + pipeline.METRIC_CAP * len("产量增长1%，") + len("产量增长")
    return start, start + 1


def test_the_metric_cap_is_reported_where_the_reading_stopped_when_the_diagnostics_are_read():
    doc = speechdoc.parse(STORM)
    store = held(doc.walk()[0]).store
    assert not store.extracted  # the parse read no metric
    codes = [d.code for d in doc.diagnostics]
    assert store.extracted  # it could reach the cap: the diagnostics needed the metrics
    assert codes == ["metric-cap", "number-too-long"]  # in the order the parse lists them
    assert doc.diagnostics[0].span == cap_span() and doc.diagnostics is doc.diagnostics
    assert len(doc.metrics()) == pipeline.METRIC_CAP


def test_the_metric_cap_is_there_in_every_way_of_reading_the_diagnostics():
    full = speechdoc.parse(STORM)
    full.diagnostics
    dumped = full.model_dump_json()
    assert speechdoc.parse(STORM).model_dump_json() == dumped
    assert TypeAdapter(Document).dump_json(speechdoc.parse(STORM)) == dumped.encode()
    assert speechdoc.parse(STORM) == full and full == speechdoc.parse(STORM)
    for back in (pickle.loads(pickle.dumps(speechdoc.parse(STORM))), copy.deepcopy(speechdoc.parse(STORM))):
        assert type(back.__dict__["diagnostics"]) is list and back.model_dump_json() == dumped
    lazy = speechdoc.parse(STORM)
    lazy.metrics()  # the metrics first: the diagnostics read where the extraction stopped
    assert [d.span for d in lazy.diagnostics][0] == cap_span()
    lazy = speechdoc.parse(STORM)
    barrier = threading.Barrier(6)
    with ThreadPoolExecutor(6) as pool:
        seen = list(pool.map(lambda _: barrier.wait() and None or lazy.diagnostics, range(6)))
    assert all(s is seen[0] for s in seen) and seen[0] == full.diagnostics
    assert [r["code"] for r in speechdoc.parse(STORM).model_dump(include={"diagnostics"})["diagnostics"]] == \
        ["metric-cap", "number-too-long"]


def test_a_long_text_below_the_cap_says_the_same_without_reading_its_metrics():
    text = "一、成绩\n" + "产量增长1%，工作做得很好，群众满意。" * 2000 + "\n增长" + "9" * 30 + "%"
    doc = speechdoc.parse(text)  # 40 k characters, 2,000 figures: it cannot reach the cap
    assert len(text) > pipeline.METRIC_CAP
    assert [d.code for d in doc.diagnostics] == ["number-too-long"]
    assert not held(doc.walk()[0]).store.extracted
    assert len(doc.metrics()) == 2000
    short = speechdoc.parse("增长" + "9" * 30 + "%")  # shorter than the cap: its over-long numerals wait alone
    assert [d.code for d in short.diagnostics] == ["number-too-long"] and not held(short.speeches[0]).store.extracted
    assert type(short.__dict__["diagnostics"]) is list and short.diagnostics is short.diagnostics  # kept once read


def test_over_long_numerals_are_found_when_the_diagnostics_are_first_read_in_the_parse_s_order():
    text = "一、成绩\n增长" + "9" * 30 + "%。\n二、问题\n" + "增长百分之九九九九九九九九九九九。" * 3
    doc = speechdoc.parse(text)
    assert type(doc.__dict__["diagnostics"]).__name__ == "PendingDiagnostics"  # the parse did not look for them
    got = [(d.code, d.span) for d in doc.diagnostics]
    start = text.index("9")
    assert got[0] == ("number-too-long", (start, start + 30)) and [c for c, _ in got] == ["number-too-long"] * 4
    assert [d.span for d in doc.diagnostics] == sorted(d.span for d in doc.diagnostics)
    fresh = speechdoc.parse(text)
    assert fresh.model_dump_json() == doc.model_dump_json() and fresh == doc
    assert type(pickle.loads(pickle.dumps(speechdoc.parse(text))).__dict__["diagnostics"]) is list


@pytest.mark.parametrize("text", [
    "增长5%—6%,较上年回落X个百分点，地区生产总值 亿元，一是扩大内需，百分之七十，三万五千人",
    "GDPXX亿元，CPI×%，11.8:48.3:39.9的结构比例，编号01，2020年一季度，负3.9%，正负5%",
    "新建学校3所 6个 8家，  20 40 亿元，１２３４５万元，五十万亩，百分之四点五，共计1,256.5万吨",
])
def test_no_text_holds_more_phrases_than_its_token_characters(text):
    for k in range(len(text)):
        assert len(scan.phrases(text, k)) <= scan.phrases_at_most(text[k:])
    assert scan.phrases_at_most(text) >= len(scan.phrases(text)) > 0


def test_a_token_opens_only_at_a_token_character():
    token = scan._patterns()["token"]
    first = re.compile(f"[{scan.TOKEN_FIRST}]")
    tails = ("5万元", "个百分点", "%", "亿元", "")
    for c in map(chr, range(0x20, 0x10000)):
        if 0xD800 <= ord(c) < 0xE000 or first.match(c):
            continue
        assert not any(token.match(c + t) for t in tails), c


def test_the_text_the_rules_read_is_made_once_a_document_not_once_a_speech(monkeypatch):
    # full-width figures and a circle zero in several speeches: each speech's metrics read the same texts
    one = "在全县经济工作会议上的讲话\n同志们：\n一、成绩\n生产总值增长６．５％，工业产值完成计划的百分之一○八点二。\n"
    text = one + one.replace("全县", "全市") + one.replace("全县", "全区")
    doc = speechdoc.parse(text)
    assert len(doc.speeches) == 3
    calls = []
    real = speechdoc.metrics.half_width
    monkeypatch.setattr(speechdoc.metrics, "half_width", lambda fold: calls.append(len(fold)) or real(fold))
    found = [(m.value, m.unit) for m in doc.metrics()]
    assert calls == [len(text)]
    monkeypatch.undo()
    assert found == [(6.5, "%"), (108.2, "%")] * 3
    fresh = speechdoc.parse(text)
    speech_by_speech = [(m.value, m.unit) for sp in fresh.speeches for m in sp.metrics()]
    assert speech_by_speech == found
