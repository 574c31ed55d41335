"""Decode input to text and say how.

``str`` is taken as given; ``bytes`` are decoded by BOM, then strict UTF-8. Failing
that, bytes that are mostly well-formed UTF-8 stay UTF-8 (the damage is reported);
GB18030 and Big5 are tried and ranked by how much of each decoding is made of the
commonest Chinese characters (GB18030 accepts almost any byte string, so Big5 text
decodes "fine" as GB18030 gibberish), less the share of bytes each cannot decode.
UTF-16 is chosen only on evidence: a BOM whose body decodes as sensible UTF-16, or
the NUL bytes every other byte that Chinese UTF-16 text without a BOM has.
Executables, images and archives are refused by their magic numbers. Undecodable
bytes never crash: they become U+FFFD, one diagnostic each (with byte offsets and
the character span). Lone surrogates in a ``str`` (which crash OpenCC and JSON
output) are replaced one for one, so offsets do not move.

>>> load("講話".encode("big5")).encoding, load("讲话".encode("gb18030")).encoding
('big5', 'gb18030')
>>> damaged = "讲话稿".encode("utf-8")[:-1]   # cut one byte short
>>> got = load(damaged)
>>> got.encoding, got.text, [d[1] for d in got.diagnostics]
('utf-8', '讲话\ufffd', ['undecodable-bytes'])
"""
from __future__ import annotations

import codecs
import os
import re
import stat
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, repeat
from pathlib import Path
from typing import BinaryIO

from ..errors import DecodeError, InputError, MissingFileError, UnreadableFileError, UsageError, _FileError
from ..lazy import lazy
from ..frozen import quick_init

__all__ = ["Loaded", "load", "read_path", "read_stream", "shown_path", "text_codec", "MAX_BYTES"]

#: inputs above this size are refused with an InputError (a speech is ~10⁵ chars)
MAX_BYTES = 64 * 1024 * 1024

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_SURROGATE = lazy("[\ud800-\udfff]")


@quick_init  # (its fields set through their slots: see speechdoc.frozen)
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
        diags: list[tuple[str, str, str, int | None, int | None]] = []
        return Loaded(_without_surrogates(data, diags), None, False, diags)
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        hint = "; for a file use speechdoc.parse_file(path)" if isinstance(data, os.PathLike) else ""
        raise InputError(f"parse() takes str or bytes, not {type(data).__name__}{hint}")
    if len(data) > MAX_BYTES:
        raise InputError(f"input is {len(data)} bytes; the limit is {MAX_BYTES} (split the file first)")
    if encoding is not None:
        return _decode(data, text_codec(encoding), bom=False)
    binary = _magic(data)
    if binary:
        raise DecodeError(f"input is {binary}, not text; extract its text first")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            found = _with_bom(data, bom, enc)
            if found is not None:
                return found
            if len(bom) == 2:  # FF FE / FE FF before a UTF-8 body: one U+FEFF, not two U+FFFD glued to the first line
                found = _stray_bom(data, bom)
                if found is not None:
                    return found
            break  # a BOM the body does not bear out is damage: decode the bytes as they are
    if 0 in data[:8192]:
        wide = _utf16_by_nuls(data)
        if wide is not None:
            return _decode(data, wide, bom=False)
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
    if _mostly_utf8(data):
        return _decode(data, "utf-8", bom=False)
    ranked = []
    for enc in _CANDIDATES:
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        ranked.append((plausibility(text) - 4 * bad / max(1, len(text)), bad, enc))
    score, bad, enc = max(ranked, key=lambda r: r[0])  # ties keep the earlier candidate
    if bad * 20 > len(data):  # none of them looks like text in it: let the detector guess on a sample
        enc = _guess(data) or enc
    return _decode(data, enc, bom=False)


#: names of text codecs that never decode a file's content (they raise, or map domain names)
_NOT_FOR_FILES = frozenset({"undefined", "idna", "punycode"})


