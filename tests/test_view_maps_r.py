"""The view's offset maps and masks read the way they did before they were written without calls (session R):
each against the reading it replaced, on generated views with deletions (adjacent, at the edges, many) and masks."""
from __future__ import annotations

import random
from array import array
from bisect import bisect_right
from itertools import accumulate, islice

import pytest

from speechdoc.text import clean as C
from speechdoc.text.clean import fold_script
from speechdoc.text.textview import TextView, offsets


def _to_raw(view: TextView, i: int) -> int:
    """TextView.to_raw as written before (the reference)."""
    if len(view.view_starts) == 1:
        return i
    k = bisect_right(view.view_starts, i) - 1
    return view.raw_starts[k] + (i - view.view_starts[k])


def _boundary(view: TextView, v: int) -> int:
    if v >= len(view.text):
        return len(view.raw)
    if v <= 0:
        return 0
    if len(view.view_starts) == 1:
        return v
    return _to_raw(view, v)


def _span_to_raw(view: TextView, start: int, end: int) -> tuple[int, int]:
    if len(view.view_starts) == 1:
        return (start, end) if end > start else (start, start)
    if end <= start:
        r = _to_raw(view, start)
        return r, r
    return _to_raw(view, start), _to_raw(view, end - 1) + 1


_ALPHABET = "發展經濟工作會議一二三、。，ab (ā)\n\u200b　"


def _raw_to_view(view: TextView, r: int) -> int:
    if len(view.raw_starts) == 1:
        return min(r, len(view.text))
    k = bisect_right(view.raw_starts, r) - 1
    v = view.view_starts[k] + (r - view.raw_starts[k])
    nxt = view.view_starts[k + 1] if k + 1 < len(view.view_starts) else len(view.text)
    return min(v, nxt)


def _views(seed: int, count: int):
    """Views of generated texts, with deletions: none, a few, adjacent ones, at the text's start and end."""
    rng = random.Random(seed)
    for _ in range(count):
        raw = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))
        points = sorted(rng.randint(0, len(raw)) for _ in range(2 * rng.randint(0, 6)))
        spans = list(zip(points[::2], points[1::2]))
        if spans and rng.random() < 0.3:  # two deletions side by side
            a, b = spans[-1]
            spans.append((b, min(len(raw), b + rng.randint(1, 3))))
        yield TextView.build(raw, deletions=spans, fold=fold_script)


def test_the_maps_read_as_before():
    for view in _views(10, 3000):
        n = len(view.text)
        for v in range(-1, n + 2):
            assert view.boundary(v) == _boundary(view, v)
            if 0 <= v <= n:
                assert view.to_raw(v) == _to_raw(view, v)
        for s in range(0, n + 1):
            for e in range(max(0, s - 2), n + 1):
                assert view.span_to_raw(s, e) == _span_to_raw(view, s, e)
        m = len(view.raw)
        for r in range(-1, m + 3):
            assert view.raw_to_view(r) == _raw_to_view(view, r)
            assert view.raw_span_to_view(r, m + 2 - r) == (_raw_to_view(view, r), _raw_to_view(view, m + 2 - r))


def test_the_maps_read_arrays_as_lists():
    """A view of many deletions keeps its offsets in arrays (textview.offsets): the same readings."""
    for view in _views(11, 300):
        packed = TextView(view.raw, view.text, view.fold, array("i", view.view_starts), array("i", view.raw_starts))
        n = len(view.text)
        for v in range(0, n + 1):
            assert packed.boundary(v) == _boundary(view, v)
            for e in (v, v + 1, n):
                assert packed.span_to_raw(v, e) == _span_to_raw(view, v, e)


def test_masking_view_spans_is_masking_their_input_spans():
    """clean() masks the chrome it found on the view by those view spans (masked_view): masked() of their input
    spans (each view span's boundaries) maps them back to the same spans, whatever the view deleted."""
    rng = random.Random(12)
    for view in _views(12, 3000):
        n = len(view.text)
        points = sorted(rng.randint(0, n) for _ in range(2 * rng.randint(0, 5)))
        spans = [(a, b) for a, b in zip(points[::2], points[1::2])]
        fills = [rng.choice("\n ") for _ in spans]
        masks = [(view.boundary(a), view.boundary(b)) for (a, b), f in zip(spans, fills) if f == "\n"]
        inline = [(view.boundary(a), view.boundary(b)) for (a, b), f in zip(spans, fills) if f == " "]
        assert view.masked_view([(a, b, f) for (a, b), f in zip(spans, fills)]) == view.masked(masks, inline)


