"""A parsed paragraph makes its sentences when first read (speechdoc.document.pending).

Every way of reading a paragraph must see the same sentences as one that was filled:
the attribute, every dump (pydantic-core reads a list's storage directly, so an unfilled
stand-in must never reach it), ``==``, pickling, copies, threads, selectors, records,
chunks and the renderers.
"""
from __future__ import annotations

import copy
import json
import pickle
import threading
from pathlib import Path

import pytest
from pydantic import TypeAdapter

import speechdoc
from speechdoc import Document
from speechdoc.document.model import OutlineNode, Paragraph, Sentence, Speech
from speechdoc.document.pending import PendingSentences, SharedSentences, own
from speechdoc.document.render import render, to_json, to_jsonl

ROOT = Path(__file__).resolve().parent.parent

# plain text; a traditional-script speech (the readings come from the unfolded text); text with
# stray PDF spaces and wraps (sentences read through the repair); a paragraph of one sentence
TEXTS = [
    "在全市经济工作会议上的讲话\n同志们：\n一、总体要求\n今年生产总值增长6%左右。居民收入稳步增长！\n"
    "二、重点任务\n一是扩大内需;二是稳定就业。要抓好“三农”工作？\n（一）推进改革\n深化改革",
    "一、總體要求\n今年地區生產總值增長6.5%左右。財政收入增長5%。\n二、重點任務\n一是擴大內需；二是穩定就業。",
    "一、发展 经济\n全 年 完 成 投 资\n120亿元。 1 9 9 8 年以来\nPowered by it 增长 5 %。\n二、保障民生\n好。",
    "同志们：\n今天我们开会",
]


def parsed() -> list[Document]:
    return [speechdoc.parse(t) for t in TEXTS] + [
        speechdoc.parse_file(ROOT / "fixtures/query" / name) for name in ("work_report.txt", "two_speeches.txt")]


def paragraphs(doc: Document) -> list[Paragraph]:
    return [*doc.front, *(p for sp in doc.speeches for o in [sp, *sp.walk()] for p in o.blocks)]


def fill(doc: Document) -> Document:
    for p in paragraphs(doc):
        assert isinstance(p.sentences, list)
    return doc


def pending(p: Paragraph) -> bool:
    return isinstance(p.__dict__["sentences"], PendingSentences)


@pytest.mark.parametrize("i", range(len(TEXTS) + 2))
def test_a_parse_makes_no_sentence_until_one_is_read(i):
    doc = parsed()[i]
    ps = paragraphs(doc)
    assert ps and all(pending(p) for p in ps)
    first = ps[0].sentences
    assert type(first) is list and first and all(type(s) is Sentence for s in first)
    assert ps[0].sentences is first and not pending(ps[0])  # made once, then kept
    assert all(pending(p) for p in ps[1:])


@pytest.mark.parametrize("i", range(len(TEXTS) + 2))
def test_every_dump_of_every_model_is_the_filled_ones(i):
    lazy, full = parsed()[i], fill(parsed()[i])
    pairs = [(lazy, full), (lazy.speeches[0], full.speeches[0])]
    pairs += list(zip(lazy.walk(), full.walk())) + list(zip(paragraphs(lazy), paragraphs(full)))
    for a, b in pairs:
        assert a.model_dump_json() == b.model_dump_json()
        assert a.model_dump() == b.model_dump()
        assert a.model_dump(mode="json") == b.model_dump(mode="json")
        assert a.model_dump_json(indent=2, exclude_defaults=True) == b.model_dump_json(indent=2, exclude_defaults=True)
        adapter = TypeAdapter(type(a))
        assert adapter.dump_json(a) == adapter.dump_json(b) and adapter.dump_python(a) == adapter.dump_python(b)
    assert to_json(lazy) == to_json(full) and list(to_jsonl([lazy])) == list(to_jsonl([full]))
    for fmt in ("json", "jsonl", "tree", "markdown"):
        assert render(lazy, fmt) == render(full, fmt)
    # the stand-in never reaches the serializer: every paragraph dumps its sentences, which tile it
    for p in json.loads(lazy.model_dump_json())["speeches"][0]["blocks"] or [
            json.loads(x.model_dump_json()) for x in paragraphs(lazy)]:
        assert p["sentences"] and p["sentences"][0]["span"][0] == p["span"][0]
        assert p["sentences"][-1]["span"][1] == p["span"][1]
    assert json.dumps(lazy.model_dump(mode="json")) == json.dumps(full.model_dump(mode="json"))
    assert all(pending(p) for p in paragraphs(lazy))  # a dump keeps nothing


