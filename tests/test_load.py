"""Decoding: every input form, every encoding Chinese sites use, never a crash on text."""
from __future__ import annotations

import codecs
import io
import os
import sys

import pytest

import speechdoc
from speechdoc.cli import main
from speechdoc.errors import DecodeError, InputError, UsageError
from speechdoc.text.load import load

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


# -- issue 14 item 4: decoding is never worse than it should be ----------------------------------------

SPEECH = "在全县经济工作会议上的讲话\n同志们：\n一、认清形势\n去年全县生产总值增长6.2%。\n二、突出重点\n要扩大有效投资。\n"
SPEECH_T = "在全縣經濟工作會議上的講話\n同志們：\n一、認清形勢\n去年全縣生產總值增長6.2%。\n二、突出重點\n要擴大有效投資。\n"


def _bad(got):
    return [d for d in got.diagnostics if d[1] == "undecodable-bytes"]


@pytest.mark.parametrize("cut", [1, 2])  # one parity and the other: the last 。 loses one or two of its bytes
def test_utf8_cut_inside_a_character_stays_utf8(cut):
    data = SPEECH.rstrip("\n").encode("utf-8")[:-cut]
    got = load(data)
    assert got.encoding == "utf-8"
    assert got.text == SPEECH.rstrip("\n")[:-1] + "\ufffd"
    [(_, _, message, start, end)] = _bad(got)
    assert f"byte offsets {len(data) - 3 + cut}-{len(data)}" in message and got.text[start:end] == "\ufffd"


@pytest.mark.parametrize("pad", ["", "x"])  # the same damage at an even and at an odd total length
def test_one_ff_byte_in_utf8_is_one_diagnostic_at_that_byte(pad):
    head = (pad + "在全县经济工作会议上的讲话\n").encode("utf-8")
    data = head + b"\xff" + SPEECH.encode("utf-8")
    got = load(data)
    assert got.encoding == "utf-8"
    [(_, _, message, start, _)] = _bad(got)
    assert f"byte offsets {len(head)}-{len(head) + 1}" in message
    assert got.text[start] == "\ufffd" and got.text[start + 1:] == SPEECH
    doc = speechdoc.parse(data)
    assert [n.title for n in doc.walk()] == ["认清形势", "突出重点"]


@pytest.mark.parametrize("cut", [0, 1])
@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_a_utf16_bom_before_a_utf8_body_is_a_stray_bom_not_utf16(bom, cut):
    body = SPEECH.encode("utf-8")
    data = bom + (body[:-2] if cut else body)  # cut: the last line end and a byte of the 。 before it
    got = load(data)
    assert got.encoding == "utf-8" and got.bom is False
    assert got.text == "\ufeff" + (SPEECH[:-2] + "\ufffd" if cut else SPEECH)
    (sev, code, message, start, end), *rest = got.diagnostics
    assert (code, start, end) == ("stray-bom", 0, 1) and f"bytes {bom.hex(' ')} at byte offsets 0-2" in message
    # a cut inside the last character is still reported at its own bytes, counted from the file's start
    assert [(d[3], d[2].split(" at ")[1].split(" in ")[0]) for d in _bad(got)] == (
        [(len(got.text) - 1, f"byte offsets {len(data) - 2}-{len(data)}")] if cut else [])


def test_a_short_file_with_a_stray_utf16_bom_keeps_its_first_heading():
    # the two bytes used to become two U+FFFD glued before 一、, so the first heading was lost
    body = "一、总体要求\n今年全县生产总值增长6%。\n二、重点任务\n要扩大有效投资。\n"
    doc = speechdoc.parse(codecs.BOM_UTF16_LE + body.encode("utf-8"))
    assert [(n.marker, n.title) for n in doc.walk()] == [("一、", "总体要求"), ("二、", "重点任务")]
    assert doc.text == "\ufeff" + body and [d.code for d in doc.diagnostics] == ["stray-bom"]
    first = doc.speeches[0].walk()[0]
    assert first.span[0] <= 1 and doc.text_at(first.span).lstrip("\ufeff").startswith("一、总体要求")


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("text", [SPEECH, SPEECH_T], ids=["simplified", "traditional"])
def test_utf16_with_and_without_bom(enc, bom, text):
    mark = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[enc] if bom else b""
    got = load(mark + text.encode(enc))
    assert got.text == text and got.bom is bom and not got.diagnostics
    assert got.encoding == ("utf-16" if bom else enc)


def test_utf16_cut_one_byte_short_is_still_utf16_with_the_damage_reported():
    data = SPEECH.encode("utf-16-le")[:-1]
    got = load(data)
    assert got.encoding == "utf-16-le"
    assert got.text[:-1] == SPEECH[:-1] and got.text[-1] == "\ufffd"
    assert len(_bad(got)) == 1


def test_chinese_bytes_of_even_length_are_not_taken_for_utf16():
    for text, enc in ((SPEECH, "gb18030"), (SPEECH_T, "big5")):
        data = text.encode(enc)
        data = data if len(data) % 2 == 0 else data + b"\n"
        assert load(data).encoding == enc


