"""Decide a speech's outline over the whole speech, then nest it with a stack.

First the candidates are linked into chains and weighed (:mod:`speechdoc.outline.chains`):
page labels that cut sentences, previews the body restates and lone weak forms are
rejected as whole runs; a run whose first member is lost may start late. Then a
stack builder nests what is kept. Depth is read from the document, not from a table
(the docutils title-style idea):

1. A marker that continues a list (same style, ordinal n after n-1 — or the member
   its chain links it to — of an item anywhere on the stack) becomes that item's
   sibling; everything above it closes. A short inline list inside a section never
   takes the place of the series around it.
2. A marker numbered 1 (or the head of a late-starting run) starts a new list under
   the innermost node that may hold it. Closed first: an inline point from an earlier
   paragraph, a clause point under a line-start section heading, an item closed by a
   summing-up paragraph (总之，…), and an item of a colon-introduced enumeration once
   the text after it runs far longer than its siblings did. An item of the same style
   (a restart at the same level), of a heading style first seen deeper, or of a style
   this one has been seen holding, closes too — unless that item's list goes on after
   this one, or a colon in its text introduces this list: then the new list sits
   inside the item (a restarted 一、 list inside a depth-3 第一， item is depth 4).
3. Any other marker is text. A line-start heading that skips a number (一、 → 三、,
   a page lost to truncation) is kept with a ``sequence-gap`` warning.

Linking is one pass with a dictionary and each step looks at the open stack only, so
the decision is linear in the candidates (times the nesting depth) and never raises;
doubtful decisions become diagnostics.

>>> from speechdoc.outline.markers import scan
>>> text = "一、甲\\n（一）乙\\n（二）丙\\n二、丁"
>>> [(n.cand.marker, n.depth) for n in build(scan(text), [])[0]]
[('一、', 1), ('（一）', 2), ('（二）', 2), ('二、', 1)]
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from .chains import LATE_START_MAX, Chain, link
from .markers import POINT_STYLES, Candidate

__all__ = ["Node", "Decision", "build", "decide", "MAX_DEPTH"]

#: pydantic cannot serialise ~255 nested models; no real speech nests past 6
MAX_DEPTH = 24
_MAX_GAP = 2
_LATE_REACH = 2  # paragraphs between the first two points of a point list that starts late
_SECTION_HEADS = frozenset({"han_dun", "han_paren", "ordinal"})


@dataclass(slots=True)
class Node:
    cand: Candidate
    depth: int
    parent: int | None  # index into the node list
    para: int  # paragraph index of the marker
    inline: bool  # opened mid-paragraph
    children: list[int] = field(default_factory=list)
    items: int = 1  # members of its list up to this one
    paras: int = 0  # paragraphs its list's earlier items took, in all
    index: int = -1  # of its candidate
    style: str = ""
    ordinal: int = 0
    pos: int = -1  # its own index in the node list
    enumerated: bool = False  # its list was introduced by a colon (…规定如下：一、…)


Diag = tuple[str, str, str, int, int]  # severity, code, message, start, end


@dataclass(slots=True)
class Decision:
    """The outline of one speech with the evidence it was decided on."""
    nodes: list[Node]
    diagnostics: list[Diag]
    chains: list[Chain]


def build(cands: Sequence[Candidate], hard_breaks: Sequence[int],
          levels: Sequence[int | None] | None = None) -> tuple[list[Node], list[Diag]]:
    """Accepted nodes in document order (with depth and parent) and diagnostics."""
    d = decide(cands, hard_breaks, levels)
    return d.nodes, d.diagnostics


def decide(cands: Sequence[Candidate], hard_breaks: Sequence[int],
           levels: Sequence[int | None] | None = None) -> Decision:
    """Weigh the chains of the whole speech, then nest the markers they keep.

    ``levels`` (one per candidate, or None) is the heading level the source's markup gives
    a marker's line: an ``<h2>`` or a Word ``Heading 2`` paragraph. Where two markers both
    carry one, markup decides how a new list nests — a level-2 heading closes the open
    level-2 and deeper headings and sits inside a level-1 one — and a number that two open
    lists wait for goes to the list of its own level (a Word file that numbers its parts and
    their sections both 一、二、). Numbering still wins over markup: a list goes on across
    a page's inconsistent levels.
    """
    if not cands:
        return Decision([], [], [])
    chains, succ, notable = link(cands, levels)
    lv = levels  # a marker's heading level is lv[i] (mark below: None when levels is)
    dropped = [False] * len(cands)
    late: dict[int, Chain] = {}
    diags: list[Diag] = []
    for ch in notable:
        first = cands[ch.members[0]]
        if ch.rejected:
            for i in ch.members:
                dropped[i] = True
            diags.extend(_rejection(ch, chains, cands))
        elif 1 < first.ordinal <= LATE_START_MAX and len(ch.members) >= 2 and (
                first.style not in POINT_STYLES or bisect_left(hard_breaks, cands[ch.members[1]].start)
                - bisect_left(hard_breaks, first.start) <= _LATE_REACH):
            late[ch.members[0]] = ch  # a point's next member must follow soon: 二是 here, 三是 pages later is no list
    nodes: list[Node] = []
    stack: list[Node] = []  # the open nodes, outermost first: stack[k].depth == k + 1
    level: dict[str, int] = {}  # depth at which a heading style first appeared
    pairs: set[tuple[str, str]] = set()  # (parent style, child style) seen
    # heir[i]: the node whose chain links it to candidate i (its next member), if any
    heir: list[Node | None] = [None] * len(cands)

    append_node = nodes.append
    for i, c in enumerate(cands):
        if dropped[i]:
            continue
        start, _, _, style, n, context, _, _, summed_up, intro, _ = c
        para = bisect_left(hard_breaks, start)
        inline = context != "line"
        heading = not inline and style not in POINT_STYLES
        # 1. continuation of a list on the stack: the item its chain links it to (a line-start
        # heading continues the line-start series, not an inline list met inside it), else the
        # nearest item it follows. The linked item is open iff it sits at its depth on the
        # stack, so only a marker no open item links to scans the stack.
        x = heir[i]
        if x is None or len(stack) < x.depth or stack[x.depth - 1] is not x:
            x = None
            for k in range(len(stack) - 1, -1, -1):
                y = stack[k]
                if y.style == style and (y.ordinal + 1 == n or (
                        heading and y.ordinal < n <= y.ordinal + 1 + _MAX_GAP)):
                    x = y
                    break
        if x is not None:
            depth = x.depth
            if x.ordinal + 1 != n:
                diags.append(("warning", "sequence-gap",
                              f"{c.marker} follows {x.cand.marker}: numbers skipped", c.start, c.end))
            del stack[depth - 1:]
            pos = len(nodes)
            node = Node(c, depth, x.parent, para, inline, [], x.items + 1, x.paras + para - x.para, i,
                        style, n, pos, x.enumerated)
            append_node(node)
            stack.append(node)
            if x.parent is not None:
                nodes[x.parent].children.append(pos)
            if succ[i] >= 0:
                heir[succ[i]] = node
            continue
        if n != 1:
            if i not in late:
                if heading:
                    diags.append(("info", "out-of-sequence",
                                  f"{c.marker} does not continue any open list; read as text", c.start, c.end))
                continue
            ch = late[i]
            diags.append(("info", "list-starts-late",
                          f"the list {_run(ch, cands)} starts at {c.marker}: its first member is unmarked or lost",
                          c.start, cands[ch.last].end))
        # 2. a new list: find the node that can hold it
        mark = None if lv is None else lv[i]
        mine = level.get(style) if heading else None
        # a summing-up paragraph closes the innermost list of items under a section (not the
        # sections themselves), for a list of headings that follows it
        summed = summed_up and heading
        nested = ""  # why a list that would close x stays inside it (a doubtful call)
        while stack:
            x = stack[-1]
            if mark is not None and lv[x.index] is not None:  # both marked up as headings: markup nests them
                if lv[x.index] >= mark:
                    stack.pop()
                    continue
                break
            # a point opened mid-paragraph closes with its paragraph
            if (x.inline and x.para < para) or (
                    # 一、 （一） 第一， head sections; a point (一要…) does not hold them, though it may hold 1. or （1）
                    heading and x.style in POINT_STYLES and style in _SECTION_HEADS):
                stack.pop()
                continue
            # an item closes with a summing-up paragraph, or, in a list a colon introduced (an
            # enumeration of statements), when the text after it runs far longer than its siblings did
            closed = (summed and x.depth > 1) or (
                heading and x.enumerated and x.items > 1 and para - x.para > 2 * x.paras // (x.items - 1) + 2)
            # a heading style met before sits above styles first met deeper than it; a style seen
            # holding x's style does not go under it; a list does not hold its own restart ...
            # (but a list a colon introduces, …以下几个方面：, belongs to the item whose text introduces it)
            above = heading and ((mine is not None and level.get(x.style, 0) > mine) or (style, x.style) in pairs)
            if x.style == style or closed or (above and not intro):
                # ... unless x's list goes on after this one: then this list sits inside x's item
                if _continues(stack, succ, dropped):
                    if x.style == style or above:
                        nested = "its list goes on after this one"
                    break
                summed = False
                if x.style == style and heading and not x.inline:
                    diags.append(("info", "list-restart",
                                  f"{c.marker} starts its list again after {x.cand.marker}", c.start, c.end))
                stack.pop()
                continue
            if above:
                nested = "its text introduces it with a colon"
            break
        parent = stack[-1] if stack else None
        depth = parent.depth + 1 if parent is not None else 1
        if depth > MAX_DEPTH:
            diags.append(("warning", "depth-capped",
                          f"outline deeper than {MAX_DEPTH} levels; {c.marker} read as text", c.start, c.end))
            continue
        if heading and style not in level:
            level[style] = depth
        if nested and parent is not None:
            diags.append(("info", "list-nested", f"{c.marker} starts a list inside {parent.cand.marker} "
                          f"(depth {depth}) rather than closing it: {nested}", start, c.end))
        node = Node(c, depth, None, para, inline, [], 1, 0, i, style, n, len(nodes), intro)
        append_node(node)
        if parent is not None:
            pairs.add((parent.style, style))
            node.parent = parent.pos
            parent.children.append(node.pos)
        stack.append(node)
        if succ[i] >= 0:
            heir[succ[i]] = node
    return Decision(nodes, diags, chains)


def _continues(stack: list[Node], succ: list[int], dropped: list[bool]) -> bool:
    """Does the list of the innermost open item go on later, before any list enclosing it does?"""
    nxt = succ[stack[-1].index]
    if nxt < 0 or dropped[nxt]:
        return False
    return all(not 0 <= succ[up.index] < nxt for up in stack[:-1])


def _run(ch: Chain, cands: Sequence[Candidate]) -> str:
    ms = [cands[i].marker for i in ch.members]
    return "".join(ms) if len(ms) <= 4 else f"{ms[0]}{ms[1]}…{ms[-1]}"


def _rejection(ch: Chain, chains: list[Chain], cands: Sequence[Candidate]) -> list[Diag]:
    a, b = cands[ch.first].start, cands[ch.last].end
    why = {
        "fragments": "its markers cut sentences apart (page labels or a broken conversion)",
        "lone weak form": "a lone heading in a weak form (一， 一. 1)) is not a list",
        "preview": "it previews headings the body states again",
    }[ch.rejected]
    out: list[Diag] = [("info", "chain-rejected", f"{_run(ch, cands)} read as text: {why}", a, b)]
    if ch.rival is not None:
        r = chains[ch.rival]
        out.append(("info", "chain-preferred",
                    f"{_run(r, cands)} kept over the preview {_run(ch, cands)}",
                    cands[r.first].start, cands[r.last].end))
    return out
