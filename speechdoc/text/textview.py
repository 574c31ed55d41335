"""A cleaned view of the input with a way back to it.

Cleaning never rewrites the input. It builds a *view*: the same text with some
spans deleted (pinyin glosses) and some masked (boilerplate replaced by newlines),
plus ``fold``, the view in simplified script, character for character. Every later
stage matches on the view and maps its offsets back with :meth:`TextView.to_raw`.

The map is piecewise linear: a list of segments ``(view_start, raw_start)``, each
copying a contiguous run of the input, so it costs one entry per deletion.

>>> v = TextView.build("發(fā)表講話", deletions=[(1, 5)])
>>> v.text
'發表講話'
>>> v.to_raw(1), v.span_to_raw(0, 4)
(5, (0, 8))
"""
from __future__ import annotations

import heapq
from array import array
from bisect import bisect_right
from itertools import accumulate
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from ..frozen import quick_init

__all__ = ["TextView", "fold_by_lines", "move_to_arrays", "offsets"]

#: From this many offsets on, a sorted offset list is kept as an array of machine integers: 4 bytes
#: an offset where a list of ints costs ~40, but a bisect in an array makes an int at every step, so
#: the short lists of ordinary documents stay lists (the dev corpus's most: 800 offsets in one text;
#: a 1 M-character text of speech lines has ~25,000, 1 byte a character as a list)
ARRAY_FROM = 10_000


def offsets(values: list[int] | array) -> Sequence[int]:
    """Sorted ``values`` as a list, or as an array of machine integers when there are ARRAY_FROM or more:
    4 bytes each while the largest fits (any text under 2³¹ characters), else 8; exactly as many as there are
    (an array built by appending holds up to an eighth more)."""
    if len(values) >= ARRAY_FROM:
        return array("i" if values[-1] < _INT_MAX else "q", values)
    return values if isinstance(values, list) else values.tolist()


_INT_MAX = 2 ** (8 * array("i").itemsize - 1)


def _narrow(values: array) -> array:
    """An array of sorted offsets in 4-byte integers while the largest fits."""
    return array("i", values) if not values or values[-1] < _INT_MAX else values


_FOLD_CHUNK = 1 << 16  # characters a fold is given at a time, at least


def fold_by_lines(fold: Callable[[str], str], text: str) -> str:
    """``fold(text)``, computed a run of whole lines (~64 k characters) at a time.

    A script fold converts words of a dictionary, none of which holds a line end, so the
    result is the same; but the converter needs ~9 bytes per character of what it is
    given, which on a large document was the peak of the whole parse.
    """
    if len(text) <= 2 * _FOLD_CHUNK:
        return fold(text)
    out = []
    a = 0
    n = len(text)
    while a < n:
        b = text.find("\n", a + _FOLD_CHUNK)
        b = n if b < 0 else b + 1
        out.append(fold(text[a:b]))
        a = b
    return "".join(out)