@pytest.mark.parametrize("text,enc", [(SPEECH, "gb18030"), (SPEECH_T, "big5")])
@pytest.mark.parametrize("flip", [0x80, 0xFF])
def test_gb18030_and_big5_with_a_flipped_byte_keep_their_encoding(text, enc, flip):
    data = bytearray(text.encode(enc))
    at = len("".join(text.splitlines(keepends=True)[:2]).encode(enc)) + 1  # the trail byte of 一 in 一、
    data[at] ^= flip
    got = load(bytes(data))
    assert got.encoding == enc
    lines = got.text.split("\n")
    assert lines[0] == text.split("\n")[0] and lines[3:] == text.split("\n")[3:]
    for _, _, message, start, end in _bad(got):
        assert f"byte offsets {at - 1}-" in message or f"byte offsets {at}-" in message
        assert got.text[start:end] == "\ufffd"


@pytest.mark.parametrize("name", ["rot13", "rot_13", "hex", "base64", "zlib", "bz2", "uu", "quopri", "idna", "punycode",
                                  "undefined", "no-such-codec", "utf-8\x00", "", "   ", "x" * 200, "utf-8\n"])
def test_every_bad_encoding_name_is_a_usage_error(name):
    with pytest.raises(UsageError, match="encoding"):
        speechdoc.parse(SPEECH.encode("utf-8"), encoding=name)


def test_a_bad_encoding_name_on_the_command_line_exits_2(tmp_path, capsys):
    p = tmp_path / "s.txt"
    p.write_bytes(SPEECH.encode("utf-8"))
    assert main(["parse", str(p), "--encoding", "rot13"]) == 2
    assert "not a text encoding" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["GBK", "cp936", "utf8", "UTF-16", "big5hkscs", "unicode_escape"])
def test_text_codecs_are_accepted(name):
    speechdoc.parse(SPEECH.encode("gb18030" if name in ("GBK", "cp936") else "utf-8")
                    if name not in ("UTF-16", "big5hkscs") else SPEECH_T.encode("big5hkscs" if name == "big5hkscs" else "utf-16"),
                    encoding=name)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_is_refused_at_the_limit_not_read_to_the_end():
    from speechdoc.text.load import read_path

    with pytest.raises(InputError, match="over the limit of 4096 bytes"):
        read_path("/dev/zero", limit=4096)


def test_standard_input_is_bounded():
    from speechdoc.text.load import read_stream

    assert read_stream(io.BytesIO(b"x" * 4096), limit=4096) == b"x" * 4096
    with pytest.raises(InputError, match="over the limit"):
        read_stream(io.BytesIO(b"\x00" * 4097), limit=4096)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_without_a_writer_reads_as_empty_instead_of_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert speechdoc.parse_file(fifo).text == ""


def _elf(kind: int) -> bytes:
    """A 64-bit little-endian ELF header (e_type 2 = executable, 3 = shared object) and some sections."""
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    header = ident + kind.to_bytes(2, "little") + (62).to_bytes(2, "little") + (1).to_bytes(4, "little") + bytes(40)
    return header + b"GCC: (Debian) 12.2.0\x00.text\x00.data\x00" + bytes(range(256)) * 8


@pytest.mark.parametrize("kind", [2, 3], ids=["executable", "shared-library"])
def test_an_elf_file_is_refused_like_a_binary(tmp_path, capsys, kind):
    p = tmp_path / ("prog" if kind == 2 else "libx.so")
    p.write_bytes(_elf(kind))
    with pytest.raises(DecodeError, match="ELF executable or shared library"):
        speechdoc.parse_file(p)
    assert main(["parse", str(p)]) == 1
    err = capsys.readouterr().err
    assert "ELF" in err and "Traceback" not in err


@pytest.mark.parametrize("magic", [b"\x89PNG\r\n\x1a\n", b"\xcf\xfa\xed\xfe", b"MZ\x90\x00", b"\x1f\x8b\x08\x00"])
def test_other_binaries_are_refused_by_their_magic_number(magic):
    with pytest.raises(DecodeError, match="not text"):
        speechdoc.parse(magic + "讲话".encode("utf-8") * 100)


def test_random_bytes_decode_or_are_refused_never_crash():
    import random

    rnd = random.Random(14)
    for size in (1, 2, 3, 1000, 100_001):
        data = bytes(rnd.randrange(1, 256) for _ in range(size))
        doc = speechdoc.parse(data)
        assert len(doc.text) <= size and doc.model_dump_json()


# -- issue 14 item 6: a lone surrogate never breaks the JSON, however it arrives --------------------------

