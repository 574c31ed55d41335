"""Find text garbled by a broken GBK ↔ Big5 conversion.

When a site converts between encodings and loses a byte, the bytes after it pair up
wrongly and come out as unrelated characters: ``問題?傊,`` (for ``問題。總之,``),
``!墩ぷ鲌蟾妗`` (for ``。《政府工作報告》``), ``。ㄒ唬┙`` (for ``（一）``). Such runs are
reported, with their spans, so that no later stage reads a marker, title or number
out of them; the text itself is left in place (nothing is silently dropped).

Signals, found with compiled character classes so a 5 MB line costs one scan:

* *strong*: private-use characters, kana, bopomofo, box drawing, Hangul, and an
  ASCII ``?`` glued to Latin letters (``?xí)``, ``?h域``);
* *weak*: CJK characters in neither GB2312 nor Big5, and characters the document's
  own script cannot hold (simplified-only characters in a traditional text; not
  the reverse, since simplified texts quote traditional script).

A cluster of signals (gaps of at most three characters) is garbled text when it
holds a strong signal, three weak ones, or a weak one right after ``?``/``!`` (the
mark a lost byte leaves).

>>> [m for m in find("今天召開會議,研究解決問題?傊,全縣上下要迎著困難上")]
[(13, 15)]
>>> find("为什么要加强学习?习总书记指出")
[]
"""
from __future__ import annotations

import re
from functools import lru_cache
from heapq import merge
from itertools import islice
from typing import Sequence

from ..lazy import lazy

__all__ = ["find", "is_traditional", "signal_chars"]

# one class first (private use, kana, bopomofo, box drawing, Hangul, or ?), then ? must have its
# letters: a pattern that opens with a class lets re skip plain text in one C loop
_STRONG = (
    r"[\ue000-\uf8ff\u3040-\u309f\u30a0-\u30ff\u3100-\u312f\u31a0-\u31bf\u2500-\u257f\u1100-\u11ff\uac00-\ud7af?]"
    r"(?:(?<=\?)[A-Za-z\u00c0-\u024f]{1,8}\)?|(?<!\?))"
)
_GAP = 3
#: a stray _ or Latin letter a lost byte leaves right after a run (Han characters alone between them)
_TAIL = lazy(r"[\u3400-\u9fff]{0,2}[_A-Za-z]")
_LEFT_MARK = "?!"


def _cjk_class(chars: set[str]) -> str:
    """A regex class of the CJK ideographs in ``chars``, written as ranges."""
    out: list[str] = []
    start = None
    for cp in range(0x3400, 0xA001):
        ok = cp < 0xA000 and chr(cp) in chars
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append(chr(start) if start == cp - 1 else f"{chr(start)}-{chr(cp - 1)}")
            start = None
    return "[" + "".join(out) + "]" if out else "[^\\s\\S]"


def _repertoire(enc: str, leads: range, trails: list[range]) -> set[str]:
    """The characters of a double-byte encoding, by decoding every code (faster than encoding every ideograph)."""
    out: set[str] = set()
    for a in leads:
        for r in trails:
            for b in r:
                try:
                    out.add(bytes((a, b)).decode(enc))
                except UnicodeDecodeError:
                    pass
    return out


@lru_cache(maxsize=1)
def _strong() -> re.Pattern[str]:
    return re.compile(_STRONG)


def make_classes() -> tuple[str, str, str]:
    """The weak signals' classes as the codecs give them: rare, simplified-only, traditional-only.

    Decoding every GB2312 and Big5 code takes ~30 ms, so the strings are kept in
    :mod:`speechdoc.text.mojibake_classes` (a test checks they are still these).
    """
    gb = _repertoire("gb2312", range(0xA1, 0xF8), [range(0xA1, 0xFF)])
    b5 = _repertoire("big5", range(0xA1, 0xFA), [range(0x40, 0x7F), range(0xA1, 0xFF)])
    han = {chr(cp) for cp in range(0x3400, 0xA000)}
    # the traditional forms a converter writes that Big5 lacks (爲 羣 衆 啓 裏 綫, OpenCC's own
    # standard): a traditional text made from a simplified one is full of them, so they are
    # traditional script, not rare
    from opencc import OpenCC
    t2s = OpenCC("t2s").convert
    outside = han - gb - b5
    converted = {ch for ch in outside if t2s(ch) != ch}
    # rare: in neither (nor written by a converter); simplified-only: GB2312 not Big5;
    # traditional-only: Big5 (or a converter's traditional form) not GB2312
    return _cjk_class(outside - converted), _cjk_class(gb - b5), _cjk_class((b5 | converted) - gb)


