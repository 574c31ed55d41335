"""A parsed node's, speech's and document's paragraphs are made when first read (speechdoc.document.pending).

Until then each owner holds the view spans of its paragraphs in one array; every way of reading
the owner must see the paragraphs a filled one holds: the attribute, every dump, ``==``, pickling,
copies, threads, selectors, records, chunks and the renderers.
"""
from __future__ import annotations

import copy
import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import speechdoc
from speechdoc import Document
from speechdoc.document.model import OutlineNode, Paragraph, Speech
from speechdoc.document.pending import PendingParagraphs, own_node
from speechdoc.document.render import render
from speechdoc.text.textview import TextView

ROOT = Path(__file__).resolve().parent.parent

# (text, script): front matter before the first speech; chrome masked (a breadcrumb), glosses and
# invisible characters deleted from the view, traditional script read as it is and folded; no nodes
CASES = [
    ("本站首页 发布时间：2024-01-02\n导读：会议精神\n在全市经济工作会议上的讲话\n同志们：\n一、总体要求\n"
     "今年生产总值增长6%左右。\n居民收入稳步增长！\n二、重点任务\n一是扩大内需;二是稳定就业。\n（一）推进改革\n深化改革",
     "source"),
    ("您的位置：首页 > 新闻中心 > 正文\n一、發(fā)表講話\u200b。今年\u200d增長\r6%。\n\n二、重點\u2029任務。\n財政收入增長5%！",
     "source"),
    ("同志们：\n今天我们开会。\n\n大家辛苦了。", "source"),
]
CASES.append((CASES[1][0], "simplified"))
FILES = ("work_report.txt", "two_speeches.txt")  # fixtures/query


def parsed() -> list[Document]:
    docs = [speechdoc.parse(text, script=script) for text, script in CASES]
    docs.extend(speechdoc.parse_file(ROOT / "fixtures" / "query" / f) for f in FILES)
    return docs


N = len(CASES) + len(FILES)


def owners(doc: Document) -> list[object]:
    return [o for sp in doc.speeches for o in [sp, *sp.walk()]]


def held(obj: object, key: str = "blocks") -> object:
    """What ``obj`` holds as ``key``: a parse's speech and its nodes share one stand-in (SharedOwners), read as each node's own."""
    return (own_node(obj.__dict__) if type(obj) in (OutlineNode, Speech) else obj.__dict__)[key]


def fill(doc: Document) -> Document:
    doc.front
    for o in owners(doc):
        o.blocks
    return doc


@pytest.mark.parametrize("i", range(N))
def test_a_parse_makes_no_paragraph_until_one_is_read(i):
    doc = parsed()[i]
    os_ = owners(doc)
    assert any(type(held(o)) is PendingParagraphs for o in os_)
    assert all(type(held(o)) is PendingParagraphs or held(o) == [] for o in os_)
    # (a speech's own paragraphs wait where it has none too: which blocks are whose is known when its outline
    # is assembled, at the first read)
    first = next(o for o in os_ if type(held(o)) is PendingParagraphs and held(o) != [])
    made = first.blocks
    assert type(made) is list and made and all(type(p) is Paragraph for p in made)
    assert first.blocks is made and held(first) is made  # made once, then kept
    assert all(type(held(o)) is PendingParagraphs for o in os_ if o is not first and held(o) != [])


@pytest.mark.parametrize("i", range(N))
def test_every_dump_and_rendering_is_the_filled_ones_and_keeps_nothing(i):
    lazy, full = parsed()[i], fill(parsed()[i])
    pairs = [(lazy, full)] + list(zip(owners(lazy), owners(full)))
    for a, b in pairs:
        assert a.model_dump_json() == b.model_dump_json()
        assert a.model_dump() == b.model_dump()
        assert a.model_dump_json(indent=2, exclude_defaults=True) == b.model_dump_json(indent=2, exclude_defaults=True)
        ex = {"blocks": {"__all__": {"sentences"}}}
        assert a.model_dump(exclude=ex) == b.model_dump(exclude=ex)
    for fmt in ("json", "jsonl", "tree", "markdown"):
        assert render(lazy, fmt) == render(full, fmt)
    assert all(type(held(o)) is PendingParagraphs or held(o) == [] for o in owners(lazy))  # a dump keeps nothing
    assert Document.model_validate_json(lazy.model_dump_json()) == lazy


