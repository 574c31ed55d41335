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
        speechdoc.parse(b"%PDF-1.7\x00\x01\x02\x00\x00binary\x00" * 50)


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