@pytest.mark.parametrize("data,encoding", [
    ("一、抓\ud800落实\n二、抓\udfff项目".encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass"), None),
    (b"\\ud800\xe4\xb8\x80\\udc00 one", "unicode_escape"),
    (b"\\ud83d abc", "raw_unicode_escape"),
])
def test_lone_surrogates_from_str_or_decoding_become_u_fffd_with_a_diagnostic(data, encoding):
    doc = speechdoc.parse(data, encoding=encoding)
    assert not any("\ud800" <= c <= "\udfff" for c in doc.text)
    [diag] = [d for d in doc.diagnostics if d.code == "lone-surrogate"]
    assert doc.text[diag.span[0]:diag.span[1]] == "\ufffd"
    assert speechdoc.Document.model_validate_json(doc.model_dump_json()).text == doc.text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_a_path_with_undecodable_bytes_is_shown_escaped(tmp_path):
    raw = os.fsencode(tmp_path) + b"/\xff\xfe.txt"
    with open(raw, "wb") as f:
        f.write(SPEECH.encode("utf-8"))
    for path in (raw, os.fsdecode(raw)):  # bytes, and str with surrogate escapes
        doc = speechdoc.parse_file(path)
        assert doc.source.path.endswith("/\\xff\\xfe.txt")
        assert speechdoc.Document.model_validate_json(doc.model_dump_json()).source.path == doc.source.path
    assert speechdoc.parse(SPEECH, path="a\ud800b").model_dump_json()


# -- fuzzing where the fuzzers did not go: bytes in every encoding, damaged ----------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ENCODINGS = ["utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be", "utf-16", "utf-8-sig"]
_PIECES = st.sampled_from([SPEECH, SPEECH_T, "一、", "（二）", "增长6.2%", "\r\n", "\x00", "\ufeff", "abc ", "講話"])


@st.composite
def damaged_bytes(draw):
    text = "".join(draw(st.lists(_PIECES, max_size=12)))
    enc = draw(st.sampled_from(_ENCODINGS))
    data = bytearray(text.encode(enc, errors="replace"))
    for _ in range(draw(st.integers(0, 3))):  # flip, drop or insert a byte
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        what = draw(st.sampled_from(["flip", "drop", "insert"]))
        if what == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif what == "drop":
            del data[at]
        else:
            data.insert(at, draw(st.integers(0, 255)))
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(damaged_bytes(), st.binary(max_size=200)))
def test_any_bytes_decode_or_are_refused_and_the_json_round_trips(data):
    try:
        doc = speechdoc.parse(data)
    except InputError:
        return  # refused as binary, or a damaged PDF/Word file for its reader: a typed error, never anything else
    assert doc.source.encoding
    assert not any("\ud800" <= c <= "\udfff" for c in doc.text)
    assert speechdoc.Document.model_validate_json(doc.model_dump_json()).text == doc.text
    for d in doc.diagnostics:
        if d.code == "undecodable-bytes" and d.span is not None:
            assert doc.text[d.span[0]:d.span[1]] == "\ufffd"


@pytest.mark.parametrize("make", ["loop", "long-name", "under-a-file", "directory", "nul-in-name"])
def test_unreadable_paths_are_typed_errors_that_are_also_oserrors(tmp_path, make):
    if make == "loop":
        path = tmp_path / "loop"
        os.symlink(path, path)
    elif make == "long-name":
        path = tmp_path / ("讲" * 300 + ".txt")
    elif make == "under-a-file":
        (tmp_path / "file.txt").write_bytes(b"x")
        path = tmp_path / "file.txt" / "x"
    elif make == "directory":
        path = tmp_path
    else:
        path = str(tmp_path / "a\x00b.txt")
    with pytest.raises(InputError) as info:
        speechdoc.parse_file(path)
    if make != "nul-in-name":
        assert isinstance(info.value, OSError)
    assert "Traceback" not in str(info.value) and str(info.value)


def test_a_bytes_path_reads_like_a_str_path(tmp_path):
    p = tmp_path / "speech.txt"
    p.write_bytes(SPEECH.encode("utf-8"))
    assert speechdoc.parse_file(os.fsencode(p)).text == SPEECH
    with pytest.raises(InputError, match="path is str or os.PathLike"):
        speechdoc.parse_file(12)  # type: ignore[arg-type]


def test_written_traditional_forms_are_opencc_s2t():
    # detection counts the common characters in both scripts; the traditional ones are kept written
    # out (loading OpenCC's s2t dictionaries would cost ~26 MB on the first bytes input)
    from speechdoc.text import load as load_module

    assert load_module._COMMON_TRADITIONAL == load_module.traditional_forms()


def test_plausibility_counts_like_findall():
    from speechdoc.text import load as load_module

    for text in (SIMP, TRAD, "abc", "", "x\u00e9\u4e00\U00020bb7", bytes(range(128, 256)).decode("latin-1")):
        sample = text[:100_000]
        total = len(load_module._HAN_OR_ODD.findall(sample))
        want = (0.5 * sum(c.isascii() for c in sample) / max(1, len(sample)) if not total
                else len(load_module._common().findall(sample)) / total)
        assert load_module.plausibility(text) == want
