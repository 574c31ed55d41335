"""Chains of markers over a whole speech: the evidence the outline decides on.

A *chain* is a run of candidates of one style with consecutive ordinals
(一、 二、 三、 …), linked left to right: each candidate continues the most recent
open chain of its style that waits for its ordinal, preferring one of its own kind
(line start or inline). One missing number is bridged when the run goes on after
it (第一，… 第三，… 第四，: the site dropped 第二，). Linking is one pass with a
dictionary, so it costs O(n) in the number of candidates.

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
  preview too.

A chain whose first number is 2 or 3 and that runs on for at least two members
*starts late* (``首先…。二是…。三是…``): the outline may open it as a new list.

>>> from speechdoc.outline.markers import scan
>>> text = "甲。第一，是早。乙。第三，是快。丙。第四，是好。"
>>> cands = scan(text)
>>> [[cands[i].marker for i in ch.members] for ch in find_chains(cands)]
[['第一，', '第三，', '第四，']]
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence

from .markers import POINT_STYLES, Candidate

__all__ = ["Chain", "find_chains", "link", "LATE_START_MAX"]

_DIGIT_LABELS = frozenset({"arabic_dun", "arabic_dot"})
#: a list may start late by this much (its first one or two members lost)
LATE_START_MAX = 3


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


def find_chains(cands: Sequence[Candidate]) -> list[Chain]:
    """Link candidates into chains and weigh each; chains in order of their first member."""
    return link(cands)[0]


def link(cands: Sequence[Candidate], levels: Sequence[int | None] | None = None
         ) -> tuple[list[Chain], list[int], list[Chain]]:
    """The weighed chains; for each candidate the index of the next member of its chain
    (-1: none); and the chains to look at again: rejected ones and those that start late.

    ``levels`` gives, for each candidate, the heading level its source marks it with
    (``<h2>``, a Word ``Heading 2`` style) or None: where several lists wait for a number, the
    one of the marker's own level takes it, and a chain the source marks as headings
    throughout is never rejected as text.
    """
    succ = [-1] * len(cands)
    chains: list[Chain] = []
    # style (with "~" for a weak form) -> next ordinal -> the chains waiting for it, oldest first
    waiting: defaultdict[str, dict[int, list[Chain]]] = defaultdict(dict)
    split = False
    for i, (_, _, _, style, n, context, weak, cut, _, _, _) in enumerate(cands):
        line = context == "line"
        by_n = waiting[style + "~" if weak else style]
        waits = by_n.get(n) if n > 1 else None
        gap = not waits and n > 2
        if gap:
            waits = by_n.get(n - 1)
        if not waits:
            ch = Chain(style, [i])
            chains.append(ch)
        else:
            pick = -1
            if len(waits) > 1:  # the most recent of its own kind (line start or inline) ...
                for k in range(-1, -min(4, len(waits) + 1), -1):
                    if (cands[waits[k].members[-1]].context == "line") == line:
                        pick = k
                        break
                if levels is not None and levels[i] is not None:  # ... or of its heading level
                    for k in range(-1, -min(4, len(waits) + 1), -1):
                        if levels[waits[k].members[-1]] == levels[i]:
                            pick = k
                            break
            ch = waits.pop(pick)
            if gap:
                ch.gaps += 1
                split = True
            succ[ch.members[-1]] = i
            ch.members.append(i)
        if line:
            ch.line += 1
        if weak:
            ch.weak += 1
        if cut:
            ch.fragments += 1
        w = by_n.get(n + 1)
        if w is None:
            by_n[n + 1] = [ch]
        else:
            w.append(ch)

    out = chains
    if split:  # a bridged number needs the run to go on after it, else the member stands alone
        out = []
        for ch in chains:
            out.extend(_split_dangling_gap(ch, cands, succ))
        out.sort(key=lambda ch: ch.members[0])
    if levels is not None:
        for ch in out:
            ch.marked = all(levels[i] is not None for i in ch.members)
    return out, succ, _weigh(out, cands)


def _split_dangling_gap(ch: Chain, cands: Sequence[Candidate], succ: list[int]) -> list[Chain]:
    if not ch.gaps or len(ch.members) < 2:
        return [ch]
    a, b = cands[ch.members[-2]], cands[ch.members[-1]]
    if b.ordinal == a.ordinal + 1:
        return [ch]
    last = ch.members.pop()
    succ[ch.members[-1]] = -1
    ch.gaps -= 1
    lone = Chain(ch.style, [last])
    for x in (ch, lone):  # recount the evidence of both halves
        x.line = sum(cands[i].context == "line" for i in x.members)
        x.weak = sum(cands[i].weak for i in x.members)
        x.fragments = sum(cands[i].cut for i in x.members)
    return [ch, lone]


def _weigh(chains: list[Chain], cands: Sequence[Candidate]) -> list[Chain]:
    """Reject the chains whose evidence says they are not lists; return the rejected ones
    and those that start late (numbered 2 or 3 first, two members or more)."""
    # line-start series of each style opening at 1, by position: previews are checked against them
    series: dict[str, list[int]] = {}
    previews = False
    notable: list[Chain] = []
    for k, ch in enumerate(chains):
        n = len(ch.members)
        if ch.marked:  # headings by the source's own markup: no evidence from the text outweighs it
            continue
        # page labels: most members cut a sentence (one cut is enough evidence only for the
        # digit labels sites print, 1、2、; a heading after a paragraph that lost its 。 is one cut)
        if ch.fragments and 2 * ch.fragments >= n and (ch.fragments > 1 or ch.style in _DIGIT_LABELS):
            ch.rejected = "fragments"
            notable.append(ch)
            continue
        if ch.weak and n < 2:
            ch.rejected = "lone weak form"
            notable.append(ch)
            continue
        first = cands[ch.members[0]].ordinal
        if first == 1:
            if ch.style not in POINT_STYLES:
                if 2 * ch.line > n:
                    series.setdefault(ch.style, []).append(k)
                    previews = previews or (n > 1 and _compact(ch, cands))
                elif not ch.line and n > 1:
                    previews = True
        elif first <= LATE_START_MAX and n > 1:
            notable.append(ch)
    if not (previews and series):
        return notable
    memo: dict[int, dict[int, str]] = {}
    # a preview sits in the opening: before the first heading at a line start
    opening = min(chains[ks[0]].members[0] for ks in series.values())
    # for each style: the longest series from each position on (suffix maximum), found by bisection
    best: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for style, ks in series.items():
        firsts = [chains[k].first for k in ks]
        longest = ks[:]
        for t in range(len(ks) - 2, -1, -1):
            if len(chains[longest[t + 1]].members) >= len(chains[ks[t]].members):
                longest[t] = longest[t + 1]
        best[style] = (firsts, longest, ks)
    for ch in chains:
        if ch.rejected or ch.style in POINT_STYLES or len(ch.members) < 2:
            continue
        if cands[ch.first].ordinal != 1 or ch.style not in best:
            continue
        firsts, longest, ks = best[ch.style]
        t = bisect_right(firsts, ch.last)
        if ch.line:
            # a list of one-line items that the next list, with text under its items, states
            # again at once (下面讲三个问题：\n（一）…；\n（二）…；\n（一）…正文): an outline preview
            body = chains[ks[t]] if t < len(firsts) else None
            if body is not None and body.first == ch.last + 1 and len(body.members) >= len(ch.members) and (
                    _compact(ch, cands) and _gap(body, cands) >= 2 * _gap(ch, cands)) and _restates(
                    body, ch, cands, memo):
                ch.rejected = "preview"
                ch.rival = ks[t]
                notable.append(ch)
            continue
        if ch.first > opening:
            continue
        if t < len(firsts) and len(chains[longest[t]].members) >= len(ch.members) and _restates(
                chains[longest[t]], ch, cands, memo):
            ch.rejected = "preview"
            ch.rival = longest[t]
            notable.append(ch)
    return notable


_PREVIEW_GAP = 60  # characters an item of a line-start preview takes at most, on average


def _gap(ch: Chain, cands: Sequence[Candidate]) -> float:
    """Characters from one member to the next, on average."""
    return (cands[ch.members[-1]].start - cands[ch.members[0]].start) / max(1, len(ch.members) - 1)


def _compact(ch: Chain, cands: Sequence[Candidate]) -> bool:
    """Are the chain's items one short line each (no text under them)?"""
    return len(ch.members) > 1 and _gap(ch, cands) <= _PREVIEW_GAP


def _restates(body: Chain, preview: Chain, cands: Sequence[Candidate],
              memo: dict[int, dict[int, str]]) -> bool:
    """Do most of the preview's items open like the body's items of the same numbers?"""
    heads = memo.get(id(body))
    if heads is None:  # built once a body series, so many previews stay linear
        heads = memo[id(body)] = {cands[i].ordinal: cands[i].head[:2] for i in body.members}
    same = sum(heads.get(cands[i].ordinal) == cands[i].head[:2] for i in preview.members)
    return 2 * same >= len(preview.members)
