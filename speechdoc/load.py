"""Decode input to text and say how.

``str`` is taken as given; ``bytes`` are decoded by BOM, then strict UTF-8, then
GB18030 and Big5 (the encodings Chinese government sites use), then a detector.
Undecodable bytes never crash: they become U+FFFD, and a diagnostic gives their
byte offsets. Lone surrogates in a ``str`` (which crash OpenCC and JSON output) are
replaced one for one, so offsets do not move.

>>> load("講話".encode("big5")).encoding, load("讲话".encode("gb18030")).encoding
('big5', 'gb18030')
"""
from __future__ import annotations

import codecs
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DecodeError, InputError

__all__ = ["Loaded", "load", "read_path", "MAX_BYTES"]

#: inputs above this size are refused with an InputError (a speech is ~10⁵ chars)
MAX_BYTES = 64 * 1024 * 1024

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Loaded:
    text: str
    encoding: str | None
    bom: bool = False
    diagnostics: list[tuple[str, str, str, int | None, int | None]] = field(default_factory=list)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    nul = head.count(0)
    if nul == 0:
        return False
    # UTF-16 text has NULs in every other byte; real binaries have them anywhere
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return not (even > len(head) * 0.3 or odd > len(head) * 0.3) or nul < len(head) * 0.2


def load(data: str | bytes | bytearray | memoryview, encoding: str | None = None) -> Loaded:
    if isinstance(data, str):
        diags = []
        text = data
        if _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
            diags.append(("warning", "lone-surrogate", "lone surrogates replaced by U+FFFD", None, None))
        return Loaded(text, None, False, diags)
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise InputError(f"parse() takes str or bytes, not {type(data).__name__}")
    if len(data) > MAX_BYTES:
        raise InputError(f"input is {len(data)} bytes; the limit is {MAX_BYTES} (split the file first)")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}; try utf-8, gb18030, big5 or utf-16") from None
        return _decode(data, encoding, bom=False)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode(data, enc, bom=True)
    if _looks_binary(data):
        raise DecodeError("input looks binary (NUL bytes), not text; is it a PDF or Word file? extract its text first")
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return Loaded(data.decode(enc), enc)
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        guess = best.encoding if best is not None else None
    except Exception:  # the detector is an aid, never a reason to fail
        guess = None
    return _decode(data, guess or "utf-8", bom=False)


_local = threading.local()


def _collect(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    _local.errors.append((err.start, err.end))
    return "\ufffd", err.end


codecs.register_error("speechdoc-collect", _collect)


def _decode(data: bytes, enc: str, bom: bool) -> Loaded:
    errors: list[tuple[int, int]] = []
    _local.errors = errors
    text = data.decode(enc, errors="speechdoc-collect")
    diags = []
    if errors:
        shown = ", ".join(f"{s}-{e}" for s, e in errors[:10])
        more = f" and {len(errors) - 10} more" if len(errors) > 10 else ""
        diags.append(("warning", "undecodable-bytes",
                      f"{len(errors)} undecodable byte run(s) in {enc} at byte offsets {shown}{more}; shown as U+FFFD",
                      None, None))
    return Loaded(text, codecs.lookup(enc).name, bom, diags)


def read_path(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file (binary mode, so ``\\r\\n`` never shifts offsets)."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p} is a directory, not a file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p} is {size} bytes; the limit is {MAX_BYTES}")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {p}") from None
    except PermissionError:
        raise InputError(f"cannot read {p}: permission denied") from None