def text_codec(name: object) -> str:
    """The codec name for ``encoding=``, or a :class:`UsageError` naming what is wrong with it.

    Only codecs that turn bytes into text are accepted: ``rot13``, ``hex``, ``base64``
    (binary-to-binary), ``undefined``, ``idna`` and unknown names are usage errors.

    >>> text_codec("GBK"), text_codec("utf8")
    ('gbk', 'utf-8')
    >>> text_codec("rot13")
    Traceback (most recent call last):
    ...
    speechdoc.errors.UsageError: encoding 'rot13' is not a text encoding (rot-13 maps bytes to bytes or str to str); try utf-8, gb18030, big5 or utf-16
    """
    hint = "try utf-8, gb18030, big5 or utf-16"
    if not isinstance(name, str) or not name.strip() or len(name) > 64 or "\x00" in name or not name.isprintable():
        shown = repr(name)[:70]
        raise UsageError(f"encoding must be a codec name such as utf-8, not {shown}")
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise UsageError(f"unknown encoding {name!r}; {hint}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FOR_FILES:
        raise UsageError(f"encoding {name!r} is not a text encoding ({info.name} maps bytes to bytes or str to str); {hint}"
                         if not getattr(info, "_is_text_encoding", True) else
                         f"encoding {name!r} ({info.name}) does not decode file content; {hint}")
    return info.name


# magic numbers of files that are never text (PDF and Word files go to their readers first)
_MAGIC = [
    (b"\x7fELF", "an ELF executable or shared library"),
    (b"\xfe\xed\xfa\xce", "a Mach-O executable"), (b"\xfe\xed\xfa\xcf", "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "a Mach-O executable"), (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O universal binary"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"\x1f\x8b", "a gzip archive"), (b"BZh", None),
    (b"\xfd7zXZ\x00", "an xz archive"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"PK\x03\x04", "a ZIP archive (a .docx? use reader='docx')"), (b"!<arch>\n", "an ar archive"),
    (b"SQLite format 3\x00", "an SQLite database"), (b"\x00asm", "a WebAssembly module"),
    (b"%PDF-", "a PDF (use reader='pdf')"),
]


def _magic(data: bytes) -> str | None:
    """What kind of binary file ``data`` is by its first bytes, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic) and kind:
            return kind
    if data.startswith(b"MZ") and 0 in data[:64]:  # a DOS/Windows executable header has NULs at once
        return "a Windows executable"
    return None


def _with_bom(data: bytes, bom: bytes, enc: str) -> Loaded | None:
    """The decoding a BOM names, or None when the body does not bear it out.

    A UTF-8 BOM is enough (its bytes cannot start text in another encoding); a UTF-16
    or UTF-32 BOM must come with a body that reads as text (printable, CJK) and at least
    as well as the bytes read as UTF-8 — a stray FF FE before a UTF-8 body is damage.
    """
    if enc == "utf-8-sig":
        return _decode(data, enc, bom=True)
    body = data[len(bom):]
    little = bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE)
    text = body[:8192 - 8192 % 4].decode(codecs.lookup(enc).name + ("-le" if little else "-be"), errors="replace")
    if not _textlike(text) or plausibility(text) < plausibility(body[:8192].decode("utf-8", errors="replace")):
        return None
    return _decode(data, enc, bom=True)


def _utf16_by_nuls(data: bytes) -> str | None:
    """utf-16-le or utf-16-be when NUL bytes sit in every other byte (UTF-16 of mostly ASCII or
    Chinese text with ASCII punctuation), else None; either parity of length."""
    head = data[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    for enc, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls > 3 * other:  # NULs mostly at one parity: the high bytes of ASCII characters
            sample = head[:len(head) - len(head) % 2].decode(enc, errors="replace")
            if _textlike(sample) and plausibility(sample) >= 0.3:
                return enc
    return None


@lru_cache(maxsize=1)
def _textlike_chars() -> re.Pattern[str]:  # compiled at the first use: the class takes ~5 ms to build
    return re.compile(r"[\t\n\r\x20-\x7e\xa0-\xff\u2000-\u206f\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _textlike(sample: str) -> bool:
    """Nearly all printable ASCII, punctuation and CJK: what real text decodes to (binary never does)."""
    return len(_textlike_chars().findall(sample)) >= 0.95 * len(sample)


def _mostly_utf8(data: bytes) -> bool:
    """Well-formed UTF-8 with a little damage: many valid multi-byte characters, few bad runs.

    Text in GB18030 or Big5 read as UTF-8 fails at nearly every non-ASCII byte; a valid
    three-byte sequence turns up there only by chance.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = len(text) - len(text.encode("ascii", "ignore")) - bad
    return wide >= 2 and bad * 10 <= max(wide, 20)  # a short text may be cut inside its last character


_CANDIDATES = ("gb18030", "big5")


def _guess(data: bytes) -> str | None:
    """The detector's guess for bytes that no candidate reads as text (a 64 KB sample: bounded time)."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding and codecs.lookup(best.encoding)._is_text_encoding:
            return codecs.lookup(best.encoding).name
    except Exception:  # the detector is an aid, never a reason to fail
        pass
    return None


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


#: the traditional forms of those characters, written out: what ``traditional_forms()`` gives (OpenCC's
#: s2t, whose dictionaries cost ~26 MB to load, more than decoding a large file; a test checks they agree)
_COMMON_TRADITIONAL = (
    "並來個們備傳價內兩別則劃動務勞區參員問單嚴國圓圖團報場壓學實寫將專對導層屬帶幹幾廠廣張強後從應戰採據數斷於時書"
    "會東條業極構標樣機權歷氣決沒況準溫滿濟無熱爭爲狀現產當發確種稱積節約紅級細組結給統經維線縣總織羣義習聯聲聽與華"
    "萬處號衆術裏裝覆見規親觀計記設許話該認說調論講證識議變資質車軍較轉辦農這連進運過達適選還邊長門開間關隊階際離難"
    "電響項須領頭題類風養馬驗體鬥麼點黨"
)


def traditional_forms() -> str:
    """The characters OpenCC's s2t gives for the common characters that are not among them, sorted."""
    import opencc

    return "".join(sorted(set(opencc.OpenCC("s2t").convert(_COMMON_SIMPLIFIED)) - set(_COMMON_SIMPLIFIED)))


@lru_cache(maxsize=1)
def _common() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(set(_COMMON_SIMPLIFIED + _COMMON_TRADITIONAL))) + "]")