def test_a_nested_exclude_reaches_pending_sentences():
    lazy, full = parsed()[0], fill(parsed()[0])
    for a, b in zip(paragraphs(lazy), paragraphs(full)):
        ex = {"sentences": {"__all__": {"span"}}}
        assert a.model_dump(exclude=ex) == b.model_dump(exclude=ex)
        assert all(set(s) == {"kind", "text"} for s in a.model_dump(exclude=ex)["sentences"])


def test_the_json_reads_back_equal_and_sentences_tile_each_paragraph():
    for doc in parsed():
        back = Document.model_validate_json(doc.model_dump_json())
        assert back == doc and doc == back
        for p in paragraphs(doc):
            ss = p.sentences
            assert ss[0].span[0] == p.span[0] and ss[-1].span[1] == p.span[1]
            assert all(x.span[1] == y.span[0] for x, y in zip(ss, ss[1:]))


def test_equality_between_filled_and_pending_paragraphs():
    a, b = parsed()[0], parsed()[0]
    pa, pb = paragraphs(a), paragraphs(b)
    assert pa[0] == pb[0]  # both pending
    pa[0].sentences
    assert pa[0] == pb[0] and pb[0] == pa[0]  # filled vs pending, either way round
    assert pending(pb[0])
    assert a == b and b == a
    other = paragraphs(parsed()[1])[0]
    assert pa[0] != other and other != pb[0]
    changed = pb[1].model_copy(update={"sentences": [Sentence(text="别的。", span=pb[1].span)]})
    assert changed != pb[1] and pb[1] != changed


def test_a_paragraph_is_unhashable_filled_or_not():
    p = paragraphs(parsed()[0])[0]
    with pytest.raises(TypeError):
        hash(p)
    p.sentences
    with pytest.raises(TypeError):
        hash(p)


@pytest.mark.parametrize("protocol", [0, 2, pickle.HIGHEST_PROTOCOL])
def test_pickle_holds_the_sentences(protocol):
    doc = parsed()[2]
    back = pickle.loads(pickle.dumps(doc, protocol=protocol))
    assert back == doc and back.model_dump_json() == doc.model_dump_json()
    assert all(not pending(p) for p in paragraphs(back))
    p = paragraphs(doc)[1]
    assert pickle.loads(pickle.dumps(p, protocol=protocol)).sentences == p.sentences


def test_copies_hold_the_sentences():
    doc = parsed()[0]
    p = paragraphs(doc)[1]
    deep = copy.deepcopy(p)
    assert pending(p) and type(deep.__dict__["sentences"]) is list
    assert deep == p and deep.sentences == p.sentences
    for c in (copy.copy(p), p.model_copy(), p.model_copy(deep=True)):
        assert c == p and c.sentences == p.sentences and c.model_dump_json() == p.model_dump_json()
    d2 = copy.deepcopy(doc)
    assert d2 == doc and d2.model_dump_json() == doc.model_dump_json()
    assert doc.model_copy(deep=True).model_dump_json() == doc.model_dump_json()
    node = doc.walk()[0]
    assert node.model_copy(deep=True) == node


def test_threads_reading_at_once_get_one_list():
    doc = speechdoc.parse("一、总体要求\n" + "今年增长5%。" * 900 + "\n")
    p = paragraphs(doc)[-1]
    assert pending(p)
    start = threading.Barrier(8)
    seen: list[list[Sentence]] = []

    def read() -> None:
        start.wait()
        seen.append(p.sentences)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 8 and all(s is seen[0] for s in seen) and len(seen[0]) == 900


def test_len_iteration_and_repr_read_the_sentences():
    lazy, full = parsed()[0], fill(parsed()[0])
    for a, b in zip(paragraphs(lazy), paragraphs(full)):
        assert len(a.sentences) == len(b.sentences)
        assert repr(a) == repr(b)
    a, b = paragraphs(parsed()[0])[2], paragraphs(full)[2]
    assert dict(a) == dict(b) and type(dict(a)["sentences"]) is list
    assert list(paragraphs(parsed()[0])[2].__repr_args__()) == list(b.__repr_args__())


def test_readers_of_sentences_see_them():
    lazy, full = parsed()[4], fill(parsed()[4])
    assert [s.model_dump() for s in lazy.select("sentence")] == [s.model_dump() for s in full.select("sentence")]
    assert lazy.select("sentence") and lazy.select("paragraph > sentence")
    assert lazy.to_records("paragraphs") == full.to_records("paragraphs")
    lazy2 = parsed()[4]
    assert [c.model_dump() if hasattr(c, "model_dump") else c for c in lazy2.chunks(300)] == \
        [c.model_dump() if hasattr(c, "model_dump") else c for c in full.chunks(300)]


