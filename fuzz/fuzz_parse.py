"""Coverage-guided fuzzing of speechdoc.parse with atheris (issue 14 item 8). Run by hand:

    python -m pip install -e '.[fuzz]'
    python fuzz/fuzz_parse.py -atheris_runs=100000            # or -max_total_time=600
    python fuzz/fuzz_parse.py fuzz/corpus -max_len=4096       # keep the inputs that found new paths

Each input is split by its first byte into a mode, so the fuzzer reaches the places the
text-only fuzzers did not: raw bytes (encoding detection, damaged UTF-8, UTF-16 guesses),
bytes under a named ``encoding=`` (unknown and binary-to-binary codecs), a ``str`` built
from the bytes (lone surrogates, controls), and a selector run on a small report. Any
exception that is not a typed speechdoc error, or a broken invariant (a character in no
place or two, a span outside ``doc.text``, a JSON round trip that differs), is a crash:
add the input to the table in ``tests/test_regressions.py``.
"""
from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports():
    import speechdoc
    from speechdoc.document.model import Document

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from test_hostile import check_document, check_spans  # noqa: E402

ENCODINGS = ["utf-8", "gb18030", "big5", "utf-16", "utf-16-le", "latin-1", "rot13", "hex", "base64", "idna",
             "undefined", "unicode_escape", "utf-7", "bz2", "no-such-codec", "utf-8\x00"]
REPORT = speechdoc.parse("一、认清形势\n今年全县生产总值增长6.2%。\n（一）稳增长。\n二、突出重点\n要扩大有效投资120亿元。\n")


def check(doc: Document) -> None:
    check_document(doc)
    check_spans(doc)
    dumped = doc.model_dump_json()
    again = Document.model_validate_json(dumped)
    assert again == doc, "JSON round trip differs"


def one_input(data: bytes) -> None:
    if not data:
        return
    fdp = atheris.FuzzedDataProvider(data[1:])
    mode = data[0] % 4
    try:
        if mode == 0:
            doc = speechdoc.parse(fdp.ConsumeBytes(fdp.remaining_bytes()))
        elif mode == 1:
            enc = ENCODINGS[fdp.ConsumeIntInRange(0, len(ENCODINGS) - 1)]
            doc = speechdoc.parse(fdp.ConsumeBytes(fdp.remaining_bytes()), encoding=enc)
        elif mode == 2:
            doc = speechdoc.parse(fdp.ConsumeUnicode(fdp.remaining_bytes()))
        else:
            REPORT.select(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))
            return
    except speechdoc.SpeechdocError:
        return  # a typed error is the contract (a binary file, a bad encoding name or selector)
    check(doc)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