_HAN_OR_ODD = lazy(r"[^\x00-\x7f\s\u3000-\u303f\uff00-\uffef]")


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that are common Chinese ones (0–1)."""
    sample = text[:100_000]
    # counted with subn, not findall: a list of 10⁵ one-character strings costs ~8 MB
    total = _HAN_OR_ODD.subn("", sample)[1]
    if not total:
        ascii_share = sum(1 for c in sample if c.isascii()) / max(1, len(sample))
        return 0.5 * ascii_share
    return _common().subn("", sample)[1] / total


_local = threading.local()


def _collect(err: UnicodeError) -> tuple[str, int]:
    """Count an undecodable run; keep the spans of the first ones only (random bytes have 10⁵)."""
    assert isinstance(err, UnicodeDecodeError)
    _local.count += 1
    if _local.count <= MAX_BYTE_DIAGNOSTICS:
        _local.errors.append((err.start, err.end))
    return "\ufffd", err.end


codecs.register_error("speechdoc-collect", _collect)


#: at most this many undecodable runs get a diagnostic each; the rest are summed up
MAX_BYTE_DIAGNOSTICS = 50


def _stray_bom(data: bytes, bom: bytes) -> Loaded | None:
    """A UTF-16 byte-order mark before a UTF-8 body (a file saved twice, or glued together): the
    two bytes are the BOM character U+FEFF, kept as one character of the text with a ``stray-bom``
    warning, and the body is UTF-8 (its damage reported as usual); None when the body is not UTF-8.

    Decoded as damage instead, the bytes would be two U+FFFD glued to the first line, hiding its
    heading's marker; U+FEFF is invisible to every later stage, like a BOM inside a ``str``.
    """
    body = memoryview(data)[len(bom):]
    try:
        str(body, "utf-8")
    except UnicodeDecodeError:
        if not _mostly_utf8(bytes(body)):
            return None
    got = _decode(data, "utf-8", bom=False, skip=len(bom))
    said = ("warning", "stray-bom", f"bytes {bom.hex(' ')} at byte offsets 0-{len(bom)} are a UTF-16 byte-order mark "
            "before UTF-8 text; shown as U+FEFF", 0, 1)
    return Loaded("\ufeff" + got.text, got.encoding, False, [said, *got.diagnostics])


def _decode(data: bytes, enc: str, bom: bool, skip: int = 0) -> Loaded:
    """``data`` (from byte ``skip`` on) decoded with ``enc``; each undecodable run becomes U+FFFD with a
    diagnostic. With ``skip`` the text is meant to follow one character standing for the skipped bytes:
    byte offsets count from the start of ``data`` and character spans include that one character."""
    errors: list[tuple[int, int]] = []
    _local.errors, _local.count = errors, 0
    try:
        text = str(memoryview(data)[skip:], enc, "speechdoc-collect") if skip \
            else data.decode(enc, errors="speechdoc-collect")
        count = _local.count
    finally:
        _local.errors = None
    diags: list[tuple[str, str, str, int | None, int | None]] = []
    if errors:
        # each error became one U+FFFD; pair them up when the input had none of its own
        marks = islice((m.start() + (skip > 0) for m in re.finditer("\ufffd", text)), len(errors)) \
            if text.count("\ufffd") == count else repeat(None)
        name = codecs.lookup(enc).name
        for (s, e), at in zip(errors, marks):
            s, e = s + skip, e + skip
            diags.append(("warning", "undecodable-bytes",
                          f"undecodable bytes {data[s:e].hex(' ')} at byte offsets {s}-{e} in {name}; shown as U+FFFD",
                          at, None if at is None else at + 1))
        if count > MAX_BYTE_DIAGNOSTICS:
            diags.append(("warning", "undecodable-bytes",
                          f"{count - MAX_BYTE_DIAGNOSTICS} more undecodable byte runs in {name}", None, None))
    return Loaded(_without_surrogates(text, diags), codecs.lookup(enc).name, bom, diags)


_SURROGATE_CHUNK = 1 << 15  # characters encoded at a time: no copy of a whole large text (128 KB a chunk)


def _has_surrogate(text: str) -> bool:
    """Does ``text`` hold a surrogate code point? UTF-32 encoding fails exactly there: a chunk at a
    time that costs a sixth of the regex scan (which then runs only on a text that holds one), and
    ~0.7 of UTF-16's (which tests for the pairs it writes)."""
    if text.isascii():
        return False
    for a in range(0, len(text), _SURROGATE_CHUNK):
        try:
            _utf_32_le(text[a:a + _SURROGATE_CHUNK])
        except UnicodeEncodeError:
            return True
    return False


