"""The pathological suite (issue 14 item 2): every hostile-input generator of
``hostile_inputs.py`` at ~20 k characters. Each must parse without raising, put every
character in exactly one place, keep every span inside ``doc.text`` and survive the JSON
round trip; classes with structure must still find it. Times are measured by
``benchmarks/bench_hostile.py`` with the same generators at 1 M characters, never here."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import speechdoc
from hostile_inputs import GENERATORS, SPEECH, fill
from speechdoc.document.model import Document
from test_invariants import blocks_and_noise

SIZE = 20_000


def visible(text: str) -> str:
    """The text without format and control characters (zero-width, bidi marks, NUL)."""
    return "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc"))


def check_document(doc: Document) -> None:
    """Every character in exactly one block or noise record; sentences tile their paragraph;
    nodes nest inside their parents at the right depth."""
    pos = 0
    for s, e in blocks_and_noise(doc):
        assert s == pos and e > s, (s, e, pos)
        pos = e
    assert pos == len(doc.text) == doc.source.length
    paragraphs = list(doc.front) + [p for sp in doc.speeches for p in sp.blocks]
    paragraphs += [p for node in doc.walk() for p in node.blocks]
    for para in paragraphs:
        cur = para.span[0]
        for sent in para.sentences:
            assert sent.span[0] == cur
            cur = sent.span[1]
        assert cur == para.span[1]
    stack = [(sp, 0) for sp in doc.speeches]
    while stack:  # iterative: a deep outline must not need deep recursion to check
        owner, depth = stack.pop()
        for child in owner.children:
            assert child.depth == depth + 1
            assert owner.span[0] <= child.span[0] < child.span[1] <= owner.span[1]
            stack.append((child, depth + 1))


def check_spans(doc: Document) -> None:
    """Every span of every record lies in ``doc.text``, and a marker's span holds the marker."""
    n = len(doc.text)

    def inside(span) -> None:
        assert span is not None and 0 <= span[0] <= span[1] <= n, (span, n)

    for node in doc.walk():
        for span in (node.span, node.marker_span, node.title_span):
            inside(span)
        # the marker is a reading, like the title: invisible characters inside it are dropped
        assert visible(doc.text[node.marker_span[0]:node.marker_span[1]]) == visible(node.marker)
    for m in doc.metrics():
        for span in (m.span, m.value_span, m.text_span):
            inside(span)
        assert m.text_span[0] <= m.span[0] <= m.value_span[0] <= m.value_span[1] <= m.span[1] <= m.text_span[1]
    for d in doc.diagnostics:
        if d.span is not None:
            inside(d.span)
    for rec in doc.noise:
        inside(rec.span)


def check_round_trip(doc: Document) -> None:
    dumped = doc.model_dump_json()
    again = Document.model_validate_json(dumped)
    assert again == doc
    assert again.model_dump_json() == dumped


@pytest.mark.parametrize("name", list(GENERATORS))
def test_hostile_input_keeps_every_invariant(name):
    gen = GENERATORS[name]
    data = gen.make(SIZE)
    doc = speechdoc.parse(data)
    check_document(doc)
    check_spans(doc)
    check_round_trip(doc)
    if isinstance(data, str):
        assert doc.text == data  # offsets are into the exact input
    if gen.nodes:
        assert len(doc.walk()) > 0, "the outline of a text with real headings is found"
    if gen.metrics:
        assert len(doc.metrics()) > 0, "the metrics of a text with real metrics are found"
    if gen.diagnostic:
        assert gen.diagnostic in {d.code for d in doc.diagnostics}


def test_a_repeated_speech_finds_each_copys_outline():
    """The realistic speech repeated: every copy's three sections, in order."""
    copies = SIZE // len(SPEECH)
    doc = speechdoc.parse(fill(SPEECH, SIZE))
    top = [n.marker for sp in doc.speeches for n in sp.children if n.depth == 1]
    assert top[:3] == ["一、", "二、", "三、"]
    assert len([m for m in top if m == "一、"]) == copies
    assert any(m.unit == "%" and m.value == 6.2 for m in doc.metrics())


