"""RAG chunks: whole sentences, whole metrics, the outline's shape, honest spans."""
from __future__ import annotations

import sys
import types

import pytest
from query_support import CORPUS, load, report_with_metrics
from query_support import sentence_spans as sentences

import speechdoc
from speechdoc import Chunk, Document, MissingDependencyError, UsageError
from speechdoc.document.chunks import to_langchain, to_llama_index


def sentences_in(c: Chunk, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [s for s in sents if any(a <= s[0] and s[1] <= b for a, b in c.spans)]


@pytest.fixture(scope="module")
def report() -> Document:
    return report_with_metrics()


def test_small_sections_stay_whole(report):
    cs = report.chunks(max_chars=200)
    sec = report.find(title="千方百计扩大消费")
    holding = [c for c in cs if c.span[0] <= sec.span[0] < c.span[1]]
    assert len(holding) == 1
    c = holding[0]
    assert sec.full_text in c.text and c.span[1] >= sec.span[1] - 1
    assert sec.path[:len(c.headings)] == c.headings
    assert "网络零售额增长15%" in [m.text for m in c.metrics]
    assert c.speech == 1 and c.speech_title == "2024年青川县人民政府工作报告"
    assert c.file.endswith("work_report.txt")
    alone = report.chunks(max_chars=len(sec.full_text) + 1)
    assert any(x.text == sec.full_text and x.headings == sec.path for x in alone)


def test_long_section_splits_at_sentences_and_keeps_headings(report):
    cs = report.chunks(max_chars=60)
    sents = sentences(report)
    review = [c for c in cs if c.headings == ["一、2023年工作回顾"]]
    assert [c.text for c in review] == [
        "一、2023年工作回顾\n过去的一年，面对复杂严峻的外部环境，全县上下坚定信心、真抓实干，经济社会发展稳中有进。",
        "全年地区生产总值完成186.5亿元，增长6.8%；一般公共预算收入12.3亿元，增长9.1%；",
        "城乡居民人均可支配收入分别增长5.6%和7.2%。"]
    for c in cs:
        assert len(c.text) <= 60 or len(sentences_in(c, sents)) == 1


@pytest.mark.parametrize("max_chars, overlap", [(40, 0), (80, 20), (200, 50), (800, 0), (10_000, 100)])
def test_every_sentence_once_and_metrics_whole(report, max_chars, overlap):
    cs = report.chunks(max_chars=max_chars, overlap=overlap)
    sents = sentences(report)
    bounds = {a for a, _ in sents} | {b for _, b in sents}
    fresh: list[tuple[int, int]] = []
    prev_end = None
    for i, c in enumerate(cs):
        assert c.index == i and c.text
        assert len(c.text) <= max_chars or c.overlap == 0 and len(sentences_in(c, sents)) <= 2
        assert all(a in bounds and b in bounds for a, b in c.spans)
        assert 0 <= c.overlap <= overlap
        inside = sentences_in(c, sents)
        if c.overlap:
            assert prev_end is not None and inside[0][0] < prev_end  # the lead repeats earlier text
            inside = [s for s in inside if s[0] >= prev_end]
        fresh.extend(inside)
        prev_end = c.span[1]
        for m in c.metrics:
            assert any(a <= m.span[0] and m.span[1] <= b for a, b in c.spans)
    assert fresh == sents
    for m in report.metrics():
        assert any(any(a <= m.span[0] and m.span[1] <= b for a, b in c.spans) for c in cs)


def test_overlap_repeats_whole_trailing_sentences(report):
    cs = report.chunks(max_chars=120, overlap=40)
    lapped = [(a, b) for a, b in zip(cs, cs[1:]) if b.overlap]
    assert lapped
    for a, b in lapped:
        lead = b.text[:b.overlap]
        assert a.text.endswith(lead.rstrip("\n")) and a.speech == b.speech
        assert len(b.text) <= 120


def test_one_huge_sentence_is_one_chunk():
    long = "一、总体要求\n" + "坚持" + "稳中求进、" * 100 + "推动高质量发展。短句。"
    doc = speechdoc.parse(long)
    cs = doc.chunks(max_chars=50)
    assert any(len(c.text) > 50 and c.text.endswith("推动高质量发展。") for c in cs)
    assert cs[-1].text == "短句。"


def test_a_metric_across_a_sentence_end_glues_the_sentences():
    doc = speechdoc.parse("一、目标\n增长6。5%左右。其他工作。")  # a typo'd decimal point splits the sentence
    data = doc.model_dump()
    start = doc.text.index("增长6")
    data["speeches"][0]["children"][0]["metrics"] = [
        {"text": "增长6。5%", "text_span": (start, start + 7), "span": (start, start + 7), "value_span": (start + 2, start + 6), "value": 6.5}]
    doc = Document.model_validate(data)
    texts = [c.text for c in doc.chunks(max_chars=6)]
    assert "增长6。5%左右。" in texts


def test_speeches_never_share_a_chunk():
    doc = load("two_speeches.txt")
    cs = doc.chunks(max_chars=10_000)
    assert [c.speech for c in cs] == [1, 2]
    assert cs[1].speech_title == "在全市安全生產工作會議上的講話" and cs[1].headings == []


@pytest.mark.parametrize("kwargs, message", [
    ({"max_chars": 0}, "max_chars must be a positive int"),
    ({"max_chars": 100, "overlap": 100}, "overlap must be an int from 0 to max_chars - 1"),
    ({"max_chars": 100, "overlap": -1}, "overlap must be"),
    ({"max_chars": 10.5}, "max_chars must be a positive int"),
])
def test_bad_arguments(kwargs, message):
    with pytest.raises(UsageError, match=message):
        speechdoc.parse("一、甲").chunks(**kwargs)


def test_adapters_need_their_packages(monkeypatch):
    c = speechdoc.parse("一、甲。").chunks()[0]
    monkeypatch.setitem(sys.modules, "langchain_core", None)
    monkeypatch.setitem(sys.modules, "llama_index", None)
    with pytest.raises(MissingDependencyError, match="pip install langchain-core"):
        c.to_langchain()
    with pytest.raises(MissingDependencyError, match="pip install llama-index-core"):
        to_llama_index([c])


def test_adapters_build_documents(monkeypatch):
    """Stand-ins with the real constructors' keywords: the adapters pass text and metadata."""
    class LCDocument:
        def __init__(self, page_content: str, metadata: dict):
            self.page_content, self.metadata = page_content, metadata

    class TextNode:
        def __init__(self, text: str, metadata: dict, id_: str):
            self.text, self.metadata, self.id_ = text, metadata, id_

    for name, attrs in {"langchain_core": {}, "langchain_core.documents": {"Document": LCDocument},
                        "llama_index": {}, "llama_index.core": {},
                        "llama_index.core.schema": {"TextNode": TextNode}}.items():
        monkeypatch.setitem(sys.modules, name, types.SimpleNamespace(**attrs))
    cs = load("two_speeches.txt").chunks(max_chars=30)
    docs = to_langchain(cs)
    assert [d.page_content for d in docs] == [c.text for c in cs]
    assert docs[0].metadata["speech_title"] == "在全市優化營商環境大會上的講話"
    assert all(isinstance(v, (str, int, type(None))) for v in docs[0].metadata.values())
    nodes = to_llama_index(cs)
    assert nodes[1].id_.endswith("two_speeches.txt#1") and nodes[1].metadata["headings"] == cs[1].metadata()["headings"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("max_chars", [300, 1000])
def test_corpus_chunks_cover_every_sentence(max_chars):
    for path in sorted(CORPUS.glob("*/*.txt")):
        doc = speechdoc.parse_file(path)
        sents = sentences(doc)
        cs = doc.chunks(max_chars=max_chars)
        got = [s for c in cs for s in sentences_in(c, sents)]
        assert got == sents, path.name
        for c in cs:  # only a lone sentence (or two glued by a metric) may be longer
            assert len(c.text) <= max_chars or len(sentences_in(c, sents)) <= 2, path.name
