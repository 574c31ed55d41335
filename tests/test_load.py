"""Decoding: every input form, every encoding Chinese sites use, never a crash on text."""
from __future__ import annotations

import codecs
import io
import sys

import pytest

import speechdoc
from speechdoc.cli import main
from speechdoc.errors import DecodeError, InputError, UsageError
from speechdoc.load import load

TRAD = "在縣政府第二次全體(擴大)會議上的講話\r\n同志們:\r\n一、對標對表找差距\r\n今年全縣經濟運行總體平穩。\r\n"
SIMP = "在县政府第二次全体(扩大)会议上的讲话\r\n同志们:\r\n一、对标对表找差距\r\n今年全县经济运行总体平稳。\r\n"


@pytest.mark.parametrize("text,enc,expect", [
    (SIMP, "utf-8", "utf-8"),
    (SIMP, "gb18030", "gb18030"),
    (SIMP, "gbk", "gb18030"),  # GB18030 is a superset of GBK
    (TRAD, "big5", "big5"),
    (TRAD, "gb18030", "gb18030"),
    (TRAD, "utf-16-le", "utf-16-le"),
    (SIMP, "utf-16-be", "utf-16-be"),
])
def test_detects_encoding(text, enc, expect):
    got = load(text.encode(enc))
    assert got.text == text
    assert got.encoding == expect
    assert not got.diagnostics


@pytest.mark.parametrize("bom,enc", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
])
def test_bom_is_read_and_recorded(bom, enc):
    doc = speechdoc.parse(bom + SIMP.encode(enc))
    assert doc.source.bom is True
    assert doc.text == SIMP
    assert [n.title for n in doc.walk()] == ["对标对表找差距"]


def test_encoding_override_is_used_and_recorded():
    data = TRAD.encode("big5")
    doc = speechdoc.parse(data, encoding="big5")
    assert doc.source.encoding == "big5" and doc.text == TRAD
    wrong = speechdoc.parse(data, encoding="gb18030")  # the user's choice wins, even a wrong one
    assert wrong.source.encoding == "gb18030"


def test_unknown_encoding_name_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown encoding"):
        speechdoc.parse(b"abc", encoding="no-such-codec")


def test_crlf_never_shifts_offsets():
    doc = speechdoc.parse(SIMP.encode("gb18030"))
    for node in doc.walk():
        assert doc.text[node.marker_span[0]:node.marker_span[1]] == node.marker
        assert doc.text[node.title_span[0]:node.title_span[1]] == node.title


def test_undecodable_bytes_become_diagnostics_with_byte_offsets():
    head = "同志们:\n一、抓落实\n".encode("gb18030")
    data = head + b"\xff" + "要压实责任。".encode("gb18030")
    doc = speechdoc.parse(data, encoding="gb18030")
    bad = [d for d in doc.diagnostics if d.code == "undecodable-bytes"]
    assert len(bad) == 1
    assert f"byte offsets {len(head)}-{len(head) + 1}" in bad[0].message
    assert doc.text[bad[0].span[0]:bad[0].span[1]] == "\ufffd"
    assert [n.title for n in doc.walk()] == ["抓落实"]


def test_many_undecodable_runs_are_summed_up():
    data = b"\xff".join("讲话".encode("utf-8") for _ in range(200))
    got = load(data, encoding="utf-8")
    assert len(got.diagnostics) == 51 and "more undecodable" in got.diagnostics[-1][2]


def test_binary_input_raises_an_actionable_error():
    with pytest.raises(DecodeError, match="ELF executable"):
        speechdoc.parse(b"\x7fELF\x00\x01\x02\x03binary\x00stream" * 50)
    with pytest.raises(DecodeError, match="PDF or Word"):
        speechdoc.parse(b"\x00\x01\x02\x03binary\x00stream" * 50)
    with pytest.raises(InputError, match="damaged"):  # a PDF goes to the PDF reader (tests/test_readers_pdf.py)
        speechdoc.parse(b"%PDF-1.4\n\x00\x01\x02\x03binary\x00stream" * 50)


def test_a_stray_nul_in_text_is_a_diagnostic_not_an_error():
    data = ("同志们:\n一、抓落实\n" + "要压实责任。" * 40 + "\x00").encode("utf-8")
    doc = speechdoc.parse(data)
    assert [d.code for d in doc.diagnostics] == ["nul-characters"]
    assert [n.title for n in doc.walk()] == ["抓落实"]


def test_wrong_type_is_misuse():
    with pytest.raises(InputError):
        speechdoc.parse(12345)  # type: ignore[arg-type]


def test_lone_surrogate_is_replaced_without_moving_offsets():
    doc = speechdoc.parse("一、抓\ud800落实\n二、抓项目")
    assert len(doc.text) == len("一、抓\ud800落实\n二、抓项目")
    assert doc.model_dump_json()


def test_path_and_parse_file(tmp_path):
    p = tmp_path / "speech.txt"
    p.write_bytes(TRAD.encode("big5"))
    doc = speechdoc.parse_file(p)
    assert doc.source.encoding == "big5" and doc.source.path == str(p)
    assert doc.text == TRAD  # read in binary mode: \r\n kept


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        speechdoc.parse_file(tmp_path / "missing.txt")


def test_cli_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TRAD.encode("big5"))))
    assert main(["parse", "-", "--format", "json"]) == 0
    out = capsys.readouterr().out
    doc = speechdoc.Document.model_validate_json(out)
    assert doc.source.encoding == "big5"


def test_cli_simplified_and_binary(tmp_path, capsys):
    p = tmp_path / "s.txt"
    p.write_bytes(TRAD.encode("utf-8"))
    assert main(["parse", str(p), "--simplified"]) == 0
    doc = speechdoc.Document.model_validate_json(capsys.readouterr().out)
    assert doc.speeches[0].title == "在县政府第二次全体(扩大)会议上的讲话"
    assert doc.meta.title == "在县政府第二次全体(扩大)会议上的讲话"
    b = tmp_path / "b.bin"
    b.write_bytes(b"\x00\x01\x02\x03" * 100)
    assert main(["parse", str(b)]) == 1
    assert "extract its text first" in capsys.readouterr().err