def test_growth_storm_reads_every_value():
    text = GENERATORS["metric-storm-growth"].make(SIZE)
    doc = speechdoc.parse(text)
    values = [(m.value, m.unit) for m in doc.metrics()]
    assert len(values) == text.count("5.2%")
    assert set(values) == {(5.2, "%")}


def test_headings_one_to_ninety_nine_nest_flat():
    doc = speechdoc.parse(GENERATORS["han-headings-1-99"].make(5_000))
    nodes = doc.walk()
    assert [n.marker for n in nodes[:3]] == ["一、", "二、", "三、"]
    assert nodes[98].marker == "九十九、" and nodes[98].ordinal == 99
    assert {n.depth for n in nodes[:99]} == {1}


def test_overlong_numbers_are_reported_never_read_in_part():
    text = GENERATORS["overlong-han-percent"].make(2_000)
    doc = speechdoc.parse(text)
    assert doc.metrics() == []
    spans = [d.span for d in doc.diagnostics if d.code == "number-too-long"]
    assert len(spans) == text.count("\n")
    assert {doc.text[a:b] for a, b in spans} <= {"九九九九九九九九九九九", "百分之九九九九九九九九九九九"}


def test_dotted_depth_stays_flat_enough_for_json():
    doc = speechdoc.parse(GENERATORS["dotted-depth"].make(SIZE))
    assert max((n.depth for n in doc.walk()), default=0) < 100


@pytest.mark.parametrize("text", ["", " ", "\ufeff", "一", "\n" * 3, "\x00", "①"])
def test_degenerate_documents_are_valid_trees(text):
    doc = speechdoc.parse(text)
    check_document(doc)
    check_round_trip(doc)


def capped(monkeypatch, cap: str, size: int, generator: str, code: str):
    """Parse a storm with the pipeline's ``cap`` lowered to ``size``: the document and its one cap diagnostic."""
    from speechdoc import pipeline

    monkeypatch.setattr(pipeline, cap, size)
    doc = speechdoc.parse(GENERATORS[generator].make(SIZE))
    found = [d for d in doc.diagnostics if d.code == code]
    assert len(found) == 1
    check_document(doc)  # the text after the cap is still in paragraphs
    return doc, found[0].span


def test_a_node_storm_stops_at_the_cap_with_one_diagnostic(monkeypatch):
    doc, (a, b) = capped(monkeypatch, "NODE_CAP", 300, "han-headings-1-99", "node-cap")
    nodes = doc.walk()
    assert 0 < len(nodes) <= 300
    assert nodes[-1].span[0] < a  # every node read lies before where reading stopped
    assert doc.text[a:b].endswith("、") and doc.text[a - 1] == "\n"  # it points at the first marker not read
    assert nodes[-1].blocks[-1].span[1] == len(doc.text)


def test_a_metric_storm_stops_at_the_cap_with_one_diagnostic(monkeypatch):
    doc, (a, _) = capped(monkeypatch, "METRIC_CAP", 250, "metric-per-line", "metric-cap")
    metrics = doc.metrics()
    assert 0 < len(metrics) <= 250
    assert metrics[-1].span[1] <= a
    assert doc.text[a].isdigit()  # the first quantity not read


def test_a_line_storm_stops_cutting_paragraphs_at_the_cap(monkeypatch):
    doc, (a, _) = capped(monkeypatch, "PARAGRAPH_CAP", 400, "metric-per-line", "paragraph-cap")
    paragraphs = [p for sp in doc.speeches for p in sp.blocks] + list(doc.front)
    assert len(paragraphs) <= 401
    assert max(p.span[1] for p in paragraphs) == len(doc.text)  # the rest is one long paragraph, kept
    last = max(paragraphs, key=lambda p: p.span)
    assert last.span[0] < a and last.span[1] == len(doc.text)  # the paragraph open at the cap runs on