@lru_cache(maxsize=None)
def _classes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from . import mojibake_classes as c  # read at the first parse, not at import
    return re.compile(c.RARE), re.compile(c.NOT_BIG5), re.compile(c.NOT_GB)


@lru_cache(maxsize=None)
def signal_chars() -> str:
    """The body of a regex class of every character a signal can start with (strong, rare) or that
    makes a text traditional (not GB2312): a text without any has nothing :func:`find` can find."""
    rare, _, not_gb = _classes()
    return _STRONG[1:_STRONG.index("]")] + rare.pattern[1:-1] + not_gb.pattern[1:-1]


@lru_cache(maxsize=None)
def _any_signal() -> re.Pattern[str]:
    """:func:`signal_chars` as a pattern: one scan tells a text that holds none."""
    return re.compile(f"[{signal_chars()}]")


_SAMPLE = 200_000  # characters is_traditional reads


def is_traditional(text: str, start: int = 0, count: int | None = None) -> bool:
    """True when the text holds more traditional-only than simplified-only characters
    (``start``: where the first traditional-only character can be, if known; ``count``: how many
    traditional-only characters its first _SAMPLE characters hold, if known)."""
    _, not_big5, not_gb = _classes()
    sample = text[:_SAMPLE]
    simplified = not_big5.finditer(sample)
    if count is not None:  # counted only as far as it takes to pass
        return sum(1 for _ in islice(simplified, count)) < count
    # both kinds counted in step, each only as far as it takes: a text holds many of one kind and few of
    # the other (a traditional text a traditional-only character every other one), so neither is counted
    # whole where the other runs out first
    for _ in not_gb.finditer(sample, start):
        if next(simplified, None) is None:
            return True
    return False