def test_front_matter_waits_too():
    doc = parsed()[0]
    assert type(held(doc, "front")) is PendingParagraphs
    front = doc.front
    assert front and held(doc, "front") is front and doc.front is front
    assert front[0].span[0] >= 0 and front[-1].span[1] <= doc.speeches[0].span[0]


def test_equality_between_filled_and_pending():
    a, b = parsed()[0], parsed()[0]
    assert a == b
    node_a, node_b = a.walk()[0], b.walk()[0]
    node_a.blocks
    assert node_a == node_b and node_b == node_a and a == b and b == a
    assert type(held(node_b)) is PendingParagraphs
    assert a.walk()[0] != a.walk()[1]
    changed = node_b.model_copy(update={"blocks": node_b.blocks[:0]})
    assert changed != node_b and node_b != changed


@pytest.mark.parametrize("protocol", [0, 2, pickle.HIGHEST_PROTOCOL])
def test_pickle_and_copies_hold_the_paragraphs(protocol):
    doc = parsed()[1]
    back = pickle.loads(pickle.dumps(doc, protocol=protocol))
    assert back == doc and back.model_dump_json() == doc.model_dump_json()
    assert all(type(held(o)) is list for o in owners(back))
    d2 = copy.deepcopy(doc)
    assert d2 == doc and d2.model_dump_json() == doc.model_dump_json()
    node = parsed()[1].walk()[0]
    shallow = copy.copy(node)
    assert shallow.blocks is node.blocks  # a shallow copy shares the list, as a filled node's copy does
    assert node.model_copy(deep=True) == node and node.model_copy() == node


def test_threads_reading_at_once_get_one_list():
    doc = speechdoc.parse("一、总体要求\n" + "今年增长5%。\n" * 900)
    node = doc.walk()[0]
    assert type(held(node)) is PendingParagraphs
    barrier = threading.Barrier(8)
    with ThreadPoolExecutor(8) as pool:
        seen = list(pool.map(lambda _: barrier.wait() and None or node.blocks, range(8)))
    assert all(s is seen[0] for s in seen) and len(seen[0]) == 901  # the marker line and 900 more


def test_readers_of_paragraphs_see_them():
    lazy, full = parsed()[4], fill(parsed()[4])
    assert [p.model_dump() for p in lazy.select("paragraph")] == [p.model_dump() for p in full.select("paragraph")]
    lazy = parsed()[4]
    assert lazy.to_records("paragraphs") == full.to_records("paragraphs")
    lazy = parsed()[4]
    assert lazy.to_records("nodes") == full.to_records("nodes")
    lazy = parsed()[4]
    assert [c.model_dump() for c in lazy.chunks(300)] == [c.model_dump() for c in full.chunks(300)]
    lazy = parsed()[4]
    assert [n.text for n in lazy.walk()] == [n.text for n in full.walk()]


@pytest.mark.parametrize("i", range(N))
def test_pending_paragraphs_hold_no_view_and_tile_the_speech(i):
    doc = parsed()[i]
    pend = [held(o) for o in owners(doc) if type(held(o)) is PendingParagraphs]
    make = pend[0].make
    assert all(p.make is make for p in pend)  # one maker for the parse
    cells = [c.cell_contents for c in make.__closure__ or ()]
    assert not any(isinstance(x, TextView) or isinstance(getattr(x, "__self__", None), TextView) for x in cells)
    # every character in exactly one place: the blocks and noise tile each speech with the node markers
    fill(doc)
    spans = sorted([p.span for o in owners(doc) for p in o.blocks] + [p.span for p in doc.front]
                   + [n.span for n in doc.noise])
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert all(doc.text[p.span[0]:p.span[1]].strip() or p.text == "" for o in owners(doc) for p in o.blocks)
