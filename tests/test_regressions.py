"""Every input that ever broke an invariant, kept as a table (as markdown-it-py keeps its
OSS-Fuzz cases). A row is the input, how it is given to speechdoc, and what must hold now;
every parsed row also passes the whole invariant check (one place per character, spans in
``doc.text``, JSON round trip equal). Add a row for each new finding of the fuzzers
(``fuzz/fuzz_parse.py``, the hypothesis properties) or of a user."""
from __future__ import annotations

import pytest

import speechdoc
from test_hostile import check_document, check_round_trip, check_spans

SPEECH = "一、认清形势\n今年全县生产总值增长6.2%。\n二、突出重点\n要扩大有效投资。\n"
EVEN = (SPEECH + "\n").encode("utf-8")  # an even number of bytes: the length that once read as UTF-16
assert len(EVEN) % 2 == 0

#: (name, input, keyword arguments of parse, diagnostic codes that must be present)
PARSED = [
    # issue 14: numbers read in part or dropped without a trace
    ("han-percent-11-nines", "增长百分之九九九九九九九九九九九", {}, {"number-too-long"}),
    ("one-and-500-zeros-percent", "增长1" + "0" * 500 + "%", {}, {"number-too-long"}),
    ("nine-5000-yi-yuan", "收入" + "9" * 5000 + "亿元。", {}, {"number-too-long"}),
    # issue 14: damaged UTF-8 of even length was decoded as UTF-16
    ("utf8-cut-two-bytes-short", EVEN[:-4], {}, {"undecodable-bytes"}),
    ("utf8-one-ff-byte-even-length", EVEN[:40] + b"\xff" + EVEN[41:], {}, {"undecodable-bytes"}),
    ("utf16-bom-before-utf8", b"\xff\xfe" + SPEECH.encode("utf-8") * 3, {}, {"stray-bom"}),
    # a short UTF-8 file with a stray FF FE lost its first heading to two U+FFFD before its marker
    ("utf16-bom-before-short-utf8", b"\xff\xfe" + "一、总体要求\n二、重点任务\n".encode("utf-8"), {}, {"stray-bom"}),
    # issue 14: lone surrogates made model_dump_json raise
    ("unicode-escape-surrogates", ("\\ud800" + SPEECH + "\\udfff").encode("ascii", "backslashreplace"), {"encoding": "unicode_escape"},
     {"lone-surrogate"}),
    ("str-with-lone-surrogate", "一、总体\ud800要求\n二、重点任务", {}, {"lone-surrogate"}),
    ("path-with-surrogate", SPEECH.encode("utf-8"), {"path": "\udcff讲话.txt"}, set()),
    # found by the pathological suite: a zero-width character inside a marker
    ("zero-width-inside-marker", "一、认清形势\n二\u200b、突出重点\n", {}, set()),
    # catalogue B5/B6/C2: controls, degenerate documents, line-break disagreement
    ("nul-only", "\x00" * 100, {}, set()),
    ("bom-only", "\ufeff", {}, set()),
    ("line-breaks-of-every-kind", "一、甲\r二、乙\u2028三、丙\x0b四、丁\x85五、戊\u2029", {}, set()),
]

#: (name, input, keyword arguments of parse or a selector, the typed error)
REFUSED = [
    ("encoding-rot13", {"encoding": "rot13"}, speechdoc.UsageError),
    ("encoding-hex", {"encoding": "hex"}, speechdoc.UsageError),
    ("encoding-base64", {"encoding": "base64"}, speechdoc.UsageError),
    ("encoding-idna", {"encoding": "idna"}, speechdoc.UsageError),
    ("encoding-undefined", {"encoding": "undefined"}, speechdoc.UsageError),
    ("encoding-with-nul", {"encoding": "utf-8\x00"}, speechdoc.UsageError),
    ("encoding-bz2", {"encoding": "bz2"}, speechdoc.UsageError),
    ("encoding-nonsense", {"encoding": "no-such-codec"}, speechdoc.UsageError),
]

SELECTORS = [
    "speech[" + "7" * 4301 + "]",  # issue 14: int() of 4,301 digits raised ValueError
    ",".join(["section"] * 400),  # 24 s on a report
    "metric[value=" + "9" * 5000 + "]",
]


@pytest.mark.parametrize("name,data,kwargs,codes", PARSED, ids=[row[0] for row in PARSED])
def test_parsed_regressions(name, data, kwargs, codes):
    doc = speechdoc.parse(data, **kwargs)
    check_document(doc)
    check_spans(doc)
    check_round_trip(doc)
    assert codes <= {d.code for d in doc.diagnostics}
    assert not any("\ud800" <= c <= "\udfff" for c in doc.model_dump_json())
    if "number-too-long" in codes:
        assert doc.metrics() == []  # never a value read from part of its numeral


def test_damaged_utf8_stays_utf8_whatever_its_parity():
    for name in ("utf8-cut-two-bytes-short", "utf8-one-ff-byte-even-length"):
        data = dict((row[0], row[1]) for row in PARSED)[name]
        assert len(data) % 2 == 0
        doc = speechdoc.parse(data)
        assert doc.source.encoding == "utf-8"
        assert [n.marker for n in doc.walk()] == ["一、", "二、"]


@pytest.mark.parametrize("name,kwargs,error", REFUSED, ids=[row[0] for row in REFUSED])
def test_refused_regressions(name, kwargs, error):
    with pytest.raises(error):
        speechdoc.parse(SPEECH.encode("utf-8"), **kwargs)


@pytest.mark.parametrize("selector", SELECTORS, ids=["digits-4301", "groups-400", "value-5000-digits"])
def test_selector_regressions(selector):
    doc = speechdoc.parse(SPEECH)
    try:
        doc.select(selector)
    except speechdoc.UsageError as err:
        assert len(str(err)) < 400