def _glossed_texts(seed: int, count: int):
    rng = random.Random(seed)
    words = ["發(fā)", "標(biāo)", "統(tǒng)", "會議", "(ai)", "（2021）", "(", "工作", "\n", "達(dá)", "。"]
    for _ in range(count):
        yield "".join(rng.choice(words) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("seed", [13, 14])
def test_the_gloss_cut_offsets_are_the_sums_they_were(seed):
    """_cut_glosses' view and input starts (one sum of the pieces' lengths each) equal the ones read before, and the
    view equals TextView.build's with the glosses as deletions."""
    for raw in _glossed_texts(seed, 2000):
        if not any(ch in raw for ch in C._TONE_MARKS):
            continue
        parts = C._gloss_split("".join(b for b in "(（" if b in raw)).split(raw)
        kept = parts[0::2]
        view = C._cut_glosses(raw)
        assert list(view.view_starts) == list(offsets([0, *accumulate(map(len, kept[:-1]))]))
        assert list(view.raw_starts) == list(offsets([0, *islice(accumulate(map(len, parts)), 1, None, 2)]))
        built = TextView.build(raw, deletions=C._glosses(raw), fold=C._fold)
        assert (view.text, view.fold) == (built.text, built.fold)
        assert [view.to_raw(v) for v in range(len(view.text) + 1)] == [built.to_raw(v) for v in range(len(built.text) + 1)]


def _runs_before(text, next_trigger):
    """The runs (start, end) script._fold converted before its line ends were read inline (the reference)."""
    from speechdoc.text.script import DENSE, NEAR, RUN_MAX
    n = len(text)

    def line_end(i):
        nl = text.find("\n", i)
        return len(text) if nl < 0 else nl + 1

    def run_from(i):
        a, b, steps = text.rfind("\n", 0, i) + 1, line_end(i), 0
        while b < n and b - a < RUN_MAX:
            i = next_trigger(b, b + NEAR)
            if i < 0:
                break
            b, steps = line_end(i), steps + 1
            if steps % DENSE == 0 and b < n:
                b = line_end(min(n - 1, 2 * b - a, a + RUN_MAX))
        return a, b

    runs, i = [], next_trigger(0, n)
    while i >= 0:
        runs.append(run_from(i))
        i = next_trigger(runs[-1][1], n) if runs[-1][1] < n else -1
    return runs


@pytest.mark.parametrize("run_max", [None, 7, 40])
def test_the_fold_converts_the_runs_it_did(monkeypatch, run_max):
    """The fold's runs (each a call of convert_lines) are the ones its first form converted, on generated texts of
    traditional and simplified lines, dense and sparse, with and without a last line end, and with RUN_MAX small
    enough to cut runs."""
    from speechdoc.text import script

    if script._tables() is None:
        pytest.skip("no trigger table for the installed dictionaries")
    if run_max is not None:
        monkeypatch.setattr(script, "RUN_MAX", run_max)
    rng = random.Random(15 + (run_max or 0))
    lines = ["發展經濟，鞏固國防。", "发展经济，巩固国防。", "", "一、總體要求", "破坏生态的行为，沈阳", "心情深沈",
             "今天召开会议" * 30, "會議" * 100]
    for _ in range(1500):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(0, 30))) + rng.choice(["", "\n"])
        given_ = []
        real = script.convert_lines
        monkeypatch.setattr(script, "convert_lines", lambda s: given_.append(s) or real(s))
        got = script._fold(text, script._trigger_finder(script._tables(), text))
        monkeypatch.setattr(script, "convert_lines", real)
        runs = _runs_before(text, script._trigger_finder(script._tables(), text))
        assert given_ == [text[a:b] for a, b in runs]
        assert got == (real(text) if runs else text)
