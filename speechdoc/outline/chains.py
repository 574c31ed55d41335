"""Chains of markers over a whole speech: the evidence the outline decides on.

A *chain* is a run of candidates of one style with consecutive ordinals
(一、 二、 三、 …), linked left to right: each candidate continues the most recent
open chain of its style that waits for its ordinal, preferring one of its own kind
(line start or inline). One missing number is bridged when the run goes on after
it (第一，… 第三，… 第四，: the site dropped 第二，). Linking is one pass with a
dictionary, so it costs O(n) in the number of candidates; the decoder
(:mod:`speechdoc.outline.decode`) links in the same pass that nests the markers.

Each chain is then weighed on its evidence, and a chain is *rejected* (its markers
are text) when:

* ``fragments`` — most of its members split a sentence: the line before ends in the
  middle of running text (``切合实际…\\n2、实际,思路清晰``). These are a site's page
  labels or a broken conversion, not a list.
* ``lone weak form`` — ``一，`` ``一.`` ``1)`` head a section only in a run of two or more.
* ``preview`` — an inline list of headings in the opening, before the first line-start
  heading (``报告分为三个部分：一、…；二、…；三、…``), that the body states again (most
  titles open with the same two characters) as a line-start series of the same style:
  the body's headings are the outline, the preview is text. A preview that is the only
  statement of its parts stays, and so does an inline list inside a section. A
  line-start list of one-line items that the next list, with text under its items,
  states again at once (``下面讲三个问题：\n（一）…；\n（二）…\n（一）…正文``) is a
  preview too, also when the page ends inside that next list (each item it reached
  restates the preview's item of its number).

A chain whose first number is 2 or 3 and that runs on for at least two members
*starts late* (``首先…。二是…。三是…``): the outline may open it as a new list. So
does a 一、 or （一） series that opens the speech at a line start, at any number and
even alone: a page that begins in the middle of a report (``六、关于财政…``).

>>> from speechdoc.outline.decode import find_chains
>>> from speechdoc.outline.markers import scan
>>> text = "甲。第一，是早。乙。第三，是快。丙。第四，是好。"
>>> cands = scan(text)
>>> [[cands[i].marker for i in ch.members] for ch in find_chains(cands)]
[['第一，', '第三，', '第四，']]
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from .markers import OPENS_TEXT, POINT_STYLES, Candidate

__all__ = ["Chain", "Links", "weigh", "LATE_START_MAX", "DIGIT_LABELS", "opens_page", "page_section"]

DIGIT_LABELS = frozenset({"arabic_dun", "arabic_dot"})
#: a list may start late by this much (its first one or two members lost)
LATE_START_MAX = 3
#: the heading styles whose series a page may open in the middle of (a report's page 3 opens at 六、)
PAGE_HEADS = frozenset({"han_dun", "han_cap", "han_paren"})


def opens_page(i: int, c: Candidate) -> bool:
    """Does candidate ``i`` open the speech in the middle of a heading series: the first
    candidate of all, a 一、 or （一） heading numbered past 1 at a line start, in the strong
    form (a page that begins at 六、关于财政… , its 一、–五、 on pages before)? Its series
    starts late, however far on, even alone. (A line before it that stops mid-sentence is no
    evidence against it: such a cut tells page labels only of the digit styles.)"""
    return i == 0 and c.ordinal > 1 and c.context == "line" and c.style in PAGE_HEADS and not c.weak


def opens_page_points(i: int, c: Candidate) -> bool:
    """Is candidate ``i`` a point (四是, 五要) that opens the speech at a line start, in the middle
    of its list (a site's later page, its 一是–三是 on the page before)? With a next member soon
    after (two or more members; the caller asks), its list starts late however far on, as a
    page's first heading does."""
    return i == 0 and c.style in POINT_STYLES and c.context == "line" and not c.weak


def opens_page_paragraphs(i: int, c: Candidate, cands: Sequence[Candidate]) -> bool:
    """Is candidate ``i`` a numbered paragraph (273. , 8、) that opens the speech at a line start, in the middle of
    the numbering (a site's later page of a policy address whose paragraphs are numbered on through the whole text),
    or right under the page's opening heading numbered past 1 (a chapter's page: 二、…⏎24.…⏎25.…)?
    With three members or more, each opening its line and none cutting a sentence (the caller asks: not a site's
    page labels), its list starts late however far on."""
    return (i == 0 or (i == 1 and opens_page(0, cands[0]))) and c.style in DIGIT_LABELS and c.context == "line" \
        and not c.weak


def opens_text_paragraph(i: int, c: Candidate) -> bool:
    """Is candidate ``i`` a numbered paragraph that opens the text itself, nothing but title or chrome lines above it
    (``Candidate.summed_up`` is OPENS_TEXT: a policy address's page 8, 行政长官…的发言⏎8. …⏎9. …)? With a second
    member (the caller asks; alone it stays text, as a lone label does), its list starts late however far on: a site's
    page labels cut body text, so never open a text."""
    return i == 0 and c.summed_up == OPENS_TEXT and c.context == "line" and not c.weak


#: the top section heads: a page that opens inside a subsection meets one of them later
_TOP_HEADS = frozenset({"han_dun", "han_cap"})


#: the styles of an item a page may open with, in the middle of the items of a section on the page before
_SUB_ITEMS = frozenset({"han_paren", "ordinal", "clause_shi", "clause_yao"})


def page_section(cands: Sequence[Candidate]) -> int:
    """Index of the first top section heading (一、) of a page that opens inside a section, or -1:
    the speech's first candidate is a line-start item of a （一）, 第一， or 一是 list numbered past
    1, in the strong form, and the first 一、-style candidate after it is a line-start heading in
    the strong form numbered past 1 ((续前)（二）…（三）…⏎六、…⏎（一）…, 四是…⏎三、…⏎一是…: the
    section those items belong to is on the page before). Like a page's first heading
    (:func:`opens_page`), its series starts late however far on; it encloses none of the items
    before it. O(1) unless the first candidate is such an item, then up to the first 一、-style
    candidate."""
    first = cands[0] if cands else None
    if first is None or first.style not in _SUB_ITEMS or first.ordinal < 2 or first.context != "line" or first.weak:
        return -1
    for i, c in enumerate(cands):
        if c.style in _TOP_HEADS:
            return i if c.ordinal > 1 and c.context == "line" and not c.weak else -1
    return -1


class Chain:
    """One run of markers and its evidence."""
    __slots__ = ("style", "members", "line", "fragments", "weak", "gaps", "rejected", "rival", "marked")

    def __init__(self, style: str, members: list[int] | None = None) -> None:
        self.style = style
        self.members: list[int] = members if members is not None else []  # candidate indices, in order
        self.line = 0  # members at a line start
        self.fragments = 0  # members that split a sentence
        self.weak = 0  # members written in a weak form (一， 一. 1))
        self.gaps = 0  # numbers bridged
        self.rejected = ""  # why its markers are text ("" = kept)
        self.rival: int | None = None  # the chain that won against this one
        self.marked = False  # the source marks every member as a heading (<h2>, Word's Heading 2)

    def __repr__(self) -> str:
        return f"Chain({self.style!r}, {self.members!r}, rejected={self.rejected!r})"

    @property
    def first(self) -> int:
        return self.members[0]

    @property
    def last(self) -> int:
        return self.members[-1]


# A run is a chain while the decoder links it: a list, cheap to make and to bump, of
# [first, last, members, line, weak, cuts, gaps, style, node]: the indices of its first and
# last candidates, its evidence (line, weak and cuts may still be the first member's bools),
# and for the builder the node its last member became (None: text; DROPPED: rejected).
FIRST, LAST, SIZE, LINE, WEAK, CUTS, GAPS, STYLE, NODE = range(9)
#: the node slot of a rejected run: its markers are text
DROPPED = ("dropped",)


class Links:
    """The chains of one speech as the decoder linked them: ``succ`` (per candidate, its
    chain's next member or -1), ``runs`` (see above, in order of their first member),
    ``run_of`` (per candidate, its run) and ``notable`` (the chains to look at again, as
    ``(run index, why rejected or "" for a late start, rival or None)``, in the order
    they were found). Chain objects are made only when asked for."""
    __slots__ = ("cands", "succ", "runs", "run_of", "notable", "marked", "levels")

    def __init__(self, cands: Sequence[Candidate], succ: list[int], runs: list[list],
                 run_of: list[list] | None, notable: list[tuple[int, str, int | None]] | None,
                 marked: list[bool] | None, levels: Sequence[int | None] | None = None) -> None:
        self.cands = cands
        self.succ = succ
        self.runs = runs
        self.run_of = run_of
        self.levels = levels
        if notable is None:  # not weighed yet (nothing could be rejected): weigh for the record
            notable, marked = weigh(runs, cands, succ, levels)
        self.notable = notable
        self.marked = marked

    def members(self, k: int) -> list[int]:
        """Candidate indices of chain ``k``, in order."""
        return members(self.runs[k], self.succ)

    def chains(self) -> list[Chain]:
        """The weighed chains, in order of their first member."""
        verdicts = {k: (why, rival) for k, why, rival in self.notable if why}
        out = []
        for k, run in enumerate(self.runs):
            ch = Chain(run[STYLE], members(run, self.succ))
            ch.line, ch.weak, ch.fragments, ch.gaps = int(run[LINE]), int(run[WEAK]), int(run[CUTS]), run[GAPS]
            ch.rejected, ch.rival = verdicts.get(k, ("", None))
            ch.marked = self.marked[k] if self.marked is not None else False
            out.append(ch)
        return out


def members(run: list, succ: list[int]) -> list[int]:
    """Candidate indices of a run, in order."""
    out = [run[FIRST]]
    last = run[LAST]
    i = out[0]
    while i != last:
        i = succ[i]
        out.append(i)
    return out


def pick(waits: list[list], i: int, cands: Sequence[Candidate], levels: Sequence[int | None] | None) -> int:
    """Which of several runs waiting for candidate ``i``'s number takes it: the most recent
    of its own kind (line start or inline) ... or of its heading level."""
    k = -1
    line = cands[i].context == "line"
    whole = not cands[i].cut  # (a heading goes on from a heading, not from a run whose last member cut a sentence:
    found = False             # a PDF's wrap that put the last character of 统一 and its 、 at a line start)
    for j in range(-1, -min(4, len(waits) + 1), -1):
        last = cands[waits[j][LAST]]
        if (last.context == "line") == line and (not whole or not last.cut):
            k = j
            found = True
            break
    if not found:
        for j in range(-1, -min(4, len(waits) + 1), -1):
            if (cands[waits[j][LAST]].context == "line") == line:
                k = j
                break
    if levels is not None and levels[i] is not None:
        for j in range(-1, -min(4, len(waits) + 1), -1):
            if levels[waits[j][LAST]] == levels[i]:
                k = j
                break
    return k


def split_dangling_gaps(runs: list[list], cands: Sequence[Candidate], succ: list[int],
                        run_of: list[list]) -> list[list]:
    """A bridged number needs the run to go on after it, else the member stands alone."""
    out = []
    for run in runs:
        out.append(run)
        if not run[GAPS]:
            continue
        last = run[LAST]
        prev = run[FIRST]
        while succ[prev] != last:
            prev = succ[prev]
        if cands[last].ordinal == cands[prev].ordinal + 1:
            continue
        succ[prev] = -1
        run[LAST] = prev
        run[SIZE] -= 1
        run[GAPS] -= 1
        c = cands[last]
        line = c.context == "line"
        # the evidence of both halves: the last member's moves to its own run
        run[LINE] -= line
        run[WEAK] -= c.weak
        run[CUTS] -= c.cut
        lone = [last, last, 1, line, c.weak, c.cut, 0, run[STYLE], None]
        out.append(lone)
        run_of[last] = lone
    out.sort(key=lambda run: run[FIRST])
    return out


def weigh(runs: list[list], cands: Sequence[Candidate], succ: list[int],
          levels: Sequence[int | None] | None) -> tuple[list[tuple[int, str, int | None]], list[bool] | None]:
    """Reject the chains whose evidence says they are not lists: the rejected ones and
    those that start late (numbered 2 or 3 first, two members or more), as ``(run index,
    why or "", rival)``; and which chains the source marks as headings throughout."""
    marked = None
    if levels is not None:
        marked = [all(levels[i] is not None for i in members(run, succ)) for run in runs]
    notable: list[tuple[int, str, int | None]] = []
    previews = False  # some chain may preview the line-start series of its style
    top = page_section(cands)
    met: set[str] = set()  # the styles of the runs before
    for k, run in enumerate(runs):
        first, last, n, line, weak, cuts, _, style, _ = run
        if k:
            met.add(runs[k - 1][STYLE])
        if marked is not None and marked[k]:  # headings by the source's own markup: no evidence outweighs it
            continue
        if cuts or weak:
            # page labels: most members cut a sentence (one cut is enough evidence only for the
            # digit labels sites print, 1、2、; a heading after a paragraph that lost its 。 is one cut)
            if cuts and 2 * cuts >= n and (cuts > 1 or style in DIGIT_LABELS or (
                    n == 1 and cands[first][4] == 1 and style in met)):
                # (… or a lone 一、 that starts its list again where the line above stops mid-sentence: a PDF line
                # that ends on 统 before 一、一国两制…, the wrap putting the word's last character at a line start)
                notable.append((k, "fragments", None))
                continue
            if weak and n < 2:
                notable.append((k, "lone weak form", None))
                continue
        if n < 2:  # a lone marker is neither a late start nor a preview (it may be a series' head: below)
            if (k == 0 and opens_page(first, cands[first])) or first == top:  # ... but a page may open at it
                notable.append((k, "", None))
            continue
        ordinal = cands[first][4]
        if ordinal == 1:
            if not previews and style not in POINT_STYLES:
                if 2 * line > n:  # _compact(run, cands), inline: one short line an item
                    previews = cands[last][0] - cands[first][0] <= _PREVIEW_GAP * (n - 1)
                elif not line:
                    previews = True
        elif ordinal <= LATE_START_MAX or (k == 0 and (opens_page(first, cands[first])
                                                      or opens_page_points(first, cands[first])
                                                      or opens_text_paragraph(first, cands[first]))) or (
                line == n >= 3 and not cuts and opens_page_paragraphs(first, cands[first], cands)) or first == top:
            notable.append((k, "", None))
    if previews:
        # the line-start runs of a heading style opening at 1, by style in order of position:
        # previews are checked against them
        rejected = {k for k, why, _ in notable if why}
        series: dict[str, list[int]] = {}
        for k, run in enumerate(runs):
            if 2 * run[LINE] > run[SIZE] and run[STYLE] not in POINT_STYLES and cands[run[FIRST]][4] == 1 and (
                    marked is None or not marked[k]) and k not in rejected:
                series.setdefault(run[STYLE], []).append(k)
        if series:
            _previews(runs, cands, succ, series, notable)
    return notable, marked


def _previews(runs: list[list], cands: Sequence[Candidate], succ: list[int], series: dict[str, list[int]],
              notable: list[tuple[int, str, int | None]]) -> None:
    rejected = {k for k, why, _ in notable if why}
    memo: dict[int, dict[int, str]] = {}
    # a preview sits in the opening: before the first heading at a line start
    opening = min(runs[ks[0]][FIRST] for ks in series.values())
    # for each style: the longest series from each position on (suffix maximum), found by bisection
    best: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for style, ks in series.items():
        firsts = [runs[k][FIRST] for k in ks]
        longest = ks[:]
        for t in range(len(ks) - 2, -1, -1):
            if runs[longest[t + 1]][SIZE] >= runs[ks[t]][SIZE]:
                longest[t] = longest[t + 1]
        best[style] = (firsts, longest, ks)
    # the series of every heading style by where they open: a line-start preview's body may use another style
    # (1.…⏎2.…⏎3.…⏎一、…正文⏎二、…: an article's list of its parts, then its headings)
    opening_at = {runs[k][FIRST]: (style, t) for style, ks in series.items() for t, k in enumerate(ks)}
    for k, ch in enumerate(runs):
        first, last, n, line, _, _, _, style, _ = ch
        if k in rejected or style in POINT_STYLES or n < 2:
            continue
        if cands[first].ordinal != 1:
            continue
        if line:
            # a list of one-line items that the next list, with text under its items, states
            # again at once (下面讲三个问题：\n（一）…；\n（二）…；\n（一）…正文): an outline preview. A body cut
            # short (the page ends inside it, the last series of its style) restates each item it reached; a body of
            # another style (1.…⏎2.…⏎一、…正文⏎二、…) restates each item it reached, in two items or more, by three
            # characters.
            at = opening_at.get(last + 1)
            if at is None or not _compact(ch, cands):
                continue
            ks = series[at[0]]
            t = at[1]
            body = runs[ks[t]]
            if at[0] != style:  # another style: every item the body reached opens as the preview's (three characters)
                if body[SIZE] >= 2 and _text_under(body, cands, 2 * _gap(ch, cands)) and _restated(
                        body, ch, cands, succ, 3):
                    notable.append((k, "preview", ks[t]))
                continue
            if body[SIZE] >= n:
                if _gap(body, cands) >= 2 * _gap(ch, cands) and _restates(ks[t], k, runs, cands, succ, memo):
                    notable.append((k, "preview", ks[t]))
            elif t == len(ks) - 1 and _text_under(body, cands, 2 * _gap(ch, cands)) and _restated(
                    body, ch, cands, succ):
                notable.append((k, "preview", ks[t]))
            continue
        if first > opening or style not in best:
            continue
        firsts, longest, ks = best[style]
        t = bisect_right(firsts, last)
        if t < len(firsts) and runs[longest[t]][SIZE] >= n and _restates(longest[t], k, runs, cands, succ, memo):
            notable.append((k, "preview", longest[t]))


_PREVIEW_GAP = 60  # characters an item of a line-start preview takes at most, on average


def _gap(run: list, cands: Sequence[Candidate]) -> float:
    """Characters from one member to the next, on average."""
    return (cands[run[LAST]].start - cands[run[FIRST]].start) / max(1, run[SIZE] - 1)


def _compact(run: list, cands: Sequence[Candidate]) -> bool:
    """Are the chain's items one short line each (no text under them)?"""
    return run[SIZE] > 1 and _gap(run, cands) <= _PREVIEW_GAP


def _text_under(body: list, cands: Sequence[Candidate], gap: float) -> bool:
    """Do the body's items have text under them: ``gap`` characters or more from each to the next
    (a lone item: to the next candidate, if any)?"""
    if body[SIZE] > 1:
        return _gap(body, cands) >= gap
    nxt = body[FIRST] + 1
    return nxt >= len(cands) or cands[nxt].start - cands[body[FIRST]].start >= gap


def _restated(body: list, preview: list, cands: Sequence[Candidate], succ: list[int], k: int = 2) -> bool:
    """Does every item of a body cut short open like the preview's item of the same number (its first ``k``
    characters)?"""
    heads = {cands[i].ordinal: cands[i].head[:k] for i in members(preview, succ)}
    return all(heads.get(cands[i].ordinal) == cands[i].head[:k] for i in members(body, succ))


def _restates(body: int, preview: int, runs: list[list], cands: Sequence[Candidate], succ: list[int],
              memo: dict[int, dict[int, str]]) -> bool:
    """Do most of the preview's items open like the body's items of the same numbers?"""
    heads = memo.get(body)
    if heads is None:  # built once a body series, so many previews stay linear
        heads = memo[body] = {cands[i].ordinal: cands[i].head[:2] for i in members(runs[body], succ)}
    same = sum(heads.get(cands[i].ordinal) == cands[i].head[:2] for i in members(runs[preview], succ))
    return 2 * same >= runs[preview][SIZE]
