"""Nest markers into an outline: a stack builder that checks sequences.

Depth is read from the document, not from a table (the docutils title-style idea):

1. A marker that continues a list (same style, ordinal n after n-1 of an item still
   on the stack) becomes that item's sibling; everything above it closes.
2. A marker numbered 1 starts a new list under the innermost node that may hold it:
   not an item of the same style (that is a restart at the same level), not an
   inline point from an earlier paragraph (``一是`` mid-paragraph closes with its
   paragraph), not a clause point when the new marker is a section heading
   (一、 （一） 第一，) at a line start — a point may hold a ``1.`` or ``（1）`` list.
   A heading style already seen closes items of styles first seen deeper than it.
3. Any other marker is text. A line-start heading that skips a number (一、 → 三、,
   a page lost to truncation) is kept with a ``sequence-gap`` warning.

The builder works on plain tuples and never raises; problems become diagnostics.

>>> from speechdoc.markers import scan
>>> text = "一、甲\\n（一）乙\\n（二）丙\\n二、丁"
>>> [(n.cand.marker, n.depth) for n in build(scan(text), [])[0]]
[('一、', 1), ('（一）', 2), ('（二）', 2), ('二、', 1)]
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from .markers import POINT_STYLES, Candidate

__all__ = ["Node", "build", "MAX_DEPTH"]

#: pydantic cannot serialise ~255 nested models; no real speech nests past 6
MAX_DEPTH = 24
_MAX_GAP = 2
_SECTION_HEADS = frozenset({"han_dun", "han_paren", "ordinal"})


@dataclass(slots=True)
class Node:
    cand: Candidate
    depth: int
    parent: int | None  # index into the node list
    para: int  # paragraph index of the marker
    inline: bool  # opened mid-paragraph
    children: list[int] = field(default_factory=list)

    @property
    def style(self) -> str:
        return self.cand.style

    @property
    def ordinal(self) -> int:
        return self.cand.ordinal


Diag = tuple[str, str, str, int, int]  # severity, code, message, start, end


def build(cands: Sequence[Candidate], hard_breaks: Sequence[int]) -> tuple[list[Node], list[Diag]]:
    """Accepted nodes in document order (with depth and parent) and diagnostics."""
    nodes: list[Node] = []
    diags: list[Diag] = []
    stack: list[int] = []
    level: dict[str, int] = {}  # depth at which a heading style first appeared
    for c in cands:
        para = bisect_left(hard_breaks, c.start)
        inline = c.context != "line"
        heading = c.style not in POINT_STYLES and not inline
        # 1. continuation of a list on the stack
        sib = None
        for k in range(len(stack) - 1, -1, -1):
            x = nodes[stack[k]]
            if x.style == c.style:
                if x.ordinal < c.ordinal <= x.ordinal + 1 + (_MAX_GAP if heading else 0):
                    sib = k
                break
        if sib is not None:
            x = nodes[stack[sib]]
            if c.ordinal != x.ordinal + 1:
                diags.append(("warning", "sequence-gap",
                              f"{c.marker} follows {x.cand.marker}: numbers skipped", c.start, c.end))
            del stack[sib:]
            _push(nodes, stack, c, x.depth, x.parent, para, inline)
            continue
        if c.ordinal != 1:
            if heading:
                diags.append(("info", "out-of-sequence",
                              f"{c.marker} does not continue any open list; read as text", c.start, c.end))
            continue
        # 2. a new list: find the node that can hold it
        mine = level.get(c.style) if heading else None
        while stack:
            x = nodes[stack[-1]]
            closed = x.inline and x.para < para
            # a heading style met before sits above styles first met deeper than it
            below = mine is not None and level.get(x.style, 0) > mine
            # 一、 （一） 第一， head sections; a point (一要…) does not hold them, though it may hold 1. or （1）
            over_point = heading and x.style in POINT_STYLES and c.style in _SECTION_HEADS
            if x.style == c.style or closed or over_point or below:
                if x.style == c.style and heading and not x.inline:
                    diags.append(("info", "list-restart",
                                  f"{c.marker} starts its list again after {x.cand.marker}", c.start, c.end))
                stack.pop()
                continue
            break
        parent = stack[-1] if stack else None
        depth = nodes[parent].depth + 1 if parent is not None else 1
        if depth > MAX_DEPTH:
            diags.append(("warning", "depth-capped",
                          f"outline deeper than {MAX_DEPTH} levels; {c.marker} read as text", c.start, c.end))
            continue
        if heading:
            level.setdefault(c.style, depth)
        _push(nodes, stack, c, depth, parent, para, inline)
    return nodes, diags


def _push(nodes: list[Node], stack: list[int], c: Candidate, depth: int,
          parent: int | None, para: int, inline: bool) -> None:
    nodes.append(Node(c, depth, parent, para, inline))
    idx = len(nodes) - 1
    if parent is not None:
        nodes[parent].children.append(idx)
    stack.append(idx)