#: the codec's encoder itself, strict: ``str.encode("utf-32-le")`` looks the codec up by its name at every call
#: (~2.5 k instructions: a 5-character text's encoding is ~50 ns this way, ~165 that one; 700 characters ~510 vs ~830)
_utf_32_le = codecs.utf_32_le_encode


def _without_surrogates(text: str, diags: list) -> str:
    """Lone surrogates (a ``str`` built from broken UTF-16, ``unicode_escape`` of ``\\ud800``)
    become U+FFFD one for one, so offsets hold and JSON output never fails; one diagnostic says so."""
    if not _has_surrogate(text):
        return text
    first = _SURROGATE.search(text)
    kept, count = _SURROGATE.subn("\ufffd", text)
    diags.append(("warning", "lone-surrogate", f"{count} lone surrogate(s) replaced by U+FFFD", first.start(),
                  first.start() + 1))
    return kept


def shown_path(path: str | bytes | os.PathLike | None) -> str | None:
    r"""A path as JSON-safe text: bytes the file system could not decode are shown as ``\xff``.

    >>> shown_path(b"/tmp/\xff.txt"), shown_path("/tmp/\udcff.txt"), shown_path("/tmp/\ud800.txt")
    ('/tmp/\\xff.txt', '/tmp/\\xff.txt', '/tmp/\\ud800.txt')
    """
    if path is None:
        return None
    name = path if isinstance(path, str) else os.fsdecode(path)
    if _SURROGATE.search(name) is None:
        return name
    try:  # undecodable bytes the file system escaped (U+DC80–U+DCFF) are shown as the bytes they were
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")



def read_path(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> bytes:
    """The bytes of a file (binary mode, so ``\r\n`` never shifts offsets), at most ``limit`` of them.

    The limit counts bytes actually read, not the size the file system states (0 for
    ``/dev/zero``, a FIFO or a pipe), so no device can fill the memory; a FIFO with no
    writer reads as empty instead of blocking.

    >>> read_path("/dev/zero", limit=1024)
    Traceback (most recent call last):
    ...
    speechdoc.errors.InputError: /dev/zero is over the limit of 1024 bytes (split the file first)
    """
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, (str, os.PathLike)):
        raise InputError(f"a path is str or os.PathLike, not {type(path).__name__}")
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise MissingFileError(f"no such file: {p}", os.fspath(path)) from None
    except PermissionError:
        raise UnreadableFileError(f"cannot read {p}: permission denied", os.fspath(path)) from None
    except (OSError, ValueError) as e:  # a loop of links, a name too long, a NUL in the name, file.txt/x
        raise _FileError(f"cannot read {p}: {getattr(e, 'strerror', None) or e}", os.fspath(path)) from None
    try:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise _FileError(f"{p} is a directory, not a file", os.fspath(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # opened without blocking (a FIFO with no writer); now read what comes
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = read_stream(f, limit, name=str(p))
    except OSError as e:
        raise _FileError(f"cannot read {p}: {e.strerror or e}", os.fspath(path)) from None
    finally:
        os.close(fd)
    return data


def read_stream(stream: BinaryIO, limit: int = MAX_BYTES, name: str = "input") -> bytes:
    """Read a binary stream (standard input, a pipe) to its end, refusing more than ``limit`` bytes.

    >>> import io
    >>> read_stream(io.BytesIO(b"x" * 10), limit=4)
    Traceback (most recent call last):
    ...
    speechdoc.errors.InputError: input is over the limit of 4 bytes (split the file first)
    """
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(1 << 22, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(f"{name} is over the limit of {limit} bytes (split the file first)")
    return b"".join(chunks)