def find(text: str, traditional: bool | None = None, candidates: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """Spans of garbled runs in ``text`` (its own offsets), in order.

    ``candidates``: increasing offsets that hold every character of :func:`signal_chars` in ``text`` (a
    caller's scan found them): the text is not scanned for them again (only a traditional text is, for
    its simplified-only characters)."""
    if not text:
        return []
    if candidates is not None and not traditional:
        return _find_at(text, traditional, [i for i in candidates if _any_signal().match(text, i)])
    start = 0
    if not traditional:  # (a traditional text is read for simplified-only characters too)
        hit = _any_signal().search(text)
        if hit is None:
            return []  # no signal, and no traditional-only character: the text is not traditional
        start = hit.start()  # the scans below find nothing before it
    if traditional is None:
        if len(text) <= _SAMPLE:  # (the sample is the text: the count's scan lists the signals too)
            signals = _traditional_or_not(text, start)
            if signals is not None:
                return _clusters(text, [signals])
            traditional = False
        else:
            traditional = is_traditional(text, start)
    if traditional:  # (no strong or rare signal before ``start``: one scan from 0 finds the simplified-only too)
        return _clusters(text, [((m.start(), m.end(), m.lastgroup == "s") for m in _traditional_signals().finditer(text))])
    rare = _classes()[0]
    # the signals of each kind come in order and never share a start: merged as they come, so a
    # text full of them (random bytes) holds one cluster at a time, not a list of every signal
    streams = [((m.start(), m.end(), True) for m in _strong().finditer(text, start)),
               ((m.start(), m.end(), False) for m in rare.finditer(text, start))]
    return _clusters(text, streams)


@lru_cache(maxsize=1)
def _traditional_signals() -> re.Pattern[str]:
    """The signals a traditional text is read for, strong (group ``s``), rare and simplified-only (group
    ``b``: not in Big5), as one pattern: their characters are apart, so its matches are theirs, in order (one
    class scan of the text where there were three)."""
    rare, not_big5, _ = _classes()
    strong = _STRONG[1:_STRONG.index("]")]
    tail = _STRONG[_STRONG.index("]") + 1:]
    return re.compile(f"[{strong}{rare.pattern[1:-1]}{not_big5.pattern[1:-1]}]"
                      f"(?:(?<=[{strong}]){tail}(?P<s>)|(?<={not_big5.pattern})(?P<b>)|(?<![{strong}]))")


def _traditional_or_not(text: str, start: int) -> list[tuple[int, int, bool]] | None:
    """:func:`is_traditional` of the whole ``text`` (``start`` as there), and when it is traditional the
    signals a traditional text is read for, as ``(start, end, strong)``; None when it is not. The count of
    simplified-only characters is read off :func:`_traditional_signals`' scan, which lists the other signals
    on its way: a traditional text is scanned once, not once to count and once more for its signals."""
    not_gb = _classes()[2]
    scan = _traditional_signals().finditer(text)
    signals: list[tuple[int, int, bool]] = []
    for _ in not_gb.finditer(text, start):  # each traditional-only character needs a simplified-only one
        for m in scan:
            kind = m.lastgroup
            signals.append((m.start(), m.end(), kind == "s"))
            if kind == "b":
                break
        else:
            return signals  # (the scan has run to the end: every signal is listed)
    return None


def _find_at(text: str, traditional: bool | None, signals: list[int]) -> list[tuple[int, int]]:
    """:func:`find` of a text whose signal characters are at the offsets ``signals`` (a strong signal's
    letters after ``?`` are none of them, so a match at each offset is what a scan finds)."""
    if not signals:
        return []
    rare, _, not_gb = _classes()
    if traditional is None:
        traditional = is_traditional(text, signals[0], sum(1 for i in signals if i < _SAMPLE and not_gb.match(text, i)))
    strong = _strong().match
    streams = [[(m.start(), m.end(), True) for i in signals if (m := strong(text, i))],
               [(i, i + 1, False) for i in signals if rare.match(text, i)]]
    if traditional:  # a simplified text may quote traditional script, so only this way round
        streams.append((m.start(), m.end(), False) for m in _classes()[1].finditer(text))
    return _clusters(text, streams)


def _clusters(text: str, streams: list) -> list[tuple[int, int]]:
    """The garbled runs of the signal ``streams`` (each in order; in a traditional text, its simplified-only
    characters are signals too)."""
    out: list[tuple[int, int]] = []
    cluster: list[tuple[int, int, bool]] = []
    for sig in streams[0] if len(streams) == 1 else merge(*streams):  # (heapq.merge steps in Python: ~1.5 us a call)
        if cluster and sig[0] - cluster[-1][1] <= _GAP:
            cluster.append(sig)
        else:
            if cluster:
                _judge(text, cluster, out)
            cluster = [sig]
    if cluster:
        _judge(text, cluster, out)
    return out


def _judge(text: str, cluster: list[tuple[int, int, bool]], out: list[tuple[int, int]]) -> None:
    s = cluster[0][0]
    e = max(c[1] for c in cluster)
    strong = any(c[2] for c in cluster)
    weak = sum(1 for c in cluster if not c[2])
    marked = s > 0 and text[s - 1] in _LEFT_MARK
    if not (strong or weak >= 3 or marked):
        return
    # a lost byte leaves ? or ! just before the run; a stray _ or Latin letter just after it
    for k in range(1, 3):
        if s - k >= 0 and text[s - k] in _LEFT_MARK:
            s -= k
            break
    tail = _TAIL.match(text, e)  # (the first _ or letter of the next three characters)
    if tail is not None:
        e = tail.end()
    if out and s <= out[-1][1]:
        out[-1] = (out[-1][0], max(out[-1][1], e))
    else:
        out.append((s, e))