def test_a_validated_paragraph_is_a_plain_list():
    p = Paragraph(text="好。", span=(0, 2), sentences=[Sentence(text="好。", span=(0, 2))])
    assert type(p.__dict__["sentences"]) is list and p.sentences[0].text == "好。"
    assert Paragraph(text="", span=(0, 0)).sentences == []
    assert Paragraph.model_validate_json(p.model_dump_json()) == p
    assert OutlineNode.model_fields["blocks"].annotation == list[Paragraph]
    assert Speech.model_json_schema()  # the schema builds with the serializer on the field


# chrome that is masked (a breadcrumb, a page number between form feeds), other line ends (CR, LS, VT,
# NEL), traditional script, invisible characters (deleted from the view) and glosses
VIEW_TEXTS = [
    "您的位置：首页 > 新闻中心 > 领导讲话 > 正文\n一、總體要求\r今年增長6%。\u2028財政收入增長5%！\x0b二是穩定\x85就業。\r\n"
    "\f\n- 2 -\n\f\n（一）推進改革。深化改革；擴大開放\r\n",
    "一、总体\x0c要求\x1c\n今年\x1f增长\x1e5%。\n" * 3 + "您的位置：首页 > 正文\n好。\r坏！",
    "一、發(fā)表講話\u200b。今年\u200d增長\r6%。\n" * 2 + "您的位置：首页 > 正文\n二、重點\u2029任務。",
]


@pytest.mark.parametrize("text", VIEW_TEXTS)
@pytest.mark.parametrize("script", ["source", "simplified"])
def test_pending_sentences_are_those_of_the_view_and_hold_no_view_string(text, script):
    from speechdoc.document.assemble import SENTENCE_CAP, display
    from speechdoc.outline.segment import sentence_bounds
    from speechdoc.text.clean import clean
    from speechdoc.text.textview import TextView

    doc = speechdoc.parse(text, script=script)
    view = clean(doc.text).view
    shown = view.fold if script == "simplified" else view.text
    paras = [p for sp in doc.speeches for p in sp.blocks] + [p for n in doc.walk() for p in n.blocks] + list(doc.front)
    assert paras
    for p in paras:
        held_here = p.__dict__["sentences"]
        pending = own(p.__dict__)["sentences"]
        # nothing deleted: a paragraph read as it stands (most) holds the parse's one stand-in, read through
        # its fields; any other its own pending sentences
        shared = view.plain and pending.lead == 0 and pending.clean
        assert type(held_here) is (SharedSentences if shared else PendingSentences)
        held = [c.cell_contents for c in pending.cut.__closure__ or ()]
        # the cutting holds no view (nor a method of one), and of its strings only what it reads: the input
        # itself when nothing was deleted, the view's text when something was, the fold for the simplified script
        assert not any(isinstance(getattr(x, "__self__", None), TextView) for x in held)
        strings = [x for x in held if isinstance(x, str)]
        if script == "simplified":
            assert strings == [view.fold]
        elif view.plain:
            assert len(strings) == 1 and strings[0] is doc.text
        else:
            assert strings == [view.text]
        a, b = pending.a, pending.b
        cuts = sentence_bounds(view.fold, a, b)[:SENTENCE_CAP - 1]
        bounds = [a, *cuts, b]
        want = [display(shown[x:y]) for x, y in zip(bounds, bounds[1:])]
        assert [s.text for s in p.sentences] == want
        assert [s.span for s in p.sentences] == [view.span_to_raw(x, y) if x < y else (view.to_raw(x),) * 2
                                                 for x, y in zip(bounds, bounds[1:])]


def test_paragraphs_sharing_one_stand_in_compare_copy_and_pickle_as_their_own():
    a, b = speechdoc.parse(TEXTS[0]), speechdoc.parse(TEXTS[0])
    pa, pb = paragraphs(a)[1], paragraphs(b)[1]
    assert type(pa.__dict__["sentences"]) is SharedSentences and pa.__dict__["sentences"] is not pb.__dict__["sentences"]
    assert pa == pb and pa != paragraphs(a)[2]
    want = [s.model_dump() for s in pa.sentences]
    # a copy with another text keeps the sentences of the paragraph it was copied from, as a filled one would
    changed = pb.model_copy(update={"text": "别的"})
    assert [s.model_dump() for s in changed.sentences] == want
    assert [s.model_dump() for s in copy.deepcopy(pb).sentences] == want
    assert [s.model_dump() for s in pickle.loads(pickle.dumps(pb)).sentences] == want
    assert type(pb.__dict__["sentences"]) is SharedSentences  # none of that kept anything in pb
    with pytest.raises(TypeError):
        pickle.dumps(pb.__dict__["sentences"])
