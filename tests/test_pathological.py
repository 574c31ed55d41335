"""Hostile and degenerate input: it must return (no timing asserts), keep every character
and never raise on text. Patterns that looked innocent went quadratic on runs like these."""
from __future__ import annotations

import pytest

import speechdoc
from test_invariants import check_document

RUNS = {
    "han-numerals": "一" * 40000,
    "digits": "1" * 40000,
    "digits-dot": "1." * 20000,
    "spaces": " " * 40000 + "x",
    "ideographic-spaces": "\u3000" * 40000,
    "newlines": "\n" * 40000,
    "blank-lines-with-spaces": " \n" * 20000,
    "ellipsis": "…" * 40000,
    "open-parens": "（" * 40000,
    "paren-markers": "（一）" * 10000,
    "full-stops": "。" * 40000,
    "stop-newline": "。\n" * 20000,
    "quotes": "“" * 40000,
    "placeholders": "X" * 40000 + "%",
    "marker-restarts": "一、" * 20000,
    "line-start-markers": "一、\n" * 20000,
    "clause-list": "，一是甲" * 10000,
    "glosses": "發(fā)" * 10000,
    "colons": "当前位置:" * 8000,
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_long_runs_return_and_tile(name):
    text = RUNS[name]
    doc = speechdoc.parse(text)
    check_document(doc, text)


def test_a_long_single_line_speech():
    line = "经济增长6.5%，一是稳增长；二是保就业；三是防风险。" * 20000  # ~0.6 M chars, one line
    doc = speechdoc.parse(line)
    check_document(doc, line)
    nodes = list(doc.walk())
    assert [n.marker for n in nodes[:3]] == ["一是", "二是", "三是"]


def test_a_million_marker_like_tokens_do_not_hang():
    text = "一、二、" * 250000  # a million candidates, none in a marker position
    doc = speechdoc.parse(text)
    assert list(doc.walk()) == []
    assert doc.source.length == len(text)


def test_deeply_nested_styles_stay_under_the_depth_cap():
    styles = ["一、", "（一）", "1.", "（1）", "①", "第一，", "一是", "一要", "1、"]
    text = "\n".join(f"{m}标题{i}" for i, m in enumerate(styles * 3))
    doc = speechdoc.parse(text)
    assert max(n.depth for n in doc.walk()) <= 24
    check_document(doc, text)


@pytest.mark.parametrize("data", [b"", "", " ", "\n", "\ufeff"])
def test_empty_input_is_an_empty_document(data):
    doc = speechdoc.parse(data)
    assert list(doc.walk()) == []
    assert len(doc.speeches) == 1


def test_binary_input_is_a_typed_error():
    with pytest.raises(speechdoc.DecodeError, match="binary"):
        speechdoc.parse(b"\x00\x01\x02\x00\x00binary\x00" * 50)
    with pytest.raises(speechdoc.InputError):  # a PDF goes to its reader, which says it is damaged
        speechdoc.parse(b"%PDF-1.7\x00\x01\x02\x00\x00binary\x00" * 50)


# -- decoding and selectors at their worst (issue 14 items 4, 6, 7), at a size that keeps the suite fast --

def _rand(seed: int, n: int, low: int = 0) -> bytes:
    import random

    rnd = random.Random(seed)
    return bytes(rnd.randrange(low, 256) for _ in range(n))


SPEECH = "同志们：\n一、认清形势\n今年全县生产总值增长6.2%。\n二、突出重点\n要扩大有效投资。\n"
BYTES = {
    "random-no-nul": _rand(1, 20_000, 1),
    "utf8-ff-every-line": b"\xff\n".join(SPEECH.encode("utf-8") for _ in range(300)),
    "utf8-cut-everywhere": b"".join(SPEECH.encode("utf-8")[:-2] for _ in range(300)),
    "gb18030-flipped": bytes(b ^ (0x80 if i % 97 == 0 else 0) for i, b in enumerate(SPEECH.encode("gb18030") * 300)),
    "big5-cut": b"".join("同志們：\n一、認清形勢\n".encode("big5")[:-1] for _ in range(600)),
    "utf16-bom-then-utf8": b"\xff\xfe" + SPEECH.encode("utf-8") * 300,
    "utf16-odd": (SPEECH * 300).encode("utf-16-le")[:-1],
    "mixed-utf8-and-gb18030": (SPEECH.encode("utf-8") + SPEECH.encode("gb18030")) * 150,
    "nul-every-other-random": bytes(b if i % 2 else 0 for i, b in enumerate(_rand(2, 20_000))),
    "unicode-escape-surrogates": ("\\ud800一、认清形势\\udfff\n" * 1000).encode("ascii", "backslashreplace"),
}


@pytest.mark.parametrize("name", sorted(BYTES))
def test_hostile_bytes_decode_or_are_refused_and_always_serialise(name):
    data = BYTES[name]
    encoding = "unicode_escape" if name == "unicode-escape-surrogates" else None
    try:
        doc = speechdoc.parse(data, encoding=encoding)
    except speechdoc.DecodeError:
        assert name == "nul-every-other-random"  # NULs scattered through random bytes: a binary file
        return
    check_document(doc, doc.text)
    assert not any("\ud800" <= c <= "\udfff" for c in doc.text)
    assert speechdoc.Document.model_validate_json(doc.model_dump_json()).text == doc.text
    if name.startswith(("utf8", "utf16-bom")):
        assert doc.source.encoding == "utf-8"
        assert [n.marker for n in doc.walk()][:2] == ["一、", "二、"]


@pytest.mark.parametrize("selector", [
    ",".join(["section"] * 400), ",".join(["point[ordinal>1]"] * 100_000), "speech[" + "7" * 4301 + "]",
    "section" + "[depth>0]" * 500, " ".join(["node"] * 1000), "metric[value=" + "9" * 5000 + "]",
    "section[title~='" + "长" * 5000 + "']",
])
def test_hostile_selectors_are_usage_errors(selector):
    doc = speechdoc.parse(SPEECH * 50)
    with pytest.raises(speechdoc.UsageError) as info:
        doc.select(selector)
    assert len(str(info.value)) < 400  # a window of the selector, never all of it


def test_wrong_type_is_a_typed_error():
    with pytest.raises(speechdoc.InputError, match="str or bytes"):
        speechdoc.parse(12345)  # type: ignore[arg-type]


def test_lone_surrogates_are_replaced_without_moving_offsets():
    text = "一、总体\ud800要求\n二、重点任务"
    doc = speechdoc.parse(text)
    assert len(doc.text) == len(text)
    assert [n.marker for n in doc.walk()] == ["一、", "二、"]
    assert any(d.code == "lone-surrogate" for d in doc.diagnostics)
    doc.model_dump_json()  # must not raise


def test_crlf_keeps_offsets(tmp_path):
    text = "一、总体要求\r\n今年经济增长。\r\n二、重点任务\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = speechdoc.parse_file(path)
    assert doc.text == text
    second = list(doc.walk())[1]
    assert text[second.marker_span[0]:second.marker_span[1]] == "二、"


def test_a_path_given_to_parse_points_to_parse_file(tmp_path):
    with pytest.raises(speechdoc.InputError, match="parse_file"):
        speechdoc.parse(tmp_path / "speech.txt")  # type: ignore[arg-type]
