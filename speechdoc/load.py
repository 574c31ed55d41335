"""Decode input to text and say how.

``str`` is taken as given; ``bytes`` are decoded by BOM, then strict UTF-8. Failing
that, GB18030, Big5 and BOM-less UTF-16 are tried strictly, and since GB18030 accepts
almost any byte string (Big5 text decodes "fine" as GB18030 gibberish) the decodings
are ranked by how much of each is made of the commonest Chinese characters. When
no candidate decodes, charset-normalizer guesses. Undecodable bytes never crash:
they become U+FFFD, one diagnostic each (with byte offsets and the character span).
Lone surrogates in a ``str`` (which crash OpenCC and JSON output) are replaced one
for one, so offsets do not move.

>>> load("講話".encode("big5")).encoding, load("讲话".encode("gb18030")).encoding
('big5', 'gb18030')
"""
from __future__ import annotations

import codecs
import os
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import DecodeError, InputError, MissingFileError, UnreadableFileError

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
        hint = "; for a file use speechdoc.parse_file(path)" if isinstance(data, os.PathLike) else ""
        raise InputError(f"parse() takes str or bytes, not {type(data).__name__}{hint}")
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
    if 0 in data[:8192]:
        for enc in ("utf-16-le", "utf-16-be"):  # BOM-less UTF-16 has NULs; binaries have them too
            try:
                text = data.decode(enc) if len(data) % 2 == 0 else None
            except UnicodeDecodeError:
                continue
            if text is not None and plausibility(text) >= 0.3 and "\x00" not in text:
                return Loaded(text, enc)
    if 0 in data[:8192] and data[:8192].count(0) * 200 < min(len(data), 8192):
        try:  # a stray NUL or two in otherwise valid UTF-8 is damaged text, not a binary file
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return Loaded(text, "utf-8", False, [("warning", "nul-characters",
                                                  f"{text.count(chr(0))} NUL character(s) in the text", None, None)])
    if _looks_binary(data):
        raise DecodeError("input looks binary (NUL bytes), not text; is it a PDF or Word file? extract its text first")
    try:
        return Loaded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    ranked = []
    for enc in _CANDIDATES:
        if enc.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        ranked.append((plausibility(text), enc, text))
    if ranked:
        score, enc, text = max(ranked, key=lambda r: r[0])  # ties keep the earlier candidate
        return Loaded(text, codecs.lookup(enc).name)
    return _decode(data, _guess(data), bom=False)


_CANDIDATES = ("gb18030", "big5", "utf-16-le", "utf-16-be")


def _guess(data: bytes) -> str:
    """The detector's guess for bytes no candidate decodes cleanly, else the fewest errors."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding:
            return best.encoding
    except Exception:  # the detector is an aid, never a reason to fail
        pass
    errors = []
    for enc in ("utf-8", "gb18030", "big5"):
        text = data.decode(enc, errors="replace")
        errors.append((text.count("\ufffd"), enc))
    return min(errors)[1]


# The commonest characters of Chinese official prose (simplified; traditional forms
# are added at first use). Right decodings are about half made of them, wrong ones
# almost never.
_COMMON_SIMPLIFIED = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
    "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合"
    "还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只"
    "没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资"
    "边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北"
    "造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身"
    "车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林"
    "律叫且究观越织装影算低持音众书布复容须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克"
    "何除消构府称太准精值号率族维划选标写存候亲快效院查型眼王按格养易置派层片始专状育厂京识适属圆包住调满县局照"
    "参红细引听该价严讲话同志们工作会议全面发展推进落实项目建设经济社会"
)


@lru_cache(maxsize=1)
def _common() -> re.Pattern[str]:
    chars = set(_COMMON_SIMPLIFIED)
    try:
        import opencc

        chars |= set(opencc.OpenCC("s2t").convert(_COMMON_SIMPLIFIED))
    except Exception:
        pass
    return re.compile("[" + "".join(sorted(chars)) + "]")


_HAN_OR_ODD = re.compile(r"[^\x00-\x7f\s\u3000-\u303f\uff00-\uffef]")


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that are common Chinese ones (0–1)."""
    sample = text[:100_000]
    total = len(_HAN_OR_ODD.findall(sample))
    if not total:
        ascii_share = sum(1 for c in sample if c.isascii()) / max(1, len(sample))
        return 0.5 * ascii_share
    return len(_common().findall(sample)) / total


_local = threading.local()


def _collect(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    _local.errors.append((err.start, err.end))
    return "\ufffd", err.end


codecs.register_error("speechdoc-collect", _collect)


#: at most this many undecodable runs get a diagnostic each; the rest are summed up
MAX_BYTE_DIAGNOSTICS = 50


def _decode(data: bytes, enc: str, bom: bool) -> Loaded:
    errors: list[tuple[int, int]] = []
    _local.errors = errors
    text = data.decode(enc, errors="speechdoc-collect")
    diags: list[tuple[str, str, str, int | None, int | None]] = []
    if errors:
        # each error became one U+FFFD; pair them up when the input had none of its own
        marks = [m.start() for m in re.finditer("\ufffd", text)]
        spans = marks if len(marks) == len(errors) else [None] * len(errors)
        name = codecs.lookup(enc).name
        for (s, e), at in list(zip(errors, spans))[:MAX_BYTE_DIAGNOSTICS]:
            diags.append(("warning", "undecodable-bytes",
                          f"undecodable bytes {data[s:e].hex(' ')} at byte offsets {s}-{e} in {name}; shown as U+FFFD",
                          at, None if at is None else at + 1))
        if len(errors) > MAX_BYTE_DIAGNOSTICS:
            diags.append(("warning", "undecodable-bytes",
                          f"{len(errors) - MAX_BYTE_DIAGNOSTICS} more undecodable byte runs in {name}", None, None))
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
        raise MissingFileError(f"no such file: {p}", os.fspath(path)) from None
    except PermissionError:
        raise UnreadableFileError(f"cannot read {p}: permission denied", os.fspath(path)) from None