@quick_init  # (its fields set through their slots: see speechdoc.frozen)
@dataclass(frozen=True, slots=True)
class TextView:
    raw: str
    text: str
    fold: str
    view_starts: Sequence[int]  # see offsets(): a document may delete every few characters
    raw_starts: Sequence[int]

    @classmethod
    def build(
        cls,
        raw: str,
        deletions: Iterable[tuple[int, int]] = (),
        masks: Iterable[tuple[int, int]] = (),
        fold: Callable[[str], str] | None = None,
    ) -> TextView:
        """Delete ``deletions`` and blank out ``masks`` (raw spans, non-overlapping).

        Masked characters become ``\\n`` so a masked notice also ends a paragraph.
        ``fold`` maps the view to simplified script; it must keep the length.
        """
        vs, rs, text = _delete(raw, deletions)
        view = cls(raw, text, text, vs, rs)
        mask_list = sorted((s, e) for s, e in masks if e > s)
        if mask_list:
            text = _blank_out(text, [(*view.raw_span_to_view(s, e), "\n") for s, e in mask_list])
        view = cls(raw, text, text, vs, rs)
        return view.with_fold(fold_by_lines(fold, text)) if fold is not None else view

    def with_fold(self, folded: str) -> TextView:
        """The view with ``folded`` as its fold (its text, one string, where they are equal; ignored
        where its length differs: a fold must never move offsets)."""
        if folded == self.text or len(folded) != len(self.text):
            folded = self.text
        return TextView(self.raw, self.text, folded, self.view_starts, self.raw_starts)

    @property
    def plain(self) -> bool:
        """Nothing deleted: every view offset is the same input offset (most inputs)."""
        return len(self.view_starts) == 1 and len(self.raw) == len(self.text)

    def to_raw(self, i: int) -> int:
        """Raw offset of view offset ``i`` (a position *before* a character)."""
        starts = self.view_starts
        if len(starts) == 1:  # nothing deleted (most inputs): the view is the input
            return i
        k = bisect_right(starts, i) - 1
        return self.raw_starts[k] + (i - starts[k])

    def masked(self, masks: Iterable[tuple[int, int]], inline: Iterable[tuple[int, int]] = ()) -> TextView:
        """The same view with raw spans ``masks`` blanked out (each character → ``\\n``) in text and fold;
        the raw spans ``inline`` (a notice inside a line, which must not cut its line) each character → a space.

        Cheaper than building again: deletions and the script fold are kept as they are.
        """
        if len(self.raw_starts) == 1:  # nothing deleted (most inputs): raw_to_view is the offset, within the text
            n = len(self.text)
            spans = sorted([(min(s, n), min(e, n), "\n") for s, e in masks if e > s]
                           + [(min(s, n), min(e, n), " ") for s, e in inline if e > s])
        else:
            spans = sorted([(*self.raw_span_to_view(s, e), "\n") for s, e in masks if e > s]
                           + [(*self.raw_span_to_view(s, e), " ") for s, e in inline if e > s])
        return self._blanked(spans)

    def masked_view(self, spans: Sequence[tuple[int, int, str]]) -> TextView:
        """:meth:`masked` of view spans, sorted and within the text, each with its fill (``\\n`` or a space): what
        a caller that found the spans on this view hands over, where ``masked`` would map them to the input and
        back (the view span of the input span of a view span ``(s, e)`` is ``(s, e)``: tests/test_textview.py)."""
        return self._blanked(spans)

    def _blanked(self, spans: Sequence[tuple[int, int, str]]) -> TextView:
        if not spans:
            return self
        text = _blank_out(self.text, spans)
        fold = text if self.fold is self.text else _blank_out(self.fold, spans)  # one after the other: a lower peak
        return TextView(self.raw, text, fold, self.view_starts, self.raw_starts)

    def joined(self, spans: Sequence[int]) -> tuple[TextView, Callable[[int], int]]:
        """The view with the sorted view spans ``spans`` (flat: start, end, start, end …) deleted
        too (a wrap's line breaks), for a stage that reads across them; and the map from this
        view's offsets to the joined one's.

        Its fold is this fold less the spans; its offsets still map to the input, so what the
        stage finds points into the same text. (Its ``text`` is its fold: the stage reads that.)
        """
        if not spans:
            return self, _same
        # the input spans the joined view leaves out: this view's own deletions, and the spans
        vs0, rs0 = self.view_starts, self.raw_starts
        gaps = ((rs0[k - 1] + vs0[k] - vs0[k - 1], rs0[k]) for k in range(1, len(vs0)))
        mine = (self.span_to_raw(a, b) for a, b in zip(spans[0::2], spans[1::2]))
        # (the offsets stay arrays: a wrapped text has a soft break every line, ~16 bytes each so)
        vs, rs, _ = _delete(self.raw, heapq.merge(gaps, mine), text=False, compact=True)
        fold = _delete(self.fold, zip(spans[0::2], spans[1::2]))[2]
        starts = spans[0::2]
        # characters deleted up to and including each span
        gone = array("q", accumulate(b - a for a, b in zip(spans[0::2], spans[1::2])))

        def to_joined(v: int) -> int:
            k = bisect_right(starts, v) - 1
            if k < 0:
                return v
            a, b = spans[2 * k], spans[2 * k + 1]
            return a - gone[k] + (b - a) if v < b else v - gone[k]

        return TextView(self.raw, fold, fold, vs, rs), to_joined

    def boundary(self, v: int) -> int:
        """Raw offset of a cut *between* view characters; deleted text before ``v`` stays left of it.

        Spans built from boundaries tile the input: nothing deleted from the view is lost.
        """
        if v >= len(self.text):
            return len(self.raw)
        if v <= 0:  # text deleted before the first kept character (a leading BOM) stays inside the input's first span
            return 0
        starts = self.view_starts
        if len(starts) == 1:  # nothing deleted (most inputs): the view is the input (no call of to_raw)
            return v
        k = bisect_right(starts, v) - 1  # (to_raw's reading, without its call: a node's span reads ~5 boundaries)
        return self.raw_starts[k] + (v - starts[k])

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of a view span; an end maps right after its last character."""
        starts = self.view_starts
        if len(starts) == 1:  # nothing deleted: the same offsets (the same int objects, not new ones)
            return (start, end) if end > start else (start, start)
        raw_starts = self.raw_starts
        k = bisect_right(starts, start) - 1  # (to_raw's reading of both ends, without its calls)
        r = raw_starts[k] + (start - starts[k])
        if end <= start:
            return r, r
        k = bisect_right(starts, end - 1) - 1
        return r, raw_starts[k] + (end - 1 - starts[k]) + 1

    def raw_to_view(self, r: int) -> int:
        """View offset of raw offset ``r``; a deleted position maps to the next kept one."""
        raw_starts = self.raw_starts
        if len(raw_starts) == 1:
            n = len(self.text)
            return r if r < n else n  # (the smaller by a test: the builtin min costs a call)
        k = bisect_right(raw_starts, r) - 1
        starts = self.view_starts
        v = starts[k] + (r - raw_starts[k])
        nxt = starts[k + 1] if k + 1 < len(starts) else len(self.text)
        return v if v < nxt else nxt

    def raw_span_to_view(self, start: int, end: int) -> tuple[int, int]:
        if len(self.raw_starts) == 1:  # nothing deleted (most inputs): each offset, within the text
            n = len(self.text)
            return (start if start < n else n), (end if end < n else n)
        return self.raw_to_view(start), self.raw_to_view(end)

    def spans_to_raw(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        return [self.span_to_raw(s, e) for s, e in spans]


def _same(v: int) -> int:
    return v


_JOIN_EVERY = 4096  # kept pieces joined at a time: a str object per piece costs ~60 bytes
#: offsets kept in lists up to this many, then moved to arrays (see move_to_arrays(); a list costs ~36 bytes an
#: offset): a text with a deletion every few characters keeps a low peak all the same
_PACK = 8192


def _delete(raw: str, deletions: Iterable[tuple[int, int]], text: bool = True,
            compact: bool = False) -> tuple[Sequence[int], Sequence[int], str]:
    """``(view_starts, raw_starts, text)`` of ``raw`` less ``deletions`` (spans, overlaps allowed);
    without ``text`` the text is "" (only the map is made), with ``compact`` the offsets stay arrays.

    The spans are read one at a time: when they come sorted (as cleaning hands them over) no
    list of them is ever made; out of order, the rest is read and the whole sorted once.
    """
    view_starts = [0]
    raw_starts = [0]
    seen: list[int] = []  # the spans read so far, flat: needed only if they turn out unsorted
    moved: tuple[array, ...] | None = None  # the offsets moved out of the lists (see _PACK)
    parts: list[str] = []
    pieces: list[str] = []
    pos = vpos = 0
    last = (-1, -1)
    spans = iter(deletions)
    for s, e in spans:
        if e <= s:
            continue
        if (s, e) < last:  # out of order: start again from all of them, sorted
            rest = [(s, e), *((a, b) for a, b in spans if b > a)]
            seen = move_to_arrays((view_starts, raw_starts, seen), moved)[2]
            rest += zip(seen[0::2], seen[1::2])
            return _delete(raw, sorted(rest), text, compact)
        last = (s, e)
        seen.append(s)
        seen.append(e)
        if len(seen) >= _PACK:
            moved = move_to_arrays((view_starts, raw_starts, seen), moved)
        if s < pos:  # overlapping deletion: keep the part not yet deleted
            s = pos
            if e <= s:
                continue
        if text:
            pieces.append(raw[pos:s])
            if len(pieces) >= _JOIN_EVERY:
                parts.append("".join(pieces))
                pieces.clear()
        vpos += s - pos
        pos = e
        view_starts.append(vpos)
        raw_starts.append(pos)
    if moved is not None or compact:
        vs, rs, _ = move_to_arrays((view_starts, raw_starts, seen), moved)
        if compact:  # arrays however few: 4 bytes an offset while they fit
            return _narrow(vs), _narrow(rs), ""
        view_starts, raw_starts = offsets(vs), offsets(rs)
    else:
        view_starts, raw_starts = offsets(view_starts), offsets(raw_starts)
    if not text:
        return view_starts, raw_starts, ""
    pieces.append(raw[pos:])
    parts.append("".join(pieces))
    del pieces, seen
    return view_starts, raw_starts, "".join(parts)


def move_to_arrays(lists: tuple[list[int], ...], arrays: tuple[array, ...] | None) -> tuple[array, ...]:
    """The offsets of ``lists`` moved onto the ends of ``arrays`` (new ones at first), 8 bytes each: what
    collects offsets by appending to lists (~60 instructions an append; to an array ~500) moves them so
    every few thousand, which keeps a long text's peak low."""
    if arrays is None:
        arrays = tuple(array("q") for _ in lists)
    for offs, arr in zip(lists, arrays):
        arr.extend(offs)
        offs.clear()
    return arrays


def _blank_out(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """``text`` with each of the sorted view ``spans`` (start, end, fill) replaced by as many fills."""
    out: list[str] = []
    last = 0
    for vs, ve, fill in spans:
        vs = max(vs, last)
        if ve <= vs:
            continue
        out.append(text[last:vs])
        out.append(fill * (ve - vs))
        last = ve
    out.append(text[last:])
    return "".join(out)