def test_a_storm_of_one_diagnostic_is_listed_up_to_the_cap_then_summed_up_once(monkeypatch):
    doc, (a, b) = capped(monkeypatch, "DIAGNOSTIC_CAP", 50, "overlong-han-percent", "diagnostic-cap")
    listed = [d.span for d in doc.diagnostics if d.code == "number-too-long"]
    assert len(listed) == 50 and listed[-1][1] <= a  # in text order, up to the cap
    assert doc.text[a:b] in {"九九九九九九九九九九九", "百分之九九九九九九九九九九九"}  # the 51st numeral
    assert doc.metrics() == []
    summary = next(d for d in doc.diagnostics if d.code == "diagnostic-cap")
    assert "number-too-long" in summary.message and doc.diagnostics[-1] is summary


def test_mojibake_diagnostics_are_capped_per_code(monkeypatch):
    from speechdoc import pipeline

    monkeypatch.setattr(pipeline, "DIAGNOSTIC_CAP", 20)
    doc = speechdoc.parse(GENERATORS["random-bytes"].make(SIZE))
    codes = [d.code for d in doc.diagnostics]
    assert codes.count("mojibake") == 20
    assert sum(1 for d in doc.diagnostics if d.code == "diagnostic-cap" and "mojibake" in d.message) == 1
    assert all(codes.count(c) <= 20 for c in set(codes))
    check_spans(doc)


@pytest.mark.parametrize("generator,kind,mark", [
    ("control-chars", "page_break", "\x0c"),  # a form feed in every line: one page break each
    ("breadcrumb-lines", "breadcrumb", "您的位置"),  # a page of nothing but breadcrumb lines
])
def test_a_storm_of_page_chrome_stops_at_the_noise_cap_and_the_rest_stays_text(monkeypatch, generator, kind, mark):
    from speechdoc.text import clean

    monkeypatch.setattr(clean, "NOISE_CAP", 100)
    text = GENERATORS[generator].make(SIZE)
    doc = speechdoc.parse(text)
    [(a, b)] = [d.span for d in doc.diagnostics if d.code == "noise-cap"]
    assert len(doc.noise) == 100 and {r.kind for r in doc.noise} == {kind}
    assert doc.noise[-1].span[1] <= a and mark in doc.text[a:b]  # it points at the first piece not set aside
    check_document(doc)  # every character still in one place: the chrome after the cap is in paragraphs
    check_spans(doc)
    # all the chrome before the cap is set aside, none after it (that is in the paragraphs check_document saw)
    assert sum(doc.text_at(r.span).count(mark) for r in doc.noise) == text[:a].count(mark) < text.count(mark)


def test_page_chrome_under_the_cap_is_all_set_aside():
    doc = speechdoc.parse(GENERATORS["control-chars"].make(SIZE))
    assert "noise-cap" not in {d.code for d in doc.diagnostics}
    assert sum(doc.text_at(r.span).count("\x0c") for r in doc.noise) == doc.text.count("\x0c") == len(doc.noise)


def test_a_paragraph_of_a_thousand_sentences_keeps_the_rest_in_its_last(monkeypatch):
    from speechdoc.document import assemble

    monkeypatch.setattr(assemble, "SENTENCE_CAP", 50)
    text = "全年增长。" * 200  # one paragraph of 200 sentences
    doc = speechdoc.parse(text)
    para = doc.speeches[0].blocks[0]
    assert len(para.sentences) == 50
    assert para.sentences[-1].span == (49 * 5, len(text))
    check_document(doc)


def test_documents_under_the_caps_carry_no_cap_diagnostic():
    doc = speechdoc.parse(fill(SPEECH, SIZE))
    assert not {"node-cap", "metric-cap", "paragraph-cap", "noise-cap", "diagnostic-cap"} & {
        d.code for d in doc.diagnostics}


# -- a hypothesis property over mixtures of the hostile classes (issue 14 item 8) --

#: a short piece of every text generator: mixtures reach what no single class does
UNITS = sorted({g.make(40)[:40] for g in GENERATORS.values() if not isinstance(g.make(40), bytes)})
mixtures = st.lists(st.sampled_from(UNITS) | st.text(max_size=4), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixtures)
def test_mixtures_of_hostile_classes_keep_every_invariant_and_parse_the_same_twice(text):
    doc = speechdoc.parse(text)
    check_document(doc)
    check_spans(doc)
    check_round_trip(doc)
    assert speechdoc.parse(text).model_dump_json() == doc.model_dump_json()  # deterministic
